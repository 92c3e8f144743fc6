//! The meetings' calendar, as a calendar application reads it: parsed with an iCalendar parser
//! of its own (the `ical` crate), not the writer's.

mod common;

use common::Fixture;

/// The events of `path` in the built site, each as its properties `(name, parameters, value)`.
fn events(site: &Fixture, path: &str) -> Vec<Vec<(String, String, String)>> {
    let text = site.read(&format!("public/{path}"));
    assert!(text.ends_with("END:VCALENDAR\r\n"), "lines end in CRLF");
    let mut calendars = ical::IcalParser::new(text.as_bytes());
    let calendar = calendars
        .next()
        .expect("one calendar")
        .expect("a valid calendar");
    assert!(calendars.next().is_none());
    calendar
        .events
        .into_iter()
        .map(|event| {
            event
                .properties
                .into_iter()
                .map(|p| {
                    let params = p
                        .params
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(k, v)| format!("{k}={}", v.join(",")))
                        .collect::<Vec<_>>()
                        .join(";");
                    (p.name, params, p.value.unwrap_or_default())
                })
                .collect()
        })
        .collect()
}

fn value<'a>(event: &'a [(String, String, String)], name: &str) -> &'a str {
    let (_, _, value) = event
        .iter()
        .find(|(n, _, _)| n == name)
        .unwrap_or_else(|| panic!("no {name}"));
    value
}

#[test]
fn each_language_has_a_calendar_of_the_meetings_with_stable_ids() {
    let site = Fixture::base();
    site.write(
        "content/meetings/lima-2024.md",
        "+++\ntitle = \"Réunion de Lima\"\nsummary = \"Bilan; suite, et calendrier\"\nstart = \"2024-11-27\"\nend = \"2024-11-28\"\nplace = \"Lima, Pérou\"\ncountries = [\"cl\"]\n+++\n",
    );
    site.write(
        "content/meetings/lima-2024.es.md",
        "+++\ntitle = \"Reunión de Lima\"\nplace = \"Lima, Perú\"\n+++\n",
    );
    let run = site.swivi_on(1_764_720_000, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let fr = events(&site, "fr/meetings/calendar.ics");
    assert_eq!(fr.len(), 2, "{fr:#?}");
    let lima = fr
        .iter()
        .find(|e| value(e, "SUMMARY") == "Réunion de Lima")
        .unwrap();
    assert_eq!(value(lima, "UID"), "meetings/lima-2024@example.org");
    assert!(lima.contains(&("DTSTART".into(), "VALUE=DATE".into(), "20241127".into())));
    // The last day is included: the event ends the day after it.
    assert!(lima.contains(&("DTEND".into(), "VALUE=DATE".into(), "20241129".into())));
    assert_eq!(value(lima, "DTSTAMP"), "20251203T000000Z");
    assert_eq!(value(lima, "LOCATION"), "Lima\\, Pérou");
    assert_eq!(
        value(lima, "DESCRIPTION"),
        "Bilan\\; suite\\, et calendrier"
    );
    assert_eq!(
        value(lima, "URL"),
        "https://example.org/fr/meetings/lima-2024/"
    );
    let cam = fr
        .iter()
        .find(|e| value(e, "UID") == "meetings/cam-2023-05-09@example.org")
        .unwrap();
    assert!(cam.contains(&("DTEND".into(), "VALUE=DATE".into(), "20230510".into())));

    // Spanish: the same events (the same ids), in Spanish where the content is.
    let es = events(&site, "es/meetings/calendar.ics");
    let lima = es
        .iter()
        .find(|e| value(e, "UID") == "meetings/lima-2024@example.org")
        .unwrap();
    assert_eq!(value(lima, "SUMMARY"), "Reunión de Lima");
    assert_eq!(value(lima, "LOCATION"), "Lima\\, Perú");
    assert_eq!(
        value(lima, "URL"),
        "https://example.org/es/meetings/lima-2024/"
    );

    // The meetings pages link to it.
    for page in [
        "public/fr/meetings/index.html",
        "public/fr/meetings/lima-2024/index.html",
    ] {
        let html = site.read(page);
        assert!(
            html.contains("href=/fr/meetings/calendar.ics type=text/calendar>Ajouter les réunions à votre agenda (iCalendar)</a>"),
            "{page}: {html}"
        );
    }

    // Built again, the same bytes: a calendar that imported it updates, and adds nothing.
    let first = site.read("public/fr/meetings/calendar.ics");
    let run = site.swivi_on(1_764_720_000, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(site.read("public/fr/meetings/calendar.ics"), first);
}

/// A meeting the sources date only to a month is not a month-long event: one day, the first,
/// without an end, free time, and its title and description say the month as the pages do.
#[test]
fn a_meeting_dated_only_by_month_is_not_a_month_long_event() {
    let site = Fixture::base();
    site.write(
        "content/meetings/lima-2022.md",
        "+++\ntitle = \"Réunion de Lima\"\nsummary = \"Bilan\"\nstart = \"2022-10\"\ncountries = [\"cl\"]\n+++\n",
    );
    let run = site.swivi_on(1_764_720_000, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let fr = events(&site, "fr/meetings/calendar.ics");
    let lima = fr
        .iter()
        .find(|e| value(e, "UID") == "meetings/lima-2022@example.org")
        .unwrap();
    assert!(lima.contains(&("DTSTART".into(), "VALUE=DATE".into(), "20221001".into())));
    assert!(
        !lima
            .iter()
            .any(|(name, _, _)| name == "DTEND" || name == "DURATION"),
        "{lima:#?}"
    );
    assert_eq!(value(lima, "TRANSP"), "TRANSPARENT");
    assert_eq!(
        value(lima, "SUMMARY"),
        "Réunion de Lima (octobre 2022\\, jour non précisé)"
    );
    assert_eq!(
        value(lima, "DESCRIPTION"),
        "Date donnée par les sources : octobre 2022\\, sans le jour \\; les agendas l'affichent à son premier jour.\\n\\nBilan"
    );
    // The page says the month too, never a day.
    let page = site.read("public/fr/meetings/lima-2022/index.html");
    assert!(page.contains("octobre 2022"), "{page}");
    assert!(
        !page.contains("1 octobre 2022") && !page.contains("1er octobre"),
        "{page}"
    );

    // A meeting of known days keeps its end, and is busy time as before.
    let cam = fr
        .iter()
        .find(|e| value(e, "UID") == "meetings/cam-2023-05-09@example.org")
        .unwrap();
    assert!(cam.contains(&("DTEND".into(), "VALUE=DATE".into(), "20230510".into())));
    assert!(!cam.iter().any(|(name, _, _)| name == "TRANSP"));
}
