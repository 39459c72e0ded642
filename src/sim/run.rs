//! Playing the games of a batch on every core: each game folded into an
//! accumulator as it finishes, accumulators merged in any order.

use std::ops::Range;

use rayon::prelude::*;

use super::game::{GameRecord, SimConfig, game_line, game_seed, play_game};
use super::layout::Layout;
use super::tally::Tally;
use crate::scenario::Scenario;

/// Games played between two writes of `--games-out` lines: bounds the lines
/// held in memory while games finish out of order on several threads.
pub const CHUNK: u32 = 2_048;

/// Plays every game of a batch in parallel and keeps every record, in game
/// order. Memory grows with the batch: prefer [`run_range`], which folds each
/// game into a [`Tally`] and keeps nothing per game.
pub fn run_games(scn: &Scenario, cfg: SimConfig, on_game_done: &(dyn Fn() + Sync)) -> Vec<GameRecord> {
    (0..cfg.runs)
        .into_par_iter()
        .map(|i| {
            let record = play_game(scn, game_seed(cfg.seed, i), cfg);
            on_game_done();
            record
        })
        .collect()
}

/// Receives `--games-out` lines, in game order.
pub type LineSink<'a> = &'a mut dyn FnMut(&[String]) -> std::io::Result<()>;

/// Folds games `range` in parallel: `add` plays game `i` into an accumulator
/// made by `new`, and accumulators are combined with `merge`. When merging is
/// associative and commutative, the result is the same for any number of threads.
pub(super) fn fold_range<T: Send>(
    range: Range<u32>,
    new: &(dyn Fn() -> T + Sync),
    add: &(dyn Fn(&mut T, u32) + Sync),
    merge: &(dyn Fn(&mut T, T) + Sync),
) -> T {
    range
        .into_par_iter()
        .fold(new, |mut acc, i| {
            add(&mut acc, i);
            acc
        })
        .reduce(new, |mut a, b| {
            merge(&mut a, b);
            a
        })
}

/// Plays games `range` of a batch in parallel and folds each into a [`Tally`]
/// as it finishes. With `lines`, every game's JSON line ([`game_line`]) is
/// handed to it in game order, at most [`CHUNK`] at a time. The tally is the
/// same for any number of threads.
pub fn run_range(
    scn: &Scenario,
    layout: &Layout,
    cfg: SimConfig,
    range: Range<u32>,
    mut lines: Option<LineSink<'_>>,
    on_game_done: &(dyn Fn() + Sync),
) -> std::io::Result<Tally> {
    let want_lines = lines.is_some();
    let mut total = Tally::new(layout);
    let mut lo = range.start;
    while lo < range.end {
        let hi = lo.saturating_add(CHUNK).min(range.end);
        let (tally, mut chunk) = fold_range(
            lo..hi,
            &|| (Tally::new(layout), Vec::new()),
            &|(tally, chunk): &mut (Tally, Vec<(u32, String)>), i| {
                let record = play_game(scn, game_seed(cfg.seed, i), cfg);
                tally.add(layout, &record);
                if want_lines {
                    chunk.push((i, game_line(scn, i, &record)));
                }
                on_game_done();
            },
            &|(a, la), (b, lb)| {
                a.merge(&b);
                la.extend(lb);
            },
        );
        total.merge(&tally);
        if let Some(sink) = lines.as_mut() {
            chunk.sort_unstable_by_key(|(i, _)| *i);
            let texts: Vec<String> = chunk.into_iter().map(|(_, line)| line).collect();
            sink(&texts)?;
        }
        lo = hi;
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::ai::AiKind;
    use crate::sim::summarise;

    #[test]
    fn results_do_not_depend_on_the_thread_count() {
        let scn = crate::scenario::load_default().scenario.expect("the default scenario validates");
        let cfg = SimConfig { runs: 6, seed: 9, ai: AiKind::Random, seat: None, turns: None };
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a pool of one thread");
        let two = rayon::ThreadPoolBuilder::new().num_threads(2).build().expect("a pool of two threads");
        let a = one.install(|| run_games(&scn, cfg, &|| {}));
        let b = two.install(|| run_games(&scn, cfg, &|| {}));
        assert_eq!(a, b);
        assert_eq!(summarise(&scn, cfg, &a), summarise(&scn, cfg, &b));
    }
}
