//! swivi's own locale data: the little that CLDR (through ICU4X) does not give.
//!
//! - How Haitian Creole writes dates and numbers: CLDR has no `ht` locale, so without this
//!   table ICU4X would fall back to its root locale ("2023 M05 9").
//! - Percent and money patterns: ICU4X ships them only in `icu_experimental`, so the standard
//!   patterns of the site's languages are copied here from CLDR
//!   (`cldr-json/cldr-numbers-full/main/<lang>/numbers.json`, `percentFormats` and
//!   `currencyFormats` `standard`), with root's for every other language.
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

// The spaces are CLDR's: U+00A0 (no-break space) and U+202F (narrow no-break space), so that a
// number never wraps away from its sign or its currency. English's `¤#,##0.00` puts the code
// against the digits; CLDR's currencySpacing then inserts U+00A0 between letters and digits,
// which is what the pattern below already holds.
const ENGLISH: NumberPatterns = NumberPatterns {
    percent: "#%",
    money: "¤\u{A0}#",
};
const FRENCH: NumberPatterns = NumberPatterns {
    percent: "#\u{202F}%",
    money: "#\u{A0}¤",
};
const SPANISH: NumberPatterns = NumberPatterns {
    percent: "#\u{A0}%",
    money: "#\u{A0}¤",
};
/// Brazilian Portuguese, CLDR's `pt`.
const PORTUGUESE: NumberPatterns = NumberPatterns {
    percent: "#%",
    money: "¤\u{A0}#",
};
/// Haitian Creole, not in CLDR: the amount then the currency, as glibc's `ht_HT` LC_MONETARY
/// (`p_cs_precedes 0`, `p_sep_by_space 1`), and a no-break space before `%`, as this site's
/// Haitian Creole translators write percentages in `i18n/ht.ftl`.
const HAITIAN_CREOLE_PATTERNS: NumberPatterns = NumberPatterns {
    percent: "#\u{A0}%",
    money: "#\u{A0}¤",
};
/// CLDR's root locale, for every other language.
const ROOT: NumberPatterns = NumberPatterns {
    percent: "#%",
    money: "¤\u{A0}#",
};

/// The percent and money patterns of a locale's language.
pub(crate) fn number_patterns(language: &str) -> &'static NumberPatterns {
    match language {
        "en" => &ENGLISH,
        "fr" => &FRENCH,
        "es" => &SPANISH,
        "pt" => &PORTUGUESE,
        "ht" => &HAITIAN_CREOLE_PATTERNS,
        _ => &ROOT,
    }
}

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
