## Phrases que le moteur compose à partir des noms : pourquoi un ordre est indisponible ou refusé, verdicts, décisions de l'arbitre, dépêches simples.
## Les arguments sont des noms et des nombres déjà écrits ; `$kind` vaut faction,
## region ou route ; `$op` vaut lt, le, gt, ge, eq, ne (ou other).

## Listes de noms

game-list-separator = {", "}
game-list-and = { $first } et { $last }

## Pourquoi une condition n'est pas remplie (une phrase entière ; sa première lettre est mise en majuscule)

game-why-none = Il faudrait { $cond } ; rien de cela n'est vrai pour l'instant.
game-why-while = Impossible tant que { $cond }.
game-why-flag-missing = Il faut « { $flag } », ce qui n'est pas le cas pour l'instant.
game-why-flag-holds = Impossible tant que « { $flag } » est en vigueur.
game-why-route-closed = { $route } est fermée.
game-why-route-open = { $route } est ouverte.
game-why-not-active = { $what } n'est pas en vigueur.
game-why-active = { $what } est déjà en vigueur.
game-why-not-controls = { $faction } ne contrôle pas { $region }.
game-why-controls = { $faction } contrôle { $region }.
game-why-target-only = Cible obligatoire : { $name }.
game-why-target-not = Cible exclue : { $name }.
game-why-self-only = Réservé au camp { $name }.
game-why-self-not = { $name } ne peut pas faire cela.
game-why-situation = Impossible dans cette situation.
game-why-compare = { $subject } : { $value } ; il faut { $op ->
    [lt] moins de
    [le] au plus
    [gt] plus de
    [ge] au moins
    [eq] exactement
    [ne] autre chose que
   *[other] une valeur comparée à
} { $right }.
game-why-compare-plural = { $subject } : { $value } ; il faut { $op ->
    [lt] moins de
    [le] au plus
    [gt] plus de
    [ge] au moins
    [eq] exactement
    [ne] autre chose que
   *[other] une valeur comparée à
} { $right }.
game-why-unknown = Une condition de cette action n'est pas remplie pour l'instant.

## Ce que demande une condition (groupes de mots dans une phrase)

game-cond-always = toujours
game-cond-never = jamais
game-cond-and = { $left } et { $right }
game-cond-or = { $left } ou { $right }
game-cond-if = { $then } si { $cond }, sinon { $otherwise }
game-cond-flag = « { $flag } »
game-cond-not-flag = sans « { $flag } »
game-cond-route-open = { $route } ouverte
game-cond-route-closed = { $route } fermée
game-cond-active = { $what } en vigueur
game-cond-not-active = { $what } pas en vigueur
game-cond-controls = { $faction } contrôle { $region }
game-cond-not-controls = { $faction } ne contrôle pas { $region }
game-cond-is = { $left } est { $right }
game-cond-is-not = { $left } n'est pas { $right }
game-cond-compare = { $left } { $op ->
    [lt] de moins de
    [le] d'au plus
    [gt] de plus de
    [ge] d'au moins
    [eq] d'exactement
    [ne] autre que
   *[other] par rapport à
} { $right }
game-cond-same = { $left } si et seulement si { $right }
game-cond-opposite = { $left } si et seulement si non { $right }
game-cond-nonzero = { $value } pas à zéro
game-cond-zero = { $value } à zéro

## Qui une condition concerne, quand on ne le sait pas encore

game-the-acting-faction = le camp qui agit
game-the-target = la cible
game-the-each = { $kind ->
    [faction] le camp
    [region] la région
   *[route] la route
}
game-the-target-kind = { $kind ->
    [faction] le camp visé
    [region] la région visée
   *[route] la route visée
}

## Une action en vigueur : « Escorter les convois » sur la route du sel

game-active = « { $action } »
game-active-at = « { $action } » { $kind ->
    [faction] envers
   *[other] sur
} { $target }

## Quantités

game-q-turn = le tour
game-q-faction-var = { $var } ({ $faction })
game-q-region-var = { $var } ({ $region })
game-q-route = { $field ->
    [capacity] la capacité de la route { $route }
    [risk] le risque d'attaque sur { $route }
    [loss] la part perdue aux attaques sur { $route }
   *[flow] la quantité livrée au dernier tour sur { $route }
}
game-q-relation = les relations entre les camps { $a } et { $b }
game-q-minus = moins { $value }
game-q-arith = { $left } { $op ->
    [add] plus
    [sub] moins
    [mul] fois
    [div] divisé par
   *[other] combiné à
} { $right }
game-q-computed = une valeur calculée
game-q-valued = { $quantity } ({ $value })

## Totaux, moyennes et nombres sur les camps, les régions ou les routes

game-agg-over-all = { $kind ->
    [faction] tous les camps
    [region] toutes les régions
   *[route] toutes les routes
}
game-agg-over-others = les { $kind ->
    [faction] camps
    [region] régions
   *[route] routes
} autres que { $name }
game-agg-over-controlled = les régions que contrôle le camp { $faction }
game-agg-over-where = les { $kind ->
    [faction] camps
    [region] régions
   *[route] routes
} où { $cond }
game-agg-count-all = le nombre de { $kind ->
    [faction] camps
    [region] régions
   *[route] routes
}
game-agg-count-others = le nombre de { $kind ->
    [faction] camps
    [region] régions
   *[route] routes
} autres que { $name }
game-agg-count-controlled = le nombre de régions que contrôle le camp { $faction }
game-agg-count-where = le nombre de { $kind ->
    [faction] camps
    [region] régions
   *[route] routes
} où { $cond }
game-agg-of = { $func ->
    [sum] le total de « { $value } » sur
    [mean] la moyenne de « { $value } » sur
    [min] la plus faible valeur de « { $value } » parmi
   *[max] la plus forte valeur de « { $value } » parmi
} { $over }
game-agg-over = { $func ->
    [sum] le total de
    [mean] la moyenne de
    [min] le minimum de
   *[max] le maximum de
} { $value }, sur { $over }

## Dépêches que le moteur écrit quand le scénario n'en prévoit pas

game-news-succeeded = { $actor } : « { $action } » a réussi.
game-news-failed = { $actor } : « { $action } » a échoué.
game-news-succeeded-at = { $actor } : « { $action } » ({ $target }) a réussi.
game-news-failed-at = { $actor } : « { $action } » ({ $target }) a échoué.
game-news-revealed = Révélé : { $news }
game-news-takes-effect = { $news } (effet au tour { $turn })
game-news-now-in-effect = Désormais en vigueur : { $news }
game-news-proposal = { $from } propose au camp { $to } : « { $action } ».
game-news-declines = { $faction } refuse la proposition : { $action }.
game-news-accepts-blocked = { $faction } accepte, mais « { $action } » ne peut pas prendre effet : { $reason }.
game-news-chose = { $faction } : { $option }
game-news-refused = { $action } : { $reason }.
game-news-attacked = Convois attaqués sur { $route } : { $lost } perdus sur { $sent }.
game-news-last-turn = Le dernier tour a été joué.
game-news-umpire-ended = L'arbitre met fin à la partie.
game-news-ended-early = La partie s'arrête plus tôt : { $cond }.
game-agreement-twice = { $faction } a déjà conclu cet accord ce tour-ci ({ $action }) ; il ne s'applique pas deux fois
game-agreement-twice-pair = Les camps { $a } et { $b } ont déjà conclu cet accord ce tour-ci ({ $action }) ; il ne s'applique pas deux fois

## Pourquoi un ordre est refusé (une raison, après « refusé : »)

game-refused-no-such-action = il n'y a pas d'action `{ $id }`
game-refused-unknown-action = action inconnue
game-refused-unknown-faction = camp inconnu
game-refused-no-target = « { $action } » ne prend pas de cible
game-refused-needs-target = « { $action } » demande une cible ({ $kind ->
    [faction] un camp
    [region] une région
    [route] une route
   *[none] aucune
})
game-refused-not-a-target = `{ $id }` n'est pas { $kind ->
    [faction] un camp
    [region] une région
    [route] une route
   *[none] une cible
}
game-refused-game-over = la partie est terminée
game-refused-not-playable = { $faction } ne donne pas d'ordres
game-refused-not-its-action = { $faction } ne peut pas mener cette action
game-refused-own-faction = choisissez un autre camp comme cible
game-refused-too-late = ses effets arriveraient au tour { $turn }, après la fin de la partie
game-refused-already-ordered = ordre déjà donné ce tour-ci
game-refused-action-points = il faut { $ap } { $ap ->
    [one] point d'action
   *[other] points d'action
}, il en reste { $left }
game-refused-already-proposed = cette proposition attend déjà une réponse
game-refused-in-effect = { $turns ->
    [1] la précédente est encore en vigueur ce tour-ci
   *[other] la précédente est encore en vigueur pendant { $turns } tours
}
game-refused-cost = coût en { $var } : { $amount }, disponible : { $spendable }

## La fin de la partie : verdicts, résultat commun, qui arrive en tête

game-verdict-met = { $faction } a atteint ses objectifs.
game-verdict-partly = { $faction } a atteint une partie de ses objectifs.
game-verdict-missed = { $faction } a manqué ses objectifs.
game-verdict-label-met = objectifs atteints
game-verdict-label-partly = en partie atteints
game-verdict-label-missed = manqués
game-verdict-why = Score : { $total } sur 100 ; il fallait { $met } pour atteindre ses objectifs et { $partly } pour les atteindre en partie.
game-verdict-why-best = Meilleur résultat : { $best }, { $best_score } sur 100 ; le plus faible : { $worst }, { $worst_score } sur 100.
game-verdict-why-shared-lost = { $shared } : perdu, ce qui a coûté un cran à chaque équipe.
game-shared-held = { $shared } : tenu ({ $score } sur 100 ; tenu à partir de { $held }).
game-shared-strained = { $shared } : fragile ({ $score } sur 100 ; tenu à partir de { $held }, perdu sous { $lost }).
game-shared-lost = { $shared } : perdu ({ $score } sur 100, sous { $lost }) : le verdict de chaque équipe baisse d'un cran.
game-standing-alone = { $faction } arrive en tête : aucune autre équipe n'a fait aussi bien.
game-standing-met = { $faction } arrive en tête : parmi les équipes qui ont atteint leurs objectifs, c'est elle qui dépasse le plus sa propre barre.
game-standing-partly = { $faction } arrive en tête : parmi les équipes qui ont atteint une partie de leurs objectifs, c'est elle qui dépasse le plus sa propre barre.
game-standing-missed = { $faction } arrive en tête : aucune équipe n'a atteint ses objectifs, et c'est elle qui s'est le plus approchée de sa propre barre.
game-standing-shared = { $factions } partagent la première place : même résultat, exactement autant au-dessus de leurs propres barres.
game-first = { $faction } arrive en tête.
game-first-shared = { $factions } partagent la première place.
game-rules-score = Votre score est la moyenne pondérée de ces objectifs, de 0 à 100. À { $met } ou plus, votre équipe a atteint ses objectifs ; à partir de { $partly }, elle les a atteints en partie ; sous { $partly }, elle les a manqués.
game-rules-shared = { $shared } est le résultat de toutes les équipes : s'il finit sous { $lost }, le verdict de chaque équipe baisse d'un cran.
game-rules-shared-average = { $shared } est le résultat de toutes les équipes : s'il finit sous { $lost } (en moyenne sur la partie), le verdict de chaque équipe baisse d'un cran.
game-rules-first = Chaque équipe a ses propres barres ; celle qui dépasse le plus la sienne arrive en tête.

## Les décisions de l'arbitre

game-umpire-needs-reason = donnez une raison : le débriefing montre chaque décision de l'arbitre
game-umpire-game-over = la partie est terminée
game-umpire-no-such-event = il n'y a pas d'événement `{ $id }`
game-umpire-empty-news = la dépêche est vide
game-umpire-not-a-proposal = ce n'est pas une proposition
game-umpire-no-such-team = cette équipe n'existe pas dans ce scénario
game-umpire-no-such-value = cette valeur n'existe pas dans ce scénario
game-umpire-no-proposal = saisissez la proposition de l'équipe
game-umpire-too-long = la proposition est trop longue : { $most } caractères au plus
game-umpire-bad-chance = la probabilité doit aller de 0 à 100 %
game-umpire-no-success = indiquez ce qui change en cas de réussite
game-umpire-too-many = { $most } changements au plus en cas { $outcome ->
    [success] de réussite
   *[failure] d'échec
}
game-umpire-zero-change = un changement de 0 pour { $value } en cas { $outcome ->
    [success] de réussite
   *[failure] d'échec
}
game-umpire-listed-twice = { $value } figure deux fois en cas { $outcome ->
    [success] de réussite
   *[failure] d'échec
}
game-umpire-set = Arbitre : { $slot } fixé à { $value } ({ $reason })
game-umpire-brought-in = { $news } (introduit par l'arbitre)
game-umpire-ends = L'arbitre met fin à la partie : { $reason }

## La proposition d'une équipe, jugée par l'arbitre et tirée au dé ($proposal finit par son point)

game-proposal-succeeded = { $team } a proposé : « { $proposal } » L'arbitre l'a jugée probable à { $chance } % ; le dé a donné { $roll } : réussite. { $changes }
game-proposal-failed = { $team } a proposé : « { $proposal } » L'arbitre l'a jugée probable à { $chance } % ; le dé a donné { $roll } : échec. { $changes }
game-proposal-preview = { $team } propose : « { $proposal } » Votre jugement : { $odds }, { $chance } %.
game-proposal-roll = Le dé va de 1 à 100 : { $chance } ou moins, c'est réussi.
game-proposal-never = À 0 %, le jet ne peut pas réussir.
game-proposal-always = À 100 %, le jet ne peut pas échouer.
game-proposal-if-succeeds = En cas de réussite : { $changes }
game-proposal-if-fails = En cas d'échec : { $changes }
game-changes = { $list }.
game-nothing-changed = Rien n'a changé.
game-nothing-changes = rien ne change.
game-change-moved = { $value } { $delta }
game-change-limited = { $value } { $delta } ({ $asked } demandé ; { $after } est sa limite)
game-change-at-limit = { $value } inchangé (déjà { $after }, sa limite)
game-change-switched = { $value } : désormais { $after }
game-change-already = { $value } : déjà { $after }
game-change-switch-to = { $value } : { $after }
game-odds = { $level ->
    [none] aucune chance
    [very-unlikely] très improbable
    [unlikely] improbable
    [even] incertain
    [likely] probable
    [almost-certain] presque certain
   *[certain] certain
}

## Les valeurs et ce qui les a changées : « Gao · Stock de carburant 30 → 20 jours »

game-slot-var = { $place } · { $var }
game-slot-route = { $route } · { $field ->
    [capacity] capacité
    [risk] risque
    [loss] pertes
    [flow] flux
   *[open] ouverte
}
game-slot-relation = relation { $a }–{ $b }
game-yes = oui
game-no = non
game-value-unit = { $value } { $unit }
game-value-percent = { $value } %
game-change-text = { $slot } { $before } → { $after }
