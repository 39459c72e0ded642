//! `--help` in the program's language. The English help is the doc comments
//! of the command-line types (clap reads them); French and Arabic replace
//! each text by the catalogue's message for it, keyed by where it is:
//! `help-cmd-simulate` (a command's summary), `help-cmd-simulate--runs` (an
//! option's), with `-long` for the long form `--help` shows (`-h` shows the
//! short one). A text without a message stays in English.

use clap::{Arg, ArgAction, Command};
use harmattan::i18n::{Catalog, Lang};

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
    }
    if arg.get_help_heading().is_none() {
        let heading = if arg.is_positional() { "help-heading-arguments" } else { "help-heading-options" };
        arg = arg.help_heading(message(lang, heading));
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
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.to_string_lossy().into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => continue,
        };
        return value.and_then(|v| v.parse().ok());
    }
    None
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
    }
    for sub in command.get_subcommands().filter(|sub| sub.get_name() != HELP) {
        collect(sub, &format!("{key}-{}", sub.get_name()), out);
    }
}
