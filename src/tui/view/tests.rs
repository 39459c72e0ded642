//! With the pseudo-language (every message 40% longer, its letters
//! accented, between brackets), nothing the hand-over card, the status
//! line or the key bar says is cut mid-word at 80×24: a sentence wraps, or
//! the layout makes room, or (on the key bar) a key is left out whole.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::i18n::{FluentValue, Lang, lint, pseudo, source, tr};
use crate::scenario::{TUTORIAL, load};
use crate::tr;
use crate::tui::app::{App, Screen, Then};
use crate::tui::catalog::single;
use crate::tui::input::Action;
use crate::tui::session::Seat;
use crate::tui::theme::Theme;
use crate::tui::timer::{OnExpiry, TurnTimer};

const SIZE: (u16, u16) = (80, 24);

fn still() -> u64 {
    1_764_000_000_000
}

/// The tutorial with Kesh, Tarsa and Oru at the keyboard, on Kesh's first hand-over.
fn game() -> App {
    let seats = vec![Some(Seat::Human), Some(Seat::Human), Some(Seat::Human), None];
    let mut app = App::new(single(load("scenarios/tutorial.ron", TUTORIAL.as_bytes())), Theme { colour: false });
    app.clock_ms = still;
    app.open_first(7, Some(seats))
}

/// The screen's rows as a terminal shows them.
fn rows(app: &mut App) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("the test backend never fails");
    let mut hits = Vec::new();
    terminal.draw(|f| hits = super::draw(app, f)).expect("the test backend never fails");
    app.hits = hits;
    let buffer = terminal.backend().buffer();
    (0..SIZE.1)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < SIZE.0 {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x += u16::try_from(super::cells(symbol)).unwrap_or(1).max(1);
            }
            row
        })
        .collect()
}

/// Text with borders dropped and every run of blanks made one space: a
/// sentence wrapped over several rows reads as one line.
fn flat(text: &str) -> String {
    let plain: String = text.chars().map(|c| if "│─┌┐└┘".contains(c) { ' ' } else { c }).collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_whole(rows: &[String], message: &str, what: &str) {
    let shown = flat(&rows.join("\n"));
    assert!(shown.contains(&flat(message)), "{what}: «{message}» is cut or missing:\n{}", rows.join("\n"));
}

/// The key bar (the last row) shows whole descriptions only: every bracket
/// it opens closes, and nothing ends in `…`.
fn assert_key_bar_whole(rows: &[String], what: &str) {
    let bar = rows.last().map_or("", String::as_str);
    assert!(!bar.contains('…'), "{what}: the key bar cuts a word:\n{bar}");
    assert_eq!(bar.matches('[').count(), bar.matches(']').count(), "{what}: a description is cut:\n{bar}");
    assert!(bar.contains('['), "{what}: the key bar shows no description:\n{bar}");
}

#[test]
fn hand_over_cards_wrap_whole_sentences_in_a_longer_language() {
    let _pseudo = pseudo::enable();
    let lang = Lang::En;
    let mut app = game();
    let team = "Kesh";
    let card = |app: &mut App, then: Then| {
        let rows = rows(app);
        let press = match then {
            Then::Briefing => tr!(lang, "screen-handover-briefing", team = team),
            Then::Turn => tr!(lang, "screen-handover-turn", team = team),
        };
        for message in [
            tr!(lang, "screen-handover-pass", team = team),
            press,
            tr!(lang, "screen-handover-look-away"),
            tr!(lang, "screen-handover-turn-number", turn = 1),
        ] {
            assert_whole(&rows, &message, "the hand-over");
        }
        assert_key_bar_whole(&rows, "the hand-over");
        rows
    };
    assert!(matches!(app.screen, Screen::Handover { faction: 0, then: Then::Briefing }));
    card(&mut app, Then::Briefing);
    for _ in 0..6 {
        app.update(Action::Select);
    }
    assert!(matches!(app.screen, Screen::Handover { faction: 0, then: Then::Turn }), "{:?}", app.screen);
    card(&mut app, Then::Turn);
    // Time is up: the card grows a last call, and still every sentence shows whole.
    let mut timer = TurnTimer::new(std::time::Duration::from_secs(60), OnExpiry::SubmitQueued, still());
    timer.open_orders(still());
    timer.call_last();
    app.timer = Some(timer);
    let rows = card(&mut app, Then::Turn);
    assert_whole(&rows, &tr!(lang, "screen-handover-last-call"), "the last call");
    assert_whole(&rows, &tr!(lang, "screen-handover-last-call-seconds", seconds = 60), "the last call");
}

/// A plausible value for a message's placeholder, by its name.
fn sample(name: &str) -> FluentValue<'static> {
    match name {
        "path" | "file" => "saves/the-salt-road-20251124-160000.ron".into(),
        "folder" => "saves".into(),
        "html" => "saves/the-salt-road-20251124-160000-report.html".into(),
        "markdown" => "saves/the-salt-road-20251124-160000-report.md".into(),
        "error" => "No space left on device (os error 28)".into(),
        "names" => "Kesh and Tarsa".into(),
        "news" => "Time ran out for Tarsa: it gave the 2 orders it had queued.".into(),
        "said" => "Reloaded scenarios/tutorial.ron: the game was played again on it up to turn 3.".into(),
        "code" => "K7QX".into(),
        "language" => "English".into(),
        _ => 3.into(),
    }
}

#[test]
fn every_status_message_shows_whole_in_a_longer_language_even_beside_the_clock() {
    let _pseudo = pseudo::enable();
    let entries = lint::entries(source(Lang::En)).expect("the English catalogue parses");
    let statuses: Vec<_> = entries.iter().filter(|(key, _)| key.starts_with("screen-status-")).collect();
    assert!(statuses.len() > 30, "the status messages are found");
    let mut app = game();
    for _ in 0..7 {
        app.update(Action::Select);
    }
    assert!(matches!(app.screen, Screen::Turn(_)), "{:?}", app.screen);
    for with_clock in [false, true] {
        if with_clock {
            let mut timer = TurnTimer::new(std::time::Duration::from_secs(600), OnExpiry::SubmitQueued, still());
            timer.open_orders(still());
            app.timer = Some(timer);
        }
        for (key, vars) in &statuses {
            let args: Vec<(&str, FluentValue)> = vars.iter().map(|v| (v.as_str(), sample(v))).collect();
            let message = tr(Lang::En, key, &args);
            app.status = Some(message.clone());
            let rows = rows(&mut app);
            assert_whole(&rows[rows.len() - 3..], &message, key);
        }
    }
}

#[test]
fn key_bars_leave_out_whole_keys_rather_than_cut_one_in_a_longer_language() {
    let _pseudo = pseudo::enable();
    let mut app = game();
    let mut seen = Vec::new();
    // Hand-over, briefing, the next hand-overs, the turn and each of its tabs, charts, help.
    for step in 0..20 {
        let rows = rows(&mut app);
        assert_key_bar_whole(&rows, &format!("step {step}: {:?}", app.screen));
        seen.push(std::mem::discriminant(&app.screen));
        let action = match (&app.screen, step) {
            (Screen::Turn(_), 8) => Action::Char('2'),
            (Screen::Turn(_), 9) => Action::Char('5'),
            (Screen::Turn(_), 10) => Action::Char('g'),
            (Screen::History { .. }, _) => Action::Back,
            (Screen::Turn(_), _) => Action::Char('c'),
            _ => Action::Select,
        };
        app.update(action);
        if matches!(&app.screen, Screen::Turn(t) if t.confirming) {
            app.update(Action::Char('y'));
        }
    }
    assert!(seen.contains(&std::mem::discriminant(&Screen::Resolution { scroll: 0 })), "the turn resolved");
    // The title, with the language key and the saved-game keys.
    let mut title = App::new(single(load("scenarios/tutorial.ron", TUTORIAL.as_bytes())), Theme { colour: false });
    assert_key_bar_whole(&rows(&mut title), "the title");
}

mod wrapped {
    use proptest::prelude::*;
    use ratatui::text::{Line, Span};
    use ratatui::widgets::{Paragraph, Wrap};

    use crate::tui::view::Wrapped;

    proptest! {
        /// Counting rows line by line, short lines without wrapping them,
        /// gives what wrapping the whole paragraph gives.
        #[test]
        fn a_wrapped_text_is_as_tall_as_its_paragraph(
            lines in proptest::collection::vec(
                proptest::collection::vec("[a-z é,.·]{0,12}|[ا-ي ]{0,10}|[中文 ]{0,6}|  +", 0..5), 0..8),
            width in 0u16..40,
            trim: bool,
        ) {
            let lines: Vec<Line> =
                lines.into_iter().map(|spans| Line::from(spans.into_iter().map(Span::raw).collect::<Vec<_>>())).collect();
            let whole = Paragraph::new(lines.clone()).wrap(Wrap { trim }).line_count(width);
            prop_assert_eq!(Wrapped::new(lines, trim).height(width), whole);
        }
    }
}
