//! `swivi new`: files an editor starts from the command line, which `swivi check` accepts.

mod common;

use common::Fixture;

fn check_passes(site: &Fixture) {
    let run = site.swivi(&["check"]);
    assert_eq!(run.code, 0, "swivi check: {}", run.stderr);
}

#[test]
fn a_new_commitment_is_written_from_flags_and_passes_check() {
    let site = Fixture::base();
    let run = site.swivi(&[
        "new",
        "commitment",
        "co-regularization",
        "--country",
        "co",
        "--pillar",
        "stability-assistance",
        "--pillar",
        "emergency-response",
        "--title",
        "Diriger le groupe sur la \"régularisation\"",
        "--date",
        "2022-10",
        "--due",
        "2025-06",
        "--status",
        "not-assessed",
        "--note",
        "La Colombie dirige le groupe.",
        "--meeting",
        "cam-2023-05-09",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Wrote content/commitments/co-regularization.md\n"
    );
    assert_eq!(
        site.read("content/commitments/co-regularization.md"),
        r#"+++
title = 'Diriger le groupe sur la "régularisation"'
country = "co"
pillars = ["stability-assistance", "emergency-response"]
date = "2022-10"
due = "2025-06"
meeting = "cam-2023-05-09"

[[updates]]
date = "2022-10"
status = "not-assessed"
note = "La Colombie dirige le groupe."
meeting = "cam-2023-05-09"
+++
"#
    );
    check_passes(&site);

    // The same slug again: refused, and the file is as it was.
    let before = site.read("content/commitments/co-regularization.md");
    let run = site.swivi(&[
        "new",
        "commitment",
        "co-regularization",
        "--country",
        "co",
        "--title",
        "Autre",
    ]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: content/commitments/co-regularization.md already exists; nothing was written\n  = help: choose another name, or edit that file\n"
    );
    assert_eq!(
        site.read("content/commitments/co-regularization.md"),
        before
    );
}

#[test]
fn what_a_new_file_names_must_exist() {
    let site = Fixture::base();
    let run = site.swivi(&[
        "new",
        "commitment",
        "pe-new",
        "--country",
        "pe",
        "--title",
        "Nouveau",
    ]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: --country `pe`: there is no content/countries/pe.md\n  = help: add it first (`swivi new country pe …`), or name one that exists: the countries of this site are `cl`, `co`\n"
    );
    assert!(!site.root().join("content/commitments/pe-new.md").exists());

    let run = site.swivi(&[
        "new",
        "update",
        "cl-integration",
        "--status",
        "done-ish",
        "--note",
        "Fait.",
        "--source",
        "Rapport",
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: --status `done-ish` is not a status of this site\n"),
        "{}",
        run.stderr
    );

    let run = site.swivi(&[
        "new",
        "commitment",
        "cl-new",
        "--country",
        "cl",
        "--title",
        "Nouveau",
        "--status",
        "not-assessed",
        "--note",
        "Annoncé.",
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: the first update needs a source"),
        "{}",
        run.stderr
    );

    let run = site.swivi(&["new", "country", "Chile", "--title", "Chili"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: `Chile` is not a country code"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_update_is_added_after_the_others_and_shows_on_the_page() {
    let site = Fixture::base();
    let before = site.read("content/commitments/cl-integration.md");
    let run = site.swivi(&[
        "new",
        "update",
        "cl-integration",
        "--status",
        "not-assessed",
        "--note",
        "Le groupe s'est réuni à Santiago.",
        "--date",
        "2024-03-12",
        "--source",
        "Compte rendu",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Added an update to content/commitments/cl-integration.md\n"
    );
    let (front, body) = before.rsplit_once("+++\n").unwrap();
    assert_eq!(
        site.read("content/commitments/cl-integration.md"),
        format!(
            "{front}\n[[updates]]\ndate = \"2024-03-12\"\nstatus = \"not-assessed\"\nnote = \"Le groupe s'est réuni à Santiago.\"\nsource = \"Compte rendu\"\n+++\n{body}"
        )
    );
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("public/fr/commitments/cl-integration/index.html");
    assert!(page.contains("Le groupe s'est réuni à Santiago."), "{page}");
}

#[test]
fn every_kind_of_file_can_be_started_and_passes_check() {
    let site = Fixture::base();
    let runs: [&[&str]; 4] = [
        &["new", "country", "pe", "--title", "Pérou"],
        &[
            "new",
            "pillar",
            "protection",
            "--title",
            "Protection",
            "--number",
            "3",
        ],
        &[
            "new",
            "meeting",
            "lima-2024",
            "--title",
            "Réunion de Lima",
            "--start",
            "2024-11-27",
            "--end",
            "2024-11-28",
            "--place",
            "Lima",
            "--country",
            "pe",
            "--country",
            "cl",
        ],
        &[
            "new",
            "recommendation",
            "cso-2024-12",
            "--title",
            "Publier les données",
            "--meeting",
            "lima-2024",
            "--number",
            "12",
            "--addressed-to",
            "pe",
        ],
    ];
    for args in runs {
        let run = site.swivi(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(run.stdout.starts_with("Wrote content/"), "{}", run.stdout);
    }
    check_passes(&site);
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in [
        "public/fr/countries/pe/index.html",
        "public/fr/pillars/protection/index.html",
        "public/fr/meetings/lima-2024/index.html",
        "public/fr/recommendations/cso-2024-12/index.html",
    ] {
        assert!(site.root().join(page).is_file(), "{page}");
    }
}

/// `swivi new update` of the fixture's commitment, with what it needs.
const ENCORE: [&str; 9] = [
    "new",
    "update",
    "cl-integration",
    "--status",
    "in-progress",
    "--note",
    "Encore.",
    "--source",
    "Compte rendu",
];

/// A qualitative indicator added to the fixture's commitment.
const LAW: [&str; 7] = [
    "new",
    "indicator",
    "cl-integration",
    "law",
    "--title",
    "Loi",
    "--qualitative",
];

/// `swivi new value` of the fixture's commitment.
fn value_of<'a>(indicator: &'a str, date: &'a str, value: &'a str) -> [&'a str; 8] {
    [
        "new",
        "value",
        "cl-integration",
        indicator,
        "--date",
        date,
        "--value",
        value,
    ]
}

/// Runs `swivi new …`, asserting it was refused with `stderr` and wrote nothing.
fn refused(site: &Fixture, args: &[&str], stderr: &str) {
    let file = "content/commitments/cl-integration.md";
    let before = site.read(file);
    let pillars = site.read("content/pillars/stability-assistance.md");
    let run = site.swivi(args);
    assert_eq!((run.code, run.stdout.as_str()), (1, ""), "{args:?}");
    assert_eq!(run.stderr, stderr, "{args:?}");
    assert_eq!(site.read(file), before, "{args:?}: nothing written");
    assert_eq!(
        site.read("content/pillars/stability-assistance.md"),
        pillars
    );
    assert!(!site.root().join("content/pillars/protection.md").exists());
}

#[test]
fn a_due_date_before_the_commitment_is_refused() {
    let site = Fixture::base();
    refused(
        &site,
        &[
            "new",
            "commitment",
            "co-late",
            "--country",
            "co",
            "--title",
            "Plus tard",
            "--date",
            "2024-03",
            "--due",
            "2023",
        ],
        "error: --due 2023 is before the commitment was made (2024-03); nothing was written\n  = help: a commitment cannot be due before it was made: check the date\n",
    );
    assert!(!site.root().join("content/commitments/co-late.md").exists());
}

#[test]
fn a_pillar_number_already_taken_is_refused() {
    let site = Fixture::base();
    refused(
        &site,
        &[
            "new",
            "pillar",
            "protection",
            "--title",
            "Protection",
            "--number",
            "4",
        ],
        "error: --number 4 is already the number of the pillar `emergency-response`; nothing was written\n  = help: each pillar has its own number: 1, 4 are taken, 2 is free\n",
    );
}

#[test]
fn a_second_update_on_a_date_already_used_is_refused() {
    let site = Fixture::base();
    refused(
        &site,
        &[ENCORE.as_slice(), &["--date", "2023-05-09"]].concat(),
        "error: content/commitments/cl-integration.md already has an update dated 2023-05-09; nothing was written\n  = help: a commitment has one update per date: edit that update, or give this one its own date\n",
    );
}

#[test]
fn nothing_is_added_to_a_file_that_does_not_parse() {
    let site = Fixture::base();
    let text = site
        .read("content/commitments/cl-integration.md")
        .replace("country = \"cl\"", "country = \"cl");
    site.write("content/commitments/cl-integration.md", &text);
    refused(
        &site,
        &ENCORE,
        r#"error: content/commitments/cl-integration.md does not pass `swivi check`, so nothing was added to it
  = help: correct this first, then run the command again:

error: this text in quotes is never closed
  ┌─ content/commitments/cl-integration.md:3:14
  │
3 │ country = "cl
  │              ^ the line ends before the closing quote
  │
  = help: end the text with the same quote it starts with, on the same line; text over several lines goes between `"""` and `"""`
"#,
    );
}

#[test]
fn indicators_values_and_milestones_are_added_where_they_belong() {
    let site = Fixture::base();
    let file = "content/commitments/cl-integration.md";
    let before = site.read(file);
    let runs: [(&[&str], &str); 5] = [
        (
            &[
                "new",
                "indicator",
                "cl-integration",
                "people",
                "--title",
                "Personnes régularisées",
                "--unit",
                "people",
                "--baseline",
                "0",
                "--baseline-date",
                "2022-10",
                "--target",
                "1000",
                "--target-date",
                "2025",
            ],
            "Added the indicator `people` to content/commitments/cl-integration.md\n",
        ),
        (
            &value_of("people", "2023-05", "120"),
            "Added a value of `people` to content/commitments/cl-integration.md\n",
        ),
        (
            &[
                "new",
                "indicator",
                "cl-integration",
                "law",
                "--title",
                "Loi votée",
                "--qualitative",
            ],
            "Added the indicator `law` to content/commitments/cl-integration.md\n",
        ),
        (
            &[
                "new",
                "milestone",
                "cl-integration",
                "law",
                "--date",
                "2024-02",
                "--note",
                "Projet déposé.",
            ],
            "Added a milestone of `law` to content/commitments/cl-integration.md\n",
        ),
        // A value of the first indicator, once a second one follows it.
        (
            &value_of("people", "2024", "312.5"),
            "Added a value of `people` to content/commitments/cl-integration.md\n",
        ),
    ];
    for (args, said) in runs {
        let run = site.swivi(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, said);
    }
    let (front, body) = before.rsplit_once("+++\n").unwrap();
    assert_eq!(
        site.read(file),
        format!(
            r#"{front}
[[indicators]]
id = "people"
title = "Personnes régularisées"
kind = "quantitative"
unit = "people"
baseline = {{ date = "2022-10", value = 0 }}
target = {{ date = "2025", value = 1000 }}
[[indicators.values]]
date = "2023-05"
value = 120
[[indicators.values]]
date = "2024"
value = 312.5

[[indicators]]
id = "law"
title = "Loi votée"
kind = "qualitative"
[[indicators.milestones]]
date = "2024-02"
note = "Projet déposé."
+++
{body}"#
        )
    );
    check_passes(&site);
}

#[test]
fn a_value_or_milestone_check_would_refuse_is_not_added() {
    let site = Fixture::base();
    for args in [
        [
            "new",
            "indicator",
            "cl-integration",
            "people",
            "--title",
            "Personnes",
            "--unit",
            "people",
        ]
        .as_slice(),
        &LAW,
        &value_of("people", "2023", "3"),
    ] {
        let run = site.swivi(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    }
    refused(
        &site,
        &value_of("peoples", "2024", "1"),
        "error: content/commitments/cl-integration.md has no indicator `peoples`; nothing was written\n  = help: did you mean `people`?\n",
    );
    refused(
        &site,
        &value_of("law", "2024", "1"),
        "error: the indicator `law` is qualitative: it has milestones, not values; nothing was written\n  = help: add a milestone instead: `swivi new milestone cl-integration law --date 2024 --note \"…\"`\n",
    );
    refused(
        &site,
        &value_of("people", "2023", "4"),
        "error: the indicator `people` already has a value dated 2023; nothing was written\n  = help: keep one value per date: correct that value in content/commitments/cl-integration.md, or give this one its own date\n",
    );
    refused(
        &site,
        &[
            "new",
            "milestone",
            "cl-integration",
            "people",
            "--date",
            "2024",
            "--note",
            "n",
        ],
        "error: the indicator `people` is quantitative: it has values, not milestones; nothing was written\n  = help: add a value instead: `swivi new value cl-integration people --date 2024 --value …`\n",
    );
    refused(
        &site,
        &LAW,
        "error: content/commitments/cl-integration.md already has an indicator `law`; nothing was written\n  = help: choose another id, or add to that one (`swivi new value` or `swivi new milestone`)\n",
    );
    check_passes(&site);
}

#[test]
fn a_meeting_that_ends_before_it_starts_is_refused() {
    let site = Fixture::base();
    let run = site.swivi(&[
        "new",
        "meeting",
        "lima-2024",
        "--title",
        "Réunion de Lima",
        "--start",
        "2024-11-28",
        "--end",
        "2024-11-27",
    ]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: --end 2024-11-27 is before --start 2024-11-28; nothing was written\n  = help: --end is the meeting's last day, for a meeting of several days\n"
    );
    assert!(!site.root().join("content/meetings/lima-2024.md").exists());
}

/// Every file under the site's content/, with its text: what a refused command must leave as
/// it was.
fn contents(site: &Fixture) -> Vec<(std::path::PathBuf, String)> {
    fn walk(dir: &std::path::Path, into: &mut Vec<(std::path::PathBuf, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.path());
        for entry in entries {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, into);
            } else {
                let text = std::fs::read_to_string(&path).unwrap();
                into.push((path, text));
            }
        }
    }
    let mut files = Vec::new();
    walk(&site.root().join("content"), &mut files);
    files
}

/// The day the refusals are tried on (`SOURCE_DATE_EPOCH`): 2026-01-01.
const NEW_YEAR_2026: u64 = 1_767_225_600;

/// What `swivi new` says of a title of spaces, or of none, for every kind of file.
const EMPTY_TITLE: &str = "error: --title is empty; nothing was written\n  = help: write the text readers will see, e.g. --title \"…\"\n";

#[test]
fn values_check_would_refuse_are_refused_for_every_kind_and_nothing_is_written() {
    let site = Fixture::base();
    // A canonical file named as for the browser editor: its slug is taken all the same.
    site.write(
        "content/countries/pe.fr.md",
        "+++\ntitle = \"Pérou\"\n+++\n",
    );
    let law = [
        "new",
        "indicator",
        "cl-integration",
        "law",
        "--title",
        "Loi",
        "--qualitative",
    ];
    let run = site.swivi(&law);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let before = contents(&site);
    let commitment = [
        "new",
        "commitment",
        "cl-new",
        "--country",
        "cl",
        "--title",
        "T",
    ];
    let update = ENCORE;
    let meeting = [
        "new", "meeting", "m-new", "--title", "M", "--start", "2024-11",
    ];
    let recommendation = [
        "new",
        "recommendation",
        "r-new",
        "--title",
        "R",
        "--meeting",
        "cam-2023-05-09",
    ];
    let indicator = [
        "new",
        "indicator",
        "cl-integration",
        "people",
        "--title",
        "P",
    ];
    let milestone = [
        "new",
        "milestone",
        "cl-integration",
        "law",
        "--note",
        "Voté.",
        "--date",
        "2024",
    ];
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            [
                commitment.as_slice(),
                &[
                    "--pillar",
                    "stability-assistance",
                    "--pillar",
                    "stability-assistance",
                ],
            ]
            .concat(),
            "error: --pillar `stability-assistance` is given twice; nothing was written\n  = help: name each once\n",
        ),
        (
            [commitment.as_slice(), &["--pillar", "stability"]].concat(),
            "error: --pillar `stability`: there is no content/pillars/stability.md\n  = help: add it first (`swivi new pillar stability …`), or name one that exists: the pillars of this site are `emergency-response`, `stability-assistance`\n",
        ),
        (
            [
                "new",
                "commitment",
                "cl-new",
                "--country",
                "",
                "--title",
                "T",
            ]
            .to_vec(),
            "error: --country is empty; nothing was written\n  = help: name a country by its code: the countries of this site are `cl`, `co`, `pe`\n",
        ),
        (
            [
                "new",
                "commitment",
                "cl-new",
                "--country",
                "cl",
                "--title",
                "   ",
            ]
            .to_vec(),
            EMPTY_TITLE,
        ),
        (
            [commitment.as_slice(), &["--summary", ""]].concat(),
            "error: --summary is empty; nothing was written\n  = help: write the text readers will see, or leave --summary out\n",
        ),
        (
            [commitment.as_slice(), &["--date", "2024-13-01"]].concat(),
            "error: --date `2024-13-01` has no month 13; months go from 01 to 12; nothing was written\n  = help: a date is a day, a month or a year: YYYY-MM-DD, YYYY-MM or YYYY\n",
        ),
        (
            [update.as_slice(), &["--id", "Cam 2024"]].concat(),
            "error: --id `Cam 2024` is not a valid update id; nothing was written\n  = help: use lower-case letters, digits and single hyphens, e.g. `cam-2023-05`\n",
        ),
        (
            [
                "new",
                "update",
                "cl-integration",
                "--status",
                "in-progress",
                "--note",
                " ",
                "--source",
                "S",
            ]
            .to_vec(),
            "error: --note is empty; nothing was written\n  = help: write the text readers will see, e.g. --note \"…\"\n",
        ),
        (
            [update.as_slice(), &["--meeting", "cam-2023"]].concat(),
            "error: --meeting `cam-2023`: there is no content/meetings/cam-2023.md\n  = help: did you mean `cam-2023-05-09`?\n",
        ),
        (
            [meeting.as_slice(), &["--country", "cl", "--country", "cl"]].concat(),
            "error: --country `cl` is given twice; nothing was written\n  = help: name each once\n",
        ),
        (
            [meeting.as_slice(), &["--place", ""]].concat(),
            "error: --place is empty; nothing was written\n  = help: write the text readers will see, or leave --place out\n",
        ),
        (
            [
                recommendation.as_slice(),
                &["--addressed-to", "co", "--addressed-to", "co"],
            ]
            .concat(),
            "error: --addressed-to `co` is given twice; nothing was written\n  = help: name each once\n",
        ),
        (
            ["new", "country", "pe", "--title", "Pérou"].to_vec(),
            "error: content/countries/pe.fr.md already exists; nothing was written\n  = help: choose another name, or edit that file\n",
        ),
        (
            [
                "new",
                "pillar",
                "protection",
                "--title",
                "",
                "--number",
                "3",
            ]
            .to_vec(),
            EMPTY_TITLE,
        ),
        (
            [indicator.as_slice(), &["--unit", "%"]].concat(),
            "error: --unit `%` is a symbol: percentages have the unit `percent`; nothing was written\n  = help: write unit = \"percent\": swivi then writes percentages as each language does (`19,6 %` in French, `19.6%` in English)\n",
        ),
        (
            [indicator.as_slice(), &["--unit", "€"]].concat(),
            "error: --unit `€` is a symbol: money has its currency's code as its unit; nothing was written\n  = help: write the currency's ISO 4217 code, e.g. unit = \"USD\" for US dollars, \"EUR\" for euros, \"MXN\" for Mexican pesos: swivi then writes money as each language does\n",
        ),
        (
            [
                "new",
                "indicator",
                "cam-2023-05-09",
                "people",
                "--title",
                "P",
                "--unit",
                "people",
            ]
            .to_vec(),
            "error: `cam-2023-05-09` is a meeting, not a commitment; nothing was written\n  = help: name a meeting's indicator by `meetings/cam-2023-05-09`, e.g. `swivi new value meetings/cam-2023-05-09 …`\n",
        ),
        (
            [
                commitment.as_slice(),
                &[
                    "--date",
                    "2026-02",
                    "--status",
                    "not-assessed",
                    "--note",
                    "Annoncé.",
                    "--source",
                    "S",
                ],
            ]
            .concat(),
            "error: --date 2026-02 is after today (2026-01-01); nothing was written\n  = help: swivi records what has happened: add it once it has\n",
        ),
        (
            [
                indicator.as_slice(),
                &[
                    "--unit",
                    "people",
                    "--baseline",
                    "1",
                    "--baseline-date",
                    "2027",
                ],
            ]
            .concat(),
            "error: --baseline-date 2027 is after today (2026-01-01); nothing was written\n  = help: swivi records what has happened: add it once it has\n",
        ),
        (
            [milestone.as_slice(), &["--id", "voté"]].concat(),
            "error: --id `voté` is not a valid milestone id; nothing was written\n  = help: use lower-case letters, digits and single hyphens, e.g. `cam-2023-05`\n",
        ),
    ];
    for (args, stderr) in cases {
        let run = site.swivi_on(NEW_YEAR_2026, &args);
        assert_eq!((run.code, run.stdout.as_str()), (1, ""), "{args:?}");
        assert_eq!(run.stderr, stderr, "{args:?}");
        assert!(contents(&site) == before, "{args:?}: nothing written");
    }
}

#[test]
fn an_update_and_a_milestone_take_an_id_that_translations_name_them_by() {
    let site = Fixture::base();
    let file = "content/commitments/cl-integration.md";
    let update = [
        ENCORE.as_slice(),
        &["--date", "2024-03", "--id", "cam-2024-03"],
    ]
    .concat();
    let milestone = [
        "new",
        "milestone",
        "cl-integration",
        "law",
        "--date",
        "2024-02",
        "--note",
        "Projet déposé.",
        "--id",
        "bill",
    ];
    for args in [update.as_slice(), &LAW, &milestone] {
        let run = site.swivi(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    }
    let text = site.read(file);
    assert!(
        text.contains(
            "[[updates]]\nid = \"cam-2024-03\"\ndate = \"2024-03\"\nstatus = \"in-progress\"\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("[[indicators.milestones]]\nid = \"bill\"\ndate = \"2024-02\"\nnote = \"Projet déposé.\"\n"),
        "{text}"
    );
    site.write(
        "content/commitments/cl-integration.es.md",
        "+++\ntitle = \"Dirigir el grupo\"\n\n[[updates]]\nid = \"cam-2024-03\"\nnote = \"Otra vez.\"\n\n[[indicators]]\nid = \"law\"\n[[indicators.milestones]]\nid = \"bill\"\nnote = \"Proyecto presentado.\"\n+++\n",
    );
    check_passes(&site);

    refused(
        &site,
        &[
            ENCORE.as_slice(),
            &["--date", "2024-04", "--id", "cam-2024-03"],
        ]
        .concat(),
        "error: content/commitments/cl-integration.md already has an update with the id `cam-2024-03`; nothing was written\n  = help: translations name the update by its id, so each update has its own: choose another\n",
    );
    refused(
        &site,
        &[
            "new",
            "milestone",
            "cl-integration",
            "law",
            "--date",
            "2024-05",
            "--note",
            "Voté.",
            "--id",
            "bill",
        ],
        "error: content/commitments/cl-integration.md already has a milestone with the id `bill`; nothing was written\n  = help: translations name the milestone by its id, so each milestone has its own: choose another\n",
    );
}

#[test]
fn a_meeting_s_indicators_are_named_by_meetings_slash_slug() {
    let site = Fixture::base();
    let meeting = "meetings/cam-2023-05-09";
    let runs: [&[&str]; 4] = [
        &[
            "new",
            "indicator",
            meeting,
            "hosted",
            "--title",
            "Personnes accueillies",
            "--unit",
            "people",
        ],
        &[
            "new", "value", meeting, "hosted", "--date", "2023-05", "--value", "40",
        ],
        &[
            "new",
            "indicator",
            meeting,
            "report",
            "--title",
            "Rapport",
            "--qualitative",
        ],
        &[
            "new",
            "milestone",
            meeting,
            "report",
            "--date",
            "2023-06",
            "--note",
            "Publié.",
            "--id",
            "published",
        ],
    ];
    for args in runs {
        let run = site.swivi(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(
            run.stdout
                .ends_with(" to content/meetings/cam-2023-05-09.md\n"),
            "{}",
            run.stdout
        );
    }
    assert_eq!(
        site.read("content/meetings/cam-2023-05-09.md"),
        r#"+++
title = "Réunion thématique de la CAM"
start = "2023-05-09"
countries = ["cl"]

[[indicators]]
id = "hosted"
title = "Personnes accueillies"
kind = "quantitative"
unit = "people"
[[indicators.values]]
date = "2023-05"
value = 40

[[indicators]]
id = "report"
title = "Rapport"
kind = "qualitative"
[[indicators.milestones]]
id = "published"
date = "2023-06"
note = "Publié."
+++
"#
    );
    check_passes(&site);
}

#[test]
fn an_addition_that_brings_no_error_is_kept_beside_an_error_already_there() {
    let site = Fixture::base();
    let file = "content/commitments/cl-integration.md";
    let broken = site
        .read(file)
        .replace("status = \"not-assessed\"", "status = \"not-asessed\"");
    site.write(file, &broken);
    let run = site.swivi_on(
        1_765_000_000,
        &[
            "new",
            "update",
            "cl-integration",
            "--date",
            "2024-01-10",
            "--status",
            "not-assessed",
            "--note",
            "Rien de neuf.",
            "--source",
            "Rapport",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Added an update to content/commitments/cl-integration.md\n"
    );
    assert!(site.read(file).contains("date = \"2024-01-10\""));
    let check = site.swivi_on(1_765_000_000, &["check"]);
    assert!(
        check.stderr.contains("unknown status `not-asessed`")
            && check.stderr.contains("error: 1 problem found"),
        "{}",
        check.stderr
    );
}
