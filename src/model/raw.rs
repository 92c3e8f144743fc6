//! Serde structs that mirror the front matter of each kind of file, field for field.
//!
//! Canonical structs (`Raw<Kind>`) hold facts and default-language text; translation structs
//! (`<Kind>Translation`) hold text only. All deny unknown fields, so a typo is an error, and a
//! fact written in a translation is caught by name (see [`fields_of`]). Positions are kept
//! (`Spanned`) wherever a later check may need to point at a value.
//!
//! Every field here is a field of the content schema ([`super::schema`]), which the browser
//! editor and `swivi new` follow too: the schema's tests hold these structs to it, so a field
//! added here without it, or there without it here, fails them.

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use toml::Spanned;

use super::date::Date;

/// Text fields that every canonical file has.
pub(crate) trait CanonicalText {
    fn title(&self) -> &str;
    /// Where the title's value is in the front matter.
    fn title_span(&self) -> std::ops::Range<usize>;
    fn summary(&self) -> Option<&str>;
}

/// Text fields that every translation file may have.
pub(crate) trait TranslationText {
    fn title(&self) -> Option<&str>;
    fn summary(&self) -> Option<&str>;
    fn unofficial(&self) -> bool;
    fn translated_from(&self) -> Option<&Spanned<String>>;
}

/// The text a canonical file has beyond its title, summary and body that its translations
/// carry (an update's note, an indicator's title…), each labelled by what names it in a
/// translation: it goes into the fingerprint a translation records of its source.
pub(crate) trait MoreText {
    fn more_text(&self) -> Vec<(String, &str)> {
        Vec::new()
    }
}

impl MoreText for RawCountry {}
impl MoreText for RawPillar {}
impl MoreText for RawPage {}
impl MoreText for RawOrganisation {}

impl MoreText for RawCommitment {
    fn more_text(&self) -> Vec<(String, &str)> {
        let responsible = self
            .responsible
            .iter()
            .enumerate()
            .map(|(i, r)| (format!("responsible {}", i + 1), r.as_str()));
        let updates = self.updates.iter().map(|u| {
            let u = u.get_ref();
            (format!("update {}", name(u)), u.note.as_str())
        });
        responsible
            .chain(updates)
            .chain(indicators_text(&self.indicators))
            .collect()
    }
}

impl MoreText for RawMeeting {
    fn more_text(&self) -> Vec<(String, &str)> {
        let place = self.place.as_deref().map(|p| ("place".to_owned(), p));
        let organisers = self
            .organisers
            .as_deref()
            .map(|o| ("organisers".to_owned(), o));
        place
            .into_iter()
            .chain(organisers)
            .chain(indicators_text(&self.indicators))
            .collect()
    }
}

impl MoreText for RawRecommendation {
    fn more_text(&self) -> Vec<(String, &str)> {
        self.theme
            .as_deref()
            .map(|t| ("theme".to_owned(), t))
            .into_iter()
            .collect()
    }
}

fn indicators_text(indicators: &[RawIndicator]) -> impl Iterator<Item = (String, &str)> {
    indicators.iter().flat_map(|i| {
        let id = i.id.get_ref();
        let milestones = i.milestones.iter().map(move |m| {
            let m = m.get_ref();
            (
                format!("indicator {id} milestone {}", name(m)),
                m.note.as_str(),
            )
        });
        std::iter::once((format!("indicator {id}"), i.title.as_str())).chain(milestones)
    })
}

/// A dated item of a canonical file whose text translations carry: an update, a milestone.
pub(crate) trait DatedItem {
    fn id(&self) -> Option<&Spanned<String>>;
    fn date(&self) -> &Spanned<Date>;
}

impl DatedItem for RawUpdate {
    fn id(&self) -> Option<&Spanned<String>> {
        self.id.as_ref()
    }
    fn date(&self) -> &Spanned<Date> {
        &self.date
    }
}

impl DatedItem for RawMilestone {
    fn id(&self) -> Option<&Spanned<String>> {
        self.id.as_ref()
    }
    fn date(&self) -> &Spanned<Date> {
        &self.date
    }
}

/// What names a dated item in its translations: its `id`, or else its date. It labels the
/// item's text in the fingerprint, so that correcting the date of an item with an id, a fact,
/// leaves the translations of its text up to date.
fn name(item: &impl DatedItem) -> String {
    match item.id() {
        Some(id) => id.get_ref().clone(),
        None => item.date().get_ref().to_string(),
    }
}

macro_rules! canonical_text {
    ($($kind:ty),*) => {$(
        impl CanonicalText for $kind {
            fn title(&self) -> &str { self.title.get_ref() }
            fn title_span(&self) -> std::ops::Range<usize> { self.title.span() }
            fn summary(&self) -> Option<&str> { self.summary.as_deref() }
        }
    )*};
}

macro_rules! translation_text {
    ($($kind:ty),*) => {$(
        impl TranslationText for $kind {
            fn title(&self) -> Option<&str> { self.title.as_deref() }
            fn summary(&self) -> Option<&str> { self.summary.as_deref() }
            fn unofficial(&self) -> bool { self.unofficial }
            fn translated_from(&self) -> Option<&Spanned<String>> { self.translated_from.as_ref() }
        }
    )*};
}

canonical_text!(
    RawCountry,
    RawPillar,
    RawCommitment,
    RawMeeting,
    RawRecommendation,
    RawOrganisation,
    RawPage
);
translation_text!(
    TextTranslation,
    CommitmentTranslation,
    MeetingTranslation,
    RecommendationTranslation
);

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCountry {
    pub(crate) title: Spanned<String>,
    #[serde(default)]
    pub(crate) summary: Option<String>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPillar {
    pub(crate) title: Spanned<String>,
    #[serde(default)]
    pub(crate) summary: Option<String>,
    pub(crate) number: Spanned<u32>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCommitment {
    pub(crate) title: Spanned<String>,
    #[serde(default)]
    pub(crate) summary: Option<String>,
    pub(crate) country: Spanned<String>,
    #[serde(default)]
    pub(crate) pillars: Vec<Spanned<String>>,
    pub(crate) date: Date,
    #[serde(default)]
    pub(crate) due: Option<Spanned<Date>>,
    /// The institutions that must deliver it: a ministry, an agency.
    #[serde(default)]
    pub(crate) responsible: Vec<String>,
    #[serde(default)]
    pub(crate) meeting: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) recommendations: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) updates: Vec<Spanned<RawUpdate>>,
    #[serde(default)]
    pub(crate) indicators: Vec<RawIndicator>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawUpdate {
    /// A name for translations that survives a corrected date.
    #[serde(default)]
    pub(crate) id: Option<Spanned<String>>,
    pub(crate) date: Spanned<Date>,
    pub(crate) status: Spanned<String>,
    pub(crate) note: String,
    #[serde(default)]
    pub(crate) meeting: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) source: Option<String>,
    #[serde(default)]
    pub(crate) source_url: Option<Spanned<String>>,
    /// The organisation that assessed it, by slug.
    #[serde(default)]
    pub(crate) by: Option<Spanned<String>>,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "lowercase")]
pub(crate) enum IndicatorKind {
    Quantitative,
    Qualitative,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawIndicator {
    pub(crate) id: Spanned<String>,
    pub(crate) title: String,
    pub(crate) kind: Spanned<IndicatorKind>,
    #[serde(default)]
    pub(crate) unit: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) baseline: Option<Spanned<RawPoint>>,
    #[serde(default)]
    pub(crate) target: Option<Spanned<RawPoint>>,
    #[serde(default)]
    pub(crate) values: Vec<Spanned<RawPoint>>,
    #[serde(default)]
    pub(crate) milestones: Vec<Spanned<RawMilestone>>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPoint {
    pub(crate) date: Spanned<Date>,
    pub(crate) value: f64,
    /// Where the figure comes from, as an update cites its source.
    #[serde(default)]
    pub(crate) meeting: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) source: Option<String>,
    #[serde(default)]
    pub(crate) source_url: Option<Spanned<String>>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMilestone {
    /// A name for translations that survives a corrected date.
    #[serde(default)]
    pub(crate) id: Option<Spanned<String>>,
    pub(crate) date: Spanned<Date>,
    pub(crate) note: String,
    /// Where it is reported, as an update cites its source.
    #[serde(default)]
    pub(crate) meeting: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) source: Option<String>,
    #[serde(default)]
    pub(crate) source_url: Option<Spanned<String>>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMeeting {
    pub(crate) title: Spanned<String>,
    #[serde(default)]
    pub(crate) summary: Option<String>,
    pub(crate) start: Date,
    #[serde(default)]
    pub(crate) end: Option<Spanned<Date>>,
    #[serde(default)]
    pub(crate) place: Option<String>,
    #[serde(default)]
    pub(crate) organisers: Option<String>,
    #[serde(default)]
    pub(crate) countries: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) documents: Vec<RawDocument>,
    #[serde(default)]
    pub(crate) indicators: Vec<RawIndicator>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDocument {
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) url: Option<Spanned<String>>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRecommendation {
    pub(crate) title: Spanned<String>,
    #[serde(default)]
    pub(crate) summary: Option<String>,
    #[serde(default)]
    pub(crate) meeting: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) document: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) date: Option<Spanned<Date>>,
    #[serde(default)]
    pub(crate) number: Option<u32>,
    #[serde(default)]
    pub(crate) theme: Option<String>,
    #[serde(default)]
    pub(crate) addressed_to: Vec<Spanned<String>>,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum RawOrganisationKind {
    Government,
    CivilSociety,
    InternationalOrganisation,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOrganisation {
    pub(crate) title: Spanned<String>,
    #[serde(default)]
    pub(crate) summary: Option<String>,
    pub(crate) kind: RawOrganisationKind,
    #[serde(default)]
    pub(crate) url: Option<Spanned<String>>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPage {
    pub(crate) title: Spanned<String>,
    #[serde(default)]
    pub(crate) summary: Option<String>,
    #[serde(default)]
    pub(crate) date: Option<Date>,
}

/// The translation of a country, a pillar or a page: text only.
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct TextTranslation {
    #[serde(default)]
    pub(crate) title: Option<String>,
    #[serde(default)]
    pub(crate) summary: Option<String>,
    #[serde(default)]
    pub(crate) unofficial: bool,
    /// The fingerprint of the canonical text this translation was made from.
    #[serde(default)]
    pub(crate) translated_from: Option<Spanned<String>>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct CommitmentTranslation {
    #[serde(default)]
    pub(crate) title: Option<String>,
    #[serde(default)]
    pub(crate) summary: Option<String>,
    #[serde(default)]
    pub(crate) unofficial: bool,
    /// The fingerprint of the canonical text this translation was made from.
    #[serde(default)]
    pub(crate) translated_from: Option<Spanned<String>>,
    /// Each of the canonical file's `responsible`, in its order.
    #[serde(default)]
    pub(crate) responsible: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub(crate) updates: Vec<Spanned<UpdateTranslation>>,
    #[serde(default)]
    pub(crate) indicators: Vec<IndicatorTranslation>,
}

/// Names the update it translates by its id, or by its date when it has none: one of the
/// two (see [`DatedName`]).
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct UpdateTranslation {
    #[serde(default)]
    pub(crate) id: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) date: Option<Spanned<Date>>,
    pub(crate) note: String,
}

/// Names the indicator it translates by its id.
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct IndicatorTranslation {
    pub(crate) id: Spanned<String>,
    #[serde(default)]
    pub(crate) title: Option<String>,
    #[serde(default)]
    pub(crate) milestones: Vec<Spanned<MilestoneTranslation>>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct MilestoneTranslation {
    #[serde(default)]
    pub(crate) id: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) date: Option<Spanned<Date>>,
    pub(crate) note: String,
}

/// How a translation names a dated item of its canonical file (an update, a milestone).
pub(crate) trait DatedName {
    fn id(&self) -> Option<&Spanned<String>>;
    fn date(&self) -> Option<&Spanned<Date>>;
}

macro_rules! dated_name {
    ($($kind:ty),*) => {$(
        impl DatedName for $kind {
            fn id(&self) -> Option<&Spanned<String>> { self.id.as_ref() }
            fn date(&self) -> Option<&Spanned<Date>> { self.date.as_ref() }
        }
    )*};
}

dated_name!(UpdateTranslation, MilestoneTranslation);

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct MeetingTranslation {
    #[serde(default)]
    pub(crate) title: Option<String>,
    #[serde(default)]
    pub(crate) summary: Option<String>,
    #[serde(default)]
    pub(crate) unofficial: bool,
    /// The fingerprint of the canonical text this translation was made from.
    #[serde(default)]
    pub(crate) translated_from: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) place: Option<String>,
    #[serde(default)]
    pub(crate) organisers: Option<String>,
    #[serde(default)]
    pub(crate) indicators: Vec<IndicatorTranslation>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RecommendationTranslation {
    #[serde(default)]
    pub(crate) title: Option<String>,
    #[serde(default)]
    pub(crate) summary: Option<String>,
    #[serde(default)]
    pub(crate) unofficial: bool,
    /// The fingerprint of the canonical text this translation was made from.
    #[serde(default)]
    pub(crate) translated_from: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) theme: Option<String>,
}

/// The field names serde knows for `T`, read from its derived `Deserialize`.
///
/// Used to tell "a fact in a translation file" from a typo, without a second list of field
/// names that could drift from the structs above.
pub(crate) fn fields_of<T: DeserializeOwned>() -> &'static [&'static str] {
    struct Capture;
    #[derive(Debug)]
    struct Fields(&'static [&'static str]);
    impl std::fmt::Display for Fields {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("fields captured")
        }
    }
    impl std::error::Error for Fields {}
    impl de::Error for Fields {
        fn custom<M: std::fmt::Display>(_: M) -> Self {
            Fields(&[])
        }
    }
    impl<'de> Deserializer<'de> for Capture {
        type Error = Fields;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Fields> {
            Err(Fields(&[]))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Fields> {
            Err(Fields(fields))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    match T::deserialize(Capture) {
        Err(Fields(fields)) => fields,
        Ok(_) => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_field_names_from_serde() {
        let fields = fields_of::<RawUpdate>();
        assert_eq!(
            fields,
            [
                "id",
                "date",
                "status",
                "note",
                "meeting",
                "source",
                "source_url",
                "by"
            ]
        );
    }

    fn update_text(update: &str) -> Vec<(String, String)> {
        let front_matter = format!(
            "title = \"C\"\ncountry = \"cl\"\ndate = \"2022\"\n[[updates]]\n{update}status = \"stalled\"\nnote = \"n\"\n"
        );
        let raw: RawCommitment = toml::from_str(&front_matter).unwrap();
        raw.more_text()
            .into_iter()
            .map(|(label, text)| (label, text.to_owned()))
            .collect()
    }

    #[test]
    fn an_update_s_text_is_labelled_by_its_id_so_a_corrected_date_is_no_new_text() {
        assert_eq!(
            update_text("id = \"cam\"\ndate = \"2023-05-09\"\n"),
            update_text("id = \"cam\"\ndate = \"2023-05-10\"\n")
        );
        // Without an id, translations name it by its date, which labels its text.
        assert_eq!(
            update_text("date = \"2023-05-09\"\n"),
            [("update 2023-05-09".to_owned(), "n".to_owned())]
        );
    }
}
