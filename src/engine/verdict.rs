//! The end of a game in words: each team's verdict and why, and the shared
//! outcome. Sentences made from the scenario's names, never its ids; the
//! debrief, the projector and the report all say it the same way.

use crate::engine::scoring::{FactionScore, Scores, Shared, Verdict};
use crate::scenario::Scenario;
use crate::scenario::format::Measure;

/// "Mali met its goals." and the like.
pub fn headline(scn: &Scenario, f: &FactionScore) -> String {
    let name = scn.factions.get(f.faction).map_or("?", |d| d.name.as_str());
    match f.verdict {
        Verdict::Met => format!("{name} met its goals."),
        Verdict::Partly => format!("{name} partly met its goals."),
        Verdict::Missed => format!("{name} missed its goals."),
    }
}

/// A short label for tables: "goals met", "partly met", "missed".
pub fn label(v: Verdict) -> &'static str {
    match v {
        Verdict::Met => "goals met",
        Verdict::Partly => "partly met",
        Verdict::Missed => "missed",
    }
}

/// Why a team ended where it did: its score against its thresholds, its
/// strongest and weakest goals, and the shared outcome if it cost a step.
pub fn why(scn: &Scenario, scores: &Scores, f: &FactionScore) -> String {
    let Some(def) = scn.factions.get(f.faction) else { return String::new() };
    let t = def.thresholds;
    let mut out = format!(
        "It scored {} of 100; it needed {} to meet its goals and {} to partly meet them.",
        f.total, t.met, t.partly
    );
    let named = |id: &str| def.objectives.iter().find(|o| o.id == id).map_or(id.to_string(), |o| o.name.clone());
    let best = f.objectives.iter().max_by_key(|o| (o.score, std::cmp::Reverse(o.weight)));
    let worst = f.objectives.iter().min_by_key(|o| (o.score, std::cmp::Reverse(o.weight)));
    if let (Some(b), Some(w)) = (best, worst)
        && b.id != w.id
    {
        out.push_str(&format!(
            " Its best result: {}, {} of 100; its weakest: {}, {} of 100.",
            named(&b.id),
            b.score,
            named(&w.id),
            w.score
        ));
    }
    if let (Some(s), Some(def)) = (scores.shared, scn.shared.as_ref())
        && s.state == Shared::Lost
    {
        out.push_str(&format!(" {} was lost, which cost every team one step.", def.name));
    }
    out
}

/// The shared outcome in one sentence, if the scenario has one.
pub fn shared(scn: &Scenario, scores: &Scores) -> Option<String> {
    let (s, def) = (scores.shared?, scn.shared.as_ref()?);
    Some(match s.state {
        Shared::Held => format!("{}: held ({} of 100; it holds at {}).", def.name, s.score, def.held),
        Shared::Strained => format!(
            "{}: strained ({} of 100; it holds at {}, and below {} it is lost).",
            def.name, s.score, def.held, def.lost
        ),
        Shared::Lost => format!(
            "{}: lost ({} of 100, below {}): every team's verdict is one step lower.",
            def.name, s.score, def.lost
        ),
    })
}

/// Who comes first, in words: "Niger comes first: the best verdict, 6 points
/// above its goals." or "Mali and Niger share first place."
pub fn standing(scn: &Scenario, scores: &Scores) -> String {
    let names: Vec<&str> =
        scores.leaders.iter().filter_map(|&f| scn.factions.get(f)).map(|d| d.name.as_str()).collect();
    let best = scores.factions.iter().filter(|f| scores.leaders.contains(&f.faction)).map(|f| f.verdict).max();
    let alike = scores.factions.iter().filter(|f| Some(f.verdict) == best).count();
    match (names.as_slice(), best) {
        ([], _) | (_, None) => String::new(),
        ([one], Some(_)) if alike == 1 => format!("{one} comes first: no other team did as well."),
        ([one], Some(Verdict::Met)) => {
            format!("{one} comes first: of the teams that met their goals, it is furthest above its own bar.")
        }
        ([one], Some(Verdict::Partly)) => {
            format!("{one} comes first: of the teams that partly met their goals, it is furthest above its own bar.")
        }
        ([one], Some(Verdict::Missed)) => {
            format!("{one} comes first: every team missed its goals, and it came closest to its own bar.")
        }
        ([first @ .., last], Some(_)) => {
            format!(
                "{} and {last} share first place: the same result, exactly as far above their own bars.",
                first.join(", ")
            )
        }
    }
}

/// How a team's game ends, for its briefing and role card: its bars, the
/// shared outcome, and who comes first.
pub fn rules_for(scn: &Scenario, faction: usize) -> String {
    let Some(def) = scn.factions.get(faction) else { return String::new() };
    let t = def.thresholds;
    let mut out = format!(
        "Your score is the weighted average of these, from 0 to 100. At {} or more your team has met its goals; from {} it has partly met them; below {} it has missed them.",
        t.met, t.partly, t.partly
    );
    if let Some(shared) = &scn.shared {
        out.push_str(&format!(
            " {} is every team's outcome: if it ends below {}{}, every team's verdict is one step lower.",
            shared.name,
            shared.lost,
            if shared.measure == Measure::Average { " (averaged over the game)" } else { "" }
        ));
    }
    out.push_str(" Each team has its own bars; the team furthest above its own comes first.");
    out
}

/// Who comes first, in a few words: "Niger comes first." (for one line).
pub fn first(scn: &Scenario, scores: &Scores) -> String {
    let names: Vec<&str> =
        scores.leaders.iter().filter_map(|&f| scn.factions.get(f)).map(|d| d.name.as_str()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => format!("{one} comes first."),
        [first @ .., last] => format!("{} and {last} share first place.", first.join(", ")),
    }
}
