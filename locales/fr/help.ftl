## --help: English is the doc comments of src/main.rs and src/cli/ (clap);
## here each text of it by place: `help-cmd-simulate`, `help-cmd-simulate--runs`, `-long` for the long form.

help-heading-usage = Utilisation :
help-heading-commands = Commandes 
help-heading-arguments = Arguments 
help-heading-options = Options 
help-flag-help = Afficher l’aide (plus de détails avec --help)
help-flag-version = Afficher la version
help-subcommand-help = Afficher ce message ou l’aide de la ou des sous-commandes données
help-flag-help-long = Afficher l’aide (un résumé avec -h)
help-default = par défaut : { $value }
help-possible-values = valeurs possibles : { $values }
help-value-with-help = { $value } ({ $help })
help-usage-options = [OPTIONS]
help-usage-command = [COMMANDE]
help-error = erreur : { $message }
help-error-more = Pour en savoir plus, essayez « --help ».
help-error-unknown-argument = argument inattendu « { $arg } »
help-error-unknown-argument-hint = argument inattendu « { $arg } » (vouliez-vous dire « { $hint } » ?)
help-error-unknown-command = commande inconnue « { $name } »
help-error-unknown-command-hint = commande inconnue « { $name } » (vouliez-vous dire « { $hint } » ?)
help-error-invalid-value = valeur « { $value } » non valable pour « { $arg } »
help-error-invalid-value-possible = valeur « { $value } » non valable pour « { $arg } » (valeurs possibles : { $values })
help-error-invalid-value-reason = valeur « { $value } » non valable pour « { $arg } » : { $reason }
help-error-missing = ces arguments obligatoires manquent : { $args }
help-error-conflict = l’argument « { $arg } » ne peut pas être employé avec « { $other } »
help-error-value-missing = « { $arg } » demande une valeur, et aucune n’a été donnée
help-error-used-twice = l’argument « { $arg } » ne peut être donné qu’une fois
help-error-missing-command = il faut ici une commande

## Le programme

help-cmd = Un jeu de simulation politico-militaire au tour par tour, dans le terminal
help-cmd-after = Sans commande, le jeu s’ouvre sur le scénario intégré. Documentation : README.md, docs/
help-cmd--lang = Langue des messages du programme : en, fr ou ar (par défaut : selon LC_ALL, LC_MESSAGES ou LANG, sinon en)
help-cmd--bidi = Qui met le texte arabe dans l’ordre à l’écran : app (Harmattan lie les lettres et les ordonne, pour la plupart des terminaux) ou terminal (un terminal qui le fait lui-même : mlterm, Konsole, certaines versions de VTE)

## play

help-cmd-play = Jouer dans le terminal : l’écran titre, ou directement un scénario
help-cmd-play--scenario = Fichier de scénario à jouer (par défaut : le scénario intégré, choisi sur l’écran titre)
help-cmd-play--seed = Graine des dés de la partie : même graine et mêmes ordres donnent toujours la même partie
help-cmd-play--variant = Une variante du scénario, par exemple `short` pour la partie d’une heure de cours du scénario intégré (`harmattan validate FICHIER` liste les variantes d’un fichier)
help-cmd-play--seats = Qui joue chaque faction, par exemple `mali=human,algeria=ai,niger=random` (`ai` est le joueur informatique glouton). Saute l’écran des places ; les factions non nommées sont jouées par des humains (avec `--headless`, par l’IA gloutonne)
help-cmd-play--headless = Jouer toute la partie sans l’interface : les places humaines suivent `--orders`, les places informatiques décident ; le chemin de la sauvegarde va sur la sortie standard, les scores sur la sortie d’erreur
help-cmd-play--orders = Ordres des places humaines pour une partie sans interface : un script RON (voir docs/orders-example.ron). Sans lui, les places humaines ne donnent aucun ordre
help-cmd-play--save_dir = Dossier des sauvegardes, écrites après chaque tour (par défaut : `saves/`) ; la sauvegarde automatique de l’interface y va aussi
help-cmd-play--facilitator = Mode animateur (arbitre) : la partie s’ouvre sur l’écran d’arbitrage, et `U` le rouvre avec le code animateur (il montre les ordres secrets : pas pour les équipes)
help-cmd-play--facilitator_code = Le code animateur que demande `U` (par défaut : un nouveau, affiché au début sur l’écran d’arbitrage). Lettres et chiffres, au moins 4
help-cmd-play--mute = Pas de sonnerie du terminal à l’alerte d’une minute du minuteur (`m` sur l’écran d’arbitrage l’active ou la coupe)
help-cmd-play--turn_minutes = Un compte à rebours de M minutes pour les ordres de chaque tour, affiché sur tous les écrans
help-cmd-play--on_timeout = À la fin du temps, une équipe qui n’a pas confirmé donne ce qu’elle a préparé, ou rien
help-cmd-play--on_timeout-value-queued = ses ordres en attente sont donnés
help-cmd-play--on_timeout-value-nothing = elle ne donne aucun ordre ce tour-ci
help-cmd-play--load = Reprendre une partie sauvegardée exactement là où elle s’est arrêtée (les dés du tour suivant sont les mêmes que si elle ne s’était jamais arrêtée)
help-cmd-play--reload = Pour les moddeurs : surveiller le fichier du scénario pendant la partie. À chaque enregistrement, la partie est rejouée sur la nouvelle version avec la même graine et les mêmes ordres jusqu’au tour en cours (les ordres qui ne conviennent plus sont écartés et nommés) ; une version avec des erreurs les affiche, et la partie continue avec la dernière bonne version. Demande un fichier de scénario

## validate

help-cmd-validate = Vérifier des fichiers de scénario et expliquer chaque problème (code 1 à la moindre erreur)
help-cmd-validate--files = Fichiers de scénario à vérifier (avec leurs traductions, `i18n/STEM.LANG.ron`), ou fichiers de traduction à vérifier avec leur scénario
help-cmd-validate--format = `human` (par défaut) : explications avec la ligne du fichier, sur la sortie d’erreur ; `json` : un objet JSON par problème sur la sortie standard

## new

help-cmd-new = Écrire un scénario de départ commenté dans FICHIER, ou avec `--translation LANGUE` une traduction de FICHIER à remplir (n’écrase jamais un fichier ; `--update` met une traduction à jour)
help-cmd-new--file = Où écrire le scénario ; le fichier ne doit pas encore exister. Avec `--translation` : le scénario à traduire
help-cmd-new--translation = Commencer plutôt une traduction du scénario FICHIER en LANGUE (en, fr ou ar) : écrit `i18n/STEM.LANG.ron` à côté, chaque texte à traduire sous celui du scénario, en commentaire
help-cmd-new--update = Avec `--translation` : mettre à jour la traduction existante avec le scénario plutôt que refuser : chaque texte traduit est gardé, les nouveaux textes sont ajoutés à remplir, ceux que le scénario n’a plus restent à la fin en commentaire

## briefing

help-cmd-briefing = Imprimer la fiche de rôle de chaque équipe et la fiche de l’animateur (Markdown ou HTML imprimable)
help-cmd-briefing-after = Le dossier de l’enseignant (--pack) contient, dans l’ordre : comment utiliser le dossier ; les objectifs d’apprentissage et les grilles d’évaluation du jeu de l’équipe et d’une note de position après la partie ; un modèle de note de position ; pour le scénario intégré, un glossaire, une carte de la région, une fiche de sources avec des faits datés et un exercice de critique des sources, des questions pour la discussion et des conseils pour les classes au Mali, au Niger et en Algérie ; l’option matricielle (comment une équipe peut défendre une action qui n’est pas dans la liste) ; puis la fiche de l’animateur et les fiches de rôle du scénario. Avec --format html, c’est une seule page à imprimer en A4, carte comprise.
help-cmd-briefing--scenario = Fichier de scénario (par défaut : le scénario intégré, Carburant et souveraineté)
help-cmd-briefing--variant = Une variante du scénario, par exemple `short` pour la partie d’une heure de cours du scénario intégré (`harmattan validate FICHIER` liste les variantes d’un fichier)
help-cmd-briefing--faction = La fiche de rôle d’une seule équipe (un identifiant de faction), ou `facilitator` pour la fiche de l’animateur ; par défaut : toutes les fiches
help-cmd-briefing--pack = Le dossier de l’enseignant : objectifs, grilles, modèle de note, glossaire, carte, sources, discussion, option matricielle, puis la fiche de l’animateur et chaque fiche de rôle
help-cmd-briefing--format = `md` (Markdown, par défaut) ou `html` (une page imprimable par fiche)
help-cmd-briefing--output = Écrire dans FICHIER au lieu de la sortie standard

## simulate

help-cmd-simulate = Jouer en parallèle de nombreuses parties entre IA et en résumer les résultats, pour équilibrer un scénario
help-cmd-simulate--scenario = Fichier de scénario à simuler (ou `merge` : voir `harmattan simulate merge --help`)
help-cmd-simulate--runs = Nombre de parties du lot (de 1 à 1 000 000) ; avec --shard, dans le lot entier
help-cmd-simulate--seed = Graine du lot ; la partie i a une graine tirée de celle-ci et de i, si bien que les résultats se répètent exactement
help-cmd-simulate--variant = Une variante du scénario, par exemple `short` pour la partie d’une heure de cours du scénario intégré (`harmattan validate FICHIER` liste les variantes d’un fichier)
help-cmd-simulate--seat = Une faction jouée par un autre joueur informatique, par exemple `mali=greedy` avec `--ai random` : une équipe qui joue mieux gagne-t-elle plus souvent ?
help-cmd-simulate--ai = Le joueur informatique à chaque place
help-cmd-simulate--turns = Arrêter chaque partie après ce nombre de tours (par défaut : la durée du scénario)
help-cmd-simulate--threads = Fils de calcul (par défaut : un par cœur). Les résultats n’en dépendent pas
help-cmd-simulate--shard = Ne jouer que la tranche I sur K (I de 0 à K-1) : une part contiguë des parties du lot
help-cmd-simulate--out = Écrire les décomptes dans ce fichier JSON pour `harmattan simulate merge`, au lieu d’afficher un résumé
help-cmd-simulate--games_out = Écrire une ligne JSON par partie (indice, graine, tours, scores, gagnants) dans ce fichier
help-cmd-simulate--compare = Comparer avec une autre version du scénario, jouée sur les mêmes graines
help-cmd-simulate--compare-long = Comparer avec une autre version du scénario, jouée sur les mêmes graines.

    Les deux fichiers doivent avoir les mêmes factions jouables (par identifiant) ; --runs, --seed, --ai, --seat, --turns et --variant valent pour les deux. Montre la part des victoires et des verdicts de chaque faction dans les deux avec des intervalles à 95 %, et B − A avec son propre intervalle, signale les écarts qui dépassent le bruit, puis les plus grands changements des scores d’objectifs, des événements et des actions.
help-cmd-simulate--watch = Relancer à chaque modification du fichier du scénario (ou du fichier --compare)
help-cmd-simulate--watch-long = Relancer à chaque modification du fichier du scénario (ou du fichier --compare).

    Affiche les résultats, puis attend que le fichier change (réveillé par le système, sans interrogation répétée) et affiche les nouveaux résultats ; une modification avec des erreurs affiche ses problèmes et garde les derniers résultats. Ctrl-C arrête.
help-cmd-simulate--detail = Afficher chaque ligne des explications, pas seulement les plus parlantes
help-cmd-simulate--detail-long = Afficher chaque ligne des explications, pas seulement les plus parlantes.

    Chaque objectif, chaque action avec la fréquence de victoire de la faction avec et sans elle, chaque proposition, drapeau, relation et route, et les déclenchements de chaque événement par tour (avec --compare : chaque changement, et les parts d’objectifs en partie atteints et manqués).
help-cmd-simulate--json = Afficher le résumé comme un document JSON sur la sortie standard (toujours avec tous les détails)
help-cmd-simulate-merge = Fusionner les fichiers de tranches d’un lot (écrits avec --shard et --out) et afficher son résumé
help-cmd-simulate-merge--files = Fichiers de tranches, toutes les tranches d’un même lot, dans n’importe quel ordre
help-cmd-simulate-merge--detail = Afficher chaque ligne des explications, pas seulement les plus parlantes
help-cmd-simulate-merge--json = Afficher le résumé comme un document JSON sur la sortie standard

## replay, report, watch

help-cmd-replay = Rejouer une sauvegarde à partir de ses ordres et comparer chaque tour à l’enregistrement (code 1 en cas d’écart)
help-cmd-replay--save = La sauvegarde à vérifier
help-cmd-replay--view = Parcourir plutôt la partie dans l’interface, tour par tour, tous les ordres révélés (pour le débriefing au vidéoprojecteur)
help-cmd-report = Écrire le compte rendu d’une sauvegarde : chronologie, indicateurs, scores, tournants, questions de débriefing
help-cmd-report--save = La partie sauvegardée
help-cmd-report--format = `md` (Markdown, par défaut), `html` (une page avec graphiques), `csv` (indicateurs pour un tableur) ou `json`
help-cmd-report--output = Écrire dans FICHIER au lieu de la sortie standard (ne laisse jamais un fichier à moitié écrit)
help-cmd-watch = Montrer une partie au vidéoprojecteur : la carte, les nouvelles publiques et les indicateurs de la sauvegarde la plus récente, mis à jour en direct
help-cmd-watch--save = La sauvegarde à montrer ; sans elle, la plus récente du dossier des sauvegardes, en passant à une partie plus récente quand elle commence
help-cmd-watch--save_dir = Dossier des sauvegardes à suivre (par défaut : `saves/`)

## host

help-cmd-host = Servir une partie à une salle par SSH : chaque équipe joue depuis son ordinateur avec `ssh`, sans rien installer
help-cmd-host--scenario = Fichier de scénario à jouer (par défaut : le scénario intégré)
help-cmd-host--listen = Où attendre les connexions SSH des équipes
help-cmd-host--address = L’adresse que les équipes tapent, quand celle trouvée n’est pas celle de la salle (par défaut : l’adresse de cette machine sur son réseau)
help-cmd-host--seed = Graine des dés de la partie : même graine et mêmes ordres donnent toujours la même partie
help-cmd-host--variant = Une variante du scénario, par exemple `short` pour la partie d’une heure de cours du scénario intégré (`harmattan validate FICHIER` liste les variantes d’un fichier)
help-cmd-host--seats = Qui joue chaque faction, par exemple `mali=team,algeria=ai,niger=random` (`ai` est le joueur informatique glouton) ; les factions non nommées sont des équipes
help-cmd-host--seat_lang = La langue que chaque place lit dès le début, par exemple `mali=fr,algeria=ar,projector=en` (par défaut : --lang pour toutes ; une place change avec L sur son propre écran)
help-cmd-host--save_dir = Dossier des sauvegardes, écrites après chaque changement (par défaut : `saves/`) ; la clé de l’hôte y est gardée aussi
help-cmd-host--turn_minutes = Un compte à rebours de M minutes pour les ordres de chaque tour, affiché sur tous les écrans
help-cmd-host--on_timeout = À la fin du temps, une équipe qui n’a pas confirmé donne ce qu’elle a préparé, ou rien
help-cmd-host--on_timeout-value-queued = ses ordres en attente sont donnés
help-cmd-host--on_timeout-value-nothing = elle ne donne aucun ordre ce tour-ci
help-cmd-host--mute = Pas de sonnerie du terminal à l’alerte d’une minute du minuteur
help-cmd-host--load = Reprendre une partie sauvegardée là où elle s’est arrêtée, avec ses places (--seats les change) ; les équipes reçoivent de nouveaux codes
help-cmd-host--print_codes = Écrire aussi le nom et le code d’accès de chaque place (lignes `PLACE CODE`) dans FICHIER, pour des scripts

## lsp

help-cmd-lsp = Serveur de langage pour les fichiers de scénario : diagnostics, complétion, survol et plan dans votre éditeur
help-cmd-lsp--stdio = Communiquer par l’entrée et la sortie standard (toujours le cas ; accepté parce que certains éditeurs le passent)
