## The play screens of the interface (title, seats, briefing, turn, results, history, debrief, saves, problems, help, key bar).
# Keys on the key bar keep their keyboard names (Enter, Esc, arrows, letters);
# only the words that describe them are translated. Box titles get their
# surrounding spaces from the program.

## Shared words

# A language's name in that language itself (shown so that anyone can find theirs).
screen-language-name = English
# Names in a sentence: the last two, and each one before them.
screen-list-pair = { $first } and { $second }
screen-list-comma = { $first }, { $second }
screen-enlarge = Please enlarge the terminal to at least { $min_w }×{ $min_h } (it is { $w }×{ $h }).
screen-unknown-reason = unknown
screen-the-game = the game
screen-the-game-in-progress = the game in progress
screen-game-in-progress = the game of { $title } at turn { $turn } of { $turns } (started { $started })
screen-scroll-both = ↑↓ more above and below
screen-scroll-below = ↓ more below (↓ or PgDn)
screen-scroll-above = ↑ more above

## The key bar and the help overlay

screen-key-help = help
screen-key-quit = quit
screen-key-language = Language: { $language }
screen-key-umpire = umpire screen
screen-key-open-save = open a saved game
screen-key-continue-last = continue the last game
screen-key-room = the room: seats, codes, computer players
screen-key-scroll-news = scroll the news
screen-key-choose-scenario = choose scenario
screen-key-open = open
screen-key-choose = choose
screen-key-continue-it = continue it
screen-key-back = back
screen-key-next-turn = next turn
screen-key-previous-turn = previous turn
screen-key-scroll = scroll
screen-key-charts = charts
screen-key-back-to-game = back to the game
screen-key-search = search
screen-key-set-value = set value
screen-key-tabs = tabs
screen-key-move = move
screen-key-inject-adjust = inject / adjust
screen-key-move-scroll = move, scroll
screen-key-news = news
screen-key-own-proposal = a team's own proposal
screen-key-undo = undo turn
screen-key-end-game = end game
screen-key-pause = pause timer
screen-key-bell = bell on/off
screen-key-publish-reason = make the last injected event's reason public
screen-key-projector = projector
screen-key-back-to-umpire = back to the umpire screen
screen-key-news-top = news from the top
screen-key-start = start
screen-key-seat = human or computer
screen-key-seed = type a seed (on its row)
screen-key-show-briefing = show the briefing
screen-key-start-turn = start the turn
screen-key-done = done
screen-key-confirm-orders = confirm orders
screen-key-region = region
screen-key-remove = remove
screen-key-history = history
screen-key-map-value = map value
screen-key-tabs-f-keys = tabs, as 1-5 (also &é"'( ١-٥ ۱-۵)
screen-key-tabs-initials = tabs by initial letter
screen-key-continue = continue
screen-key-choose-chart = choose chart
screen-key-choose-line = choose line
screen-key-export = export report
screen-key-new-game = new game
screen-key-start-game = start the game
screen-key-choose-seat = choose a seat
screen-key-computer-or-team = computer or team
screen-help-title = Keys — ? or Esc to close
screen-help-mouse = Mouse: click tabs, rows and keys below; scroll lists.

## Questions over the screen

screen-quit-title = Quit
screen-quit-question = Quit Harmattan?
screen-quit-close-question = Close the game for every team? It is saved.
screen-quit-leave-question = Leave the game? The same command and code bring you back.
screen-quit-yes = quit
screen-quit-close = close
screen-quit-leave = leave
screen-quit-any-key = any other key
screen-quit-stay = stay
screen-code-title = Umpire screen
screen-code-hint = Enter to confirm · Esc to cancel (every attempt is recorded)
screen-unsaved-title = Not saved
screen-unsaved-head = The game could not be saved:
screen-unsaved-loses = Quitting now loses { $game }.
screen-unsaved-or = or
screen-unsaved-back = back to the game
screen-unsaved-discard = quit without saving
# What `harmattan` prints when the player quit without saving.
screen-unsaved-message = quit without saving: { $game } is lost (the save failed: { $reason }). { $kept }
screen-unsaved-kept = { $path } still holds the last state saved before that.
screen-unsaved-none-kept = None of it was saved.
screen-projector-joining = The game starts when every team has joined: { $seats }

## Status messages (the bottom line)

screen-status-one-minute = One minute left for this turn's orders.
screen-status-confirmed = { $count ->
    [one] { $names } has confirmed.
   *[other] { $names } have confirmed.
}
screen-status-taken-back = The umpire took back turn { $turn }: give your orders for it again.
screen-status-seat-to-computer = The facilitator has given your seat to the computer.
screen-status-time-up-nothing = Time is up: your team gives no orders this turn.
screen-status-time-up-queued = Time is up: your queued orders were given.
screen-status-loaded = Game loaded at turn { $turn }.
screen-status-saved = Saved to { $path }
screen-status-save-failed = Could not save: { $error }
screen-status-report-not-saving = Reports are written next to the save; this game is not being saved.
screen-status-write-failed = Could not write { $path }: { $error }
screen-status-report-written = Report written: { $html } and { $markdown }
screen-status-reloaded = Reloaded { $file }.
screen-status-reload-unchanged = { $file } was saved unchanged: the game goes on.
screen-status-reloaded-ends = Reloaded { $file }: played again on it, the game ends at turn { $turn }.
screen-status-reloaded-replayed = Reloaded { $file }: the game was played again on it up to turn { $turn }.
screen-status-reloaded-unsaved = { $said } It could not be saved: { $error }
screen-status-host-timer = { $error } (start the host with --turn-minutes M).
screen-status-timer-paused = Timer paused: p resumes it.
screen-status-timer-running = Timer running.
screen-status-bell-on = The one-minute bell is on.
screen-status-bell-off = The one-minute bell is off.
screen-status-no-timer = This game has no turn timer (start with --turn-minutes M).
screen-status-not-done = Not done: { $error }
screen-status-only-team-seat = Only a team's seat can be given to the computer.
screen-status-not-started = Not started: { $error }
screen-status-news-empty = The news item is empty; nothing sent.
screen-status-done = Done; recorded with its reason.
screen-status-rolled = Rolled; recorded with its reason.
screen-status-undone-here = Turn undone; the teams play it again.
screen-status-undone = Turn { $turn } undone; the teams play it again.
screen-status-not-undone = Not undone: { $error }
screen-status-last-calls = Time is up: each team still to come to the keyboard gets a last call of { $seconds } s.
screen-status-timed-out-next = { $news } The next team gets a last call of { $seconds } s.
screen-status-timed-out-resolves = { $news } The turn resolves.
screen-status-nothing-to-publish = No event was brought in this turn: nothing to make public.
screen-status-reason-public = The reason is now public news.
screen-status-wrong-code = Wrong facilitator code. The attempt is recorded for the umpire.
screen-status-facilitator-code = Facilitator code: { $code } — write it down: U asks for it to open this screen.
screen-status-not-sent = Not sent: { $error }
screen-error-reason-needed = give a reason: the debrief shows every umpire decision
screen-error-no-turn = no turn has been resolved yet
screen-error-no-history = the game's history is missing

## The umpire's questions (typed answers)

screen-prompt-code = Facilitator code (the umpire screen is for the facilitator only):
screen-prompt-news = News item for every team's log:
screen-prompt-undo-turn = Undo turn { $turn } (the teams play it again) — reason:
screen-prompt-undo-last = Undo the last turn — reason:
screen-prompt-end-game = End the game now — reason:
screen-prompt-inject = Bring in “{ $event }” now — reason (private to the umpire):
screen-prompt-new-value = New value for { $value } (now { $now }; { $range }):
screen-prompt-reason-set = Reason for setting { $value } to { $to }:
screen-prompt-out-of-range = { $typed } is out of range: type a value { $range }.
screen-prompt-type-value = Type a value { $range }, or Esc to cancel.
screen-prompt-not-number = “{ $typed }” is not a whole number: type a value { $range }.
screen-prompt-news-reason = Reason for this news item:
# The values a setting takes: $low and $high as the umpire types them.
screen-range-yes-no = 0 (no) or 1 (yes)
screen-range-at-least = { $low } or more
screen-range-between = from { $low } to { $high }

## What the game records in the interface's words (news the room reads)

screen-news-umpire-event = The umpire brought in “{ $event }”: { $reason }
screen-news-reason-public = reason made public
screen-news-timed-out = { $count ->
    [0] Time ran out for { $team }: it gave no orders this turn.
    [one] Time ran out for { $team }: it gave the 1 order it had queued.
   *[other] Time ran out for { $team }: it gave the { $count } orders it had queued.
}

## Seats

screen-seat-human = Human team
screen-seat-greedy = Computer (greedy)
screen-seat-random = Computer (random)

## Title

screen-title-tagline = a turn-based crisis game for the classroom
screen-title-scenarios = Scenarios
screen-title-turns = { $turns ->
    [one] { $turns } turn
   *[other] { $turns } turns
}
screen-title-problems = { $count ->
    [one] ✗ { $count } problem
   *[other] ✗ { $count } problems
}
screen-title-has-problems = This scenario has problems. Press Enter to see them with their line and column.
screen-title-none = No scenarios found.
screen-title-built-in = { $file } (built in)

## Saved games

screen-saves-title = Saved games — Enter to continue one
screen-saves-title-in = Saved games in { $folder } — Enter to continue one
screen-saves-none = No saved games yet.
screen-save-finished = finished
screen-save-progress = turn { $turn } of { $turns } ({ $date })
screen-save-team = { $faction } team
screen-save-computer = { $faction } AI
screen-save-line = { $title } — { $progress } — started { $started } — { $seats }

## A scenario's problems

screen-problems-title = { $file } does not load: { $count } to fix, then restart
screen-problems-error = error
screen-problems-warning = warning
screen-problems-help = help:

## Hand-over

screen-handover-pass = Pass the keyboard to { $team }
screen-handover-briefing = Team { $team }: press Enter to read your private briefing.
screen-handover-turn = Team { $team }: press Enter to give your orders for this turn.
screen-handover-look-away = Other teams, please look away.
screen-handover-turn-number = Turn { $turn }
screen-handover-last-call = LAST CALL: the turn's time is up
screen-handover-last-call-seconds = You have { $seconds } seconds from Enter, then your queued orders count.

## Briefing

screen-briefing-head = Private briefing — { $team }
screen-briefing-how-you-score = How you score
screen-briefing-objective = • { $objective } ({ $share }% of your score)
screen-briefing-objective-described = • { $objective } ({ $share }% of your score) — { $description }
screen-briefing-done = Press Enter when your team has read this.

## A team's turn

turn-header = Turn { $turn } of { $turns } · { $date } · { $left } of { $points } action points left
turn-confirm-title = Confirm your orders?
turn-confirm-anyway = Confirm anyway?
turn-confirm-yes = yes
turn-confirm-back = back to the orders
turn-unused-points = { $points ->
    [one] You have { $points } action point left.
   *[other] You have { $points } action points left.
}
turn-unused-proposals = { $count ->
    [one] 1 proposal is unanswered (it counts as a refusal).
   *[other] { $count } proposals are unanswered (they count as refusals).
}
turn-unused-both = { $points ->
    [one] You have { $points } action point left
   *[other] You have { $points } action points left
}; { $count ->
    [one] 1 proposal is unanswered (it counts as a refusal).
   *[other] { $count } proposals are unanswered (they count as refusals).
}
turn-tab-overview = Overview
turn-tab-diplomatic = Diplomatic
turn-tab-energy = Energy
turn-tab-security = Security
turn-tab-queue = Queue { $queued } · Answer { $pending }
turn-no-news = No news yet.
turn-map-title = Map · { $value } (v)
turn-lines-above = { $count ->
    [one] … { $count } line above (↑)
   *[other] … { $count } lines above (↑)
}
turn-lines-below = { $count ->
    [one] … { $count } more line (↓ to scroll)
   *[other] … { $count } more lines (↓ to scroll)
}
turn-news-title = News · { $date }
turn-news-more = more in the last resolution
turn-no-one = no one
turn-region-held = { $region } (held by { $holder }) ←→
turn-relations = Relations
turn-situation = Situation
turn-actions-diplomatic = Diplomatic actions
turn-actions-energy = Energy actions
turn-actions-security = Security actions
turn-no-actions = No actions of this kind.
turn-detail-title = What it does
turn-available = Available
turn-available-only = Available · target: { $target } (the only one)
turn-not-available = Not available: { $reason }
turn-no-target = No target is available now.
turn-cost-resource = { $amount } { $resource } (you have { $have })
turn-cost = { $points ->
    [one] Cost: { $points } action point
   *[other] Cost: { $points } action points
}
turn-cost-and = { $points ->
    [one] Cost: { $points } action point, { $resources }
   *[other] Cost: { $points } action points, { $resources }
}
turn-chance = Chance of success: { $chance }%
turn-chance-example = Chance of success: { $chance }% (e.g. on { $target })
turn-proposal-note = A proposal: the other side answers next turn.
turn-secret = Secret: others find out with { $chance }% chance.
turn-delay = { $turns ->
    [one] Takes effect { $turns } turn later.
   *[other] Takes effect { $turns } turns later.
}
turn-lasts = { $turns ->
    [one] Lasts { $turns } turn.
   *[other] Lasts { $turns } turns.
}
turn-stack-refresh = Given again while in effect, it starts its turns again.
turn-stack-refuse = Cannot be given again while it is in effect.
turn-if-succeeds = If it succeeds:
turn-while-it-lasts = While it lasts (undone when it ends):
turn-if-fails = If it fails:
turn-if-declined = If declined:
turn-if-found-out = If found out:
turn-nothing-changes = nothing changes
turn-if-accept = If you accept:
turn-if-accept-chance = If you accept ({ $chance }% chance it works):
turn-no-longer = It can no longer take effect: { $reason }
turn-and-if-fails = and if it fails:
turn-if-decline = If you decline (or do not answer):
turn-score-now = Your score now: { $score }/100
turn-goals = Goals met at { $met }, partly at { $partly }
turn-objective = { $objective } — { $share }% of your score — now { $score }/100
turn-objective-numbers = { $share }% of your score — now { $score }/100
turn-shared = { $outcome } (shared)
turn-shared-held = now { $score }/100 — held from { $held },
turn-shared-lost = lost below { $lost } for every team
turn-decisions-title = Answer these, check your orders, then press c to confirm
turn-proposal-from = Proposal from { $team }: { $action }
turn-your-answer = Your answer:
turn-not-answered = not answered — counts as DECLINE
turn-enter-accept = (Enter: accept)
turn-accept = ACCEPT
turn-decline = DECLINE
turn-enter-change = Enter to change
turn-option-of = { $option } of { $count } · Enter: next
turn-nothing-to-answer = Nothing to answer this turn.
turn-your-orders = Your orders (x to remove):
turn-no-orders = No orders yet: choose actions in tabs 2–4.
turn-picker-title = { $action }: choose a target (Enter, Esc to cancel)
turn-picker-title-short = { $action }: choose a target
turn-picker-keys = Enter choose · Esc cancel

## What happened this turn, and the replay

screen-resolution-title = Resolution — Enter to continue
screen-replay-title-empty = Replay
screen-replay-empty = This save has no resolved turn yet.
screen-replay-title = Replay · turn { $turn } of { $turns } · everything revealed — ←→ turns
screen-resolution-brief = Turn { $turn } · { $date } — in brief
screen-resolution-happened = Happened: { $events }
screen-resolution-largest = Largest changes: { $changes }
screen-resolution-detail = In detail (↓ to scroll)
screen-roll-success = (rolled { $roll } against { $chance }%: ✓ success)
screen-roll-failure = (rolled { $roll } against { $chance }%: ✗ failure)
screen-roll-happens = (rolled { $roll } against { $chance }%: it happens)
screen-roll-not-happen = (rolled { $roll } against { $chance }%: it does not happen)
screen-resolution-refused = { $team }: { $action } refused — { $reason }
screen-resolution-an-order = an order
screen-resolution-rule = Rule: { $rule }
screen-resolution-income = Income: { $team }
screen-resolution-flow = { $route }: { $delivered } of { $sent } delivered
screen-resolution-seen-only = [seen only by { $team }]
screen-resolution-umpire-only = [umpire only]
screen-resolution-changed = What changed (start of orders → end of turn)

## Charts

screen-history-by-region = { $value } by region
screen-history-by-faction = { $value } by faction
screen-history-relations = Relations
screen-history-title = History
screen-history-empty = Charts appear after the first turn is resolved.
screen-history-chart = { $chart } · { $line }: now { $now } · line { $line_at }/{ $lines } ←→ · chart { $chart_at }/{ $charts } ↑↓
screen-history-turn-axis = turn
screen-history-others = •• the others:

## Debrief

screen-debrief-title = Debrief
screen-debrief-head = { $title } — how it ended
screen-debrief-share = { $share }% of the score
screen-debrief-turning-points = Turning points
screen-debrief-turning-point = { $points ->
    [one] Turn { $turn } ({ $date }): scores moved { $points } point
   *[other] Turn { $turn } ({ $date }): scores moved { $points } points
}
screen-debrief-keys = n: new game · g: charts · q: quit

## Play FILE --reload: the scenario file changed

screen-reload-gone = { $file } is gone (moved or deleted): the game goes on with the version loaded; save the file again to reload it.
screen-reload-errors = { $count ->
    [one] { $file } has an error, so it was not loaded.
   *[other] { $file } has { $count } errors, so it was not loaded.
}
screen-reload-goes-on = The game goes on with the version loaded before. Save the file again once it is fixed, and the game is played again on it.
screen-reload-not-title = Scenario not reloaded — Esc closes
screen-reload-title = Scenario reloaded — Esc closes
screen-reload-dropped = These no longer fit the new version and were dropped:
screen-reload-cannot-watch = cannot watch for file changes: { $error }
screen-reload-cannot-watch-folder = { $folder }: cannot watch the folder: { $error }
screen-rebase-ends = { $count ->
    [one] On the new version the game ends after turn { $turn }: the turn played after it is gone.
   *[other] On the new version the game ends after turn { $turn }: the { $count } turns played after it are gone.
}
screen-rebase-not-playable = { $team } is no longer a playable faction: its seat was removed.
screen-rebase-new-playable = { $team } is a new playable faction: a team plays it.
screen-rebase-value-gone = what it changes is no longer in the scenario
screen-rebase-event-gone = the event is no longer in the scenario
screen-rebase-team-gone = the team is no longer in the scenario
screen-rebase-gone = { $name } is no longer in the scenario
screen-rebase-action-gone = the action is no longer in the scenario
screen-rebase-cannot-aim = the action can no longer be aimed at { $target }
screen-rebase-proposal-gone = the proposal is no longer made
screen-rebase-choice-gone = the event no longer asks it
screen-rebase-option-gone = the option “{ $option }” is no longer offered (the first option is taken)
screen-rebase-order = Turn { $turn }: { $team }'s order “{ $action }” was dropped: { $reason }.
screen-rebase-order-on = Turn { $turn }: { $team }'s order “{ $action }” on { $target } was dropped: { $reason }.
screen-rebase-answer = Turn { $turn }: { $team }'s answer to { $from }'s proposal “{ $action }” was dropped: { $reason }.
screen-rebase-choice = Turn { $turn }: { $team }'s choice in “{ $event }” was dropped: { $reason }.
screen-rebase-ruling-set = Turn { $turn }: the umpire's setting of { $value } to { $to } was dropped: { $reason }.
screen-rebase-ruling-event = Turn { $turn }: the event “{ $event }” the umpire brought in was dropped: { $reason }.
screen-rebase-ruling-news = Turn { $turn }: the umpire's news item was dropped: { $reason }.
screen-rebase-ruling-end = Turn { $turn }: the umpire's end of the game was dropped: { $reason }.
screen-rebase-ruling-proposal = Turn { $turn }: { $team }'s own proposal “{ $proposal }” was dropped: { $reason }.

## The map's legend: levels and routes, in full and in short (a narrow map)

screen-legend-high = high
screen-legend-mid = mid
screen-legend-low = low
screen-legend-open = open
screen-legend-risky = risky
screen-legend-closed = closed
screen-legend-shared = shared
screen-legend-high-short = hi
screen-legend-mid-short = mid
screen-legend-low-short = lo
screen-legend-open-short = open
screen-legend-risky-short = risk
screen-legend-closed-short = shut
screen-legend-shared-short = both

## harmattan watch

screen-watch-waiting-folder = Waiting for a game: start one with `harmattan play` in another terminal. It shows here as soon as its seats are chosen (its first save in { $folder }), and a newer game replaces it when one starts.
screen-watch-waiting-file = Waiting for { $file } to be saved…
screen-watch-deleted = ⚠ The save { $file } was deleted; showing the last state read.
screen-watch-problem = ⚠ will retry when the file changes: { $problem }
screen-watch-problem-kept = ⚠ showing the last good state; will retry when the file changes: { $problem }
screen-watch-quit = quit
screen-watch-scroll = ↑↓ PgUp/PgDn scroll the news
screen-watch-following = following { $file } (updates by itself)
screen-watch-watching = watching { $folder }

## What play, replay and watch print

screen-cli-terminal-failed = error: the terminal failed: { $error }
screen-cli-scenario-has-errors = { $path }: the scenario has errors; fix them and try again (`harmattan validate { $path }`)
screen-cli-cannot-write-stdout = error: cannot write to the standard output: { $error }
screen-cli-wrote = wrote { $file }
screen-new-wrote =
    Wrote { $file }: a starter scenario ({ $lines } lines) with 3 factions, 4 regions, 2 routes,
    actions of every category, events, rules and objectives. Its comments explain each part;
    docs/scenario-format.md describes every field.
screen-new-next =
    Next: edit it, then check it with
      harmattan validate { $file }
    To offer it in { $language } too, start a translation with
      harmattan new --translation { $code } { $file }
screen-new-cannot-read = error: { $file }: cannot read the scenario: { $reason }
screen-new-cannot-create-folder = error: { $folder }: cannot create the folder: { $error }
screen-new-language-en = English
screen-new-language-fr = French
screen-new-language-ar = Arabic
screen-new-translation =
    Wrote { $file }: the { $texts ->
        [one] { $texts } text
       *[other] { $texts } texts
    } of { $scenario } to translate into { $language },
    each under the scenario's own text. A text left "" shows the scenario's own.
screen-new-translation-next =
    Next: translate them, then check the translation with
      harmattan validate { $scenario }
screen-new-translation-updated =
    Updated { $file } to the texts of { $scenario }: { $kept } translated { $kept ->
        [one] text
       *[other] texts
    } kept, { $untranslated } still to translate (""), { $gone } no longer in the scenario (kept at the end, as comments).
screen-new-translation-not-updated = error: { $file } was left as it was: put the problems above right, then try again
screen-new-translation-exists-help = { "  " }help: to bring it up to date with the scenario, keeping every translated text, add --update
screen-new-exists =
    error: { $file } already exists; `harmattan new` never overwrites a file
      help: choose another name, or move the existing file away first
screen-new-cannot-create = error: { $file }: cannot create the file: { $error }
screen-new-cannot-write = error: { $file }: cannot write the file: { $error }
screen-signal = stopped by { $signal }
screen-signal-saved = stopped by { $signal }; the game was saved to { $path }
screen-signal-not-saved = stopped by { $signal }; the game could NOT be saved: { $error }
screen-cli-watch-no-terminal = error: `harmattan watch` needs an interactive terminal (stdin and stdout must be a terminal).
screen-cli-no-folder = error: { $folder }: no such folder
screen-cli-cannot-create-folder = error: { $folder }: cannot create the save folder: { $error }
screen-cli-cannot-watch = error: { $reason }
screen-cli-reload = error: --reload: { $reason }
screen-cli-seats = error: --seats: { $reason }
screen-cli-seat-shape = `{ $part }` should look like `mali=human`
screen-cli-seat-unknown = `{ $seat }` is not a seat; use team (or human), ai (greedy) or random
screen-cli-seat-faction = `{ $faction }` is not a playable faction; choose from { $factions }
screen-cli-code = a facilitator code is 4 to 20 letters or digits
screen-cli-no-orders = warning: no --orders file: { $teams } will give no orders (unanswered questions take their default)
screen-cli-orders-ignored = warning: the orders for { $faction } are ignored: the computer plays it (make it `{ $faction }=human` in --seats)
screen-cli-error = error: { $error }
screen-cli-warning = warning: { $warning }
screen-cli-refused = turn { $turn }: { $team }'s order “{ $action }” was refused: { $reason }
screen-cli-refused-on = turn { $turn }: { $team }'s order “{ $action }” on { $target } was refused: { $reason }
screen-cli-refused-unknown = turn { $turn }: { $team }'s order `{ $action }` was refused: { $reason }
screen-cli-order-problems = { $count ->
    [one] { $file }: { $count } problem in the orders
   *[other] { $file }: { $count } problems in the orders
}
screen-cli-result = { $turns ->
    [one] { $turns } turn played; scores: { $scores } (* leads)
   *[other] { $turns } turns played; scores: { $scores } (* leads)
}
screen-cli-lost = harmattan: { $message }
screen-cli-view-no-terminal = error: --view needs an interactive terminal
screen-cli-consistent = { $turns ->
    [one] consistent ({ $turns } turn)
   *[other] consistent ({ $turns } turns)
}
screen-cli-diverges-start = diverges at the start: { $detail }
screen-cli-diverges = diverges at turn { $turn }: { $detail }
screen-cli-differs-start = error: { $file }: the re-play differs from the record at the start (edited by hand, corrupted, or saved by another version)
screen-cli-differs = error: { $file }: the re-play differs from the record at turn { $turn } (edited by hand, corrupted, or saved by another version)
