//! `swivi init`: a new tracker, written into a fresh folder, builds and passes `swivi check`
//! as it is, for several language sets; what cannot be made is refused before anything is
//! written.

mod common;

use std::fs;
use std::path::Path;

use common::{Run, run_swivi};

/// Runs `swivi init tracker …` in a new temporary folder; the folder and the run.
fn init(args: &[&str]) -> (tempfile::TempDir, Run) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut all = vec!["init", "tracker"];
    all.extend_from_slice(args);
    let run = run_swivi(dir.path(), &all);
    (dir, run)
}

fn read(root: &Path, path: &str) -> String {
    fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Builds the new tracker and checks it strictly (or not); the check's run.
fn build_and_check(tracker: &Path, strict: bool) -> Run {
    let root = tracker.to_str().unwrap();
    let built = run_swivi(tracker, &["build", "--root", root]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let mut args = vec!["check", "--root", root];
    if strict {
        args.push("--strict");
    }
    run_swivi(tracker, &args)
}

#[test]
fn a_new_tracker_in_three_languages_builds_and_passes_the_strict_check() {
    let (dir, run) = init(&["--languages", "fr,en,ht", "--default", "fr"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let tracker = dir.path().join("tracker");
    let check = build_and_check(&tracker, true);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(check.stdout.contains("in 3 languages"), "{}", check.stdout);
    // Every kind is there, in French, linked together.
    let public = tracker.join("public");
    let commitment = read(&public, "fr/commitments/example-commitment/index.html");
    assert!(commitment.contains("Engagement d&#39;exemple"));
    assert!(commitment.contains("Réunion d&#39;exemple"));
    assert!(commitment.contains("Organisation d&#39;exemple"));
    assert!(commitment.contains("Recommandation d&#39;exemple"));
    for page in [
        "ht/countries/xx/index.html",
        "en/pillars/example-pillar/index.html",
        "fr/about/index.html",
    ] {
        assert!(public.join(page).is_file(), "{page}");
    }
    // The deploy files, the guide and what git should not keep.
    let toml = read(&tracker, "netlify.toml");
    assert!(toml.contains("tools/install-swivi.sh"));
    assert!(tracker.join(".github/workflows/pages.yml").is_file());
    assert!(tracker.join(".github/workflows/check.yml").is_file());
    assert!(tracker.join("tools/netlify-cache/index.js").is_file());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(tracker.join("tools/install-swivi.sh"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o111, 0o111, "the deploy script runs");
    }
    assert!(read(&tracker, ".gitignore").contains("/public\n"));
    assert!(read(&tracker, "EDITING.md").contains("swivi check --strict"));
    // Only the tracker's languages are named in its strings.
    let fr = read(&tracker, "i18n/fr.ftl");
    assert!(fr.contains("\nlanguage-ht = ") && !fr.contains("\nlanguage-pt = "));
}

#[test]
fn a_tracker_defaults_to_its_first_language() {
    let (dir, run) = init(&["--languages", "es,pt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let tracker = dir.path().join("tracker");
    assert!(read(&tracker, "site.toml").contains("default_language = \"es\""));
    let check = build_and_check(&tracker, true);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let about = read(&tracker.join("public"), "pt/about/index.html");
    assert!(
        about.contains("Acerca de este seguimiento"),
        "shown in Spanish until translated"
    );
}

/// A right-to-left language swivi has no strings in: its file to translate, every message
/// commented out (which `swivi i18n` lists, and the strict check lets pass, since a fallback
/// shows each), and the pages laid out right to left.
#[test]
fn a_right_to_left_language_gets_its_file_to_translate_and_its_direction() {
    let (dir, run) = init(&["--languages", "en,ar", "--default", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let tracker = dir.path().join("tracker");
    assert!(read(&tracker, "i18n/ar.ftl").contains("\n# site-title = "));
    assert!(
        read(&tracker, "site.toml")
            .contains("code = \"ar\"\nname = \"العربية\"\nfallback = [\"en\"]\n")
    );
    assert!(read(&tracker, "EDITING.md").contains("swivi has no interface strings in ar yet"));
    let check = build_and_check(&tracker, true);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(!check.stderr.contains("warning"), "{}", check.stderr);
    let home = read(&tracker.join("public"), "ar/index.html");
    assert!(
        home.contains("<html lang=\"ar\" dir=\"rtl\""),
        "{}",
        &home[..300]
    );
    let report = run_swivi(&tracker, &["i18n", "--root", tracker.to_str().unwrap()]);
    assert!(
        report.stdout.contains("ar (العربية): interface 0/"),
        "{}",
        report.stdout
    );
    // The guide's spreadsheet round trip works on the new tracker, in either language.
    assert!(read(&tracker, "EDITING.md").contains("swivi import commitments.csv updates.csv"));
    for lang in ["en", "ar"] {
        let data = tracker.join("public").join(lang).join("data");
        let tables = ["commitments.csv", "updates.csv"].map(|t| data.join(t));
        let run = run_swivi(
            &tracker,
            &[
                "import",
                tables[0].to_str().unwrap(),
                tables[1].to_str().unwrap(),
            ],
        );
        assert_eq!(run.code, 0, "{lang}: {}", run.stderr);
        assert_eq!(
            run.stdout,
            "Nothing to change: the content already says what the tables say\n"
        );
    }
}

#[test]
fn what_cannot_be_made_is_refused_and_nothing_is_written() {
    for (args, error) in [
        (
            &["--languages", "ar,en", "--default", "ar"][..],
            "error: swivi has no interface strings in `ar`, so it cannot be the default language, which the others fall back to\n  = help: make one of en, es, fr, ht, pt the default (`ar` pages then show it until its file is translated)\n",
        ),
        (
            &["--languages", "fr,zz"][..],
            "error: `zz` is not a language ISO 639 knows\n  = help: a language is named by its ISO 639 code: `ar` for Arabic, `qu` for Quechua, `ht` for Haitian Creole (https://iso639-3.sil.org/code_tables/639/data)\n",
        ),
        (
            &["--languages", "fr,en", "--default", "es"][..],
            "error: the default language `es` is not among --languages (fr, en)\n  = help: add it to the list, or choose one of them with --default\n",
        ),
    ] {
        let (dir, run) = init(args);
        assert_eq!((run.code, run.stderr.as_str()), (1, error), "{args:?}");
        assert!(!dir.path().join("tracker").exists(), "{args:?}");
    }
    let (dir, run) = init(&["--languages", "fr"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let again = run_swivi(dir.path(), &["init", "tracker", "--languages", "en"]);
    assert_eq!(
        (again.code, again.stderr.as_str()),
        (
            1,
            "error: tracker is not empty; nothing was written\n  = help: give a new folder, or an empty one\n"
        )
    );
    assert!(read(&dir.path().join("tracker"), "site.toml").contains("default_language = \"fr\""));
}
