# Harmattan en français. Mêmes clés et mêmes paramètres que locales/en.

## Calendrier et nombres

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-turn = tour { $turn }
date-month-year = { $month } { $year }
date-numeric = { $dd }/{ $mm }/{ $year }
# Espace fine insécable entre les milliers (1 600), virgule décimale.
number-group-separator = { "\u202F" }
number-decimal-separator = ,

## Ce qu'affiche `harmattan` hors d'un terminal interactif

summary-title-default = Harmattan — scénario intégré : { $title }
summary-title-file = Harmattan — scénario : { $title }
summary-title-none = Harmattan
summary-factions = Camps en présence :
summary-turns = { $turns ->
    [one] { $turns } tour
   *[other] { $turns } tours
} à partir de { $start }.
summary-commands = Commandes :
summary-command-validate = vérifier des scénarios et expliquer chaque erreur
summary-command-play = jouer (dans un terminal interactif)
summary-command-new = créer dans FILE un scénario de départ commenté
summary-command-simulate = équilibrer un scénario en le faisant jouer par l'ordinateur
summary-command-help = toutes les commandes et leurs options

-needs-terminal = le jeu a besoin d'un terminal interactif (l'entrée et la sortie standard doivent être un terminal)
no-terminal = harmattan : { -needs-terminal }.
no-terminal-save = harmattan : { -needs-terminal } ; pour vérifier une sauvegarde sans terminal : `harmattan replay { $save }`
no-terminal-scenario = harmattan : { -needs-terminal } ; pour jouer sans terminal : `harmattan play { $scenario } --headless`
