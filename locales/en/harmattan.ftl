# Harmattan's own words, in English: the reference catalogue.
# Every key here must exist in every other language, with the same
# placeholders (`cargo nextest run -E 'test(i18n)'` checks it).

## Calendar and numbers

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# A monthly turn's date: $month is a month's name, $year the year.
# When the scenario's start date cannot be read.
date-turn = turn { $turn }
date-month-year = { $month } { $year }
# A date with a day: $dd and $mm are two digits, $year four.
date-numeric = { $year }-{ $mm }-{ $dd }
# Between groups of three digits, and before decimals.
number-group-separator = ,
number-decimal-separator = .

## What `harmattan` prints without an interactive terminal

summary-title-default = Harmattan — default scenario: { $title }
summary-title-file = Harmattan — scenario: { $title }
summary-title-none = Harmattan
summary-factions = Factions:
summary-turns = { $turns ->
    [one] { $turns } turn
   *[other] { $turns } turns
} from { $start }.
summary-commands = Commands:
summary-command-validate = check scenario files and explain every problem
summary-command-play = play (in an interactive terminal)
summary-command-new = write a commented starter scenario to FILE
summary-command-simulate = balance a scenario with computer players
summary-command-help = all commands and options

-needs-terminal = the game needs an interactive terminal (stdin and stdout must be a terminal)
no-terminal = harmattan: { -needs-terminal }.
no-terminal-save = harmattan: { -needs-terminal }; to check a save without one: `harmattan replay { $save }`
no-terminal-scenario = harmattan: { -needs-terminal }; to play without one: `harmattan play { $scenario } --headless`
