//! The content schema: for each kind of content file, and each kind of table inside one (an
//! update, an indicator…), its fields in file order, whether the canonical file must have
//! each, whether a translation file may hold it, and what its value is.
//!
//! One description that three readers follow, so that a field cannot be known to one and
//! missing from another: the serde structs of [`super::raw`], which this module's tests hold
//! to it field for field (names, order, required or not); the browser editor's configuration
//! (`admin`), built from it; and `swivi new` (`scaffold::Fields`), which writes only the
//! fields of the kind it writes, in this order. The body (the Markdown after the front
//! matter) is described here too, last, for the editor; it is no field of the front matter.

use crate::content::Section;

/// A kind of content file, or of table inside one.
pub(crate) struct Kind {
    /// What it is called in messages: `commitment`, `update`.
    pub(crate) name: &'static str,
    /// In the order a file gives them, which is the order `swivi new` writes them in.
    pub(crate) fields: &'static [Field],
}

impl Kind {
    /// The front matter's fields: every field but the body.
    pub(crate) fn front_matter(&self) -> impl Iterator<Item = &'static Field> + use<> {
        self.fields
            .iter()
            .filter(|field| !matches!(field.value, Value::Body))
    }
}

pub(crate) struct Field {
    pub(crate) name: &'static str,
    /// What the browser editor calls it.
    pub(crate) label: &'static str,
    /// Whether the canonical file must have it (a list may always be left out: it is empty).
    pub(crate) required: bool,
    pub(crate) held: Held,
    pub(crate) value: Value,
}

/// Which files hold a field: each fact is written once, in the canonical file, and a
/// translation holds text only, and what names the item whose text it translates.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Held {
    /// A fact: the canonical file only (a date, a status, a reference, a figure).
    Fact,
    /// Text, which a translation file translates; a list of it holds each item's translation.
    Text,
    /// In a translation too, where it names the item translated: an indicator's id, an
    /// update's or a milestone's date.
    Name,
    /// An update's or a milestone's id: a translation may name the item by it instead of by
    /// its date. The browser editor's translations name items by their date (a translator
    /// there sees the date and the text), so it edits the id in the canonical file only.
    Id,
    /// In a translation file only: how it was translated.
    Translation,
}

impl Held {
    /// Whether a translation file may hold the field.
    #[cfg_attr(
        not(test),
        expect(
            dead_code,
            reason = "what only translation files hold is read by the tests alone: no editor or command writes it field by field"
        )
    )]
    pub(crate) fn in_translation(self) -> bool {
        self != Held::Fact
    }
}

/// What a field's value is.
#[derive(Clone, Copy)]
pub(crate) enum Value {
    /// Text on one line: a title, a place.
    Line,
    /// Text that may run over several lines: a summary, a note.
    Paragraph,
    /// The Markdown after the front matter.
    Body,
    /// A name of an item, unique in its entry: lower-case letters, digits and hyphens.
    Id,
    /// A day, a month or a year (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`).
    Date,
    /// A whole number.
    Integer,
    /// A figure, whole or not.
    Figure,
    /// A web address.
    Url,
    /// Lines of text, as a list; a translation translates each, in the same order.
    Lines,
    /// One of the site's statuses (site.toml's `[[statuses]]`), by id.
    Status,
    /// One of these words.
    Choice(&'static [&'static str]),
    /// An entry of a section, by slug (a country by its code).
    Ref(Section),
    /// Entries of a section, each named once.
    Refs(Section),
    /// A table of this kind.
    Table(&'static Kind),
    /// A list of tables of this kind.
    List(&'static Kind),
    /// True or false.
    Flag,
    /// A fingerprint of text, as `swivi i18n mark` writes it.
    Fingerprint,
}

/// A fact the canonical file must have.
const fn fact(name: &'static str, label: &'static str, value: Value) -> Field {
    Field {
        name,
        label,
        required: true,
        held: Held::Fact,
        value,
    }
}

/// Text the canonical file must have, which translations translate.
const fn text(name: &'static str, label: &'static str, value: Value) -> Field {
    Field {
        held: Held::Text,
        ..fact(name, label, value)
    }
}

impl Field {
    const fn optional(self) -> Field {
        Field {
            required: false,
            ..self
        }
    }

    const fn held(self, held: Held) -> Field {
        Field { held, ..self }
    }
}

const TITLE: Field = text("title", "Title", Value::Line);
const SUMMARY: Field = text("summary", "Summary", Value::Paragraph).optional();
const BODY: Field = text("body", "Body", Value::Body).optional();
/// An update's or a milestone's id.
const ITEM_ID: Field = fact("id", "Id (names it for translations)", Value::Id)
    .optional()
    .held(Held::Id);
/// An update's or a milestone's date, which names it in translations when it has no id.
const ITEM_DATE: Field = fact("date", "Date", Value::Date).held(Held::Name);
/// Where an update, a figure or a milestone comes from: the meeting it was reported at, the
/// document, the document's address.
const CITED_MEETING: Field = fact("meeting", "Meeting", Value::Ref(Section::Meetings)).optional();
const CITED_SOURCE: Field = fact("source", "Source (a document's title)", Value::Line).optional();
const CITED_SOURCE_URL: Field = fact("source_url", "Source address", Value::Url).optional();
const INDICATORS: Field = text("indicators", "Indicators", Value::List(&INDICATOR)).optional();

pub(crate) static COUNTRY: Kind = Kind {
    name: "country",
    fields: &[TITLE, SUMMARY, BODY],
};

pub(crate) static PILLAR: Kind = Kind {
    name: "pillar",
    fields: &[
        TITLE,
        SUMMARY,
        fact("number", "Number", Value::Integer),
        BODY,
    ],
};

pub(crate) static COMMITMENT: Kind = Kind {
    name: "commitment",
    fields: &[
        TITLE,
        SUMMARY,
        fact("country", "Country", Value::Ref(Section::Countries)),
        fact("pillars", "Pillars", Value::Refs(Section::Pillars)).optional(),
        fact("date", "Date", Value::Date),
        fact(
            "due",
            "Due (the day, month or year it must be done by)",
            Value::Date,
        )
        .optional(),
        text(
            "responsible",
            "Responsible (the institutions that must deliver it)",
            Value::Lines,
        )
        .optional(),
        fact("meeting", "Meeting", Value::Ref(Section::Meetings)).optional(),
        fact(
            "recommendations",
            "Recommendations",
            Value::Refs(Section::Recommendations),
        )
        .optional(),
        text("updates", "Updates", Value::List(&UPDATE)).optional(),
        INDICATORS,
        BODY,
    ],
};

/// A dated change of a commitment's status: its history.
pub(crate) static UPDATE: Kind = Kind {
    name: "update",
    fields: &[
        ITEM_ID,
        ITEM_DATE,
        fact("status", "Status", Value::Status),
        text("note", "Note", Value::Paragraph),
        CITED_MEETING,
        CITED_SOURCE,
        CITED_SOURCE_URL,
        fact(
            "by",
            "Assessed by (an organisation)",
            Value::Ref(Section::Organisations),
        )
        .optional(),
    ],
};

/// An indicator of a commitment or a meeting: quantitative (a unit, maybe a baseline and a
/// target, dated values) or qualitative (dated milestones).
pub(crate) static INDICATOR: Kind = Kind {
    name: "indicator",
    fields: &[
        fact("id", "Id", Value::Id).held(Held::Name),
        text("title", "Title", Value::Line),
        fact(
            "kind",
            "Kind",
            Value::Choice(&["quantitative", "qualitative"]),
        ),
        fact("unit", "Unit", Value::Line).optional(),
        fact("baseline", "Baseline", Value::Table(&POINT)).optional(),
        fact("target", "Target", Value::Table(&POINT)).optional(),
        fact("values", "Values", Value::List(&POINT)).optional(),
        text("milestones", "Milestones", Value::List(&MILESTONE)).optional(),
    ],
};

/// A dated figure of an indicator: its baseline, its target, a measured value.
pub(crate) static POINT: Kind = Kind {
    name: "value",
    fields: &[
        fact("date", "Date", Value::Date),
        fact("value", "Value", Value::Figure),
        CITED_MEETING,
        CITED_SOURCE,
        CITED_SOURCE_URL,
    ],
};

pub(crate) static MILESTONE: Kind = Kind {
    name: "milestone",
    fields: &[
        ITEM_ID,
        ITEM_DATE,
        text("note", "Note", Value::Paragraph),
        CITED_MEETING,
        CITED_SOURCE,
        CITED_SOURCE_URL,
    ],
};

pub(crate) static MEETING: Kind = Kind {
    name: "meeting",
    fields: &[
        TITLE,
        SUMMARY,
        fact("start", "Start", Value::Date),
        fact("end", "End", Value::Date).optional(),
        text("place", "Place", Value::Line).optional(),
        text("organisers", "Organisers", Value::Line).optional(),
        fact("countries", "Countries", Value::Refs(Section::Countries)).optional(),
        fact("documents", "Documents", Value::List(&DOCUMENT)).optional(),
        INDICATORS,
        BODY,
    ],
};

/// A document of a meeting.
pub(crate) static DOCUMENT: Kind = Kind {
    name: "document",
    fields: &[
        fact("title", "Title", Value::Line),
        fact("url", "Address", Value::Url).optional(),
    ],
};

pub(crate) static RECOMMENDATION: Kind = Kind {
    name: "recommendation",
    fields: &[
        TITLE,
        SUMMARY,
        fact("meeting", "Meeting", Value::Ref(Section::Meetings)).optional(),
        fact("document", "Document (a page)", Value::Ref(Section::Pages)).optional(),
        fact("date", "Date of the document", Value::Date).optional(),
        fact("number", "Number", Value::Integer).optional(),
        text("theme", "Theme", Value::Line).optional(),
        fact(
            "addressed_to",
            "Addressed to",
            Value::Refs(Section::Countries),
        )
        .optional(),
        BODY,
    ],
};

/// Who reports on or assesses commitments: an update names it as `by`.
pub(crate) static ORGANISATION: Kind = Kind {
    name: "organisation",
    fields: &[
        TITLE,
        SUMMARY,
        fact(
            "kind",
            "Kind",
            Value::Choice(&["government", "civil-society", "international-organisation"]),
        ),
        fact("url", "Website", Value::Url).optional(),
        BODY,
    ],
};

pub(crate) static PAGE: Kind = Kind {
    name: "page",
    fields: &[
        TITLE,
        SUMMARY,
        fact("date", "Date", Value::Date).optional(),
        BODY,
    ],
};

/// What every translation file may hold of its own, after the text every entry has (title
/// and summary) and before the text of its kind's lists and other fields.
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "what only translation files hold is read by the tests alone: no editor or command writes it field by field"
    )
)]
pub(crate) static TRANSLATION: Kind = Kind {
    name: "translation",
    fields: &[
        fact("unofficial", "Unofficial translation", Value::Flag)
            .optional()
            .held(Held::Translation),
        fact("translated_from", "Translated from", Value::Fingerprint)
            .optional()
            .held(Held::Translation),
    ],
};

/// The kind of the entries of `section`.
pub(crate) fn of(section: Section) -> &'static Kind {
    match section {
        Section::Countries => &COUNTRY,
        Section::Pillars => &PILLAR,
        Section::Commitments => &COMMITMENT,
        Section::Meetings => &MEETING,
        Section::Recommendations => &RECOMMENDATION,
        Section::Organisations => &ORGANISATION,
        Section::Pages => &PAGE,
    }
}

/// Holds the serde structs of [`super::raw`] to the schema, two ways for each kind of file
/// and of table:
///
/// - its names: serde's own list of a struct's fields, read by [`raw::fields_of`] (a
///   deserializer that records the field names a derived `Deserialize` asks it for), equals
///   the schema's names, in order. The order matters beyond tidiness: it is the order of
///   serde's "expected one of" when a field is unknown;
/// - its values: a front matter with every field of the schema set to a sample of its value
///   deserialises (so no field of the schema is unknown to a struct that denies unknown
///   fields, nor of another type), one with only the fields the schema says are required
///   does too, and one without any of those does not.
///
/// Translation structs likewise, for names, and for a translation holding every field it
/// may. Each kind of the schema must be paired with its structs in [`structs`], which the
/// tests check, so a new kind cannot go unchecked.
#[cfg(test)]
mod tests {
    use super::super::raw::{self, fields_of};
    use super::*;
    use serde::de::DeserializeOwned;

    /// Whether `table`, written as front matter, deserialises into `T`.
    fn reads<T: DeserializeOwned>(table: &toml::Table) -> Result<(), String> {
        let text = toml::to_string(table).expect("a table writes as TOML");
        match toml::from_str::<T>(&text) {
            Ok(_) => Ok(()),
            Err(e) => Err(format!("{e}\n{text}")),
        }
    }

    type Reads = fn(&toml::Table) -> Result<(), String>;

    /// A kind of the schema and the serde structs that read it.
    struct Structs {
        kind: &'static Kind,
        fields: &'static [&'static str],
        reads: Reads,
        /// The struct of its translation, for a kind a translation holds.
        translation: Option<(&'static [&'static str], Reads)>,
    }

    fn pair<T: DeserializeOwned, Tr: DeserializeOwned>(kind: &'static Kind) -> Structs {
        Structs {
            kind,
            fields: fields_of::<T>(),
            reads: reads::<T>,
            translation: Some((fields_of::<Tr>(), reads::<Tr>)),
        }
    }

    fn untranslated<T: DeserializeOwned>(kind: &'static Kind) -> Structs {
        Structs {
            translation: None,
            ..pair::<T, T>(kind)
        }
    }

    fn structs() -> Vec<Structs> {
        use raw::*;
        vec![
            pair::<RawCountry, TextTranslation>(&COUNTRY),
            pair::<RawPillar, TextTranslation>(&PILLAR),
            pair::<RawCommitment, CommitmentTranslation>(&COMMITMENT),
            pair::<RawUpdate, UpdateTranslation>(&UPDATE),
            pair::<RawIndicator, IndicatorTranslation>(&INDICATOR),
            untranslated::<RawPoint>(&POINT),
            pair::<RawMilestone, MilestoneTranslation>(&MILESTONE),
            pair::<RawMeeting, MeetingTranslation>(&MEETING),
            untranslated::<RawDocument>(&DOCUMENT),
            pair::<RawRecommendation, RecommendationTranslation>(&RECOMMENDATION),
            pair::<RawOrganisation, TextTranslation>(&ORGANISATION),
            pair::<RawPage, TextTranslation>(&PAGE),
        ]
    }

    /// `name` with its article: "a commitment", "an update".
    fn a(name: &str) -> String {
        let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("{article} {name}")
    }

    fn names<'a>(fields: impl IntoIterator<Item = &'a Field>) -> Vec<&'static str> {
        fields.into_iter().map(|f| f.name).collect()
    }

    /// A valid value of `value`, as TOML; tables as a translation holds them if `translation`.
    fn sample(value: Value, translation: bool) -> toml::Value {
        use toml::Value as T;
        match value {
            Value::Line | Value::Paragraph | Value::Body | Value::Fingerprint => {
                T::String("Texte".into())
            }
            Value::Id => T::String("an-id".into()),
            Value::Date => T::String("2024-05-01".into()),
            Value::Integer => T::Integer(3),
            Value::Figure => T::Float(12.5),
            Value::Url => T::String("https://example.org/report".into()),
            Value::Status => T::String("in-progress".into()),
            Value::Choice(words) => T::String(words[0].into()),
            Value::Ref(_) => T::String("a-slug".into()),
            Value::Refs(_) => T::Array(vec![T::String("a-slug".into())]),
            Value::Lines => T::Array(vec![T::String("Texte".into())]),
            Value::Table(kind) => T::Table(every(kind, translation)),
            Value::List(kind) => T::Array(vec![T::Table(every(kind, translation))]),
            Value::Flag => T::Boolean(true),
        }
    }

    /// `fields`, each set to a sample of its value.
    fn table<'a>(fields: impl IntoIterator<Item = &'a Field>, translation: bool) -> toml::Table {
        fields
            .into_iter()
            .map(|f| (f.name.to_owned(), sample(f.value, translation)))
            .collect()
    }

    /// A table of `kind` with every field, or every field a translation may hold.
    fn every(kind: &'static Kind, translation: bool) -> toml::Table {
        match translation {
            true => table(translated(kind), true),
            false => table(kind.front_matter(), false),
        }
    }

    /// The fields a translation of `kind` may hold: those of an entry's with the
    /// translation's own after its title and summary.
    fn translated(kind: &'static Kind) -> Vec<&'static Field> {
        let mut held: Vec<&Field> = kind
            .front_matter()
            .filter(|f| f.held.in_translation())
            .collect();
        if names(kind.fields.iter().take(2)) == ["title", "summary"] {
            held.splice(2..2, TRANSLATION.fields);
        }
        held
    }

    #[test]
    fn the_serde_structs_of_each_kind_are_the_schema() {
        for structs in structs() {
            let kind = structs.kind;
            let name = a(kind.name);
            assert_eq!(
                structs.fields,
                names(kind.front_matter()),
                "the fields of {name}"
            );
            let read = structs.reads;
            if let Err(e) = read(&every(kind, false)) {
                panic!("{name} with every field of the schema: {e}");
            }
            let required = kind.front_matter().filter(|f| f.required);
            if let Err(e) = read(&table(required, false)) {
                panic!("{name} with only the fields the schema requires: {e}");
            }
            for field in kind.front_matter().filter(|f| f.required) {
                let without = kind.front_matter().filter(|f| f.name != field.name);
                assert!(
                    read(&table(without, false)).is_err(),
                    "{name} without `{}` reads, which the schema requires",
                    field.name
                );
            }
            for field in kind.front_matter() {
                let Value::Choice(words) = field.value else {
                    continue;
                };
                for word in words {
                    let mut one = every(kind, false);
                    one.insert(field.name.to_owned(), toml::Value::String((*word).into()));
                    assert!(
                        read(&one).is_ok(),
                        "{name} with `{} = \"{word}\"`",
                        field.name
                    );
                }
            }
            if let Some((fields, read)) = structs.translation {
                assert_eq!(
                    fields,
                    names(translated(kind)),
                    "the fields of a translation of {name}"
                );
                if let Err(e) = read(&every(kind, true)) {
                    panic!("a translation of {name} with every field it may hold: {e}");
                }
            }
        }
    }

    /// Every kind of table in `kind`, at any depth, with whether a translation holds it.
    fn tables_in(kind: &'static Kind, translated: bool, found: &mut Vec<(&'static Kind, bool)>) {
        for field in kind.fields {
            if let Value::Table(inner) | Value::List(inner) = field.value {
                let translated = translated && field.held.in_translation();
                found.push((inner, translated));
                tables_in(inner, translated, found);
            }
        }
    }

    #[test]
    fn every_kind_of_the_schema_is_held_to_its_structs() {
        let structs = structs();
        let mut kinds: Vec<(&Kind, bool)> = Section::ALL.iter().map(|&s| (of(s), true)).collect();
        for section in Section::ALL {
            tables_in(of(section), true, &mut kinds);
        }
        for (kind, translated) in kinds {
            let paired = structs.iter().find(|s| std::ptr::eq(s.kind, kind));
            let Some(paired) = paired else {
                panic!(
                    "pair the {}s of the schema with their structs in `structs`",
                    kind.name
                );
            };
            assert_eq!(
                paired.translation.is_some(),
                translated,
                "a translation of {} is {}read",
                a(kind.name),
                if translated { "" } else { "not " }
            );
        }
    }

    #[test]
    fn every_entry_ends_with_its_body() {
        for section in Section::ALL {
            let last = of(section).fields.last().unwrap();
            assert!(matches!(last.value, Value::Body), "{section:?}");
            assert_eq!(
                of(section).front_matter().count(),
                of(section).fields.len() - 1
            );
        }
    }

    #[test]
    fn a_field_unknown_to_the_schema_does_not_read() {
        // What the tests above rely on: the structs refuse what the schema does not have.
        let mut commitment = every(&COMMITMENT, false);
        commitment.insert(
            "pilars".into(),
            sample(Value::Refs(Section::Pillars), false),
        );
        assert!(reads::<raw::RawCommitment>(&commitment).is_err());
        let mut translation = every(&COMMITMENT, true);
        translation.insert(
            "country".into(),
            sample(Value::Ref(Section::Countries), true),
        );
        assert!(reads::<raw::CommitmentTranslation>(&translation).is_err());
    }
}
