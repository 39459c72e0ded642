//! Shards of a batch on disk (`simulate --shard I/K --out FILE`) and their
//! merge into the whole batch (`simulate merge`).

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::game::SimConfig;
use super::layout::{Labels, Layout};
use super::summary::Summary;
use super::tally::Tally;
use crate::engine::ai::AiKind;
use crate::i18n::Lang;
use crate::tr;

/// 64-bit FNV-1a of `bytes`: a stable content hash (the same on every machine and version).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The games of shard `index` of `count` in a batch of `runs`: contiguous,
/// in order, and together every game exactly once.
pub fn shard_range(runs: u32, index: u32, count: u32) -> Range<u32> {
    let at = |i: u32| (u64::from(runs) * u64::from(i) / u64::from(count.max(1))) as u32;
    at(index.min(count))..at(index.saturating_add(1).min(count))
}

/// Kind of the JSON document a shard writes.
pub const SHARD_FORMAT: &str = "harmattan-simulation-shard";
/// Version of that document; readers refuse other versions.
pub const SHARD_VERSION: u32 = 3;

/// The accumulator of some games of a batch, as written by `simulate --out`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shard {
    /// Always [`SHARD_FORMAT`].
    pub format: String,
    /// Always [`SHARD_VERSION`].
    pub version: u32,
    /// Version of harmattan (and its engine) that played the games.
    pub harmattan: String,
    /// `fnv1a64:` and the hex FNV-1a hash of the scenario's text.
    pub scenario_hash: String,
    /// Seed of the batch.
    pub seed: u64,
    /// AI in every seat, and one faction's if it differs (`random,mali=greedy`).
    pub ai: String,
    /// `--turns`, if given.
    pub turns: Option<u32>,
    /// Games in the whole batch.
    pub runs: u32,
    /// Games played here: `first..end`.
    pub first: u32,
    pub end: u32,
    /// Names to print.
    pub labels: Labels,
    /// The counts.
    pub tally: Tally,
}

impl Shard {
    /// A shard document for games `range` of a batch of `scn`, whose text hashes to `hash`.
    pub fn new(layout: &Layout, hash: u64, seats: String, cfg: SimConfig, range: Range<u32>, tally: Tally) -> Self {
        Shard {
            format: SHARD_FORMAT.into(),
            version: SHARD_VERSION,
            harmattan: env!("CARGO_PKG_VERSION").into(),
            scenario_hash: format!("fnv1a64:{hash:016x}"),
            seed: cfg.seed,
            ai: seats,
            turns: cfg.turns,
            runs: cfg.runs,
            first: range.start,
            end: range.end,
            labels: layout.labels.clone(),
            tally,
        }
    }

    /// Reads a shard document from untrusted bytes and checks that it holds
    /// together; why it does not, in `lang`.
    pub fn parse(bytes: &[u8], lang: Lang) -> Result<Shard, String> {
        let head: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| tr!(lang, "simulate-shard-bad-json", reason = e.to_string()))?;
        if head.get("format").and_then(|f| f.as_str()) != Some(SHARD_FORMAT) {
            return Err(tr!(lang, "simulate-shard-no-format", format = SHARD_FORMAT));
        }
        let version = SHARD_VERSION.to_string();
        match head.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v == u64::from(SHARD_VERSION) => {}
            Some(v) if v < u64::from(SHARD_VERSION) => {
                return Err(tr!(lang, "simulate-shard-old-version", found = v.to_string(), version = version));
            }
            Some(v) => return Err(tr!(lang, "simulate-shard-other-version", found = v.to_string(), version = version)),
            None => return Err(tr!(lang, "simulate-shard-no-version", version = version)),
        }
        let shard: Shard =
            serde_json::from_value(head).map_err(|e| tr!(lang, "simulate-shard-invalid", reason = e.to_string()))?;
        shard.check_ai(lang)?;
        if shard.first > shard.end || shard.end > shard.runs {
            let (first, end, runs) = (shard.first.to_string(), shard.end.to_string(), shard.runs);
            return Err(tr!(lang, "simulate-shard-range", first = first, end = end, runs = runs));
        }
        shard.tally.check(&shard.labels, u64::from(shard.end - shard.first), lang)?;
        Ok(shard)
    }

    /// Checks the AIs named in the document (`random`, `random,mali=greedy`).
    fn check_ai(&self, lang: Lang) -> Result<(), String> {
        let known = |name: &str| [AiKind::Random, AiKind::Greedy].iter().any(|k| k.name() == name);
        let mut parts = self.ai.split(',');
        let all = parts.next().unwrap_or("");
        let one = parts.next().map(|p| {
            p.split_once('=').filter(|(f, ai)| known(ai) && self.labels.factions.iter().any(|(id, _)| id == f))
        });
        if known(all) && parts.next().is_none() && !matches!(one, Some(None)) {
            Ok(())
        } else {
            Err(tr!(lang, "simulate-shard-unknown-ai", ai = self.ai.as_str()))
        }
    }

    /// The summary of this shard's games.
    pub fn summary(&self) -> Result<Summary, String> {
        let runs = self.end - self.first;
        Ok(self.tally.summary(&self.labels, runs, self.seed, &self.ai))
    }
}

/// Why shards cannot be merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// No shard given.
    Empty,
    /// Shard `.1` was played differently from shard `.0` (what differs: `.2`).
    Mismatch(usize, usize, String),
    /// Shards `.0` and `.1` both played games `.2`.
    Overlap(usize, usize, Range<u32>),
    /// No shard played games `range`; `before` and `after` are the shards
    /// on either side of the gap, if any.
    Missing { range: Range<u32>, before: Option<usize>, after: Option<usize> },
}

/// Merges the shards of one batch into one (playing games `0..runs`),
/// refusing shards of another scenario, version, seed, AI, turn limit or
/// batch size, and game ranges that overlap or leave a gap. Shards are
/// identified by their position in `shards` in the error.
pub fn merge_shards(shards: &[Shard]) -> Result<Shard, MergeError> {
    let first = shards.first().ok_or(MergeError::Empty)?;
    for (i, s) in shards.iter().enumerate().skip(1) {
        let differs = [
            (s.scenario_hash != first.scenario_hash || s.labels != first.labels, "scenario"),
            (s.harmattan != first.harmattan, "harmattan version"),
            (s.seed != first.seed, "seed"),
            (s.ai != first.ai, "AI"),
            (s.turns != first.turns, "turn limit"),
            (s.runs != first.runs, "number of runs"),
        ];
        if let Some((_, what)) = differs.iter().find(|(d, _)| *d) {
            return Err(MergeError::Mismatch(0, i, (*what).to_string()));
        }
    }
    let mut order: Vec<usize> = (0..shards.len()).filter(|&i| shards[i].first < shards[i].end).collect();
    order.sort_by_key(|&i| (shards[i].first, shards[i].end));
    let mut covered = 0u32;
    let mut last: Option<usize> = None;
    let mut tally: Option<Tally> = None;
    for &i in &order {
        let s = &shards[i];
        if s.first < covered {
            let prev = last.unwrap_or(i);
            return Err(MergeError::Overlap(prev, i, s.first..covered.min(s.end)));
        }
        if s.first > covered {
            return Err(MergeError::Missing { range: covered..s.first, before: last, after: Some(i) });
        }
        match &mut tally {
            None => tally = Some(s.tally.clone()),
            Some(t) => t.merge(&s.tally),
        }
        covered = s.end;
        last = Some(i);
    }
    if covered < first.runs {
        return Err(MergeError::Missing { range: covered..first.runs, before: last, after: None });
    }
    let tally = tally.unwrap_or_else(|| first.tally.clone());
    Ok(Shard { first: 0, end: first.runs, tally, ..first.clone() })
}
