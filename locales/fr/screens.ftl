## Les écrans de jeu de l'interface (titre, places, dossier, tour, résultats, historique, débriefing, sauvegardes, problèmes, aide, barre des touches).
# Mêmes clés et mêmes paramètres que locales/en/screens.ftl. Les touches
# gardent le nom écrit sur le clavier (Enter, Esc, flèches, lettres) ; seuls
# les mots qui les décrivent sont traduits. Espace fine insécable (U+202F)
# avant : ; ! ? % et à l'intérieur des guillemets « ».

## Mots communs

screen-language-name = Français
screen-list-pair = { $first } et { $second }
screen-list-comma = { $first }, { $second }
screen-enlarge = Agrandissez le terminal à au moins { $min_w }×{ $min_h } (il fait { $w }×{ $h }).
screen-unknown-reason = raison inconnue
screen-the-game = la partie
screen-the-game-in-progress = la partie en cours
screen-game-in-progress = la partie de { $title } au tour { $turn } sur { $turns } (commencée le { $started })
screen-scroll-both = ↑↓ suite plus haut et plus bas
screen-scroll-below = ↓ suite plus bas (↓ ou PgDn)
screen-scroll-above = ↑ début plus haut

## La barre des touches et l'aide

screen-key-help = aide
screen-key-quit = quitter
screen-key-language = Langue : { $language }
screen-key-umpire = écran de l'arbitre
screen-key-open-save = ouvrir une partie sauvegardée
screen-key-continue-last = reprendre la dernière partie
screen-key-room = la salle : places, codes, joueurs ordinateur
screen-key-scroll-news = faire défiler les nouvelles
screen-key-choose-scenario = choisir le scénario
screen-key-open = ouvrir
screen-key-choose = choisir
screen-key-continue-it = la reprendre
screen-key-back = retour
screen-key-next-turn = tour suivant
screen-key-previous-turn = tour précédent
screen-key-scroll = défiler
screen-key-charts = graphiques
screen-key-back-to-game = retour à la partie
screen-key-search = chercher
screen-key-set-value = fixer la valeur
screen-key-tabs = onglets
screen-key-move = se déplacer
screen-key-inject-adjust = déclencher / ajuster
screen-key-move-scroll = se déplacer, défiler
screen-key-news = nouvelle
screen-key-own-proposal = proposition libre d'une équipe
screen-key-undo = annuler le tour
screen-key-end-game = finir la partie
screen-key-pause = pause du minuteur
screen-key-bell = sonnerie oui/non
screen-key-publish-reason = rendre publique la raison du dernier événement déclenché
screen-key-projector = projecteur
screen-key-back-to-umpire = retour à l'écran de l'arbitre
screen-key-news-top = nouvelles depuis le début
screen-key-start = commencer
screen-key-seat = humain ou ordinateur
screen-key-seed = saisir la graine (sur sa ligne)
screen-key-show-briefing = ouvrir le dossier
screen-key-start-turn = commencer le tour
screen-key-done = terminé
screen-key-confirm-orders = valider les ordres
screen-key-region = région
screen-key-remove = retirer
screen-key-history = historique
screen-key-map-value = valeur de la carte
screen-key-tabs-f-keys = onglets, comme 1-5 (aussi &é"'( ١-٥ ۱-۵)
screen-key-tabs-initials = onglets par initiale anglaise
screen-key-continue = continuer
screen-key-choose-chart = choisir le graphique
screen-key-choose-line = choisir la courbe
screen-key-export = exporter le rapport
screen-key-new-game = nouvelle partie
screen-key-start-game = lancer la partie
screen-key-choose-seat = choisir une place
screen-key-computer-or-team = ordinateur ou équipe
screen-help-title = Touches — ? ou Esc pour fermer
screen-help-mouse = Souris : cliquez sur les onglets, les lignes et les touches du bas ; la molette fait défiler.

## Questions par-dessus l'écran

screen-quit-title = Quitter
screen-quit-question = Quitter Harmattan ?
screen-quit-close-question = Fermer la partie pour toutes les équipes ? Elle est sauvegardée.
screen-quit-leave-question = Quitter la partie ? La même commande et le même code vous y ramènent.
screen-quit-yes = quitter
screen-quit-close = fermer
screen-quit-leave = partir
screen-quit-any-key = autre touche
screen-quit-stay = rester
screen-code-title = Écran de l'arbitre
screen-code-hint = Enter pour valider · Esc pour annuler (chaque essai est noté)
screen-unsaved-title = Non sauvegardée
screen-unsaved-head = La partie n'a pas pu être sauvegardée :
screen-unsaved-loses = Quitter maintenant fait perdre { $game }.
screen-unsaved-or = ou
screen-unsaved-back = revenir à la partie
screen-unsaved-discard = quitter sans sauvegarder
screen-unsaved-message = quitté sans sauvegarder : { $game } est perdue (la sauvegarde a échoué : { $reason }). { $kept }
screen-unsaved-kept = { $path } garde le dernier état sauvegardé avant cela.
screen-unsaved-none-kept = Rien n'en a été sauvegardé.
screen-projector-joining = La partie commence quand toutes les équipes sont là : { $seats }

## Messages d'état (la ligne du bas)

screen-status-one-minute = Plus qu'une minute pour les ordres de ce tour.
screen-status-confirmed = { $count ->
    [one] { $names } a validé ses ordres.
   *[other] { $names } ont validé leurs ordres.
}
screen-status-taken-back = L'arbitre a repris le tour { $turn } : donnez à nouveau vos ordres.
screen-status-seat-to-computer = L'animateur a confié votre place à l'ordinateur.
screen-status-time-up-nothing = Temps écoulé : votre équipe ne donne aucun ordre ce tour-ci.
screen-status-time-up-queued = Temps écoulé : vos ordres en attente ont été donnés.
screen-status-loaded = Partie chargée au tour { $turn }.
screen-status-saved = Sauvegardé dans { $path }
screen-status-save-failed = Sauvegarde impossible : { $error }
screen-status-report-not-saving = Les rapports s'écrivent à côté de la sauvegarde ; cette partie n'est pas sauvegardée.
screen-status-write-failed = Impossible d'écrire { $path } : { $error }
screen-status-report-written = Rapport écrit : { $html } et { $markdown }
screen-status-reloaded = { $file } rechargé.
screen-status-reload-unchanged = { $file } a été enregistré sans changement : la partie continue.
screen-status-reloaded-ends = { $file } rechargé : rejouée dessus, la partie s'arrête au tour { $turn }.
screen-status-reloaded-replayed = { $file } rechargé : la partie y a été rejouée jusqu'au tour { $turn }.
screen-status-reloaded-unsaved = { $said } Sauvegarde impossible : { $error }
screen-status-host-timer = { $error } (lancez l'hôte avec --turn-minutes M).
screen-status-timer-paused = Minuteur en pause : p le relance.
screen-status-timer-running = Minuteur en marche.
screen-status-bell-on = La sonnerie de la dernière minute est activée.
screen-status-bell-off = La sonnerie de la dernière minute est coupée.
screen-status-no-timer = Cette partie n'a pas de minuteur (lancez-la avec --turn-minutes M).
screen-status-not-done = Non fait : { $error }
screen-status-only-team-seat = Seule la place d'une équipe peut être confiée à l'ordinateur.
screen-status-not-started = Partie non lancée : { $error }
screen-status-news-empty = La nouvelle est vide ; rien n'a été envoyé.
screen-status-done = Fait ; noté avec sa raison.
screen-status-rolled = Dé lancé ; noté avec sa raison.
screen-status-undone-here = Tour annulé ; les équipes le rejouent.
screen-status-undone = Tour { $turn } annulé ; les équipes le rejouent.
screen-status-not-undone = Non annulé : { $error }
screen-status-last-calls = Temps écoulé : chaque équipe pas encore passée au clavier a un dernier appel de { $seconds } s.
screen-status-timed-out-next = { $news } L'équipe suivante a un dernier appel de { $seconds } s.
screen-status-timed-out-resolves = { $news } Le tour se résout.
screen-status-nothing-to-publish = Aucun événement déclenché ce tour-ci : rien à rendre public.
screen-status-reason-public = La raison est maintenant une nouvelle publique.
screen-status-wrong-code = Code de l'animateur erroné. L'essai est noté pour l'arbitre.
screen-status-facilitator-code = Code de l'animateur : { $code } — notez-le : U le demande pour ouvrir cet écran.
screen-status-not-sent = Non envoyé : { $error }
screen-error-reason-needed = donnez une raison : le débriefing montre chaque décision de l'arbitre
screen-error-no-turn = aucun tour n'a encore été résolu
screen-error-no-history = l'historique de la partie manque

## Les questions de l'arbitre (réponses tapées)

screen-prompt-code = Code de l'animateur (l'écran de l'arbitre est réservé à l'animateur) :
screen-prompt-news = Nouvelle pour le journal de toutes les équipes :
screen-prompt-undo-turn = Annuler le tour { $turn } (les équipes le rejouent) — raison :
screen-prompt-undo-last = Annuler le dernier tour — raison :
screen-prompt-end-game = Finir la partie maintenant — raison :
screen-prompt-inject = Déclencher « { $event } » maintenant — raison (connue de l'arbitre seul) :
screen-prompt-new-value = Nouvelle valeur pour { $value } (actuellement { $now } ; { $range }) :
screen-prompt-reason-set = Raison pour mettre { $value } à { $to } :
screen-prompt-out-of-range = { $typed } est hors limites : tapez une valeur { $range }.
screen-prompt-type-value = Tapez une valeur { $range }, ou Esc pour annuler.
screen-prompt-not-number = « { $typed } » n'est pas un nombre entier : tapez une valeur { $range }.
screen-prompt-news-reason = Raison de cette nouvelle :
screen-range-yes-no = 0 (non) ou 1 (oui)
screen-range-at-least = de { $low } ou plus
screen-range-between = de { $low } à { $high }

## Ce que la partie enregistre avec les mots de l'interface (nouvelles lues par la salle)

screen-news-umpire-event = L'arbitre a déclenché « { $event } » : { $reason }
screen-news-reason-public = raison rendue publique
screen-news-timed-out = { $count ->
    [0] Temps écoulé pour { $team } : aucun ordre ce tour-ci.
    [one] Temps écoulé pour { $team } : son ordre en attente a été donné.
   *[other] Temps écoulé pour { $team } : ses { $count } ordres en attente ont été donnés.
}

## Places

screen-seat-human = Équipe humaine
screen-seat-greedy = Ordinateur (glouton)
screen-seat-random = Ordinateur (au hasard)

## Titre

screen-title-tagline = un jeu de crise au tour par tour pour la classe
screen-title-scenarios = Scénarios
screen-title-turns = { $turns ->
    [one] { $turns } tour
   *[other] { $turns } tours
}
screen-title-problems = { $count ->
    [one] ✗ { $count } problème
   *[other] ✗ { $count } problèmes
}
screen-title-has-problems = Ce scénario a des problèmes. Appuyez sur Enter pour les voir avec leur ligne et leur colonne.
screen-title-none = Aucun scénario trouvé.
screen-title-built-in = { $file } (intégré)

## Parties sauvegardées

screen-saves-title = Parties sauvegardées — Enter pour en reprendre une
screen-saves-title-in = Parties sauvegardées dans { $folder } — Enter pour en reprendre une
screen-saves-none = Aucune partie sauvegardée pour l'instant.
screen-save-finished = terminée
screen-save-progress = tour { $turn } sur { $turns } ({ $date })
screen-save-team = { $faction } (équipe)
screen-save-computer = { $faction } (ordinateur)
screen-save-line = { $title } — { $progress } — commencée le { $started } — { $seats }

## Les problèmes d'un scénario

screen-problems-title = { $file } ne se charge pas : { $count } à corriger, puis relancez
screen-problems-error = erreur
screen-problems-warning = avertissement
screen-problems-help = aide :

## Passage du clavier

screen-handover-pass = Passez le clavier à { $team }
screen-handover-briefing = Équipe { $team } : appuyez sur Enter pour lire votre dossier confidentiel.
screen-handover-turn = Équipe { $team } : appuyez sur Enter pour donner vos ordres de ce tour.
screen-handover-look-away = Autres équipes, détournez le regard, s'il vous plaît.
screen-handover-turn-number = Tour { $turn }
screen-handover-last-call = DERNIER APPEL : le temps du tour est écoulé
screen-handover-last-call-seconds = Vous avez { $seconds } secondes après Enter, puis vos ordres en attente comptent.

## Dossier confidentiel

screen-briefing-head = Dossier confidentiel — { $team }
screen-briefing-how-you-score = Comment vous marquez des points
screen-briefing-objective = • { $objective } ({ $share } % de votre score)
screen-briefing-objective-described = • { $objective } ({ $share } % de votre score) — { $description }
screen-briefing-done = Appuyez sur Enter quand votre équipe a lu ce dossier.

## Le tour d'une équipe

turn-header = Tour { $turn } sur { $turns } · { $date } · points d'action : { $left } sur { $points }
turn-confirm-title = Valider vos ordres ?
turn-confirm-anyway = Valider quand même ?
turn-confirm-yes = oui
turn-confirm-back = retour aux ordres
turn-unused-points = { $points ->
    [one] Il vous reste { $points } point d'action.
   *[other] Il vous reste { $points } points d'action.
}
turn-unused-proposals = { $count ->
    [one] 1 proposition est sans réponse (elle compte comme un refus).
   *[other] { $count } propositions sont sans réponse (elles comptent comme des refus).
}
turn-unused-both = { $points ->
    [one] Il vous reste { $points } point d'action
   *[other] Il vous reste { $points } points d'action
} ; { $count ->
    [one] 1 proposition est sans réponse (elle compte comme un refus).
   *[other] { $count } propositions sont sans réponse (elles comptent comme des refus).
}
turn-tab-overview = Aperçu
turn-tab-diplomatic = Diplomatie
turn-tab-energy = Énergie
turn-tab-security = Sécurité
turn-tab-queue = Ordres { $queued } · Réponses { $pending }
turn-no-news = Pas encore de nouvelles.
turn-map-title = Carte · { $value } (v)
turn-lines-above = { $count ->
    [one] … { $count } ligne plus haut (↑)
   *[other] … { $count } lignes plus haut (↑)
}
turn-lines-below = { $count ->
    [one] … { $count } ligne de plus (↓ pour défiler)
   *[other] … { $count } lignes de plus (↓ pour défiler)
}
turn-news-title = Nouvelles · { $date }
turn-news-more = suite dans la dernière résolution
turn-no-one = personne
turn-region-held = { $region } (tenue par { $holder }) ←→
turn-relations = Relations
turn-situation = Situation
turn-actions-diplomatic = Actions diplomatiques
turn-actions-energy = Actions énergétiques
turn-actions-security = Actions de sécurité
turn-no-actions = Aucune action de ce type.
turn-detail-title = Ce que cela fait
turn-available = Disponible
turn-available-only = Disponible · cible : { $target } (la seule)
turn-not-available = Indisponible : { $reason }
turn-no-target = Aucune cible n'est disponible pour l'instant.
turn-cost-resource = { $amount } { $resource } (vous avez { $have })
turn-cost = { $points ->
    [one] Coût : { $points } point d'action
   *[other] Coût : { $points } points d'action
}
turn-cost-and = { $points ->
    [one] Coût : { $points } point d'action, { $resources }
   *[other] Coût : { $points } points d'action, { $resources }
}
turn-chance = Chances de succès : { $chance } %
turn-chance-example = Chances de succès : { $chance } % (par ex. cible : { $target })
turn-proposal-note = Une proposition : l'autre partie répond au tour suivant.
turn-secret = Secret : les autres le découvrent avec { $chance } % de chances.
turn-delay = { $turns ->
    [one] Prend effet { $turns } tour plus tard.
   *[other] Prend effet { $turns } tours plus tard.
}
turn-lasts = { $turns ->
    [one] Dure { $turns } tour.
   *[other] Dure { $turns } tours.
}
turn-stack-refresh = Redonné pendant qu'il agit, il recommence ses tours.
turn-stack-refuse = Ne peut pas être redonné tant qu'il agit.
turn-if-succeeds = S'il réussit :
turn-while-it-lasts = Tant qu'il dure (annulé à sa fin) :
turn-if-fails = S'il échoue :
turn-if-declined = En cas de refus :
turn-if-found-out = S'il est découvert :
turn-nothing-changes = rien ne change
turn-if-accept = Si vous acceptez :
turn-if-accept-chance = Si vous acceptez ({ $chance } % de chances que cela marche) :
turn-no-longer = Cela ne peut plus prendre effet : { $reason }
turn-and-if-fails = et si cela échoue :
turn-if-decline = Si vous refusez (ou ne répondez pas) :
turn-score-now = Votre score actuel : { $score }/100
turn-goals = Seuils : atteint à { $met }, en partie à { $partly }
turn-objective = { $objective } — { $share } % du score — à { $score }/100
turn-objective-numbers = { $share } % du score — à { $score }/100
turn-shared = { $outcome } (commun)
turn-shared-held = à { $score }/100 — tenu à partir de { $held },
turn-shared-lost = perdu sous { $lost } pour toutes les équipes
turn-decisions-title = Répondez, vérifiez vos ordres, puis appuyez sur c pour valider
turn-proposal-from = Proposition du camp { $team } : { $action }
turn-your-answer = Votre réponse :
turn-not-answered = sans réponse — compte comme REFUS
turn-enter-accept = (Enter : accepter)
turn-accept = ACCEPTER
turn-decline = REFUSER
turn-enter-change = Enter pour changer
turn-option-of = { $option } sur { $count } · Enter : suivante
turn-nothing-to-answer = Rien à répondre ce tour-ci.
turn-your-orders = Vos ordres (x pour retirer) :
turn-no-orders = Pas encore d'ordres : choisissez des actions dans les onglets 2 à 4.
turn-picker-title = { $action } : choisissez une cible (Enter, Esc pour annuler)
turn-picker-title-short = { $action } : choisissez une cible
turn-picker-keys = Enter choisir · Esc annuler

## Ce qui s'est passé ce tour-ci, et la relecture

screen-resolution-title = Résolution — Enter pour continuer
screen-replay-title-empty = Relecture
screen-replay-empty = Cette sauvegarde n'a encore aucun tour résolu.
screen-replay-title = Relecture · tour { $turn } sur { $turns } · tout est révélé — ←→ tours
screen-resolution-brief = Tour { $turn } · { $date } — en bref
screen-resolution-happened = Il s'est passé : { $events }
screen-resolution-largest = Plus grands changements : { $changes }
screen-resolution-detail = En détail (↓ pour défiler)
screen-roll-success = (tiré { $roll } contre { $chance } % : ✓ réussite)
screen-roll-failure = (tiré { $roll } contre { $chance } % : ✗ échec)
screen-roll-happens = (tiré { $roll } contre { $chance } % : cela arrive)
screen-roll-not-happen = (tiré { $roll } contre { $chance } % : cela n'arrive pas)
screen-resolution-refused = { $team } : { $action } refusé — { $reason }
screen-resolution-an-order = un ordre
screen-resolution-rule = Règle : { $rule }
screen-resolution-income = Revenus : { $team }
screen-resolution-flow = { $route } : { $delivered } livrés sur { $sent }
screen-resolution-seen-only = [vu seulement par le camp { $team }]
screen-resolution-umpire-only = [arbitre seulement]
screen-resolution-changed = Ce qui a changé (début des ordres → fin du tour)

## Graphiques

screen-history-by-region = { $value } par région
screen-history-by-faction = { $value } par camp
screen-history-relations = Relations
screen-history-title = Historique
screen-history-empty = Les graphiques apparaissent une fois le premier tour résolu.
screen-history-chart = { $chart } · { $line } : { $now } · ←→ { $line_at }/{ $lines } · ↑↓ { $chart_at }/{ $charts }
screen-history-turn-axis = tour
screen-history-others = •• les autres :

## Débriefing

screen-debrief-title = Débriefing
screen-debrief-head = { $title } — comment cela s'est terminé
screen-debrief-share = { $share } % du score
screen-debrief-turning-points = Tournants
screen-debrief-turning-point = { $points ->
    [one] Tour { $turn } ({ $date }) : les scores ont bougé de { $points } point
   *[other] Tour { $turn } ({ $date }) : les scores ont bougé de { $points } points
}
screen-debrief-keys = n : nouvelle partie · g : graphiques · q : quitter

## play FICHIER --reload : le fichier du scénario a changé

screen-reload-gone = { $file } a disparu (déplacé ou supprimé) : la partie continue avec la version chargée ; enregistrez à nouveau le fichier pour le recharger.
screen-reload-errors = { $count ->
    [one] { $file } contient une erreur : il n'a pas été chargé.
   *[other] { $file } contient { $count } erreurs : il n'a pas été chargé.
}
screen-reload-goes-on = La partie continue avec la version chargée avant. Enregistrez à nouveau le fichier une fois corrigé, et la partie y sera rejouée.
screen-reload-not-title = Scénario non rechargé — Esc ferme
screen-reload-title = Scénario rechargé — Esc ferme
screen-reload-dropped = Ceci ne correspond plus à la nouvelle version et a été abandonné :
screen-reload-cannot-watch = impossible de surveiller les changements de fichiers : { $error }
screen-reload-cannot-watch-folder = { $folder } : impossible de surveiller le dossier : { $error }
screen-rebase-ends = { $count ->
    [one] Dans la nouvelle version, la partie s'arrête après le tour { $turn } : le tour joué ensuite disparaît.
   *[other] Dans la nouvelle version, la partie s'arrête après le tour { $turn } : les { $count } tours joués ensuite disparaissent.
}
screen-rebase-not-playable = { $team } n'est plus un camp jouable : sa place a été retirée.
screen-rebase-new-playable = { $team } est un nouveau camp jouable : une équipe le joue.
screen-rebase-value-gone = ce qu'il change n'est plus dans le scénario
screen-rebase-event-gone = l'événement n'est plus dans le scénario
screen-rebase-team-gone = l'équipe n'est plus dans le scénario
screen-rebase-gone = { $name } n'est plus dans le scénario
screen-rebase-action-gone = l'action n'est plus dans le scénario
screen-rebase-cannot-aim = l'action ne peut plus viser { $target }
screen-rebase-proposal-gone = la proposition n'est plus faite
screen-rebase-choice-gone = l'événement ne pose plus la question
screen-rebase-option-gone = l'option « { $option } » n'est plus proposée (la première option est prise)
screen-rebase-order = Tour { $turn } : l'ordre « { $action } » du camp { $team } a été abandonné : { $reason }.
screen-rebase-order-on = Tour { $turn } : l'ordre « { $action } » du camp { $team } sur { $target } a été abandonné : { $reason }.
screen-rebase-answer = Tour { $turn } : la réponse du camp { $team } à la proposition « { $action } » du camp { $from } a été abandonnée : { $reason }.
screen-rebase-choice = Tour { $turn } : le choix du camp { $team } dans « { $event } » a été abandonné : { $reason }.
screen-rebase-ruling-set = Tour { $turn } : la valeur { $to } donnée par l'arbitre à { $value } a été abandonnée : { $reason }.
screen-rebase-ruling-event = Tour { $turn } : l'événement « { $event } » déclenché par l'arbitre a été abandonné : { $reason }.
screen-rebase-ruling-news = Tour { $turn } : la nouvelle de l'arbitre a été abandonnée : { $reason }.
screen-rebase-ruling-end = Tour { $turn } : la fin de partie décidée par l'arbitre a été abandonnée : { $reason }.
screen-rebase-ruling-proposal = Tour { $turn } : la proposition libre « { $proposal } » du camp { $team } a été abandonnée : { $reason }.

## La légende de la carte : niveaux et routes, en entier et en bref (carte étroite)

screen-legend-high = haut
screen-legend-mid = moyen
screen-legend-low = bas
screen-legend-open = ouverte
screen-legend-risky = risquée
screen-legend-closed = fermée
screen-legend-shared = partagée
screen-legend-high-short = haut
screen-legend-mid-short = moy
screen-legend-low-short = bas
screen-legend-open-short = ouv
screen-legend-risky-short = risq
screen-legend-closed-short = clos
screen-legend-shared-short = part

## harmattan watch

screen-watch-waiting-folder = En attente d'une partie : lancez-en une avec `harmattan play` dans un autre terminal. Elle s'affiche ici dès que ses places sont choisies (sa première sauvegarde dans { $folder }), et une partie plus récente la remplace quand elle commence.
screen-watch-waiting-file = En attente de la sauvegarde de { $file }…
screen-watch-deleted = ⚠ La sauvegarde { $file } a été supprimée ; le dernier état lu reste affiché.
screen-watch-problem = ⚠ nouvel essai quand le fichier changera : { $problem }
screen-watch-problem-kept = ⚠ le dernier bon état reste affiché ; nouvel essai quand le fichier changera : { $problem }
screen-watch-quit = quitter
screen-watch-scroll = ↑↓ PgUp/PgDn faire défiler les nouvelles
screen-watch-following = suit { $file } (mise à jour automatique)
screen-watch-watching = surveille { $folder }

## Ce qu'affichent play, replay et watch

screen-cli-terminal-failed = erreur : le terminal a lâché : { $error }
screen-cli-scenario-has-errors = { $path } : le scénario a des erreurs ; corrigez-les et réessayez (`harmattan validate { $path }`)
screen-cli-cannot-write-stdout = erreur : impossible d'écrire sur la sortie standard : { $error }
screen-cli-wrote = { $file } écrit
screen-new-wrote =
    { $file } écrit : un scénario de départ ({ $lines } lignes) avec 3 camps, 4 régions, 2 routes,
    des actions de chaque catégorie, des événements, des règles et des objectifs. Ses commentaires
    expliquent chaque partie ; docs/scenario-format.md décrit chaque champ.
screen-new-next =
    Ensuite : modifiez-le, puis vérifiez-le avec
      harmattan validate { $file }
    Pour le proposer aussi en { $language }, commencez une traduction avec
      harmattan new --translation { $code } { $file }
screen-new-cannot-read = erreur : { $file } : impossible de lire le scénario : { $reason }
screen-new-cannot-create-folder = erreur : { $folder } : impossible de créer le dossier : { $error }
screen-new-language-en = anglais
screen-new-language-fr = français
screen-new-language-ar = arabe
screen-new-translation =
    { $file } écrit : { $texts ->
        [one] le texte
       *[other] les { $texts } textes
    } de { $scenario } à traduire en { $language },
    chacun sous le texte du scénario. Un texte laissé "" affiche celui du scénario.
screen-new-translation-next =
    Ensuite : traduisez-les, puis vérifiez la traduction avec
      harmattan validate { $scenario }
screen-new-translation-updated =
    { $file } mis à jour avec les textes de { $scenario } : { $kept } { $kept ->
        [one] texte traduit gardé
       *[other] textes traduits gardés
    }, { $untranslated } encore à traduire (""), { $gone } qui ne sont plus dans le scénario (gardés à la fin, en commentaire).
screen-new-translation-not-updated = erreur : { $file } est resté tel quel : corrigez les problèmes ci-dessus, puis réessayez
screen-new-translation-exists-help = { "  " }aide : pour la mettre à jour avec le scénario en gardant chaque texte traduit, ajoutez --update
screen-new-exists =
    erreur : { $file } existe déjà ; `harmattan new` n'écrase jamais un fichier
      aide : choisissez un autre nom, ou déplacez d'abord le fichier existant
screen-new-cannot-create = erreur : { $file } : impossible de créer le fichier : { $error }
screen-new-cannot-write = erreur : { $file } : impossible d'écrire le fichier : { $error }
screen-signal = arrêté par { $signal }
screen-signal-saved = arrêté par { $signal } ; la partie a été sauvegardée dans { $path }
screen-signal-not-saved = arrêté par { $signal } ; la partie n'a PAS pu être sauvegardée : { $error }
screen-cli-watch-no-terminal = erreur : `harmattan watch` a besoin d'un terminal interactif (l'entrée et la sortie standard doivent être un terminal).
screen-cli-no-folder = erreur : { $folder } : ce dossier n'existe pas
screen-cli-cannot-create-folder = erreur : { $folder } : impossible de créer le dossier des sauvegardes : { $error }
screen-cli-cannot-watch = erreur : { $reason }
screen-cli-reload = erreur : --reload : { $reason }
screen-cli-seats = erreur : --seats : { $reason }
screen-cli-seat-shape = `{ $part }` devrait avoir la forme `mali=human`
screen-cli-seat-unknown = `{ $seat }` n'est pas une place ; utilisez team (ou human), ai (glouton) ou random
screen-cli-seat-faction = `{ $faction }` n'est pas un camp jouable ; choisissez parmi { $factions }
screen-cli-code = un code d'animateur compte de 4 à 20 lettres ou chiffres
screen-cli-no-orders = avertissement : pas de fichier --orders : { $teams } ne donneront aucun ordre (les questions sans réponse prennent leur valeur par défaut)
screen-cli-orders-ignored = avertissement : les ordres du camp { $faction } sont ignorés : l'ordinateur le joue (mettez `{ $faction }=human` dans --seats)
screen-cli-error = erreur : { $error }
screen-cli-warning = avertissement : { $warning }
screen-cli-refused = tour { $turn } : l'ordre « { $action } » du camp { $team } a été refusé : { $reason }
screen-cli-refused-on = tour { $turn } : l'ordre « { $action } » du camp { $team } sur { $target } a été refusé : { $reason }
screen-cli-refused-unknown = tour { $turn } : l'ordre `{ $action }` du camp { $team } a été refusé : { $reason }
screen-cli-order-problems = { $count ->
    [one] { $file } : { $count } problème dans les ordres
   *[other] { $file } : { $count } problèmes dans les ordres
}
screen-cli-result = { $turns ->
    [one] { $turns } tour joué ; scores : { $scores } (* en tête)
   *[other] { $turns } tours joués ; scores : { $scores } (* en tête)
}
screen-cli-lost = harmattan : { $message }
screen-cli-view-no-terminal = erreur : --view a besoin d'un terminal interactif
screen-cli-consistent = { $turns ->
    [one] cohérente ({ $turns } tour)
   *[other] cohérente ({ $turns } tours)
}
screen-cli-diverges-start = diverge dès le départ : { $detail }
screen-cli-diverges = diverge au tour { $turn } : { $detail }
screen-cli-differs-start = erreur : { $file } : la relecture diffère de l'enregistrement dès le départ (modifiée à la main, abîmée, ou écrite par une autre version)
screen-cli-differs = erreur : { $file } : la relecture diffère de l'enregistrement au tour { $turn } (modifiée à la main, abîmée, ou écrite par une autre version)
