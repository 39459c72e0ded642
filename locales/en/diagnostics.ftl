# Diagnostics of scenario, translation and save files (`harmattan validate`,
# the scenario list, `--reload`, the language server). Codes such as
# `unknown-name` stay English; ids, fields, expressions and paths quoted in
# a message stay as the modder wrote them.

## Labels around the diagnostics

diag-label-here = here
diag-label-help = help:
diag-ok = { $file }: ok
diag-ok-variants = { $file }: ok, with every variant ({ $variants })
diag-ok-translation = { $file }: ok ({ $texts ->
    [one] { $texts } text
   *[other] { $texts } texts
})
diag-ok-translation-built-in = { $file }: ok ({ $texts ->
    [one] { $texts } text
   *[other] { $texts } texts
}, built in)
diag-cannot-read = cannot read the file: { $reason }
diag-error-line = error: { $file }: { $message }
diag-summary = { $files ->
    [one] { $files } file
   *[other] { $files } files
} checked: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
diag-did-you-mean = did you mean `{ $name }`?

## Reading a file

diag-io-help = check that the file exists and that you may read it
diag-not-a-file-help = a scenario is a `.ron` text file
diag-too-large-help = a scenario this large is almost certainly not a scenario file
diag-too-large = the file is larger than { $size }, the most accepted
diag-not-a-file = this is { $kind }, not a file; give the path of a file
diag-file-kind-folder = a folder
diag-file-kind-pipe = a named pipe
diag-file-kind-device = a device
diag-file-kind-socket = a socket
diag-file-kind-other = something other than a regular file
diag-not-utf8 = the file is not valid UTF-8 text
diag-not-utf8-help = save the file as UTF-8 (in Notepad: Save As → Encoding: UTF-8)
diag-empty = the file is empty
diag-only-comments = the file holds only comments
diag-empty-help = run `harmattan new FILE` to write a starter scenario
diag-no-variants-help = this scenario has no variants: leave out `--variant`
diag-variants-help = its variants: { $variants }; leave out `--variant` for the game as written
diag-no-such-variant = this scenario has no variant `{ $variant }`
diag-more-problems = … and { $problems ->
    [one] { $problems } more problem
   *[other] { $problems } more problems
} ({ $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}) not listed
diag-more-problems-help = fix the problems above and validate again: many may have the same cause

## RON syntax and types

diag-unknown-field = unknown field `{ $field }`
diag-unknown-field-in = unknown field `{ $field }` in `{ $outer }`
diag-allowed-fields = allowed fields: { $fields }
diag-missing-field = missing field `{ $field }`
diag-missing-field-in = missing field `{ $field }` in `{ $outer }`
diag-missing-field-help = add `{ $field }: …`; docs/scenario-format.md lists every field
diag-duplicate-field = field `{ $field }` is given twice
diag-duplicate-field-in = field `{ $field }` is given twice in `{ $outer }`
diag-remove-one = remove one of them
diag-unknown-value = unknown value `{ $value }`
diag-unknown-value-in = unknown value `{ $value }` in `{ $outer }`
diag-expected-one-of = expected one of: { $values }
diag-expected-found = expected { $expected }, found { $found }
diag-wrong-length = expected { $expected } but found { $found ->
    [0] zero elements
    [one] one element
   *[other] { $found } elements
} instead
diag-serde-conditions = a condition "…", or a list of conditions ["…", ("…", "reason in words")]
diag-serde-condition-or-pair = a condition "…" or a pair ("condition", "reason in words")
diag-serde-string = a string
diag-serde-bool = a boolean
diag-serde-integer = a whole number
diag-serde-list = a list
diag-serde-map = a map
diag-found-integer = the whole number { $value }
diag-found-decimal = the decimal number { $value }
diag-found-bool = the value { $value }
diag-found-string = the text { $value }
diag-found-list = a list
diag-found-map = a map
diag-found-unit = an empty value `()`
diag-found-option = an optional value
diag-string-never-closed = this string is never closed
diag-string-never-closed-help = add the closing `"` at the end of the text
diag-expected-string = expected a string in double quotes
diag-string-help = text goes in double quotes, e.g. "Gao"
diag-expected-count = expected a whole number of 0 or more
diag-expected-count-help = this field counts something (turns, points, a weight) and cannot be negative
diag-expected-integer = expected a whole number
diag-expected-integer-help = values are whole numbers such as 42 or -5
diag-expected-bool = expected `true` or `false`
diag-expected-list = expected a list in `[ ]`
diag-expected-list-help = write e.g. `["mali", "niger"]`
diag-expected-map = expected a map in `{ $braces }`
diag-expected-map-help = write e.g. `{ $example }`
diag-expected-block = expected a `( … )` block of fields
diag-expected-block-help = write e.g. `(id: "x", name: "X")`
diag-too-deep = the file is nested more than { $levels } levels deep
diag-too-deep-help = a scenario never needs this much nesting; check for unbalanced brackets
diag-ends-early = the file ends too early
diag-ends-early-help = a closing `)`, `]` or `{ $brace }` or a value is missing
diag-decimal = expected a whole number, found a decimal number
diag-decimal-help = this field counts whole units (a weight, a turn, points): write e.g. `2` or `3`
diag-expected-comma = expected a comma
diag-expected-comma-help = separate fields and list items with commas
diag-trailing = unexpected text after the end of the scenario
diag-trailing-help = the whole scenario is one `Scenario( … )` block; check for an extra `)`
diag-wrong-struct = expected `{ $expected }( … )`, found `{ $found }( … )`
diag-wrong-struct-help = write `{ $expected }(` here, or leave the name out and write just `(`
diag-unclosed-comment = a `/*` comment is never closed
diag-unclosed-comment-help = add `*/` where the comment ends
diag-expected-field-name = expected a field name
diag-expected-field-name-help = a `( … )` block may not be closed before this place, or a `,` may be doubled
diag-syntax-help = check the brackets, quotes and commas around this place
diag-open-string = the string that starts at line { $line }, column { $column } runs over several lines: is its closing `"` missing?
diag-run-on-string = the string that starts at line { $line }, column { $column } seems to run on into the next field: is a `"` missing after `{ $text }`?
diag-type-help-integer = write a whole number such as 42
diag-type-help-bool = write `true` or `false`
diag-type-help-other = docs/scenario-format.md shows the type of every field

## Variants

diag-too-many-variants = the file has { $count } variants; at most { $max } are allowed
diag-split-file-help = split the scenario into several files
diag-bad-variant-id = variant id `{ $id }` is not a valid id
diag-bad-variant-id-help = ids use lower-case letters, digits and `_`, starting with a letter, e.g. `short`
diag-duplicate-variant = there are two variants `{ $id }`
diag-duplicate-variant-help = give each variant its own id
diag-no-such-variant-index = there is no such variant
diag-variant-unknown-objective = variant `{ $variant }` changes objective `{ $key }`, which the scenario does not have
diag-variant-unknown-event = variant `{ $variant }` changes event `{ $key }`, which the scenario does not have
diag-variant-unknown-faction = variant `{ $variant }` sets the bars of `{ $key }`, which is not a faction
diag-variant-no-shared = variant `{ $variant }` changes the shared outcome, which the scenario does not have
diag-variant-no-shared-help = add `outcomes: (…, shared: (…))` to the scenario, or remove `shared` here
diag-variant-not-a-value = `{ $key }` does not name a value
diag-variant-not-a-value-help = write `entity.variable`, e.g. "kidal.fuel_stock"
diag-variant-no-entity = there is no faction or region `{ $entity }`
diag-variant-no-variable = `{ $entity }` has no variable `{ $variable }`
diag-variant-out-of-range = `{ $key }` is set to { $value }, outside its range { $min } to { $max }
diag-use-value-from = use a value from { $min } to { $max }
diag-in-variant = in variant `{ $variant }`: { $message }

## Translations of a scenario

diag-tr-io-help = check that you may read the file, or move it away to play without it
diag-tr-not-a-file-help = a translation is a `.ron` text file: `i18n/SCENARIO.LANG.ron`
diag-tr-skeleton-header =
    English texts of { $scenario }. Under each text of the scenario (the comment), write
    its translation between the quotes, in your own words; a text left "" shows
    the scenario's own. Keep `{ $self }` and `{ $target }` in news lines; write place
    names as English writes them. Check it with:
        harmattan validate { $scenario }
diag-tr-skeleton-gone = No longer in the scenario: kept here so that no translation is lost. Delete them when you are done with them.
diag-tr-too-large-help = a translation this large is almost certainly not a translation file
diag-tr-no-scenario-unread = the scenario of this translation, { $scenario }, cannot be read: { $reason }
diag-tr-no-scenario-unparsed = the scenario of this translation, { $scenario }, does not read as a scenario
diag-tr-no-scenario-help = a translation `i18n/STEM.LANG.ron` goes with the scenario `STEM.ron` beside `i18n`; check it with `harmattan validate { $scenario }`
diag-tr-empty-help = run `harmattan new --translation LANG SCENARIO` to write one with every text to translate
diag-tr-trailing = unexpected text after the end of the translation
diag-tr-trailing-help = the whole translation is one `( language: …, texts: { $braces } )` block; check for an extra `)`
diag-tr-unknown-file-language = the file name gives the language `{ $code }`, which Harmattan does not speak
diag-tr-unknown-file-language-help = name the file `SCENARIO.en.ron`, `SCENARIO.fr.ron` or `SCENARIO.ar.ron`
diag-tr-unknown-language = `{ $code }` is not a language Harmattan speaks
diag-tr-unknown-language-help = write `language: "en"`, `"fr"` or `"ar"`
diag-tr-wrong-language = `language` is `{ $found }`, but the file name says `{ $expected }`
diag-tr-wrong-language-help = write `language: "{ $expected }"`, or name the file after its language: `SCENARIO.{ $found }.ron`
diag-tr-duplicate-key = `{ $key }` is given twice
diag-tr-duplicate-key-help = keep one: the first is on line { $line }
diag-tr-unknown-key = the scenario has no text `{ $key }`
diag-tr-unknown-key-help = a key names a text by ids, e.g. `faction.ID.name`; `harmattan new --translation LANG SCENARIO` writes every key
diag-tr-line-break-help = write it on one line, as the scenario's text is: line breaks and tabs are allowed only in long texts
diag-tr-control-help = remove it: the terminal would act on it rather than show it
diag-tr-control = this translation of `{ $key }` contains { $character }, a control character
diag-tr-private-use = this translation of `{ $key }` contains { $character }, a private-use character
diag-tr-noncharacter = this translation of `{ $key }` contains { $character }, which Unicode reserves as a noncharacter
diag-tr-unassigned = this translation of `{ $key }` contains { $character }, which Unicode assigns to no character
diag-tr-unrenderable-help = no screen shows it the same way: remove it, or write the character meant
diag-tr-too-long = this translation of `{ $key }` is { $length } characters long; at most { $max } are allowed
diag-tr-too-long-help = shorten it: the limit for a { $what } is the scenario's own
diag-tr-placeholders = this translation of `{ $key }` uses { $theirs }, but the scenario's text uses { $ours }
diag-tr-placeholders-none = none
diag-tr-placeholders-and = { $init } and { $last }
diag-tr-no-placeholder-help = the scenario's text has no `{ $braces }`: write the translation without one
diag-tr-same-placeholders-help = use the same placeholders as the scenario's text, in any order: { $ours }
diag-tr-too-many-placeholders = this translation of `{ $key }` uses `{ $self }` and `{ $target }` { $count } times; at most { $max } are allowed
diag-tr-too-many-placeholders-help = each one becomes a name, which makes the line long: name each side once or twice
diag-tr-incomplete = { $missing } of the scenario's { $total ->
    [one] { $total } text
   *[other] { $total } texts
} { $missing ->
    [one] is
   *[other] are
} not translated: { $keys }
diag-tr-incomplete-more = { $missing } of the scenario's { $total ->
    [one] { $total } text
   *[other] { $total } texts
} { $missing ->
    [one] is
   *[other] are
} not translated: { $keys } and { $more } more
diag-tr-incomplete-help = players read the scenario's own text for these; add each key to `texts` with its translation (`harmattan new --translation LANG SCENARIO --update` adds them all)

## Checks of a scenario's contents

diag-and-other-uses = { $message } (and { $others ->
    [one] { $others } other use
   *[other] { $others } other uses
} like it)
diag-invalid-id-declared-rename = `{ $id }` is declared, but it is not a valid id: rename it `{ $valid }` where it is declared, and the uses will match
diag-invalid-id-declared = `{ $id }` is declared, but it is not a valid id: give it a valid id where it is declared, and use that
diag-too-many-problems = the file has more than { $problems } problems; only the first { $problems } are reported
diag-too-many-problems-help = fix these and validate again: many problems often share one cause
diag-cost-turn = resolving one turn
diag-cost-orders = checking every order faction `{ $faction }` could give
diag-too-costly = { $what } would take about { $units } units of work; the limit is { $limit }
diag-too-costly-help = the heaviest part is { $part }: { $units } units, { $share }% of it; shorten its expressions, or run it over fewer items
diag-place-line = { $path } (line { $line })
diag-out-of-range = { $what } is { $value }, outside { $lo }..={ $hi }
diag-too-many-items = { $count } { $what }; at most { $max } are allowed
diag-too-many-items-help = split the scenario, or merge similar entries
diag-what-requirements = requirements
diag-what-effects = effects
diag-what-variables = variables
diag-what-factions = factions
diag-what-regions = regions
diag-what-routes = routes
diag-what-flags = flags
diag-what-actions = actions
diag-what-events = events
diag-what-rules = rules
diag-what-objectives = objectives
diag-what-options = options
diag-what-action-factions = factions in one action
diag-bad-id = { $kind } id `{ $id }` is not a valid id
diag-bad-id-help = ids use lower-case letters, digits and `_`, starting with a letter, e.g. `{ $suggestion }`
diag-bad-id-name-help = ids use lower-case ASCII letters, digits and `_`; players never see an id: keep `{ $id }` as the name and give an id such as `{ $suggestion }`
diag-reserved-id = { $kind } id `{ $id }` is a reserved word of the expression language
diag-reserved-id-help = choose another id, e.g. `{ $suggestion }`
diag-duplicate-id = { $kind } id `{ $id }` is used twice
diag-duplicate-id-help = the first `{ $id }` is at { $first }; rename one of them
diag-briefing-contradicts-start = the text of faction `{ $faction }` says its { $variable } starts at { $said }, but the scenario starts it at { $start }
diag-briefing-contradicts-start-help = write { $start }, or change the faction's `values` or the variable's `initial`
diag-requirement-without-words = a requirement of action `{ $action }` has no reason in words for players
diag-requirement-without-words-help = write it as a pair: the condition, then the reason players read when it does not hold
diag-date-outside-calendar = event `{ $event }` is dated { $date }, which no turn of the game reaches: it never happens
diag-date-outside-calendars = event `{ $event }` is dated { $date }, which no turn of the game nor any variant's reaches: it never happens
diag-date-outside-calendar-help = date it within the calendar (it starts { $start } and has { $turns } turns), or remove the event
diag-what-units = the units of { $kind } variable `{ $variable }`
diag-bad-range = variable `{ $variable }` has max { $max } below min { $min }
diag-bad-range-help = swap them, or raise max
diag-what-initial = initial value of `{ $variable }`
diag-unknown-variable = unknown { $kind } variable `{ $variable }`
diag-unknown-variable-help = declare it under `variables: (… { $kind }: [...])`, or use one of: { $ids }
diag-wrong-kind = { $what } must be a { $want }, but `{ $id }` is a { $kind }
diag-wrong-kind-help = name a { $want } here
diag-unknown-entity = unknown { $kind } `{ $id }` in { $what }
diag-unsupported-format = format version { $format } is not supported
diag-unsupported-format-help = this version of Harmattan reads `format: { $format }`
diag-no-playable = no faction is playable
diag-no-playable-help = set `playable: true` on at least one faction
diag-no-factions = the scenario has no factions
diag-no-factions-help = add at least one faction with `playable: true`
diag-empty-title = the title is empty
diag-empty-title-help = give the scenario a title; it is shown on the title screen
diag-not-a-date = `{ $date }` is not a date
diag-not-a-date-help = write `YYYY-MM` or `YYYY-MM-DD`, e.g. { $example }
diag-what-turn-length = turn length
diag-id-taken = id `{ $id }` is already used by a { $kind }
diag-id-taken-help = factions, regions and routes share one set of ids; the first is at { $first }
diag-bad-colour = `{ $colour }` is not a colour
diag-bad-colour-help = use one of { $colours } or `#rrggbb`
diag-unknown-income-variable = unknown faction variable `{ $variable }` in income
diag-what-objective-weight = objective weight
diag-objective-constant = objective `{ $objective }` does not depend on anything in the game
diag-objective-constant-help = its score can never change; refer to a variable, relation, flag or route, e.g. `self.stability >= 50`
diag-no-objectives = playable faction `{ $faction }` has no objectives, so it always scores 0
diag-no-objectives-help = add `objectives: [...]` so the team knows what success means
diag-what-met = the score to meet one's goals
diag-what-partly = the score to partly meet them
diag-thresholds-help = e.g. `met: 60, partly: 40`: 60 or more meets the goals, 40 to 59 partly meets them
diag-bars = `{ $low }` ({ $low_value }) must be below `{ $high }` ({ $high_value })
diag-what-held = the score at which it holds
diag-what-lost = the score below which it is lost
diag-shared-help = e.g. `held: 60, lost: 40`: below 40 it is lost, 60 or more it holds
diag-what-controller = the controller
diag-what-map-x = map x
diag-what-map-y = map y
diag-what-route-start = the route's start
diag-what-route-end = the route's end
diag-route-loop = route `{ $route }` starts and ends in `{ $region }`
diag-route-loop-help = a route must join two different regions
diag-unknown-carried = unknown region variable `{ $variable }` carried by route `{ $route }`
diag-what-a-relation = a relation
diag-what-relation = relation
diag-bad-relation = a relation joins two different factions, but both are `{ $faction }`
diag-bad-relation-help = name two different factions
diag-relation-twice = the relation between `{ $first }` and `{ $second }` is set twice
diag-relation-twice-help = the first is { $first }; remove one
diag-what-the-action-factions = the action's factions
diag-no-faction-can = no faction can take action `{ $action }`
diag-no-faction-can-help = list the factions that may take it, e.g. `factions: ["mali"]`
diag-only-unplayable = action `{ $action }` can only be taken by factions that are not playable
diag-only-unplayable-help = non-playable factions never give orders; list a playable faction
diag-ap-zero = action `{ $action }` uses 0 action points; every order uses at least 1
diag-ap-zero-help = use a value from 1 to { $max }, or leave `ap` out for 1
diag-ap-too-high = action `{ $action }` needs { $ap } action points; its factions have at most { $max }
diag-negative-cost = cost of `{ $variable }` is { $amount }; costs cannot be negative
diag-negative-cost-help = to give `{ $variable }`, add an effect such as `{ $effect }` to on_success
diag-unknown-cost-variable = unknown faction variable `{ $variable }` in cost
diag-cost-region-help = costs are paid from the acting faction's own variables ({ $own }); to use up a region's `{ $variable }`, add an effect such as `{ $effect }` to on_success
diag-cost-help = costs are paid from the acting faction's own variables: { $own }
diag-bad-consent = action `{ $action }` asks for consent but does not target a faction
diag-bad-consent-help = add `target: Faction`, or remove `consent: true`
diag-proposal-to-nobody = proposal `{ $action }` can be made to `{ $faction }`, which no team or computer plays, so it would always be declined
diag-proposal-to-nobody-help = say who may receive it with a requirement on `target`, e.g. `{ $example }`
diag-proposal-to-nobody-reason = { $name } does not take part in talks.
diag-unused-on-decline = `on_decline` of action `{ $action }` is never used, because it is not a proposal
diag-unused-on-decline-help = add `consent: true` to make it a proposal the target answers
diag-unused-on-detected = `on_detected` of action `{ $action }` is never used, because it is not secret
diag-unused-on-detected-help = add `visibility: Secret("30")` (the chance, in percent, that it is found out)
diag-unused-ongoing = action `{ $action }` has ongoing or on_end effects but no duration
diag-unused-ongoing-help = set `duration: N` (turns)
diag-unused-failure = `{ $field }` of action `{ $action }` is never used, because it always succeeds (it has no `chance`)
diag-unused-failure-proposal-help = a declined proposal makes its own news; `news_failure` is for a `chance` roll that fails after it is accepted
diag-unused-failure-help = give it a `chance` (in percent), or remove the field
diag-unused-hold = action `{ $action }` holds effects but has no duration, so they would never be given back
diag-unused-hold-help = set `duration: N` (the turns they are held), or move them to `on_success`
diag-unused-stack = `stack` of action `{ $action }` is never used, because it does not last
diag-unused-stack-help = set `duration: N` (turns), or remove `stack`
diag-self-relation = when `{ $faction }` takes this action, `{ $relation }` is its relation with itself, so this effect does nothing
diag-self-relation-help = if `{ $faction }` should not take it, remove `{ $faction }` from `factions`; otherwise the effect applies to the other factions only, as intended
diag-no-target = `{ $target }` is used, but this action has no target
diag-no-target-help = remove `{ $target }`, or give the action a `target`
diag-unknown-placeholder = unknown placeholder `{ $placeholder }` in news text
diag-placeholders-help = news text may use `{ $self }` and `{ $target }`
diag-reordering-character = this { $what } contains { $character }, a character that reorders text
diag-control-character = this { $what } contains { $character }, a control character
diag-control-in-id-help = remove it: ids use only `a`–`z`, `0`–`9` and `_`
diag-line-break-help = write it on one line: line breaks and tabs are allowed only in long texts
diag-control-in-text-help = remove it: the terminal would act on it rather than show it; only line breaks and tabs may appear here
diag-long-id-help = shorten it: an id names a thing in expressions; a longer name belongs in `name`
diag-long-name-help = shorten it: it is shown on one line; longer explanations belong in a description
diag-long-news-help = shorten it: a news line is one line of the turn's report
diag-long-text-help = shorten it, or spread it over several texts
diag-too-long = this { $what } is { $length } characters long; at most { $max } are allowed
diag-too-many-placeholders = this { $what } uses `{ $self }` and `{ $target }` { $count } times; at most { $max } are allowed
diag-turn-and-date = an event has a `turn` or a `date`, not both
diag-turn-and-date-help = keep the date: it stays right in every variant's calendar
diag-turn-zero = turn 0 does not exist; the first turn is 1
diag-turn-zero-help = use `turn: 1` for the opening turn
diag-event-after-end = event `{ $event }` is scheduled for turn { $turn }, but the game ends after turn { $turns }
diag-event-after-end-help = schedule it between 1 and { $turns }, or add turns in `meta.calendar.turns`
diag-cooldown-zero = a cooldown of 0 turns is the same as `Always`
diag-cooldown-zero-help = write `repeat: Always`, or a cooldown of at least 1
diag-what-choice = the choice
diag-empty-choice = a choice needs at least one option
diag-empty-choice-help = add options, or remove the choice
diag-known-none = the scenario declares no { $kind } yet
diag-known-some = known { $kind } ids include { $ids } (and { $more } more)
diag-known = known { $kind } ids: { $ids }
diag-impossible-day = `{ $date }` is not a date: { $month } { $year } has { $days } days
diag-impossible-day-help = use a day from 1 to { $days }
diag-kind-faction = faction
diag-kind-region = region
diag-kind-route = route
diag-kind-variable = variable
diag-kind-flag = flag
diag-kind-scenario = scenario
diag-kind-action = action
diag-kind-event = event
diag-kind-rule = rule
diag-kind-objective = objective
diag-kind-option = option

## Expressions: syntax

diag-expr-number-too-large = number `{ $number }` is too large
diag-expr-number-too-large-help = numbers must lie between -{ $max } and { $max }
diag-expr-decimal = decimal numbers are not supported
diag-expr-decimal-help = all values are whole numbers: write `x * 110 / 100` for 110%
diag-expr-unexpected-character = unexpected character `{ $character }` in expression
diag-expr-unexpected-character-help = expressions use names, whole numbers, + - * / %, comparisons, and, or, not, and parentheses
diag-expr-expected-assign = expected `=`, `+=` or `-=` after the place to change
diag-expr-expected-assign-help = an effect looks like `self.treasury -= 10` or `flag.airspace_open = false`
diag-expr-too-long = expression is { $length } bytes long; the limit is { $max }
diag-expr-too-long-help = split it into several effects or rules
diag-expr-empty = empty expression
diag-expr-empty-help = write a condition such as `turn >= 3`, or remove the field
diag-expr-assignment = assignment is not allowed here
diag-expr-assignment-help = to compare, write `==`
diag-expr-unexpected = unexpected `{ $token }`
diag-expr-unexpected-help = is an operator or a comma missing?
diag-expr-too-deep = expression is nested more than { $levels } levels deep
diag-expr-too-deep-help = simplify it or split it into several effects
diag-expr-chained = comparisons cannot be chained
diag-expr-chained-help = write `a < b and b < c`
diag-expr-expected-paren = expected `)`
diag-expr-expected-paren-help = the `(` at position { $position } is never closed
diag-expr-name-after-dot = expected a name after `.`
diag-expr-name-after-dot-help = write e.g. `self.treasury`
diag-expr-ends-early = expression ends too early
diag-expr-ends-early-help = a value is missing after the last operator
diag-expr-expected-value = expected a value, found `{ $token }`
diag-expr-expected-value-help = a value is a number, a name such as `self.treasury`, or a function call such as `min(a, b)`
diag-expr-expected-comma = expected `,` or `)` in the call to `{ $function }`
diag-expr-expected-comma-help = separate arguments with commas
diag-expr-expected-set = expected what `{ $function }` goes over after `in`
diag-expr-expected-set-help = write `factions`, `regions` or `routes`, e.g. `sum(r in regions: r.unrest)`
diag-expr-aggregate-body-help = after the set comes `where` and a condition, or `:` and the value, e.g. `{ $example }`
diag-expr-aggregate-end-help = `{ $function }(…)` ends after its value; is a `)` missing?
diag-expr-aggregate-end = expected `)` to end `{ $function }(…)`

## Expressions: names and types

diag-type-num = a number
diag-type-bool = a condition (true/false)
diag-type-faction = a faction
diag-type-region = a region
diag-type-route = a route
diag-expr-set-flow = a route's `flow` is measured by the game and cannot be set
diag-expr-set-flow-help = change `capacity`, `risk` or `open` instead
diag-expr-cannot-set = this cannot be changed by an effect
diag-expr-cannot-set-help = an effect changes a variable (`self.treasury`), a route property (`r.open`), a flag (`flag.x`) or `relation(a, b)`
diag-expr-add-to-condition = `+=` and `-=` need a number, but this is a condition
diag-expr-add-to-condition-help = use `=` with `true` or `false`
diag-expr-compare-help = compare it, e.g. `x > 0`
diag-expr-if-help = use `if(condition, 1, 0)` to turn a condition into a number
diag-expr-name-faction-help = name a faction here: `self`, `target` or a faction id
diag-expr-name-region-help = name a region here: `self`, `target` or a region id
diag-expr-name-route-help = name a route here: `self`, `target` or a route id
diag-expr-entity-value-help = a faction, region or route cannot be used as a number or condition; use one of its variables
diag-expr-no-self = `self` has no meaning here
diag-expr-no-self-help = `self` is the acting faction in actions, objectives and income, and the current item in rules with `each`
diag-expr-no-target = `target` has no meaning here
diag-expr-no-target-help = `target` exists only in actions that have a `target`, and in `each: Pairs` rules
diag-expr-unknown-name = unknown name `{ $name }`
diag-expr-unknown-name-help = a name is `turn`, `self`, `target`, a faction, region or route id, or `flag.ID`
diag-expr-empty-name = empty name
diag-expr-flag-id = `flag` needs a flag id
diag-expr-flag-id-help = write `flag.ID`, e.g. `flag.airspace_open`
diag-expr-unknown-flag = unknown flag `{ $flag }`
diag-expr-too-many-dots = too many `.` in this name
diag-expr-too-many-dots-help = a name has at most two parts, e.g. `gao.fuel_stock`
diag-expr-unknown-route-property = unknown route property `{ $property }`
diag-expr-arity = `{ $function }` takes { $count ->
    [one] { $count } argument
   *[other] { $count } arguments
}, found { $found }
diag-expr-at-least-two = `{ $function }` takes at least 2 arguments, found { $found }
diag-expr-over-a-set = `{ $function }` goes over a set of factions, regions or routes
diag-expr-write-example = write e.g. `{ $example }`
diag-expr-self-relation = a relation needs two different factions; a faction has no relation with itself
diag-expr-self-relation-help = name two factions, e.g. `relation(self, target)` or `relation(mali, niger)`
diag-expr-unknown-function = unknown function `{ $function }`
diag-expr-active-arity = `active` takes an action and, optionally, its target; found { $found } arguments
diag-expr-active-arity-help = write `active(escort_convoys)` or `active(escort_convoys, target)`
diag-expr-action-id = expected the id of an action
diag-expr-action-id-help = write `active(ACTION)`, e.g. `active(escort_convoys)`
diag-expr-action-id-dot-help = an action id has no `.`
diag-expr-unknown-action = unknown action `{ $action }`
diag-expr-active-no-duration = action `{ $action }` has no duration, so it is never in effect
diag-expr-active-no-duration-help = `active` asks about actions that last (`duration: N`); for one that happened, set a flag in its effects
diag-expr-active-no-target = action `{ $action }` has no target
diag-expr-write = write `{ $example }`
diag-expr-nested = `{ $function }(…)` inside another such function
diag-expr-nested-help = functions over a set cannot be nested; keep the inner total in a variable, updated by a rule
diag-expr-bad-set = `{ $function }` cannot go over `{ $set }`
diag-expr-bad-set-suggestion = did you mean `{ $name }`? A set is `factions`, `regions` or `routes`
diag-expr-bad-set-help = a set is `factions`, `regions` or `routes`
diag-expr-item-keyword = `{ $name }` is a word of the expression language: it cannot name the items of `{ $function }`
diag-expr-item-taken = `{ $name }` is already the id of a { $kind }: it cannot name the items of `{ $function }`
diag-expr-item-rename-help = call them something else, e.g. `{ $example }`
diag-expr-count-value = `count` counts the items and takes no value
diag-expr-count-value-help = to add up values, write `{ $example }`
diag-expr-needs-value = `{ $function }` needs the value to take for each item
diag-expr-needs-value-help = write it after `:`, e.g. `{ $example }`

## The work of a turn (the heaviest part of a scenario too costly)

diag-cost-state = the state of the world, copied and compared
diag-cost-income = the income of faction `{ $faction }`
diag-cost-objectives = the objectives of faction `{ $faction }`
diag-cost-event = event `{ $event }`
diag-cost-orders-of = the orders of action `{ $action }`, the most costly of { $factions }, given with all their action points
diag-cost-flows = the flows of { $routes } routes
diag-cost-rule = rule `{ $rule }`
diag-cost-rule-factions = rule `{ $rule }`, for each of { $count } factions
diag-cost-rule-regions = rule `{ $rule }`, for each of { $count } regions
diag-cost-rule-routes = rule `{ $rule }`, for each of { $count } routes
diag-cost-rule-pairs = rule `{ $rule }`, for each of { $count } pairs of factions
diag-cost-end-when = the `end_when` conditions
diag-cost-action = action `{ $action }`
diag-cost-action-factions = action `{ $action }`, checked against { $count } factions
diag-cost-action-regions = action `{ $action }`, checked against { $count } regions
diag-cost-action-routes = action `{ $action }`, checked against { $count } routes

## Saves

diag-error = error: { $message }
diag-save-raw = { $text }
diag-save-unreadable = { $path }: { $reason }
diag-save-syntax = { $path }:{ $line }:{ $column }: this is not a valid save: { $message }
diag-save-format = { $path }: save format { $found } is not supported (this version reads format { $supported }); update Harmattan
diag-save-scenario = { $path }: the scenario stored in this save has errors: { $first }
diag-save-inconsistent = { $path }: the save is inconsistent (edited by hand or corrupted): { $detail }
diag-save-write = { $path }: cannot write the save: { $message }
diag-save-too-large = the game has grown past { $size }, the largest save that can be read back; the previous save is kept
diag-save-not-utf8 = the file is not UTF-8 text (is it a save at all?)
diag-save-cut-short = the file stops in the middle (is it cut short?): { $reason }
diag-save-language = the game's language `{ $language }` is not one Harmattan speaks
diag-save-faction-values = the faction values do not match the scenario
diag-save-region-values = the region values do not match the scenario
diag-save-routes = routes, flags or relations do not match the scenario
diag-save-relation-one-way = the relation between { $a } and { $b } is { $one } one way and { $other } the other; a relation is the same both ways: give both the same number
diag-save-regions-events = regions or events do not match the scenario
diag-save-objectives = objectives do not match the scenario
diag-save-turns = the state is at turn { $turn } but { $recorded } turns are recorded
diag-save-seat = seat for `{ $faction }`, which is not a playable faction of the scenario
diag-save-two-seats = two seats for `{ $faction }`
diag-save-controller = a region is controlled by a faction the scenario does not have
diag-save-pending = a pending proposal or choice refers to something the scenario does not have
diag-save-scheduled = a scheduled effect refers to something the scenario does not have
diag-save-ended = the game ended on a condition the scenario does not have

## Orders scripts (`harmattan play --orders`)

diag-orders-problem = { $place }: turn { $turn }: { $message }
diag-orders-not-a-script = this is not an orders script: { $message }
diag-orders-not-utf8 = the file is not UTF-8 text here (save it as UTF-8)
diag-orders-too-large = the file is larger than { $bytes } bytes
diag-orders-after-last-turn = { $place }: turn { $turn } comes after the scenario's last turn ({ $last }); its orders are never used
diag-orders-no-faction-choose = `{ $faction }` is not a faction; choose from { $factions }
diag-orders-no-faction-hint = `{ $faction }` is not a faction: did you mean `{ $name }`?
diag-orders-not-playable = `{ $faction }` is not a playable faction; choose from { $factions }
diag-orders-no-action = `{ $action }` is not an action of this scenario
diag-orders-no-action-hint = `{ $action }` is not an action of this scenario: did you mean `{ $name }`?
diag-orders-cannot-take = { $faction } cannot take `{ $action }`
diag-orders-no-target = `{ $action }` takes no target, but `{ $target }` is given
diag-orders-needs-target = `{ $action }` needs a target ({ $kind }): add `target: "..."`
diag-orders-bad-target = `{ $target }` is not a { $kind } of this scenario (the target of `{ $action }`)
diag-orders-bad-target-hint = `{ $target }` is not a { $kind } of this scenario (the target of `{ $action }`): did you mean `{ $name }`?
diag-orders-bad-accept = `{ $action }` in `accept` is not an action of this scenario
diag-orders-bad-accept-hint = `{ $action }` in `accept` is not an action of this scenario: did you mean `{ $name }`?
diag-orders-bad-choose = `{ $event }` in `choose` is not an event of this scenario
diag-orders-bad-choose-hint = `{ $event }` in `choose` is not an event of this scenario: did you mean `{ $name }`?
diag-orders-no-question = event `{ $event }` asks no question
diag-orders-other-faction = event `{ $event }` asks another faction, not { $faction }
diag-orders-bad-option = `{ $option }` is not an option of `{ $event }`; choose from { $options }

## What a text of the scenario is (in messages about one)

diag-text-action-id = action id
diag-text-action-name = action name
diag-text-agreement-id = agreement id
diag-text-author = author
diag-text-briefing = briefing
diag-text-chance = chance
diag-text-colour = colour
diag-text-date = date
diag-text-description = description
diag-text-detection-chance = detection chance
diag-text-effect = effect
diag-text-end-condition = end condition
diag-text-event-id = event id
diag-text-event-text = event text
diag-text-event-title = event title
diag-text-faction-id = faction id
diag-text-faction-name = faction name
diag-text-faction-or-region-id = faction or region id
diag-text-flag-id = flag id
diag-text-flag-name = flag name
diag-text-income = income
diag-text-locale = locale
diag-text-name = name
diag-text-news-line = news line
diag-text-objective = objective
diag-text-objective-id = objective id
diag-text-objective-name = objective name
diag-text-option-id = option id
diag-text-option-label = option label
diag-text-prompt = prompt
diag-text-reason = reason
diag-text-region-id = region id
diag-text-region-name = region name
diag-text-requires = requires
diag-text-route-id = route id
diag-text-route-name = route name
diag-text-rule-id = rule id
diag-text-scenario-id = scenario id
diag-text-score = score
diag-text-start-date = start date
diag-text-summary = summary
diag-text-title = title
diag-text-unit = unit
diag-text-value = value
diag-text-variable-id = variable id
diag-text-variable-name = variable name
diag-text-variant-id = variant id
diag-text-when = when

## Where re-playing a save differs from its record.
diag-replay-ended = the game had already ended, but more turns are recorded
diag-replay-ruling = an umpire ruling no longer applies: { $reason }
diag-replay-final = final state: { $detail }
diag-replay-value = { $slot }: re-play gives { $replayed }, the save says { $saved }
diag-replay-dice = the dice, pending items or schedule differ
diag-replay-entry = entry { $entry }: the re-play has { $replayed }, the save has { $saved }
diag-replay-entry-change = entry { $entry } ({ $what }): the re-play changes { $replayed }, the save says { $saved }
diag-replay-nothing = nothing
diag-replay-entries = number of entries: { $replayed } in the re-play, { $saved } in the save
diag-replay-more-entries = number of entries: { $replayed } in the re-play, { $saved } in the save; first extra in the re-play: { $first }
diag-replay-fewer-entries = number of entries: { $replayed } in the re-play, { $saved } in the save; first extra in the save: { $first }
diag-replay-net = net change: the re-play gives { $replayed }, the save { $saved }
diag-replay-net-differs = the net changes differ
diag-replay-quoted = "{ $news }"
diag-replay-income = { $faction }'s income
diag-replay-refused = { $faction }'s order `{ $action }` refused ({ $reason })
diag-replay-succeeded = { $faction }'s `{ $action }` (succeeded)
diag-replay-failed = { $faction }'s `{ $action }` (failed)
diag-replay-proposed = { $faction } proposing `{ $action }`
diag-replay-accepted = { $faction } accepting a proposal
diag-replay-declined = { $faction } declining a proposal
diag-replay-chose = { $faction } choosing `{ $option }`
diag-replay-landed = { $faction }'s `{ $action }` landing
diag-replay-ongoing = { $faction }'s `{ $action }` continuing
diag-replay-ended-action = { $faction }'s `{ $action }` ending
diag-replay-flow = the flow on { $route }
diag-replay-rule = rule `{ $rule }`
diag-replay-event = event `{ $event }`
diag-replay-game-over = the end of the game
diag-replay-ruling-entry = an umpire ruling ({ $reason })

## What the operating system said (French and Arabic only: English shows
## the system's own words).
sys-with-code = { $said } (system error { $code })
sys-not-found = no such file or folder
sys-permission-denied = permission denied
sys-already-exists = it already exists
sys-storage-full = the disk is full
sys-read-only = the disk is read-only
sys-is-a-directory = it is a folder
sys-not-a-directory = a part of the path is not a folder
sys-directory-not-empty = the folder is not empty
sys-invalid-data = the data is not valid
sys-unexpected-end = the data stops too early
sys-interrupted = the operation was interrupted
sys-timed-out = no answer in time
sys-address-in-use = the address is already in use (is another program listening there?)
sys-address-not-available = the address is not one of this computer's
sys-connection-refused = the connection was refused
sys-connection-lost = the connection was lost
sys-out-of-memory = not enough memory
sys-file-too-large = the file is too large
sys-invalid-filename = the file name is not valid
sys-busy = the file is in use
sys-crosses-devices = the file cannot be moved to another disk
sys-other = the system reported an error
