# Diagnostics des fichiers de scénario, de traduction et de sauvegarde
# (`harmattan validate`, la liste des scénarios, `--reload`, le serveur de
# langage). Mêmes clés et mêmes paramètres que locales/en. Les codes
# (`unknown-name`…) restent en anglais ; les identifiants, champs,
# expressions et chemins cités restent tels que le moddeur les a écrits.

## Autour des diagnostics

diag-label-here = ici
diag-label-help = aide :
diag-ok = { $file } : correct
diag-ok-variants = { $file } : correct, avec chaque variante ({ $variants })
diag-ok-translation = { $file } : correct ({ $texts ->
    [one] { $texts } texte
   *[other] { $texts } textes
})
diag-ok-translation-built-in = { $file } : correct ({ $texts ->
    [one] { $texts } texte
   *[other] { $texts } textes
}, intégrée)
diag-cannot-read = impossible de lire le fichier : { $reason }
diag-error-line = erreur : { $file } : { $message }
diag-summary = { $files ->
    [one] { $files } fichier vérifié
   *[other] { $files } fichiers vérifiés
} : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
diag-did-you-mean = vouliez-vous dire `{ $name }` ?

## Lire un fichier

diag-io-help = vérifiez que le fichier existe et que vous avez le droit de le lire
diag-not-a-file-help = un scénario est un fichier texte `.ron`
diag-too-large-help = un fichier aussi gros n'est certainement pas un scénario
diag-too-large = le fichier dépasse { $size }, la taille maximale acceptée
diag-not-a-file = ceci est { $kind }, pas un fichier ; donnez le chemin d'un fichier
diag-file-kind-folder = un dossier
diag-file-kind-pipe = un tube nommé
diag-file-kind-device = un périphérique
diag-file-kind-socket = un socket
diag-file-kind-other = autre chose qu'un fichier ordinaire
diag-not-utf8 = le fichier n'est pas un texte UTF-8 valide
diag-not-utf8-help = enregistrez le fichier en UTF-8 (dans le Bloc-notes : Enregistrer sous → Encodage : UTF-8)
diag-empty = le fichier est vide
diag-only-comments = le fichier ne contient que des commentaires
diag-empty-help = lancez `harmattan new FILE` pour écrire un scénario de départ
diag-no-variants-help = ce scénario n'a pas de variante : retirez `--variant`
diag-variants-help = ses variantes : { $variants } ; retirez `--variant` pour jouer le scénario tel qu'il est écrit
diag-no-such-variant = ce scénario n'a pas de variante `{ $variant }`
diag-more-problems = … et { $problems ->
    [one] { $problems } autre problème non listé
   *[other] { $problems } autres problèmes non listés
} (dont { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
})
diag-more-problems-help = corrigez les problèmes ci-dessus et validez de nouveau : beaucoup ont sans doute la même cause

## Syntaxe et types RON

diag-unknown-field = champ inconnu `{ $field }`
diag-unknown-field-in = champ inconnu `{ $field }` dans `{ $outer }`
diag-allowed-fields = champs permis : { $fields }
diag-missing-field = champ manquant `{ $field }`
diag-missing-field-in = champ manquant `{ $field }` dans `{ $outer }`
diag-missing-field-help = ajoutez `{ $field }: …` ; docs/scenario-format.md décrit chaque champ
diag-duplicate-field = le champ `{ $field }` est donné deux fois
diag-duplicate-field-in = le champ `{ $field }` est donné deux fois dans `{ $outer }`
diag-remove-one = retirez l'un des deux
diag-unknown-value = valeur inconnue `{ $value }`
diag-unknown-value-in = valeur inconnue `{ $value }` dans `{ $outer }`
diag-expected-one-of = valeurs attendues : { $values }
diag-expected-found = attendu : { $expected } ; trouvé : { $found }
diag-wrong-length = attendu : { $expected } ; trouvé : { $found ->
    [0] aucun élément
    [one] un élément
   *[other] { $found } éléments
}
diag-serde-conditions = une condition "…", ou une liste de conditions ["…", ("…", "raison en mots")]
diag-serde-condition-or-pair = une condition "…" ou une paire ("condition", "raison en mots")
diag-serde-string = un texte entre guillemets
diag-serde-bool = `true` ou `false`
diag-serde-integer = un nombre entier
diag-serde-list = une liste
diag-serde-map = une table
diag-found-integer = le nombre entier { $value }
diag-found-decimal = le nombre décimal { $value }
diag-found-bool = la valeur { $value }
diag-found-string = le texte { $value }
diag-found-list = une liste
diag-found-map = une table
diag-found-unit = une valeur vide `()`
diag-found-option = une valeur facultative
diag-string-never-closed = ce texte n'est jamais fermé
diag-string-never-closed-help = ajoutez le `"` fermant à la fin du texte
diag-expected-string = un texte entre guillemets droits est attendu
diag-string-help = un texte s'écrit entre guillemets droits, par exemple "Gao"
diag-expected-count = un nombre entier positif ou nul est attendu
diag-expected-count-help = ce champ compte quelque chose (tours, points, un poids) et ne peut pas être négatif
diag-expected-integer = un nombre entier est attendu
diag-expected-integer-help = les valeurs sont des nombres entiers, comme 42 ou -5
diag-expected-bool = `true` ou `false` est attendu
diag-expected-list = une liste entre `[ ]` est attendue
diag-expected-list-help = écrivez par exemple `["mali", "niger"]`
diag-expected-map = un dictionnaire entre `{ $braces }` est attendu
diag-expected-map-help = écrivez par exemple `{ $example }`
diag-expected-block = un bloc de champs `( … )` est attendu
diag-expected-block-help = écrivez par exemple `(id: "x", name: "X")`
diag-too-deep = le fichier est imbriqué sur plus de { $levels } niveaux
diag-too-deep-help = un scénario n'a jamais besoin d'autant d'imbrication ; cherchez une parenthèse ou un crochet non fermé
diag-ends-early = le fichier s'arrête trop tôt
diag-ends-early-help = il manque une fermeture `)`, `]` ou `{ $brace }`, ou une valeur
diag-decimal = un nombre entier est attendu, mais c'est un nombre décimal
diag-decimal-help = ce champ compte des unités entières (un poids, un tour, des points) : écrivez par exemple `2` ou `3`
diag-expected-comma = une virgule est attendue
diag-expected-comma-help = séparez les champs et les éléments des listes par des virgules
diag-trailing = texte inattendu après la fin du scénario
diag-trailing-help = tout le scénario tient dans un seul bloc `Scenario( … )` ; cherchez une `)` en trop
diag-wrong-struct = `{ $expected }( … )` attendu, `{ $found }( … )` trouvé
diag-wrong-struct-help = écrivez ici `{ $expected }(`, ou omettez le nom et écrivez simplement `(`
diag-unclosed-comment = un commentaire `/*` n'est jamais fermé
diag-unclosed-comment-help = ajoutez `*/` là où le commentaire se termine
diag-expected-field-name = un nom de champ est attendu
diag-expected-field-name-help = un bloc `( … )` est peut-être fermé avant cet endroit, ou une `,` est doublée
diag-syntax-help = vérifiez les parenthèses, guillemets et virgules autour de cet endroit
diag-open-string = le texte qui commence ligne { $line }, colonne { $column } s'étend sur plusieurs lignes : manque-t-il son `"` fermant ?
diag-run-on-string = le texte qui commence ligne { $line }, colonne { $column } semble déborder sur le champ suivant : manque-t-il un `"` après `{ $text }` ?
diag-type-help-integer = écrivez un nombre entier, comme 42
diag-type-help-bool = écrivez `true` ou `false`
diag-type-help-other = docs/scenario-format.md donne le type de chaque champ

## Variantes

diag-too-many-variants = le fichier a { $count } variantes ; { $max } au plus sont permises
diag-split-file-help = répartissez le scénario sur plusieurs fichiers
diag-bad-variant-id = l'identifiant de variante `{ $id }` n'est pas valide
diag-bad-variant-id-help = un identifiant s'écrit en minuscules, chiffres et `_`, et commence par une lettre, par exemple `short`
diag-duplicate-variant = il y a deux variantes `{ $id }`
diag-duplicate-variant-help = donnez à chaque variante son propre identifiant
diag-no-such-variant-index = cette variante n'existe pas
diag-variant-unknown-objective = la variante `{ $variant }` modifie l'objectif `{ $key }`, que le scénario n'a pas
diag-variant-unknown-event = la variante `{ $variant }` modifie l'événement `{ $key }`, que le scénario n'a pas
diag-variant-unknown-faction = la variante `{ $variant }` fixe les seuils de `{ $key }`, qui n'est pas un camp
diag-variant-no-shared = la variante `{ $variant }` modifie l'issue commune, que le scénario n'a pas
diag-variant-no-shared-help = ajoutez `outcomes: (…, shared: (…))` au scénario, ou retirez `shared` ici
diag-variant-not-a-value = `{ $key }` ne désigne aucune valeur
diag-variant-not-a-value-help = écrivez `entité.variable`, par exemple "kidal.fuel_stock"
diag-variant-no-entity = il n'y a ni camp ni région `{ $entity }`
diag-variant-no-variable = `{ $entity }` n'a pas de variable `{ $variable }`
diag-variant-out-of-range = `{ $key }` vaut { $value }, hors de son intervalle de { $min } à { $max }
diag-use-value-from = utilisez une valeur de { $min } à { $max }
diag-in-variant = dans la variante `{ $variant }` : { $message }

## Traductions d'un scénario

diag-tr-io-help = vérifiez que vous avez le droit de lire le fichier, ou déplacez-le pour jouer sans lui
diag-tr-not-a-file-help = une traduction est un fichier texte `.ron` : `i18n/SCENARIO.LANG.ron`
diag-tr-skeleton-header =
    Textes français de { $scenario }. Sous chaque texte du scénario (le commentaire), écrivez
    sa traduction entre les guillemets, avec vos propres mots ; un texte laissé "" affiche
    celui du scénario. Gardez `{ $self }` et `{ $target }` dans les lignes de nouvelles ;
    écrivez les noms de lieux comme le français les écrit. Vérifiez avec :
        harmattan validate { $scenario }
diag-tr-skeleton-gone = Plus dans le scénario : gardés ici pour qu'aucune traduction ne soit perdue. Supprimez-les quand vous n'en avez plus besoin.
diag-tr-too-large-help = un fichier aussi gros n'est certainement pas une traduction
diag-tr-no-scenario-unread = le scénario de cette traduction, { $scenario }, ne peut pas être lu : { $reason }
diag-tr-no-scenario-unparsed = le scénario de cette traduction, { $scenario }, ne se lit pas comme un scénario
diag-tr-no-scenario-help = une traduction `i18n/STEM.LANG.ron` accompagne le scénario `STEM.ron` placé à côté de `i18n` ; vérifiez-le avec `harmattan validate { $scenario }`
diag-tr-empty-help = lancez `harmattan new --translation LANG SCENARIO` pour en écrire une avec chaque texte à traduire
diag-tr-trailing = texte inattendu après la fin de la traduction
diag-tr-trailing-help = toute la traduction tient dans un seul bloc `( language: …, texts: { $braces } )` ; cherchez une `)` en trop
diag-tr-unknown-file-language = le nom du fichier indique la langue `{ $code }`, que Harmattan ne parle pas
diag-tr-unknown-file-language-help = nommez le fichier `SCENARIO.en.ron`, `SCENARIO.fr.ron` ou `SCENARIO.ar.ron`
diag-tr-unknown-language = `{ $code }` n'est pas une langue que Harmattan parle
diag-tr-unknown-language-help = écrivez `language: "en"`, `"fr"` ou `"ar"`
diag-tr-wrong-language = `language` vaut `{ $found }`, mais le nom du fichier indique `{ $expected }`
diag-tr-wrong-language-help = écrivez `language: "{ $expected }"`, ou nommez le fichier d'après sa langue : `SCENARIO.{ $found }.ron`
diag-tr-duplicate-key = `{ $key }` est donné deux fois
diag-tr-duplicate-key-help = n'en gardez qu'un : le premier est à la ligne { $line }
diag-tr-unknown-key = le scénario n'a pas de texte `{ $key }`
diag-tr-unknown-key-help = une clé désigne un texte par des identifiants, par exemple `faction.ID.name` ; `harmattan new --translation LANG SCENARIO` écrit toutes les clés
diag-tr-line-break-help = écrivez-le sur une seule ligne, comme le texte du scénario : sauts de ligne et tabulations ne sont permis que dans les textes longs
diag-tr-control-help = retirez-le : le terminal l'exécuterait au lieu de l'afficher
diag-tr-control = cette traduction de `{ $key }` contient { $character }, un caractère de contrôle
diag-tr-private-use = cette traduction de `{ $key }` contient { $character }, un caractère à usage privé
diag-tr-noncharacter = cette traduction de `{ $key }` contient { $character }, qu'Unicode réserve comme non-caractère
diag-tr-unassigned = cette traduction de `{ $key }` contient { $character }, qu'Unicode n'attribue à aucun caractère
diag-tr-unrenderable-help = aucun écran ne l'affiche de la même façon : retirez-le, ou écrivez le caractère voulu
diag-tr-too-long = cette traduction de `{ $key }` fait { $length } caractères ; { $max } au plus sont permis
diag-tr-too-long-help = raccourcissez-la : la limite pour ce texte ({ $what }) est celle du scénario
diag-tr-placeholders = cette traduction de `{ $key }` utilise { $theirs }, mais le texte du scénario utilise { $ours }
diag-tr-placeholders-none = aucun paramètre
diag-tr-placeholders-and = { $init } et { $last }
diag-tr-no-placeholder-help = le texte du scénario n'a pas de `{ $braces }` : écrivez la traduction sans
diag-tr-same-placeholders-help = utilisez les mêmes paramètres que le texte du scénario, dans l'ordre voulu : { $ours }
diag-tr-too-many-placeholders = cette traduction de `{ $key }` utilise `{ $self }` et `{ $target }` { $count } fois ; { $max } au plus sont permis
diag-tr-too-many-placeholders-help = chacun devient un nom, ce qui allonge la ligne : nommez chaque camp une ou deux fois
diag-tr-incomplete = { $missing ->
    [one] { $missing } texte
   *[other] { $missing } textes
} sur { $total } du scénario { $missing ->
    [one] n'est pas traduit
   *[other] ne sont pas traduits
} : { $keys }
diag-tr-incomplete-more = { $missing ->
    [one] { $missing } texte
   *[other] { $missing } textes
} sur { $total } du scénario { $missing ->
    [one] n'est pas traduit
   *[other] ne sont pas traduits
} : { $keys } et { $more } autres
diag-tr-incomplete-help = les joueurs lisent ces textes dans la langue du scénario ; ajoutez chaque clé à `texts` avec sa traduction (`harmattan new --translation LANGUE SCÉNARIO --update` les ajoute toutes)

## Contenu d'un scénario

diag-and-other-uses = { $message } (et { $others ->
    [one] { $others } autre emploi semblable
   *[other] { $others } autres emplois semblables
})
diag-invalid-id-declared-rename = `{ $id }` est déclaré, mais ce n'est pas un identifiant valide : renommez-le `{ $valid }` là où il est déclaré, et les emplois correspondront
diag-invalid-id-declared = `{ $id }` est déclaré, mais ce n'est pas un identifiant valide : donnez-lui un identifiant valide là où il est déclaré, et employez celui-ci

## Contenu d'un scénario (suite)

diag-too-many-problems = le fichier contient plus de { $problems } problèmes ; seuls les { $problems } premiers sont signalés
diag-too-many-problems-help = corrigez-les et validez de nouveau : beaucoup de problèmes ont souvent une même cause
diag-cost-turn = résoudre un tour
diag-cost-orders = vérifier chaque ordre que le camp `{ $faction }` pourrait donner
diag-too-costly = { $what } demanderait environ { $units } unités de travail ; la limite est de { $limit }
diag-too-costly-help = la partie la plus lourde est { $part } : { $units } unités, { $share } % du total ; raccourcissez ses expressions, ou appliquez-la à moins d'éléments
diag-place-line = { $path } (ligne { $line })
diag-out-of-range = { $what } vaut { $value }, hors de { $lo }..={ $hi }
diag-too-many-items = { $what } : { $count }, pour { $max } au plus
diag-too-many-items-help = découpez le scénario, ou fusionnez les entrées semblables
diag-what-requirements = conditions
diag-what-effects = effets
diag-what-variables = variables
diag-what-factions = camps
diag-what-regions = régions
diag-what-routes = routes
diag-what-flags = indicateurs
diag-what-actions = actions
diag-what-events = événements
diag-what-rules = règles
diag-what-objectives = objectifs
diag-what-options = options
diag-what-action-factions = camps dans une même action
diag-bad-id = l'identifiant `{ $id }` ({ $kind }) n'est pas valide
diag-bad-id-help = un identifiant s'écrit en minuscules, chiffres et `_`, et commence par une lettre, par exemple `{ $suggestion }`
diag-bad-id-name-help = un identifiant s'écrit en minuscules ASCII, chiffres et `_` ; les joueurs ne voient jamais d'identifiant : gardez `{ $id }` comme nom et donnez un identifiant comme `{ $suggestion }`
diag-reserved-id = l'identifiant `{ $id }` ({ $kind }) est un mot réservé du langage d'expressions
diag-reserved-id-help = choisissez un autre identifiant, par exemple `{ $suggestion }`
diag-duplicate-id = l'identifiant `{ $id }` ({ $kind }) est employé deux fois
diag-duplicate-id-help = le premier `{ $id }` est en { $first } ; renommez l'un des deux
diag-briefing-contradicts-start = le texte du camp `{ $faction }` dit que sa variable « { $variable } » commence à { $said }, mais le scénario la fait commencer à { $start }
diag-briefing-contradicts-start-help = écrivez { $start }, ou modifiez les `values` du camp ou l'`initial` de la variable
diag-requirement-without-words = une condition de l'action `{ $action }` n'a pas de raison en mots pour les joueurs
diag-requirement-without-words-help = écrivez-la en paire : la condition, puis la raison que lisent les joueurs quand elle n'est pas remplie
diag-date-outside-calendar = l'événement `{ $event }` est daté du { $date }, qu'aucun tour de la partie n'atteint : il n'arrive jamais
diag-date-outside-calendars = l'événement `{ $event }` est daté du { $date }, qu'aucun tour de la partie ni d'aucune variante n'atteint : il n'arrive jamais
diag-date-outside-calendar-help = datez-le dans le calendrier (il commence en { $start } et compte { $turns } tours), ou retirez l'événement
diag-what-units = les unités de la variable `{ $variable }` ({ $kind })
diag-bad-range = la variable `{ $variable }` a un max ({ $max }) inférieur à son min ({ $min })
diag-bad-range-help = inversez-les, ou augmentez max
diag-what-initial = la valeur initiale de `{ $variable }`
diag-unknown-variable = variable inconnue `{ $variable }` ({ $kind })
diag-unknown-variable-help = déclarez-la sous `variables: (… { $kind }: [...])`, ou employez l'une de : { $ids }
diag-wrong-kind = { $what } doit être de type « { $want } », mais `{ $id }` est de type « { $kind } »
diag-wrong-kind-help = nommez ici un élément de type « { $want } »
diag-unknown-entity = `{ $id }` inconnu ({ $kind }) dans { $what }
diag-unsupported-format = la version de format { $format } n'est pas prise en charge
diag-unsupported-format-help = cette version de Harmattan lit `format: { $format }`
diag-no-playable = aucun camp n'est jouable
diag-no-playable-help = mettez `playable: true` sur au moins un camp
diag-no-factions = le scénario n'a aucun camp
diag-no-factions-help = ajoutez au moins un camp avec `playable: true`
diag-empty-title = le titre est vide
diag-empty-title-help = donnez un titre au scénario ; il s'affiche sur l'écran d'accueil
diag-not-a-date = `{ $date }` n'est pas une date
diag-not-a-date-help = écrivez `AAAA-MM` ou `AAAA-MM-JJ`, par exemple { $example }
diag-what-turn-length = la durée d'un tour
diag-id-taken = l'identifiant `{ $id }` est déjà pris ({ $kind })
diag-id-taken-help = camps, régions et routes partagent un même ensemble d'identifiants ; le premier est en { $first }
diag-bad-colour = `{ $colour }` n'est pas une couleur
diag-bad-colour-help = employez l'une de { $colours } ou `#rrggbb`
diag-unknown-income-variable = variable de camp inconnue `{ $variable }` dans le revenu
diag-what-objective-weight = le poids de l'objectif
diag-objective-constant = l'objectif `{ $objective }` ne dépend de rien dans la partie
diag-objective-constant-help = son score ne peut jamais changer ; faites référence à une variable, une relation, un indicateur ou une route, par exemple `self.stability >= 50`
diag-no-objectives = le camp jouable `{ $faction }` n'a pas d'objectif, donc son score est toujours 0
diag-no-objectives-help = ajoutez `objectives: [...]` pour que l'équipe sache ce que réussir veut dire
diag-what-met = le score pour atteindre ses buts
diag-what-partly = le score pour les atteindre en partie
diag-thresholds-help = par exemple `met: 60, partly: 40` : à partir de 60 les buts sont atteints, de 40 à 59 ils le sont en partie
diag-bars = `{ $low }` ({ $low_value }) doit être inférieur à `{ $high }` ({ $high_value })
diag-what-held = le score à partir duquel elle tient
diag-what-lost = le score sous lequel elle est perdue
diag-shared-help = par exemple `held: 60, lost: 40` : sous 40 elle est perdue, à partir de 60 elle tient
diag-what-controller = le contrôleur
diag-what-map-x = l'abscisse sur la carte
diag-what-map-y = l'ordonnée sur la carte
diag-what-route-start = le départ de la route
diag-what-route-end = l'arrivée de la route
diag-route-loop = la route `{ $route }` part de `{ $region }` et y arrive
diag-route-loop-help = une route doit relier deux régions différentes
diag-unknown-carried = variable de région inconnue `{ $variable }` transportée par la route `{ $route }`
diag-what-a-relation = une relation
diag-what-relation = la relation
diag-bad-relation = une relation relie deux camps différents, mais les deux sont `{ $faction }`
diag-bad-relation-help = nommez deux camps différents
diag-relation-twice = la relation entre `{ $first }` et `{ $second }` est fixée deux fois
diag-relation-twice-help = la première est { $first } ; retirez l'une des deux
diag-what-the-action-factions = les camps de l'action
diag-no-faction-can = aucun camp ne peut mener l'action `{ $action }`
diag-no-faction-can-help = indiquez les camps qui peuvent la mener, par exemple `factions: ["mali"]`
diag-only-unplayable = l'action `{ $action }` ne peut être menée que par des camps non jouables
diag-only-unplayable-help = les camps non jouables ne donnent jamais d'ordres ; indiquez un camp jouable
diag-ap-zero = l'action `{ $action }` coûte 0 point d'action ; tout ordre en coûte au moins 1
diag-ap-zero-help = employez une valeur de 1 à { $max }, ou omettez `ap` pour 1
diag-ap-too-high = l'action `{ $action }` demande { $ap } points d'action ; ses camps en ont au plus { $max }
diag-negative-cost = le coût en `{ $variable }` vaut { $amount } ; un coût ne peut pas être négatif
diag-negative-cost-help = pour donner du `{ $variable }`, ajoutez à on_success un effet comme `{ $effect }`
diag-unknown-cost-variable = variable de camp inconnue `{ $variable }` dans le coût
diag-cost-region-help = les coûts se paient sur les variables propres au camp qui agit ({ $own }) ; pour consommer la variable `{ $variable }` d'une région, ajoutez à on_success un effet comme `{ $effect }`
diag-cost-help = les coûts se paient sur les variables propres au camp qui agit : { $own }
diag-bad-consent = l'action `{ $action }` demande un accord mais ne vise pas un camp
diag-bad-consent-help = ajoutez `target: Faction`, ou retirez `consent: true`
diag-proposal-to-nobody = la proposition `{ $action }` peut être faite à `{ $faction }`, que ni équipe ni ordinateur ne joue : elle serait toujours refusée
diag-proposal-to-nobody-help = précisez qui peut la recevoir par une condition sur `target`, par exemple `{ $example }`
diag-proposal-to-nobody-reason = { $name } ne prend pas part aux négociations.
diag-unused-on-decline = le champ `on_decline` de l'action `{ $action }` ne sert jamais, car ce n'est pas une proposition
diag-unused-on-decline-help = ajoutez `consent: true` pour en faire une proposition à laquelle la cible répond
diag-unused-on-detected = le champ `on_detected` de l'action `{ $action }` ne sert jamais, car elle n'est pas secrète
diag-unused-on-detected-help = ajoutez `visibility: Secret("30")` (la probabilité, en pourcentage, qu'elle soit découverte)
diag-unused-ongoing = l'action `{ $action }` a des effets ongoing ou on_end mais pas de durée
diag-unused-ongoing-help = indiquez `duration: N` (en tours)
diag-unused-failure = le champ `{ $field }` de l'action `{ $action }` ne sert jamais, car elle réussit toujours (elle n'a pas de `chance`)
diag-unused-failure-proposal-help = une proposition refusée fait sa propre nouvelle ; `news_failure` sert quand un tirage `chance` échoue après acceptation
diag-unused-failure-help = donnez-lui une `chance` (en pourcentage), ou retirez le champ
diag-unused-hold = l'action `{ $action }` retient des effets mais n'a pas de durée : ils ne seraient jamais rendus
diag-unused-hold-help = indiquez `duration: N` (les tours où ils sont retenus), ou déplacez-les dans `on_success`
diag-unused-stack = le champ `stack` de l'action `{ $action }` ne sert jamais, car elle ne dure pas
diag-unused-stack-help = indiquez `duration: N` (en tours), ou retirez `stack`
diag-self-relation = quand `{ $faction }` mène cette action, `{ $relation }` est sa relation avec lui-même : cet effet ne fait rien
diag-self-relation-help = si `{ $faction }` ne doit pas la mener, retirez `{ $faction }` de `factions` ; sinon l'effet ne s'applique qu'aux autres camps, comme voulu
diag-no-target = `{ $target }` est employé, mais cette action n'a pas de cible
diag-no-target-help = retirez `{ $target }`, ou donnez une `target` à l'action
diag-unknown-placeholder = paramètre inconnu `{ $placeholder }` dans le texte de la nouvelle
diag-placeholders-help = le texte d'une nouvelle peut employer `{ $self }` et `{ $target }`
diag-reordering-character = ce texte ({ $what }) contient { $character }, un caractère qui réordonne le texte
diag-control-character = ce texte ({ $what }) contient { $character }, un caractère de contrôle
diag-control-in-id-help = retirez-le : un identifiant n'emploie que `a`–`z`, `0`–`9` et `_`
diag-line-break-help = écrivez-le sur une seule ligne : sauts de ligne et tabulations ne sont permis que dans les textes longs
diag-control-in-text-help = retirez-le : le terminal l'exécuterait au lieu de l'afficher ; seuls les sauts de ligne et les tabulations sont permis ici
diag-long-id-help = raccourcissez-le : un identifiant nomme une chose dans les expressions ; un nom plus long va dans `name`
diag-long-name-help = raccourcissez-le : il s'affiche sur une ligne ; les explications plus longues vont dans une description
diag-long-news-help = raccourcissez-le : une nouvelle tient sur une ligne du compte rendu du tour
diag-long-text-help = raccourcissez-le, ou répartissez-le sur plusieurs textes
diag-too-long = ce texte ({ $what }) fait { $length } caractères ; { $max } au plus sont permis
diag-too-many-placeholders = ce texte ({ $what }) emploie `{ $self }` et `{ $target }` { $count } fois ; { $max } au plus sont permis
diag-turn-and-date = un événement a un `turn` ou une `date`, pas les deux
diag-turn-and-date-help = gardez la date : elle reste juste dans le calendrier de chaque variante
diag-turn-zero = le tour 0 n'existe pas ; le premier tour est le 1
diag-turn-zero-help = employez `turn: 1` pour le tour d'ouverture
diag-event-after-end = l'événement `{ $event }` est prévu au tour { $turn }, mais la partie s'achève après le tour { $turns }
diag-event-after-end-help = prévoyez-le entre 1 et { $turns }, ou ajoutez des tours dans `meta.calendar.turns`
diag-cooldown-zero = un délai de 0 tour revient à `Always`
diag-cooldown-zero-help = écrivez `repeat: Always`, ou un délai d'au moins 1
diag-what-choice = le choix
diag-empty-choice = un choix demande au moins une option
diag-empty-choice-help = ajoutez des options, ou retirez le choix
diag-known-none = le scénario ne déclare encore rien de ce type ({ $kind })
diag-known-some = identifiants connus ({ $kind }) : { $ids } (et { $more } autres)
diag-known = identifiants connus ({ $kind }) : { $ids }
diag-impossible-day = `{ $date }` n'est pas une date : { $month } { $year } compte { $days } jours
diag-impossible-day-help = employez un jour de 1 à { $days }
diag-kind-faction = camp
diag-kind-region = région
diag-kind-route = route
diag-kind-variable = variable
diag-kind-flag = indicateur
diag-kind-scenario = scénario
diag-kind-action = action
diag-kind-event = événement
diag-kind-rule = règle
diag-kind-objective = objectif
diag-kind-option = option


## Expressions : syntaxe

diag-expr-number-too-large = le nombre `{ $number }` est trop grand
diag-expr-number-too-large-help = les nombres doivent être compris entre -{ $max } et { $max }
diag-expr-decimal = les nombres décimaux ne sont pas pris en charge
diag-expr-decimal-help = toutes les valeurs sont des nombres entiers : écrivez `x * 110 / 100` pour 110 %
diag-expr-unexpected-character = caractère inattendu `{ $character }` dans l'expression
diag-expr-unexpected-character-help = une expression emploie des noms, des nombres entiers, + - * / %, des comparaisons, and, or, not et des parenthèses
diag-expr-expected-assign = `=`, `+=` ou `-=` attendu après la valeur à modifier
diag-expr-expected-assign-help = un effet s'écrit comme `self.treasury -= 10` ou `flag.airspace_open = false`
diag-expr-too-long = l'expression fait { $length } octets ; la limite est de { $max }
diag-expr-too-long-help = répartissez-la sur plusieurs effets ou règles
diag-expr-empty = expression vide
diag-expr-empty-help = écrivez une condition comme `turn >= 3`, ou retirez le champ
diag-expr-assignment = une affectation n'est pas permise ici
diag-expr-assignment-help = pour comparer, écrivez `==`
diag-expr-unexpected = `{ $token }` inattendu
diag-expr-unexpected-help = manque-t-il un opérateur ou une virgule ?
diag-expr-too-deep = l'expression est imbriquée sur plus de { $levels } niveaux
diag-expr-too-deep-help = simplifiez-la ou répartissez-la sur plusieurs effets
diag-expr-chained = les comparaisons ne peuvent pas s'enchaîner
diag-expr-chained-help = écrivez `a < b and b < c`
diag-expr-expected-paren = `)` attendue
diag-expr-expected-paren-help = la `(` à la position { $position } n'est jamais fermée
diag-expr-name-after-dot = un nom est attendu après `.`
diag-expr-name-after-dot-help = écrivez par exemple `self.treasury`
diag-expr-ends-early = l'expression s'arrête trop tôt
diag-expr-ends-early-help = une valeur manque après le dernier opérateur
diag-expr-expected-value = une valeur est attendue, mais c'est `{ $token }`
diag-expr-expected-value-help = une valeur est un nombre, un nom comme `self.treasury`, ou un appel de fonction comme `min(a, b)`
diag-expr-expected-comma = `,` ou `)` attendue dans l'appel à `{ $function }`
diag-expr-expected-comma-help = séparez les arguments par des virgules
diag-expr-expected-set = après `in`, il faut ce que parcourt `{ $function }`
diag-expr-expected-set-help = écrivez `factions`, `regions` ou `routes`, par exemple `sum(r in regions: r.unrest)`
diag-expr-aggregate-body-help = après l'ensemble viennent `where` et une condition, ou `:` et la valeur, par exemple `{ $example }`
diag-expr-aggregate-end-help = `{ $function }(…)` se termine après sa valeur ; manque-t-il une `)` ?
diag-expr-aggregate-end = `)` attendue pour fermer `{ $function }(…)`

## Expressions : noms et types

diag-type-num = un nombre
diag-type-bool = une condition (vrai/faux)
diag-type-faction = un camp
diag-type-region = une région
diag-type-route = une route
diag-expr-set-flow = le `flow` d'une route est mesuré par le jeu et ne peut pas être fixé
diag-expr-set-flow-help = modifiez plutôt `capacity`, `risk` ou `open`
diag-expr-cannot-set = un effet ne peut pas modifier ceci
diag-expr-cannot-set-help = un effet modifie une variable (`self.treasury`), une propriété de route (`r.open`), un indicateur (`flag.x`) ou `relation(a, b)`
diag-expr-add-to-condition = `+=` et `-=` demandent un nombre, mais ceci est une condition
diag-expr-add-to-condition-help = employez `=` avec `true` ou `false`
diag-expr-compare-help = comparez-le, par exemple `x > 0`
diag-expr-if-help = employez `if(condition, 1, 0)` pour changer une condition en nombre
diag-expr-name-faction-help = nommez ici un camp : `self`, `target` ou l'identifiant d'un camp
diag-expr-name-region-help = nommez ici une région : `self`, `target` ou l'identifiant d'une région
diag-expr-name-route-help = nommez ici une route : `self`, `target` ou l'identifiant d'une route
diag-expr-entity-value-help = un camp, une région ou une route ne peut pas servir de nombre ni de condition ; employez l'une de ses variables
diag-expr-no-self = `self` n'a pas de sens ici
diag-expr-no-self-help = `self` est le camp qui agit dans les actions, les objectifs et le revenu, et l'élément courant dans les règles avec `each`
diag-expr-no-target = `target` n'a pas de sens ici
diag-expr-no-target-help = `target` n'existe que dans les actions qui ont une `target`, et dans les règles `each: Pairs`
diag-expr-unknown-name = nom inconnu `{ $name }`
diag-expr-unknown-name-help = un nom est `turn`, `self`, `target`, l'identifiant d'un camp, d'une région ou d'une route, ou `flag.ID`
diag-expr-empty-name = nom vide
diag-expr-flag-id = `flag` demande l'identifiant d'un indicateur
diag-expr-flag-id-help = écrivez `flag.ID`, par exemple `flag.airspace_open`
diag-expr-unknown-flag = indicateur inconnu `{ $flag }`
diag-expr-too-many-dots = trop de `.` dans ce nom
diag-expr-too-many-dots-help = un nom a au plus deux parties, par exemple `gao.fuel_stock`
diag-expr-unknown-route-property = propriété de route inconnue `{ $property }`
diag-expr-arity = `{ $function }` prend { $count ->
    [one] { $count } argument
   *[other] { $count } arguments
}, mais en reçoit { $found }
diag-expr-at-least-two = `{ $function }` prend au moins 2 arguments, mais en reçoit { $found }
diag-expr-over-a-set = `{ $function }` parcourt un ensemble de camps, de régions ou de routes
diag-expr-write-example = écrivez par exemple `{ $example }`
diag-expr-self-relation = une relation demande deux camps différents ; un camp n'a pas de relation avec lui-même
diag-expr-self-relation-help = nommez deux camps, par exemple `relation(self, target)` ou `relation(mali, niger)`
diag-expr-unknown-function = fonction inconnue `{ $function }`
diag-expr-active-arity = `active` prend une action et, au besoin, sa cible ; il reçoit { $found } arguments
diag-expr-active-arity-help = écrivez `active(escort_convoys)` ou `active(escort_convoys, target)`
diag-expr-action-id = l'identifiant d'une action est attendu
diag-expr-action-id-help = écrivez `active(ACTION)`, par exemple `active(escort_convoys)`
diag-expr-action-id-dot-help = un identifiant d'action ne contient pas de `.`
diag-expr-unknown-action = action inconnue `{ $action }`
diag-expr-active-no-duration = l'action `{ $action }` n'a pas de durée : elle n'est donc jamais en cours
diag-expr-active-no-duration-help = `active` porte sur les actions qui durent (`duration: N`) ; pour une action déjà menée, levez un indicateur dans ses effets
diag-expr-active-no-target = l'action `{ $action }` n'a pas de cible
diag-expr-write = écrivez `{ $example }`
diag-expr-nested = `{ $function }(…)` à l'intérieur d'une autre fonction de ce genre
diag-expr-nested-help = les fonctions sur un ensemble ne s'imbriquent pas ; gardez le total intérieur dans une variable, mise à jour par une règle
diag-expr-bad-set = `{ $function }` ne peut pas parcourir `{ $set }`
diag-expr-bad-set-suggestion = vouliez-vous dire `{ $name }` ? Un ensemble est `factions`, `regions` ou `routes`
diag-expr-bad-set-help = un ensemble est `factions`, `regions` ou `routes`
diag-expr-item-keyword = `{ $name }` est un mot du langage d'expressions : il ne peut pas nommer les éléments de `{ $function }`
diag-expr-item-taken = `{ $name }` est déjà un identifiant ({ $kind }) : il ne peut pas nommer les éléments de `{ $function }`
diag-expr-item-rename-help = appelez-les autrement, par exemple `{ $example }`
diag-expr-count-value = `count` compte les éléments et ne prend pas de valeur
diag-expr-count-value-help = pour additionner des valeurs, écrivez `{ $example }`
diag-expr-needs-value = `{ $function }` demande la valeur à prendre pour chaque élément
diag-expr-needs-value-help = écrivez-la après `:`, par exemple `{ $example }`

## Le travail d'un tour (la partie la plus lourde d'un scénario trop coûteux)

diag-cost-state = l'état du monde, copié et comparé
diag-cost-income = le revenu du camp `{ $faction }`
diag-cost-objectives = les objectifs du camp `{ $faction }`
diag-cost-event = l'événement `{ $event }`
diag-cost-orders-of = les ordres de l'action `{ $action }`, la plus coûteuse de { $factions }, donnés avec tous leurs points d'action
diag-cost-flows = les flux de { $routes } routes
diag-cost-rule = la règle `{ $rule }`
diag-cost-rule-factions = la règle `{ $rule }`, pour chacun des { $count } camps
diag-cost-rule-regions = la règle `{ $rule }`, pour chacune des { $count } régions
diag-cost-rule-routes = la règle `{ $rule }`, pour chacune des { $count } routes
diag-cost-rule-pairs = la règle `{ $rule }`, pour chacune des { $count } paires de camps
diag-cost-end-when = les conditions `end_when`
diag-cost-action = l'action `{ $action }`
diag-cost-action-factions = l'action `{ $action }`, vérifiée pour { $count } camps
diag-cost-action-regions = l'action `{ $action }`, vérifiée pour { $count } régions
diag-cost-action-routes = l'action `{ $action }`, vérifiée pour { $count } routes

## Sauvegardes

diag-error = erreur : { $message }
diag-save-raw = { $text }
diag-save-unreadable = { $path } : { $reason }
diag-save-syntax = { $path }:{ $line }:{ $column } : ce n'est pas une sauvegarde valide : { $message }
diag-save-format = { $path } : le format de sauvegarde { $found } n'est pas pris en charge (cette version lit le format { $supported }) ; mettez Harmattan à jour
diag-save-scenario = { $path } : le scénario enregistré dans cette sauvegarde a des erreurs : { $first }
diag-save-inconsistent = { $path } : la sauvegarde est incohérente (modifiée à la main ou abîmée) : { $detail }
diag-save-write = { $path } : impossible d'écrire la sauvegarde : { $message }
diag-save-too-large = la partie a dépassé { $size }, la plus grande sauvegarde qui puisse être relue ; la sauvegarde précédente est conservée
diag-save-not-utf8 = le fichier n'est pas un texte UTF-8 (est-ce bien une sauvegarde ?)
diag-save-cut-short = le fichier s'arrête au milieu (a-t-il été tronqué ?) : { $reason }
diag-save-language = la langue de la partie, `{ $language }`, n'est pas une langue que Harmattan parle
diag-save-faction-values = les valeurs des camps ne correspondent pas au scénario
diag-save-region-values = les valeurs des régions ne correspondent pas au scénario
diag-save-routes = les routes, indicateurs ou relations ne correspondent pas au scénario
diag-save-relation-one-way = la relation entre { $a } et { $b } vaut { $one } dans un sens et { $other } dans l'autre ; une relation est la même dans les deux sens : donnez-leur le même nombre
diag-save-regions-events = les régions ou les événements ne correspondent pas au scénario
diag-save-objectives = les objectifs ne correspondent pas au scénario
diag-save-turns = l'état en est au tour { $turn }, mais { $recorded } tours sont enregistrés
diag-save-seat = une place pour `{ $faction }`, qui n'est pas un camp jouable du scénario
diag-save-two-seats = deux places pour `{ $faction }`
diag-save-controller = une région est contrôlée par un camp que le scénario n'a pas
diag-save-pending = une proposition ou un choix en attente renvoie à quelque chose que le scénario n'a pas
diag-save-scheduled = un effet programmé renvoie à quelque chose que le scénario n'a pas
diag-save-ended = la partie s'est achevée sur une condition que le scénario n'a pas

## Scripts d'ordres (`harmattan play --orders`)

diag-orders-problem = { $place } : tour { $turn } : { $message }
diag-orders-not-a-script = ce n'est pas un script d'ordres : { $message }
diag-orders-not-utf8 = le fichier n'est pas un texte UTF-8 à cet endroit (enregistrez-le en UTF-8)
diag-orders-too-large = le fichier dépasse { $bytes } octets
diag-orders-after-last-turn = { $place } : le tour { $turn } vient après le dernier tour du scénario ({ $last }) ; ses ordres ne servent jamais
diag-orders-no-faction-choose = `{ $faction }` n'est pas un camp ; choisissez parmi { $factions }
diag-orders-no-faction-hint = `{ $faction }` n'est pas un camp : vouliez-vous dire `{ $name }` ?
diag-orders-not-playable = `{ $faction }` n'est pas un camp jouable ; choisissez parmi { $factions }
diag-orders-no-action = `{ $action }` n'est pas une action de ce scénario
diag-orders-no-action-hint = `{ $action }` n'est pas une action de ce scénario : vouliez-vous dire `{ $name }` ?
diag-orders-cannot-take = { $faction } ne peut pas mener `{ $action }`
diag-orders-no-target = `{ $action }` ne prend pas de cible, mais `{ $target }` est donné
diag-orders-needs-target = `{ $action }` demande une cible ({ $kind }) : ajoutez `target: "..."`
diag-orders-bad-target = `{ $target }` n'est pas dans ce scénario (la cible de `{ $action }` doit être de type « { $kind } »)
diag-orders-bad-target-hint = `{ $target }` n'est pas dans ce scénario (la cible de `{ $action }` doit être de type « { $kind } ») : vouliez-vous dire `{ $name }` ?
diag-orders-bad-accept = `{ $action }` dans `accept` n'est pas une action de ce scénario
diag-orders-bad-accept-hint = `{ $action }` dans `accept` n'est pas une action de ce scénario : vouliez-vous dire `{ $name }` ?
diag-orders-bad-choose = `{ $event }` dans `choose` n'est pas un événement de ce scénario
diag-orders-bad-choose-hint = `{ $event }` dans `choose` n'est pas un événement de ce scénario : vouliez-vous dire `{ $name }` ?
diag-orders-no-question = l'événement `{ $event }` ne pose aucune question
diag-orders-other-faction = l'événement `{ $event }` interroge un autre camp que { $faction }
diag-orders-bad-option = `{ $option }` n'est pas une option de `{ $event }` ; choisissez parmi { $options }

## Ce qu'est un texte du scénario (dans les messages qui en parlent)

diag-text-action-id = identifiant d'action
diag-text-action-name = nom d'action
diag-text-agreement-id = identifiant d'accord
diag-text-author = auteur
diag-text-briefing = briefing
diag-text-chance = probabilité
diag-text-colour = couleur
diag-text-date = date
diag-text-description = description
diag-text-detection-chance = probabilité de découverte
diag-text-effect = effet
diag-text-end-condition = condition de fin
diag-text-event-id = identifiant d'événement
diag-text-event-text = texte d'événement
diag-text-event-title = titre d'événement
diag-text-faction-id = identifiant de camp
diag-text-faction-name = nom de camp
diag-text-faction-or-region-id = identifiant de camp ou de région
diag-text-flag-id = identifiant d'indicateur
diag-text-flag-name = nom d'indicateur
diag-text-income = revenu
diag-text-locale = langue
diag-text-name = nom
diag-text-news-line = nouvelle
diag-text-objective = objectif
diag-text-objective-id = identifiant d'objectif
diag-text-objective-name = nom d'objectif
diag-text-option-id = identifiant d'option
diag-text-option-label = libellé d'option
diag-text-prompt = question
diag-text-reason = raison
diag-text-region-id = identifiant de région
diag-text-region-name = nom de région
diag-text-requires = condition
diag-text-route-id = identifiant de route
diag-text-route-name = nom de route
diag-text-rule-id = identifiant de règle
diag-text-scenario-id = identifiant du scénario
diag-text-score = score
diag-text-start-date = date de début
diag-text-summary = résumé
diag-text-title = titre
diag-text-unit = unité
diag-text-value = valeur
diag-text-variable-id = identifiant de variable
diag-text-variable-name = nom de variable
diag-text-variant-id = identifiant de variante
diag-text-when = condition de déclenchement

## Là où la relecture d'une sauvegarde diffère de ce qu'elle a enregistré.
diag-replay-ended = la partie était déjà finie, mais d'autres tours sont enregistrés
diag-replay-ruling = une décision de l'arbitre ne s'applique plus : { $reason }
diag-replay-final = état final : { $detail }
diag-replay-value = { $slot } : la relecture donne { $replayed }, la sauvegarde indique { $saved }
diag-replay-dice = les dés, les éléments en attente ou le calendrier diffèrent
diag-replay-entry = entrée { $entry } : la relecture a { $replayed }, la sauvegarde { $saved }
diag-replay-entry-change = entrée { $entry } ({ $what }) : la relecture change { $replayed }, la sauvegarde indique { $saved }
diag-replay-nothing = rien
diag-replay-entries = nombre d'entrées : { $replayed } dans la relecture, { $saved } dans la sauvegarde
diag-replay-more-entries = nombre d'entrées : { $replayed } dans la relecture, { $saved } dans la sauvegarde ; première en trop dans la relecture : { $first }
diag-replay-fewer-entries = nombre d'entrées : { $replayed } dans la relecture, { $saved } dans la sauvegarde ; première en trop dans la sauvegarde : { $first }
diag-replay-net = variation nette : la relecture donne { $replayed }, la sauvegarde { $saved }
diag-replay-net-differs = les variations nettes diffèrent
diag-replay-quoted = « { $news } »
diag-replay-income = le revenu du camp { $faction }
diag-replay-refused = l'ordre `{ $action }` du camp { $faction }, refusé ({ $reason })
diag-replay-succeeded = `{ $action }` du camp { $faction } (réussi)
diag-replay-failed = `{ $action }` du camp { $faction } (échoué)
diag-replay-proposed = la proposition `{ $action }` du camp { $faction }
diag-replay-accepted = le camp { $faction } acceptant une proposition
diag-replay-declined = le camp { $faction } refusant une proposition
diag-replay-chose = le camp { $faction } choisissant `{ $option }`
diag-replay-landed = l'arrivée de `{ $action }` du camp { $faction }
diag-replay-ongoing = la poursuite de `{ $action }` du camp { $faction }
diag-replay-ended-action = la fin de `{ $action }` du camp { $faction }
diag-replay-flow = le flux sur { $route }
diag-replay-rule = la règle `{ $rule }`
diag-replay-event = l'événement `{ $event }`
diag-replay-game-over = la fin de la partie
diag-replay-ruling-entry = une décision de l'arbitre ({ $reason })

## Ce que dit le système d'exploitation (l'anglais garde les mots du système).
sys-with-code = { $said } (erreur système { $code })
sys-not-found = fichier ou dossier introuvable
sys-permission-denied = permission refusée
sys-already-exists = il existe déjà
sys-storage-full = le disque est plein
sys-read-only = le disque est en lecture seule
sys-is-a-directory = c'est un dossier
sys-not-a-directory = une partie du chemin n'est pas un dossier
sys-directory-not-empty = le dossier n'est pas vide
sys-invalid-data = les données ne sont pas valides
sys-unexpected-end = les données s'arrêtent trop tôt
sys-interrupted = l'opération a été interrompue
sys-timed-out = pas de réponse à temps
sys-address-in-use = l'adresse est déjà utilisée (un autre programme y écoute-t-il ?)
sys-address-not-available = cette adresse n'est pas une de celles de cet ordinateur
sys-connection-refused = la connexion a été refusée
sys-connection-lost = la connexion a été perdue
sys-out-of-memory = mémoire insuffisante
sys-file-too-large = le fichier est trop gros
sys-invalid-filename = le nom de fichier n'est pas valide
sys-busy = le fichier est en cours d'utilisation
sys-crosses-devices = le fichier ne peut pas être déplacé vers un autre disque
sys-other = le système a signalé une erreur
