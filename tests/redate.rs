//! `swivi redate`: correcting the date of an update in a commitment's file and in every
//! translation that names the update by that date, as an editor runs it.

mod common;

use common::Fixture;

const CANONICAL: &str = "content/commitments/cl-integration.md";
const TRANSLATION: &str = "content/commitments/cl-integration.es.md";

/// `swivi redate` of the fixture's commitment, from `old` to `new`, after its translations
/// were marked current; with the texts of its two files before.
fn redate(old: &str, new: &str) -> (Fixture, common::Run, String, String) {
    let site = Fixture::base_marked();
    let (canonical, translation) = (site.read(CANONICAL), site.read(TRANSLATION));
    let run = site.swivi(&["redate", &format!("./{CANONICAL}"), old, new]);
    (site, run, canonical, translation)
}

#[test]
fn a_corrected_date_is_written_everywhere_and_translations_stay_up_to_date() {
    let (site, run, canonical, translation) = redate("2023-05-09", "2023-05-10");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(
            "content/commitments/cl-integration.md: the update of 2023-05-09 is now dated 2023-05-10\n\
             content/commitments/cl-integration.es.md: the update of 2023-05-09 is now dated 2023-05-10\n\
             content/commitments/cl-integration.es.md: translated_from = \""
        ),
        "{}",
        run.stdout
    );
    assert_eq!(
        site.read(CANONICAL),
        canonical.replace(
            "[[updates]]\ndate = \"2023-05-09\"",
            "[[updates]]\ndate = \"2023-05-10\""
        )
    );
    let redated = site.read(TRANSLATION);
    assert!(
        redated.contains("\n[[updates]]\ndate = \"2023-05-10\"\n"),
        "{redated}"
    );
    assert_ne!(redated, translation);
    let report = site.swivi(&["i18n"]).stdout;
    assert!(report.contains("up to date 2, out of date 0"), "{report}");
}

#[test]
fn a_date_the_site_refuses_changes_nothing() {
    let (site, run, canonical, translation) = redate("2023-05-09", "2021-05-09");
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "error: an update dated 2021-05-09 comes before the commitment (2022-10)\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with("error: 1 problem found\nNothing was changed: every file is as it was.\n"),
        "{}",
        run.stderr
    );
    assert_eq!(
        site.read("content/commitments/cl-integration.md"),
        canonical
    );
    assert_eq!(
        site.read("content/commitments/cl-integration.es.md"),
        translation
    );
}

#[test]
fn a_date_no_update_has_is_refused_with_the_dates_there_are() {
    let (_, run, _, _) = redate("2023-05-08", "2023-05-10");
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: content/commitments/cl-integration.md has no update dated 2023-05-08\n  = help: its updates are dated 2023-05-09\n"
    );
}
