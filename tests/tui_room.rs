//! What the room sees is right and readable: answers show what they do,
//! teams see their score, fewer keys per turn, any classroom keyboard,
//! no sentence cut mid-word, charts and maps readable without colour, and
//! the terminal cursor on the focus for screen readers.

mod common;

use common::{render_with_cursor, screen, text};
use harmattan::engine::ai::AiKind;
use harmattan::engine::check::{Committed, preview};
use harmattan::engine::report::change_text;
use harmattan::engine::{Order, PendingKind, scores};
use harmattan::scenario::{DEFAULT, DEFAULT_NAME, TUTORIAL};
use harmattan::tui::app::{App, Entry, Screen, Tab};
use harmattan::tui::catalog::single;
use harmattan::tui::input::{Action, action};
use harmattan::tui::session::Seat;
use harmattan::tui::theme::Theme;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};
use ratatui::style::Color;

const MODDED: &str = include_str!("fixtures/modded.ron");
const PLAIN: Theme = Theme { colour: false };

fn entries(name: &str, text: &str) -> Vec<Entry> {
    let entries = single(harmattan::scenario::load(name, text.as_bytes()));
    assert!(entries[0].loaded.scenario.is_some(), "{name} loads: {:?}", entries[0].loaded.diagnostics);
    entries
}

/// A game with a human at every playable seat, past the briefings, on the first team's turn.
fn humans(name: &str, text: &str) -> App {
    let entries = entries(name, text);
    let scn = entries[0].loaded.scenario.clone().expect("loads");
    let seats = scn.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect();
    let mut app = App::new(entries, PLAIN).open_first(7, Some(seats));
    to_turn(&mut app);
    app
}

fn to_turn(app: &mut App) {
    for _ in 0..20 {
        if matches!(app.screen, Screen::Turn(_)) {
            return;
        }
        app.update(Action::Select);
    }
    panic!("no turn screen: {:?}", app.screen);
}

fn turn(app: &App) -> &harmattan::tui::app::TurnScreen {
    match &app.screen {
        Screen::Turn(t) => t,
        other => panic!("not a turn screen: {other:?}"),
    }
}

fn confirm(app: &mut App) {
    app.update(Action::Char('c'));
    if matches!(&app.screen, Screen::Turn(t) if t.confirming) {
        app.update(Action::Char('y'));
    }
}

/// The screen's rows joined, borders dropped and whitespace collapsed: a wrapped sentence reads whole.
fn flat(screen: &str) -> String {
    let joined: String = screen.chars().map(|c| if "│─┌┐└┘".contains(c) { ' ' } else { c }).collect();
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent { code, modifiers: KeyModifiers::NONE, kind: KeyEventKind::Press, state: KeyEventState::NONE })
}

/// A tutorial game on turn 2, at Kesh's orders, after Oru proposed the
/// supply deal to Kesh (its only possible target) on turn 1.
fn kesh_asked_for_a_supply_deal() -> App {
    let mut app = humans("tutorial.ron", TUTORIAL);
    confirm(&mut app); // Kesh
    to_turn(&mut app);
    confirm(&mut app); // Tarsa
    to_turn(&mut app);
    // Oru proposes the supply deal to Kesh (its only possible target).
    for a in [Action::Char('2'), Action::Select] {
        app.update(a);
    }
    confirm(&mut app);
    app.update(Action::Select); // past the resolution
    to_turn(&mut app);
    app
}

#[test]
fn a_proposal_to_answer_shows_what_accepting_and_declining_do() {
    let mut app = kesh_asked_for_a_supply_deal();
    assert_eq!(turn(&app).faction, 0);
    app.update(Action::Char('5'));
    let shown = screen(&mut app, 80, 24);
    let session = app.session.as_ref().expect("a game");
    let scn = &session.scenario;
    let pending = session.state.pending.iter().find(|p| p.faction == 0).expect("a proposal for Kesh");
    let PendingKind::Proposal { action, from } = pending.kind else { panic!("a proposal") };
    let p = preview(scn, &session.state, from, action, Some(0), &Committed::default()).expect("a preview");
    assert!(shown.contains("If you accept"), "{shown}");
    assert!(shown.contains("If you decline (or do not answer)"), "{shown}");
    assert!(shown.contains("counts as DECLINE"), "{shown}");
    for change in p.on_success.iter().chain(&p.on_decline) {
        assert!(shown.contains(&change_text(scn, change)), "{} shown:\n{shown}", change_text(scn, change));
    }
    // In words: no expressions, no ids.
    assert!(!shown.contains("relation(") && !shown.contains("flag."), "{shown}");
}

#[test]
fn a_proposal_that_can_no_longer_take_effect_says_so_instead_of_promising_effects() {
    let mut app = kesh_asked_for_a_supply_deal();
    // Meanwhile the deal came about another way: the proposal's requirement no longer holds.
    let session = app.session.as_mut().expect("a game");
    let flag = session.scenario.flags.iter().position(|f| f.id == "supply_deal").expect("the flag");
    let scenario = session.scenario.clone();
    session.state.set(&scenario, harmattan::engine::report::Slot::Flag(flag), 1);
    app.update(Action::Char('5'));
    let shown = screen(&mut app, 100, 30);
    assert!(shown.contains("It can no longer take effect:"), "{shown}");
    assert!(!shown.contains("flag."), "in words: {shown}");
}

#[test]
fn an_event_choice_shows_every_options_consequences() {
    let mut app = humans("mods/modded.ron", MODDED);
    confirm(&mut app);
    to_turn(&mut app);
    app.update(Action::Char('5'));
    let shown = screen(&mut app, 80, 24);
    for (label, change) in [
        ("Négocier avec les transporteurs", "Mali · Trésorerie 120 Md → 110 Md"),
        ("Ignorer la grève", "Mali · Stabilité 45 → 40"),
    ] {
        assert!(shown.contains(label) && shown.contains(change), "{label}: {change}\n{shown}");
    }
    assert!(shown.contains("● Négocier"), "the chosen answer is marked:\n{shown}");
}

#[test]
fn the_overview_shows_the_teams_score_and_each_objectives_share_and_progress() {
    let mut app = humans(DEFAULT_NAME, DEFAULT);
    let shown = screen(&mut app, 120, 40);
    let session = app.session.as_ref().expect("a game");
    let scn = &session.scenario;
    let mine = scores(scn, &session.state).factions.into_iter().find(|f| f.faction == 0).expect("Mali scores");
    assert!(shown.contains(&format!("Your score now: {}/100", mine.total)), "{shown}");
    let weights: Vec<u32> = mine.objectives.iter().map(|o| o.weight).collect();
    let shares = harmattan::engine::shares(&weights);
    for (o, share) in mine.objectives.iter().zip(&shares) {
        let name = &scn.factions[0].objectives.iter().find(|x| x.id == o.id).expect("declared").name;
        let line = format!("{share}% of your score — now {}/100", o.score);
        assert!(shown.contains(name) && shown.contains(&line), "{name}: {line}\n{shown}");
    }
    // The same percents as the briefing, the role card and the report give, adding up to 100.
    assert_eq!(shares.iter().sum::<u32>(), 100);
    let card = harmattan::handout::role_card(scn, 0);
    for (o, share) in scn.factions[0].objectives.iter().zip(&shares) {
        assert!(card.contains(&format!("**{}** — {share}% of your score", o.name)), "{card}");
    }
}

#[test]
fn the_debrief_gives_weights_as_percent_shares_not_multipliers() {
    let short = TUTORIAL.replace("turns: 6", "turns: 2").replace("duration: 3", "duration: 1");
    let entries = entries("tutorial.ron", &short);
    let seats =
        vec![Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Greedy)), None];
    let mut app = App::new(entries, PLAIN).open_first(3, Some(seats));
    for _ in 0..5 {
        if matches!(app.screen, Screen::Debrief { .. }) {
            break;
        }
        app.update(Action::Select);
    }
    let shown = screen(&mut app, 80, 24);
    assert!(matches!(app.screen, Screen::Debrief { .. }), "{shown}");
    assert!(!shown.contains("weight"), "{shown}");
    assert!(shown.contains("50% of the score") && shown.contains("40% of the score"), "{shown}");
}

#[test]
fn enter_on_an_action_with_one_possible_target_orders_it_without_a_picker() {
    let mut app = humans(DEFAULT_NAME, DEFAULT);
    app.update(Action::Char('2'));
    let wide = screen(&mut app, 120, 40);
    assert!(wide.contains("Ask Niger for fuel → Niger"), "the row names its only target:\n{wide}");
    for _ in 0..3 {
        app.update(Action::Down);
    }
    app.update(Action::Select);
    let t = turn(&app);
    assert_eq!(t.picker, None, "no picker for a single target");
    assert_eq!(t.draft.orders.len(), 1);
    assert_eq!(t.draft.orders[0].action, "ask_niger_fuel");
    assert_eq!(t.draft.orders[0].target.as_deref(), Some("niger"));
}

#[test]
fn a_selected_unavailable_action_says_why_in_its_own_row() {
    let mut app = humans(DEFAULT_NAME, DEFAULT);
    app.update(Action::Char('2'));
    let shown = screen(&mut app, 80, 24);
    let row = shown.lines().find(|l| l.contains("✗ Recall ambassador")).expect("the row");
    assert!(row.contains("— Relations"), "the reason is in the selected row: {row}");
}

#[test]
fn confirming_with_orders_left_asks_first_and_no_goes_back() {
    // With every point spent, c confirms at once.
    let mut app = humans("tutorial.ron", TUTORIAL);
    if let Screen::Turn(t) = &mut app.screen {
        t.draft.orders.push(Order::new("covert_raid"));
        t.draft.orders.push(Order::at("ration_fuel", "kesh_north"));
    }
    assert_eq!(harmattan::tui::app::unused(app.lang, app.session.as_ref().expect("a game"), turn(&app)), None);
    app.update(Action::Char('c'));
    assert!(matches!(app.screen, Screen::Handover { faction: 1, .. }), "{:?}", app.screen);

    let mut app = humans("tutorial.ron", TUTORIAL);
    app.update(Action::Char('c'));
    assert!(turn(&app).confirming);
    let (buf, cursor) = render_with_cursor(&mut app, 80, 24);
    let shown = text(&buf);
    assert!(shown.contains("You have 2 action points left.") && shown.contains("Confirm anyway?"), "{shown}");
    let cursor = cursor.expect("a cursor");
    assert!(shown.lines().nth(usize::from(cursor.y)).is_some_and(|l| l.contains("Confirm anyway?")), "{cursor:?}");
    app.update(Action::Char('n'));
    assert!(!turn(&app).confirming && turn(&app).faction == 0, "n keeps the team on its orders");
    app.update(Action::Char('c'));
    app.update(Action::Char('y'));
    assert!(matches!(app.screen, Screen::Handover { faction: 1, .. }), "{:?}", app.screen);
}

#[test]
fn tabs_answer_to_azerty_arabic_digits_function_keys_and_initials() {
    let mut app = humans("tutorial.ron", TUTORIAL);
    let keys = [
        (KeyCode::Char('é'), 1),
        (KeyCode::Char('"'), 2),
        (KeyCode::Char('\''), 3),
        (KeyCode::Char('('), 4),
        (KeyCode::Char('&'), 0),
        (KeyCode::Char('٢'), 1),
        (KeyCode::Char('۳'), 2),
        (KeyCode::F(4), 3),
        (KeyCode::F(5), 4),
        (KeyCode::F(1), 0),
        (KeyCode::Char('d'), 1),
        (KeyCode::Char('e'), 2),
        (KeyCode::Char('s'), 3),
        (KeyCode::Char('a'), 4),
        (KeyCode::Char('o'), 0),
    ];
    for (code, tab) in keys {
        let a = action(&key(code)).unwrap_or_else(|| panic!("{code:?} means nothing"));
        app.update(a);
        assert_eq!(turn(&app).tab, Tab::ALL[tab], "{code:?}");
    }
    app.update(Action::Help);
    let help = screen(&mut app, 80, 24);
    // Arabic-Indic digits run right to left, so the screen shows ١-٥ as ٥-١ (the bidi algorithm's order).
    assert!(help.contains("F1-F5") && help.contains("&é\"'(") && help.contains("٥-١"), "{help}");
}

/// `line` holds all of `sentence`, or a start of it cut at a word boundary and ending in `…`.
fn assert_not_cut_mid_word(line: &str, sentence: &str) {
    let line = line.trim().trim_matches('│').trim();
    if line.contains(sentence) {
        return;
    }
    let kept = line.strip_suffix('…').unwrap_or_else(|| panic!("{line:?} is cut without …"));
    let rest = sentence.strip_prefix(kept).unwrap_or_else(|| panic!("{line:?} is not a start of {sentence:?}"));
    assert!(rest.starts_with([' ', ',', ';', ':', '—', '·']) || rest.starts_with(" "), "{line:?} cut mid-word");
}

#[test]
fn no_sentence_is_cut_mid_word_on_the_hand_over_confirm_and_status_lines() {
    // The hand-over of a team with a long name.
    let mut app = humans("mods/modded.ron", MODDED);
    for faction in 0..3 {
        assert_eq!(turn(&app).faction, faction);
        confirm(&mut app);
        if faction < 2 {
            to_turn(&mut app);
        }
    }
    assert!(matches!(app.screen, Screen::Handover { faction: 3, .. }), "{:?}", app.screen);
    let shown = screen(&mut app, 80, 24);
    let name = "Société Énergétique du Sahel";
    assert!(flat(&shown).contains(&format!("Team {name}: press Enter to give your orders for this turn.")), "{shown}");
    for line in shown.lines() {
        assert!(!line.contains("for this tur│") && !line.trim_end().ends_with("tur"), "{line}");
    }
    // The confirm question.
    to_turn(&mut app);
    app.update(Action::Char('c'));
    let shown = screen(&mut app, 80, 24);
    assert!(flat(&shown).contains("Confirm anyway? y yes · any other key back to the orders"), "{shown}");
    // A status line longer than the screen is shortened at a word.
    app.update(Action::Char('n'));
    let status = "The game was saved to a folder whose name is far too long to be shown on one line of this terminal";
    app.status = Some(status.to_string());
    let shown = screen(&mut app, 80, 24);
    let bottom: Vec<&str> = shown.lines().rev().take(2).collect();
    match bottom.as_slice() {
        // Wrapped at a word over two lines, or shortened at a word on one.
        [last, before] if flat(&format!("{before} {last}")).contains(status) => {}
        [last, ..] => assert_not_cut_mid_word(last, status),
        _ => panic!("no status line:\n{shown}"),
    }
}

#[test]
fn without_colour_charts_pick_out_one_line_at_a_time_with_the_arrows() {
    let entries = entries("tutorial.ron", TUTORIAL);
    let seats =
        vec![Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Random)), Some(Seat::Ai(AiKind::Greedy)), None];
    let mut app = App::new(entries, PLAIN).open_first(3, Some(seats));
    app.update(Action::Select); // turn 2 resolves: two points per line
    app.update(Action::Char('g'));
    let scn = app.scenario().expect("a game").clone();
    let regions: Vec<String> = scn.regions.iter().map(|r| r.name.clone()).collect();
    let mut picked = Vec::new();
    for (i, region) in regions.iter().enumerate() {
        let (buf, _) = render_with_cursor(&mut app, 80, 24);
        for cell in buf.content() {
            assert!(cell.fg == Color::Reset && cell.bg == Color::Reset, "no colour with NO_COLOR");
        }
        let shown = text(&buf);
        let title = shown.lines().next().expect("a title");
        assert!(title.contains(&format!("{region}: now")), "line {i} named in the title: {title}");
        assert!(title.contains(&format!("line {}/{}", i + 1, regions.len())), "{title}");
        // The picked line is drawn in braille, the others in dots: told apart without colour.
        let braille: String = shown.chars().filter(|c| ('\u{2801}'..='\u{28ff}').contains(c)).collect();
        assert!(!braille.is_empty(), "the picked line is drawn:\n{shown}");
        assert!(shown.contains('•'), "the others are dots:\n{shown}");
        picked.push(braille);
        app.update(Action::Right);
    }
    assert!(picked.windows(2).any(|w| w[0] != w[1]), "→ picks out a different line");
}

#[test]
fn two_routes_on_the_same_cells_are_drawn_shared_and_the_legend_says_so() {
    let landing = r#"(id: "landing", name: "Risky landing", from: "oru_port", to: "kesh_north",
         carries: "fuel_stock", capacity: 5, risk: 60),
        (id: "river_road","#;
    let text = TUTORIAL.replace(r#"(id: "river_road","#, landing);
    assert_ne!(text, TUTORIAL);
    let mut app = humans("tutorial.ron", &text);
    let shown = screen(&mut app, 80, 24);
    let map: String = shown.lines().map(|l| l.split("││").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
    assert!(map.contains('#'), "the closed river road is not hidden under the landing:\n{shown}");
    assert!(shown.contains("#both") || shown.contains("# shared"), "the legend names the mark:\n{shown}");
}

#[test]
fn the_terminal_cursor_follows_the_focused_row_on_every_screen() {
    let mut app = App::new(entries("tutorial.ron", TUTORIAL), PLAIN);
    let row_of_cursor = |app: &mut App| {
        let (buf, cursor) = render_with_cursor(app, 80, 24);
        let cursor = cursor.expect("the cursor is shown");
        text(&buf).lines().nth(usize::from(cursor.y)).unwrap_or_default().to_string()
    };
    assert!(row_of_cursor(&mut app).contains("▶ The Salt Road"), "title: on the chosen scenario");
    app.update(Action::Select);
    app.update(Action::Down);
    assert!(row_of_cursor(&mut app).contains("▶ Tarsa"), "seats: on the chosen seat");

    let mut app = humans("tutorial.ron", TUTORIAL);
    app.update(Action::Char('2'));
    app.update(Action::Down);
    let scn = app.scenario().expect("a game").clone();
    let selected = harmattan::tui::app::actions_in(&scn, 0, harmattan::scenario::format::Category::Diplomatic)[1];
    let first_word = scn.actions[selected].name.split(' ').next().expect("a name").to_string();
    let row = row_of_cursor(&mut app);
    assert!(row.contains(&format!(" {first_word}")), "actions: on the selected action {first_word}: {row}");
    app.update(Action::Char('3'));
    app.update(Action::Select);
    assert!(turn(&app).picker.is_some());
    app.update(Action::Down);
    let (_, row) = turn(&app).picker.expect("picker");
    let session = app.session.as_ref().expect("a game");
    let def = &session.scenario.actions[turn(&app).picker.expect("picker").0];
    let targets = harmattan::engine::check::candidate_targets(&session.scenario, 0, def);
    let name = harmattan::engine::news::target_name(&session.scenario, def, targets[row]).expect("a name");
    assert!(row_of_cursor(&mut app).contains(&name), "picker: on the selected target {name}");
    app.update(Action::Back);
    app.update(Action::Char('2'));
    app.update(Action::Select); // Recall ambassador: the picker, on Tarsa
    app.update(Action::Select);
    app.update(Action::Char('5'));
    assert_eq!(turn(&app).draft.orders.len(), 1, "{}", screen(&mut app, 80, 24));
    assert!(row_of_cursor(&mut app).contains("• Recall ambassador → Tarsa"), "decisions: on the selected order");
}
