## A hosted game and facilitator mode: lobby, waiting, seats, umpire and projector screens, the turn timer, host messages.
# Every key here starts with `room-`. Key names (Enter, Esc, L…) stay as the keyboard labels them.

## The turn timer (every screen's bottom line, and the projector's)

# $time is a countdown such as 00:42.
room-timer-last-call-time = Last call { $time }
room-timer-last-call = Last call

## Seats of a hosted game, and what happened in the room (the facilitator's log)

room-seat-projector = Projector
room-seat-umpire = Umpire
room-seat-console = Console
# $seat is a seat's name (a faction, "Projector"…), $address where the connection comes from.
room-log-joined = { $seat } joined from { $address }.
room-log-rejoined = { $seat } rejoined from { $address }.
room-log-taken-over = { $seat } taken over from { $address }.
room-log-disconnected = { $seat } disconnected.
room-log-confirmed = { $faction } has confirmed its orders.
room-log-started = The game has started.
room-log-took-back = The umpire took back turn { $turn }.
room-log-played-by-team = { $faction } is now played by its team.
room-log-played-by-computer = { $faction } is now played by the computer.
room-log-resolved = Turn { $turn } resolved.
room-log-over = The game is over.
room-one-minute = One minute left for this turn's orders.
# $orders is how many orders the team had queued, and gave.
room-log-timed-out = Time ran out for { $faction }: { $orders ->
    [0] it gave no orders this turn.
    [one] it gave the { $orders } order it had queued.
   *[other] it gave the { $orders } orders it had queued.
}
room-not-saved = Could not save: { $reason }
room-log-untold = { $language }: the news could not be told again in this language; seats reading it see the news as the game wrote it.

## Why the host did not do what a seat asked

room-refused-no-seat = no such seat
room-refused-no-longer-expected = these orders are no longer expected (the turn has moved on)
room-refused-not-this-seat = this seat cannot do that
room-refused-started = the game has already started
room-refused-no-timer = this game has no turn timer
room-refused-no-faction-seat = that faction has no seat
room-refused-umpire-orders = the umpire gives no orders

## Each seat's language (`--seat-lang`)

room-seat-lang-form = --seat-lang: write each seat as SEAT=LANG, e.g. mali=fr,algeria=ar (not "{ $part }")
room-seat-lang-no-seat = --seat-lang: no seat is called "{ $name }"; the seats are { $names }
room-seat-lang-no-lang = --seat-lang: no language "{ $code }": use en, fr or ar

## What the host says to the facilitator's console and to the SSH clients

room-cli-needs-terminal = harmattan: the host's console needs an interactive terminal (stdin and stdout must be a terminal).
room-cli-error = error: { $message }
room-cli-error-file = error: { $file }: { $reason }
room-cli-error-seats = error: --seats: { $message }
room-cli-no-team = error: --seats: no faction is played by a team; a hosted game needs at least one
room-cli-saved-over = The finished game is saved in { $path }; `harmattan report { $path }` writes its after-action report.
room-cli-saved = The game is saved in { $path }; go on with it another time with: harmattan host --load { $path }
room-cli-terminal-failed = error: the terminal failed: { $reason }
room-error-threads = cannot start the network threads: { $reason }
room-error-listen = cannot listen on { $address }: { $reason }
room-error-not-a-host-key = { $file } is not a host key ({ $reason }); move it away to make a new one (students' SSH clients will then ask once more whether to trust the host)
room-error-read-host-key = cannot read the host key { $file }: { $reason }
room-error-write-host-key = cannot write the host key { $file }: { $reason }
room-error-make-host-key = cannot make a host key: { $reason }
room-error-create-dir = cannot create { $dir }: { $reason }
# Sent to a client that has not logged in within a minute (its SSH program shows it).
room-no-login-in-time = no login in time
# What a seat's terminal shows as its connection closes.
room-farewell-left = You left the game. The same command and code bring you back.
room-farewell-closed = The facilitator has closed the game; it is saved.
room-farewell-taken-over = Someone else has logged in to this seat with its code, so this connection is closed. If that was not your team, tell the facilitator.

# A value and what it is (a faction's treasury, a relation).
room-label-value = { $label }: { $value }
# Between the items of a list of values or names.
room-list-separator = { ", " }
# On the room's key bar: ←→ changes the selected seat's language.
room-key-seat-language = a seat's language

## A seat's language

# Before the three languages, each named in its own words; $key is the key that switches (L).
room-language = Language ({ $key }):

## A team between its turns (hosted game)

room-waiting-seat = You are in the { $faction } seat.
room-waiting-start = The facilitator will start the game when every team is here.
room-waiting-orders-in = Your orders for turn { $turn } are in.
room-waiting-confirmed = { $faction } has confirmed.
# $teams is a list of names ("Kesh and Oru").
room-waiting-for = Waiting for { $teams }.
room-waiting-results = The results appear here as soon as the turn resolves.

## The room (the facilitator's console, before and during the game)

room-lobby-not-started = not started: Enter starts the game
room-lobby-over = the game is over
room-lobby-turn = turn { $turn } of { $turns }
room-lobby-how = Each team types its command in a terminal, then its code at the password prompt.
room-lobby-title = The room
room-lobby-host-key = Host key: { $fingerprint } — a student's SSH shows this the first time it connects; it should match.
room-lobby-saved = The game is saved after every change (harmattan watch and report read it).
room-lobby-log-title = What happened
# How a seat is doing: at length, and in short where the row is narrow.
room-presence-empty = waiting to join
room-presence-empty-short = not here
room-presence-connected = connected
room-presence-connected-from = connected from { $address }
room-presence-confirmed = confirmed
room-presence-confirmed-from = confirmed from { $address }
room-presence-confirmed-gone = confirmed, disconnected
room-presence-confirmed-gone-short = confirmed, gone
room-presence-disconnected = disconnected: the same code gets back in
room-presence-disconnected-short = DISCONNECTED
room-presence-computer = played by the computer
room-presence-computer-short = computer player

## Who plays each faction (the set-up of a game at one keyboard)

room-seats-question = Who plays each faction? Teams share this keyboard and take turns in secret.
room-seats-title = Seats
room-seats-not-playable = — not playable —
room-seats-seed = Seed:
room-seats-seed-typing = (type digits, Enter to keep)
room-seats-start = Start the game
room-seats-no-team = No human seats: the computer plays every faction and you watch the turns unfold.
room-seats-teams = { $teams ->
    [one] { $teams } team will play.
   *[other] { $teams } teams will play.
} The same seed and orders always give the same game.

## The projector (public view)

room-projector-enlarge = Enlarge the window.
room-projector-indicators = Indicators
room-projector-news = News
room-projector-more-both = ↑↓ more news above and below
room-projector-more-below = ↓ more news (↓ or PgDn)
room-projector-more-above = ↑ more news above
room-projector-no-news = No news yet.
room-projector-nothing-public = Nothing public happened.
# $date is the turn's date as the scenario's calendar writes it.
room-projector-results-heading = Results of turn { $turn } · { $date }
room-projector-this-turn = This turn · { $date }
room-projector-last-turn = Last turn · { $date }
room-projector-how-it-ended = How it ended
room-projector-final-scores = Final scores
# $time is a countdown such as ⏱ 07:42.
room-projector-time-left = Time left { $time }
room-projector-game-over = Game over
room-projector-turn = Turn { $turn } of { $turns } · { $date }
room-projector-turn-results = Turn { $turn } of { $turns } · { $date } · results
# $winner is a sentence saying who came first; $scores the teams and their scores.
room-projector-over-line = Game over. { $winner } Scores: { $scores }.
room-projector-briefings = The game has started: the teams are reading their briefings.
room-projector-results-line = Results of turn { $turn }: the next turn's orders are not open yet.
room-projector-waiting-for = Waiting for orders from { $names }.
# Followed by each team, marked ✓ or …, and the words below.
room-projector-confirmed = Orders confirmed { $done } of { $total }:
room-projector-team-confirmed = confirmed
room-projector-team-thinking = thinking
room-projector-confirmed-short = Confirmed { $done }/{ $total }: { $teams }
# $value is the name of the value the map colours regions by.
room-projector-map = Map · { $value }
room-projector-more-lines = … { $lines ->
    [one] { $lines } more line
   *[other] { $lines } more lines
}: enlarge the window
room-projector-situation = Situation
# Before a situation flag that held at the start and holds no longer.
room-projector-flag-ended = ended:
room-projector-relations = Relations
room-projector-relations-range = Relations (−100 to 100)

## The umpire screen (the facilitator's, never for the teams)

room-umpire-header = UMPIRE — not for the teams · Turn { $turn } of { $turns } · { $date }
room-umpire-header-code = UMPIRE — not for the teams · Turn { $turn } of { $turns } · { $date } · code { $code }
room-tab-state = State
room-tab-last-turn = Last turn
room-tab-events = Events
room-tab-adjust = Adjust
room-tab-preview = Orders preview
room-umpire-state-title = State — n news · z undo · E end · p pause · m bell · r reason public · P projector
room-umpire-code = Facilitator code: { $code } — U asks for it on the game screens; keep it from the teams.
room-umpire-attempts = Attempts to open this screen: { $right } with the right code, { $wrong } with a wrong one
# $at is a time of day in UTC.
room-umpire-attempt-right = turn { $turn } · { $at } UTC · ✓ right code
room-umpire-attempt-wrong = turn { $turn } · { $at } UTC · ✗ wrong code
room-umpire-teams = Teams
room-umpire-not-played = not played
room-umpire-not-joined = not joined
room-umpire-thinking = thinking
room-umpire-orders-in = orders in
room-umpire-score = score { $score }
room-umpire-pending = Pending proposals and choices
room-umpire-none = none
room-umpire-proposal = Proposal from { $from } to { $to }: “{ $action }”
room-umpire-choice = { $faction } must answer: { $event }
room-umpire-relations = Relations
room-umpire-flags-routes = Flags and routes
room-umpire-route-open = { $route }: open, capacity { $capacity }, risk { $risk }%, last flow { $flow }
room-umpire-route-closed = { $route }: CLOSED, capacity { $capacity }, risk { $risk }%, last flow { $flow }
room-umpire-last-turn-title = Last turn — everything, secret orders marked
room-umpire-no-turn-yet = No turn has been resolved yet.
room-umpire-events-title = Events — Enter brings one in now (asks a reason)
room-umpire-event-happened = { $event } — happened on turn { $turn }
room-umpire-event-not-yet = { $event } — has not happened yet
room-umpire-search = Search:
room-umpire-search-hint = / to search (e.g. “niamey fuel”)
room-umpire-search-keys = ↑↓ choose · Enter set · Esc clear
room-umpire-search-change = (/ to change)
room-umpire-adjust-title = Adjust — { $shown } of { $values ->
    [one] { $values } value
   *[other] { $values } values
} · Enter to type a new value (asks a reason)
room-umpire-no-match = No value matches “{ $filter }”. Backspace to change the search, Esc to clear it.
room-umpire-prompt-keys = Enter to confirm · Esc to cancel
room-umpire-preview-title = Orders preview — what each order would do now (no dice rolled)
room-preview-no-change = no direct change
room-preview-chance = { $chance }% · { $effects }
room-preview-row = { $faction } · { $action }: { $status }
room-preview-row-target = { $faction } · { $action } → { $target }: { $status }

## A team's own proposal (the matrix option), on the umpire screen

room-form-title = A team's own proposal (the matrix option)
room-form-team = Team: ◂ { $team } ▸
room-form-proposal = Proposal, in the team's words ({ $count } of { $max } characters):
# $odds says the chance in words ("even odds").
room-form-chance = Chance: ◂ { $chance }% — { $odds } ▸
room-form-success = If it succeeds:
room-form-failure = If it fails:
room-form-none-yet = no change yet (Enter adds one)
room-form-nothing = nothing changes
room-form-reason = Reason for these odds (for you and the report):
room-form-preview-button = Preview before the roll
room-form-hint-team = ←→ choose the team that proposes · ↓/Tab next field · Esc close
room-form-hint-text = Type what the team proposes · ↓/Tab/Enter next field · Esc close
room-form-hint-chance = ←→ 5% less or more: how likely is it, as the team argued it?
room-form-hint-success = Enter adds a value to change if it succeeds · Del removes the last
room-form-hint-failure = Enter adds a value to change if it fails (none is fine) · Del removes the last
room-form-hint-reason = Type why you judged the odds so · ↓/Tab/Enter next field
room-form-hint-preview = Enter shows what will be recorded, before the dice roll · Esc close (kept)
room-form-preview-title = Before the roll — what will be recorded
room-form-preview-reason = Reason: { $reason }
room-form-preview-public = Every team sees the proposal and its outcome; the reason stays with you and the report.
room-form-preview-keys = Enter rolls the dice · Esc back to the form
room-form-rolled-title = Rolled — recorded in the log and the report
room-form-rolled-keys = Enter or Esc closes
room-form-pick-success = If it succeeds: pick a value to change — Enter picks · Esc back to the form
room-form-pick-failure = If it fails: pick a value to change — Enter picks · Esc back to the form
# $value is what changes, $now its value now, $range the values it may take.
room-form-ask-success = If it succeeds, change { $value } by how much? (now { $now }; values { $range }) e.g. +5 or -5:
room-form-ask-failure = If it fails, change { $value } by how much? (now { $now }; values { $range }) e.g. +5 or -5:
room-form-ask-switch-success = If it succeeds, { $value } becomes yes or no? (now { $now }) Type yes or no:
room-form-ask-switch-failure = If it fails, { $value } becomes yes or no? (now { $now }) Type yes or no:
room-form-not-a-number = “{ $text }” is not a change: type a whole number such as +5 or -5.
room-form-zero = A change of 0 does nothing: type a number such as +5 or -5, or Esc to cancel.
room-form-not-yes-or-no = Type yes or no, or Esc to cancel.
room-form-key-confirm = confirm
room-form-key-cancel = cancel
room-form-key-pick = pick this value
room-form-key-back = back to the form
room-form-key-search = search
room-form-key-move = move
room-form-key-roll = roll the dice
room-form-key-close = close
room-form-key-close-kept = close (the draft is kept)
room-form-key-add = add a change
room-form-key-remove = remove the last
room-form-key-field = field
room-form-key-change = change
room-form-key-preview = preview before the roll
room-form-key-next = next field
