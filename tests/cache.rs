//! The build cache is never wrong: after any sequence of changes to a site (its content and
//! translations added, edited, renamed and deleted; the entries a commitment's page shows
//! retitled; its templates, interface strings, static files and `site.toml` edited; the day
//! moved on, which makes a commitment stale), a build that reuses what the previous builds
//! kept writes the same bytes as a clean build, or fails with the same errors.
//!
//! The sequences are random, from fixed seeds so that every run checks the same ones;
//! `SWIVI_CACHE_SEEDS=7,8,9` checks others (a failure names its seed and its steps).

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::{Fixture, run_with, walkdir};

/// A small random number generator (xorshift): the test needs no more.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// The site under change, and what the test knows of it.
struct Site {
    fixture: Fixture,
    /// The commitments' slugs, each with a Spanish translation or not.
    commitments: Vec<(String, bool)>,
    /// The day of the build, in seconds since 1970.
    epoch: u64,
    /// How many changes were made, to make each one's text new.
    made: usize,
    site_toml: String,
}

const STEPS: usize = 8;
const DAY: u64 = 86_400;

impl Site {
    fn new() -> Site {
        let fixture = Fixture::base();
        // Stale after a year: moving the day on makes commitments stale.
        let site_toml = format!("stale_after_months = 12\n{}", fixture.read("site.toml"));
        fixture.write("site.toml", &site_toml);
        let mut site = Site {
            fixture,
            commitments: vec![("cl-integration".to_owned(), true)],
            epoch: 1_700_000_000,
            made: 0,
            site_toml,
        };
        for _ in 0..3 {
            site.add_commitment(&mut Random(1));
        }
        site.answer_recommendation("cl-integration");
        // A page without a date, which every page's footer lists.
        site.write(
            "content/pages/about.md",
            "+++\ntitle = \"À propos\"\n+++\nLe site.\n",
        );
        // An organisation that assessed the first commitment's update, which its page names.
        site.write(
            "content/organisations/observatoire.md",
            "+++\ntitle = \"Observatoire\"\nkind = \"civil-society\"\n+++\n",
        );
        site.edit("content/commitments/cl-integration.md", |text| {
            text.replacen(
                "meeting = \"cam-2023-05-09\"\n+++",
                "meeting = \"cam-2023-05-09\"\nby = \"observatoire\"\n+++",
                1,
            )
        });
        site
    }

    fn write(&self, path: &str, text: &str) {
        self.fixture.write(path, text);
    }

    fn edit(&self, path: &str, edit: impl FnOnce(String) -> String) {
        let text = self.fixture.read(path);
        self.write(path, &edit(text));
    }

    /// One random change; what it was, in words.
    fn change(&mut self, random: &mut Random) -> String {
        self.made += 1;
        let n = self.made;
        match random.below(14) {
            0 => self.add_commitment(random),
            1 if self.commitments.len() > 1 => {
                let (slug, translated) = self
                    .commitments
                    .remove(random.below(self.commitments.len()));
                self.fixture
                    .remove(&format!("content/commitments/{slug}.md"));
                if translated {
                    self.fixture
                        .remove(&format!("content/commitments/{slug}.es.md"));
                }
                format!("deleted {slug}")
            }
            2 => {
                let i = random.below(self.commitments.len());
                let (slug, translated) = self.commitments[i].clone();
                let new = format!("renamed-{n}");
                let root = self.fixture.root().join("content/commitments");
                fs::rename(
                    root.join(format!("{slug}.md")),
                    root.join(format!("{new}.md")),
                )
                .unwrap();
                if translated {
                    fs::rename(
                        root.join(format!("{slug}.es.md")),
                        root.join(format!("{new}.es.md")),
                    )
                    .unwrap();
                }
                self.commitments[i].0 = new.clone();
                format!("renamed {slug} to {new}")
            }
            3 => {
                let (slug, _) = &self.commitments[random.below(self.commitments.len())];
                let path = format!("content/commitments/{slug}.md");
                self.edit(&path, |text| {
                    format!("{text}\nUn paragraphe de plus ({n}).\n")
                });
                format!("edited the body of {slug}")
            }
            4 => {
                let i = random.below(self.commitments.len());
                let slug = self.commitments[i].0.clone();
                self.write(
                    &format!("content/commitments/{slug}.es.md"),
                    &format!(
                        "+++\ntitle = \"Traducción {n}\"\nunofficial = true\n+++\nTexto {n}.\n"
                    ),
                );
                self.commitments[i].1 = true;
                format!("translated {slug} into Spanish")
            }
            5 => {
                let path = "themes/default/templates/base.html";
                self.edit(path, |text| {
                    text.replacen("</footer>", &format!("<p>Pie {n}</p></footer>"), 1)
                });
                "edited a template".to_owned()
            }
            6 => {
                self.edit("i18n/fr.ftl", |text| {
                    text.replacen("nav-home = Accueil", &format!("nav-home = Accueil {n}"), 1)
                });
                "edited an interface string".to_owned()
            }
            7 => {
                self.write(
                    "static/colours.css",
                    &format!(":root {{ --link: #1{:05x}; }}\n", n),
                );
                "edited a static file".to_owned()
            }
            8 => {
                let per_page = 1 + random.below(3);
                let toml = format!("{}\n[lists]\nper_page = {per_page}\n", self.site_toml);
                self.write("site.toml", &toml);
                format!("set per_page to {per_page} in site.toml")
            }
            9 => {
                let days = 30 * (1 + random.below(24)) as u64;
                self.epoch += days * DAY;
                format!("moved the day on by {days} days")
            }
            10 => {
                // What a commitment's page shows of the rest of the site: its country's and
                // pillars' names, its meetings', the recommendations it answers with the
                // documents that made them, and who assessed its updates; the footer lists
                // the free pages.
                let path = [
                    "content/countries/cl.md",
                    "content/countries/co.md",
                    "content/pillars/stability-assistance.md",
                    "content/pillars/emergency-response.md",
                    "content/meetings/cam-2023-05-09.md",
                    "content/recommendations/cso-2024-11.md",
                    "content/pages/cso-recommendations-2024.md",
                    "content/pages/about.md",
                    "content/organisations/observatoire.md",
                ][random.below(9)];
                self.edit(path, |text| {
                    text.replacen("title = \"", &format!("title = \"{n} "), 1)
                });
                format!("retitled {path}")
            }
            11 => {
                let slug = self.commitments[random.below(self.commitments.len())]
                    .0
                    .clone();
                self.answer_recommendation(&slug);
                format!("made {slug} answer a recommendation")
            }
            12 => {
                // Due within the two years after the first day of the test, so that moving
                // the day on makes it overdue, in lists, counts and feeds.
                let (slug, _) = &self.commitments[random.below(self.commitments.len())];
                let path = format!("content/commitments/{slug}.md");
                let month = 11 + random.below(24);
                let due = format!("{}-{:02}", 2023 + month / 12, 1 + month % 12);
                self.edit(&path, |text| {
                    let without: String = text
                        .lines()
                        .filter(|line| !line.starts_with("due = "))
                        .map(|line| format!("{line}\n"))
                        .collect();
                    without.replacen(
                        "date = \"2022-10\"\n",
                        &format!("date = \"2022-10\"\ndue = \"{due}\"\n"),
                        1,
                    )
                });
                format!("made {slug} due {due}")
            }
            _ => {
                let (slug, _) = &self.commitments[random.below(self.commitments.len())];
                let path = format!("content/commitments/{slug}.md");
                let status = ["in-progress", "completed", "stalled"][random.below(3)];
                self.edit(&path, |text| {
                    text.replacen(
                        "\n+++\n",
                        &format!("\n\n[[updates]]\ndate = \"2023-{:02}\"\nstatus = \"{status}\"\nnote = \"Mise à jour {n}.\"\nsource = \"Rapport {n}\"\n+++\n", 1 + n % 10),
                        1,
                    )
                });
                format!("gave {slug} an update, {status}")
            }
        }
    }

    /// Makes the commitment `slug` answer the recommendation, whose page then lists it.
    fn answer_recommendation(&self, slug: &str) {
        let path = format!("content/commitments/{slug}.md");
        self.edit(&path, |text| match text.contains("recommendations =") {
            true => text,
            false => text.replacen(
                "date = \"2022-10\"\n",
                "date = \"2022-10\"\nrecommendations = [\"cso-2024-11\"]\n",
                1,
            ),
        });
    }

    fn add_commitment(&mut self, random: &mut Random) -> String {
        self.made += 1;
        let n = self.made;
        let slug = format!("added-{n}");
        let country = ["cl", "co"][random.below(2)];
        let pillar = ["stability-assistance", "emergency-response"][random.below(2)];
        self.write(
            &format!("content/commitments/{slug}.md"),
            &format!(
                "+++\ntitle = \"Engagement {n}\"\ncountry = \"{country}\"\npillars = [\"{pillar}\"]\ndate = \"2022-10\"\n\n[[updates]]\ndate = \"2023-05-09\"\nstatus = \"not-assessed\"\nnote = \"Noté {n}.\"\nmeeting = \"cam-2023-05-09\"\n+++\nCorps {n}.\n"
            ),
        );
        self.commitments.push((slug.clone(), false));
        format!("added {slug}")
    }

    /// Builds with the cache into `public/`, and clean into `clean`: how each went.
    fn build_both(&self, clean: &Path) -> (Build, Build) {
        let epoch = self.epoch.to_string();
        let env = [("SOURCE_DATE_EPOCH", epoch.as_str())];
        let cached = run_with(self.fixture.root(), &["build"], &env);
        let out = clean.to_str().unwrap();
        let mut fresh = run_with(
            self.fixture.root(),
            &["build", "--no-cache", "-o", out],
            &env,
        );
        // The one difference two failures may have: the folder they say they left as it was.
        fresh.stderr = fresh.stderr.replace(out, "./public");
        (
            Build::of(cached, &self.fixture.public()),
            Build::of(fresh, clean),
        )
    }
}

/// What a build wrote, or its errors.
#[derive(PartialEq, Debug)]
enum Build {
    Wrote(BTreeMap<String, Vec<u8>>),
    Failed(String),
}

impl Build {
    fn of(run: common::Run, out: &Path) -> Build {
        if run.code != 0 {
            return Build::Failed(run.stderr);
        }
        let files = walkdir(out)
            .into_iter()
            .filter(|path| path.is_file())
            .map(|path| {
                let name = path
                    .strip_prefix(out)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                (name, fs::read(&path).unwrap())
            })
            .collect();
        Build::Wrote(files)
    }

    /// The first difference between two builds, in words.
    fn difference(&self, clean: &Build) -> Option<String> {
        match (self, clean) {
            (Build::Wrote(a), Build::Wrote(b)) => {
                let only = |x: &BTreeMap<String, Vec<u8>>, y: &BTreeMap<String, Vec<u8>>| {
                    x.keys().find(|k| !y.contains_key(*k)).cloned()
                };
                if let Some(path) = only(a, b) {
                    return Some(format!("{path} only in the cached build"));
                }
                if let Some(path) = only(b, a) {
                    return Some(format!("{path} only in the clean build"));
                }
                a.iter()
                    .find(|(path, bytes)| b[*path] != **bytes)
                    .map(|(path, _)| format!("{path} differs"))
            }
            (a, b) if a == b => None,
            (a, b) => Some(format!("cached: {}\nclean: {}", a.summary(), b.summary())),
        }
    }

    fn summary(&self) -> String {
        match self {
            Build::Wrote(files) => format!("wrote {} files", files.len()),
            Build::Failed(stderr) => format!("failed:\n{stderr}"),
        }
    }
}

/// Checks the sequences of `seeds`, or of those `SWIVI_CACHE_SEEDS` names when it is set.
fn check_seeds(seeds: &[u64]) {
    let asked: Vec<u64> = match std::env::var("SWIVI_CACHE_SEEDS") {
        Ok(seeds) => seeds
            .split(',')
            .map(|s| s.trim().parse().expect("a seed is a number"))
            .collect(),
        Err(_) => seeds.to_vec(),
    };
    for seed in asked {
        check_sequence(seed);
    }
}

fn check_sequence(seed: u64) {
    let mut site = Site::new();
    let mut random = Random(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let clean = tempfile::tempdir().unwrap();
    let mut steps = vec!["the first build".to_owned()];
    for step in 0..=STEPS {
        if step > 0 {
            steps.push(site.change(&mut random));
        }
        let (cached, fresh) = site.build_both(&clean.path().join(step.to_string()));
        if let (0, Build::Failed(stderr)) = (step, &cached) {
            panic!("the site to change does not build:\n{stderr}");
        }
        if let Some(difference) = cached.difference(&fresh) {
            panic!("seed {seed}, after: {}\n{difference}", steps.join("; "));
        }
    }
    let kept = site.fixture.root().join(".swivi-cache");
    assert!(
        kept.is_dir(),
        "seed {seed}: the build keeps its cache in the site"
    );
}

/// Who assessed an update is on its commitment's page: retitling the organisation reaches
/// it. (Found by seed 3 when organisations were new; kept as a test of its own.)
#[test]
fn a_retitled_organisation_is_renamed_on_the_pages_that_name_it() {
    let site = Site::new();
    let clean = tempfile::tempdir().unwrap();
    site.build_both(&clean.path().join("0"));
    site.edit("content/organisations/observatoire.md", |text| {
        text.replacen(
            "title = \"Observatoire\"",
            "title = \"Observatoire citoyen\"",
            1,
        )
    });
    let (cached, fresh) = site.build_both(&clean.path().join("1"));
    if let Some(difference) = cached.difference(&fresh) {
        panic!("after retitling the organisation:\n{difference}");
    }
    let page = site
        .fixture
        .read("public/fr/commitments/cl-integration/index.html");
    assert!(page.contains("Observatoire citoyen"), "{page}");
}

// Two sequences, as two tests, so that they run side by side.
#[test]
fn a_build_from_the_cache_writes_what_a_clean_build_writes_after_any_changes() {
    check_seeds(&[2026]);
}

#[test]
fn the_same_after_other_changes() {
    if std::env::var("SWIVI_CACHE_SEEDS").is_err() {
        check_seeds(&[12]);
    }
}

#[test]
fn the_cache_is_used_and_a_build_without_it_writes_none() {
    let site = Fixture::base();
    let run = site.swivi(&["build", "--no-cache"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!site.root().join(".swivi-cache").exists());
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let kept = walkdir(&site.root().join(".swivi-cache"))
        .into_iter()
        .filter(|p| p.is_file())
        .count();
    assert!(
        kept > 10,
        "pages, images and the search index are kept: {kept}"
    );
    let (found, looked_for) = taken(&run.stdout);
    assert_eq!(found, 0, "the first build finds nothing: {}", run.stdout);
    let first = fs::read(site.public().join("fr/index.html")).unwrap();
    let run = site.swivi(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        taken(&run.stdout),
        (looked_for, looked_for),
        "{}",
        run.stdout
    );
    assert_eq!(
        fs::read(site.public().join("fr/index.html")).unwrap(),
        first
    );
    site.write(
        "content/countries/co.md",
        "+++\ntitle = \"Colombie (modifiée)\"\n+++\n",
    );
    let run = site.swivi(&["build"]);
    let (found, again) = taken(&run.stdout);
    assert!(
        found < again,
        "a changed country's pages are made again: {}",
        run.stdout
    );
    assert!(
        found > again / 2,
        "the pages that do not show it are not: {}",
        run.stdout
    );
}

/// What the build says it took from the cache: found, of how many.
fn taken(stdout: &str) -> (usize, usize) {
    let line = stdout
        .lines()
        .find_map(|line| line.strip_prefix("Taken from .swivi-cache: "))
        .unwrap_or_else(|| panic!("the build says what it took from the cache: {stdout}"));
    let words: Vec<&str> = line.split(' ').collect();
    (words[0].parse().unwrap(), words[3].parse().unwrap())
}
