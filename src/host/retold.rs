//! A hosted game told in another language. The engine is deterministic, so
//! the game in a seat's language is the same game re-played on the
//! translated scenario (the one re-play, [`save::replay_on`]): the same
//! states, rolls and changes, with the news lines, refusal reasons and the
//! other sentences the engine writes in that language. What people typed
//! (an umpire's reasons and news, a team's proposal) stays as typed.

use std::sync::Arc;

use crate::engine::TurnOrders;
use crate::engine::umpire::{Intervention, Ruling, TIMED_OUT_REASON};
use crate::save::{self, Save};
use crate::scenario::Scenario;
use crate::tr;
use crate::tui::session::Session;

/// `session` told in the words of `scenario` (the same game, see
/// [`super::langs::same_game`]): its reports, start-of-turn news and chart
/// timeline re-played there. `None` if the re-play is not the game being
/// played, which cannot happen for a translation of it.
pub fn retold(session: &Session, scenario: Arc<Scenario>) -> Option<Session> {
    let mut record = session.record.clone();
    // The re-play is checked against the state the game is in now.
    record.state = session.state.clone();
    reword_time_outs(&mut record, &session.orders, &session.scenario, &scenario);
    let replayed = save::replay_on(&scenario, &record);
    if replayed.divergence.is_some() || replayed.reports.len() != record.turns.len() {
        return None;
    }
    for (turn, report) in record.turns.iter_mut().zip(replayed.reports) {
        turn.report = report;
    }
    record.state = replayed.state.clone();
    Some(Session {
        scenario,
        state: replayed.state,
        seats: session.seats.clone(),
        orders: session.orders.clone(),
        waiting: session.waiting.clone(),
        record,
        timeline: replayed.openings,
    })
}

/// The turn timer's news that a team ran out of time is the program's
/// sentence, not anyone's words: said again in `to`'s language. Which team
/// and how many orders are read back from the sentence in `from`'s words
/// and the orders it gave (`current`: this turn's, not yet resolved).
fn reword_time_outs(record: &mut Save, current: &TurnOrders, from: &Scenario, to: &Scenario) {
    reword(&mut record.pending_rulings, current, from, to);
    for turn in &mut record.turns {
        reword(&mut turn.rulings, &turn.orders, from, to);
    }
}

/// Rewords the time-outs among one turn's `rulings`, given that turn's `orders`.
fn reword(rulings: &mut [Ruling], orders: &TurnOrders, from: &Scenario, to: &Scenario) {
    for ruling in rulings.iter_mut().filter(|r| r.reason == TIMED_OUT_REASON) {
        let Intervention::News { text } = &mut ruling.intervention else { continue };
        let said = |scn: &Scenario, f: usize| {
            let team = scn.factions.get(f).map_or_else(String::new, |d| d.name.clone());
            let count = from.factions.get(f).and_then(|d| orders.of(&d.id)).map_or(0, |o| o.orders.len());
            tr!(scn.lang, "screen-news-timed-out", count = count, team = team)
        };
        if let Some(f) = (0..from.factions.len()).find(|&f| said(from, f).trim() == text.trim()) {
            *text = said(to, f);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::engine::{FactionOrders, Order};
    use crate::i18n::Lang;
    use crate::tui::session::Seat;

    fn tutorial_in(lang: Lang) -> Scenario {
        let loaded = crate::scenario::load_beside(
            std::path::Path::new("scenarios/tutorial.ron"),
            crate::scenario::TUTORIAL.as_bytes(),
            None,
            lang,
        );
        loaded.scenario.expect("the tutorial loads")
    }

    /// The tutorial in English, two turns played, Kesh timed out in the second.
    fn played() -> Session {
        let scn = tutorial_in(Lang::En);
        let seats = scn.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect();
        let mut session = Session::new("tutorial.ron", scn, 7, seats, "2026-12-02T09-00-00".into());
        for turn in 0..2 {
            for f in session.humans() {
                let raid = FactionOrders { orders: vec![Order::new("covert_raid")], answers: Vec::new() };
                match (turn, f) {
                    (1, 0) => drop(session.time_out(f, raid)),
                    _ => session.submit(f, FactionOrders::default()),
                }
            }
            session.resolve();
        }
        session
    }

    #[test]
    fn the_same_game_is_told_in_french_with_the_engines_sentences_in_french() {
        let game = played();
        let french = retold(&game, Arc::new(tutorial_in(Lang::Fr))).expect("the same game");
        assert_eq!(french.state.values(), game.state.values());
        assert_eq!(french.state.rng, game.state.rng, "the same dice");
        assert_eq!(french.timeline.len(), game.timeline.len());
        assert_eq!(french.record.turns.len(), 2);
        for (told, played) in french.reports().zip(game.reports()) {
            assert_eq!(told.entries().count(), played.entries().count());
            assert_eq!(told.news(&french.scenario).count(), played.news(&game.scenario).count());
        }
        let english: Vec<String> = game.reports().flat_map(|r| r.news(&game.scenario)).map(Cow::into_owned).collect();
        assert!(english.iter().any(|n| n.contains("Time ran out for Kesh")), "{english:?}");
        let told: Vec<String> = french.reports().flat_map(|r| r.news(&french.scenario)).map(Cow::into_owned).collect();
        assert!(told.iter().any(|n| n.contains("Temps écoulé pour Kesh")), "{told:?}");
        assert!(told.iter().all(|n| !english.contains(n)), "every line worded again: {told:?}");
        assert!(told.iter().all(|n| !n.contains("Time ran out")), "the timer's news in French too: {told:?}");
    }

    #[test]
    fn the_umpires_sentences_are_told_again_and_the_words_typed_stay_as_typed() {
        let mut game = played();
        let turn = game.state.turn;
        let set = Intervention::Set { slot: crate::engine::Slot::FactionVar(0, 0), value: 10 };
        game.rule(Ruling { turn, intervention: set, reason: "a dry season".into() }).expect("set");
        let news = Intervention::News { text: "Talks in Niamey".into() };
        game.rule(Ruling { turn, intervention: news, reason: "for the talks".into() }).expect("news");
        let french = retold(&game, Arc::new(tutorial_in(Lang::Fr))).expect("the same game");
        let said: Vec<String> =
            french.state.start_log.iter().filter_map(|e| e.news(&french.scenario)).map(Cow::into_owned).collect();
        assert!(said.iter().any(|n| n.starts_with("Arbitre") && n.ends_with("(a dry season)")), "{said:?}");
        assert!(said.iter().any(|n| n == "Talks in Niamey"), "{said:?}");
        assert_eq!(french.record.pending_rulings, game.record.pending_rulings);
    }

    #[test]
    fn a_game_that_would_play_differently_is_not_told() {
        let game = played();
        let mut other = tutorial_in(Lang::Fr);
        other.factions[0].initial[0] += 5;
        assert!(retold(&game, Arc::new(other)).is_none());
    }
}
