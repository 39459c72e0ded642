## --help: English is the doc comments of src/main.rs and src/cli/ (clap);
## here each text of it by place: `help-cmd-simulate`, `help-cmd-simulate--runs`, `-long` for the long form.

help-heading-usage = Usage:
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-flag-help = Print help (see more with '--help')
help-flag-version = Print version
help-subcommand-help = Print this message or the help of the given subcommand(s)
help-flag-help-long = Print help (see a summary with '-h')
help-default = default: { $value }
help-possible-values = possible values: { $values }
help-value-with-help = { $value } ({ $help })
help-usage-options = [OPTIONS]
help-usage-command = [COMMAND]
help-error = error: { $message }
help-error-more = For more information, try '--help'.
help-error-unknown-argument = unexpected argument '{ $arg }' found
help-error-unknown-argument-hint = unexpected argument '{ $arg }' found (did you mean '{ $hint }'?)
help-error-unknown-command = unrecognized subcommand '{ $name }'
help-error-unknown-command-hint = unrecognized subcommand '{ $name }' (did you mean '{ $hint }'?)
help-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
help-error-invalid-value-possible = invalid value '{ $value }' for '{ $arg }' (possible values: { $values })
help-error-invalid-value-reason = invalid value '{ $value }' for '{ $arg }': { $reason }
help-error-missing = the following required arguments were not provided: { $args }
help-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
help-error-value-missing = a value is required for '{ $arg }' but none was supplied
help-error-used-twice = the argument '{ $arg }' cannot be used more than once
help-error-missing-command = a command is required here
