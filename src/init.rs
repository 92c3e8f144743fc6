//! `swivi init`: the files of a new tracker, ready to build and to pass `swivi check --strict`:
//! `site.toml`, one content file of each kind in the default language, the interface strings
//! of its languages, the default theme, the deploy files (`netlify.toml`, `tools/`, the GitHub
//! workflows), a `.gitignore` and a guide for its editors.
//!
//! Pure: it returns the files; the command line checks the folder and writes them. What swivi
//! carries for a new tracker (theme, interface strings, deploy files) is embedded at compile
//! time by `build.rs`, so a prebuilt binary makes the same tracker as a checkout.
//!
//! Invariants: a language swivi has interface strings for gets them, less the names of the
//! languages the tracker does not have (which `swivi check` would flag as never shown); any
//! other gets the file to translate (`swivi i18n new`'s), and falls back to the default
//! language, which must be one swivi has. The starter content is in the default language
//! when swivi has starter texts in it, and in English otherwise, and says on every page that
//! it is there to be replaced. The same options and day give the same files.

use crate::model::Date;

/// What swivi carries for a new tracker, by path in it: see `build.rs`.
const CARRIED: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/starter.rs"));

/// A new tracker's languages, in the order the language switcher shows them.
#[derive(Debug)]
pub(crate) struct Plan {
    /// Each language's code and its name in itself, as CLDR has it (for a language swivi has
    /// starter texts in, the name its example tracker gives it is written instead).
    pub(crate) languages: Vec<(String, String)>,
    pub(crate) default: String,
    /// The day the starter commitment and its meeting are dated.
    pub(crate) today: Date,
}

/// A file of the new tracker.
#[derive(Debug)]
pub(crate) struct File {
    /// Below the tracker's folder, with `/`.
    pub(crate) path: String,
    pub(crate) bytes: Vec<u8>,
    /// Whether it is a script the deploy runs.
    pub(crate) executable: bool,
}

/// The languages swivi has interface strings for.
pub(crate) fn languages_with_strings() -> Vec<&'static str> {
    CARRIED
        .iter()
        .filter_map(|(path, _)| path.strip_prefix("i18n/")?.strip_suffix(".ftl"))
        .collect()
}

/// Why a new tracker cannot have these languages, if it cannot.
pub(crate) fn problem(languages: &[String], default: &str) -> Option<String> {
    let has = languages_with_strings();
    if !languages.iter().any(|l| l == default) {
        return Some(format!(
            "the default language `{default}` is not among --languages ({})\n  = help: add it to the list, or choose one of them with --default",
            languages.join(", ")
        ));
    }
    if let Some(twice) = languages
        .iter()
        .enumerate()
        .find(|(i, l)| languages[..*i].contains(l))
    {
        return Some(format!("`{}` is twice in --languages", twice.1));
    }
    if !has.contains(&default) {
        return Some(format!(
            "swivi has no interface strings in `{default}`, so it cannot be the default language, which the others fall back to\n  = help: make one of {} the default (`{default}` pages then show it until its file is translated)",
            has.join(", ")
        ));
    }
    None
}

/// Every file of the tracker `plan` describes, in path order.
pub(crate) fn files(plan: &Plan) -> Vec<File> {
    let codes: Vec<&str> = plan.languages.iter().map(|(c, _)| c.as_str()).collect();
    let mut files = vec![
        text("site.toml", site_toml(plan)),
        text(".gitignore", GITIGNORE.to_owned()),
        text("EDITING.md", guide(plan)),
    ];
    files.extend(interface_strings(plan, &codes));
    files.extend(content(starter(&plan.default), plan.today));
    for (path, bytes) in CARRIED {
        if !path.starts_with("i18n/") {
            files.push(File {
                path: (*path).to_owned(),
                bytes: bytes.to_vec(),
                executable: path.ends_with(".sh"),
            });
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

fn text(path: &str, text: String) -> File {
    File {
        path: path.to_owned(),
        bytes: text.into_bytes(),
        executable: false,
    }
}

/// What a tracker's repository keeps out of git: what the builds and deploys make.
const GITIGNORE: &str =
    "/public\n/.public.swivi-new\n/.public.swivi-old\n/.swivi-cache\n/.swivi-deploy\n";

/// The statuses of the example tracker, each with its interface string in every language.
const STATUSES: &[(&str, bool)] = &[
    ("not-assessed", false),
    ("not-started", false),
    ("in-progress", false),
    ("completed", true),
    ("stalled", false),
];

fn site_toml(plan: &Plan) -> String {
    let has = languages_with_strings();
    let mut out = format!(
        "# The tracker's settings: docs/content.md of swivi's repository lists every one.\n\
         # Replace base_url with the address the tracker is published at.\n\
         base_url = \"https://example.org/\"\n\
         default_language = {}\n\
         default_status = \"not-assessed\"\n",
        quoted(&plan.default)
    );
    for (code, name) in &plan.languages {
        let name = starter_in(code).map_or(name.as_str(), |starter| starter.name);
        out.push_str(&format!(
            "\n[[languages]]\ncode = {}\nname = {}\n",
            quoted(code),
            quoted(name)
        ));
        if !has.contains(&code.as_str()) {
            out.push_str(&format!("fallback = [{}]\n", quoted(&plan.default)));
        }
    }
    for (id, done) in STATUSES {
        out.push_str(&format!("\n[[statuses]]\nid = \"{id}\"\n"));
        if *done {
            out.push_str("done = true\n");
        }
    }
    out
}

/// `text` as a TOML string.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// `i18n/<code>.ftl` of each language: swivi's, less the names of languages the tracker does
/// not have; or, for a language swivi has no strings in, the file to translate.
fn interface_strings(plan: &Plan, codes: &[&str]) -> Vec<File> {
    codes
        .iter()
        .map(|code| {
            let ftl = match carried_strings(code, codes) {
                Some(ftl) => ftl,
                None => {
                    let source = carried_strings(&plan.default, codes)
                        .expect("the default language is one swivi has strings in");
                    let categories = crate::i18n::plurals::categories_of(code);
                    crate::i18n::template::new_language(code, &plan.default, &source, &categories)
                }
            };
            text(&format!("i18n/{code}.ftl"), ftl)
        })
        .collect()
}

/// swivi's interface strings in `code`, made the new tracker's: its own name and description
/// in place of the example's, and without the messages naming a language (`language-xx = …`)
/// that is not in `codes`.
fn carried_strings(code: &str, codes: &[&str]) -> Option<String> {
    let path = format!("i18n/{code}.ftl");
    let (_, bytes) = CARRIED.iter().find(|(p, _)| *p == path)?;
    let ftl = std::str::from_utf8(bytes).expect("interface strings are UTF-8");
    let starter =
        starter_in(code).expect("swivi has starter texts in each language it has strings in");
    let own = [
        ("site-title", starter.title),
        ("site-description", starter.description),
        ("app-short-name", starter.short_name),
    ];
    let lines = ftl.lines().filter_map(|line| {
        let id = line.split_once(" = ").map(|(id, _)| id);
        if let Some(named) = id.and_then(|id| id.strip_prefix("language-"))
            && !codes.contains(&named)
        {
            return None;
        }
        match own.iter().find(|(own_id, _)| Some(*own_id) == id) {
            Some((own_id, text)) => Some(format!("{own_id} = {text}\n")),
            None => Some(format!("{line}\n")),
        }
    });
    Some(lines.collect())
}

/// The starter content's words in one language.
struct Starter {
    /// The language's name in itself, as the language switcher shows it (as the example
    /// tracker's site.toml names it; CLDR's autonyms are lower case: `français`).
    name: &'static str,
    /// The tracker's name, what it is, and its name under an installed app's icon: the
    /// interface strings `site-title`, `site-description` and `app-short-name`.
    title: &'static str,
    description: &'static str,
    short_name: &'static str,
    replace: &'static str,
    country: &'static str,
    pillar: &'static str,
    commitment: &'static str,
    commitment_text: &'static str,
    update: &'static str,
    meeting: &'static str,
    recommendation: &'static str,
    recommendation_text: &'static str,
    organisation: &'static str,
    about: &'static str,
    about_text: &'static str,
}

/// The starter texts in `language`, if swivi has them.
fn starter_in(language: &str) -> Option<&'static Starter> {
    STARTERS
        .iter()
        .find(|(code, _)| *code == language)
        .map(|(_, starter)| starter)
}

/// The starter content in `language`, or in English when swivi has none in it.
fn starter(language: &str) -> &'static Starter {
    starter_in(language)
        .or_else(|| starter_in("en"))
        .expect("English is among the starters")
}

const STARTERS: &[(&str, Starter)] = &[
    (
        "en",
        Starter {
            name: "English",
            title: "Commitments tracker",
            description: "A public tracker of the commitments governments made: where each stands, the meetings and their recommendations.",
            short_name: "Tracker",
            replace: "An example to replace: edit or delete this file.",
            country: "Example country",
            pillar: "Example pillar",
            commitment: "Example commitment",
            commitment_text: "What the government committed to, in the words of its source, with a link to it.",
            update: "What changed, and where it was reported.",
            meeting: "Example meeting",
            recommendation: "Example recommendation",
            recommendation_text: "What the meeting recommended, in its own words.",
            organisation: "Example organisation",
            about: "About this tracker",
            about_text: "Who publishes this tracker, why, from which sources, and how to reach them.",
        },
    ),
    (
        "fr",
        Starter {
            name: "Français",
            title: "Suivi des engagements",
            description: "Un suivi public des engagements pris par les gouvernements : où en est chacun, les réunions et leurs recommandations.",
            short_name: "Suivi",
            replace: "Un exemple à remplacer : modifiez ou supprimez ce fichier.",
            country: "Pays d'exemple",
            pillar: "Pilier d'exemple",
            commitment: "Engagement d'exemple",
            commitment_text: "Ce à quoi le gouvernement s'est engagé, dans les mots de sa source, avec un lien vers elle.",
            update: "Ce qui a changé, et où cela a été rapporté.",
            meeting: "Réunion d'exemple",
            recommendation: "Recommandation d'exemple",
            recommendation_text: "Ce que la réunion a recommandé, dans ses propres mots.",
            organisation: "Organisation d'exemple",
            about: "À propos de ce suivi",
            about_text: "Qui publie ce suivi, pourquoi, à partir de quelles sources, et comment le joindre.",
        },
    ),
    (
        "es",
        Starter {
            name: "Español",
            title: "Seguimiento de compromisos",
            description: "Un seguimiento público de los compromisos asumidos por los gobiernos: en qué punto está cada uno, las reuniones y sus recomendaciones.",
            short_name: "Seguimiento",
            replace: "Un ejemplo para reemplazar: modifique o elimine este archivo.",
            country: "País de ejemplo",
            pillar: "Pilar de ejemplo",
            commitment: "Compromiso de ejemplo",
            commitment_text: "Lo que el gobierno se comprometió a hacer, con las palabras de su fuente y un enlace a ella.",
            update: "Qué cambió, y dónde se informó.",
            meeting: "Reunión de ejemplo",
            recommendation: "Recomendación de ejemplo",
            recommendation_text: "Lo que la reunión recomendó, con sus propias palabras.",
            organisation: "Organización de ejemplo",
            about: "Acerca de este seguimiento",
            about_text: "Quién publica este seguimiento, por qué, a partir de qué fuentes, y cómo contactarlo.",
        },
    ),
    (
        "pt",
        Starter {
            name: "Português",
            title: "Acompanhamento de compromissos",
            description: "Um acompanhamento público dos compromissos assumidos pelos governos: a situação de cada um, as reuniões e as suas recomendações.",
            short_name: "Acompanhamento",
            replace: "Um exemplo a substituir: edite ou apague este arquivo.",
            country: "País de exemplo",
            pillar: "Pilar de exemplo",
            commitment: "Compromisso de exemplo",
            commitment_text: "O que o governo se comprometeu a fazer, nas palavras da sua fonte, com um link para ela.",
            update: "O que mudou, e onde foi relatado.",
            meeting: "Reunião de exemplo",
            recommendation: "Recomendação de exemplo",
            recommendation_text: "O que a reunião recomendou, nas suas próprias palavras.",
            organisation: "Organização de exemplo",
            about: "Sobre este acompanhamento",
            about_text: "Quem publica este acompanhamento, por quê, a partir de quais fontes, e como contatá-lo.",
        },
    ),
    (
        "ht",
        Starter {
            name: "Kreyòl ayisyen",
            title: "Swivi angajman yo",
            description: "Yon swivi piblik angajman gouvènman yo pran: kote chak angajman rive, reyinyon yo ak rekòmandasyon yo.",
            short_name: "Swivi",
            replace: "Yon egzanp pou ranplase: chanje oswa efase fichye sa a.",
            country: "Peyi egzanp",
            pillar: "Poto egzanp",
            commitment: "Angajman egzanp",
            commitment_text: "Sa gouvènman an te pran angajman pou fè, ak mo sous li, ak yon lyen sou li.",
            update: "Sa ki chanje, ak ki kote yo te rapòte sa.",
            meeting: "Reyinyon egzanp",
            recommendation: "Rekòmandasyon egzanp",
            recommendation_text: "Sa reyinyon an te rekòmande, ak pwòp mo li.",
            organisation: "Òganizasyon egzanp",
            about: "Konsènan swivi sa a",
            about_text: "Ki moun ki pibliye swivi sa a, poukisa, apati ki sous, ak kijan pou kontakte yo.",
        },
    ),
];

/// One file of each kind, linked together as a tracker's are: a commitment of the country,
/// under the pillar, reported at the meeting by the organisation, answering the meeting's
/// recommendation.
fn content(s: &Starter, today: Date) -> Vec<File> {
    let day = today.to_string();
    let entry = |path: &str, fields: String, body: &str| {
        let body = if body.is_empty() {
            format!("{}\n", s.replace)
        } else {
            format!("{body}\n\n{}\n", s.replace)
        };
        text(
            &format!("content/{path}.md"),
            format!("+++\n{fields}+++\n{body}"),
        )
    };
    vec![
        entry(
            "countries/xx",
            format!("title = {}\n", quoted(s.country)),
            "",
        ),
        entry(
            "pillars/example-pillar",
            format!("title = {}\nnumber = 1\n", quoted(s.pillar)),
            "",
        ),
        entry(
            "organisations/example-organisation",
            format!(
                "title = {}\nkind = \"government\"\n",
                quoted(s.organisation)
            ),
            "",
        ),
        entry(
            "meetings/example-meeting",
            format!(
                "title = {}\nstart = \"{day}\"\ncountries = [\"xx\"]\n",
                quoted(s.meeting)
            ),
            "",
        ),
        entry(
            "recommendations/example-recommendation",
            format!(
                "title = {}\nmeeting = \"example-meeting\"\nnumber = 1\n",
                quoted(s.recommendation)
            ),
            s.recommendation_text,
        ),
        entry(
            "commitments/example-commitment",
            format!(
                "title = {}\ncountry = \"xx\"\npillars = [\"example-pillar\"]\ndate = \"{day}\"\nrecommendations = [\"example-recommendation\"]\n\n[[updates]]\ndate = \"{day}\"\nstatus = \"not-assessed\"\nnote = {}\nmeeting = \"example-meeting\"\nby = \"example-organisation\"\n",
                quoted(s.commitment),
                quoted(s.update)
            ),
            s.commitment_text,
        ),
        entry(
            "pages/about",
            format!("title = {}\n", quoted(s.about)),
            s.about_text,
        ),
    ]
}

/// The editors' guide: what each folder holds and the commands of a day's work.
fn guide(plan: &Plan) -> String {
    let codes: Vec<&str> = plan.languages.iter().map(|(c, _)| c.as_str()).collect();
    let has = languages_with_strings();
    let to_translate: Vec<&str> = codes.iter().copied().filter(|c| !has.contains(c)).collect();
    let mut out = format!(
        "# Editing this tracker\n\n\
         This tracker is built by swivi, in {} (default: {}).\n\n\
         ## What is where\n\n\
         - `site.toml`: the settings. Set `base_url` to the address the tracker is published at.\n\
         - `content/`: one Markdown file per entry, with its facts between `+++` lines:\n  \
           `countries/`, `pillars/`, `commitments/`, `meetings/`, `recommendations/`,\n  \
           `organisations/` and `pages/`. Each holds one example, to edit or delete.\n  \
           A translation sits beside its original: `content/countries/xx.{}.md`.\n\
         - `i18n/`: the interface strings of each language; `site-title` and `site-description`\n  \
           are the tracker's name and what it is.\n\
         - `themes/default/`: the theme swivi was released with. Change colours in\n  \
           `static/colours.css` and templates in `templates/`, not in the theme.\n\
         - `netlify.toml`, `tools/`, `.github/workflows/`: the deploy, on Netlify or GitHub Pages.\n\n\
         ## A day's work\n\n\
         ```sh\n\
         swivi serve                 # the site at http://127.0.0.1:1414/, reloaded on every save\n\
         swivi new commitment --help # start a file, or add an update to a commitment\n\
         swivi check --strict        # every problem, with its file, line and column\n\
         swivi i18n                  # what each language still needs\n\
         swivi build                 # the site, into public/\n\
         ```\n\n\
         Every status change is an update with its date, and a meeting or a source readers can check.\n\
         Commit with a message readers can understand: the site lists them as its record of changes.\n\n\
         ## Working in a spreadsheet\n\n\
         The site's open data has every commitment and update as a table (`public/<lang>/data/`\n\
         after a build, or the data page of the published site). Open `commitments.csv` and\n\
         `updates.csv` in a spreadsheet, change cells or add rows, and read them back:\n\n\
         ```sh\n\
         swivi import commitments.csv updates.csv --dry-run   # what would change\n\
         swivi import commitments.csv updates.csv             # or a workbook: tracker.xlsx, tracker.ods\n\
         ```\n\n\
         Only what differs is written, nothing is removed, and nothing at all is written while a\n\
         cell is wrong: each problem is shown at its row and column.\n",
        codes.join(", "),
        plan.default,
        codes.iter().find(|c| **c != plan.default).unwrap_or(&"es"),
    );
    out.push_str(
        "\n## Publishing\n\n\
         Download `swivi.lock` from the release of swivi this tracker uses and commit it as\n\
         `tools/swivi.lock`: Netlify (`netlify.toml`) and GitHub Pages (`.github/workflows/pages.yml`)\n\
         then download that release, check it against the SHA-256 the file pins, and build the site\n\
         on every commit, without Rust. `.github/workflows/check.yml` runs `swivi check --strict` on\n\
         every pull request.\n",
    );
    if !to_translate.is_empty() {
        out.push_str(&format!(
            "\n## Languages to translate\n\n\
             swivi has no interface strings in {} yet: `i18n/<code>.ftl` holds every message of the\n\
             {} file, commented out. Translate them one by one; until then the pages show them in {}.\n\
             `swivi i18n` lists what is left.\n",
            to_translate.join(", "),
            plan.default,
            plan.default
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(languages: &[&str], default: &str) -> Plan {
        Plan {
            languages: languages
                .iter()
                .map(|c| (c.to_string(), c.to_uppercase()))
                .collect(),
            default: default.to_owned(),
            today: Date::parse("2026-12-07").unwrap(),
        }
    }

    #[test]
    fn swivi_carries_the_theme_the_strings_and_the_deploy_files() {
        let paths: Vec<&str> = CARRIED.iter().map(|(p, _)| *p).collect();
        for path in [
            "themes/default/templates/base.html",
            "themes/default/fonts/NotoSans-Regular.ttf",
            "i18n/fr.ftl",
            "netlify.toml",
            "tools/install-swivi.sh",
            "tools/netlify-cache/index.js",
            ".github/workflows/pages.yml",
        ] {
            assert!(paths.contains(&path), "{path} in {paths:?}");
        }
        assert_eq!(languages_with_strings(), ["en", "es", "fr", "ht", "pt"]);
    }

    #[test]
    fn only_the_tracker_s_languages_are_named_in_its_strings() {
        let files = files(&plan(&["fr", "ht"], "fr"));
        let fr = files.iter().find(|f| f.path == "i18n/fr.ftl").unwrap();
        let fr = std::str::from_utf8(&fr.bytes).unwrap();
        assert!(fr.contains("\nlanguage-ht = "));
        assert!(!fr.contains("\nlanguage-en = "));
        assert!(fr.contains("\nsite-title = "));
        let site = files.iter().find(|f| f.path == "site.toml").unwrap();
        let site = std::str::from_utf8(&site.bytes).unwrap();
        assert!(
            site.contains("code = \"ht\"\nname = \"Kreyòl ayisyen\"\n"),
            "{site}"
        );
    }

    #[test]
    fn nothing_of_the_example_tracker_is_carried_into_a_new_one() {
        for languages in [&["fr", "en", "es", "pt", "ht"][..], &["en", "ar"]] {
            for file in files(&plan(languages, languages[0])) {
                let text = String::from_utf8_lossy(&file.bytes);
                assert!(!text.contains("Los Angeles"), "{}", file.path);
                assert!(!text.contains("Los Ángeles"), "{}", file.path);
            }
        }
        let files = files(&plan(&["ht"], "ht"));
        let ht = files.iter().find(|f| f.path == "i18n/ht.ftl").unwrap();
        let ht = std::str::from_utf8(&ht.bytes).unwrap();
        assert!(ht.contains("\nsite-title = Swivi angajman yo\n"));
        assert!(ht.contains("\napp-short-name = Swivi\n"));
    }

    #[test]
    fn a_language_swivi_lacks_gets_the_file_to_translate_and_falls_back() {
        let files = files(&plan(&["fr", "ar"], "fr"));
        let ar = files.iter().find(|f| f.path == "i18n/ar.ftl").unwrap();
        assert!(
            std::str::from_utf8(&ar.bytes)
                .unwrap()
                .contains("\n# site-title = ")
        );
        let site = files.iter().find(|f| f.path == "site.toml").unwrap();
        assert!(
            std::str::from_utf8(&site.bytes)
                .unwrap()
                .contains("code = \"ar\"\nname = \"AR\"\nfallback = [\"fr\"]\n")
        );
    }

    #[test]
    fn impossible_language_sets_are_refused_with_the_way_out() {
        let langs = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            problem(&langs(&["ar", "en"]), "ar").unwrap(),
            "swivi has no interface strings in `ar`, so it cannot be the default language, which the others fall back to\n  = help: make one of en, es, fr, ht, pt the default (`ar` pages then show it until its file is translated)"
        );
        assert_eq!(
            problem(&langs(&["fr", "en"]), "es").unwrap(),
            "the default language `es` is not among --languages (fr, en)\n  = help: add it to the list, or choose one of them with --default"
        );
        assert_eq!(
            problem(&langs(&["fr", "fr"]), "fr").unwrap(),
            "`fr` is twice in --languages"
        );
        assert_eq!(problem(&langs(&["fr", "ar"]), "fr"), None);
    }

    #[test]
    fn the_starter_content_is_in_the_default_language_or_english() {
        let about = |files: Vec<File>| {
            let f = files
                .into_iter()
                .find(|f| f.path == "content/pages/about.md")
                .unwrap();
            String::from_utf8(f.bytes).unwrap()
        };
        assert!(
            about(files(&plan(&["ht", "fr"], "ht"))).contains("title = \"Konsènan swivi sa a\"")
        );
        assert!(
            about(files(&plan(&["fr", "ar"], "fr"))).contains("title = \"À propos de ce suivi\"")
        );
    }
}
