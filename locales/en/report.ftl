## After-action reports (text, Markdown, HTML), debrief questions, role cards, facilitator sheet, the teacher's pack.
## Arguments are names, dates and numbers already written out. In an
## outcome, what comes before " (" is the short form a turn's headline shows.

## The report's facts

report-title = After-action report: { $title }
report-warning = Warning:
report-fact-scenario = Scenario
report-fact-period = Period
report-fact-seats = Seats
report-fact-outcome = Outcome
report-fact-seed = Seed
report-fact-started = Started
# $id is the scenario's id, already marked as code.
report-scenario-value = { $title } ({ $id }, { $file })
report-period = { $first } – { $last }: { $played } of { $planned } { $planned ->
    [one] turn
   *[other] turns
} played
report-seat = { $faction } — { $player }
report-player-team = team
report-player-ai = AI ({ $kind ->
    [random] random
    [greedy] greedy
   *[other] { $kind }
})
report-ending-last-turn = The last turn was played.
report-ending-umpire = The umpire ended the game after { $turns } { $turns ->
    [one] turn
   *[other] turns
}.
report-ending-early = The game ended early on turn { $turn }: { $cond }.
report-ending-a-condition = an end condition held
report-ending-not-over = The game is not over: { $played } of { $turns } { $turns ->
    [one] turn
   *[other] turns
} played.
report-warning-start = The start of the game does not re-play as recorded (the save was edited by hand or made by another version): { $detail }. This report shows the game as re-played from its orders, not the recorded results.
report-warning-turn = Turn { $turn } does not re-play as recorded (the save was edited by hand or made by another version): { $detail }. This report shows the game as re-played from its orders, not the recorded results.

## Sections and tables

report-nav-scores = Scores
report-scores-final = Final scores
report-scores-provisional = Scores so far
report-col-faction = Faction
report-col-score = Score
report-col-objective = Objective
report-col-weight = Weight
report-col-share = Share
report-col-measured = Measured
report-col-turn = Turn
report-col-date = Date
report-measured-end = at the end
report-measured-average = average over the game
# $names: the teams, already listed.
report-winner = Winner: { $names }
report-winners = Winners (tied): { $names }
report-leading = Leading: { $names }
report-leading-together = Leading together: { $names }
report-umpire-decisions = Umpire decisions
report-ran-out = Ran out of time
report-questions = Questions for the debrief
report-turning-points = Turning points
report-nothing-moved = Nothing moved: no turn was played.
report-decisions-intro = Decisions that moved the most (impact: each change as a percentage of its value's range, summed; a switch turned on or off counts 100):
report-decision = Turn { $turn } ({ $date }) — { $faction }: { $text }
# $decision: the decision and how it turned out; $impact: a percentage.
report-decision-line = { $decision }. Impact { $impact }: { $changes }.
report-turns-intro = Turns that moved the scores most:
report-turn-when = Turn { $turn } ({ $date })
report-turn-moved = { $turn }: scores moved { $points } { $points ->
    [one] point
   *[other] points
} in all ({ $detail }); indicators moved { $percent }% of their ranges.
report-no-score-changed = no score changed
report-score-moved = { $name } { $before } → { $after }
report-timeline = Timeline
report-timeline-intro = Everything that happened, with nothing hidden: secret orders are shown with whether they were detected.
report-no-turn = No turn was played.
report-turn-title = Turn { $turn } — { $date }
report-events = Events
report-no-orders = no orders
report-earlier = Earlier orders at work
report-routes = Routes
report-news = News
report-changes = Changes: { $list }.
report-separator-semicolon = {"; "}
report-indicators = Indicators
# $start: the word for the first point, as the tables show it.
report-indicators-intro = Values at the start of turn 1, once its income and events are in ({ $start }), and at the end of each turn, before the next turn's income and events.
report-routes-and-flags = Routes and flags
report-point-start = start
report-relations = Relations
report-score = Score
report-route-open = { $route } open
report-name-unit = { $name } ({ $unit })

## Charts

report-chart-title = { $name } by { $kind ->
    [region] region
    [faction] faction
   *[pair] pair
}
report-chart-axis = turn (value at its end)
report-chart-caption = { $title }: { $names }.
report-no-data = no data
report-chart-no-data = { $title }: no data.

## Spreadsheet columns (CSV)

report-csv-turn = turn
report-csv-date = date
report-csv-kind = entity_kind
report-csv-entity = entity
report-csv-variable = variable
report-csv-value = value
report-entity-kind = { $kind ->
    [region] region
    [faction] faction
   *[pair] pair
}

## What happened, item by item

report-action-at = { $action } → { $target }
# $result is success or failure.
report-outcome = { $result ->
    [success] succeeded
   *[failure] failed
}
report-outcome-rolled = { $result ->
    [success] succeeded
   *[failure] failed
} (rolled { $roll }, needed { $chance } or less)
# Two parts of an outcome.
report-then = { $first }; { $then }
report-event-line = { $title }: { $text }
report-event-chance = a { $chance }% chance (rolled { $roll })
report-event-choice = { $faction } must choose: { $prompt }
report-refused = refused: { $reason }
report-takes-effect = takes effect on turn { $turn }
report-secret-detected = secret, detected
report-secret-unseen = secret, not detected
report-proposal-to = proposal to { $to }: { $action }
report-proposed-to = proposed to { $to }: { $action }
report-answers-next-turn = { $faction } answers next turn
report-answers-proposal = answers { $from }'s proposal: { $action }
report-accepted = accepted
report-declined = declined
report-by-default = { $answer } (no answer given: the default applies)
report-blocked = it could no longer take effect
report-answers-choice = answers “{ $title }”: { $prompt }
report-option-accept = accept
report-option-decline = decline
report-chose = chose “{ $option }”
report-chose-id = chose `{ $id }`
report-answers-request = answers request #{ $number }
report-landed = { $faction }'s { $action } takes effect
report-ongoing = { $faction }'s { $action } continues
report-ended = { $faction }'s { $action } ends
report-flow-nothing = { $route }: nothing moved
report-flow = { $route }: { $delivered } of { $sent } delivered
report-flow-interdicted = interdicted (rolled { $roll } against a { $risk }% risk)
report-flow-through = got through (rolled { $roll } against a { $risk }% risk)
report-game-over = The game is over.
report-umpire-intervened = The umpire intervened.
report-umpire-reason = umpire's reason: { $reason }

## The umpire's decisions and the turn timer

report-umpire-set = Turn { $turn }: the umpire set { $slot } to { $value } — reason: { $reason }
report-umpire-inject = Turn { $turn }: the umpire brought in the event “{ $event }” — reason: { $reason }
report-umpire-news = Turn { $turn }: the umpire announced “{ $text }” — reason: { $reason }
report-umpire-end = Turn { $turn }: the umpire ended the game — reason: { $reason }
# $ruling: a team's proposal as the log recorded it, roll and outcome included.
report-umpire-ruled = Turn { $turn }: { $ruling } — reason: { $reason }
report-umpire-proposal = Turn { $turn }: the umpire rolled for { $team }'s proposal “{ $proposal }”, judged { $chance }% likely — reason: { $reason }
report-umpire-undone-ruling = { $ruling } (in the turn later undone)
report-umpire-undid = Turn { $turn }: the umpire undid the turn and it was played again — reason: { $reason }
report-turn-note = Turn { $turn }: { $text }
report-timed-out = Turn { $turn }: a team ran out of time.

## A turn in brief (the resolution screen and the projector)

report-headline-side = { $faction }: { $orders }
report-headline-item = { $text } ({ $outcome })
report-headline-no-orders = no orders the room can see
report-rose = { $value } rose from { $before } to { $after }
report-fell = { $value } fell from { $before } to { $after }
report-routine-income = Each side's income also moved values.
report-routine-income-rules = Income and { $count ->
    [one] one of the scenario's rules
   *[other] { $count } of the scenario's rules
} also moved values
report-routine-rules = { $count ->
    [one] One of the scenario's rules
   *[other] { $count } of the scenario's rules
} also moved values
# $what: one of the two above; $rules: what the rules do, in the scenario's words.
report-routine = { $what }.
report-routine-listed = { $what }: { $rules }.
report-routine-listed-more = { $what }: { $rules }; …

## Questions for the debrief

report-quoted = “{ $text }”
report-two-changes = { $first }, and { $second }
report-q-order = On turn { $turn } ({ $date }), { $faction } chose “{ $action }”: { $effects }. Was it worth it, and what else could { $faction } have done?
report-q-order-at = On turn { $turn } ({ $date }), { $faction } chose “{ $action }” ({ $target }): { $effects }. Was it worth it, and what else could { $faction } have done?
report-q-accepted = On turn { $turn } ({ $date }), { $faction } chose to accept { $from }'s “{ $action }”: { $effects }. Was it worth it, and what else could { $faction } have done?
# $value: "Northern Kesh · Security"; $direction is rose or fell.
report-q-swing = { $value } { $direction ->
    [fell] fell
   *[rose] rose
} from { $start } to { $extreme } by the end of turn { $turn } ({ $date }).
report-q-swing-ended = { $value } { $direction ->
    [fell] fell
   *[rose] rose
} from { $start } to { $extreme } by the end of turn { $turn } ({ $date }), and ended at { $end }.
report-q-swing-cause = { $cause } moved it most directly.
report-q-swing-ask = What caused this, and who gained or lost by it?
report-q-cause-order = { $faction }'s “{ $action }” on turn { $turn }
report-q-cause-accepting = { $faction } accepting { $from }'s “{ $action }” on turn { $turn }
report-q-cause-declining = { $faction } declining { $from }'s “{ $action }” on turn { $turn }
report-q-cause-choice = { $faction }'s choice “{ $option }” on turn { $turn }
report-q-proposal-accepted = { $to } accepted { $from }'s proposal “{ $action }” on turn { $turn }. Who gained more from it, and did it last?
report-q-proposal-declined = { $to } declined { $from }'s proposal “{ $action }” on turn { $turn } — why? What would { $from } have had to offer?
report-q-proposal-ignored = { $to } declined { $from }'s proposal “{ $action }” by not answering on turn { $turn } — why? What would { $from } have had to offer?
report-q-secret-detected = { $faction }'s secret “{ $action }” on turn { $turn } { $result ->
    [success] succeeded
   *[failure] failed
} and was detected. Was the risk worth taking, and how did the others react?
report-q-secret-unseen = { $faction }'s secret “{ $action }” on turn { $turn } { $result ->
    [success] succeeded
   *[failure] failed
} and was never detected. Now that everyone knows, does it change how you read that turn?
report-q-secret-unseen-many = { $faction }'s secret “{ $action }” on turn { $turn } { $result ->
    [success] succeeded
   *[failure] failed
} and was never detected ({ $unseen } secret orders went unseen in all). Now that everyone knows, does it change how you read that turn?
report-q-score = { $faction }'s score { $direction ->
    [fell] fell
   *[rose] rose
} from { $start } to { $end }, more than anyone's. What did it do that mattered most?
# $orders: up to three of its orders, each quoted.
report-q-score-orders = { $faction }'s score { $direction ->
    [fell] fell
   *[rose] rose
} from { $start } to { $end }, more than anyone's (its weightiest orders: { $orders }). What did it do that mattered most?
report-q-winner-won = { $faction } won with { $score }
report-q-winner-leads = { $faction } leads with { $score }
report-q-winner-tied = { $factions } tied with { $score }
# $who: one of the three above.
report-q-winner = { $who }. Could the other teams have stopped it — or was it a shared success?
report-q-winner-objectives = { $who }; its best objective was “{ $best }” ({ $best_score }), its weakest “{ $worst }” ({ $worst_score }). Could the other teams have stopped it — or was it a shared success?
# $direction is improved or worsened.
report-q-relation = Relations between { $a } and { $b } { $direction ->
    [improved] improved
   *[worsened] worsened
} from { $start } to { $end }. Which decisions drove that, and did anyone intend it?
report-q-choice = When “{ $event }” happened on turn { $turn }, { $faction } chose “{ $option }”. What were the alternatives, and would you choose the same now?
report-q-choice-default = When “{ $event }” happened on turn { $turn }, { $faction } chose “{ $option }” (by default: nobody answered). What were the alternatives, and would you choose the same now?
report-q-refused = { $count ->
    [one] One order was
   *[other] { $count } orders were
} refused (the first: { $faction }'s “{ $action }” on turn { $turn }: { $reason }). What had the team misread about the situation?
report-q-chance = “{ $event }” struck on turn { $turn } (a { $chance }% chance). How well prepared was each team, and who could have made it less likely?
report-q-general-again = If you played again, what would your team do differently on the first turn?
report-q-general-unknown = What did your team not know when it gave its orders, and how could it have found out?
report-q-general-surprise = Which outcome surprised you most, and why?
report-q-general-overlap = Where did the teams' interests overlap, and did anyone act on it?
report-q-general-real = Which of these decisions resemble what the real governments did?

## Role cards ($period: "January 2025 to June 2025 (6 turns)")

report-card-period = { $first } to { $last } ({ $turns } { $turns ->
    [one] turn
   *[other] turns
})
report-card-title = { $title } — role card: { $faction }
report-card-keep = { $period }. Keep this card to your team.
report-card-briefing = Your briefing
report-card-scoring = How you score
# $measured is end or average.
report-card-objective = { $share }% of your score, { $measured ->
    [end] measured at the end of the game
   *[average] averaged over every turn
}.
report-card-start = Where you start
report-card-start-note = The scenario's start values, before the first turn's events.
report-card-value = { $var }: { $value } (range { $min }–{ $max })
report-card-orders = You may give up to { $orders } { $orders ->
    [one] order
   *[other] orders
} (action points) each turn.
report-card-actions = What you can do
report-card-category = { $category ->
    [diplomatic] Diplomatic
    [energy] Energy
   *[security] Security
}
report-card-ap = { $ap } AP
report-card-cost = { $amount } { $var }
report-card-chance = about { $chance }% to succeed at the start
report-card-proposal = a proposal: the other side answers next turn
report-card-secret = secret, found out about { $chance }% of the time
report-card-secret-unless = secret unless discovered
report-card-delay = takes effect { $turns } { $turns ->
    [one] turn
   *[other] turns
} later
report-card-lasts = lasts { $turns } { $turns ->
    [one] turn
   *[other] turns
}
report-card-not-again = not again while in effect

## The facilitator's sheet

report-sheet-title = { $title } — facilitator's sheet
report-sheet-teams = The teams
report-sheet-scores-on = Scores on: { $goals }.
report-sheet-others = Also in the scenario, not played by a team: { $factions }.
report-sheet-scripted = Scripted events
# $event: the event's title, with its conditions.
report-sheet-scheduled = Turn { $turn }, { $date }: { $event } — { $text }
report-sheet-if = if { $cond }
report-sheet-when = when { $cond }
report-sheet-chance = { $chance }% chance each turn
report-sheet-chance-varies = a chance each turn that depends on the situation
report-sheet-may-happen = Events that may happen
report-sheet-any-turn = any turn
report-sheet-must-choose = { $faction } must choose.
report-sheet-timings = Suggested timings
report-sheet-minutes = { $minutes } minutes
# $session: "60 minutes"; $each: minutes for each turn.
report-sheet-timing = { $session }: { $intro } min introduction and briefings, { $turns } { $turns ->
    [one] turn
   *[other] turns
} of about { $each } min each, { $debrief } min debrief.
report-sheet-timing-tight = { $session }: { $intro } min introduction and briefings, { $turns } { $turns ->
    [one] turn
   *[other] turns
} of about { $each } min each, { $debrief } min debrief — too tight: use a shorter scenario, or play fewer turns and end early from the umpire screen.
report-sheet-after = How a turn resolves: see docs/rules.md. After the game, `harmattan report SAVE` prints the after-action report for the debrief.

## The teacher's pack

report-pack-title = Teacher's pack: { $title }
report-pack-lead = Everything to prepare, run and assess a class game of this scenario. Print it on A4 paper: each part starts on a new page.
report-pack-contents = Contents
report-pack-generic-only = This scenario has no glossary, map, source sheet or discussion questions of its own: those are written for the built-in scenario, Fuel and Sovereignty. The parts below fit any scenario.
report-pack-map-note = The map is a picture file, map.svg, in the teachers-pack folder of Harmattan's documentation. The HTML version of this pack prints it on this page.

## On the command line

report-cli-not-playable = error: `{ $id }` is not a playable faction of this scenario; choose from { $ids } or facilitator
