# Tèks entèfas sit egzanp lan, an kreyòl ayisyen.

site-title = Swivi Deklarasyon Los Angeles
site-description = Yon sistèm piblik pou swiv angajman gouvènman yo pran nan kad Deklarasyon Los Angeles sou Migrasyon ak Pwoteksyon: kote chak angajman rive, reyinyon yo ak rekòmandasyon yo.
choose-language = Chwazi lang ou

## Navigasyon

skip-to-content = Ale dirèkteman nan kontni an
nav-home = Akèy
nav-main = Seksyon yo
nav-menu = Meni
nav-languages = Lang yo
nav-breadcrumbs = Ou la a
nav-countries = Peyi
nav-pillars = Pilye
nav-commitments = Angajman
nav-meetings = Reyinyon
nav-recommendations = Rekòmandasyon
nav-organisations = Òganizasyon
nav-pages = Paj yo
footer-made-with = Fèt ak swivi, yon zouti ki fè sit entènèt estatik pou swivi piblik.
footer-more-pages = Lòt paj yo

## Non lang yo, an kreyòl ayisyen

language-en = angle
language-es = panyòl
language-fr = franse
language-pt = pòtigè
language-ht = kreyòl ayisyen

## Avi

fallback-notice = Tèks sa a poko disponib an { $language }; nou montre l an { $original }.
unofficial-notice = Tradiksyon sa a pa ofisyèl, nou fè l pou swivi sa a; orijinal la ekri an { $original }.
read-original = Li orijinal la.

## Sitiyasyon

status-not-assessed = Poko evalye
status-not-started = Poko kòmanse
status-in-progress = Ap fèt
status-completed = Akonpli
status-stalled = Bloke

## Kantite

commitment-count = { $count ->
   *[other] { $count } angajman
}
country-count = { $count ->
   *[other] { $count } peyi
}
pillar-count = { $count ->
   *[other] { $count } pilye
}
meeting-count = { $count ->
   *[other] { $count } reyinyon
}
recommendation-count = { $count ->
   *[other] { $count } rekòmandasyon
}
organisation-count = { $count ->
   *[other] { $count } òganizasyon
}
organisation-assessed-count = { $count ->
   *[other] { $count } mizajou li evalye
}
assessed-count = { $assessed } sou { $total } evalye
done-count = { $count } akonpli ({ $percent })

## Pwogrè

progress-heading = Pwogrè an rezime
breakdown-caption = Angajman yo dapre sitiyasyon yo
breakdown-status = Sitiyasyon
breakdown-count = Angajman
breakdown-share = Pousantaj

## Akèy

home-latest = Dènye nouvèl
home-explore = Gade tout sa ki nan swivi a
no-updates = Poko gen okenn nouvèl ki anrejistre.

## Peyi ak pilye

map-title = Kat peyi yo dapre pousantaj angajman ki akonpli
map-empty = Kare san ba: pa gen angajman ki anrejistre
country-none = Poko gen okenn angajman peyi sa a ki anrejistre.
country-no-meetings = Poko gen okenn reyinyon ak peyi sa a ki anrejistre.
country-recommendations = Rekòmandasyon ki adrese peyi sa a
country-no-recommendations = Pa gen okenn rekòmandasyon ki adrese peyi sa a.
pillar-number = Pilye { $number }
pillar-none = Pa gen okenn angajman ki pran nan pilye sa a.

## Angajman

commitment-status = Sitiyasyon kounye a
commitment-country = Peyi
commitment-pillars = Pilye
commitment-no-pillar = Pa gen pilye ki endike
commitment-date = Dat
commitment-meeting = Kote li pran
commitment-timeline = Istwa
commitment-recommendations = Rekòmandasyon li reponn
commitment-no-recommendations = Pa gen okenn rekòmandasyon ki gen rapò ak angajman sa a.
stale-since = Pa verifye depi { $date }
stale-count = { $count ->
   *[other] { $count } angajman
} ki pa verifye depi plis pase { $months } mwa
commitment-due = Dat limit
commitment-responsible = Responsab
due-on = Dat limit: { $date }
overdue = An reta
overdue-count = { $count ->
   *[other] { $count } angajman an reta
}
overdue-title = Angajman ki an reta
overdue-explained = Yon angajman an reta lè jou, mwa oswa ane dat limit li a pase epi li poko akonpli. { $count ->
    [0] Okenn angajman nan swivi sa a pa gen dat limit nan sous li yo.
    [1] Yon angajman gen yon dat limit.
   *[other] { $count } angajman gen yon dat limit.
}
update-source = Sous:
update-by = Evalye pa:

matrix-title = Matris swivi
matrix-intro = Chak kaz konte angajman yon peyi anba yon pilye, dapre sitiyasyon yo; swiv yon chif pou wè lis la.
matrix-caption = Angajman dapre peyi ak pilye
matrix-country = Peyi
matrix-total = Tout pilye yo
matrix-order-label = Lòd liy yo
matrix-order-name = Dapre non peyi a
matrix-order-count = Dapre kantite angajman
matrix-scale-low = mwens angajman
matrix-scale-high = plis angajman
list-status-title = Angajman: { $status }
list-cell-title = { $country } · { $pillar }
list-empty = Pa gen okenn angajman nan lis sa a.
list-page-title = { $list }, paj { $page } sou { $pages }
list-continued = (kontinye)
pager-label = Paj lis la
pager-status = Paj { $page } sou { $pages }
pager-previous = Paj anvan an
pager-next = Paj apre a
filter-loading = N ap chaje tout lis la…
filter-failed = Nou pa t ka chaje tout lis la: se sèlman angajman ki sou paj sa a ki filtre.
filter-country = Peyi
filter-pillar = Pilye
filter-status = Sitiyasyon
filter-all = Tout
filter-overdue = Sèlman sa ki an reta
filter-shown = Angajman ki parèt:
facets-label = Chwazi nan lis la

## Endikatè

indicators-heading = Endikatè
indicator-baseline = Valè depa
indicator-target = Objektif
indicator-latest = Dènye valè
indicator-not-set = poko fikse
indicator-no-value = poko gen valè
indicator-progress-label = Pwogrè pou rive nan objektif la
indicator-progress = { $percent } nan chemen ant valè depa a ak objektif la
indicator-progress-unknown = Nou pa ka kalkile l: fòk gen yon valè depa, yon objektif ak yon valè.
indicator-judgement = Evalyasyon
indicator-reached = Objektif la rive
indicator-on-track = Sou bon wout
indicator-off-track = An reta sou wout la
indicator-deteriorating = Ap elwaye de objektif la
indicator-too-little-data = Pa gen ase done pou jije
indicator-values = Valè yo sou tan
indicator-date = Dat
indicator-value = Valè
indicator-source = Sous
indicator-no-milestones = Poko gen okenn etap ki anrejistre.
value-with-unit = { $unit ->
   *[other] { $value } { $unit }
}

## Reyinyon

meeting-dates = Dat
meeting-place = Kote
meeting-organisers = Òganizatè
meeting-countries = Peyi
meeting-documents = Dokiman
meetings-calendar = Mete reyinyon yo nan kalandriye ou (iCalendar)
meeting-commitments = Angajman ki pran nan reyinyon sa a
meeting-no-commitments = Pa gen okenn angajman ki anrejistre kòm pran nan reyinyon sa a.
meeting-recommendations = Rekòmandasyon reyinyon sa a
meeting-no-recommendations = Pa gen okenn rekòmandasyon reyinyon sa a ki anrejistre.

## Rekòmandasyon

recommendation-number = Rekòmandasyon { $number }
recommendation-source = Sous
recommendation-theme = Tèm
recommendation-addressed-to = Adrese bay
recommendation-commitments = Angajman ki reponn rekòmandasyon sa a
recommendation-no-commitments = Poko gen okenn angajman ki anrejistre kòm repons pou rekòmandasyon sa a.
page-recommendations = Rekòmandasyon dokiman sa a


## Li san entènèt

offline-title = Ou pa gen koneksyon
offline-text = Paj sa a pa t anrejistre sou aparèy sa a, epi pa gen koneksyon pou chaje l. Paj ou te deja louvri yo ka toujou li.
offline-home = Ale nan paj akèy la
offline-keep = Kenbe paj peyi sa a yo pou li san entènèt
offline-saving = N ap anrejistre paj yo…
offline-kept = Anrejistre: ou ka li paj sa yo san koneksyon.
offline-failed = Gen kèk paj ki pa t ka anrejistre; tcheke koneksyon ou epi eseye ankò.

downloads-title = Telechaje
downloads-text = Chak fichye anba a gen tout swivi sa a nan yon lang. Dekonprese l epi louvri index.html: li mache san koneksyon e san sèvè, sou yon òdinatè oswa yon telefòn, epi ou ka pataje l sou yon kle USB oswa nan yon aplikasyon mesaj.
file-size = { $format }, { $size } Ko

## Done ouvè

data-title = Done ouvè
data-intro = Telechaje done swivi sa a pou w ka analize yo: chak tablo an CSV (li louvri nan yon fèy kalkil) ak an JSON, nan lang sa a, ansanm ak yon chema JSON ak sa chak kolòn vle di. Non kolòn yo pa chanje de yon lang a yon lòt.
data-licence-label = Lisans:
data-all = Tout done yo, nan tout lang yo (zip)
data-schema = Chema JSON
data-package = Deskriptè Data Package (Frictionless) tablo sa yo
data-columns = Kolòn yo
data-column = Kolòn
data-meaning = Sa l vle di
data-table-commitments = Angajman
data-table-updates = Nouvèl sou sitiyasyon
data-table-indicator-values = Valè endikatè yo
data-table-milestones = Etap endikatè kalitatif yo
data-table-meetings = Reyinyon
data-table-recommendations = Rekòmandasyon
data-table-countries = Peyi
data-table-pillars = Pilye
data-table-organisations = Òganizasyon
data-table-commitment-recommendations = Angajman ak rekòmandasyon yo reponn
data-col-id = Idantifyan eleman an, li menm jan nan tout lang yo ak nan adrès li
data-col-title = Tit, nan lang sa a
data-col-country = Kòd peyi a (ISO 3166-1 alpha-2)
data-col-country-name = Non peyi a, nan lang sa a
data-col-pillars = Idantifyan pilye yo, separe ak ;
data-col-status = Idantifyan sitiyasyon an
data-col-status-label = Sitiyasyon, nan lang sa a
data-col-date = Dat (AAAA, AAAA-MM oswa AAAA-MM-JJ, pou ane, mwa, jou; osi presi ke sous la)
data-col-due = Dat limit (AAAA, AAAA-MM oswa AAAA-MM-JJ), lè sous la bay youn; vid si li pa bay
data-col-overdue = Si dat limit la pase epi angajman an poko akonpli, jou yo te bati sit la
data-col-responsible = Enstitisyon ki dwe akonpli angajman an, separe ak ;, lè sous la nonmen yo
data-col-last-update = Dat dènye nouvèl la, vid si pa gen okenn
data-col-meeting = Idantifyan reyinyon an, si genyen
data-col-url = Adrès paj la nan lang sa a
data-col-commitment = Idantifyan angajman an
data-col-note = Sa nouvèl la di, nan lang sa a
data-col-milestone-note = Sa etap la te rive fè, nan lang sa a
data-col-source = Dokiman sous la, jan li te pibliye a, oswa idantifyan paj dokiman an
data-col-source-url = Adrès dokiman sous la, si nou konnen l
data-col-entry-type = Si endikatè a se pou yon angajman oswa pou yon reyinyon
data-col-entry = Idantifyan angajman oswa reyinyon sa a
data-col-indicator = Idantifyan endikatè a
data-col-indicator-title = Sa endikatè a mezire, nan lang sa a
data-col-unit = Inite valè yo
data-col-value-kind = baseline (valè depa), value (valè) oswa target (objektif)
data-col-value = Chif la
data-col-start = Premye jou
data-col-end = Dènye jou, si reyinyon an te dire plizyè jou
data-col-place = Kote, nan lang sa a
data-col-countries = Kòd peyi yo, separe ak ;
data-col-number = Nimewo nan sous la, si genyen
data-col-theme = Tit seksyon kote li parèt nan sous la, nan lang sa a
data-col-source-type = meeting (reyinyon) oswa document (dokiman)
data-col-addressed-to = Kòd peyi rekòmandasyon an adrese yo, separe ak ;
data-col-code = Kòd peyi a (ISO 3166-1 alpha-2)
data-col-name = Non, nan lang sa a
data-col-commitments = Kantite angajman
data-col-completed = Kantite angajman ki akonpli
data-col-pillar-number = Nimewo pilye a sou sit sa a
data-col-organisation-kind = government (gouvènman), civil-society (sosyete sivil) oswa international-organisation (òganizasyon entènasyonal)
data-col-website = Sit entènèt òganizasyon an, si yo konnen l
data-col-assessed = Kantite mizajou li evalye
data-col-recommendation = Idantifyan rekòmandasyon an

## Fil nouvèl

feed-site = Fil tout nouvèl yo
feed-of = Fil nouvèl: { $title }
feed-title = { $site }: { $title }
feed-overdue = An reta, { $country }: { $title }
feed-new-commitment = Nouvo angajman, { $country }: { $title }
feed-update = { $country }: { $title } — { $status }
feed-update-change = { $country }: { $title } — { $from } → { $status }
feed-status = Sitiyasyon: { $status }
feed-status-change = Sitiyasyon: { $from } → { $status }
feed-meeting = Reyinyon: { $title }
feed-page-kind = Fil nouvèl Atom
feed-page-what = Fil sa a anonse chak nouvo angajman, chak chanjman sitiyasyon ak chak reyinyon sou sa li swiv. Yon lektè fil nouvèl gade l pou ou epi li montre w sa ki nouvo.
feed-page-follow = Pou w swiv li, kopye adrès sa a nan lektè fil nouvèl ou:
feed-page-follows = Paj li swiv la
feed-page-all = Tout fil nouvèl sit sa a
feed-page-latest = Dènye nouvèl yo
feed-page-empty = Poko gen anyen.
feeds-title = Fil nouvèl
feeds-intro = Swiv sa k ap chanje san w pa bezwen tounen vin gade: kopye adrès yon fil nouvèl nan yon lektè fil nouvèl (yon aplikasyon oswa yon sit). Chak fil anonse nouvo angajman yo, chanjman sitiyasyon yo ak reyinyon yo sou sa li swiv.
feeds-calendar = Reyinyon yo, pou yon aplikasyon kalandriye (iCalendar)
feeds-commitments-elsewhere = Gen twòp angajman pou nou mete fil nouvèl yo isit la: paj chak angajman mennen nan pwòp fil nouvèl li, nan adrès paj la swiv pa feed.xml.
calendar-imprecise-title = { $title } ({ $date }, jou a pa presize)
calendar-imprecise-note = Dat sous yo bay: { $date }, san jou a; kalandriye yo montre l nan premye jou a.

## Dat ak nimewo

date-range = soti { $start } rive { $end }

## Tradiksyon
translations-title = Eta tradiksyon yo
translations-intro = Tèks orijinal swivi sa a ekri an { $source }. Lè yon paj poko tradui nan lang ou, oswa tradiksyon li pi ansyen pase orijinal la, paj la parèt nan yon lòt lang epi li di sa. Men kisa chak lang kouvri nan swivi a.
translations-interface = Entèfas
translations-translated = Kontni tradui
translations-up-to-date = A jou
translations-outdated = Pou mete ajou
translations-subscribe = Abòne nan fil sa ki rete pou tradui nan lang sa a
translations-outdated-heading = { $count ->
    [0] Pa gen tradiksyon pou mete ajou
   *[other] { $count } tradiksyon pou mete ajou
}
translations-outdated-help = Orijinal tèks sa yo chanje apre yo te tradui yo.
translations-missing-heading = { $count ->
    [0] Pa gen kontni pou tradui
   *[other] { $count } kontni pou tradui
}
translations-source-note = Sa a se lang orijinal la: chwazi yon lang anlè a pou wè ki paj ki poko tradui nan lang sa a.
outdated-notice = Orijinal la an { $original } chanje depi tradiksyon sa a te fèt, li ka pa koresponn ak li ankò.
translations-feed-title = Tèks pou tradui an { $language }
translations-feed-outdated = Pou mete ajou: { $title }
translations-feed-outdated-summary = Tèks { $original } { $source } la chanje apre tradiksyon { $file } la te fèt.
translations-feed-missing = Pou tradui: { $title }
translations-feed-missing-summary = Tradui { $source } ({ $original }) nan nouvo fichye { $file } la.
translations-feed-messages = { $count } tèks entèfas pou tradui nan { $file }

## Paj pa jwenn

not-found-title = Nou pa jwenn paj la
not-found-text = Pa gen okenn paj nan adrès sa a: petèt li chanje plas, oswa gen yon erè nan lyen an. Paj sa yo ka ede w jwenn sa w t ap chèche a.

## Rechèch

search-title = Chèche
search-label = Mo pou chèche
search-shown = Rezilta:
search-none = Pa gen rezilta. Eseye lòt mo, oswa mwens filt.
search-failed = Nou pa t ka chaje rechèch la. Lis ki anba yo mennen nan chak angajman.
search-kind-countries = Peyi
search-kind-pillars = Pilye
search-kind-commitments = Angajman
search-kind-meetings = Reyinyon
search-kind-recommendations = Rekòmandasyon
search-kind-pages = Paj
search-kind-organisations = Òganizasyon
search-more = Montre plis rezilta
search-browse = Chak peyi, pilye ak angajman nan lis sa yo tou:
search-no-script = Rechèch la bezwen JavaScript.

## Istwa paj yo

page-last-changed = Dènye chanjman: { $date }

## Rejis chanjman yo, jan istorik sit la anrejistre yo

changes-title = Rejis chanjman yo
description-changes = Chak koreksyon ak chak ajou yo fè nan kontni swivi a, depi pi resan an rive nan pi ansyen an, ak dat li ak eksplikasyon editè yo, jan istorik sit la anrejistre yo.
changes-intro = Chak chanjman ki anba a te anrejistre nan istorik sit la lè yo te pibliye l: dat li, eksplikasyon editè yo bay, ak paj li chanje yo. Yon estati yo korije apre piblikasyon parèt isit la.
changes-shown = Men { $shown } chanjman ki pi resan yo sou { $count }.
changes-repository = Tout chanjman yo nan depo sit la
changes-on-page = Rejis chanjman paj sa a ({ $count })
changes-all = Tout chanjman swivi a
changes-added = Ajoute
changes-changed = Chanje
changes-translated = Tradiksyon chanje ({ $languages })
changes-removed = Retire
changes-more-entries = ak { $count } lòt paj
changes-commit = Gade { $id } nan depo a
changes-feed-title = { $site }: rejis chanjman yo

## Site paj sa a: anba paj chak antre.
cite-title = Site paj sa a
cite-text = { $author }. « { $title } ». Dènye chanjman { $date }. { $url } (konsilte { $accessed }).
cite-text-undated = { $author }. « { $title } ». { $url } (konsilte { $accessed }).
cite-files = Sitasyon an, pou yon lojisyèl referans:
cite-bibtex = BibTeX
cite-csl-json = CSL-JSON

## Sa yon paj ye, pou motè rechèch yo ak lyen yo pataje

description-countries = Kote angajman chak peyi rive, sou yon kat ak peyi pa peyi: { $countries }.
description-pillars = Kote angajman chak pilye rive: { $pillars }.
description-commitments = Tout angajman yo dapre sitiyasyon yo, ak istwa yo, endikatè yo ak sous yo: { $commitments }.
description-meetings = Reyinyon yo, dokiman yo ak angajman ki te pran nan yo: { $meetings }.
description-recommendations = Rekòmandasyon yo, dapre reyinyon oswa dokiman ki te fè yo, ak angajman ki reponn yo: { $recommendations }.
description-organisations = Kiyès ki rann kont sou angajman yo epi ki evalye yo: gouvènman, òganizasyon sosyete sivil ak òganizasyon entènasyonal: { $organisations }.
description-pages = Sou swivi a: kijan li mache, metòd li ak sous li yo.
description-matrix = Peyi × pilye: angajman chak peyi nan chak pilye, dapre sitiyasyon yo.
description-status-list = Angajman ki nan sitiyasyon « { $status } »: { $commitments }.
description-cell-list = { $country } · { $pillar }: { $commitments }, dapre sitiyasyon yo.
description-search = Chèche nan peyi yo, pilye yo, angajman yo, reyinyon yo, rekòmandasyon yo ak paj yo.
description-data = Tout tablo swivi a an CSV ak JSON, ak yon chema ak sa chak kolòn genyen.
description-translations = Ki kantite nan swivi a chak lang genyen, ak sa ki rete pou tradui.
description-downloads = Swivi a nan chak lang, tankou yon fichye zip pou li san koneksyon.
description-feeds = Fil nouvèl ak kalandriye swivi a, pou swiv sa ki chanje nan yon lektè fil nouvèl oswa yon aplikasyon kalandriye.

## Imaj pou pataje ak aplikasyon an sou ekran akèy yon telefòn

share-image-alt = { $title }: angajman li yo dapre sitiyasyon yo
app-short-name = Swivi LA

## Òganizasyon ak kiyès ki evalye kisa

organisation-kind = Kalite
organisation-kind-government = Gouvènman
organisation-kind-civil-society = Sosyete sivil
organisation-kind-international-organisation = Òganizasyon entènasyonal
organisation-website = Sit entènèt
organisation-updates = Mizajou li evalye
organisation-no-updates = Pa gen okenn mizajou ki nonmen li kòm evalyatè pou kounye a.
organisation-more-updates = { $shown } ki pi resan yo sou { $count }; tablo mizajou yo nan done ouvè yo genyen yo tout, ak kiyès ki evalye yo.
views-heading = De pwendvi
views-explained = Dènye rapò gouvènman an ak dènye evalyasyon endepandan an bay estati ki diferan. Estati ki anlè paj la se estati dènye mizajou a.
views-government = Rapò gouvènman an
views-independent = Evalyasyon endepandan
views-count = { $reported } ak rapò gouvènman yo · { $assessed } evalye yon fason endepandan · { $differ } kote de yo pa dakò
data-col-by = Idantifyan òganizasyon ki evalye mizajou a, si mizajou a nonmen li

## Rapò yon peyi, pou enprime

report-title = Rapò: { $country }
report-description = { $country }: tout angajman li yo an antye, ak istwa yo, chif ak sous endikatè yo ak rekòmandasyon yo reponn yo, pare pou enprime.
report-link = Rapò pou enprime: tout angajman yo an antye
report-made = Fèt { $date }
report-how-to-print = Pou enprime rapò sa a oswa anrejistre l an PDF, sèvi ak kòmand Enprime navigatè w la. Chak angajman kòmanse sou yon nouvo paj.
report-contents = Sa ki ladan l
report-live = Paj sou entènèt la:

## Badj ak kat pou lòt sit

embed-title = Mete sa sou sit ou
embed-explained = Kopye youn nan kòd sa yo nan yon paj sou sit pa w. Yo chanje chak fwa swivi sa a chanje, epi yo pa chaje anyen nan okenn lòt sit.
embed-badge = Badj (yon imaj):
embed-card = Kat (nan yon kad):
embed-open-card = Louvri kat la
embed-more = Tout dosye a sou { $site }
embed-updated = Dènye mizajou: { $date }
badge-alt = { $title }: { $status }
