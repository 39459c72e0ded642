## --help: English is the doc comments of src/main.rs and src/cli/ (clap);
## here each text of it by place: `help-cmd-simulate`, `help-cmd-simulate--runs`, `-long` for the long form.

help-heading-usage = Usage:
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-flag-help = Print help (see more with '--help')
help-flag-version = Print version
help-subcommand-help = Print this message or the help of the given subcommand(s)
