//! Arabic letter joining: which contextual form (isolated, final, initial,
//! medial) each letter takes beside its neighbours, and the lam-alef
//! ligatures, as Unicode's presentation forms, for terminals that draw each
//! character alone. A small table of our own: the reshaping crates on
//! crates.io give back a whole string (no letter-by-letter answer to keep
//! each cell's colour) and panic on some inputs.

/// How a character joins its neighbours (Unicode's joining types, reduced
/// to what the table below can draw).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joining {
    /// Joins the letters on both sides (بـ).
    Dual,
    /// Joins only the letter before it (ا, د, ر, و…).
    Right,
    /// Joins both sides and keeps its own shape (the tatweel ـ).
    Causing,
    /// Takes no part in joining (a mark alone in its cell).
    Transparent,
    /// Breaks joining: spaces, digits, punctuation, Latin letters, hamza.
    None,
}

/// Letters with presentation forms: (letter, its isolated form, dual-joining).
/// The forms follow the isolated one: final, then (for dual-joining letters)
/// initial and medial.
const LETTERS: [(char, u32, bool); 43] = [
    ('\u{0621}', 0xFE80, false), // hamza: isolated only (see `joining`)
    ('\u{0622}', 0xFE81, false),
    ('\u{0623}', 0xFE83, false),
    ('\u{0624}', 0xFE85, false),
    ('\u{0625}', 0xFE87, false),
    ('\u{0626}', 0xFE89, true),
    ('\u{0627}', 0xFE8D, false),
    ('\u{0628}', 0xFE8F, true),
    ('\u{0629}', 0xFE93, false),
    ('\u{062A}', 0xFE95, true),
    ('\u{062B}', 0xFE99, true),
    ('\u{062C}', 0xFE9D, true),
    ('\u{062D}', 0xFEA1, true),
    ('\u{062E}', 0xFEA5, true),
    ('\u{062F}', 0xFEA9, false),
    ('\u{0630}', 0xFEAB, false),
    ('\u{0631}', 0xFEAD, false),
    ('\u{0632}', 0xFEAF, false),
    ('\u{0633}', 0xFEB1, true),
    ('\u{0634}', 0xFEB5, true),
    ('\u{0635}', 0xFEB9, true),
    ('\u{0636}', 0xFEBD, true),
    ('\u{0637}', 0xFEC1, true),
    ('\u{0638}', 0xFEC5, true),
    ('\u{0639}', 0xFEC9, true),
    ('\u{063A}', 0xFECD, true),
    ('\u{0641}', 0xFED1, true),
    ('\u{0642}', 0xFED5, true),
    ('\u{0643}', 0xFED9, true),
    ('\u{0644}', 0xFEDD, true),
    ('\u{0645}', 0xFEE1, true),
    ('\u{0646}', 0xFEE5, true),
    ('\u{0647}', 0xFEE9, true),
    ('\u{0648}', 0xFEED, false),
    ('\u{0649}', 0xFEEF, false),
    ('\u{064A}', 0xFEF1, true),
    // Letters of other languages written in Arabic script, met in names (ڤ in Maghrebi names).
    ('\u{0671}', 0xFB50, false),
    ('\u{067E}', 0xFB56, true),
    ('\u{0686}', 0xFB7A, true),
    ('\u{0698}', 0xFB8A, false),
    ('\u{06A4}', 0xFB6A, true),
    ('\u{06A9}', 0xFB8E, true),
    ('\u{06AF}', 0xFB92, true),
];

/// Farsi yeh, kept apart from [`LETTERS`] to keep that table sorted by
/// letter (its forms start at U+FBFC).
const FARSI_YEH: (char, u32, bool) = ('\u{06CC}', 0xFBFC, true);

/// Lam (ل), which joins a following alef into one ligature.
pub const LAM: char = '\u{0644}';

/// The table entry of `c`.
fn entry(c: char) -> Option<(u32, bool)> {
    if c == FARSI_YEH.0 {
        return Some((FARSI_YEH.1, FARSI_YEH.2));
    }
    LETTERS.binary_search_by_key(&c, |e| e.0).ok().map(|i| (LETTERS[i].1, LETTERS[i].2))
}

/// Whether `c` is an Arabic combining mark (a haraka, a Quranic mark): it
/// rides on the letter before it.
pub fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}' | '\u{06EA}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}')
}

/// How `c` joins its neighbours.
pub fn joining(c: char) -> Joining {
    match c {
        '\u{0640}' => Joining::Causing,
        '\u{0621}' => Joining::None,
        c if is_mark(c) => Joining::Transparent,
        c => match entry(c) {
            Some((_, true)) => Joining::Dual,
            Some((_, false)) => Joining::Right,
            None => Joining::None,
        },
    }
}

/// Whether a character of type `a` joins a following one of type `b`.
pub fn joins(a: Joining, b: Joining) -> bool {
    matches!(a, Joining::Dual | Joining::Causing) && matches!(b, Joining::Dual | Joining::Right | Joining::Causing)
}

/// The form `c` takes when it joins the letter before it (`before`) and/or
/// the letter after it (`after`), in logical order; `c` itself when it has none.
pub fn form(c: char, before: bool, after: bool) -> char {
    let Some((isolated, dual)) = entry(c) else { return c };
    if c == '\u{0621}' {
        return char::from_u32(isolated).unwrap_or(c);
    }
    let offset = match (before, after && dual) {
        (false, false) => 0,
        (true, false) => 1,
        (false, true) => 2,
        (true, true) => 3,
    };
    char::from_u32(isolated + offset).unwrap_or(c)
}

/// The lam-alef ligature of a lam followed by `alef` (isolated, or final
/// when the lam joins the letter before it); `None` when `alef` is not an
/// alef that makes one.
pub fn lam_alef(alef: char, before: bool) -> Option<char> {
    let isolated = match alef {
        '\u{0622}' => '\u{FEF5}',
        '\u{0623}' => '\u{FEF7}',
        '\u{0625}' => '\u{FEF9}',
        '\u{0627}' => '\u{FEFB}',
        _ => return None,
    };
    if before { char::from_u32(isolated as u32 + 1) } else { Some(isolated) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Shapes a word letter by letter (no marks, no ligatures).
    fn shaped(word: &str) -> String {
        let letters: Vec<char> = word.chars().collect();
        let types: Vec<Joining> = letters.iter().map(|&c| joining(c)).collect();
        (0..letters.len())
            .map(|i| {
                let before = i > 0 && joins(types[i - 1], types[i]);
                let after = i + 1 < letters.len() && joins(types[i], types[i + 1]);
                form(letters[i], before, after)
            })
            .collect()
    }

    #[test]
    fn the_table_is_sorted_for_binary_search() {
        assert!(LETTERS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(LETTERS.iter().all(|e| e.0 < FARSI_YEH.0));
    }

    #[test]
    fn letters_take_their_contextual_forms() {
        // سلام: initial seen, medial lam (no ligature at this level), final alef, isolated meem.
        assert_eq!(shaped("سلام"), "\u{FEB3}\u{FEE0}\u{FE8E}\u{FEE1}");
        // مالي: initial meem, final alef, initial lam (alef does not join forward), final yeh.
        assert_eq!(shaped("مالي"), "\u{FEE3}\u{FE8E}\u{FEDF}\u{FEF2}");
        // A right-joining letter never takes an initial form; hamza stands alone.
        assert_eq!(form('\u{062F}', false, true), '\u{FEA9}');
        assert_eq!(shaped("ءب"), "\u{FE80}\u{FE8F}");
        // Latin letters and digits are left as they are.
        assert_eq!(shaped("a1"), "a1");
        // The tatweel stretches the join: بـ is initial beh.
        assert_eq!(shaped("بـ"), "\u{FE91}\u{0640}");
        assert_eq!(shaped("ڤ"), "\u{FB6A}");
        assert_eq!(shaped("ییی"), "\u{FBFE}\u{FBFF}\u{FBFD}");
    }

    #[test]
    fn lam_and_alef_make_one_ligature() {
        assert_eq!(lam_alef('\u{0627}', false), Some('\u{FEFB}'));
        assert_eq!(lam_alef('\u{0627}', true), Some('\u{FEFC}'));
        assert_eq!(lam_alef('\u{0623}', true), Some('\u{FEF8}'));
        assert_eq!(lam_alef('\u{0628}', false), None);
    }
}
