//! Characters drawn mirrored when they run right to left: brackets (as
//! Unicode's bidi mirroring asks), and the drawing characters of a mirrored
//! screen: box corners and tees, pointers, half and partial blocks, braille
//! dots. Arrows (← →) are left alone: they name the arrow keys.

/// Pairs that swap when mirrored (each listed once).
const PAIRS: [(char, char); 52] = [
    // Brackets and quotation marks (Unicode's Bidi_Mirroring_Glyph).
    ('(', ')'),
    ('[', ']'),
    ('{', '}'),
    ('<', '>'),
    ('«', '»'),
    ('‹', '›'),
    ('≤', '≥'),
    ('⟨', '⟩'),
    ('⁅', '⁆'),
    // Pointers.
    ('▶', '◀'),
    ('▸', '◂'),
    ('►', '◄'),
    ('▷', '◁'),
    ('▹', '◃'),
    ('❮', '❯'),
    // Box corners, tees and half lines: light, heavy, double, rounded and mixed.
    ('┌', '┐'),
    ('└', '┘'),
    ('├', '┤'),
    ('┏', '┓'),
    ('┗', '┛'),
    ('┣', '┫'),
    ('╔', '╗'),
    ('╚', '╝'),
    ('╠', '╣'),
    ('╭', '╮'),
    ('╰', '╯'),
    ('┍', '┑'),
    ('┎', '┒'),
    ('┕', '┙'),
    ('┖', '┚'),
    ('┝', '┥'),
    ('┞', '┦'),
    ('┟', '┧'),
    ('┠', '┨'),
    ('┡', '┩'),
    ('┢', '┪'),
    ('╒', '╕'),
    ('╓', '╖'),
    ('╘', '╛'),
    ('╙', '╜'),
    ('╞', '╡'),
    ('╟', '╢'),
    ('╴', '╶'),
    ('╸', '╺'),
    ('╱', '╲'),
    // Half blocks and quadrants.
    ('▌', '▐'),
    ('▏', '▕'),
    ('▖', '▗'),
    ('▘', '▝'),
    ('▙', '▟'),
    ('▛', '▜'),
    ('▚', '▞'),
];

/// Left partial blocks (eighths) with no right-hand twin: a right block of
/// n eighths is the left block of 8 − n eighths with its colours swapped.
const PARTIAL: [(char, char); 5] = [('▎', '▊'), ('▍', '▋'), ('▋', '▍'), ('▊', '▎'), ('▉', '▏')];

/// `c` mirrored left to right, and whether its cell's colours must swap
/// (reversed video) to draw it; `None` when it looks the same both ways.
pub fn mirrored(c: char) -> Option<(char, bool)> {
    if let Some(&(_, m)) = PARTIAL.iter().find(|p| p.0 == c) {
        return Some((m, true));
    }
    if let Some(&(a, b)) = PAIRS.iter().find(|p| p.0 == c || p.1 == c) {
        return Some((if a == c { b } else { a }, false));
    }
    braille(c).map(|m| (m, false))
}

/// A braille pattern mirrored: the dots of its two columns swap.
fn braille(c: char) -> Option<char> {
    let bits = u32::from(c).checked_sub(0x2800).filter(|b| *b <= 0xFF)?;
    // Dots 1-2-3-7 are the left column (bits 0, 1, 2, 6), 4-5-6-8 the right (bits 3, 4, 5, 7).
    let left = bits & 0b0100_0111;
    let right = bits & 0b1011_1000;
    let swapped =
        ((left & 0b111) << 3) | ((left & 0b0100_0000) << 1) | ((right & 0b11_1000) >> 3) | ((right & 0b1000_0000) >> 1);
    char::from_u32(0x2800 + swapped).filter(|m| *m != c)
}

/// Whether `c` is a drawing character (box line, block, braille dot) that
/// separates what is written on either side of it rather than belonging to it.
pub fn is_drawing(c: char) -> bool {
    matches!(c, '\u{2500}'..='\u{259F}' | '\u{2800}'..='\u{28FF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_mirror_both_ways_and_once() {
        for (a, b) in PAIRS {
            assert_eq!(mirrored(a), Some((b, false)));
            assert_eq!(mirrored(b), Some((a, false)));
        }
        let mut all: Vec<char> = PAIRS.iter().flat_map(|p| [p.0, p.1]).collect();
        all.sort_unstable();
        let n = all.len();
        all.dedup();
        assert_eq!(all.len(), n, "a character is listed twice");
        assert_eq!(mirrored('─'), None);
        assert_eq!(mirrored('█'), None);
        assert_eq!(mirrored('a'), None);
        assert_eq!(mirrored('→'), None);
    }

    #[test]
    fn partial_blocks_swap_colours_and_braille_swaps_columns() {
        assert_eq!(mirrored('▎'), Some(('▊', true)));
        assert_eq!(mirrored('▉'), Some(('▏', true)));
        // ⠁ (dot 1, top left) becomes ⠈ (dot 4, top right); ⡀ (dot 7) becomes ⢀ (dot 8).
        assert_eq!(mirrored('⠁'), Some(('⠈', false)));
        assert_eq!(mirrored('⡀'), Some(('⢀', false)));
        assert_eq!(mirrored('⠿'), None);
        for bits in 0..=0xFFu32 {
            let c = char::from_u32(0x2800 + bits).unwrap_or(' ');
            let back = mirrored(c).map_or(c, |(m, _)| mirrored(m).map_or(m, |(b, _)| b));
            assert_eq!(back, c, "mirroring {c} twice");
        }
    }
}
