//! Printable handouts: each team's role card (briefing, objectives and how
//! they score, starting position, the actions open to it) and the
//! facilitator's sheet (all roles, the timeline of scripted events,
//! suggested timings for a 60- and a 90-minute session).
//!
//! Built as Markdown; HTML is the same content, escaped, in one
//! self-contained page that prints one card per sheet of paper. Every word
//! is in the scenario's language (`scn.lang`; `report-card-…` and
//! `report-sheet-…` in the catalogue), an Arabic page right to left.

use std::fmt::Write as _;

use crate::engine::GameState;
use crate::engine::check::{Committed, shown_preview};
use crate::engine::explain::describe;
use crate::engine::words::num;
use crate::i18n::Lang;
use crate::report::html::{esc, head, signed_numbers_ltr};
use crate::scenario::Scenario;
use crate::scenario::expr::{Bindings, Compiled, NodeKind};
use crate::scenario::format::{Category, Measure, Stacking};
use crate::tr;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown.
    Markdown,
    /// One self-contained HTML page.
    Html,
}

/// Which handouts to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// One faction's role card.
    Faction(usize),
    /// The facilitator's sheet only.
    Facilitator,
    /// Every role card, then the facilitator's sheet.
    All,
}

/// The handouts as Markdown sections (one per printed page).
pub fn sections(scn: &Scenario, which: Which) -> Vec<String> {
    let playable: Vec<usize> = scn.factions.iter().enumerate().filter(|(_, f)| f.playable).map(|(i, _)| i).collect();
    match which {
        Which::Faction(f) => vec![role_card(scn, f)],
        Which::Facilitator => vec![facilitator_sheet(scn)],
        Which::All => playable.iter().map(|&f| role_card(scn, f)).chain([facilitator_sheet(scn)]).collect(),
    }
}

/// The handouts in the chosen format.
pub fn render(scn: &Scenario, which: Which, format: Format) -> String {
    let pages = sections(scn, which);
    let text = match format {
        Format::Markdown => pages.join("\n---\n\n"),
        Format::Html => html(scn.lang, &scn.meta.title, &pages),
    };
    // Whatever the scenario held, no control character but newline and tab is printed.
    crate::text::printable(&text).into_owned()
}

fn period(scn: &Scenario) -> String {
    let (lang, turns) = (scn.lang, scn.turns());
    tr!(lang, "report-card-period", first = scn.date_in(lang, 1), last = scn.date_in(lang, turns), turns = turns)
}

/// Items of a list joined with the language's ", ".
fn commas(lang: Lang, items: &[String]) -> String {
    items.join(&tr!(lang, "game-list-separator"))
}

/// One team's role card, from the scenario's declared start values (the
/// state before any dice: turn 1's random events have not happened yet).
pub fn role_card(scn: &Scenario, faction: usize) -> String {
    role_card_at(scn, faction, &crate::engine::start_state(scn))
}

/// One team's role card, with its numbers and chances taken from `state`.
pub fn role_card_at(scn: &Scenario, faction: usize, state: &GameState) -> String {
    let Some(def) = scn.factions.get(faction) else { return String::new() };
    let lang = scn.lang;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "# {}\n",
        tr!(lang, "report-card-title", title = scn.meta.title.as_str(), faction = def.name.as_str())
    );
    let _ = writeln!(o, "*{}*\n", tr!(lang, "report-card-keep", period = period(scn)));
    let _ = writeln!(o, "## {}\n\n{}\n", tr!(lang, "report-card-briefing"), def.briefing.trim());
    let _ = writeln!(o, "## {}\n", tr!(lang, "report-card-scoring"));
    let weights: Vec<u32> = def.objectives.iter().map(|x| x.weight).collect();
    for (obj, share) in def.objectives.iter().zip(crate::engine::shares(&weights)) {
        let when = match obj.measure {
            Measure::AtEnd => "end",
            Measure::Average => "average",
        };
        let weight = tr!(lang, "report-card-objective", share = num(lang, i64::from(share)), measured = when);
        let desc = if obj.description.is_empty() { String::new() } else { format!(" {}", obj.description.trim()) };
        let _ = writeln!(o, "- **{}** — {weight}{desc}", obj.name);
    }
    let _ = writeln!(o, "\n{}\n", crate::engine::verdict::rules_for(scn, faction));
    let _ = writeln!(o, "## {}\n", tr!(lang, "report-card-start"));
    let _ = writeln!(o, "*{}*\n", tr!(lang, "report-card-start-note"));
    for (v, decl) in scn.faction_vars.iter().enumerate() {
        let value = state.faction_var(faction, v);
        let unit = scn.faction_unit(faction, v);
        let value = if unit.is_empty() {
            num(lang, value)
        } else {
            tr!(lang, "game-value-unit", value = num(lang, value), unit = unit)
        };
        let line = tr!(
            lang,
            "report-card-value",
            var = decl.name.as_str(),
            value = value,
            min = num(lang, decl.min),
            max = num(lang, decl.max)
        );
        let _ = writeln!(o, "- {line}");
    }
    let _ = writeln!(o, "\n{}\n", tr!(lang, "report-card-orders", orders = def.action_points));
    let _ = writeln!(o, "## {}\n", tr!(lang, "report-card-actions"));
    for category in [Category::Diplomatic, Category::Energy, Category::Security] {
        let actions: Vec<usize> = scn
            .actions
            .iter()
            .enumerate()
            .filter(|(_, a)| a.category == category && a.factions.contains(&faction))
            .map(|(i, _)| i)
            .collect();
        if actions.is_empty() {
            continue;
        }
        let category = match category {
            Category::Diplomatic => "diplomatic",
            Category::Energy => "energy",
            Category::Security => "security",
        };
        let _ = writeln!(o, "### {}\n", tr!(lang, "report-card-category", category = category));
        for a in actions {
            let Some(action) = scn.actions.get(a) else { continue };
            let preview = shown_preview(scn, state, faction, a, &Committed::default()).map(|(_, p)| p);
            let chance = preview.as_ref().map_or(100, |p| p.chance);
            let mut facts = vec![tr!(lang, "report-card-ap", ap = action.ap)];
            for &(v, amount) in &action.cost {
                let var = scn.faction_vars.get(v).map_or("?", |d| d.name.as_str());
                facts.push(tr!(lang, "report-card-cost", amount = num(lang, amount), var = var));
            }
            if action.chance.is_some() {
                facts.push(tr!(lang, "report-card-chance", chance = num(lang, chance)));
            }
            if action.consent {
                facts.push(tr!(lang, "report-card-proposal"));
            }
            match preview.as_ref().and_then(|p| p.detection) {
                Some(d) => facts.push(tr!(lang, "report-card-secret", chance = num(lang, d))),
                None if action.secret.is_some() => facts.push(tr!(lang, "report-card-secret-unless")),
                None => {}
            }
            if action.delay > 0 {
                facts.push(tr!(lang, "report-card-delay", turns = action.delay));
            }
            if action.duration > 0 {
                facts.push(tr!(lang, "report-card-lasts", turns = action.duration));
            }
            if action.duration > 0 && action.stack == Stacking::Refuse {
                facts.push(tr!(lang, "report-card-not-again"));
            }
            let desc =
                if action.description.is_empty() { String::new() } else { format!(" {}", action.description.trim()) };
            let _ = writeln!(o, "- **{}** ({}).{desc}", action.name, commas(lang, &facts));
        }
        o.push('\n');
    }
    o
}

/// An event's chance in words: a fixed percentage, or one that varies.
fn chance_words(lang: Lang, chance: &Compiled) -> String {
    match chance.root.kind {
        NodeKind::Num(n) => tr!(lang, "report-sheet-chance", chance = num(lang, n.clamp(0, 100))),
        _ => tr!(lang, "report-sheet-chance-varies"),
    }
}

/// The facilitator's sheet.
pub fn facilitator_sheet(scn: &Scenario) -> String {
    let lang = scn.lang;
    let mut o = String::new();
    let _ = writeln!(o, "# {}\n", tr!(lang, "report-sheet-title", title = scn.meta.title.as_str()));
    let _ = writeln!(o, "{}\n\n*{}.*\n", scn.meta.summary.trim(), period(scn));
    let _ = writeln!(o, "## {}\n", tr!(lang, "report-sheet-teams"));
    for f in scn.factions.iter().filter(|f| f.playable) {
        let first = f.briefing.split(". ").next().unwrap_or("").trim();
        let goals: Vec<String> = f.objectives.iter().map(|x| x.name.clone()).collect();
        let goals = goals.join(&tr!(lang, "report-separator-semicolon"));
        let _ = writeln!(o, "- **{}** — {first}. {}", f.name, tr!(lang, "report-sheet-scores-on", goals = goals));
    }
    let others: Vec<String> = scn.factions.iter().filter(|f| !f.playable).map(|f| f.name.clone()).collect();
    if !others.is_empty() {
        let _ = writeln!(o, "\n{}", tr!(lang, "report-sheet-others", factions = commas(lang, &others)));
    }
    let _ = writeln!(o, "\n## {}\n", tr!(lang, "report-sheet-scripted"));
    let mut scheduled: Vec<_> = scn.events.iter().filter_map(|e| e.turn.map(|t| (t, e))).collect();
    scheduled.sort_by_key(|(t, _)| *t);
    for (turn, e) in &scheduled {
        let mut conditions = Vec::new();
        if let Some(w) = &e.when {
            conditions.push(tr!(lang, "report-sheet-if", cond = describe(scn, (Bindings::default(), None), &w.root)));
        }
        if let Some(c) = &e.chance {
            conditions.push(chance_words(lang, c));
        }
        let condition = if conditions.is_empty() { String::new() } else { format!(" ({})", commas(lang, &conditions)) };
        let line = tr!(
            lang,
            "report-sheet-scheduled",
            turn = turn.to_string(),
            date = scn.date_in(lang, *turn),
            event = format!("**{}**{condition}", e.title),
            text = e.text.trim()
        );
        let _ = writeln!(o, "- {line}");
    }
    let _ = writeln!(o, "\n## {}\n", tr!(lang, "report-sheet-may-happen"));
    for e in scn.events.iter().filter(|e| e.turn.is_none()) {
        let mut when = Vec::new();
        if let Some(w) = &e.when {
            when.push(tr!(lang, "report-sheet-when", cond = describe(scn, (Bindings::default(), None), &w.root)));
        }
        if let Some(c) = &e.chance {
            when.push(chance_words(lang, c));
        }
        let choice = e
            .choice
            .as_ref()
            .and_then(|c| scn.factions.get(c.faction))
            .map(|f| format!(" {}", tr!(lang, "report-sheet-must-choose", faction = f.name.as_str())))
            .unwrap_or_default();
        let when = if when.is_empty() { tr!(lang, "report-sheet-any-turn") } else { commas(lang, &when) };
        let _ = writeln!(o, "- **{}** ({when}) — {}{choice}", e.title, e.text.trim());
    }
    let _ = writeln!(o, "\n## {}\n", tr!(lang, "report-sheet-timings"));
    let turns = scn.turns().max(1);
    for total in [60u32, 90] {
        let (intro, debrief) = if total == 60 { (8, 12) } else { (10, 20) };
        let per_turn = (total - intro - debrief) / turns;
        let session = format!("**{}**", tr!(lang, "report-sheet-minutes", minutes = total));
        let key = if per_turn < 4 { "report-sheet-timing-tight" } else { "report-sheet-timing" };
        let line = tr!(lang, key, session = session, intro = intro, turns = turns, each = per_turn, debrief = debrief);
        let _ = writeln!(o, "- {line}");
    }
    let _ = writeln!(o, "\n{}", tr!(lang, "report-sheet-after"));
    o
}

/// The page's style: one card per printed sheet.
const CSS: &str = "
body{font-family:Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.45;color:#111}
h1{font-size:1.6em;border-bottom:2px solid #0072B2} h2{font-size:1.25em;color:#0072B2} h3{font-size:1.05em}
code{font-size:.9em;background:#f2f2f2;padding:0 .2em} section{margin-bottom:3em}
@media print{body{margin:0;max-width:none} section{page-break-after:always} h2{color:#000}}
";

/// The Markdown pages as one printable HTML document (headings, lists,
/// bold, italics, code), in `lang` and its direction.
fn html(lang: Lang, title: &str, pages: &[String]) -> String {
    let mut o = head(lang, title, CSS);
    for page in pages {
        o.push_str("<section>\n");
        let mut in_list = false;
        for line in page.lines() {
            let (tag, text) = if let Some(t) = line.strip_prefix("### ") {
                ("h3", t)
            } else if let Some(t) = line.strip_prefix("## ") {
                ("h2", t)
            } else if let Some(t) = line.strip_prefix("# ") {
                ("h1", t)
            } else if let Some(t) = line.strip_prefix("- ") {
                ("li", t)
            } else {
                ("p", line)
            };
            if tag == "li" && !in_list {
                o.push_str("<ul>\n");
                in_list = true;
            } else if tag != "li" && in_list {
                o.push_str("</ul>\n");
                in_list = false;
            }
            if tag == "p" && text.trim().is_empty() {
                continue;
            }
            let _ = writeln!(o, "<{tag}>{}</{tag}>", inline(text));
        }
        if in_list {
            o.push_str("</ul>\n");
        }
        o.push_str("</section>\n");
    }
    o.push_str("</body>\n</html>\n");
    signed_numbers_ltr(lang, o)
}

/// `**bold**`, `*italic*` and `` `code` `` to HTML, escaping everything else.
fn inline(text: &str) -> String {
    let escaped = esc(text);
    let mut out = String::with_capacity(escaped.len());
    let mut open = [false; 3];
    let mut rest = escaped.as_str();
    while let Some(c) = rest.chars().next() {
        let (marker, index, tag) = if rest.starts_with("**") {
            (2, 0, "strong")
        } else if c == '*' {
            (1, 1, "em")
        } else if c == '`' {
            (1, 2, "code")
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        };
        out.push_str(if open[index] { "</" } else { "<" });
        out.push_str(tag);
        out.push('>');
        open[index] = !open[index];
        rest = &rest[marker..];
    }
    for (index, tag) in ["strong", "em", "code"].iter().enumerate() {
        if open[index] {
            let _ = write!(out, "</{tag}>");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tutorial() -> Scenario {
        crate::scenario::load("t.ron", crate::scenario::TUTORIAL.as_bytes()).scenario.expect("tutorial loads")
    }

    #[test]
    fn a_role_card_has_the_briefing_objectives_and_only_its_own_actions() {
        let scn = tutorial();
        let card = role_card(&scn, 1);
        assert!(card.contains("role card: Tarsa"));
        assert!(card.contains("Tarsa subsidises its fuel"));
        assert!(card.contains("**Budget protected** — 40% of your score"));
        assert!(card.contains("Tighten border trade"));
        assert!(!card.contains("Ration fuel"), "Kesh's action is not on Tarsa's card");
        assert!(!card.contains("Kesh is landlocked"), "no other team's briefing");
    }

    #[test]
    fn the_facilitator_sheet_lists_scheduled_events_and_timings() {
        let sheet = facilitator_sheet(&tutorial());
        assert!(sheet.contains("Turn 2, February 2025: **Harmattan dust storm**"));
        assert!(sheet.contains("**60 minutes**") && sheet.contains("**90 minutes**"));
        assert!(sheet.contains("Incident at the border"));
    }

    /// The tutorial with its built-in translation into `lang`.
    fn translated(lang: Lang) -> Scenario {
        let text = crate::scenario::TUTORIAL.as_bytes();
        let translation = crate::scenario::built_in_translation(text, lang);
        crate::scenario::load_in("t.ron", text, None, lang, translation).scenario.expect("the tutorial loads")
    }

    #[test]
    fn cards_and_sheet_speak_the_scenarios_language() {
        let scn = translated(Lang::Fr);
        let card = role_card(&scn, 1);
        assert!(card.starts_with("# La route du sel (tutoriel) — fiche de rôle\u{202F}: Tarsa"), "{card}");
        assert!(card.contains("## Comment vous marquez des points"));
        assert!(card.contains("de votre score, mesuré à la fin de la partie."), "{card}");
        assert!(card.contains("Vous pouvez donner jusqu'à 2 ordres (points d'action) par tour."), "{card}");
        let sheet = facilitator_sheet(&scn);
        assert!(sheet.contains("- Tour 2, février 2025\u{202F}: **"), "{sheet}");
        assert!(sheet.contains("**60 minutes**\u{202F}: 8 min d'introduction"), "{sheet}");
        let arabic = facilitator_sheet(&translated(Lang::Ar));
        assert!(arabic.contains("## توقيتات مقترحة") && arabic.contains("**60 دقيقة**"), "{arabic}");
    }

    #[test]
    fn an_arabic_page_runs_right_to_left_and_a_french_one_declares_french() {
        let page = render(&translated(Lang::Ar), Which::All, Format::Html);
        assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{}", &page[..200]);
        assert!(page.contains("Noto Naskh Arabic"), "a font stack that has Arabic");
        let page = render(&translated(Lang::Fr), Which::All, Format::Html);
        assert!(page.contains("<html lang=\"fr\" dir=\"ltr\">"));
    }

    #[test]
    fn html_escapes_scenario_text_and_has_one_section_per_page() {
        let mut scn = tutorial();
        scn.factions[0].briefing = "<script>alert(1)</script> & **bold**".into();
        let page = render(&scn, Which::All, Format::Html);
        assert!(!page.contains("<script>"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <strong>bold</strong>"));
        assert_eq!(page.matches("<section>").count(), 4, "three role cards and the facilitator sheet");
    }
}
