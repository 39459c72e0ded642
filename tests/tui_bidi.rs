//! Arabic on screen: the tutorial in Arabic drawn at 80×24 as Harmattan
//! orders it for a plain terminal (`--bidi app`: letters joined, lines in
//! visual order, the screen mirrored) and as it is sent to a terminal that
//! orders it itself (`--bidi terminal`: logical order, as written).

mod common;

use common::{render, render_with_cursor, text};
use harmattan::i18n::Lang;
use harmattan::scenario::TUTORIAL;
use harmattan::tui::app::{App, Screen, Target};
use harmattan::tui::bidi::Bidi;
use harmattan::tui::catalog::single;
use harmattan::tui::input::Action;
use harmattan::tui::session::Seat;
use harmattan::tui::theme::Theme;
use ratatui::buffer::Buffer;

const PLAIN: Theme = Theme { colour: false };

/// The tutorial in Arabic, three teams at the keyboard, on Kesh's briefing.
fn briefing(bidi: Bidi) -> App {
    let entries = single(harmattan::scenario::load("scenarios/tutorial.ron", TUTORIAL.as_bytes()));
    let seats = vec![Some(Seat::Human), Some(Seat::Human), Some(Seat::Human), None];
    let mut app = App::new(entries, PLAIN).with_lang(Lang::Ar).with_bidi(bidi).open_first(7, Some(seats));
    app.update(Action::Select);
    assert!(matches!(app.screen, Screen::Briefing { faction: 0, .. }), "{:?}", app.screen);
    app
}

/// Whether any cell holds an Arabic letter that joins its neighbours as
/// written (not as a presentation form). Hamza and tatweel look the same either way.
fn has_unjoined_arabic(buf: &Buffer) -> bool {
    let joining = |ch: char| ('\u{0622}'..='\u{063A}').contains(&ch) || ('\u{0641}'..='\u{064A}').contains(&ch);
    buf.content().iter().any(|c| c.symbol().chars().any(joining))
}

#[test]
fn the_arabic_briefing_is_ordered_by_harmattan() {
    let mut app = briefing(Bidi::App);
    let buf = render(&mut app, 80, 24);
    // Every letter is joined (drawn as its contextual form), and the row keeps its width.
    assert!(!has_unjoined_arabic(&buf), "{}", text(&buf));
    insta::assert_snapshot!("briefing_ar_app_80x24", text(&buf));
}

#[test]
fn the_arabic_briefing_is_left_to_a_bidi_terminal() {
    let mut app = briefing(Bidi::Terminal);
    let buf = render(&mut app, 80, 24);
    // Sent as written: the terminal joins and orders it.
    assert!(has_unjoined_arabic(&buf));
    assert!(!buf.content().iter().any(|c| c.symbol().chars().any(|ch| ('\u{FE70}'..='\u{FEFF}').contains(&ch))));
    insta::assert_snapshot!("briefing_ar_terminal_80x24", text(&buf));
}

#[test]
fn a_mirrored_screen_keeps_clicks_and_the_cursor_on_what_they_name() {
    let mut mirrored = briefing(Bidi::App);
    let (buf, cursor) = render_with_cursor(&mut mirrored, 80, 24);
    let mut plain = briefing(Bidi::Terminal);
    let (_, plain_cursor) = render_with_cursor(&mut plain, 80, 24);
    // The cursor stays on its row and moves to the other half of the screen with it.
    let (c, p) = (cursor.expect("a cursor"), plain_cursor.expect("a cursor"));
    assert_eq!(c.y, p.y);
    assert_eq!(c.x >= 40, p.x < 40, "the cursor at {p:?} should have moved across, it is at {c:?}");
    // The button for Enter covers the same words, now on the other side.
    let button = |app: &App| {
        app.hits.iter().find(|h| h.target == Target::Button(Action::Select)).map(|h| h.rect).expect("an Enter button")
    };
    let (m, p) = (button(&mirrored), button(&plain));
    assert_eq!((m.y, m.width, m.height), (p.y, p.width, p.height));
    assert_eq!(m.x, 80 - p.right(), "the button at {p:?} should mirror");
    let words = |b: &Buffer, r: ratatui::layout::Rect| -> String {
        (r.left()..r.right()).map(|x| b[(x, r.y)].symbol()).collect::<String>()
    };
    assert!(words(&buf, m).contains("Enter"), "{:?}", words(&buf, m));
}
