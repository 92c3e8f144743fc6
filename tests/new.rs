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
        "error: --country `pe`: there is no content/countries/pe.md\n  = help: add it first (`swivi new country pe …`), or name one that exists\n"
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
