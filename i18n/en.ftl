# Interface strings of the example tracker, in English.
# Every message a template asks for is here; see docs/content.md for how they are used.

site-title = Los Angeles Declaration tracker
site-description = A public tracking system of the commitments made by governments under the Los Angeles Declaration on Migration and Protection: where each stands, the meetings and their recommendations.
choose-language = Choose your language

## Navigation

skip-to-content = Skip to content
nav-home = Home
nav-main = Sections
nav-menu = Menu
nav-languages = Languages
nav-breadcrumbs = You are here
nav-countries = Countries
nav-pillars = Pillars
nav-commitments = Commitments
nav-meetings = Meetings
nav-recommendations = Recommendations
nav-organisations = Organisations
nav-pages = Pages
footer-made-with = Built with swivi, a static site generator for public trackers.
footer-more-pages = More pages

## Language names, in this language

language-en = English
language-es = Spanish
language-fr = French
language-pt = Portuguese
language-ht = Haitian Creole

## Notices

fallback-notice = This text is not yet available in { $language }; it is shown in { $original }.
unofficial-notice = Unofficial translation, made for this tracker; the original is in { $original }.
read-original = Read the original.

## Statuses

status-not-assessed = Not assessed
status-not-started = Not started
status-in-progress = In progress
status-completed = Completed
status-stalled = Stalled

## Counts

commitment-count = { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
}
country-count = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
pillar-count = { $count ->
    [one] { $count } pillar
   *[other] { $count } pillars
}
meeting-count = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
recommendation-count = { $count ->
    [one] { $count } recommendation
   *[other] { $count } recommendations
}
organisation-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
organisation-assessed-count = { $count ->
    [one] { $count } update assessed
   *[other] { $count } updates assessed
}
# { $percent } comes with its sign, written the language's way (CLDR): "33%".
assessed-count = { $assessed } of { $total } assessed
done-count = { $count } completed ({ $percent })

## Progress

progress-heading = Progress at a glance
breakdown-caption = Commitments by status
breakdown-status = Status
breakdown-count = Commitments
breakdown-share = Share

## Home

home-latest = Latest updates
home-explore = Explore the tracker
no-updates = No update has been recorded yet.

## Countries and pillars

map-title = Map of the countries by share of commitments completed
map-empty = A tile without a bar: no commitment recorded
country-none = No commitment of this country is recorded yet.
country-no-meetings = No meeting involving this country is recorded yet.
country-recommendations = Recommendations addressed to this country
country-no-recommendations = No recommendation names this country as an addressee.
pillar-number = Pillar { $number }
pillar-none = No commitment has been made under this pillar.

## Commitments

commitment-status = Current status
commitment-country = Country
commitment-pillars = Pillars
commitment-no-pillar = No pillar given
commitment-date = Made
commitment-meeting = Made at
commitment-timeline = History
commitment-recommendations = Recommendations it answers
commitment-no-recommendations = No recommendation is linked to this commitment.
stale-since = Not verified since { $date }
stale-count = { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
} not verified for more than { $months } months
commitment-due = Due by
commitment-responsible = Responsible
due-on = Due by { $date }
overdue = Overdue
overdue-count = { $count ->
    [one] { $count } commitment overdue
   *[other] { $count } commitments overdue
}
overdue-title = Overdue commitments
overdue-explained = A commitment is overdue when the day, month or year it was due by has passed and it is not completed. { $count ->
    [0] No commitment of this tracker has a due date in its sources.
    [one] One commitment has a due date.
   *[other] { $count } commitments have a due date.
}
update-source = Source:
update-by = Assessed by:

matrix-title = Tracking matrix
matrix-intro = Each cell counts the commitments of a country under a pillar, by status; follow a number to the list.
matrix-caption = Commitments by country and pillar
matrix-country = Country
matrix-total = All pillars
matrix-order-label = Order of the rows
matrix-order-name = By country name
matrix-order-count = By number of commitments
matrix-scale-low = fewer commitments
matrix-scale-high = more commitments
list-status-title = Commitments: { $status }
list-cell-title = { $country } · { $pillar }
list-empty = No commitment is in this list.
list-page-title = { $list }, page { $page } of { $pages }
list-continued = (continued)
pager-label = Pages of the list
pager-status = Page { $page } of { $pages }
pager-previous = Previous page
pager-next = Next page
filter-loading = Loading the whole list…
filter-failed = The whole list could not be loaded: only this page's commitments are filtered.
filter-country = Country
filter-pillar = Pillar
filter-status = Status
filter-all = All
filter-overdue = Overdue only
filter-shown = Commitments shown:
facets-label = Narrow the list

## Indicators

indicators-heading = Indicators
indicator-baseline = Baseline
indicator-target = Target
indicator-latest = Latest value
indicator-not-set = not set
indicator-no-value = no value yet
indicator-progress-label = Progress toward the target
indicator-progress = { $percent } of the way from the baseline to the target
indicator-progress-unknown = Cannot be computed: a baseline, a target and a value are needed.
indicator-judgement = Assessment
indicator-reached = Target reached
indicator-on-track = On track
indicator-off-track = Off track
indicator-deteriorating = Moving away from the target
indicator-too-little-data = Too little data to judge
indicator-values = Values over time
indicator-date = Date
indicator-value = Value
indicator-source = Source
indicator-no-milestones = No milestone is recorded yet.
value-with-unit = { $unit ->
   *[other] { $value } { $unit }
}

## Meetings

meeting-dates = Dates
meeting-place = Place
meeting-organisers = Organisers
meeting-countries = Countries
meeting-documents = Documents
meetings-calendar = Add the meetings to your calendar (iCalendar)
meeting-commitments = Commitments made at this meeting
meeting-no-commitments = No commitment is recorded as made at this meeting.
meeting-recommendations = Recommendations of this meeting
meeting-no-recommendations = No recommendation of this meeting is recorded.

## Recommendations

recommendation-number = Recommendation { $number }
recommendation-source = Source
recommendation-theme = Theme
recommendation-addressed-to = Addressed to
recommendation-commitments = Commitments that answer it
recommendation-no-commitments = No commitment is recorded as answering this recommendation yet.
page-recommendations = Recommendations of this document


## Offline reading

offline-title = You are offline
offline-text = This page has not been saved on this device, and there is no connection to fetch it. The pages you have already opened can still be read.
offline-home = Go to the home page
offline-keep = Keep this country's pages for offline reading
offline-saving = Saving the pages…
offline-kept = Saved: you can read these pages without a connection.
offline-failed = Some pages could not be saved; check your connection and try again.

downloads-title = Downloads
downloads-text = Each file below holds this whole tracker in one language. Unzip it and open index.html: it works without a connection and without a server, on a computer or a phone, and can be passed on by USB key or messaging app.
file-size = { $format }, { $size } KB

## Open data

data-title = Open data
data-intro = Download the tracker's facts to analyse them: each table as CSV (opens in a spreadsheet) and JSON, in this language, with a JSON Schema and the meaning of every column. Column names are the same in every language.
data-licence-label = Licence:
data-all = Everything, all languages (zip)
data-schema = JSON Schema
data-package = Data Package descriptor (Frictionless) of these tables
data-columns = Columns
data-column = Column
data-meaning = Meaning
data-table-commitments = Commitments
data-table-updates = Status updates
data-table-indicator-values = Indicator values
data-table-milestones = Milestones of qualitative indicators
data-table-meetings = Meetings
data-table-recommendations = Recommendations
data-table-countries = Countries
data-table-pillars = Pillars
data-table-organisations = Organisations
data-table-commitment-recommendations = Commitments and the recommendations they answer
data-col-id = The entry's identifier, the same in every language and in its address
data-col-title = Title, in this language
data-col-country = Country code (ISO 3166-1 alpha-2)
data-col-country-name = Country name, in this language
data-col-pillars = Identifiers of the pillars, separated by ;
data-col-status = Status identifier
data-col-status-label = Status, in this language
data-col-date = Date (YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source)
data-col-due = Due date (YYYY, YYYY-MM or YYYY-MM-DD), when the source states one; empty otherwise
data-col-overdue = Whether the due date has passed and the commitment is not completed, on the day the site was built
data-col-responsible = Institutions that must deliver the commitment, separated by ;, when its source names them
data-col-last-update = Date of the latest update, empty without one
data-col-meeting = Identifier of the meeting, if any
data-col-url = Address of the page in this language
data-col-commitment = Identifier of the commitment
data-col-note = What the update says, in this language
data-col-milestone-note = What the milestone reached, in this language
data-col-source = Source document, as published, or the identifier of the document page
data-col-source-url = Address of the source document, if known
data-col-entry-type = Whether the indicator belongs to a commitment or a meeting
data-col-entry = Identifier of that commitment or meeting
data-col-indicator = Identifier of the indicator
data-col-indicator-title = What the indicator measures, in this language
data-col-unit = Unit of the values
data-col-value-kind = baseline, value or target
data-col-value = The number
data-col-start = First day
data-col-end = Last day, if the meeting lasted several days
data-col-place = Place, in this language
data-col-countries = Country codes, separated by ;
data-col-number = Number in the source, if any
data-col-theme = Heading it stands under in the source, in this language
data-col-source-type = meeting or document
data-col-addressed-to = Codes of the countries it names as addressees, separated by ;
data-col-code = Country code (ISO 3166-1 alpha-2)
data-col-name = Name, in this language
data-col-commitments = Number of commitments
data-col-completed = Number of completed commitments
data-col-pillar-number = The pillar's number on this site
data-col-organisation-kind = government, civil-society or international-organisation
data-col-website = The organisation's own website, if known
data-col-assessed = Number of updates it assessed
data-col-recommendation = Identifier of the recommendation

## Feeds

feed-site = Feed of all updates
feed-of = Feed: { $title }
feed-title = { $site }: { $title }
feed-overdue = Overdue, { $country }: { $title }
feed-new-commitment = New commitment, { $country }: { $title }
feed-update = { $country }: { $title } — { $status }
feed-update-change = { $country }: { $title } — { $from } → { $status }
feed-status = Status: { $status }
feed-status-change = Status: { $from } → { $status }
feed-meeting = Meeting: { $title }
feed-page-kind = Atom feed
feed-page-what = This feed announces every new commitment, status change and meeting of what it follows. A feed reader checks it for you and shows you what is new.
feed-page-follow = To follow it, copy this address into your feed reader:
feed-page-follows = The page it follows
feed-page-all = Every feed of this site
feed-page-latest = Latest entries
feed-page-empty = Nothing yet.
feeds-title = Feeds
feeds-intro = Follow what changes without coming back to check: copy the address of a feed into a feed reader (an app or a website). Each feed announces the new commitments, the status changes and the meetings of what it follows.
feeds-calendar = The meetings, for a calendar application (iCalendar)
feeds-commitments-elsewhere = There are too many commitments to list their feeds here: each commitment's page links to its own feed, at the page's address followed by feed.xml.
calendar-imprecise-title = { $title } ({ $date }, day not known)
calendar-imprecise-note = Date given by the sources: { $date }, without the day; calendars show it on its first day.

## Dates and numbers

date-range = { $start } to { $end }

## Translations
translations-title = Translation status
translations-intro = The original text of this tracker is in { $source }. Where a page is not yet translated into your language, or its translation is older than the original, the page shows another language and says so. Here is how much of the tracker each language has.
translations-interface = Interface
translations-translated = Content translated
translations-up-to-date = Up to date
translations-outdated = To update
translations-subscribe = Subscribe to the feed of what is left to translate into this language
translations-outdated-heading = { $count ->
    [0] No translation to update
    [one] { $count } translation to update
   *[other] { $count } translations to update
}
translations-outdated-help = The original of these texts changed after they were translated.
translations-missing-heading = { $count ->
    [0] No content to translate
    [one] { $count } entry to translate
   *[other] { $count } entries to translate
}
translations-source-note = This is the original language: choose a language above to see which pages are not yet translated into it.
outdated-notice = The original in { $original } has changed since this translation was made, which may no longer match it.
translations-feed-title = Texts to translate into { $language }
translations-feed-outdated = To update: { $title }
translations-feed-outdated-summary = The { $original } text of { $source } changed after the translation { $file } was made.
translations-feed-missing = To translate: { $title }
translations-feed-missing-summary = Translate { $source } ({ $original }) into the new file { $file }.
translations-feed-messages = { $count ->
    [one] { $count } interface text to translate in { $file }
   *[other] { $count } interface texts to translate in { $file }
}

## Not found

not-found-title = Page not found
not-found-text = There is no page at this address: it may have moved, or the link may be mistyped. These pages can help you find what you were looking for.

## Search

search-title = Search
search-label = Words to search for
search-shown = Results:
search-none = No results. Try other words, or fewer filters.
search-failed = Search could not be loaded. The lists below lead to every commitment.
search-kind-countries = Country
search-kind-pillars = Pillar
search-kind-commitments = Commitment
search-kind-meetings = Meeting
search-kind-recommendations = Recommendation
search-kind-pages = Page
search-kind-organisations = Organisation
search-more = Show more results
search-browse = Every country, pillar and commitment is also listed here:
search-no-script = Searching needs JavaScript.

## Page history

page-last-changed = Last changed { $date }

## The record of changes, from the site's history

changes-title = Record of changes
description-changes = Every correction and addition to the tracker's content, newest first, with its date and the editors' explanation, from the site's history.
changes-intro = Each change below was recorded in the site's history when it was published: its date, the explanation its editors gave and the pages it changed. A status corrected after publication shows here.
changes-shown = The { $shown } latest of { $count } changes are listed here.
changes-repository = Every change in the site's repository
changes-on-page = Record of changes to this page ({ $count })
changes-all = Every change to the tracker
changes-added = Added
changes-changed = Changed
changes-translated = Translation changed ({ $languages })
changes-removed = Removed
changes-more-entries = { $count ->
    [one] and one more page
   *[other] and { $count } more pages
}
changes-commit = See { $id } in the repository
changes-feed-title = { $site }: record of changes

## Cite this page: under each entry's page. The citation names the tracker as author, the
## page's title, the day it last changed, its address and the day of access.
cite-title = Cite this page
cite-text = { $author }. “{ $title }”. Last changed { $date }. { $url } (accessed { $accessed }).
cite-text-undated = { $author }. “{ $title }”. { $url } (accessed { $accessed }).
cite-files = The citation, for a reference manager:
cite-bibtex = BibTeX
cite-csl-json = CSL-JSON

## What a page is, for search engines and shared links

description-countries = Where each country's commitments stand, on a map and country by country: { $countries }.
description-pillars = Where the commitments under each pillar stand: { $pillars }.
description-commitments = Every commitment by status, with its history, indicators and sources: { $commitments }.
description-meetings = The meetings, their documents and the commitments made there: { $meetings }.
description-recommendations = The recommendations, by the meeting or document that made them, and the commitments that answer them: { $recommendations }.
description-organisations = Who reports on and assesses the commitments: governments, civil-society and international organisations: { $organisations }.
description-pages = About the tracker: how it works, its method and its sources.
description-matrix = Countries × pillars: each country's commitments under each pillar, by status.
description-status-list = The commitments whose status is “{ $status }”: { $commitments }.
description-cell-list = { $country } · { $pillar }: { $commitments }, by status.
description-search = Search the countries, pillars, commitments, meetings, recommendations and pages.
description-data = Every table of the tracker as CSV and JSON, with a schema and what each column holds.
description-translations = How much of the tracker each language has, and what is left to translate.
description-downloads = The tracker in each language as a zip file to read without a connection.
description-feeds = The tracker's feeds and calendar, to follow what changes from a feed reader or a calendar application.

## Share images and the app on a phone's home screen

share-image-alt = { $title }: its commitments by status
app-short-name = LA tracker

## Organisations and who assessed what

organisation-kind = Kind
organisation-kind-government = Government
organisation-kind-civil-society = Civil society
organisation-kind-international-organisation = International organisation
organisation-website = Website
organisation-updates = Updates it assessed
organisation-no-updates = No update names it as its assessor yet.
organisation-more-updates = The latest { $shown } of { $count }; the open data's updates table has every one, with its assessor.
views-heading = Two views
views-explained = The government's latest report and the latest independent assessment give different statuses. The status at the top of the page is that of the latest update.
views-government = Government's report
views-independent = Independent assessment
views-count = { $reported } reported on by their government · { $assessed } assessed independently · { $differ } where the two differ
data-col-by = Identifier of the organisation that assessed the update, if the update names one

## A country's report, to print

report-title = Report: { $country }
report-description = { $country }: every commitment in full, with its history, its indicators' figures and sources and the recommendations it answers, laid out for printing.
report-link = Report to print: every commitment in full
report-made = Made on { $date }
report-how-to-print = To print this report or save it as a PDF, use your browser's Print command. Each commitment starts on a new page.
report-contents = Contents
report-live = Live page:

## Badges and cards for other sites

embed-title = Embed this
embed-explained = Copy one of these into a page of your own site. They change with every update of this tracker, and load nothing from any other site.
embed-badge = Badge (an image):
embed-card = Card (in a frame):
embed-open-card = Open the card
embed-more = Full record on { $site }
embed-updated = Last update: { $date }
badge-alt = { $title }: { $status }
