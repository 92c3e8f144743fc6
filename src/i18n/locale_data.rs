//! swivi's own locale data: the little that CLDR (through ICU4X) does not give.
//!
//! - How Haitian Creole writes dates and numbers: CLDR has no `ht` locale, so without this
//!   table ICU4X would fall back to its root locale ("2023 M05 9").
//! - How Haitian Creole writes percentages and money, for the same reason; and CLDR's root
//!   patterns for a language nobody has data for. Every language CLDR covers gets its own
//!   patterns from ICU4X (see `formats.rs`).
//! - Plural rules for a language that intl_pluralrules (which Fluent selects with) lacks: the
//!   language whose CLDR rules are identical.
//!
//! Every entry says where it comes from; tests in `formats.rs` pin what it prints.

/// How a language without CLDR data writes dates and numbers.
pub(crate) struct OwnFormats {
    /// January to December, as written inside a date.
    pub(crate) months: [&'static str; 12],
    pub(crate) decimal: &'static str,
    pub(crate) group: &'static str,
    pub(crate) patterns: &'static NumberPatterns,
}

/// Haitian Creole. The month names, the day-month-year order, the decimal comma and the
/// thousands separator U+202F (a narrow no-break space) follow glibc's `ht_HT` locale
/// (localedata/locales/ht_HT, LC_TIME `mon` and `d_fmt "%d/%m/%Y"`, LC_NUMERIC), which is
/// also how French, the other written language of Haiti, groups digits in CLDR.
const HAITIAN_CREOLE: OwnFormats = OwnFormats {
    months: [
        "janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
        "novanm", "desanm",
    ],
    decimal: ",",
    group: "\u{202F}",
    patterns: &HAITIAN_CREOLE_PATTERNS,
};

/// The dates and numbers of a language CLDR does not cover, when swivi has them.
pub(crate) fn own_formats(language: &str) -> Option<&'static OwnFormats> {
    match language {
        "ht" => Some(&HAITIAN_CREOLE),
        _ => None,
    }
}

/// Where the number (`#`) and the currency's ISO 4217 code (`¤`) go, as in CLDR's patterns.
pub(crate) struct NumberPatterns {
    pub(crate) percent: &'static str,
    pub(crate) money: &'static str,
}

/// Haitian Creole, not in CLDR: the amount then the currency, as glibc's `ht_HT` LC_MONETARY
/// (`p_cs_precedes 0`, `p_sep_by_space 1`), and a no-break space before `%`, as this site's
/// Haitian Creole translators write percentages in `i18n/ht.ftl`.
const HAITIAN_CREOLE_PATTERNS: NumberPatterns = NumberPatterns {
    percent: "#\u{A0}%",
    money: "#\u{A0}¤",
};

/// CLDR's root locale (`percentFormats` `#,##0%`, `currencyFormats` `¤ #,##0.00` with a
/// no-break space), for a language that neither CLDR nor swivi has data for.
pub(crate) const ROOT_PATTERNS: NumberPatterns = NumberPatterns {
    percent: "#%",
    money: "¤\u{A0}#",
};

/// A language with the same CLDR cardinal plural rules, for a language intl_pluralrules lacks.
///
/// Haitian Creole nouns do not change for number: plurality is marked by the determiner `yo`
/// or by a numeral ("de liv", "yon liv"), so its cardinal rule has the one category `other`.
/// Kabuverdianu (`kea`), another creole, has exactly that rule in CLDR (and in
/// intl_pluralrules 7.0.2, CLDR 37); without this, Fluent would use English's rules for `ht`.
pub(crate) fn plural_rules_stand_in(language: &str) -> Option<&'static str> {
    match language {
        "ht" => Some("kea"),
        _ => None,
    }
}
