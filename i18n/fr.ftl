# Textes de l'interface du site d'exemple, en français.

site-title = Suivi de la Déclaration de Los Angeles
site-description = Un système de suivi public des engagements pris par les gouvernements dans le cadre de la Déclaration de Los Angeles sur la migration et la protection : où en est chacun, les réunions et leurs recommandations.
choose-language = Choisissez votre langue

## Navigation

skip-to-content = Aller au contenu
nav-home = Accueil
nav-main = Rubriques
nav-menu = Menu
nav-languages = Langues
nav-breadcrumbs = Vous êtes ici
nav-countries = Pays
nav-pillars = Piliers
nav-commitments = Engagements
nav-meetings = Réunions
nav-recommendations = Recommandations
nav-organisations = Organisations
nav-pages = Pages
footer-made-with = Construit avec swivi, un générateur de sites statiques pour le suivi public.
footer-more-pages = Autres pages

## Noms des langues, en français

language-en = anglais
language-es = espagnol
language-fr = français
language-pt = portugais
language-ht = créole haïtien

## Avis

fallback-notice = Ce texte n'est pas encore disponible en { $language } ; il est affiché en { $original }.
unofficial-notice = Traduction non officielle, faite pour ce suivi ; l'original est en { $original }.
read-original = Lire l'original.

## Statuts

status-not-assessed = Non évalué
status-not-started = Non commencé
status-in-progress = En cours
status-completed = Réalisé
status-stalled = Au point mort

## Nombres

commitment-count = { $count ->
    [one] { $count } engagement
   *[other] { $count } engagements
}
country-count = { $count ->
    [one] { $count } pays
   *[other] { $count } pays
}
pillar-count = { $count ->
    [one] { $count } pilier
   *[other] { $count } piliers
}
meeting-count = { $count ->
    [one] { $count } réunion
   *[other] { $count } réunions
}
recommendation-count = { $count ->
    [one] { $count } recommandation
   *[other] { $count } recommandations
}
organisation-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
organisation-assessed-count = { $count ->
    [one] { $count } mise à jour évaluée
   *[other] { $count } mises à jour évaluées
}
# { $percent } porte déjà son signe, écrit à la manière de la langue (CLDR) : « 33 % ».
assessed-count = Évalués : { $assessed } sur { $total }
done-count = Réalisés : { $count } ({ $percent })

## Progrès

progress-heading = L'avancement en un coup d'œil
breakdown-caption = Engagements par statut
breakdown-status = Statut
breakdown-count = Engagements
breakdown-share = Part

## Accueil

home-latest = Dernières mises à jour
home-explore = Parcourir le suivi
no-updates = Aucune mise à jour n'est encore enregistrée.

## Pays et piliers

map-title = Carte des pays selon la part des engagements réalisés
map-empty = Case sans barre : aucun engagement enregistré
country-none = Aucun engagement de ce pays n'est encore enregistré.
country-no-meetings = Aucune réunion impliquant ce pays n'est encore enregistrée.
country-recommendations = Recommandations adressées à ce pays
country-no-recommendations = Aucune recommandation ne nomme ce pays comme destinataire.
pillar-number = Pilier { $number }
pillar-none = Aucun engagement n'a été pris au titre de ce pilier.

## Engagements

commitment-status = Statut actuel
commitment-country = Pays
commitment-pillars = Piliers
commitment-no-pillar = Aucun pilier indiqué
commitment-date = Pris en
commitment-meeting = Pris lors de
commitment-timeline = Historique
commitment-recommendations = Recommandations auxquelles il répond
commitment-no-recommendations = Aucune recommandation n'est liée à cet engagement.
stale-since = Non vérifié depuis le { $date }
stale-count = { $count ->
    [one] { $count } engagement non vérifié
   *[other] { $count } engagements non vérifiés
} depuis plus de { $months } mois
commitment-due = Échéance
commitment-responsible = Responsables
due-on = Échéance : { $date }
overdue = En retard
overdue-count = { $count ->
    [one] { $count } engagement en retard
   *[other] { $count } engagements en retard
}
overdue-title = Engagements en retard
overdue-explained = Un engagement est en retard quand le jour, le mois ou l'année de son échéance est passé et qu'il n'est pas réalisé. { $count ->
    [0] Aucun engagement de ce suivi n'a d'échéance dans ses sources.
    [one] Un engagement a une échéance.
   *[other] { $count } engagements ont une échéance.
}
update-source = Source :
update-by = Évalué par :

matrix-title = Matrice de suivi
matrix-intro = Chaque case compte les engagements d'un pays au titre d'un pilier, par statut ; suivez un nombre pour voir la liste.
matrix-caption = Engagements par pays et par pilier
matrix-country = Pays
matrix-total = Tous les piliers
matrix-order-label = Ordre des lignes
matrix-order-name = Par nom de pays
matrix-order-count = Par nombre d'engagements
matrix-scale-low = moins d'engagements
matrix-scale-high = plus d'engagements
list-status-title = Engagements : { $status }
list-cell-title = { $country } · { $pillar }
list-empty = Aucun engagement n'est dans cette liste.
list-page-title = { $list }, page { $page } sur { $pages }
list-continued = (suite)
pager-label = Pages de la liste
pager-status = Page { $page } sur { $pages }
pager-previous = Page précédente
pager-next = Page suivante
filter-loading = Chargement de la liste complète…
filter-failed = La liste complète n'a pas pu être chargée : seuls les engagements de cette page sont filtrés.
filter-country = Pays
filter-pillar = Pilier
filter-status = Statut
filter-all = Tous
filter-overdue = En retard seulement
filter-shown = Engagements affichés :
facets-label = Affiner la liste

## Indicateurs

indicators-heading = Indicateurs
indicator-baseline = Valeur de référence
indicator-target = Cible
indicator-latest = Dernière valeur
indicator-not-set = non fixée
indicator-no-value = pas encore de valeur
indicator-progress-label = Progrès vers la cible
indicator-progress = { $percent } du chemin entre la valeur de référence et la cible
indicator-progress-unknown = Impossible à calculer : il faut une valeur de référence, une cible et une valeur.
indicator-judgement = Appréciation
indicator-reached = Cible atteinte
indicator-on-track = En bonne voie
indicator-off-track = En retard sur la trajectoire
indicator-deteriorating = S'éloigne de la cible
indicator-too-little-data = Trop peu de données pour juger
indicator-values = Valeurs dans le temps
indicator-date = Date
indicator-value = Valeur
indicator-source = Source
indicator-no-milestones = Aucune étape n'est encore enregistrée.
value-with-unit = { $unit ->
   *[other] { $value } { $unit }
}

## Réunions

meeting-dates = Dates
meeting-place = Lieu
meeting-organisers = Organisateurs
meeting-countries = Pays
meeting-documents = Documents
meetings-calendar = Ajouter les réunions à votre agenda (iCalendar)
meeting-commitments = Engagements pris lors de cette réunion
meeting-no-commitments = Aucun engagement n'est enregistré comme pris lors de cette réunion.
meeting-recommendations = Recommandations de cette réunion
meeting-no-recommendations = Aucune recommandation de cette réunion n'est enregistrée.

## Recommandations

recommendation-number = Recommandation { $number }
recommendation-source = Source
recommendation-theme = Thème
recommendation-addressed-to = Adressée à
recommendation-commitments = Engagements qui y répondent
recommendation-no-commitments = Aucun engagement n'est encore enregistré comme répondant à cette recommandation.
page-recommendations = Recommandations de ce document


## Lecture hors ligne

offline-title = Vous êtes hors ligne
offline-text = Cette page n'a pas été enregistrée sur cet appareil, et il n'y a pas de connexion pour la charger. Les pages que vous avez déjà ouvertes restent lisibles.
offline-home = Aller à la page d'accueil
offline-keep = Garder les pages de ce pays pour les lire hors ligne
offline-saving = Enregistrement des pages…
offline-kept = Enregistré : vous pouvez lire ces pages sans connexion.
offline-failed = Certaines pages n'ont pas pu être enregistrées ; vérifiez votre connexion et réessayez.

downloads-title = Téléchargements
downloads-text = Chaque fichier ci-dessous contient tout ce suivi dans une langue. Décompressez-le et ouvrez index.html : il fonctionne sans connexion et sans serveur, sur un ordinateur ou un téléphone, et peut se transmettre par clé USB ou messagerie.
file-size = { $format }, { $size } Ko

## Données ouvertes

data-title = Données ouvertes
data-intro = Téléchargez les faits de ce suivi pour les analyser : chaque table en CSV (s'ouvre dans un tableur) et en JSON, dans cette langue, avec un schéma JSON et le sens de chaque colonne. Les noms des colonnes sont les mêmes dans toutes les langues.
data-licence-label = Licence :
data-all = Tout, dans toutes les langues (zip)
data-schema = Schéma JSON
data-package = Descripteur Data Package (Frictionless) de ces tables
data-columns = Colonnes
data-column = Colonne
data-meaning = Sens
data-table-commitments = Engagements
data-table-updates = Mises à jour de statut
data-table-indicator-values = Valeurs des indicateurs
data-table-milestones = Jalons des indicateurs qualitatifs
data-table-meetings = Réunions
data-table-recommendations = Recommandations
data-table-countries = Pays
data-table-pillars = Piliers
data-table-organisations = Organisations
data-table-commitment-recommendations = Engagements et recommandations auxquelles ils répondent
data-col-id = Identifiant de l'entrée, le même dans toutes les langues et dans son adresse
data-col-title = Titre, dans cette langue
data-col-country = Code du pays (ISO 3166-1 alpha-2)
data-col-country-name = Nom du pays, dans cette langue
data-col-pillars = Identifiants des piliers, séparés par ;
data-col-status = Identifiant du statut
data-col-status-label = Statut, dans cette langue
data-col-date = Date (AAAA, AAAA-MM ou AAAA-MM-JJ, aussi précise que la source)
data-col-due = Échéance (AAAA, AAAA-MM ou AAAA-MM-JJ), quand la source en donne une ; vide sinon
data-col-overdue = Si l'échéance est passée et l'engagement n'est pas réalisé, au jour de la construction du site
data-col-responsible = Institutions qui doivent réaliser l'engagement, séparées par ;, quand la source les nomme
data-col-last-update = Date de la dernière mise à jour, vide s'il n'y en a pas
data-col-meeting = Identifiant de la réunion, le cas échéant
data-col-url = Adresse de la page dans cette langue
data-col-commitment = Identifiant de l'engagement
data-col-note = Ce que dit la mise à jour, dans cette langue
data-col-milestone-note = Ce que le jalon a atteint, dans cette langue
data-col-source = Document source, tel que publié, ou identifiant de la page du document
data-col-source-url = Adresse du document source, si elle est connue
data-col-entry-type = Si l'indicateur appartient à un engagement ou à une réunion
data-col-entry = Identifiant de cet engagement ou de cette réunion
data-col-indicator = Identifiant de l'indicateur
data-col-indicator-title = Ce que mesure l'indicateur, dans cette langue
data-col-unit = Unité des valeurs
data-col-value-kind = baseline (référence), value (valeur) ou target (cible)
data-col-value = Le nombre
data-col-start = Premier jour
data-col-end = Dernier jour, si la réunion a duré plusieurs jours
data-col-place = Lieu, dans cette langue
data-col-countries = Codes des pays, séparés par ;
data-col-number = Numéro dans la source, le cas échéant
data-col-theme = Titre sous lequel elle figure dans la source, dans cette langue
data-col-source-type = meeting (réunion) ou document
data-col-addressed-to = Codes des pays qu'elle nomme comme destinataires, séparés par ;
data-col-code = Code du pays (ISO 3166-1 alpha-2)
data-col-name = Nom, dans cette langue
data-col-commitments = Nombre d'engagements
data-col-completed = Nombre d'engagements réalisés
data-col-pillar-number = Le numéro du pilier sur ce site
data-col-organisation-kind = government (gouvernement), civil-society (société civile) ou international-organisation (organisation internationale)
data-col-website = Le site web de l'organisation, s'il est connu
data-col-assessed = Nombre de mises à jour qu'elle a évaluées
data-col-recommendation = Identifiant de la recommandation

## Flux

feed-site = Flux de toutes les mises à jour
feed-of = Flux : { $title }
feed-title = { $site } : { $title }
feed-overdue = En retard, { $country } : { $title }
feed-new-commitment = Nouvel engagement, { $country } : { $title }
feed-update = { $country } : { $title } — { $status }
feed-update-change = { $country } : { $title } — { $from } → { $status }
feed-status = Statut : { $status }
feed-status-change = Statut : { $from } → { $status }
feed-meeting = Réunion : { $title }
feed-page-kind = Flux Atom
feed-page-what = Ce flux annonce chaque nouvel engagement, chaque changement de statut et chaque réunion de ce qu'il suit. Un lecteur de flux le consulte pour vous et vous montre ce qui est nouveau.
feed-page-follow = Pour le suivre, copiez cette adresse dans votre lecteur de flux :
feed-page-follows = La page qu'il suit
feed-page-all = Tous les flux de ce site
feed-page-latest = Dernières entrées
feed-page-empty = Rien pour l'instant.
feeds-title = Flux
feeds-intro = Suivez ce qui change sans revenir vérifier : copiez l'adresse d'un flux dans un lecteur de flux (une application ou un site). Chaque flux annonce les nouveaux engagements, les changements de statut et les réunions de ce qu'il suit.
feeds-calendar = Les réunions, pour une application d'agenda (iCalendar)
feeds-commitments-elsewhere = Les engagements sont trop nombreux pour lister ici leurs flux : la page de chaque engagement mène à son propre flux, à l'adresse de la page suivie de feed.xml.
calendar-imprecise-title = { $title } ({ $date }, jour non précisé)
calendar-imprecise-note = Date donnée par les sources : { $date }, sans le jour ; les agendas l'affichent à son premier jour.

## Dates et nombres

date-range = du { $start } au { $end }

## Traductions
translations-title = État des traductions
translations-intro = Le texte original de ce suivi est en { $source }. Quand une page n'est pas encore traduite dans votre langue, ou que sa traduction est plus ancienne que l'original, la page s'affiche dans une autre langue et le signale. Voici ce que chaque langue couvre du suivi.
translations-interface = Interface
translations-translated = Contenus traduits
translations-up-to-date = À jour
translations-outdated = À mettre à jour
translations-subscribe = S'abonner au flux de ce qui reste à traduire dans cette langue
translations-outdated-heading = { $count ->
    [0] Aucune traduction à mettre à jour
    [one] { $count } traduction à mettre à jour
   *[other] { $count } traductions à mettre à jour
}
translations-outdated-help = L'original de ces textes a changé depuis leur traduction.
translations-missing-heading = { $count ->
    [0] Aucun contenu à traduire
    [one] { $count } contenu à traduire
   *[other] { $count } contenus à traduire
}
translations-source-note = C'est la langue originale : choisissez une langue ci-dessus pour voir quelles pages n'y sont pas encore traduites.
outdated-notice = L'original en { $original } a changé depuis cette traduction, qui peut ne plus le suivre.
translations-feed-title = Textes à traduire en { $language }
translations-feed-outdated = À mettre à jour : { $title }
translations-feed-outdated-summary = Le texte en { $original } de { $source } a changé depuis la traduction { $file }.
translations-feed-missing = À traduire : { $title }
translations-feed-missing-summary = Traduire { $source } ({ $original }) dans le nouveau fichier { $file }.
translations-feed-messages = { $count ->
    [one] { $count } texte d'interface à traduire dans { $file }
   *[other] { $count } textes d'interface à traduire dans { $file }
}

## Page introuvable

not-found-title = Page introuvable
not-found-text = Il n'y a aucune page à cette adresse : elle a peut-être été déplacée, ou le lien contient une erreur. Ces pages peuvent vous aider à trouver ce que vous cherchiez.

## Recherche

search-title = Rechercher
search-label = Mots à rechercher
search-shown = Résultats :
search-none = Aucun résultat. Essayez d'autres mots, ou moins de filtres.
search-failed = La recherche n'a pas pu être chargée. Les listes ci-dessous mènent à chaque engagement.
search-kind-countries = Pays
search-kind-pillars = Pilier
search-kind-commitments = Engagement
search-kind-meetings = Réunion
search-kind-recommendations = Recommandation
search-kind-pages = Page
search-kind-organisations = Organisation
search-more = Afficher plus de résultats
search-browse = Chaque pays, pilier et engagement figure aussi dans ces listes :
search-no-script = La recherche a besoin de JavaScript.

## Historique des pages

page-last-changed = Dernière modification le { $date }

## Le registre des modifications, tiré de l'historique du site

changes-title = Registre des modifications
description-changes = Chaque correction et ajout apporté au contenu du suivi, du plus récent au plus ancien, avec sa date et l'explication des éditeurs, tirés de l'historique du site.
changes-intro = Chaque modification ci-dessous a été enregistrée dans l'historique du site lors de sa publication : sa date, l'explication donnée par les éditeurs et les pages qu'elle a modifiées. Un statut corrigé après publication apparaît ici.
changes-shown = Les { $shown } modifications les plus récentes sur { $count } sont listées ici.
changes-repository = Toutes les modifications dans le dépôt du site
changes-on-page = Registre des modifications de cette page ({ $count })
changes-all = Toutes les modifications du suivi
changes-added = Ajouté
changes-changed = Modifié
changes-translated = Traduction modifiée ({ $languages })
changes-removed = Supprimé
changes-more-entries = { $count ->
    [one] et une autre page
   *[other] et { $count } autres pages
}
changes-commit = Voir { $id } dans le dépôt
changes-feed-title = { $site } : registre des modifications

## Citer cette page : sous la page de chaque entrée. La citation nomme le suivi comme auteur,
## le titre de la page, le jour de sa dernière modification, son adresse et le jour de la consultation.
cite-title = Citer cette page
cite-text = { $author }. « { $title } ». Dernière modification le { $date }. { $url } (consulté le { $accessed }).
cite-text-undated = { $author }. « { $title } ». { $url } (consulté le { $accessed }).
cite-files = La citation, pour un gestionnaire de références :
cite-bibtex = BibTeX
cite-csl-json = CSL-JSON

## Ce qu'est une page, pour les moteurs de recherche et les liens partagés

description-countries = Où en sont les engagements de chaque pays, sur une carte et pays par pays : { $countries }.
description-pillars = Où en sont les engagements pris au titre de chaque pilier : { $pillars }.
description-commitments = Tous les engagements par statut, avec leur historique, leurs indicateurs et leurs sources : { $commitments }.
description-meetings = Les réunions, leurs documents et les engagements qui y ont été pris : { $meetings }.
description-recommendations = Les recommandations, par réunion ou document d'origine, et les engagements qui y répondent : { $recommendations }.
description-organisations = Qui rend compte des engagements et les évalue : gouvernements, organisations de la société civile et internationales : { $organisations }.
description-pages = À propos du suivi : son fonctionnement, sa méthode et ses sources.
description-matrix = Pays × piliers : les engagements de chaque pays au titre de chaque pilier, par statut.
description-status-list = Les engagements au statut « { $status } » : { $commitments }.
description-cell-list = { $country } · { $pillar } : { $commitments }, par statut.
description-search = Rechercher parmi les pays, piliers, engagements, réunions, recommandations et pages.
description-data = Toutes les tables du suivi en CSV et JSON, avec un schéma et le contenu de chaque colonne.
description-translations = La part du suivi traduite dans chaque langue, et ce qu'il reste à traduire.
description-downloads = Le suivi dans chaque langue, en fichier zip à lire sans connexion.
description-feeds = Les flux et le calendrier du suivi, pour suivre ce qui change depuis un lecteur de flux ou un agenda.

## Images de partage et application sur l'écran d'accueil d'un téléphone

share-image-alt = { $title } : ses engagements par statut
app-short-name = Suivi LA

## Organisations et qui a évalué quoi

organisation-kind = Type
organisation-kind-government = Gouvernement
organisation-kind-civil-society = Société civile
organisation-kind-international-organisation = Organisation internationale
organisation-website = Site web
organisation-updates = Mises à jour qu'elle a évaluées
organisation-no-updates = Aucune mise à jour ne la nomme encore comme évaluatrice.
organisation-more-updates = Les { $shown } plus récentes sur { $count } ; la table des mises à jour des données ouvertes les contient toutes, avec qui les a évaluées.
views-heading = Deux regards
views-explained = Le dernier rapport du gouvernement et la dernière évaluation indépendante donnent des statuts différents. Le statut en haut de la page est celui de la mise à jour la plus récente.
views-government = Rapport du gouvernement
views-independent = Évaluation indépendante
views-count = { $reported } avec un rapport de leur gouvernement · { $assessed } évalués de façon indépendante · { $differ } où les deux diffèrent
data-col-by = Identifiant de l'organisation qui a évalué la mise à jour, si la mise à jour la nomme

## Le rapport d'un pays, à imprimer

report-title = Rapport : { $country }
report-description = { $country } : tous ses engagements en entier, avec leur historique, les chiffres et les sources de leurs indicateurs et les recommandations auxquelles ils répondent, mis en page pour l'impression.
report-link = Rapport à imprimer : tous les engagements en entier
report-made = Établi le { $date }
report-how-to-print = Pour imprimer ce rapport ou l'enregistrer en PDF, utilisez la commande Imprimer de votre navigateur. Chaque engagement commence sur une nouvelle page.
report-contents = Sommaire
report-live = Page en ligne :

## Badges et cartes pour d'autres sites

embed-title = Intégrer
embed-explained = Copiez l'un de ces codes dans une page de votre site. Ils changent à chaque mise à jour de ce suivi et ne chargent rien d'aucun autre site.
embed-badge = Badge (une image) :
embed-card = Carte (dans un cadre) :
embed-open-card = Ouvrir la carte
embed-more = Le dossier complet sur { $site }
embed-updated = Dernière mise à jour : { $date }
badge-alt = { $title } : { $status }
