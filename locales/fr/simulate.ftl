# The output of `harmattan simulate`: its summary, --compare, --watch,
# shards and merges (`simulate-…` keys). Ids (factions, variables, actions)
# stay as the modder wrote them; --json output stays English.

## Arguments et série de parties

simulate-error-no-runs = erreur : indiquez un fichier de scénario et --runs N
simulate-error-threads = erreur : impossible de lancer les fils de calcul : { $reason }
simulate-error-write = erreur : impossible d'écrire { $file } : { $reason }
simulate-games-file = le fichier des parties
simulate-path-no-file = le chemin ne désigne aucun fichier
simulate-error-json = erreur : impossible d'écrire le JSON : { $reason }
simulate-error-seat = erreur : --seat : { $message }
simulate-seat-form = `{ $text }` devrait avoir la forme `mali=greedy`
simulate-seat-ai = `{ $ai }` n'est pas un joueur ordinateur ; utilisez greedy ou random
simulate-seat-faction = `{ $id }` n'est pas un camp jouable ; choisissez parmi { $ids }
simulate-shard-form = forme attendue I/K, par exemple 0/10
simulate-shard-index = `{ $text }` n'est pas un numéro de tranche
simulate-shard-count = `{ $text }` n'est pas un nombre de tranches
simulate-shard-bounds = le nombre de tranches doit aller de 1 à 1 000 000
simulate-shard-numbered = les tranches d'un découpage en { $count } sont numérotées de 0 à { $last }
simulate-wrote-shard = { $file } écrit : parties { $first } à { $last } sur { $runs }
# La barre de progression : $done, $total, $rate et $eta sont remplis pendant le calcul.
simulate-progress = { $done }/{ $total } parties  { $rate }  reste { $eta }
simulate-speed = { $games ->
    [one] { $games } partie
   *[other] { $games } parties
} en { $seconds } s ({ $rate } parties/s, { $threads ->
    [one] { $threads } fil
   *[other] { $threads } fils
} de calcul)

## Fusion des tranches

simulate-merge-empty = erreur : aucun fichier de tranche indiqué
simulate-merge-mismatch = erreur : { $a } et { $b } ne sont pas des tranches d'une même série : { $what ->
    [scenario] leur scénario diffère
    [version] leur version de harmattan diffère
    [seed] leur graine diffère
    [ai] leur IA diffère
    [turns] leur limite de tours diffère
   *[runs] leur nombre de parties diffère
} ; ne fusionnez que des tranches écrites avec le même scénario, la même version de harmattan et les mêmes --seed, --ai, --turns et --runs
simulate-merge-overlap = erreur : { $a } et { $b } contiennent tous deux les parties { $first } à { $last } : donnez chaque tranche une seule fois
simulate-merge-missing = erreur : aucune tranche ne contient les parties { $first } à { $last } de la série de { $runs } : il manque un fichier de tranche
simulate-merge-missing-after = erreur : aucune tranche ne contient les parties { $first } à { $last } de la série de { $runs }, après { $before } : il manque un fichier de tranche
simulate-merge-missing-before = erreur : aucune tranche ne contient les parties { $first } à { $last } de la série de { $runs }, avant { $after } : il manque un fichier de tranche
simulate-merge-missing-between = erreur : aucune tranche ne contient les parties { $first } à { $last } de la série de { $runs }, entre { $before } et { $after } : il manque un fichier de tranche

## Pourquoi un fichier de tranche est refusé

simulate-shard-bad-json = ce n'est pas une tranche de simulation (JSON invalide : { $reason })
simulate-shard-no-format = ce n'est pas une tranche de simulation (pas de "format": "{ $format }")
simulate-shard-old-version = la version { $found } du format de tranche vient d'un harmattan plus ancien et manque de comptes que celui-ci résume (version { $version }) ; rejouez ses parties avec ce harmattan : les mêmes --seed, --runs et --shard donnent les mêmes parties
simulate-shard-other-version = la version { $found } du format de tranche n'est pas { $version }, celle que lit ce harmattan
simulate-shard-no-version = la version du format de tranche (absente) n'est pas { $version }, celle que lit ce harmattan
simulate-shard-invalid = ce n'est pas une tranche de simulation valide : { $reason }
simulate-shard-range = ses parties { $first }..{ $end } ne tiennent pas dans une série de { $runs }
simulate-shard-unknown-ai = IA inconnue `{ $ai }`
simulate-tally-games = elle compte { $counted ->
    [one] { $counted } partie
   *[other] { $counted } parties
} pour une plage de { $games }
simulate-tally-shape = ses comptes ne correspondent pas aux camps, objectifs, variables, actions, événements, drapeaux, relations ou routes de son scénario
simulate-tally-totals = un compte de score, d'objectif, de variable, de relation ou de route ne correspond pas à son nombre de parties
simulate-tally-ends = ses comptes d'objectifs, de relations, de routes ou de drapeaux sont impossibles
simulate-tally-verdicts = ses comptes de verdicts, d'issue commune ou d'écarts sont impossibles
simulate-tally-leader = ses comptes du meneur après le tour 3 sont impossibles
simulate-tally-actions-events = ses comptes d'actions ou d'événements sont impossibles
simulate-tally-proposals = ses comptes de propositions citent une action ou un camp qu'elle n'a pas
simulate-tally-action-faction = ses comptes d'actions citent un camp qu'elle n'a pas : `{ $faction }`
simulate-tally-action-wins = ses comptes de victoires dans les parties où une action a servi sont impossibles

## Le résumé : nombres des tableaux

# Une part en pour cent ; $value est déjà écrit avec une décimale.
simulate-percent = { $value } %

## Le résumé : tableaux des résultats

simulate-head = Scénario { $scenario } — { $runs ->
    [one] { $runs } partie
   *[other] { $runs } parties
}, graine { $seed }, IA { $ai }, { $turns } tours en moyenne
simulate-col-faction = camp
simulate-col-mean = moyenne
simulate-col-median = médiane
simulate-col-p10 = p10
simulate-col-p90 = p90
simulate-col-min = min
simulate-col-max = max
simulate-col-wins = victoires
simulate-col-met = atteints
simulate-col-partly = en partie
simulate-col-missed = manqués
simulate-col-variable = entité.variable
simulate-col-action = action
simulate-col-chosen = choisie
simulate-col-succeeded = réussie
simulate-col-turn-share = % des tours
simulate-col-event = événement
simulate-col-fired = survenu
simulate-col-game-share = % des parties
simulate-col-objective = objectif (score final)
simulate-col-weight = poids
simulate-col-relation = relation
simulate-col-start = départ
simulate-col-route = route
simulate-col-open = ouverte
simulate-col-was = (départ)
simulate-col-capacity = capacité
simulate-col-risk = risque
simulate-route-open = ouverte
simulate-route-closed = fermée
simulate-shared = L'issue commune a tenu dans { $held } % des parties, a été mise à mal dans { $strained } %, perdue dans { $lost } %.
simulate-ties = Égalités : { $ties } % des parties. Jouées à 2 points ou moins entre équipes au même verdict : { $close } % (écart médian { $lead }).
simulate-leader-3 = Le meneur après le tour 3 a fini par gagner { $share } % des parties.
simulate-values = Valeurs en fin de partie :
simulate-actions = Actions :
simulate-events = Événements (tours où ils surviennent : p10, médiane, p90) :
simulate-firings = Survenues de chaque événement par tour (tour : survenues) :
simulate-firing = { $turn } : { $count }

## Le résumé : pourquoi

simulate-why-all = Pourquoi, camp par camp (toutes les lignes) :
simulate-why = Pourquoi, camp par camp (les lignes les plus parlantes ; --detail les montre toutes) :
simulate-faction = { $name } ({ $id }) : gagne { $wins } % des parties ; ses objectifs sont atteints dans { $met } %.
simulate-no-telling-action = Aucune action ne va avec la victoire ou la défaite au-delà du hasard.
simulate-telling-actions = Actions, et la part des parties gagnées par { $id } selon qu'il les a choisies ou non :
simulate-proposals = Propositions :
simulate-proposal-answered = { $action } à { $target } : { $made ->
    [one] faite une fois
   *[other] faite { $made } fois
} ; { $rate } % des { $answered } réponses ont été positives.
simulate-proposal-unanswered = { $action } à { $target } : { $made ->
    [one] faite une fois
   *[other] faite { $made } fois
} ; aucune réponse avant la fin de la partie.
simulate-action-both = { $action } : choisie dans { $used } % des parties ; victoire dans { $with } % de celles-ci et { $without } % des autres.
simulate-action-always = { $action } : choisie dans toutes les parties ; victoire dans { $with } % d'entre elles.
simulate-action-never = { $action } : jamais choisie.
simulate-ends-all = En fin de partie :
simulate-ends = En fin de partie (ce qui a le plus bougé depuis le départ) :
simulate-flags = Drapeaux :
simulate-flag-kept = { $id } : toujours levé à la fin de { $set } % des parties (levé au départ).
simulate-flag-set = { $id } : levé à la fin de { $set } % des parties (baissé au départ).

## --compare

simulate-compare-refused = erreur : impossible de comparer { $a } et { $b } : une comparaison demande les mêmes camps jouables (par identifiant) des deux côtés.
simulate-compare-only = Seul { $file } a : { $ids }.
simulate-compare-a = A : { $file } (scénario { $scenario })
simulate-compare-b = B : { $file } (scénario { $scenario })
simulate-compare-runs = { $runs ->
    [one] { $runs } partie
   *[other] { $runs } parties
} de chaque sur les mêmes graines (graine { $seed }, IA { $ai }).
simulate-compare-legend = Parts des parties avec leurs intervalles à 95 % ; B − A en points de pourcentage, marqué * quand son intervalle exclut 0 (au-delà du bruit).
simulate-compare-wins = victoires
simulate-compare-met = objectifs atteints
simulate-compare-partly = atteints en partie
simulate-compare-missed = objectifs manqués
simulate-compare-shared = issue commune
simulate-compare-held = tenue
simulate-compare-strained = mise à mal
simulate-compare-lost = perdue
# Une part avec son intervalle à 95 % : « 31,0 % (28,2–34,0) ».
simulate-compare-share = { $value } % ({ $low }–{ $high })
# Un écart en points de pourcentage avec son intervalle : « +5,9 (+3,1 à +8,6) ».
simulate-compare-difference = { $value } ({ $low } à { $high })
simulate-compare-no-noise = Aucun écart n'est au-delà du bruit : avec { $runs } parties, le hasard seul pourrait expliquer chaque changement ci-dessus.
simulate-compare-beyond = Écarts au-delà du bruit (marqués *) : { $count }.
simulate-compare-objectives-all = Scores moyens des objectifs (points), tous :
simulate-compare-objectives = Scores moyens des objectifs (points), les plus grands changements :
simulate-compare-events-all = Part des parties où chaque événement est survenu, tous :
simulate-compare-events = Part des parties où chaque événement est survenu, les plus grands changements :
simulate-compare-actions-all = Part de ses tours où un camp a choisi chaque action, toutes :
simulate-compare-actions = Part de ses tours où un camp a choisi chaque action, les plus grands changements :
simulate-change-points = { $name } : { $a } dans A, { $b } dans B ({ $difference }).
simulate-change-percent = { $name } : { $a } % dans A, { $b } % dans B ({ $difference }).
simulate-change-only-a-points = { $name } : seulement dans A, { $a }.
simulate-change-only-a-percent = { $name } : seulement dans A, { $a } %.
simulate-change-only-b-points = { $name } : seulement dans B, { $b }.
simulate-change-only-b-percent = { $name } : seulement dans B, { $b } %.

## --watch

simulate-watch-error = erreur : impossible de surveiller les changements de fichiers : { $reason }
simulate-watch-folder = erreur : { $folder } : impossible de surveiller le dossier : { $reason }
simulate-watch-same = Rien n'a changé dans { $files } depuis les résultats ci-dessus.
simulate-watch-changed = { $file } a changé : voici les résultats de la nouvelle version.
simulate-watch-changed-both = { $files } ont changé : voici les résultats des nouvelles versions.
simulate-watch-kept = Les résultats ci-dessus restent ceux de la dernière version sans erreur.
simulate-watch-waiting = Surveillance de { $files } ; appuyez sur Ctrl-C pour arrêter.
simulate-watch-stopped = Fin de la surveillance de { $files }.
