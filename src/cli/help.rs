//! `--help` in the program's language. The English help is the doc comments
//! of the command-line types (clap reads them); French and Arabic replace
//! each text by the catalogue's message for it, keyed by where it is:
//! `help-cmd-simulate` (a command's summary), `help-cmd-simulate--runs` (an
//! option's), with `-long` for the long form `--help` shows (`-h` shows the
//! short one). A text without a message stays in English.

use std::io::IsTerminal;

use clap::{Arg, ArgAction, Command};
use harmattan::i18n::{Catalog, Lang};
use harmattan::tr;
use harmattan::tui::bidi::Bidi;

/// `command` (and every subcommand) with its help in `lang`; English is
/// left exactly as clap makes it.
pub fn localise(command: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return command;
    }
    let mut command = command;
    command.build();
    walk(command, lang, ROOT)
}

/// The key of the program's own texts; a subcommand's adds `-name`.
const ROOT: &str = harmattan::i18n::lint::HELP_TEXT_PREFIX;

/// One command, then its subcommands, with `key` the catalogue key of its place.
fn walk(command: Command, lang: Lang, key: &str) -> Command {
    let text = |suffix: &str| Catalog::get(lang).format(&format!("{key}{suffix}"), &[]).map(|(t, _)| t);
    let usage = message(lang, "help-heading-usage");
    let template = format!("{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}");
    let mut command = command
        .help_template(template)
        .subcommand_help_heading(message(lang, "help-heading-commands"))
        .mut_args(|arg| localise_arg(arg, lang, key));
    let usage = usage_in(&mut command, lang);
    command = command.override_usage(usage);
    if let Some(about) = text("") {
        command = command.about(about);
    }
    if let Some(long) = text("-long") {
        command = command.long_about(long);
    }
    if let Some(after) = text("-after") {
        command = command.after_help(after);
    }
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        let sub_key = format!("{key}-{name}");
        command = match name.as_str() {
            HELP => command.mut_subcommand(HELP, |help| help_command(help, lang, key)),
            _ => command.mut_subcommand(&name, |sub| walk(sub, lang, &sub_key)),
        };
    }
    command
}

/// The command's usage line as clap writes it, with its placeholders for
/// options and a command in `lang` (`[OPTIONS]`, `[COMMAND]`, `<COMMAND>`).
fn usage_in(command: &mut Command, lang: Lang) -> String {
    let usage = command.render_usage().to_string();
    let usage = usage.split_once(' ').map_or(usage.as_str(), |(_, rest)| rest).trim();
    usage
        .replace("[OPTIONS]", &message(lang, "help-usage-options"))
        .replace("[COMMAND]", &message(lang, "help-usage-command"))
        .replace("<COMMAND>", &message(lang, "help-usage-command").replace('[', "<").replace(']', ">"))
}

/// The name of the subcommand clap adds (`harmattan help simulate`).
const HELP: &str = "help";

/// Clap's `help` subcommand under the command keyed `key`: it lists the
/// same commands, so each gets the summary of the command it names.
fn help_command(help: Command, lang: Lang, key: &str) -> Command {
    let mut help = help.about(message(lang, "help-subcommand-help"));
    let names: Vec<String> = help.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        let named = format!("{key}-{name}");
        help = help.mut_subcommand(&name, |sub| match name.as_str() {
            HELP => sub.about(message(lang, "help-subcommand-help")),
            _ => {
                let sub = help_command(sub, lang, &named);
                match Catalog::get(lang).format(&named, &[]) {
                    Some((about, _)) => sub.about(about),
                    None => sub,
                }
            }
        });
    }
    help
}

/// One argument: its help texts and the heading it is listed under.
fn localise_arg(arg: Arg, lang: Lang, command_key: &str) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let generated = match arg.get_action() {
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => Some("help-flag-help"),
        ArgAction::Version => Some("help-flag-version"),
        _ => None,
    };
    let catalog = Catalog::get(lang);
    let owner = arg_owner(&arg, command_key);
    let own = |suffix: &str| {
        let key = match generated {
            Some(key) => format!("{key}{suffix}"),
            None => format!("{owner}--{id}{suffix}"),
        };
        catalog.format(&key, &[]).map(|(t, _)| t)
    };
    let mut arg = arg;
    if let Some(help) = own("") {
        arg = arg.help(help);
    }
    if let Some(long) = own("-long") {
        arg = arg.long_help(long);
    } else if generated == Some("help-flag-help") {
        arg = arg.long_help(message(lang, "help-flag-help-long"));
    }
    if arg.get_help_heading().is_none() {
        let heading = if arg.is_positional() { "help-heading-arguments" } else { "help-heading-options" };
        arg = arg.help_heading(message(lang, heading));
    }
    let values_key = format!("{owner}--{id}-value-");
    with_values(arg, lang, &values_key)
}

/// An option's default and possible values said in `lang` after its help,
/// where clap would say them in English.
fn with_values(arg: Arg, lang: Lang, values_key: &str) -> Arg {
    if !arg.get_action().takes_values() {
        return arg;
    }
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    let catalog = Catalog::get(lang);
    // A value with help of its own is said with it: `queued (…)`.
    let possible: Vec<String> = match arg.is_hide_possible_values_set() {
        true => Vec::new(),
        false => arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| match v.get_help().and(catalog.format(&format!("{values_key}{}", v.get_name()), &[])) {
                Some((help, _)) => tr!(lang, "help-value-with-help", value = v.get_name(), help = help),
                None => v.get_name().to_string(),
            })
            .collect(),
    };
    let mut notes = Vec::new();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push(format!("[{}]", tr!(lang, "help-default", value = defaults.join(", "))));
    }
    if !possible.is_empty() {
        notes.push(format!(
            "[{}]",
            tr!(lang, "help-possible-values", values = harmattan::i18n::comma_list(lang, possible).unwrap_or_default())
        ));
    }
    if notes.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(ToString::to_string).filter(|h| !h.is_empty());
    let long = arg.get_long_help().map(ToString::to_string).filter(|h| !h.is_empty());
    let short = match &help {
        Some(help) => format!("{help} {}", notes.join(" ")),
        None => notes.join(" "),
    };
    let mut arg = arg.hide_default_value(true).hide_possible_values(true).help(short);
    if let Some(long) = long {
        arg = arg.long_help(format!("{long}\n\n{}", notes.join("\n")));
    }
    arg
}

/// The key of the command an argument belongs to: a global option's is the
/// program's, whichever subcommand lists it.
fn arg_owner<'a>(arg: &Arg, command_key: &'a str) -> &'a str {
    if arg.is_global_set() { ROOT } else { command_key }
}

/// The language `--lang` asks for in raw arguments, read before they are
/// parsed (the help must be built in it); `None` if absent or not one of ours.
pub fn requested_lang(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<Lang> {
    requested(args, "--lang")?.parse().ok()
}

/// Who `--bidi` says orders right-to-left text, read from raw arguments as
/// [`requested_lang`] is (for the help); `None` if absent or not a choice.
pub fn requested_bidi(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<Bidi> {
    requested(args, "--bidi")?.parse().ok()
}

/// The value of the first `option` (`--option VALUE` or `--option=VALUE`)
/// in raw arguments, before a `--`.
fn requested(args: impl IntoIterator<Item = std::ffi::OsString>, option: &str) -> Option<String> {
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--" {
            break;
        }
        return match arg.strip_prefix(option) {
            Some("") => args.next().map(|v| v.to_string_lossy().into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => continue,
        };
    }
    None
}

/// Shows what stopped the parsing (the help, the version, a usage error)
/// and exits as clap does. Text with Arabic in it that goes to a terminal
/// is put in visual order first, as [`out`](super::out) does for the rest
/// (without clap's colours, which would be reordered with the letters).
pub fn exit(e: &clap::Error) -> ! {
    let terminal = if e.use_stderr() { std::io::stderr().is_terminal() } else { std::io::stdout().is_terminal() };
    let lang = crate::lang();
    let text = match (lang, usage_error(e, lang)) {
        (Lang::En, _) | (_, None) => e.render().to_string(),
        (_, Some(text)) => text,
    };
    let visual = super::out::visual(terminal);
    if lang == Lang::En && (text.is_ascii() || visual.is_none()) {
        e.exit()
    }
    let text = super::out::arrange(&text, crate::lang().dir(), visual);
    if e.use_stderr() {
        eprint!("{text}");
    } else {
        print!("{text}");
    }
    std::process::exit(e.exit_code())
}

/// A usage error in `lang`, laid out as clap lays it out: what is wrong,
/// the usage line, where to learn more. `None` for the help and the
/// version, which are not errors.
fn usage_error(e: &clap::Error, lang: Lang) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let get = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(v)) => Some(v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let what = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return None;
        }
        ErrorKind::UnknownArgument => match get(ContextKind::SuggestedArg) {
            Some(hint) => tr!(lang, "help-error-unknown-argument-hint", arg = arg, hint = hint),
            None => tr!(lang, "help-error-unknown-argument", arg = arg),
        },
        ErrorKind::InvalidSubcommand => {
            let name = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            match get(ContextKind::SuggestedSubcommand) {
                Some(hint) => tr!(lang, "help-error-unknown-command-hint", name = name, hint = hint),
                None => tr!(lang, "help-error-unknown-command", name = name),
            }
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = get(ContextKind::InvalidValue).unwrap_or_default();
            match get(ContextKind::ValidValue) {
                Some(values) => {
                    tr!(lang, "help-error-invalid-value-possible", value = value, arg = arg, values = values)
                }
                None => match std::error::Error::source(e) {
                    // The validator's own reason, already in the reader's language.
                    Some(reason) => {
                        let reason = reason.to_string();
                        tr!(lang, "help-error-invalid-value-reason", value = value, arg = arg, reason = reason)
                    }
                    None => tr!(lang, "help-error-invalid-value", value = value, arg = arg),
                },
            }
        }
        ErrorKind::MissingRequiredArgument => tr!(lang, "help-error-missing", args = arg),
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg).unwrap_or_default();
            tr!(lang, "help-error-conflict", arg = arg, other = other)
        }
        ErrorKind::NoEquals | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            tr!(lang, "help-error-value-missing", arg = arg)
        }
        ErrorKind::TooManyValues if get(ContextKind::InvalidValue).is_some() => {
            tr!(lang, "help-error-used-twice", arg = arg)
        }
        ErrorKind::MissingSubcommand => tr!(lang, "help-error-missing-command"),
        _ => return None,
    };
    let usage = get(ContextKind::Usage).map(|u| {
        let u = u.trim();
        let u = u.split_once(' ').map_or(u, |(_, rest)| rest);
        format!("\n{} {u}\n", message(lang, "help-heading-usage"))
    });
    let more = tr!(lang, "help-error-more");
    Some(format!("{}\n{}\n{more}\n", tr!(lang, "help-error", message = what), usage.unwrap_or_default()))
}

/// A message that must exist (the headings): the catalogue's, in `lang`.
fn message(lang: Lang, key: &str) -> String {
    harmattan::i18n::tr(lang, key, &[])
}

/// Every text of `command`'s help that French and Arabic translate: its
/// catalogue key and the English text, in the order `--help` lists them.
#[cfg(test)]
pub fn english_texts(command: &mut Command) -> Vec<(String, String)> {
    command.build();
    let mut out = Vec::new();
    collect(command, ROOT, &mut out);
    out
}

#[cfg(test)]
fn collect(command: &Command, key: &str, out: &mut Vec<(String, String)>) {
    let plain = |s: Option<&clap::builder::StyledStr>| s.map(|s| s.to_string()).filter(|s| !s.is_empty());
    for (suffix, text) in [
        ("", plain(command.get_about())),
        ("-long", plain(command.get_long_about())),
        ("-after", plain(command.get_after_help())),
    ] {
        if let Some(text) = text {
            out.push((format!("{key}{suffix}"), text));
        }
    }
    for arg in command.get_arguments() {
        let generated = matches!(
            arg.get_action(),
            ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong | ArgAction::Version
        );
        // A global option is listed once, where it is declared.
        if generated || (arg.is_global_set() && key != ROOT) {
            continue;
        }
        let arg_key = format!("{key}--{}", arg.get_id());
        for (suffix, text) in [("", plain(arg.get_help())), ("-long", plain(arg.get_long_help()))] {
            if let Some(text) = text {
                out.push((format!("{arg_key}{suffix}"), text));
            }
        }
        for value in arg.get_possible_values().iter().filter(|v| !v.is_hide_set()) {
            if let Some(text) = plain(value.get_help()) {
                out.push((format!("{arg_key}-value-{}", value.get_name()), text));
            }
        }
    }
    for sub in command.get_subcommands().filter(|sub| sub.get_name() != HELP) {
        collect(sub, &format!("{key}-{}", sub.get_name()), out);
    }
}
