# The output of `harmattan simulate`: its summary, --compare, --watch,
# shards and merges (`simulate-…` keys). Ids (factions, variables, actions)
# stay as the modder wrote them; --json output stays English.

## Arguments and the batch

simulate-error-no-runs = error: give a scenario file and --runs N
simulate-error-threads = error: cannot start worker threads: { $reason }
simulate-error-write = error: cannot write { $file }: { $reason }
simulate-games-file = the games file
simulate-path-no-file = the path names no file
simulate-error-json = error: cannot write JSON: { $reason }
simulate-error-seat = error: --seat: { $message }
simulate-seat-form = `{ $text }` should look like `mali=greedy`
simulate-seat-ai = `{ $ai }` is not a computer player; use greedy or random
simulate-seat-faction = `{ $id }` is not a playable faction; choose from { $ids }
simulate-shard-form = expected I/K, for example 0/10
simulate-shard-index = `{ $text }` is not a shard number
simulate-shard-count = `{ $text }` is not a number of shards
simulate-shard-bounds = the number of shards must be 1–1,000,000
simulate-shard-numbered = shards of { $count } are numbered 0 to { $last }
simulate-wrote-shard = wrote { $file }: games { $first }–{ $last } of { $runs }
# The progress bar: $done, $total, $rate and $eta are filled in as it runs.
simulate-progress = { $done }/{ $total } games  { $rate }  eta { $eta }
simulate-speed = { $games ->
    [one] { $games } game
   *[other] { $games } games
} in { $seconds } s ({ $rate } games/s, { $threads ->
    [one] { $threads } thread
   *[other] { $threads } threads
})

## Merging shards

simulate-merge-empty = error: no shard files given
simulate-merge-mismatch = error: { $a } and { $b } are not shards of one batch: their { $what ->
    [scenario] scenario
    [version] harmattan version
    [seed] seed
    [ai] AI
    [turns] turn limit
   *[runs] number of runs
} differs; merge only the shards written with the same scenario, harmattan version, --seed, --ai, --turns and --runs
simulate-merge-overlap = error: { $a } and { $b } both hold games { $first }–{ $last }: give each shard once
simulate-merge-missing = error: no shard holds games { $first }–{ $last } of the batch of { $runs }: a shard file is missing
simulate-merge-missing-after = error: no shard holds games { $first }–{ $last } of the batch of { $runs } after { $before }: a shard file is missing
simulate-merge-missing-before = error: no shard holds games { $first }–{ $last } of the batch of { $runs } before { $after }: a shard file is missing
simulate-merge-missing-between = error: no shard holds games { $first }–{ $last } of the batch of { $runs } after { $before }, before { $after }: a shard file is missing

## Why a shard file is refused

simulate-shard-bad-json = not a simulation shard (bad JSON: { $reason })
simulate-shard-no-format = not a simulation shard (no "format": "{ $format }")
simulate-shard-old-version = shard format version { $found } was written by an older harmattan and lacks counts this one summarises (version { $version }); play its games again with this harmattan: the same --seed, --runs and --shard give the same games
simulate-shard-other-version = shard format version { $found } is not { $version }, the one this harmattan reads
simulate-shard-no-version = shard format version (none) is not { $version }, the one this harmattan reads
simulate-shard-invalid = not a valid simulation shard: { $reason }
simulate-shard-range = its games { $first }..{ $end } are not within a batch of { $runs }
simulate-shard-unknown-ai = unknown AI `{ $ai }`
simulate-tally-games = it counts { $counted } games for a range of { $games }
simulate-tally-shape = its counts do not match its scenario's factions, objectives, variables, actions, events, flags, relations or routes
simulate-tally-totals = a score, objective, variable, relation or route count does not add up to its number of games
simulate-tally-ends = its objective, relation, route or flag counts are impossible
simulate-tally-verdicts = its verdict, shared outcome or margin counts are impossible
simulate-tally-leader = its turn-3 leader counts are impossible
simulate-tally-actions-events = its action or event counts are impossible
simulate-tally-proposals = its proposal counts name an action or a faction it does not have
simulate-tally-action-faction = its action counts name a faction it does not have: `{ $faction }`
simulate-tally-action-wins = its counts of wins in games where an action was used are impossible

## The summary: numbers in tables

# A share in a table or a sentence; $value is already written with one decimal.
simulate-percent = { $value }%

## The summary: results tables (column headings are right- or left-aligned to fit)

simulate-head = Scenario { $scenario } — { $runs ->
    [one] { $runs } game
   *[other] { $runs } games
}, seed { $seed }, { $ai } AI, { $turns } turns on average
simulate-col-faction = faction
simulate-col-mean = mean
simulate-col-median = median
simulate-col-p10 = p10
simulate-col-p90 = p90
simulate-col-min = min
simulate-col-max = max
simulate-col-wins = wins
simulate-col-met = met
simulate-col-partly = partly
simulate-col-missed = missed
simulate-col-variable = entity.variable
simulate-col-action = action
simulate-col-chosen = chosen
simulate-col-succeeded = succeeded
simulate-col-turn-share = % of turns
simulate-col-event = event
simulate-col-fired = fired
simulate-col-game-share = % of games
simulate-col-objective = objective (score at the end)
simulate-col-weight = weight
simulate-col-relation = relation
simulate-col-start = start
simulate-col-route = route
simulate-col-open = open
simulate-col-was = (start)
simulate-col-capacity = capacity
simulate-col-risk = risk
simulate-route-open = open
simulate-route-closed = closed
simulate-shared = The shared outcome was held in { $held }% of games, strained in { $strained }%, lost in { $lost }%.
simulate-ties = Ties: { $ties }% of games. Decided by 2 points or less between teams with the same verdict: { $close }% (median lead { $lead }).
simulate-leader-3 = The leader after turn 3 went on to win { $share }% of games.
simulate-values = Values at game end:
simulate-actions = Actions:
simulate-events = Events (turns of their firings: p10, median, p90):
simulate-firings = Firings of each event by turn (turn: firings):
simulate-firing = { $turn }: { $count }

## The summary: why

simulate-why-all = Why, faction by faction (every line):
simulate-why = Why, faction by faction (the most telling lines; --detail shows every line):
simulate-faction = { $name } ({ $id }): wins { $wins }% of games; its goals are met in { $met }%.
simulate-no-telling-action = No action goes with winning or losing beyond what chance would give.
simulate-telling-actions = Actions, and how often { $id } won when it chose them and when it did not:
simulate-proposals = Proposals:
simulate-proposal-answered = { $action } to { $target }: { $made ->
    [one] made once
   *[other] made { $made } times
}; { $rate }% of the { $answered } answered were accepted.
simulate-proposal-unanswered = { $action } to { $target }: { $made ->
    [one] made once
   *[other] made { $made } times
}; none was answered before the game ended.
simulate-action-both = { $action }: chosen in { $used }% of games; won { $with }% of those and { $without }% of the others.
simulate-action-always = { $action }: chosen in every game; won { $with }% of them.
simulate-action-never = { $action }: never chosen.
simulate-ends-all = At the end of the game:
simulate-ends = At the end of the game (what moved most from the start):
simulate-flags = Flags:
simulate-flag-kept = { $id }: still set at the end of { $set }% of games (set at the start).
simulate-flag-set = { $id }: set at the end of { $set }% of games (unset at the start).

## --compare

simulate-compare-refused = error: { $a } and { $b } cannot be compared: a comparison needs the same playable factions (by id) on both sides.
simulate-compare-only = Only { $file } has: { $ids }.
simulate-compare-a = A: { $file } (scenario { $scenario })
simulate-compare-b = B: { $file } (scenario { $scenario })
simulate-compare-runs = { $runs ->
    [one] { $runs } game
   *[other] { $runs } games
} of each on the same seeds (seed { $seed }, { $ai } AI).
simulate-compare-legend = Shares of games with their 95% intervals; B − A in percentage points, marked * when its interval excludes 0 (beyond noise).
simulate-compare-wins = wins
simulate-compare-met = goals met
simulate-compare-partly = partly met
simulate-compare-missed = goals missed
simulate-compare-shared = shared outcome
simulate-compare-held = held
simulate-compare-strained = strained
simulate-compare-lost = lost
# A share with its 95% interval: "31.0% (28.2–34.0)".
simulate-compare-share = { $value }% ({ $low }–{ $high })
# A difference in percentage points with its interval: "+5.9 (+3.1 to +8.6)".
simulate-compare-difference = { $value } ({ $low } to { $high })
simulate-compare-no-noise = No difference is beyond noise: with { $runs } games, chance alone could explain every change above.
simulate-compare-beyond = Differences beyond noise (marked *): { $count }.
simulate-compare-objectives-all = Objectives' mean scores (points), every one:
simulate-compare-objectives = Objectives' mean scores (points), the largest changes:
simulate-compare-events-all = Share of games in which each event fired, every one:
simulate-compare-events = Share of games in which each event fired, the largest changes:
simulate-compare-actions-all = Share of its turns in which a faction chose each action, every one:
simulate-compare-actions = Share of its turns in which a faction chose each action, the largest changes:
simulate-change-points = { $name }: { $a } in A, { $b } in B ({ $difference }).
simulate-change-percent = { $name }: { $a }% in A, { $b }% in B ({ $difference }).
simulate-change-only-a-points = { $name }: only in A, { $a }.
simulate-change-only-a-percent = { $name }: only in A, { $a }%.
simulate-change-only-b-points = { $name }: only in B, { $b }.
simulate-change-only-b-percent = { $name }: only in B, { $b }%.

## --watch

simulate-watch-error = error: cannot watch for file changes: { $reason }
simulate-watch-folder = error: { $folder }: cannot watch the folder: { $reason }
simulate-watch-same = Nothing changed in { $files } since the results above.
simulate-watch-changed = { $file } changed: the results of the new version follow.
simulate-watch-changed-both = { $files } changed: the results of the new versions follow.
simulate-watch-kept = The results above are still those of the last version without errors.
simulate-watch-waiting = Watching { $files } for changes; press Ctrl-C to stop.
simulate-watch-stopped = Stopped watching { $files }.
