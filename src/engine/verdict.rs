//! The end of a game in words: each team's verdict and why, and the shared
//! outcome. Sentences made from the scenario's names, never its ids; the
//! debrief, the projector and the report all say it the same way.

use crate::engine::scoring::{FactionScore, Scores, Shared, Verdict};
use crate::engine::words::and_list;
use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::scenario::format::Measure;
use crate::tr;

/// "Mali met its goals." and the like.
pub fn headline(scn: &Scenario, f: &FactionScore) -> String {
    let name = scn.factions.get(f.faction).map_or("?", |d| d.name.as_str());
    let key = match f.verdict {
        Verdict::Met => "game-verdict-met",
        Verdict::Partly => "game-verdict-partly",
        Verdict::Missed => "game-verdict-missed",
    };
    tr!(scn.lang, key, faction = name)
}

/// A short label for tables: "goals met", "partly met", "missed".
pub fn label(lang: Lang, v: Verdict) -> String {
    let key = match v {
        Verdict::Met => "game-verdict-label-met",
        Verdict::Partly => "game-verdict-label-partly",
        Verdict::Missed => "game-verdict-label-missed",
    };
    tr!(lang, key)
}

/// Why a team ended where it did: its score against its thresholds, its
/// strongest and weakest goals, and the shared outcome if it cost a step.
pub fn why(scn: &Scenario, scores: &Scores, f: &FactionScore) -> String {
    let Some(def) = scn.factions.get(f.faction) else { return String::new() };
    let (lang, t) = (scn.lang, def.thresholds);
    let mut out = tr!(lang, "game-verdict-why", total = f.total, met = t.met, partly = t.partly);
    let named = |id: &str| def.objectives.iter().find(|o| o.id == id).map_or(id.to_string(), |o| o.name.clone());
    let best = f.objectives.iter().max_by_key(|o| (o.score, std::cmp::Reverse(o.weight)));
    let worst = f.objectives.iter().min_by_key(|o| (o.score, std::cmp::Reverse(o.weight)));
    if let (Some(b), Some(w)) = (best, worst)
        && b.id != w.id
    {
        out.push(' ');
        out.push_str(&tr!(
            lang,
            "game-verdict-why-best",
            best = named(&b.id),
            best_score = b.score,
            worst = named(&w.id),
            worst_score = w.score
        ));
    }
    if let (Some(s), Some(def)) = (scores.shared, scn.shared.as_ref())
        && s.state == Shared::Lost
    {
        out.push(' ');
        out.push_str(&tr!(lang, "game-verdict-why-shared-lost", shared = def.name.as_str()));
    }
    out
}

/// The shared outcome in one sentence, if the scenario has one.
pub fn shared(scn: &Scenario, scores: &Scores) -> Option<String> {
    let (s, def) = (scores.shared?, scn.shared.as_ref()?);
    let key = match s.state {
        Shared::Held => "game-shared-held",
        Shared::Strained => "game-shared-strained",
        Shared::Lost => "game-shared-lost",
    };
    Some(tr!(scn.lang, key, shared = def.name.as_str(), score = s.score, held = def.held, lost = def.lost))
}

/// Who comes first, in words: "Niger comes first: the best verdict, 6 points
/// above its goals." or "Mali and Niger share first place."
pub fn standing(scn: &Scenario, scores: &Scores) -> String {
    let names: Vec<&str> =
        scores.leaders.iter().filter_map(|&f| scn.factions.get(f)).map(|d| d.name.as_str()).collect();
    let best = scores.factions.iter().filter(|f| scores.leaders.contains(&f.faction)).map(|f| f.verdict).max();
    let alike = scores.factions.iter().filter(|f| Some(f.verdict) == best).count();
    let lang = scn.lang;
    match (names.as_slice(), best) {
        ([], _) | (_, None) => String::new(),
        ([one], Some(_)) if alike == 1 => tr!(lang, "game-standing-alone", faction = *one),
        ([one], Some(Verdict::Met)) => tr!(lang, "game-standing-met", faction = *one),
        ([one], Some(Verdict::Partly)) => tr!(lang, "game-standing-partly", faction = *one),
        ([one], Some(Verdict::Missed)) => tr!(lang, "game-standing-missed", faction = *one),
        (all, Some(_)) => tr!(lang, "game-standing-shared", factions = and_list(lang, all)),
    }
}

/// How a team's game ends, for its briefing and role card: its bars, the
/// shared outcome, and who comes first.
pub fn rules_for(scn: &Scenario, faction: usize) -> String {
    let Some(def) = scn.factions.get(faction) else { return String::new() };
    let (lang, t) = (scn.lang, def.thresholds);
    let mut out = tr!(lang, "game-rules-score", met = t.met, partly = t.partly);
    if let Some(shared) = &scn.shared {
        let key = if shared.measure == Measure::Average { "game-rules-shared-average" } else { "game-rules-shared" };
        out.push(' ');
        out.push_str(&tr!(lang, key, shared = shared.name.as_str(), lost = shared.lost));
    }
    out.push(' ');
    out.push_str(&tr!(lang, "game-rules-first"));
    out
}

/// Who comes first, in a few words: "Niger comes first." (for one line).
pub fn first(scn: &Scenario, scores: &Scores) -> String {
    let names: Vec<&str> =
        scores.leaders.iter().filter_map(|&f| scn.factions.get(f)).map(|d| d.name.as_str()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => tr!(scn.lang, "game-first", faction = *one),
        all => tr!(scn.lang, "game-first-shared", factions = and_list(scn.lang, all)),
    }
}
