//! A game carried over to a changed version of its scenario (`play --reload`):
//! the same seed, the umpire's rulings and every turn's orders, played again
//! by the one re-play ([`save::replay_game`]). What no longer fits the new
//! version is dropped and named in words: an order whose action or target is
//! gone or that is no longer allowed, an answer to a proposal or choice that
//! is no longer asked, a ruling on a value that is gone. Everything is
//! matched by id, so factions, values and actions may be added, moved or
//! removed.

use crate::engine::check::{Checked, Committed, check_order, target_index};
use crate::engine::news::target_name;
use crate::engine::report::{Slot, slot_label, slot_value};
use crate::engine::umpire::{self, Intervention, Ruling};
use crate::engine::{Answer, FactionOrders, GameState, Order, Pending, PendingKind, Response, TurnOrders};
use crate::i18n::Lang;
use crate::save::{self, Loaded, Seat};
use crate::scenario::Scenario;
use crate::scenario::expr::EntityKind;
use crate::tr;
use crate::tui::app::{ProposalForm, Purpose, Screen, Then, TurnScreen};
use crate::tui::session::Session;

/// A game re-played on a new version of its scenario.
#[derive(Debug)]
pub struct Rebased {
    /// The game: the new scenario, and a record that re-plays on it exactly.
    pub game: Loaded,
    /// What no longer fits the new version and was dropped, one sentence
    /// each, in the order of the turns.
    pub notes: Vec<String>,
}

/// Re-plays `old` on `new` up to the same turn (or to the new version's end),
/// dropping what no longer fits, named in `lang`; see [`Rebased`].
pub fn rebase(lang: Lang, old: &Loaded, new: Scenario) -> Rebased {
    let mut notes: Vec<(u32, String)> = Vec::new();
    let (save, rulings) = carry_record(lang, old, &new, &mut notes);
    let mut game = Loaded { save, scenario: new };
    let (replayed, turn_notes) = fit_turns(lang, old, &mut game, &rulings);
    let (played, recorded) = (replayed.reports.len(), game.save.turns.len());
    if played < recorded {
        let last = u32::try_from(played).unwrap_or(u32::MAX);
        let gone = recorded - played;
        notes.push((last, tr!(lang, "screen-rebase-ends", count = gone, turn = last)));
        game.save.turns.truncate(played);
    }
    notes.extend(turn_notes.into_iter().take(played).flatten());
    // This turn's rulings, on the state they were made on.
    let current = replayed.openings.last().unwrap_or(&replayed.state);
    let pending = std::mem::take(&mut game.save.pending_rulings);
    game.save.pending_rulings = applicable(lang, &game.scenario, current, &pending, &mut notes);
    // The record's reports and state are the re-play's, without the dropped orders.
    let clean = save::replay_game(&game);
    for (record, report) in game.save.turns.iter_mut().zip(clean.reports) {
        record.report = report;
    }
    game.save.state = clean.state;
    notes.sort_by_key(|(turn, _)| *turn);
    Rebased { game, notes: notes.into_iter().map(|(_, text)| text).collect() }
}

/// The record of `old` for `new`, before anything is played again: the new
/// scenario's text, the seats of its playable factions, and the umpire's
/// rulings carried over by id (they name values by index). Returns it with
/// each resolved turn's carried rulings.
fn carry_record(
    lang: Lang,
    old: &Loaded,
    new: &Scenario,
    notes: &mut Vec<(u32, String)>,
) -> (save::Save, Vec<Vec<Ruling>>) {
    let v = Versions { old: &old.scenario, new, lang };
    let mut save = old.save.clone();
    save.scenario = new.source.as_str().into();
    save.variant = new.variant.clone();
    save.seats = v.seats(&old.save.seats, notes);
    let rulings: Vec<Vec<Ruling>> = save.turns.iter().map(|t| v.rulings(&t.rulings, notes)).collect();
    for (record, carried) in save.turns.iter_mut().zip(&rulings) {
        record.rulings.clone_from(carried);
    }
    save.pending_rulings = v.rulings(&save.pending_rulings, notes);
    for undone in &mut save.undone {
        undone.record.rulings = v.rulings(&undone.record.rulings, notes);
        undone.dropped_rulings = v.rulings(&undone.dropped_rulings, notes);
    }
    (save, rulings)
}

/// Fits every recorded turn of `old` to the new version in `game`, from the
/// state each turn resolves from there: its orders and answers (from the old
/// record), and its `rulings` that still apply. Returns the last re-play and
/// what each turn dropped.
///
/// An answer names its question by a number given when it was asked: when
/// the new version asks questions in another order, the answers move to
/// their questions, and what follows is played again; each pass settles at
/// least one more turn. Dropping an order or a ruling changes nothing the
/// re-play does (the engine refuses and skips them the same way), so those
/// need no new pass.
fn fit_turns(
    lang: Lang,
    old: &Loaded,
    game: &mut Loaded,
    rulings: &[Vec<Ruling>],
) -> (save::Replayed, Vec<Vec<(u32, String)>>) {
    let before = save::replay_game(old);
    let mut dropped: Vec<Vec<(u32, String)>> = vec![Vec::new(); rulings.len()];
    let mut settled = 0;
    loop {
        let replayed = save::replay_game(game);
        let v = Versions { old: &old.scenario, new: &game.scenario, lang };
        let mut moved = false;
        for t in settled..replayed.ruled.len() {
            let (Some(record), Some(recorded), Some(said)) =
                (game.save.turns.get_mut(t), old.save.turns.get(t), dropped.get_mut(t))
            else {
                break;
            };
            let (Some(was), Some(now), Some(opening)) =
                (before.ruled.get(t), replayed.ruled.get(t), replayed.openings.get(t))
            else {
                break;
            };
            said.clear();
            let orders = v.turn_orders(&recorded.orders, (was, now), said);
            moved = answers(&orders) != answers(&record.orders);
            record.orders = orders;
            let carried = rulings.get(t).map_or(&[][..], Vec::as_slice);
            record.rulings = applicable(lang, &game.scenario, opening, carried, said);
            if moved {
                settled = t + 1;
                break;
            }
        }
        if !moved {
            return (replayed, dropped);
        }
    }
}

/// A game in progress carried over to `new`: re-played up to its turn, with
/// the orders of the teams that have confirmed this turn still given when
/// they fit. Returns the game and what was dropped, in `lang`.
pub fn session(lang: Lang, old: &Session, new: Scenario) -> (Session, Vec<String>) {
    let loaded = Loaded { save: old.record.clone(), scenario: (*old.scenario).clone() };
    let Rebased { game, mut notes } = rebase(lang, &loaded, new);
    let mut session = Session::resume(game);
    let same_turn = session.state.turn == old.state.turn && !session.state.is_over() && !old.state.is_over();
    if same_turn {
        let v = Versions { old: &old.scenario, new: &session.scenario, lang };
        let mut said = Vec::new();
        let mut confirmed = Vec::new();
        for f in old.humans().into_iter().filter(|f| !old.waiting.contains(f)) {
            let Some(id) = old.scenario.factions.get(f).map(|d| d.id.clone()) else { continue };
            let (Some(now), Some(given)) = (v.faction(f), old.orders.of(&id)) else { continue };
            confirmed.push((now, v.faction_orders(&id, given, (&old.state, &session.state), &mut said)));
        }
        for (faction, orders) in confirmed {
            if session.waiting.contains(&faction) {
                session.submit(faction, orders);
            }
        }
        notes.extend(said.into_iter().map(|(_, text)| text));
    }
    (session, notes)
}

/// The screen to go on with after `old` became `new`: the same screen, its
/// faction, rows and queued orders carried over by id (orders that no longer
/// fit are dropped and named in `notes`); `None` when it no longer makes
/// sense (its team is gone or has confirmed, the game's end moved). Notes are in `lang`.
pub fn screen(lang: Lang, shown: Screen, old: &Session, new: &Session, notes: &mut Vec<String>) -> Option<Screen> {
    let v = Versions { old: &old.scenario, new: &new.scenario, lang };
    let same_turn = new.state.turn == old.state.turn && new.state.is_over() == old.state.is_over();
    let waiting = |f: usize| v.faction(f).filter(|f| new.waiting.contains(f));
    // The game screen under a chart, umpire or projector screen.
    let carried = |back: Box<Screen>, notes: &mut Vec<String>| screen(lang, *back, old, new, notes).map(Box::new);
    Some(match shown {
        Screen::Turn(t) if same_turn => {
            let faction = waiting(t.faction)?;
            let id = old.scenario.factions.get(t.faction).map_or("", |d| d.id.as_str());
            let mut said = Vec::new();
            let draft = v.faction_orders(id, &t.draft, (&old.state, &new.state), &mut said);
            notes.extend(said.into_iter().map(|(_, text)| text));
            let last = |n: usize| n.saturating_sub(1);
            Screen::Turn(TurnScreen {
                faction,
                draft,
                picker: None,
                confirming: false,
                region: t.region.min(last(new.scenario.regions.len())),
                map_var: t.map_var.min(last(new.scenario.region_vars.len())),
                ..t
            })
        }
        Screen::Handover { faction, then } if same_turn => {
            let faction = match then {
                Then::Turn => waiting(faction)?,
                Then::Briefing => v.faction(faction).filter(|f| new.humans().contains(f))?,
            };
            Screen::Handover { faction, then }
        }
        Screen::Briefing { faction, scroll } if same_turn => {
            Screen::Briefing { faction: v.faction(faction).filter(|f| new.humans().contains(f))?, scroll }
        }
        Screen::Resolution { scroll } if same_turn && new.last_report().is_some() => Screen::Resolution { scroll },
        Screen::Debrief { scroll } if new.state.is_over() => Screen::Debrief { scroll },
        Screen::History { series, line, back } => {
            let back = carried(back, notes)?;
            let charts = crate::tui::screens::history::series(new, lang);
            let lines = charts.get(series).map_or(0, |(_, lines)| lines.len());
            let series = if series < charts.len() { series } else { 0 };
            Screen::History { series, line: if line < lines { line } else { 0 }, back }
        }
        Screen::Umpire { tab, cursor, scroll, back } => {
            Screen::Umpire { tab, cursor, scroll, back: carried(back, notes)? }
        }
        Screen::Projector { back } => Screen::Projector { back: carried(back, notes)? },
        _ => return None,
    })
}

/// An umpire's question still open, carried over to the new version (its
/// value or intervention matched by id); `None` when what it is about is gone.
pub fn purpose(old: &Scenario, new: &Scenario, purpose: Purpose) -> Option<Purpose> {
    let v = Versions::by_id(old, new);
    Some(match purpose {
        Purpose::Value(slot) => Purpose::Value(v.slot(slot)?),
        Purpose::Change { success, slot } => Purpose::Change { success, slot: v.slot(slot)? },
        Purpose::Reason(intervention) => {
            let asked = Ruling { turn: 0, intervention, reason: String::new() };
            Purpose::Reason(v.ruling(&asked).ok()?.intervention)
        }
        other => other,
    })
}

/// The umpire's proposal form carried over to the new version: its team,
/// and the changes whose values the new version still has; `None` when the team is gone.
pub fn form(old: &Scenario, new: &Scenario, mut form: ProposalForm) -> Option<ProposalForm> {
    let v = Versions::by_id(old, new);
    form.faction = v.faction(form.faction)?;
    for changes in [&mut form.on_success, &mut form.on_failure] {
        *changes = changes.iter().filter_map(|&(slot, delta)| Some((v.slot(slot)?, delta))).collect();
    }
    Some(form)
}

/// A faction of the old version, in the new one (by id).
pub fn faction(old: &Scenario, new: &Scenario, faction: usize) -> Option<usize> {
    Versions::by_id(old, new).faction(faction)
}

/// The version a game was played on and the one it is played on now, and
/// the language to name what was dropped in.
#[derive(Clone, Copy)]
struct Versions<'a> {
    old: &'a Scenario,
    new: &'a Scenario,
    lang: Lang,
}

impl<'a> Versions<'a> {
    /// Matching by id alone: what no longer fits is left out, never named.
    fn by_id(old: &'a Scenario, new: &'a Scenario) -> Self {
        Versions { old, new, lang: Lang::En }
    }

    fn faction(&self, f: usize) -> Option<usize> {
        self.new.faction_index(&self.old.factions.get(f)?.id)
    }

    fn entity(&self, kind: EntityKind, id: Option<&String>) -> Option<usize> {
        self.new.entity_index(kind, id?)
    }

    /// A value of the old version, in the new one.
    fn slot(&self, slot: Slot) -> Option<Slot> {
        let (old, new) = (self.old, self.new);
        let region = |r: usize| self.entity(EntityKind::Region, old.regions.get(r).map(|x| &x.id));
        let route = |r: usize| self.entity(EntityKind::Route, old.routes.get(r).map(|x| &x.id));
        let by_id = |ids: Vec<&str>, id: Option<&str>| ids.iter().position(|x| Some(*x) == id);
        Some(match slot {
            Slot::FactionVar(f, var) => {
                let id = old.faction_vars.get(var).map(|d| d.id.as_str());
                Slot::FactionVar(self.faction(f)?, by_id(new.faction_vars.iter().map(|d| d.id.as_str()).collect(), id)?)
            }
            Slot::RegionVar(r, var) => {
                let id = old.region_vars.get(var).map(|d| d.id.as_str());
                Slot::RegionVar(region(r)?, by_id(new.region_vars.iter().map(|d| d.id.as_str()).collect(), id)?)
            }
            Slot::Route(r, field) => Slot::Route(route(r)?, field),
            Slot::RouteOpen(r) => Slot::RouteOpen(route(r)?),
            Slot::Flag(i) => {
                let id = old.flags.get(i).map(|d| d.id.as_str());
                Slot::Flag(by_id(new.flags.iter().map(|d| d.id.as_str()).collect(), id)?)
            }
            Slot::Relation(a, b) => Slot::Relation(self.faction(a)?, self.faction(b)?),
        })
    }

    /// The seats of the factions still playable, and a team for each new playable faction.
    fn seats(&self, seats: &[(String, Seat)], notes: &mut Vec<(u32, String)>) -> Vec<(String, Seat)> {
        let playable =
            |id: &str| self.new.faction_index(id).and_then(|f| self.new.factions.get(f)).filter(|f| f.playable);
        for (id, _) in seats.iter().filter(|(id, _)| playable(id).is_none()) {
            let name =
                self.old.faction_index(id).and_then(|f| self.old.factions.get(f)).map_or(id.as_str(), |f| &f.name);
            notes.push((0, tr!(self.lang, "screen-rebase-not-playable", team = name)));
        }
        let mut kept = Vec::new();
        for def in self.new.factions.iter().filter(|f| f.playable) {
            match seats.iter().find(|(id, _)| *id == def.id) {
                Some(seat) => kept.push(seat.clone()),
                None => {
                    notes.push((0, tr!(self.lang, "screen-rebase-new-playable", team = def.name.as_str())));
                    kept.push((def.id.clone(), Seat::Human));
                }
            }
        }
        kept
    }

    /// The rulings whose values, events and teams the new version still has, carried over by id.
    fn rulings(&self, rulings: &[Ruling], notes: &mut Vec<(u32, String)>) -> Vec<Ruling> {
        let mut kept = Vec::new();
        for r in rulings {
            match self.ruling(r) {
                Ok(carried) => kept.push(carried),
                Err(why) => notes.push((r.turn, ruling_note(self.lang, self.old, r, &why))),
            }
        }
        kept
    }

    fn ruling(&self, r: &Ruling) -> Result<Ruling, String> {
        let lang = self.lang;
        let gone = || tr!(lang, "screen-rebase-value-gone");
        let intervention = match &r.intervention {
            Intervention::Set { slot, value } => {
                Intervention::Set { slot: self.slot(*slot).ok_or_else(gone)?, value: *value }
            }
            Intervention::Inject { event } if !self.new.events.iter().any(|e| &e.id == event) => {
                return Err(tr!(lang, "screen-rebase-event-gone"));
            }
            Intervention::Proposal { faction, proposal, chance, on_success, on_failure } => {
                let carry = |changes: &[(Slot, i64)]| -> Result<Vec<(Slot, i64)>, String> {
                    changes.iter().map(|&(s, d)| self.slot(s).map(|s| (s, d)).ok_or_else(gone)).collect()
                };
                Intervention::Proposal {
                    faction: self.faction(*faction).ok_or_else(|| tr!(lang, "screen-rebase-team-gone"))?,
                    proposal: proposal.clone(),
                    chance: *chance,
                    on_success: carry(on_success)?,
                    on_failure: carry(on_failure)?,
                }
            }
            other => other.clone(),
        };
        Ok(Ruling { intervention, ..r.clone() })
    }

    /// One turn's orders and answers that still fit, from the state the turn
    /// was resolved from in the old game (`was`) and in the new one (`now`).
    fn turn_orders(
        &self,
        given: &TurnOrders,
        states: (&GameState, &GameState),
        notes: &mut Vec<(u32, String)>,
    ) -> TurnOrders {
        let mut kept = TurnOrders::default();
        for (id, orders) in &given.0 {
            let fitted = self.faction_orders(id, orders, states, notes);
            if self.new.faction_index(id).is_some() {
                kept.set(id.clone(), fitted);
            }
        }
        kept
    }

    /// A faction's orders (in queue order, each checked as the engine checks
    /// it after those kept before it) and answers that still fit.
    fn faction_orders(
        &self,
        id: &str,
        given: &FactionOrders,
        (was, now): (&GameState, &GameState),
        notes: &mut Vec<(u32, String)>,
    ) -> FactionOrders {
        let turn = now.turn;
        let old_faction = self.old.faction_index(id);
        let name = old_faction.and_then(|f| self.old.factions.get(f)).map_or(id, |f| f.name.as_str()).to_string();
        let mut kept = FactionOrders::default();
        let mut committed = Committed::default();
        for order in &given.orders {
            let checked = match self.new.faction_index(id) {
                None => Err(tr!(self.lang, "screen-rebase-gone", name = name.as_str())),
                Some(f) => self.order_fits(f, order, now, &committed),
            };
            match checked {
                Ok(checked) => {
                    if let Some(def) = self.new.actions.get(checked.action) {
                        committed.add(def, checked.action, checked.target);
                    }
                    kept.orders.push(order.clone());
                }
                Err(why) => notes.push((turn, self.order_note(turn, &name, order, &why))),
            }
        }
        for answer in &given.answers {
            // An answer to nothing in the old game changed nothing there either.
            let Some(asked) = was.pending.iter().find(|p| p.id == answer.pending) else { continue };
            match self.answer(asked, answer, (was, now)) {
                Ok(carried) => kept.answers.push(carried),
                Err(why) => notes.push((turn, self.answer_note(turn, &name, asked, &why))),
            }
        }
        kept
    }

    /// Whether an order still fits: its action and target still exist and the engine allows it.
    fn order_fits(
        &self,
        faction: usize,
        order: &Order,
        now: &GameState,
        committed: &Committed,
    ) -> Result<Checked, String> {
        let Some(def) = self.new.action_index(&order.action).and_then(|a| self.new.actions.get(a)) else {
            return Err(tr!(self.lang, "screen-rebase-action-gone"));
        };
        if let Some(target) = &order.target {
            let old_def = self.old.action_index(&order.action).and_then(|a| self.old.actions.get(a));
            let name = old_def.and_then(|d| target_name(self.old, d, target_index(self.old, d.target, target)));
            let name = name.unwrap_or_else(|| target.clone());
            if !self.new.entity_ids.contains_key(target) {
                return Err(tr!(self.lang, "screen-rebase-gone", name = name));
            }
            if target_index(self.new, def.target, target).is_none() {
                return Err(tr!(self.lang, "screen-rebase-cannot-aim", target = name));
            }
        }
        check_order(self.new, now, faction, order, committed)
    }

    /// An answer carried to the same question in the new game: the same
    /// proposal (action and proposing faction) or event choice, asked of
    /// the same faction (the n-th of its kind if it was asked several times).
    fn answer(&self, asked: &Pending, answer: &Answer, (was, now): (&GameState, &GameState)) -> Result<Answer, String> {
        let key_old = key(self.old, asked);
        let nth = was.pending.iter().take_while(|p| p.id != asked.id).filter(|p| key(self.old, p) == key_old).count();
        let same = now.pending.iter().filter(|p| key(self.new, p) == key_old).nth(nth);
        let Some(same) = same else {
            return Err(match asked.kind {
                PendingKind::Proposal { .. } => tr!(self.lang, "screen-rebase-proposal-gone"),
                PendingKind::Choice { .. } => tr!(self.lang, "screen-rebase-choice-gone"),
            });
        };
        if let (Response::Choose(option), PendingKind::Choice { event }) = (&answer.response, &same.kind) {
            let options = self.new.events.get(*event).and_then(|e| e.choice.as_ref()).map(|c| &c.options);
            if !options.is_some_and(|o| o.iter().any(|o| &o.id == option)) {
                let label = self.option_label(asked, option);
                return Err(tr!(self.lang, "screen-rebase-option-gone", option = label));
            }
        }
        Ok(Answer { pending: same.id, response: answer.response.clone() })
    }

    fn option_label(&self, asked: &Pending, option: &str) -> String {
        let PendingKind::Choice { event } = asked.kind else { return option.to_string() };
        let options = self.old.events.get(event).and_then(|e| e.choice.as_ref()).map(|c| c.options.as_slice());
        options.unwrap_or_default().iter().find(|o| o.id == option).map_or(option, |o| o.label.as_str()).to_string()
    }

    /// "Turn 1: Kesh's order “Ration fuel” (Kesh City) was dropped: the action is no longer in the scenario."
    fn order_note(&self, turn: u32, faction: &str, order: &Order, why: &str) -> String {
        let def = self.old.action_index(&order.action).and_then(|a| self.old.actions.get(a));
        let action = def.map_or(order.action.as_str(), |d| d.name.as_str());
        let target = def.and_then(|d| {
            target_name(self.old, d, order.target.as_deref().and_then(|t| target_index(self.old, d.target, t)))
        });
        let lang = self.lang;
        match target.or_else(|| order.target.clone()) {
            Some(target) => tr!(
                lang,
                "screen-rebase-order-on",
                turn = turn,
                team = faction,
                action = action,
                target = target,
                reason = why
            ),
            None => tr!(lang, "screen-rebase-order", turn = turn, team = faction, action = action, reason = why),
        }
    }

    /// "Turn 2: Kesh's answer to Oru's proposal “Propose a supply deal” was dropped: …"
    fn answer_note(&self, turn: u32, faction: &str, asked: &Pending, why: &str) -> String {
        let old = self.old;
        match asked.kind {
            PendingKind::Proposal { action, from } => {
                let action = old.actions.get(action).map_or("?", |a| a.name.as_str());
                let from = old.factions.get(from).map_or("?", |f| f.name.as_str());
                let lang = self.lang;
                tr!(
                    lang,
                    "screen-rebase-answer",
                    turn = turn,
                    team = faction,
                    from = from,
                    action = action,
                    reason = why
                )
            }
            PendingKind::Choice { event } => {
                let event = old.events.get(event).map_or("?", |e| e.title.as_str());
                tr!(self.lang, "screen-rebase-choice", turn = turn, team = faction, event = event, reason = why)
            }
        }
    }
}

/// What a pending question asks, by ids, so that the same question can be
/// found in another version: who answers, and the proposal or the event.
fn key<'a>(scn: &'a Scenario, p: &Pending) -> (Option<&'a str>, Option<&'a str>, Option<&'a str>) {
    let faction = |f: usize| scn.factions.get(f).map(|d| d.id.as_str());
    match p.kind {
        PendingKind::Proposal { action, from } => {
            (faction(p.faction), scn.actions.get(action).map(|a| a.id.as_str()), faction(from))
        }
        PendingKind::Choice { event } => (faction(p.faction), scn.events.get(event).map(|e| e.id.as_str()), None),
    }
}

/// Every faction's answers, to see whether a turn's answers moved.
fn answers(orders: &TurnOrders) -> Vec<(&String, &Vec<Answer>)> {
    orders.0.iter().map(|(id, o)| (id, &o.answers)).collect()
}

/// The rulings that still apply, in order, from the state they were made on
/// (as the re-play applies them; a ruling that fails there is skipped by it too).
fn applicable(
    lang: Lang,
    scn: &Scenario,
    from: &GameState,
    rulings: &[Ruling],
    notes: &mut Vec<(u32, String)>,
) -> Vec<Ruling> {
    let mut state = from.clone();
    let mut kept = Vec::new();
    for r in rulings {
        match umpire::apply(scn, &mut state, r) {
            Ok(_) => kept.push(r.clone()),
            Err(why) => notes.push((r.turn, ruling_note(lang, scn, r, &why))),
        }
    }
    kept
}

/// A dropped ruling in a sentence, named in the version whose indices it holds.
fn ruling_note(lang: Lang, scn: &Scenario, r: &Ruling, why: &str) -> String {
    let turn = r.turn;
    match &r.intervention {
        Intervention::Set { slot, value } => {
            let (label, to) = (slot_label(scn, *slot), slot_value(scn, *slot, *value));
            tr!(lang, "screen-rebase-ruling-set", turn = turn, value = label, to = to, reason = why)
        }
        Intervention::Inject { event } => {
            let title = scn.events.iter().find(|e| &e.id == event).map_or(event.as_str(), |e| e.title.as_str());
            tr!(lang, "screen-rebase-ruling-event", turn = turn, event = title, reason = why)
        }
        Intervention::News { .. } => tr!(lang, "screen-rebase-ruling-news", turn = turn, reason = why),
        Intervention::EndGame => tr!(lang, "screen-rebase-ruling-end", turn = turn, reason = why),
        Intervention::Proposal { faction, proposal, .. } => {
            let team = scn.factions.get(*faction).map_or("?", |f| f.name.as_str());
            let proposal = proposal.as_str();
            tr!(lang, "screen-rebase-ruling-proposal", turn = turn, team = team, proposal = proposal, reason = why)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{new_game, resolve_turn};
    use crate::scenario::TUTORIAL;

    /// The tutorial with `edits` made to its text (each must apply).
    fn tutorial(edits: &[(&str, &str)]) -> Scenario {
        let mut text = TUTORIAL.to_string();
        for (from, to) in edits {
            assert!(text.contains(from), "the tutorial holds {from:?}");
            text = text.replacen(from, to, 1);
        }
        let loaded = crate::scenario::load("tutorial.ron", text.as_bytes());
        loaded.scenario.unwrap_or_else(|| panic!("the edited tutorial loads: {:?}", loaded.diagnostics))
    }

    /// A game of the tutorial played turn by turn, every playable faction a team.
    struct Game {
        loaded: Loaded,
        state: GameState,
    }

    impl Game {
        fn new(scenario: Scenario) -> Self {
            let seats = scenario.factions.iter().filter(|f| f.playable).map(|f| (f.id.clone(), Seat::Human)).collect();
            let save = save::Save::new("tutorial.ron", &scenario, 7, seats, "2025-01-01 00:00:00".into());
            let state = save.state.clone();
            Game { loaded: Loaded { save, scenario }, state }
        }

        fn rule(&mut self, intervention: Intervention) {
            let ruling = Ruling { turn: self.state.turn, intervention, reason: "for the test".into() };
            umpire::apply(&self.loaded.scenario, &mut self.state, &ruling).expect("the ruling applies");
            self.loaded.save.pending_rulings.push(ruling);
            self.loaded.save.state = self.state.clone();
        }

        fn play(&mut self, orders: &[(&str, FactionOrders)]) {
            let mut given = TurnOrders::default();
            for (id, o) in orders {
                given.set(*id, o.clone());
            }
            let report = resolve_turn(&self.loaded.scenario, &mut self.state, &given);
            self.loaded.save.record(given, report, &self.state);
        }

        /// The question `faction` must answer now.
        fn asked(&self, faction: usize) -> u64 {
            self.state.pending.iter().find(|p| p.faction == faction).map(|p| p.id).expect("a question is pending")
        }
    }

    fn orders(list: &[Order]) -> FactionOrders {
        FactionOrders { orders: list.to_vec(), answers: Vec::new() }
    }

    const KESH: usize = 0;
    const PATROL: (&str, &str) =
        (r#"on_success: ["tarsa_south.security += 10"]"#, r#"on_success: ["tarsa_south.security += 30"]"#);

    fn two_turns() -> Game {
        let mut game = Game::new(tutorial(&[]));
        game.play(&[
            ("tarsa", orders(&[Order::new("patrol_border")])),
            ("kesh", orders(&[Order::at("ration_fuel", "kesh_north")])),
        ]);
        game.play(&[("tarsa", orders(&[Order::new("patrol_border")]))]);
        game
    }

    #[test]
    fn the_same_scenario_gives_the_same_game_and_drops_nothing() {
        let game = two_turns();
        let rebased = rebase(Lang::En, &game.loaded, tutorial(&[]));
        assert_eq!(rebased.notes, Vec::<String>::new());
        assert_eq!(rebased.game.save, game.loaded.save);
    }

    #[test]
    fn a_changed_effect_is_played_again_from_the_same_seed_and_orders() {
        let game = two_turns();
        let new = tutorial(&[PATROL]);
        let rebased = rebase(Lang::En, &game.loaded, new.clone());
        // The same orders played on the new version from the start, without the re-play.
        let mut state = new_game(&new, 7);
        for record in &game.loaded.save.turns {
            resolve_turn(&new, &mut state, &record.orders);
        }
        assert_eq!(rebased.game.save.state, state);
        assert_ne!(rebased.game.save.state, game.loaded.save.state, "the patrol now does more");
        assert_eq!(&*rebased.game.save.scenario, new.source);
        assert_eq!(save::replay(&rebased.game), Ok(2));
    }

    #[test]
    fn an_order_whose_action_was_removed_is_dropped_and_named() {
        let game = two_turns();
        let removed = (
            r#"id: "ration_fuel", name: "Ration fuel", category: Energy,"#,
            r#"id: "ration_fuel_gone", name: "Ration fuel", category: Energy,"#,
        );
        let asked = ("active(ration_fuel, kesh_north)", "active(ration_fuel_gone, kesh_north)");
        let rebased = rebase(Lang::En, &game.loaded, tutorial(&[removed, asked]));
        assert_eq!(
            rebased.notes,
            [
                "Turn 1: Kesh's order “Ration fuel” on Northern Kesh was dropped: the action is no longer in the scenario."
            ]
        );
        let kesh = rebased.game.save.turns[0].orders.of("kesh").expect("Kesh's entry stays");
        assert!(kesh.orders.is_empty());
        assert_eq!(rebased.game.save.turns[0].orders.of("tarsa"), game.loaded.save.turns[0].orders.of("tarsa"));
        assert_eq!(save::replay(&rebased.game), Ok(2), "the record re-plays exactly, without refusals");
    }

    #[test]
    fn an_order_no_longer_allowed_is_dropped_with_the_engines_reason() {
        let game = two_turns();
        let dearer =
            (r#"factions: ["tarsa"], cost: {"treasury": 10},"#, r#"factions: ["tarsa"], cost: {"treasury": 500},"#);
        let rebased = rebase(Lang::En, &game.loaded, tutorial(&[dearer]));
        assert_eq!(rebased.notes.len(), 2, "{:?}", rebased.notes);
        assert!(
            rebased.notes[0].starts_with("Turn 1: Tarsa's order “Patrol the border” was dropped: costs 500 Treasury"),
            "{:?}",
            rebased.notes
        );
        assert!(rebased.notes[1].starts_with("Turn 2: "), "{:?}", rebased.notes);
    }

    #[test]
    fn an_answer_follows_its_proposal_when_questions_are_numbered_differently() {
        let mut game = Game::new(tutorial(&[]));
        game.play(&[("oru", orders(&[Order::at("propose_supply_deal", "kesh")]))]);
        let asked = game.asked(KESH);
        let accept =
            FactionOrders { orders: Vec::new(), answers: vec![Answer { pending: asked, response: Response::Accept }] };
        game.play(&[("kesh", accept)]);
        let deal = game.loaded.scenario.flags.iter().position(|f| f.id == "supply_deal").expect("the deal's flag");
        assert!(game.state.flag(deal), "Kesh accepted");
        // The new version asks Tarsa a question at the start of turn 1: the proposal's number moves.
        let early = (
            "when: \"relation(kesh, tarsa) < -10 and turn >= 2\",\n            chance: \"50\",",
            "when: \"relation(kesh, tarsa) < -10\",\n            chance: \"100\",",
        );
        let rebased = rebase(Lang::En, &game.loaded, tutorial(&[early]));
        assert_eq!(rebased.notes, Vec::<String>::new());
        let answered = &rebased.game.save.turns[1].orders.of("kesh").expect("Kesh answered").answers;
        assert_ne!(answered[0].pending, asked, "the answer moved to the proposal's new number");
        assert!(rebased.game.save.state.flag(deal), "the deal is still accepted");
        assert_eq!(save::replay(&rebased.game), Ok(2));
    }

    #[test]
    fn an_answer_to_a_proposal_no_longer_made_is_dropped_and_named() {
        let mut game = Game::new(tutorial(&[]));
        game.play(&[("oru", orders(&[Order::at("propose_supply_deal", "kesh")]))]);
        let accept = FactionOrders {
            orders: Vec::new(),
            answers: vec![Answer { pending: game.asked(KESH), response: Response::Accept }],
        };
        game.play(&[("kesh", accept)]);
        let unasked = (r#"            consent: true,"#, r#"            consent: false,"#);
        let rebased = rebase(Lang::En, &game.loaded, tutorial(&[unasked]));
        assert_eq!(
            rebased.notes,
            [
                "Turn 2: Kesh's answer to Oru's proposal “Propose a supply deal” was dropped: the proposal is no longer made."
            ]
        );
        assert_eq!(save::replay(&rebased.game), Ok(2));
    }

    #[test]
    fn a_ruling_follows_its_value_by_id_and_one_on_a_removed_event_is_dropped() {
        let mut game = Game::new(tutorial(&[]));
        game.rule(Intervention::Set { slot: Slot::FactionVar(KESH, 0), value: 222 });
        game.rule(Intervention::Inject { event: "dust_storm".into() });
        game.play(&[]);
        // A new first faction value moves Treasury to index 1; the dust storm is gone.
        let edits = [
            (
                "faction: [\n",
                "faction: [\n            (id: \"morale\", name: \"Morale\", min: 0, max: 100, initial: 50),\n",
            ),
            (
                r#"id: "dust_storm", title: "Harmattan dust storm","#,
                r#"id: "dust_devil", title: "Harmattan dust storm","#,
            ),
        ];
        let rebased = rebase(Lang::En, &game.loaded, tutorial(&edits));
        assert_eq!(
            rebased.notes,
            [
                "Turn 1: the event “Harmattan dust storm” the umpire brought in was dropped: the event is no longer in the scenario."
            ]
        );
        let rulings = &rebased.game.save.turns[0].rulings;
        assert_eq!(rulings.len(), 1);
        assert_eq!(rulings[0].intervention, Intervention::Set { slot: Slot::FactionVar(KESH, 1), value: 222 });
        assert_eq!(save::replay(&rebased.game), Ok(1));
    }

    #[test]
    fn a_shorter_version_ends_the_game_where_it_now_ends() {
        let mut game = Game::new(tutorial(&[]));
        for _ in 0..5 {
            game.play(&[]);
        }
        let rebased = rebase(Lang::En, &game.loaded, tutorial(&[("turns: 6", "turns: 3")]));
        assert_eq!(
            rebased.notes,
            ["On the new version the game ends after turn 3: the 2 turns played after it are gone."]
        );
        assert!(rebased.game.save.state.is_over());
        assert_eq!(rebased.game.save.turns.len(), 3);
        assert_eq!(save::replay(&rebased.game), Ok(3));
    }

    #[test]
    fn seats_follow_the_playable_factions() {
        let game = two_turns();
        let rebased = rebase(Lang::En, &game.loaded, tutorial(&[("playable: false,", "playable: true,")]));
        assert_eq!(rebased.notes, ["Road bandits is a new playable faction: a team plays it."]);
        assert!(rebased.game.save.seats.contains(&("bandits".to_string(), Seat::Human)));
        assert_eq!(save::replay(&rebased.game), Ok(2));
    }
}
