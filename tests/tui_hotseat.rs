//! End-to-end tests of the terminal interface: whole hot-seat games driven
//! through `App::update`, drawing every frame with a `TestBackend` after
//! every action as the real loop does (the clickable areas of each frame go
//! back into `app.hits`, so clicks land where the player sees things).

mod common;

use harmattan::engine::Response;
use harmattan::engine::check::candidate_targets;
use harmattan::engine::news::target_name;
use harmattan::scenario::{Scenario, TUTORIAL};
use harmattan::tui::app::{App, Entry, Overlay, Screen, Tab, Then, TurnScreen, actions_in, committed};
use harmattan::tui::catalog::single;
use harmattan::tui::input::Action;
use harmattan::tui::session::Seat;
use harmattan::tui::theme::Theme;
use harmattan::tui::view;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use harmattan::engine::ai::AiKind;

const KESH: usize = 0;
const TARSA: usize = 1;
const ORU: usize = 2;

/// Sizes every frame of the full game is also drawn at.
const SIZES: [(u16, u16); 5] = [(1, 1), (10, 5), (79, 23), (80, 24), (200, 60)];

/// The tutorial, cut to `turns` turns; `detection` replaces the covert raid's `Secret("30")`.
fn tutorial_text(turns: u32, detection: Option<&str>) -> String {
    let text = TUTORIAL.replace("turns: 6", &format!("turns: {turns}"));
    assert_ne!(text, TUTORIAL, "the tutorial's calendar says `turns: 6`");
    // An order may not last longer than the game: the 3-turn convoy escort becomes a 1-turn one.
    let text = if turns < 3 { text.replace("duration: 3", "duration: 1") } else { text };
    match detection {
        Some(d) => {
            let edited = text.replace(r#"Secret("30")"#, &format!(r#"Secret("{d}")"#));
            assert_ne!(edited, text, "the covert raid is `Secret(\"30\")`");
            edited
        }
        None => text,
    }
}

fn catalog(text: &str) -> Vec<Entry> {
    let entries = single(harmattan::scenario::load("tutorial.ron", text.as_bytes()));
    assert!(entries[0].loaded.scenario.is_some(), "edited tutorial loads: {:?}", entries[0].loaded.diagnostics);
    entries
}

fn theme() -> Theme {
    Theme { colour: true }
}

/// A drawn frame: its text, one string per row, with the x of every cell.
struct Frame {
    rows: Vec<String>,
    /// For each row, the byte offset in the row string where each cell starts.
    cells: Vec<Vec<usize>>,
}

impl Frame {
    fn text(&self) -> String {
        self.rows.join("\n")
    }

    /// Every row joined and borders dropped, whitespace collapsed: finds words a wrap has split.
    fn flat(&self) -> String {
        let joined: String =
            self.rows.join(" ").chars().map(|c| if "│─┌┐└┘╭╮╰╯".contains(c) { ' ' } else { c }).collect();
        joined.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn contains(&self, needle: &str) -> bool {
        self.text().contains(needle) || self.flat().contains(needle)
    }

    /// Column and row of the first cell of `needle`.
    fn find(&self, needle: &str) -> Option<(u16, u16)> {
        self.rows.iter().enumerate().find_map(|(y, row)| {
            let at = row.find(needle)?;
            let x = self.cells[y].iter().position(|&start| start == at)?;
            Some((x as u16, y as u16))
        })
    }
}

fn render(app: &App, (w, h): (u16, u16)) -> (Frame, Vec<harmattan::tui::app::Hit>) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("a test backend always opens");
    let mut hits = Vec::new();
    terminal.draw(|f| hits = view::draw(app, f)).expect("drawing to a test backend cannot fail");
    let buffer = terminal.backend().buffer();
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    for y in 0..h {
        let mut row = String::new();
        let mut starts = Vec::new();
        for x in 0..w {
            starts.push(row.len());
            row.push_str(buffer[(x, y)].symbol());
        }
        rows.push(row);
        cells.push(starts);
    }
    (Frame { rows, cells }, hits)
}

/// Below 80×24 the interface shows only the request to enlarge (as much of it as fits).
fn assert_enlarge_message(frame: &Frame, (w, h): (u16, u16)) {
    let message = format!("Please enlarge the terminal to at least 80×24 (it is {w}×{h}).");
    let want: String = message.chars().filter(|c| !c.is_whitespace()).collect();
    let got: String = frame.rows.concat().chars().filter(|c| !c.is_whitespace()).collect();
    assert!(!got.is_empty() && want.starts_with(&got), "at {w}×{h}: {got:?} is not the enlarge message");
}

/// An app being played: every action is followed by drawing, as in the real loop.
struct Game {
    app: App,
    size: (u16, u16),
    /// Also draw every frame at [`SIZES`] (without keeping their hits).
    all_sizes: bool,
    frame: Frame,
}

impl Game {
    fn new(app: App) -> Self {
        let (frame, _) = render(&app, (80, 24));
        let mut game = Game { app, size: (80, 24), all_sizes: false, frame };
        game.draw();
        game
    }

    fn draw(&mut self) {
        if self.all_sizes {
            for size in SIZES {
                let (frame, _) = render(&self.app, size);
                if size.0 < 80 || size.1 < 24 {
                    assert_enlarge_message(&frame, size);
                }
            }
        }
        let (frame, hits) = render(&self.app, self.size);
        self.app.hits = hits;
        self.frame = frame;
    }

    fn press(&mut self, action: Action) -> &Frame {
        self.app.update(action);
        self.draw();
        &self.frame
    }

    fn keys(&mut self, actions: &[Action]) {
        for &a in actions {
            self.press(a);
        }
    }

    /// Clicks the first cell of `needle` on screen.
    fn click_text(&mut self, needle: &str) -> &Frame {
        let (x, y) = self.frame.find(needle).unwrap_or_else(|| panic!("{needle:?} on screen:\n{}", self.frame.text()));
        self.press(Action::Click(x, y))
    }

    fn scenario(&self) -> &Scenario {
        self.app.scenario().expect("a scenario is loaded")
    }

    fn turn(&self) -> &TurnScreen {
        match &self.app.screen {
            Screen::Turn(t) => t,
            other => panic!("expected a turn screen, got {other:?}\n{}", self.frame.text()),
        }
    }

    fn assert_screen(&self, what: &str, ok: bool) {
        assert!(ok, "expected {what}, got {:?}\n{}", self.app.screen, self.frame.text());
    }

    /// Enter on the hand-over for `faction`'s turn; checks the hand-over first.
    fn take_turn(&mut self, faction: usize) {
        self.assert_screen(
            "a hand-over",
            matches!(self.app.screen, Screen::Handover { faction: f, then: Then::Turn } if f == faction),
        );
        assert_handover_only(self, faction);
        self.press(Action::Select);
        assert_eq!(self.turn().faction, faction);
        assert_eq!(self.turn().tab, Tab::Overview);
    }

    /// Moves to the tab and row of `action` (by id) on the turn screen.
    fn go_to_action(&mut self, id: &str) -> usize {
        let faction = self.turn().faction;
        let scn = self.scenario();
        let a = scn.action_index(id).expect("the action exists");
        let def = &scn.actions[a];
        let (name, category) = (def.name.clone(), def.category);
        let row = actions_in(scn, faction, category).iter().position(|&x| x == a).expect("the faction may take it");
        let tab = Tab::ALL.iter().position(|t| *t == Tab::Actions(category)).expect("a tab per category");
        self.press(Action::Char(char::from(b'1' + tab as u8)));
        for _ in 0..row {
            self.press(Action::Down);
        }
        assert_eq!(self.turn().tab, Tab::Actions(category));
        assert_eq!(self.turn().cursor, row);
        assert!(self.frame.contains(&name), "{name} listed:\n{}", self.frame.text());
        a
    }

    /// Queues `id` (on the target named `target`) through the tabs and the target picker.
    fn queue(&mut self, id: &str, target: Option<&str>) {
        let a = self.go_to_action(id);
        let before = self.turn().draft.orders.len();
        self.press(Action::Select);
        if let Some(target) = target {
            let faction = self.turn().faction;
            let scn = self.scenario();
            let def = &scn.actions[a];
            let want = candidate_targets(scn, faction, def)
                .iter()
                .position(|&t| target_name(scn, def, t).as_deref() == Some(target))
                .expect("the target is a candidate");
            let title = format!("{}: choose a target", def.name);
            let Some((_, row)) = self.turn().picker else {
                // One possible target: Enter ordered it at once, without a picker, on that target.
                let order = self.turn().draft.orders.get(before).cloned();
                let on = order.and_then(|o| o.target).and_then(|id| {
                    harmattan::engine::check::target_index(scn, def.target, &id)
                        .and_then(|i| target_name(scn, def, Some(i)))
                });
                assert_eq!(on.as_deref(), Some(target), "the only target was ordered:\n{}", self.frame.text());
                let _ = want;
                let t = self.turn();
                assert_eq!(t.draft.orders.len(), before + 1, "{id} queued at once:\n{}", self.frame.text());
                self.assert_ap_kept();
                return;
            };
            assert!(self.frame.contains(&title), "picker shown:\n{}", self.frame.text());
            assert!(self.frame.contains(target), "{target} offered:\n{}", self.frame.text());
            let step = if want > row { Action::Down } else { Action::Up };
            for _ in 0..want.abs_diff(row) {
                self.press(step);
            }
            assert_eq!(self.turn().picker, Some((a, want)));
            self.press(Action::Select);
            assert_eq!(self.turn().picker, None, "Enter on an available target closes the picker");
        }
        let t = self.turn();
        assert_eq!(t.draft.orders.len(), before + 1, "{id} queued:\n{}", self.frame.text());
        assert_eq!(t.draft.orders[before].action, id);
        self.assert_ap_kept();
    }

    /// `c`, and `y` when the screen asks because action points are left or a proposal is unanswered.
    fn confirm(&mut self) {
        self.press(Action::Char('c'));
        if matches!(&self.app.screen, Screen::Turn(t) if t.confirming) {
            assert!(self.frame.contains("Confirm anyway?"), "the question is on screen:\n{}", self.frame.text());
            self.press(Action::Char('y'));
        }
    }

    fn assert_ap_kept(&self) {
        if let (Screen::Turn(t), Some(session)) = (&self.app.screen, &self.app.session) {
            let limit = session.scenario.factions[t.faction].action_points;
            let used = committed(session, t.faction, &t.draft).ap;
            assert!(used <= limit, "{used} action points used of {limit}");
        }
    }

    /// Every screen a team can reach during its turn, drawn and returned (the draft left empty).
    fn tour(&mut self) -> Vec<Frame> {
        let mut frames = Vec::new();
        let mut keep = |g: &mut Game, a: Action| {
            g.press(a);
            let (f, _) = render(&g.app, g.size);
            frames.push(f);
            let (f, _) = render(&g.app, (200, 60));
            frames.push(f);
        };
        keep(self, Action::Help);
        keep(self, Action::Back);
        for tab in ['1', '2', '3', '4', '5'] {
            keep(self, Action::Char(tab));
            keep(self, Action::Help);
            keep(self, Action::Back);
            for _ in 0..4 {
                keep(self, Action::Down);
                // Open the picker where there is one, look, close it.
                let picker = matches!(self.turn().tab, Tab::Actions(_));
                if picker {
                    keep(self, Action::Select);
                    if self.turn().picker.is_some() {
                        keep(self, Action::Down);
                        keep(self, Action::Help);
                        keep(self, Action::Back);
                        keep(self, Action::Back);
                    } else {
                        self.turn_clear_draft();
                    }
                }
            }
        }
        keep(self, Action::Char('g'));
        keep(self, Action::Down);
        keep(self, Action::Back);
        keep(self, Action::Char('1'));
        frames
    }

    /// Removes everything queued, through the decisions tab.
    fn turn_clear_draft(&mut self) {
        let (tab, cursor) = (self.turn().tab, self.turn().cursor);
        if self.turn().draft.orders.is_empty() {
            return;
        }
        self.press(Action::Char('5'));
        let pending = self
            .app
            .session
            .as_ref()
            .map_or(0, |s| s.state.pending.iter().filter(|p| p.faction == self.turn().faction).count());
        while !self.turn().draft.orders.is_empty() {
            while self.turn().cursor < pending {
                self.press(Action::Down);
            }
            self.press(Action::Char('x'));
        }
        let digit = char::from(b'1' + tab.index() as u8);
        self.press(Action::Char(digit));
        for _ in 0..cursor {
            self.press(Action::Down);
        }
    }
}

/// The hand-over shows the pass-to message and nothing else.
fn assert_handover_only(game: &Game, faction: usize) {
    let scn = game.scenario();
    let name = &scn.factions[faction].name;
    let turn = game.app.session.as_ref().map_or(1, |s| s.state.turn);
    let Screen::Handover { then, .. } = game.app.screen else { panic!("not a hand-over") };
    let what = match then {
        Then::Briefing => "to read your private briefing",
        Then::Turn => "to give your orders for this turn",
    };
    let (rows, bar) = game.frame.rows.split_at(game.frame.rows.len() - 1);
    let body = Frame { rows: rows.to_vec(), cells: Vec::new() }.flat();
    let expected = format!(
        "Pass the keyboard to {name} Team {name}: press Enter {what}. Other teams, please look away. Turn {turn}"
    );
    assert_eq!(body, expected, "the hand-over shows only its message");
    let keys = bar[0].split_whitespace().collect::<Vec<_>>().join(" ");
    let enter = if then == Then::Briefing { "show the briefing" } else { "start the turn" };
    assert_eq!(keys, format!("? help q quit Enter {enter}"));
}

fn three_teams(text: &str) -> Game {
    Game::new(App::new(catalog(text), theme()))
}

/// Title → seats → the three briefings, each behind a hand-over; ends on Kesh's first hand-over.
fn through_briefings(game: &mut Game) {
    game.assert_screen("the title", matches!(game.app.screen, Screen::Title { .. }));
    assert!(game.frame.contains("The Salt Road"), "title lists the scenario:\n{}", game.frame.text());
    game.press(Action::Select);
    game.assert_screen("the seats", matches!(game.app.screen, Screen::Seats));
    for name in ["Kesh", "Tarsa", "Oru", "Road bandits"] {
        assert!(game.frame.contains(name), "{name} seated:\n{}", game.frame.text());
    }
    assert!(game.frame.contains("3 teams will play"));
    // Down to "Start the game", then Enter.
    for _ in 0..5 {
        game.press(Action::Down);
    }
    assert!(game.frame.contains("▶ [ Start the game ]"), "{}", game.frame.text());
    game.press(Action::Select);
    for (faction, other) in [(KESH, None), (TARSA, Some(KESH)), (ORU, Some(TARSA))] {
        game.assert_screen(
            "a briefing hand-over",
            matches!(game.app.screen, Screen::Handover { faction: f, then: Then::Briefing } if f == faction),
        );
        assert_handover_only(game, faction);
        if let Some(other) = other {
            let briefing = game.scenario().factions[other].briefing.clone();
            assert!(!game.frame.contains(&briefing[..30]), "previous briefing hidden");
        }
        game.press(Action::Select);
        let def = &game.scenario().factions[faction];
        let (name, opening) = (def.name.clone(), def.briefing[..30].to_string());
        assert!(game.frame.contains(&format!("Private briefing — {name}")), "{}", game.frame.text());
        assert!(game.frame.contains(&opening), "briefing text shown:\n{}", game.frame.text());
        game.keys(&[Action::Down, Action::ScrollDown, Action::ScrollUp, Action::Up]);
        game.press(Action::Select);
    }
}

/// Names of actions `faction` may take (a leak test cannot forbid a name the team sees in its own list).
fn own_action_names(scn: &Scenario, faction: usize) -> Vec<String> {
    scn.actions.iter().filter(|a| a.factions.contains(&faction)).map(|a| a.name.clone()).collect()
}

fn assert_hidden(frames: &[Frame], viewer: usize, scn: &Scenario, secrets: &[&str], who: &str) {
    let own = own_action_names(scn, viewer);
    for secret in secrets.iter().filter(|s| !own.iter().any(|o| o == *s)) {
        for f in frames {
            assert!(!f.contains(secret), "{who}'s {secret:?} shown to {}:\n{}", scn.factions[viewer].name, f.text());
        }
    }
}

#[test]
fn three_teams_play_a_two_turn_hot_seat_game_to_the_debrief() {
    let mut game = three_teams(&tutorial_text(2, Some("0")));
    game.all_sizes = true;
    through_briefings(&mut game);

    // Turn 1, Kesh: a secret raid and rationing in the north.
    game.take_turn(KESH);
    assert!(game.frame.contains("Kesh") && game.frame.contains("Turn 1 of 2"), "{}", game.frame.text());
    assert!(game.frame.contains("2 of 2 action points left"));
    game.queue("covert_raid", None);
    assert!(game.frame.contains("Secret: others find out with 0% chance."), "{}", game.frame.text());
    game.queue("ration_fuel", Some("Northern Kesh"));
    assert!(game.frame.contains("0 of 2 action points left"), "{}", game.frame.text());
    game.press(Action::Char('5'));
    assert!(game.frame.contains("• Covert raid on bandits"), "{}", game.frame.text());
    assert!(game.frame.contains("• Ration fuel → Northern Kesh"), "{}", game.frame.text());
    game.confirm();

    // Tarsa closes the Salt Road and patrols; Kesh's orders are nowhere to be seen.
    let scn = game.scenario().clone();
    let kesh_secrets = ["Covert raid on bandits", "Ration fuel", &scn.factions[KESH].briefing[..40]];
    let handover = render(&game.app, (80, 24)).0;
    game.take_turn(TARSA);
    let mut frames = game.tour();
    frames.push(handover);
    assert_hidden(&frames, TARSA, &scn, &kesh_secrets, "Kesh");
    game.queue("tighten_border_trade", Some("The Salt Road"));
    game.queue("patrol_border", None);
    game.confirm();

    // Oru proposes the supply deal and subsidises its port.
    let handover = render(&game.app, (80, 24)).0;
    game.take_turn(ORU);
    let mut frames = game.tour();
    frames.push(handover);
    assert_hidden(&frames, ORU, &scn, &kesh_secrets, "Kesh");
    assert_hidden(&frames, ORU, &scn, &["Tighten border trade", "Patrol the border"], "Tarsa");
    game.queue("propose_supply_deal", Some("Kesh"));
    assert!(game.frame.contains("A proposal: the other side answers next turn."), "{}", game.frame.text());
    game.queue("subsidise_fuel", Some("Oru port"));
    game.confirm();

    // Resolution, for the whole room: the proposal is public, the undetected raid is not.
    game.assert_screen("the resolution", matches!(game.app.screen, Screen::Resolution { .. }));
    assert!(game.frame.contains("Turn 1"), "{}", game.frame.text());
    let resolution = scroll_through(&mut game);
    assert!(resolution.iter().any(|f| f.contains("Proposal from Oru to Kesh: “Propose a supply deal”.")));
    assert!(resolution.iter().any(|f| f.contains("Tarsa closes The Salt Road to traders.")));
    for f in &resolution {
        assert!(!f.contains("Covert raid"), "undetected secret order on the public resolution:\n{}", f.text());
    }
    game.press(Action::Char('g'));
    game.assert_screen("history", matches!(game.app.screen, Screen::History { .. }));
    game.press(Action::Back);
    game.press(Action::Select);

    // Turn 2, Kesh: its own news tells it how the raid went; it accepts Oru's proposal.
    game.take_turn(KESH);
    assert!(game.frame.contains("Turn 2 of 2"), "{}", game.frame.text());
    assert!(
        game.frame.contains("Kesh: Covert raid on bandits"),
        "own secret order in own news:\n{}",
        game.frame.text()
    );
    game.press(Action::Char('5'));
    assert!(game.frame.contains("Queue 0 · Answer 1"), "{}", game.frame.text());
    for shown in ["Proposal from Oru", "Propose a supply deal", "DECLINE"] {
        assert!(game.frame.contains(shown), "{shown}:\n{}", game.frame.text());
    }
    game.press(Action::Select);
    assert!(game.frame.contains("ACCEPT") && !game.frame.contains("DECLINE"), "{}", game.frame.text());
    let pending = game.app.session.as_ref().expect("a game").state.pending[0].id;
    let answers = &game.turn().draft.answers;
    assert!(answers.iter().any(|a| a.pending == pending && a.response == Response::Accept));
    game.queue("ration_fuel", Some("Kesh City"));
    game.confirm();

    // Tarsa and Oru: the proposal was public, so they see it waiting; nothing of Kesh's turn-2 orders.
    for faction in [TARSA, ORU] {
        game.take_turn(faction);
        assert!(!game.frame.contains("Covert raid"), "raid hidden from {faction}:\n{}", game.frame.text());
        let frames = game.tour();
        assert_hidden(&frames, faction, &scn, &["Ration fuel", "ACCEPT"], "Kesh");
        game.confirm();
    }

    game.assert_screen("the resolution", matches!(game.app.screen, Screen::Resolution { .. }));
    let resolution = scroll_through(&mut game);
    assert!(resolution.iter().any(|f| f.contains("Oru and Kesh sign a fuel supply deal.")), "{}", resolution[0].text());
    game.press(Action::Select);

    // Debrief: every faction's verdict and scores.
    game.assert_screen("the debrief", matches!(game.app.screen, Screen::Debrief { .. }));
    assert!(game.frame.contains("how it ended"), "{}", game.frame.text());
    let scores = harmattan::engine::scores(game.scenario(), &game.app.session.as_ref().expect("a game").state);
    // Every team's verdict is on the first screen; its score is on it or further down.
    let frames = scroll_through(&mut game);
    for f in &scores.factions {
        let name = &game.scenario().factions[f.faction].name;
        assert!(
            game.frame.contains(&format!("{name} ")) && game.frame.contains("met its goals"),
            "{}",
            game.frame.text()
        );
        let row =
            frames.iter().flat_map(|fr| fr.rows.iter()).find(|r| r.contains(name.as_str()) && r.contains("/ 100"));
        let row = row.unwrap_or_else(|| panic!("{name}'s score:\n{}", game.frame.text()));
        assert!(row.contains(&format!("{:>3} / 100", f.total)), "{row}");
    }
    game.press(Action::Char('g'));
    game.press(Action::Back);
    game.assert_screen("the debrief", matches!(game.app.screen, Screen::Debrief { .. }));
    game.press(Action::Char('n'));
    game.assert_screen("the title", matches!(game.app.screen, Screen::Title { .. }));
    assert!(game.app.running);
}

/// Scrolls a long screen to its end and back, keeping every frame.
fn scroll_through(game: &mut Game) -> Vec<Frame> {
    let mut frames = vec![render(&game.app, game.size).0, render(&game.app, (200, 60)).0];
    for a in
        [Action::Down; 40].into_iter().chain([Action::PageDown, Action::PageUp, Action::ScrollDown, Action::ScrollUp])
    {
        game.press(a);
        frames.push(render(&game.app, game.size).0);
    }
    for _ in 0..60 {
        game.press(Action::Up);
    }
    frames
}

/// Kesh's turn-1 orders, then the frames the next team sees until it confirms; with Oru's too when `oru`.
fn frames_after_kesh(kesh: &[(&str, Option<&str>)], oru: bool) -> Vec<String> {
    let mut game = three_teams(&tutorial_text(2, Some("0")));
    through_briefings(&mut game);
    game.take_turn(KESH);
    for (id, target) in kesh {
        game.queue(id, *target);
    }
    game.confirm();
    let mut frames = vec![game.frame.text()];
    game.press(Action::Help);
    frames.push(game.frame.text());
    game.press(Action::Back);
    game.take_turn(TARSA);
    frames.extend(game.tour().iter().map(Frame::text));
    if oru {
        game.confirm();
        frames.push(game.frame.text());
        game.take_turn(ORU);
        frames.extend(game.tour().iter().map(Frame::text));
    }
    frames
}

#[test]
fn the_next_teams_see_exactly_the_same_screens_whatever_the_previous_team_ordered() {
    let quiet = frames_after_kesh(&[], true);
    let busy = frames_after_kesh(&[("covert_raid", None), ("ration_fuel", Some("Northern Kesh"))], true);
    assert_eq!(quiet.len(), busy.len());
    for (i, (a, b)) in quiet.iter().zip(&busy).enumerate() {
        assert_eq!(a, b, "frame {i} depends on Kesh's orders:\n{a}\n---\n{b}");
    }
}

/// Plays turn 1 with Kesh's secret raid (detection chance `detection`); returns the game on the resolution.
fn raid_turn(detection: &str, seed: u64) -> Game {
    let mut setup = App::new(catalog(&tutorial_text(2, Some(detection))), theme());
    setup.update(Action::Select);
    if let Some(s) = &mut setup.setup {
        s.seed = seed;
    }
    let mut game = Game::new(setup);
    game.press(Action::Char('s'));
    for _ in 0..3 {
        game.keys(&[Action::Select, Action::Select]);
    }
    game.take_turn(KESH);
    game.queue("covert_raid", None);
    game.confirm();
    game.take_turn(TARSA);
    game.confirm();
    game.take_turn(ORU);
    game.queue("propose_supply_deal", Some("Kesh"));
    game.confirm();
    game.assert_screen("the resolution", matches!(game.app.screen, Screen::Resolution { .. }));
    game
}

#[test]
fn an_undetected_secret_order_reaches_only_its_own_team_while_a_proposal_is_public() {
    let mut game = raid_turn("0", 1);
    let resolution = scroll_through(&mut game);
    for f in &resolution {
        assert!(!f.contains("Covert raid"), "undetected raid on the public resolution:\n{}", f.text());
    }
    assert!(resolution.iter().any(|f| f.contains("Proposal from Oru to Kesh: “Propose a supply deal”.")));
    game.press(Action::Select);
    game.take_turn(KESH);
    assert!(game.frame.contains("Kesh: Covert raid on bandits"), "Kesh's own news:\n{}", game.frame.text());
    assert!(game.frame.contains("Proposal from Oru to Kesh"), "{}", game.frame.text());
    game.confirm();
    for faction in [TARSA, ORU] {
        game.take_turn(faction);
        let frames = game.tour();
        for f in &frames {
            assert!(!f.contains("Covert raid on bandits succeeded") && !f.contains("Covert raid on bandits failed"));
            assert!(!f.contains("Kesh: Covert raid"), "raid shown to {faction}:\n{}", f.text());
        }
        assert!(game.frame.contains("Proposal from Oru to Kesh"), "the proposal is public:\n{}", game.frame.text());
        game.confirm();
    }
}

#[test]
fn a_detected_secret_order_is_revealed_to_the_room() {
    let mut game = raid_turn("100", 1);
    let resolution = scroll_through(&mut game);
    assert!(
        resolution.iter().any(|f| f.contains("Revealed: Kesh: Covert raid on bandits")),
        "{}",
        resolution[0].text()
    );
}

fn seats(kinds: [Option<Seat>; 3]) -> Vec<Option<Seat>> {
    let mut seats: Vec<Option<Seat>> = kinds.to_vec();
    seats.push(None);
    seats
}

#[test]
fn with_computer_seats_the_human_confirm_leads_straight_to_the_resolution() {
    let seats = seats([Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Random))]);
    let app = App::new(catalog(&tutorial_text(2, None)), theme()).open_first(11, Some(seats));
    let mut game = Game::new(app);
    game.all_sizes = true;
    game.assert_screen(
        "Kesh's briefing hand-over",
        matches!(game.app.screen, Screen::Handover { faction: KESH, then: Then::Briefing }),
    );
    game.keys(&[Action::Select, Action::Select]);
    for turn in 1..=2 {
        game.take_turn(KESH);
        game.queue("covert_raid", None);
        game.confirm();
        game.assert_screen("the resolution", matches!(game.app.screen, Screen::Resolution { .. }));
        assert!(game.frame.contains(&format!("Turn {turn} ·")), "{}", game.frame.text());
        game.press(Action::Select);
    }
    game.assert_screen("the debrief", matches!(game.app.screen, Screen::Debrief { .. }));
}

#[test]
fn with_only_computer_seats_every_enter_advances_a_turn_until_the_debrief() {
    let all_ai =
        seats([Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Random)), Some(Seat::Ai(AiKind::Greedy))]);
    let app = App::new(catalog(&tutorial_text(4, None)), theme()).open_first(5, Some(all_ai));
    let mut game = Game::new(app);
    game.all_sizes = true;
    for turn in 1..=4 {
        game.assert_screen("the resolution", matches!(game.app.screen, Screen::Resolution { .. }));
        assert!(game.frame.contains(&format!("Turn {turn} ·")), "{}", game.frame.text());
        game.keys(&[Action::Down, Action::Up, Action::Char('g'), Action::Down, Action::Back]);
        game.press(Action::Select);
    }
    game.assert_screen("the debrief", matches!(game.app.screen, Screen::Debrief { .. }));
    assert!(game.frame.contains("how it ended"));
}

#[test]
fn the_default_scenario_plays_to_the_end_with_computer_seats() {
    let catalog = harmattan::tui::catalog::catalog(std::path::Path::new("/nonexistent"));
    let scn = catalog[0].loaded.scenario.clone().expect("the default scenario loads");
    let seats = scn.factions.iter().map(|f| f.playable.then_some(Seat::Ai(AiKind::Random))).collect();
    let mut game = Game::new(App::new(catalog, theme()).open_first(3, Some(seats)));
    let mut turns = 0;
    while matches!(game.app.screen, Screen::Resolution { .. }) {
        for size in SIZES {
            render(&game.app, size);
        }
        game.press(Action::Select);
        turns += 1;
        assert!(turns <= scn.turns());
    }
    game.assert_screen("the debrief", matches!(game.app.screen, Screen::Debrief { .. }));
    for f in &scn.factions {
        if f.playable {
            assert!(game.frame.contains(&f.name) || render(&game.app, (200, 60)).0.contains(&f.name), "{}", f.name);
        }
    }
}

/// A three-team game on Kesh's first turn screen.
fn kesh_turn() -> Game {
    let mut game = three_teams(&tutorial_text(2, None));
    through_briefings(&mut game);
    game.take_turn(KESH);
    game
}

#[test]
fn help_lists_the_keys_of_the_current_screen_and_any_key_closes_it() {
    let mut game = three_teams(&tutorial_text(2, None));
    for closer in [Action::Help, Action::Back, Action::Down, Action::Char('z'), Action::Select, Action::ScrollDown] {
        game.press(Action::Help);
        assert_eq!(game.app.overlay, Some(Overlay::Help));
        assert!(game.frame.contains("Keys") && game.frame.contains("choose scenario"), "{}", game.frame.text());
        let screen = format!("{:?}", game.app.screen);
        game.press(closer);
        assert_eq!(game.app.overlay, None, "{closer:?} closes help");
        assert_eq!(format!("{:?}", game.app.screen), screen, "the key that closes help does nothing else");
        assert!(!game.frame.contains("Keys —"));
    }
    let mut game = kesh_turn();
    // The words as written (Arabic-Indic digits would otherwise be drawn right to left).
    game.app.bidi = harmattan::tui::bidi::Bidi::Terminal;
    game.press(Action::Help);
    for (key, what) in view::keys(&game.app.screen, game.app.lang) {
        assert!(game.frame.contains(key) && game.frame.contains(&what), "{key} {what} in help:\n{}", game.frame.text());
    }
    assert!(game.frame.contains("confirm orders"));
    game.press(Action::Char('c'));
    assert_eq!(game.app.overlay, None);
    assert_eq!(game.turn().faction, KESH, "c closed help; it did not confirm the orders");
}

#[test]
fn quit_asks_first_and_ctrl_c_quits_at_once() {
    let mut game = kesh_turn();
    for stay in [Action::Char('n'), Action::Back, Action::Select, Action::Quit, Action::Char('1')] {
        game.press(Action::Quit);
        assert_eq!(game.app.overlay, Some(Overlay::ConfirmQuit));
        assert!(game.frame.contains("Quit Harmattan?"), "{}", game.frame.text());
        game.press(stay);
        assert_eq!(game.app.overlay, None, "{stay:?} stays");
        assert!(game.app.running, "{stay:?} stays");
        assert!(matches!(game.app.screen, Screen::Turn(_)));
    }
    game.press(Action::Quit);
    game.press(Action::Char('y'));
    assert!(!game.app.running, "y quits");

    let mut game = kesh_turn();
    game.press(Action::Interrupt);
    assert!(!game.app.running, "Ctrl-C quits");
    let mut game = kesh_turn();
    game.keys(&[Action::Help, Action::Interrupt]);
    assert!(!game.app.running, "Ctrl-C quits over help");
    let mut game = kesh_turn();
    game.keys(&[Action::Quit, Action::Interrupt]);
    assert!(!game.app.running, "Ctrl-C quits over the quit question");
}

#[test]
fn q_typed_into_the_seed_is_not_quit() {
    let mut game = three_teams(&tutorial_text(2, None));
    game.press(Action::Select);
    for _ in 0..4 {
        game.press(Action::Down);
    }
    game.keys(&[Action::Select, Action::Char('4'), Action::Char('2'), Action::Quit, Action::Select]);
    assert_eq!(game.app.overlay, None);
    assert_eq!(game.app.setup.as_ref().map(|s| s.seed), Some(42));
    assert!(game.frame.contains("Seed: 42"), "{}", game.frame.text());
}

#[test]
fn escape_goes_back_from_the_seats_the_picker_and_the_charts() {
    let mut game = three_teams(&tutorial_text(2, None));
    game.press(Action::Select);
    assert!(matches!(game.app.screen, Screen::Seats));
    game.press(Action::Back);
    game.assert_screen("the title", matches!(game.app.screen, Screen::Title { .. }));

    let mut game = kesh_turn();
    game.go_to_action("ration_fuel");
    game.press(Action::Select);
    assert!(game.turn().picker.is_some());
    game.press(Action::Back);
    assert_eq!(game.turn().picker, None);
    assert!(game.turn().draft.orders.is_empty(), "Esc in the picker queues nothing");
    assert!(!game.frame.contains("choose a target"));
    assert!(matches!(game.turn().tab, Tab::Actions(_)), "Esc leaves the picker, not the tab");
    game.press(Action::Char('g'));
    game.assert_screen("history", matches!(game.app.screen, Screen::History { .. }));
    game.press(Action::Back);
    assert_eq!(game.turn().faction, KESH);
}

#[test]
fn unavailable_actions_show_why_and_cannot_be_queued() {
    let mut game = kesh_turn();
    game.queue("covert_raid", None);
    game.queue("ration_fuel", Some("Northern Kesh"));
    // No action points left: every other action is dimmed with its reason.
    for id in ["escort_convoys", "subsidise_fuel", "recall_ambassador"] {
        game.go_to_action(id);
        let name = game.scenario().actions[game.scenario().action_index(id).expect("exists")].name.clone();
        assert!(game.frame.contains(&format!("✗ {name}")), "{name} marked unavailable:\n{}", game.frame.text());
        assert!(game.frame.contains("Not available: needs 1 action point, 0 left"), "{}", game.frame.text());
        game.press(Action::Select);
        assert_eq!(game.turn().picker, None, "no picker for an unavailable action");
        assert_eq!(game.turn().draft.orders.len(), 2, "Enter on {id} queued nothing");
        game.assert_ap_kept();
    }
    // The same order twice is refused too, even with points to spare.
    game.press(Action::Char('5'));
    game.keys(&[Action::Down, Action::Char('x')]);
    assert_eq!(game.turn().draft.orders.len(), 1);
    game.go_to_action("covert_raid");
    assert!(game.frame.contains("Not available: already ordered this turn"), "{}", game.frame.text());
    game.press(Action::Select);
    assert_eq!(game.turn().draft.orders.len(), 1);
    // A target that is not allowed is shown with its reason and cannot be chosen.
    game.go_to_action("ration_fuel");
    game.press(Action::Select);
    let (a, _) = game.turn().picker.expect("picker");
    assert!(game.frame.contains("✗ Tarsa south"), "{}", game.frame.text());
    for _ in 0..2 {
        game.press(Action::Down);
    }
    assert_eq!(game.turn().picker, Some((a, 2)));
    game.press(Action::Select);
    assert_eq!(game.turn().picker, Some((a, 2)), "Enter on an unavailable target keeps the picker open");
    assert_eq!(game.turn().draft.orders.len(), 1);
}

#[test]
fn x_on_the_decisions_tab_removes_the_selected_order() {
    let mut game = kesh_turn();
    game.queue("covert_raid", None);
    game.queue("ration_fuel", Some("Kesh City"));
    game.press(Action::Char('5'));
    assert!(game.frame.contains("Queue 2 · Answer 0"), "{}", game.frame.text());
    // Turn 1 has nothing to answer, so the orders are rows 0 and 1.
    game.keys(&[Action::Down, Action::Char('x')]);
    let orders: Vec<_> = game.turn().draft.orders.iter().map(|o| o.action.as_str()).collect();
    assert_eq!(orders, ["covert_raid"]);
    assert!(!game.frame.contains("• Ration fuel"), "{}", game.frame.text());
    assert!(game.frame.contains("1 of 2 action points left"), "{}", game.frame.text());
    assert_eq!(game.turn().cursor, 0, "the cursor stays on a row");
    game.press(Action::Delete);
    assert!(game.turn().draft.orders.is_empty());
    assert!(game.frame.contains("No orders yet"), "{}", game.frame.text());
    game.keys(&[Action::Char('x'), Action::Delete, Action::Down, Action::Up]);
    assert!(game.frame.contains("2 of 2 action points left"));
}

#[test]
fn a_broken_scenario_shows_its_diagnostics_instead_of_crashing() {
    let broken = TUTORIAL.replace(r#"category: Security,"#, r#"category: Securty,"#);
    let catalog = single(harmattan::scenario::load("scenarios/broken.ron", broken.as_bytes()));
    assert!(catalog[0].loaded.scenario.is_none());
    let mut game = Game::new(App::new(catalog, theme()));
    game.all_sizes = true;
    game.press(Action::Select);
    game.assert_screen("the problems", matches!(game.app.screen, Screen::Problems { .. }));
    let line = broken.lines().position(|l| l.contains("Securty")).expect("the typo") + 1;
    let at = format!("scenarios/broken.ron:{line}:");
    assert!(game.frame.contains(&at), "{at} shown:\n{}", game.frame.text());
    game.keys(&[Action::Down, Action::PageDown, Action::ScrollDown, Action::ScrollUp, Action::Help, Action::Back]);
    game.press(Action::Back);
    game.assert_screen("the title", matches!(game.app.screen, Screen::Title { .. }));
    // Straight from `play FILE` too.
    let catalog = single(harmattan::scenario::load("scenarios/broken.ron", broken.as_bytes()));
    let seats = seats([Some(Seat::Human), Some(Seat::Human), Some(Seat::Human)]);
    let game = Game::new(App::new(catalog, theme()).open_first(1, Some(seats)));
    game.assert_screen("the problems", matches!(game.app.screen, Screen::Problems { .. }));
    assert!(game.frame.contains(&at), "{}", game.frame.text());
}

#[test]
fn clicks_switch_tabs_select_and_activate_rows_and_open_help() {
    let mut game = three_teams(&tutorial_text(2, None));
    game.click_text("The Salt Road");
    assert_eq!(game.app.cursor(), Some(0));
    game.click_text("The Salt Road");
    game.assert_screen("the seats", matches!(game.app.screen, Screen::Seats));
    game.click_text("Start the game");
    assert_eq!(game.app.cursor(), Some(5), "a first click selects");
    assert!(matches!(game.app.screen, Screen::Seats));
    game.click_text("Start the game");
    game.assert_screen("a hand-over", matches!(game.app.screen, Screen::Handover { .. }));
    for _ in 0..3 {
        game.click_text("Pass the keyboard");
        game.press(Action::Select);
    }
    game.click_text("Pass the keyboard");
    assert_eq!(game.turn().faction, KESH);

    game.click_text("3 Energy");
    assert_eq!(game.turn().tab, Tab::Actions(harmattan::scenario::format::Category::Energy));
    assert!(game.frame.contains("Energy actions"));
    game.click_text("Subsidise fuel");
    assert_eq!(game.turn().cursor, 1, "a first click selects the row");
    assert_eq!(game.turn().picker, None);
    game.click_text("Ration fuel");
    assert_eq!(game.turn().cursor, 0);
    game.click_text("Ration fuel");
    assert!(game.turn().picker.is_some(), "a second click opens the picker:\n{}", game.frame.text());
    // The list stays visible beside the picker: clicking it cancels the picker, twice queues nothing.
    game.click_text("Subsidise fuel");
    assert_eq!(game.turn().picker, None, "a click beside the picker closes it");
    assert_eq!(game.turn().cursor, 1);
    game.click_text("Ration fuel");
    assert_eq!(game.turn().picker, None);
    assert!(game.turn().draft.orders.is_empty(), "{:?}", game.turn().draft.orders);
    game.click_text("Ration fuel");
    assert!(game.turn().picker.is_some());
    let (x, y) = game.frame.find("Northern Kesh").expect("target listed");
    game.press(Action::Click(x, y));
    game.press(Action::Click(x, y));
    assert_eq!(game.turn().picker, None);
    assert_eq!(game.turn().draft.orders.len(), 1);
    assert_eq!(game.turn().draft.orders[0].target.as_deref(), Some("kesh_north"));

    game.click_text("5 Queue 1");
    assert_eq!(game.turn().tab, Tab::Decisions);
    game.click_text("? help");
    assert_eq!(game.app.overlay, Some(Overlay::Help));
    // A click while help is open closes it and reaches nothing behind it.
    let (x, y) = game.frame.find("1 Overview").expect("tab bar visible around the help box");
    game.press(Action::Click(x, y));
    assert_eq!(game.app.overlay, None);
    assert_eq!(game.turn().tab, Tab::Decisions);
    game.click_text("q quit");
    assert_eq!(game.app.overlay, Some(Overlay::ConfirmQuit));
    game.press(Action::Click(0, 1));
    assert_eq!(game.app.overlay, None, "a click outside the question stays");
    assert!(game.app.running);
    assert_eq!(game.turn().tab, Tab::Decisions, "the click did not reach the tab bar");
    // Clicks on nothing and off screen do nothing.
    game.keys(&[Action::Click(79, 0), Action::Click(500, 500), Action::ScrollDown, Action::ScrollUp]);
    assert!(game.app.running);
}

#[test]
fn charts_move_back_at_once_after_going_past_the_last() {
    let mut game = raid_turn("0", 2);
    game.press(Action::Char('g'));
    let first = game.frame.text();
    for _ in 0..200 {
        game.press(Action::Down);
    }
    let last = game.frame.text();
    game.press(Action::Up);
    assert_ne!(game.frame.text(), last, "one Up after overshooting shows the previous chart");
    for _ in 0..200 {
        game.press(Action::Up);
    }
    assert_eq!(game.frame.text(), first);
}

/// Where a random walk starts.
fn app_at(stage: u8) -> App {
    let text = tutorial_text(2, Some("0"));
    let game = match stage {
        0 => three_teams(&text),
        1 => {
            let mut g = three_teams(&text);
            g.press(Action::Select);
            g
        }
        2 => kesh_turn(),
        3 => raid_turn("0", 3),
        4 => {
            let mut g = raid_turn("0", 4);
            g.press(Action::Select);
            g
        }
        5 => {
            let all_ai = seats([Some(Seat::Ai(AiKind::Random)); 3]);
            let mut g = Game::new(App::new(catalog(&text), theme()).open_first(6, Some(all_ai)));
            g.keys(&[Action::Select, Action::Select]);
            g
        }
        _ => {
            let broken = TUTORIAL.replace("action_points: 2,", "action_points: -2,");
            Game::new(App::new(single(harmattan::scenario::load("broken.ron", broken.as_bytes())), theme()))
        }
    };
    game.app
}

fn any_action(w: u16, h: u16) -> impl Strategy<Value = Action> {
    let keys = prop::sample::select(vec![
        Action::Up,
        Action::Down,
        Action::Left,
        Action::Right,
        Action::Next,
        Action::Prev,
        Action::Select,
        Action::Select,
        Action::Select,
        Action::Back,
        Action::Help,
        Action::Quit,
        Action::Delete,
        Action::PageUp,
        Action::PageDown,
        Action::ScrollUp,
        Action::ScrollDown,
        Action::Resize,
    ]);
    let chars = prop::sample::select(vec!['1', '2', '3', '4', '5', 'c', 'x', 'g', 'v', 'n', 's', ' ', '7', 'z']);
    prop_oneof![
        5 => keys,
        3 => chars.prop_map(Action::Char),
        2 => (0..w + 2, 0..h + 2).prop_map(|(x, y)| Action::Click(x, y)),
    ]
}

fn walk() -> impl Strategy<Value = (u8, (u16, u16), Vec<Action>)> {
    (0u8..7, prop_oneof![(1u16..250, 1u16..80), (80u16..250, 24u16..80)])
        .prop_flat_map(|(stage, (w, h))| (Just(stage), Just((w, h)), prop::collection::vec(any_action(w, h), 1..60)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever is pressed or clicked, at whatever size: no panic, the enlarge
    /// message below 80×24, and a team never spends more action points than it has.
    #[test]
    fn random_play_at_any_size_never_panics((stage, size, actions) in walk(), colour in any::<bool>()) {
        let mut app = app_at(stage);
        app.theme = Theme { colour };
        let mut game = Game::new(app);
        game.size = size;
        game.draw();
        for action in actions {
            game.press(action);
            if size.0 < 80 || size.1 < 24 {
                assert_enlarge_message(&game.frame, size);
            }
            game.assert_ap_kept();
        }
    }
}

#[test]
fn seats_chosen_on_screen_make_computer_players_that_never_hand_over() {
    let mut game = three_teams(&tutorial_text(2, None));
    game.press(Action::Select);
    game.keys(&[Action::Down, Action::Right, Action::Down, Action::Select, Action::Select]);
    assert!(
        game.frame.contains("Computer (greedy)") && game.frame.contains("Computer (random)"),
        "{}",
        game.frame.text()
    );
    assert!(game.frame.contains("1 team will play"), "{}", game.frame.text());
    game.press(Action::Char('s'));
    game.assert_screen(
        "Kesh's briefing",
        matches!(game.app.screen, Screen::Handover { faction: KESH, then: Then::Briefing }),
    );
    game.keys(&[Action::Select, Action::Select]);
    game.take_turn(KESH);
    game.confirm();
    game.assert_screen("the resolution", matches!(game.app.screen, Screen::Resolution { .. }));
    game.press(Action::Select);
    game.take_turn(KESH);
}

#[test]
fn long_texts_scroll_within_their_length_and_the_overview_panel_scrolls() {
    let entries = single(harmattan::scenario::load(
        "scenarios/fuel-and-sovereignty.ron",
        harmattan::scenario::DEFAULT.as_bytes(),
    ));
    let seats = Some(vec![Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Greedy)), None]);
    let mut app = App::new(entries, Theme { colour: false }).open_first(1, seats);
    app.update(Action::Select); // hand-over → briefing
    common::screen(&mut app, 80, 24);
    for _ in 0..200 {
        app.update(Action::Down);
        common::screen(&mut app, 80, 24);
    }
    let bottom = common::screen(&mut app, 80, 24);
    app.update(Action::Up);
    assert_ne!(common::screen(&mut app, 80, 24), bottom, "one ↑ moves back at once, however far ↓ was pressed");

    app.update(Action::Select); // briefing done → hand-over
    app.update(Action::Select); // the turn's overview
    let before = common::screen(&mut app, 80, 24);
    assert!(before.contains("more lines (↓ to scroll)"), "{before}");
    app.update(Action::Down);
    assert!(common::screen(&mut app, 80, 24).contains("above (↑)"));
}
