## Rapports après action (texte, Markdown, HTML), questions de débriefing, fiches de rôle, fiche de l'animateur, dossier pédagogique.
## Les arguments sont des noms, des dates et des nombres déjà écrits. Dans un
## résultat, ce qui précède l'espace et la parenthèse ouvrante est la forme courte que montre le résumé d'un tour.

## Les faits du rapport

report-title = Rapport après action : { $title }
report-warning = Attention :
report-fact-scenario = Scénario
report-fact-period = Période
report-fact-seats = Équipes
report-fact-outcome = Issue
report-fact-seed = Graine
report-fact-started = Début
report-scenario-value = { $title } ({ $id }, { $file })
report-period = { $first } – { $last } : { $played } { $played ->
    [one] tour joué
   *[other] tours joués
} sur { $planned }
report-seat = { $faction } — { $player }
report-player-team = équipe
report-player-ai = IA ({ $kind ->
    [random] au hasard
    [greedy] gloutonne
   *[other] { $kind }
})
report-ending-last-turn = Le dernier tour a été joué.
report-ending-umpire = L'arbitre a mis fin à la partie après { $turns } { $turns ->
    [one] tour
   *[other] tours
}.
report-ending-early = La partie s'est arrêtée plus tôt, au tour { $turn } : { $cond }.
report-ending-a-condition = une condition de fin était remplie
report-ending-not-over = La partie n'est pas terminée : { $played } { $played ->
    [one] tour joué
   *[other] tours joués
} sur { $turns }.
report-warning-start = Le début de la partie ne se rejoue pas comme enregistré (la sauvegarde a été modifiée à la main ou créée par une autre version) : { $detail }. Ce rapport montre la partie rejouée à partir de ses ordres, et non les résultats enregistrés.
report-warning-turn = Le tour { $turn } ne se rejoue pas comme enregistré (la sauvegarde a été modifiée à la main ou créée par une autre version) : { $detail }. Ce rapport montre la partie rejouée à partir de ses ordres, et non les résultats enregistrés.

## Sections et tableaux

report-nav-scores = Scores
report-scores-final = Scores finaux
report-scores-provisional = Scores provisoires
report-col-faction = Camp
report-col-score = Score
report-col-objective = Objectif
report-col-weight = Poids
report-col-share = Part
report-col-measured = Mesure
report-col-turn = Tour
report-col-date = Date
report-measured-end = à la fin
report-measured-average = moyenne sur la partie
report-winner = Vainqueur : { $names }
report-winners = Vainqueurs ex æquo : { $names }
report-leading = En tête : { $names }
report-leading-together = En tête ex æquo : { $names }
report-umpire-decisions = Décisions de l'arbitre
report-ran-out = Temps écoulé
report-questions = Questions pour le débriefing
report-turning-points = Tournants
report-nothing-moved = Rien n'a bougé : aucun tour n'a été joué.
report-decisions-intro = Les décisions qui ont le plus pesé (impact : chaque changement en pourcentage de l'étendue de sa valeur, additionnés ; un basculement compte pour 100) :
report-decision = Tour { $turn } ({ $date }) — { $faction } : { $text }
report-decision-line = { $decision }. Impact { $impact } : { $changes }.
report-turns-intro = Les tours qui ont le plus fait bouger les scores :
report-turn-when = Tour { $turn } ({ $date })
report-turn-moved = { $turn } : les scores ont bougé de { $points } { $points ->
    [one] point
   *[other] points
} au total ({ $detail }) ; les indicateurs, de { $percent } % de leur étendue.
report-no-score-changed = aucun score n'a changé
report-score-moved = { $name } { $before } → { $after }
report-timeline = Déroulement
report-timeline-intro = Tout ce qui s'est passé, sans rien cacher : les ordres secrets sont montrés, avec le fait qu'ils ont été découverts ou non.
report-no-turn = Aucun tour n'a été joué.
report-turn-title = Tour { $turn } — { $date }
report-events = Événements
report-no-orders = aucun ordre
report-earlier = Effets d'ordres antérieurs
report-routes = Routes
report-news = Dépêches
report-changes = Changements : { $list }.
report-separator-semicolon = {" ; "}
report-indicators = Indicateurs
report-indicators-intro = Valeurs au début du tour 1, une fois ses revenus et ses événements pris en compte ({ $start }), puis à la fin de chaque tour, avant les revenus et les événements du tour suivant.
report-routes-and-flags = Routes et situations
report-point-start = début
report-relations = Relations
report-score = Score
report-route-open = { $route } ouverte
report-name-unit = { $name } ({ $unit })

## Graphiques

report-chart-title = { $name } par { $kind ->
    [region] région
    [faction] camp
   *[pair] paire
}
report-chart-axis = tour (valeur à sa fin)
report-chart-caption = { $title } : { $names }.
report-no-data = aucune donnée
report-chart-no-data = { $title } : aucune donnée.

## Colonnes du tableur (CSV)

report-csv-turn = tour
report-csv-date = date
report-csv-kind = type
report-csv-entity = entité
report-csv-variable = variable
report-csv-value = valeur
report-entity-kind = { $kind ->
    [region] région
    [faction] camp
   *[pair] paire
}

## Ce qui s'est passé, point par point

report-action-at = { $action } → { $target }
report-outcome = { $result ->
    [success] réussi
   *[failure] échoué
}
report-outcome-rolled = { $result ->
    [success] réussi
   *[failure] échoué
} (dé : { $roll }, il fallait { $chance } ou moins)
report-then = { $first } ; { $then }
report-event-line = { $title } : { $text }
report-event-chance = { $chance } % de chances (dé : { $roll })
report-event-choice = { $faction } doit choisir : { $prompt }
report-refused = refusé : { $reason }
report-takes-effect = effet au tour { $turn }
report-secret-detected = secret, découvert
report-secret-unseen = secret, non découvert
report-proposal-to = proposition au camp { $to } : { $action }
report-proposed-to = a proposé au camp { $to } : { $action }
report-answers-next-turn = { $faction } répond au tour suivant
report-answers-proposal = répond à la proposition du camp { $from } : { $action }
report-accepted = acceptée
report-declined = refusée
report-by-default = { $answer } (pas de réponse : le choix par défaut s'applique)
report-blocked = elle ne pouvait plus prendre effet
report-answers-choice = répond à « { $title } » : { $prompt }
report-option-accept = accepter
report-option-decline = refuser
report-chose = a choisi « { $option } »
report-chose-id = a choisi `{ $id }`
report-answers-request = répond à la demande n° { $number }
report-landed = « { $action } » ({ $faction }) prend effet
report-ongoing = « { $action } » ({ $faction }) se poursuit
report-ended = « { $action } » ({ $faction }) prend fin
report-flow-nothing = { $route } : rien n'a circulé
report-flow = { $route } : { $delivered } livrés sur { $sent }
report-flow-interdicted = intercepté (dé : { $roll } contre un risque de { $risk } %)
report-flow-through = passé (dé : { $roll } contre un risque de { $risk } %)
report-game-over = La partie est terminée.
report-umpire-intervened = L'arbitre est intervenu.
report-umpire-reason = raison de l'arbitre : { $reason }

## Les décisions de l'arbitre et le minuteur

report-umpire-set = Tour { $turn } : l'arbitre a fixé { $slot } à { $value } — raison : { $reason }
report-umpire-inject = Tour { $turn } : l'arbitre a introduit l'événement « { $event } » — raison : { $reason }
report-umpire-news = Tour { $turn } : l'arbitre a annoncé « { $text } » — raison : { $reason }
report-umpire-end = Tour { $turn } : l'arbitre a mis fin à la partie — raison : { $reason }
report-umpire-ruled = Tour { $turn } : { $ruling } — raison : { $reason }
report-umpire-proposal = Tour { $turn } : l'arbitre a lancé le dé pour la proposition de l'équipe { $team }, « { $proposal } », jugée probable à { $chance } % — raison : { $reason }
report-umpire-undone-ruling = { $ruling } (dans le tour annulé ensuite)
report-umpire-undid = Tour { $turn } : l'arbitre a annulé le tour, qui a été rejoué — raison : { $reason }
report-turn-note = Tour { $turn } : { $text }
report-timed-out = Tour { $turn } : une équipe a manqué de temps.

## Un tour en bref (écran de résolution et projecteur)

report-headline-side = { $faction } : { $orders }
report-headline-item = { $text } ({ $outcome })
report-headline-no-orders = aucun ordre visible par la salle
report-rose = { $value } est passé de { $before } à { $after }
report-fell = { $value } est tombé de { $before } à { $after }
report-routine-income = Les revenus de chaque camp ont aussi fait bouger des valeurs.
report-routine-income-rules = Les revenus et { $count ->
    [one] une des règles du scénario
   *[other] { $count } règles du scénario
} ont aussi fait bouger des valeurs
report-routine-rules = { $count ->
    [one] Une des règles du scénario a
   *[other] { $count } règles du scénario ont
} aussi fait bouger des valeurs
report-routine = { $what }.
report-routine-listed = { $what } : { $rules }.
report-routine-listed-more = { $what } : { $rules } ; …

## Questions pour le débriefing

report-quoted = « { $text } »
report-two-changes = { $first }, et { $second }
report-q-order = Au tour { $turn } ({ $date }), { $faction } a choisi « { $action } » : { $effects }. Cela valait-il la peine, et que pouvait faire { $faction } d'autre ?
report-q-order-at = Au tour { $turn } ({ $date }), { $faction } a choisi « { $action } » ({ $target }) : { $effects }. Cela valait-il la peine, et que pouvait faire { $faction } d'autre ?
report-q-accepted = Au tour { $turn } ({ $date }), { $faction } a choisi d'accepter « { $action } », proposé par le camp { $from } : { $effects }. Cela valait-il la peine, et que pouvait faire { $faction } d'autre ?
report-q-swing = { $value } : { $direction ->
    [fell] baisse
   *[rose] hausse
} de { $start } à { $extreme } à la fin du tour { $turn } ({ $date }).
report-q-swing-ended = { $value } : { $direction ->
    [fell] baisse
   *[rose] hausse
} de { $start } à { $extreme } à la fin du tour { $turn } ({ $date }), puis { $end } à la fin de la partie.
report-q-swing-cause = C'est { $cause } qui l'a le plus directement fait bouger.
report-q-swing-ask = Qu'est-ce qui l'a causé, et qui y a gagné ou perdu ?
report-q-cause-order = « { $action } » ({ $faction }) au tour { $turn }
report-q-cause-accepting = l'acceptation par le camp { $faction } de « { $action } », proposé par le camp { $from }, au tour { $turn }
report-q-cause-declining = le refus par le camp { $faction } de « { $action } », proposé par le camp { $from }, au tour { $turn }
report-q-cause-choice = le choix « { $option } » du camp { $faction } au tour { $turn }
report-q-proposal-accepted = { $to } a accepté la proposition « { $action } » du camp { $from } au tour { $turn }. Qui y a le plus gagné, et cela a-t-il duré ?
report-q-proposal-declined = { $to } a refusé la proposition « { $action } » du camp { $from } au tour { $turn } — pourquoi ? Qu'aurait dû offrir { $from } ?
report-q-proposal-ignored = { $to } a refusé la proposition « { $action } » du camp { $from } en ne répondant pas au tour { $turn } — pourquoi ? Qu'aurait dû offrir { $from } ?
report-q-secret-detected = L'action secrète « { $action } » du camp { $faction } au tour { $turn } a { $result ->
    [success] réussi
   *[failure] échoué
} et a été découverte. Le risque valait-il la peine, et comment les autres ont-ils réagi ?
report-q-secret-unseen = L'action secrète « { $action } » du camp { $faction } au tour { $turn } a { $result ->
    [success] réussi
   *[failure] échoué
} et n'a jamais été découverte. Maintenant que tout le monde le sait, cela change-t-il votre lecture de ce tour ?
report-q-secret-unseen-many = L'action secrète « { $action } » du camp { $faction } au tour { $turn } a { $result ->
    [success] réussi
   *[failure] échoué
} et n'a jamais été découverte ({ $unseen } ordres secrets sont passés inaperçus en tout). Maintenant que tout le monde le sait, cela change-t-il votre lecture de ce tour ?
report-q-score = Le score du camp { $faction } est { $direction ->
    [fell] tombé
   *[rose] passé
} de { $start } à { $end }, plus que celui de tout autre camp. Qu'a-t-il fait qui a le plus compté ?
report-q-score-orders = Le score du camp { $faction } est { $direction ->
    [fell] tombé
   *[rose] passé
} de { $start } à { $end }, plus que celui de tout autre camp (ses ordres les plus lourds : { $orders }). Qu'a-t-il fait qui a le plus compté ?
report-q-winner-won = { $faction } l'emporte avec { $score }
report-q-winner-leads = { $faction } mène avec { $score }
report-q-winner-tied = { $factions } sont à égalité avec { $score }
report-q-winner = { $who }. Les autres équipes auraient-elles pu l'en empêcher — ou était-ce un succès partagé ?
report-q-winner-objectives = { $who } ; son meilleur objectif : « { $best } » ({ $best_score }), son plus faible : « { $worst } » ({ $worst_score }). Les autres équipes auraient-elles pu l'en empêcher — ou était-ce un succès partagé ?
report-q-relation = Les relations entre les camps { $a } et { $b } se sont { $direction ->
    [improved] améliorées
   *[worsened] dégradées
}, de { $start } à { $end }. Quelles décisions l'expliquent, et quelqu'un l'a-t-il voulu ?
report-q-choice = Quand « { $event } » s'est produit au tour { $turn }, { $faction } a choisi « { $option } ». Quelles étaient les autres options, et feriez-vous le même choix aujourd'hui ?
report-q-choice-default = Quand « { $event } » s'est produit au tour { $turn }, { $faction } a choisi « { $option } » (par défaut : personne n'a répondu). Quelles étaient les autres options, et feriez-vous le même choix aujourd'hui ?
report-q-refused = { $count ->
    [one] Un ordre a été refusé
   *[other] { $count } ordres ont été refusés
} (le premier : « { $action } » du camp { $faction } au tour { $turn } : { $reason }). Qu'est-ce que l'équipe avait mal compris de la situation ?
report-q-chance = « { $event } » est survenu au tour { $turn } ({ $chance } % de chances). Chaque équipe y était-elle préparée, et qui aurait pu le rendre moins probable ?
report-q-general-again = Si vous rejouiez, que ferait votre équipe autrement au premier tour ?
report-q-general-unknown = Qu'est-ce que votre équipe ignorait en donnant ses ordres, et comment aurait-elle pu le savoir ?
report-q-general-surprise = Quel résultat vous a le plus surpris, et pourquoi ?
report-q-general-overlap = Où les intérêts des équipes se rejoignaient-ils, et quelqu'un en a-t-il profité ?
report-q-general-real = Lesquelles de ces décisions ressemblent à ce qu'ont fait les vrais gouvernements ?

## Fiches de rôle ($period : « janvier 2025 à juin 2025 (6 tours) »)

report-card-period = { $first } à { $last } ({ $turns } { $turns ->
    [one] tour
   *[other] tours
})
report-card-title = { $title } — fiche de rôle : { $faction }
report-card-keep = { $period }. Gardez cette fiche au sein de votre équipe.
report-card-briefing = Votre situation
report-card-scoring = Comment vous marquez des points
report-card-objective = { $share } % de votre score, { $measured ->
    [end] mesuré à la fin de la partie
   *[average] en moyenne sur tous les tours
}.
report-card-start = Votre point de départ
report-card-start-note = Les valeurs de départ du scénario, avant les événements du premier tour.
report-card-value = { $var } : { $value } (de { $min } à { $max })
report-card-orders = Vous pouvez donner jusqu'à { $orders } { $orders ->
    [one] ordre
   *[other] ordres
} (points d'action) par tour.
report-card-actions = Ce que vous pouvez faire
report-card-category = { $category ->
    [diplomatic] Diplomatie
    [energy] Énergie
   *[security] Sécurité
}
report-card-ap = { $ap } PA
report-card-cost = { $var } : { $amount }
report-card-chance = environ { $chance } % de chances de réussir au départ
report-card-proposal = une proposition : l'autre camp répond au tour suivant
report-card-secret = secret, découvert environ { $chance } % du temps
report-card-secret-unless = secret sauf s'il est découvert
report-card-delay = prend effet { $turns } { $turns ->
    [one] tour
   *[other] tours
} plus tard
report-card-lasts = dure { $turns } { $turns ->
    [one] tour
   *[other] tours
}
report-card-not-again = pas de nouvel ordre tant qu'il est en vigueur

## La fiche de l'animateur

report-sheet-title = { $title } — fiche de l'animateur
report-sheet-teams = Les équipes
report-sheet-scores-on = Objectifs : { $goals }.
report-sheet-others = Aussi dans le scénario, sans équipe pour les jouer : { $factions }.
report-sheet-scripted = Événements prévus
report-sheet-scheduled = Tour { $turn }, { $date } : { $event } — { $text }
report-sheet-if = si { $cond }
report-sheet-when = quand { $cond }
report-sheet-chance = { $chance } % de chances à chaque tour
report-sheet-chance-varies = une chance à chaque tour qui dépend de la situation
report-sheet-may-happen = Événements possibles
report-sheet-any-turn = à n'importe quel tour
report-sheet-must-choose = { $faction } doit choisir.
report-sheet-timings = Durées conseillées
report-sheet-minutes = { $minutes } minutes
report-sheet-timing = { $session } : { $intro } min d'introduction et de lecture des fiches, { $turns } { $turns ->
    [one] tour
   *[other] tours
} d'environ { $each } min chacun, { $debrief } min de débriefing.
report-sheet-timing-tight = { $session } : { $intro } min d'introduction et de lecture des fiches, { $turns } { $turns ->
    [one] tour
   *[other] tours
} d'environ { $each } min chacun, { $debrief } min de débriefing — trop serré : prenez un scénario plus court, ou jouez moins de tours et arrêtez la partie depuis l'écran de l'arbitre.
report-sheet-after = Comment un tour se résout : voir docs/rules.md (en anglais). Après la partie, `harmattan report SAUVEGARDE` imprime le rapport après action pour le débriefing.

## Le dossier pédagogique

report-pack-title = Dossier pédagogique : { $title }
report-pack-lead = Tout pour préparer, animer et évaluer une partie en classe avec ce scénario. Imprimez-le sur papier A4 : chaque partie commence sur une nouvelle page.
report-pack-contents = Sommaire
report-pack-generic-only = Ce scénario n'a ni glossaire, ni carte, ni fiche de sources, ni questions de discussion propres : elles sont écrites pour le scénario intégré, Fuel and Sovereignty. Les parties ci-dessous conviennent à tout scénario.
report-pack-map-note = La carte est un fichier image, map.svg, dans le dossier teachers-pack/fr de la documentation de Harmattan. La version HTML de ce dossier l'imprime sur cette page.

## En ligne de commande

report-cli-not-playable = erreur : `{ $id }` n'est pas un camp jouable de ce scénario ; choisissez parmi { $ids } ou facilitator
