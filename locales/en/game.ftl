## Sentences the engine makes from the names of things: why an order is unavailable or refused, verdicts, umpire rulings, plain news lines.
## Arguments are names and numbers already written out; `$kind` is faction,
## region or route; `$op` is lt, le, gt, ge, eq, ne (or other).

## Lists of names

game-list-separator = {", "}
game-list-and = { $first } and { $last }

## Why a condition does not hold (a whole sentence; its first letter is made upper case)

game-why-none = This needs { $cond }; none of that holds now.
game-why-while = Not possible while { $cond }.
game-why-flag-missing = This needs “{ $flag }”, which is not the case now.
game-why-flag-holds = Not possible while “{ $flag }” holds.
game-why-route-closed = { $route } is closed.
game-why-route-open = { $route } is open.
game-why-not-active = { $what } is not in effect.
game-why-active = { $what } is already in effect.
game-why-not-controls = { $faction } does not control { $region }.
game-why-controls = { $faction } controls { $region }.
game-why-target-only = Only possible with { $name } as the target.
game-why-target-not = Not possible with { $name } as the target.
game-why-self-only = Only { $name } can do this.
game-why-self-not = { $name } cannot do this.
game-why-situation = Not possible in this situation.
# $subject is a quantity ("Mali's treasury"), $value its value now, $right what it is compared with.
game-why-compare = { $subject } is { $value }; this needs it { $op ->
    [lt] below
    [le] at most
    [gt] above
    [ge] at least
    [eq] exactly
    [ne] other than
   *[other] compared with
} { $right }.
# The same, for a quantity named in the plural ("relations between Mali and Algeria").
game-why-compare-plural = { $subject } are { $value }; this needs them { $op ->
    [lt] below
    [le] at most
    [gt] above
    [ge] at least
    [eq] exactly
    [ne] other than
   *[other] compared with
} { $right }.
game-why-unknown = A condition of this action does not hold now.

## What a condition asks for (phrases inside sentences)

game-cond-always = always
game-cond-never = never
game-cond-and = { $left } and { $right }
game-cond-or = { $left } or { $right }
game-cond-if = { $then } if { $cond }, otherwise { $otherwise }
game-cond-flag = “{ $flag }”
game-cond-not-flag = not “{ $flag }”
game-cond-route-open = { $route } open
game-cond-route-closed = { $route } closed
game-cond-active = { $what } in effect
game-cond-not-active = { $what } not in effect
game-cond-controls = { $faction } controls { $region }
game-cond-not-controls = { $faction } does not control { $region }
game-cond-is = { $left } is { $right }
game-cond-is-not = { $left } is not { $right }
game-cond-compare = { $left } { $op ->
    [lt] below
    [le] at most
    [gt] above
    [ge] at least
    [eq] exactly
    [ne] other than
   *[other] compared with
} { $right }
game-cond-same = { $left } exactly when { $right }
game-cond-opposite = { $left } exactly when not { $right }
game-cond-nonzero = { $value } not zero
game-cond-zero = { $value } zero

## Who a condition is about, when it is not yet known

game-the-acting-faction = the acting faction
game-the-target = the target
game-the-each = the { $kind ->
    [faction] faction
    [region] region
   *[route] route
}
game-the-target-kind = the target { $kind ->
    [faction] faction
    [region] region
   *[route] route
}

## An action in effect: “Escort convoys” on the Salt Road

game-active = “{ $action }”
game-active-at = “{ $action }” { $kind ->
    [faction] towards
   *[other] on
} { $target }

## Quantities

game-q-turn = the turn
game-q-faction-var = { $faction }'s { $var }
game-q-region-var = { $var } in { $region }
game-q-route = { $field ->
    [capacity] the capacity of
    [risk] the risk of attack on
    [loss] the share lost to attacks on
   *[flow] the amount delivered last turn on
} { $route }
game-q-relation = relations between { $a } and { $b }
game-q-minus = minus { $value }
game-q-arith = { $left } { $op ->
    [add] plus
    [sub] minus
    [mul] times
    [div] divided by
   *[other] combined with
} { $right }
game-q-computed = a computed value
# A quantity with its value now: "Mali's treasury (35)".
game-q-valued = { $quantity } ({ $value })

## Totals, averages and counts over factions, regions or routes

game-agg-over-all = all { $kind ->
    [faction] factions
    [region] regions
   *[route] routes
}
game-agg-over-others = the { $kind ->
    [faction] factions
    [region] regions
   *[route] routes
} other than { $name }
game-agg-over-controlled = the regions { $faction } controls
game-agg-over-where = the { $kind ->
    [faction] factions
    [region] regions
   *[route] routes
} where { $cond }
game-agg-count-all = the number of { $kind ->
    [faction] factions
    [region] regions
   *[route] routes
}
game-agg-count-others = the number of { $kind ->
    [faction] factions
    [region] regions
   *[route] routes
} other than { $name }
game-agg-count-controlled = the number of regions { $faction } controls
game-agg-count-where = the number of { $kind ->
    [faction] factions
    [region] regions
   *[route] routes
} where { $cond }
# $func is sum, mean, min or max; $value a variable's name; $over which items.
game-agg-of = { $func ->
    [sum] the total { $value } of
    [mean] the average { $value } of
    [min] the lowest { $value } among
   *[max] the highest { $value } among
} { $over }
# The same with a computed value: "the total of X, over all regions".
game-agg-over = { $func ->
    [sum] the total of
    [mean] the average of
    [min] the lowest of
   *[max] the highest of
} { $value }, over { $over }

## News lines the engine writes where the scenario has no template

game-news-succeeded = { $actor }: { $action } succeeded.
game-news-failed = { $actor }: { $action } failed.
game-news-succeeded-at = { $actor }: { $action } ({ $target }) succeeded.
game-news-failed-at = { $actor }: { $action } ({ $target }) failed.
# $news is an order's news line.
game-news-revealed = Revealed: { $news }
game-news-takes-effect = { $news } (takes effect on turn { $turn })
game-news-now-in-effect = Now in effect: { $news }
game-news-proposal = Proposal from { $from } to { $to }: “{ $action }”.
game-news-declines = { $faction } declines the proposal: { $action }.
game-news-accepts-blocked = { $faction } accepts, but “{ $action }” cannot take effect: { $reason }.
# An event's choice, as the choosing side answered it.
game-news-chose = { $faction }: { $option }
# An order refused when it was carried out.
game-news-refused = { $action }: { $reason }.
game-news-attacked = Shipments on { $route } were attacked: { $lost } of { $sent } lost.
game-news-last-turn = The last turn has been played.
game-news-umpire-ended = The umpire ends the game.
game-news-ended-early = The game ends early: { $cond }.
game-agreement-twice = { $faction } already concluded this agreement this turn ({ $action }); it does not apply twice
game-agreement-twice-pair = { $a } and { $b } already concluded this agreement this turn ({ $action }); it does not apply twice

## Why an order is refused (a reason, after "refused: ")

game-refused-no-such-action = there is no action `{ $id }`
game-refused-unknown-action = unknown action
game-refused-unknown-faction = unknown faction
game-refused-no-target = { $action } takes no target
game-refused-needs-target = { $action } needs a target ({ $kind ->
    [faction] a faction
    [region] a region
    [route] a route
   *[none] nothing
})
game-refused-not-a-target = `{ $id }` is not { $kind ->
    [faction] a faction
    [region] a region
    [route] a route
   *[none] a target
}
game-refused-game-over = the game is over
game-refused-not-playable = { $faction } does not give orders
game-refused-not-its-action = { $faction } cannot take this action
game-refused-own-faction = choose another faction as the target
game-refused-too-late = its effects would land on turn { $turn }, after the game ends
game-refused-already-ordered = already ordered this turn
game-refused-action-points = needs { $ap } { $ap ->
    [one] action point
   *[other] action points
}, { $left } left
game-refused-already-proposed = this proposal is already waiting for an answer
game-refused-in-effect = { $turns ->
    [1] your earlier one is still in effect this turn
   *[other] your earlier one is still in effect for { $turns } more turns
}
game-refused-cost = costs { $amount } { $var }, { $spendable } available

## The end of a game: verdicts, the shared outcome, who comes first

game-verdict-met = { $faction } met its goals.
game-verdict-partly = { $faction } partly met its goals.
game-verdict-missed = { $faction } missed its goals.
game-verdict-label-met = goals met
game-verdict-label-partly = partly met
game-verdict-label-missed = missed
game-verdict-why = It scored { $total } of 100; it needed { $met } to meet its goals and { $partly } to partly meet them.
game-verdict-why-best = Its best result: { $best }, { $best_score } of 100; its weakest: { $worst }, { $worst_score } of 100.
game-verdict-why-shared-lost = { $shared } was lost, which cost every team one step.
# $held is the score at which the shared outcome holds, $lost the one below which it is lost.
game-shared-held = { $shared }: held ({ $score } of 100; it holds at { $held }).
game-shared-strained = { $shared }: strained ({ $score } of 100; it holds at { $held }, and below { $lost } it is lost).
game-shared-lost = { $shared }: lost ({ $score } of 100, below { $lost }): every team's verdict is one step lower.
game-standing-alone = { $faction } comes first: no other team did as well.
game-standing-met = { $faction } comes first: of the teams that met their goals, it is furthest above its own bar.
game-standing-partly = { $faction } comes first: of the teams that partly met their goals, it is furthest above its own bar.
game-standing-missed = { $faction } comes first: every team missed its goals, and it came closest to its own bar.
# $factions is a list of names ("Mali and Niger").
game-standing-shared = { $factions } share first place: the same result, exactly as far above their own bars.
game-first = { $faction } comes first.
game-first-shared = { $factions } share first place.
game-rules-score = Your score is the weighted average of these, from 0 to 100. At { $met } or more your team has met its goals; from { $partly } it has partly met them; below { $partly } it has missed them.
game-rules-shared = { $shared } is every team's outcome: if it ends below { $lost }, every team's verdict is one step lower.
game-rules-shared-average = { $shared } is every team's outcome: if it ends below { $lost } (averaged over the game), every team's verdict is one step lower.
game-rules-first = Each team has its own bars; the team furthest above its own comes first.

## The umpire's rulings

game-umpire-needs-reason = give a reason: the debrief shows every umpire decision
game-umpire-game-over = the game is over
game-umpire-no-such-event = there is no event `{ $id }`
game-umpire-empty-news = the news item is empty
game-umpire-not-a-proposal = not a proposal
game-umpire-no-such-team = that team does not exist in this scenario
game-umpire-no-such-value = that value does not exist in this scenario
game-umpire-no-proposal = type the team's proposal
game-umpire-too-long = the proposal is too long: at most { $most } characters
game-umpire-bad-chance = the chance must be from 0 to 100%
game-umpire-no-success = say what changes if it succeeds
# $outcome is success or failure.
game-umpire-too-many = at most { $most } changes if it { $outcome ->
    [success] succeeds
   *[failure] fails
}
game-umpire-zero-change = a change of 0 to { $value } if it { $outcome ->
    [success] succeeds
   *[failure] fails
}
game-umpire-listed-twice = { $value } is listed twice if it { $outcome ->
    [success] succeeds
   *[failure] fails
}
# What the log records ($slot: "Gao · Fuel stock"; $reason: the umpire's words).
game-umpire-set = Umpire: { $slot } set to { $value } ({ $reason })
game-umpire-brought-in = { $news } (brought in by the umpire)
game-umpire-ends = The umpire ends the game: { $reason }

## A team's own proposal, judged by the umpire and rolled for ($proposal ends with its full stop)

game-proposal-succeeded = { $team } proposed: “{ $proposal }” The umpire judged it { $chance }% likely; the roll was { $roll }: it succeeded. { $changes }
game-proposal-failed = { $team } proposed: “{ $proposal }” The umpire judged it { $chance }% likely; the roll was { $roll }: it failed. { $changes }
game-proposal-preview = { $team } proposes: “{ $proposal }” Your judgement: { $odds }, { $chance }%.
game-proposal-roll = The dice roll 1 to 100: { $chance } or less succeeds.
game-proposal-never = At 0% the roll cannot succeed.
game-proposal-always = At 100% the roll cannot fail.
game-proposal-if-succeeds = If it succeeds: { $changes }
game-proposal-if-fails = If it fails: { $changes }
# $list: the changes, each as game-change-… says it.
game-changes = { $list }.
game-nothing-changed = Nothing changed.
game-nothing-changes = nothing changes.
# $value: "Gao · Fuel stock"; $delta: "+6 days".
game-change-moved = { $value } { $delta }
game-change-limited = { $value } { $delta } ({ $asked } asked; { $after } is its limit)
game-change-at-limit = { $value } unchanged (already { $after }, its limit)
game-change-switched = { $value }: now { $after }
game-change-already = { $value }: already { $after }
game-change-switch-to = { $value }: { $after }
game-odds = { $level ->
    [none] no chance
    [very-unlikely] very unlikely
    [unlikely] unlikely
    [even] could go either way
    [likely] likely
    [almost-certain] almost certain
   *[certain] certain
}

## Values and what changed them: "Gao · Fuel stock 30 → 20 days"

# $place: a faction or region; $var: one of its values.
game-slot-var = { $place } · { $var }
game-slot-route = { $route } · { $field ->
    [capacity] capacity
    [risk] risk
    [loss] loss
    [flow] flow
   *[open] open
}
game-slot-relation = { $a }–{ $b } relation
game-yes = yes
game-no = no
game-value-unit = { $value } { $unit }
game-value-percent = { $value }%
game-change-text = { $slot } { $before } → { $after }
