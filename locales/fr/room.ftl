## Partie hébergée et mode animateur : salle, attente, places, écran de l'arbitre et du projecteur, minuteur, messages de l'hôte.
# Toutes les clés commencent par `room-`. Les noms de touches (Enter, Esc, L…) restent ceux du clavier.

## Le minuteur du tour

room-timer-last-call-time = Dernier appel { $time }
room-timer-last-call = Dernier appel

## Les places d'une partie hébergée, et ce qui s'est passé dans la salle (journal de l'animateur)

room-seat-projector = Projecteur
room-seat-umpire = Arbitre
room-seat-console = Console
room-log-joined = { $seat } : connexion depuis { $address }.
room-log-rejoined = { $seat } : reconnexion depuis { $address }.
room-log-taken-over = { $seat } : place reprise depuis { $address }.
room-log-disconnected = { $seat } : déconnexion.
room-log-confirmed = { $faction } : ordres confirmés.
room-log-started = La partie a commencé.
room-log-took-back = L'arbitre a annulé le tour { $turn }.
room-log-played-by-team = { $faction } : désormais joué par son équipe.
room-log-played-by-computer = { $faction } : désormais joué par l'ordinateur.
room-log-resolved = Tour { $turn } résolu.
room-log-over = La partie est terminée.
room-one-minute = Plus qu'une minute pour les ordres de ce tour.
room-log-timed-out = { $faction } : temps écoulé, { $orders ->
    [0] aucun ordre donné ce tour-ci.
    [one] { $orders } ordre préparé a été donné.
   *[other] { $orders } ordres préparés ont été donnés.
}
room-not-saved = Sauvegarde impossible : { $reason }
room-log-untold = { $language } : les nouvelles n'ont pas pu être redites dans cette langue ; les places qui la lisent voient les nouvelles telles que la partie les a écrites.

## Pourquoi l'hôte n'a pas fait ce qu'une place demandait

room-refused-no-seat = cette place n'existe pas
room-refused-no-longer-expected = ces ordres ne sont plus attendus (le tour est passé)
room-refused-not-this-seat = cette place ne peut pas faire cela
room-refused-started = la partie a déjà commencé
room-refused-no-timer = cette partie n'a pas de minuteur
room-refused-no-faction-seat = ce camp n'a pas de place
room-refused-umpire-orders = l'arbitre ne donne pas d'ordres

## La langue de chaque place (`--seat-lang`)

room-seat-lang-form = --seat-lang : écrivez chaque place sous la forme PLACE=LANGUE, par ex. mali=fr,algeria=ar (et non « { $part } »)
room-seat-lang-no-seat = --seat-lang : aucune place ne s'appelle « { $name } » ; les places sont { $names }
room-seat-lang-no-lang = --seat-lang : pas de langue « { $code } » : utilisez en, fr ou ar

## Ce que l'hôte dit à la console de l'animateur et aux clients SSH

room-cli-needs-terminal = harmattan : la console de l'hôte a besoin d'un terminal interactif (l'entrée et la sortie standard doivent être un terminal).
room-cli-error = erreur : { $message }
room-cli-error-file = erreur : { $file } : { $reason }
room-cli-error-seats = erreur : --seats : { $message }
room-cli-no-team = erreur : --seats : aucun camp n'est joué par une équipe ; une partie hébergée en demande au moins un
room-cli-saved-over = La partie terminée est sauvegardée dans { $path } ; `harmattan report { $path }` en écrit le compte rendu.
room-cli-saved = La partie est sauvegardée dans { $path } ; pour la reprendre une autre fois : harmattan host --load { $path }
room-cli-terminal-failed = erreur : le terminal a échoué : { $reason }
room-error-threads = impossible de démarrer les fils réseau : { $reason }
room-error-listen = impossible d'écouter sur { $address } : { $reason }
room-error-not-a-host-key = { $file } n'est pas une clé d'hôte ({ $reason }) ; déplacez-le pour en créer une nouvelle (le SSH des élèves demandera alors une fois de plus s'il faut faire confiance à l'hôte)
room-error-read-host-key = impossible de lire la clé d'hôte { $file } : { $reason }
room-error-write-host-key = impossible d'écrire la clé d'hôte { $file } : { $reason }
room-error-make-host-key = impossible de créer une clé d'hôte : { $reason }
room-error-create-dir = impossible de créer { $dir } : { $reason }
room-no-login-in-time = pas de connexion à temps
room-farewell-left = Vous avez quitté la partie. La même commande et le même code vous y ramènent.
room-farewell-closed = L'animateur a fermé la partie ; elle est sauvegardée.
room-farewell-taken-over = Quelqu'un d'autre s'est connecté à cette place avec son code : cette connexion est donc fermée. Si ce n'était pas votre équipe, prévenez l'animateur.

# Une valeur et ce qu'elle mesure (le trésor d'un camp, une relation).
room-label-value = { $label } : { $value }
# Entre les éléments d'une liste de valeurs ou de noms.
room-list-separator = { ", " }
# Dans la barre de touches de la salle : ←→ change la langue de la place choisie.
room-key-seat-language = langue de la place

## La langue d'une place

room-language = Langue ({ $key }) :

## Une équipe entre ses tours (partie hébergée)

room-waiting-seat = Votre place : { $faction }.
room-waiting-start = L'animateur lance la partie quand toutes les équipes sont là.
room-waiting-orders-in = Vos ordres du tour { $turn } sont transmis.
room-waiting-confirmed = { $faction } : ordres confirmés.
room-waiting-for = On attend encore : { $teams }.
room-waiting-results = Les résultats s'afficheront ici dès que le tour sera résolu.

## La salle (la console de l'animateur, avant et pendant la partie)

room-lobby-not-started = pas encore lancée : Enter lance la partie
room-lobby-over = la partie est terminée
room-lobby-turn = tour { $turn } sur { $turns }
room-lobby-how = Chaque équipe tape sa commande dans un terminal, puis son code quand le mot de passe est demandé.
room-lobby-title = La salle
room-lobby-host-key = Clé de l'hôte : { $fingerprint } — le SSH d'un élève l'affiche à la première connexion ; elle doit être identique.
room-lobby-saved = La partie est sauvegardée après chaque changement (harmattan watch et report la lisent).
room-lobby-log-title = Ce qui s'est passé
room-presence-empty = pas encore connectée
room-presence-empty-short = absente
room-presence-connected = connectée
room-presence-connected-from = connectée depuis { $address }
room-presence-confirmed = a confirmé
room-presence-confirmed-from = a confirmé, depuis { $address }
room-presence-confirmed-gone = a confirmé, déconnectée
room-presence-confirmed-gone-short = confirmé, hors ligne
room-presence-disconnected = déconnectée : le même code permet de revenir
room-presence-disconnected-short = DÉCONNECTÉE
room-presence-computer = jouée par l'ordinateur
room-presence-computer-short = ordinateur

## Qui joue chaque camp (préparation d'une partie à un seul clavier)

room-seats-question = Qui joue chaque camp ? Les équipes se relaient en secret à ce clavier.
room-seats-title = Places
room-seats-not-playable = — non jouable —
room-seats-seed = Graine :
room-seats-seed-typing = (tapez des chiffres, Enter pour valider)
room-seats-start = Lancer la partie
room-seats-no-team = Aucune équipe : l'ordinateur joue tous les camps et vous regardez les tours se dérouler.
room-seats-teams = { $teams ->
    [one] { $teams } équipe va jouer.
   *[other] { $teams } équipes vont jouer.
} La même graine et les mêmes ordres donnent toujours la même partie.

## Le projecteur (vue publique)

room-projector-enlarge = Agrandissez la fenêtre.
room-projector-indicators = Indicateurs
room-projector-news = Nouvelles
room-projector-more-both = ↑↓ d'autres nouvelles au-dessus et en dessous
room-projector-more-below = ↓ d'autres nouvelles (↓ ou PgDn)
room-projector-more-above = ↑ d'autres nouvelles au-dessus
room-projector-no-news = Pas encore de nouvelles.
room-projector-nothing-public = Rien de public ne s'est passé.
room-projector-results-heading = Résultats du tour { $turn } · { $date }
room-projector-this-turn = Ce tour-ci · { $date }
room-projector-last-turn = Tour précédent · { $date }
room-projector-how-it-ended = Comment la partie s'est terminée
room-projector-final-scores = Scores finaux
room-projector-time-left = Temps restant { $time }
room-projector-game-over = Partie terminée
room-projector-turn = Tour { $turn } sur { $turns } · { $date }
room-projector-turn-results = Tour { $turn } sur { $turns } · { $date } · résultats
room-projector-over-line = Partie terminée. { $winner } Scores : { $scores }.
room-projector-briefings = La partie a commencé : les équipes lisent leur briefing.
room-projector-results-line = Résultats du tour { $turn } : les ordres du tour suivant ne sont pas encore ouverts.
room-projector-waiting-for = En attente des ordres : { $names }.
room-projector-confirmed = Ordres confirmés { $done } sur { $total } :
room-projector-team-confirmed = confirmé
room-projector-team-thinking = réfléchit
room-projector-confirmed-short = Confirmé { $done }/{ $total } : { $teams }
room-projector-map = Carte · { $value }
room-projector-more-lines = … { $lines ->
    [one] { $lines } ligne de plus
   *[other] { $lines } lignes de plus
} : agrandissez la fenêtre
room-projector-situation = Situation
room-projector-flag-ended = terminé :
room-projector-relations = Relations
room-projector-relations-range = Relations (−100 à 100)

## L'écran de l'arbitre (pour l'animateur, jamais pour les équipes)

room-umpire-header = ARBITRE — pas pour les équipes · Tour { $turn } sur { $turns } · { $date }
room-umpire-header-code = ARBITRE — pas pour les équipes · Tour { $turn } sur { $turns } · { $date } · code { $code }
room-tab-state = État
room-tab-last-turn = Dernier tour
room-tab-events = Événements
room-tab-adjust = Ajuster
room-tab-preview = Aperçu des ordres
room-umpire-state-title = État — n nouvelle · z annuler · E fin · p pause · m sonnerie · r motif public · P projecteur
room-umpire-code = Code animateur : { $code } — U le demande sur les écrans de jeu ; ne le montrez pas aux équipes.
room-umpire-attempts = Tentatives d'ouverture de cet écran : { $right } avec le bon code, { $wrong } avec un mauvais
room-umpire-attempt-right = tour { $turn } · { $at } UTC · ✓ bon code
room-umpire-attempt-wrong = tour { $turn } · { $at } UTC · ✗ mauvais code
room-umpire-teams = Équipes
room-umpire-not-played = non joué
room-umpire-not-joined = pas connectée
room-umpire-thinking = réfléchit
room-umpire-orders-in = ordres transmis
room-umpire-score = score { $score }
room-umpire-pending = Propositions et choix en attente
room-umpire-none = aucun
room-umpire-proposal = Proposition { $from } → { $to } : « { $action } »
room-umpire-choice = { $faction } doit répondre : { $event }
room-umpire-relations = Relations
room-umpire-flags-routes = Situations et routes
room-umpire-route-open = { $route } : ouverte, capacité { $capacity }, risque { $risk } %, dernier flux { $flow }
room-umpire-route-closed = { $route } : FERMÉE, capacité { $capacity }, risque { $risk } %, dernier flux { $flow }
room-umpire-last-turn-title = Dernier tour — tout, ordres secrets signalés
room-umpire-no-turn-yet = Aucun tour n'a encore été résolu.
room-umpire-events-title = Événements — Enter en déclenche un maintenant (motif demandé)
room-umpire-event-happened = { $event } — survenu au tour { $turn }
room-umpire-event-not-yet = { $event } — pas encore survenu
room-umpire-search = Recherche :
room-umpire-search-hint = / pour chercher (par ex. « niamey carburant »)
room-umpire-search-keys = ↑↓ choisir · Enter fixer · Esc effacer
room-umpire-search-change = (/ pour modifier)
room-umpire-adjust-title = Ajuster — { $shown } sur { $values ->
    [one] { $values } valeur
   *[other] { $values } valeurs
} · Enter pour taper une nouvelle valeur (motif demandé)
room-umpire-no-match = Aucune valeur ne correspond à « { $filter } ». Retour arrière pour modifier la recherche, Esc pour l'effacer.
room-umpire-prompt-keys = Enter pour valider · Esc pour annuler
room-umpire-preview-title = Aperçu des ordres — ce que chaque ordre ferait maintenant (sans lancer de dés)
room-preview-no-change = pas de changement direct
room-preview-chance = { $chance } % · { $effects }
room-preview-row = { $faction } · { $action } : { $status }
room-preview-row-target = { $faction } · { $action } → { $target } : { $status }

## La proposition propre d'une équipe (l'option « matrice »), sur l'écran de l'arbitre

room-form-title = Proposition propre d'une équipe (l'option « matrice »)
room-form-team = Équipe : ◂ { $team } ▸
room-form-proposal = Proposition, dans les mots de l'équipe ({ $count ->
    [one] { $count } caractère
   *[other] { $count } caractères
} sur { $max }) :
room-form-chance = Chance : ◂ { $chance } % — { $odds } ▸
room-form-success = En cas de réussite :
room-form-failure = En cas d'échec :
room-form-none-yet = aucun changement pour l'instant (Enter en ajoute un)
room-form-nothing = rien ne change
room-form-reason = Motif de ces chances (pour vous et le compte rendu) :
room-form-preview-button = Aperçu avant le tirage
room-form-hint-team = ←→ choisir l'équipe qui propose · ↓/Tab champ suivant · Esc fermer
room-form-hint-text = Tapez ce que l'équipe propose · ↓/Tab/Enter champ suivant · Esc fermer
room-form-hint-chance = ←→ 5 % de moins ou de plus : est-ce probable, tel que l'équipe l'a défendu ?
room-form-hint-success = Enter ajoute une valeur à changer en cas de réussite · Del retire la dernière
room-form-hint-failure = Enter ajoute une valeur à changer en cas d'échec (aucune, c'est possible) · Del retire la dernière
room-form-hint-reason = Tapez pourquoi vous avez jugé ainsi les chances · ↓/Tab/Enter champ suivant
room-form-hint-preview = Enter montre ce qui sera enregistré, avant le tirage · Esc fermer (conservé)
room-form-preview-title = Avant le tirage — ce qui sera enregistré
room-form-preview-reason = Motif : { $reason }
room-form-preview-public = Chaque équipe voit la proposition et son issue ; le motif reste entre vous et le compte rendu.
room-form-preview-keys = Enter lance les dés · Esc revenir au formulaire
room-form-rolled-title = Tiré — enregistré dans le journal et le compte rendu
room-form-rolled-keys = Enter ou Esc ferme
room-form-pick-success = En cas de réussite : choisissez une valeur à changer — Enter choisit · Esc revenir au formulaire
room-form-pick-failure = En cas d'échec : choisissez une valeur à changer — Enter choisit · Esc revenir au formulaire
room-form-ask-success = En cas de réussite, de combien changer { $value } ? (actuellement { $now } ; valeurs { $range }) par ex. +5 ou -5 :
room-form-ask-failure = En cas d'échec, de combien changer { $value } ? (actuellement { $now } ; valeurs { $range }) par ex. +5 ou -5 :
room-form-ask-switch-success = En cas de réussite, { $value } devient oui ou non ? (actuellement { $now }) Tapez oui ou non :
room-form-ask-switch-failure = En cas d'échec, { $value } devient oui ou non ? (actuellement { $now }) Tapez oui ou non :
room-form-not-a-number = « { $text } » n'est pas un changement : tapez un nombre entier comme +5 ou -5.
room-form-zero = Un changement de 0 ne fait rien : tapez un nombre comme +5 ou -5, ou Esc pour annuler.
room-form-not-yes-or-no = Tapez oui ou non, ou Esc pour annuler.
room-form-key-confirm = valider
room-form-key-cancel = annuler
room-form-key-pick = choisir cette valeur
room-form-key-back = revenir au formulaire
room-form-key-search = chercher
room-form-key-move = se déplacer
room-form-key-roll = lancer les dés
room-form-key-close = fermer
room-form-key-close-kept = fermer (le brouillon est gardé)
room-form-key-add = ajouter un changement
room-form-key-remove = retirer le dernier
room-form-key-field = champ
room-form-key-change = changer
room-form-key-preview = aperçu avant le tirage
room-form-key-next = champ suivant
