//! Dates, numbers, percentages and money, written the way each language writes them.
//!
//! Where CLDR covers a language, ICU4X's compiled CLDR data writes dates and numbers
//! ("9 mai 2023", "870 000 000,5"). Where it does not (Haitian Creole), swivi's own data in
//! [`super::locale_data`] does. A language with neither gets ISO dates (2023-05-09) and plain
//! numbers, and the build warns about it.
//!
//! ICU4X is never asked to format a language it has no data for: it would fall back to its
//! root locale ("2023 M05 9"), and debug builds stop on a `debug_assert` there.
//!
//! Numbers keep at most two decimals. Percentages and money follow CLDR's patterns for the
//! language, through ICU4X's percent and currency formatters (`icu_experimental`), for every
//! language CLDR covers ("19,6 %", "870.000.000 USD" in German); money is written with its ISO
//! 4217 code (USD, HTG) rather than a symbol: "$" stands for a dozen currencies in the
//! Americas, and the code reads the same in every language.

use icu_calendar::{Date as IcuDate, Gregorian};
use icu_datetime::fieldsets::{Y, YM, YMD};
use icu_datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames};
use icu_datetime::{DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter};
use icu_decimal::input::Decimal;
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_experimental::dimension::provider::currency::essentials::CurrencyEssentialsV1;
use icu_locale_core::Locale as IcuLocale;
use icu_provider::prelude::*;
use writeable::{TryWriteable, Writeable};

use super::intervals::INTERVALS;
use super::locale_data::{self, OwnFormats, ROOT_PATTERNS};
use crate::model::Date;

/// How one language writes dates and numbers.
pub(crate) struct Formats {
    writer: Writer,
    /// CLDR's interval patterns for the locale, when it has them ([`super::intervals`]).
    intervals: Option<&'static Intervals>,
}

/// A locale's interval patterns: of days by the greatest field that differs (d, M, y), and of
/// months (M, y).
type Intervals = (&'static str, [&'static str; 3], [&'static str; 2]);

enum Writer {
    Cldr(Box<CldrFormatters>),
    Own(&'static OwnFormats),
    Iso,
}

struct CldrFormatters {
    day: DateWriter,
    month: DateWriter,
    year: DateWriter,
    number: DecimalFormatter,
    percent: PercentFormatter<DecimalFormatter>,
    /// CLDR's currency patterns of the language.
    money: DataPayload<CurrencyEssentialsV1>,
}

impl Formats {
    /// The formats of a locale (`fr`, `en-001`, `ht`): CLDR's, else swivi's, else ISO.
    pub(crate) fn for_locale(locale: &str) -> Formats {
        let parsed = IcuLocale::try_from_str(locale).ok();
        let language = parsed
            .as_ref()
            .map_or(String::new(), |l| l.id.language.as_str().to_owned());
        let writer = parsed
            .filter(cldr_has_data)
            .and_then(CldrFormatters::new)
            .map(|f| Writer::Cldr(Box::new(f)))
            .or_else(|| locale_data::own_formats(&language).map(Writer::Own))
            .unwrap_or(Writer::Iso);
        let intervals = [locale, language.as_str()]
            .into_iter()
            .find_map(|l| {
                let at = INTERVALS.binary_search_by(|row| row.0.cmp(l)).ok()?;
                Some(&INTERVALS[at])
            })
            .filter(|_| !matches!(writer, Writer::Iso));
        Formats { writer, intervals }
    }

    /// A range of two dates of the same precision, day or month, as the language writes it
    /// with CLDR's interval patterns: "28–30 novembre 2023", "9 mai – 2 juin 2023", "octobre –
    /// novembre 2022". `None` when the language has no patterns, the precisions differ (or
    /// are years) or the dates are the same: then a sentence says it (`date-range`).
    pub(crate) fn range(&self, start: Date, end: Date) -> Option<String> {
        let (_, days, months) = self.intervals?;
        let pattern = match (start.month, start.day, end.month, end.day) {
            (Some(m1), Some(d1), Some(m2), Some(d2)) => {
                if start.year != end.year {
                    days[2]
                } else if m1 != m2 {
                    days[1]
                } else if d1 != d2 {
                    days[0]
                } else {
                    return None;
                }
            }
            (Some(m1), None, Some(m2), None) => {
                if start.year != end.year {
                    months[1]
                } else if m1 != m2 {
                    months[0]
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        let (first, second) = pattern.split_at(second_date_at(pattern)?);
        Some(format!(
            "{}{}",
            self.with_date_pattern(first, start)?,
            self.with_date_pattern(second, end)?
        ))
    }

    /// `date` written with a CLDR date pattern of its precision.
    fn with_date_pattern(&self, pattern: &str, date: Date) -> Option<String> {
        match &self.writer {
            Writer::Cldr(cldr) => {
                let icu = IcuDate::try_new_gregorian(
                    i32::from(date.year),
                    date.month?,
                    date.day.unwrap_or(1),
                )
                .ok()?;
                let writer = if date.day.is_some() {
                    &cldr.day
                } else {
                    &cldr.month
                };
                writer.write_with(pattern, &icu)
            }
            Writer::Own(own) => own_pattern(own, pattern, date),
            Writer::Iso => None,
        }
    }

    /// Whether neither CLDR nor swivi knows how the language writes dates and numbers.
    pub(crate) fn is_iso_fallback(&self) -> bool {
        matches!(self.writer, Writer::Iso)
    }

    /// A date at the precision it has: "9 mai 2023", "mai 2023" or "2023".
    pub(crate) fn date(&self, date: Date) -> String {
        match &self.writer {
            Writer::Cldr(cldr) => cldr.date(date).unwrap_or_else(|| date.to_string()),
            Writer::Own(own) => own_date(own, date),
            Writer::Iso => date.to_string(),
        }
    }

    /// A number with the language's separators and at most two decimals.
    pub(crate) fn number(&self, value: f64) -> String {
        let plain = two_decimals(value);
        match &self.writer {
            Writer::Cldr(cldr) => Decimal::try_from_str(&plain)
                .map(|d| cldr.number.format(&d).to_string())
                .unwrap_or(plain),
            Writer::Own(own) => with_separators(&plain, own.decimal, own.group),
            Writer::Iso => plain,
        }
    }

    /// A percentage, `value` being the number of hundredths: "19,6 %", "19.6%".
    pub(crate) fn percent(&self, value: f64) -> String {
        match &self.writer {
            Writer::Cldr(cldr) => cldr.percent(value),
            Writer::Own(own) => self.with_pattern(own.patterns.percent, value, ""),
            Writer::Iso => self.with_pattern(ROOT_PATTERNS.percent, value, ""),
        }
    }

    /// An amount of money in the currency with ISO 4217 code `code`: "870 000 000 USD".
    pub(crate) fn money(&self, value: f64, code: &str) -> String {
        match &self.writer {
            Writer::Cldr(cldr) => cldr.money(value, code, |v| self.number(v)),
            Writer::Own(own) => self.with_pattern(own.patterns.money, value, code),
            Writer::Iso => self.with_pattern(ROOT_PATTERNS.money, value, code),
        }
    }

    fn with_pattern(&self, pattern: &str, value: f64, code: &str) -> String {
        pattern.replace('#', &self.number(value)).replace('¤', code)
    }
}

/// Whether `unit` is an ISO 4217 currency code (three capital letters: USD, HTG), which is how
/// content names a currency.
pub(crate) fn is_currency_code(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

impl CldrFormatters {
    fn new(locale: IcuLocale) -> Option<CldrFormatters> {
        let dates = DateTimeFormatterPreferences::from(&locale);
        let day = FixedCalendarDateTimeFormatter::try_new(dates, YMD::long()).ok()?;
        let month = FixedCalendarDateTimeFormatter::try_new(dates, YM::long()).ok()?;
        let year = FixedCalendarDateTimeFormatter::try_new(dates, Y::long()).ok()?;
        Some(CldrFormatters {
            day: DateWriter::new(dates, Box::new(move |d| day.format(d).pattern()))?,
            month: DateWriter::new(dates, Box::new(move |d| month.format(d).pattern()))?,
            year: DateWriter::new(dates, Box::new(move |d| year.format(d).pattern()))?,
            number: DecimalFormatter::try_new(
                DecimalFormatterPreferences::from(&locale),
                Default::default(),
            )
            .ok()?,
            percent: PercentFormatter::try_new((&locale).into(), Default::default()).ok()?,
            money: DataProvider::<CurrencyEssentialsV1>::load(
                &icu_experimental::provider::Baked,
                request(Default::default(), &DataLocale::from(&locale)),
            )
            .ok()?
            .payload,
        })
    }

    fn percent(&self, value: f64) -> String {
        match Decimal::try_from_str(&two_decimals(value)) {
            Ok(decimal) => self.percent.format(&decimal).to_string(),
            Err(_) => format!("{value}%"),
        }
    }

    /// The amount with CLDR's currency pattern for the language and the currency's ISO code:
    /// "870.000.000 USD", "USD 870,000,000". The pattern comes from ICU4X's data rather than
    /// its currency formatter, which writes every amount with the currency's minor digits
    /// ("870.000.000,00 USD", as on a bank statement) where swivi keeps the decimals an
    /// amount has (at most two), as for every other number.
    fn money(&self, value: f64, code: &str, number: impl Fn(f64) -> String) -> String {
        // An ISO code starts and ends with a letter: CLDR's currencySpacing then asks for the
        // pattern that keeps a space between the code and the digits.
        let pattern = self.money.get().get_positive(true, true);
        let (signed, unsigned) = (number(value), number(value.abs()));
        let sign = signed.strip_suffix(&unsigned).unwrap_or_default();
        let amount = pattern.interpolate((unsigned.as_str(), code));
        format!("{sign}{}", amount.write_to_string())
    }

    fn date(&self, date: Date) -> Option<String> {
        let year = i32::from(date.year);
        let icu = |month, day| IcuDate::try_new_gregorian(year, month, day).ok();
        match (date.month, date.day) {
            (Some(month), Some(day)) => self.day.write(&icu(month, day)?),
            (Some(month), None) => self.month.write(&icu(month, 1)?),
            _ => self.year.write(&icu(1, 1)?),
        }
    }
}

/// Writes dates at one precision: ICU4X's formatter picks CLDR's pattern for the date, and
/// names that always hold the language's decimal formatter write it.
///
/// The formatter alone would do, but it decides whether to load the decimal formatter from
/// one variant of the pattern (the one with an era), which for Portuguese month + year
/// ("maio de 2023") has no number: writing the year then fails, with plain digits in release
/// builds and a stop on a `debug_assert` in debug builds. Written this way, a date that cannot
/// be written is reported (and shown in ISO form) instead.
/// The CLDR pattern ICU4X's formatter picks for a date at one precision.
type PatternFor = Box<dyn Fn(&IcuDate<Gregorian>) -> DateTimePattern + Send + Sync>;

struct DateWriter {
    pattern_for: PatternFor,
    names: FixedCalendarDateTimeNames<Gregorian, YMD>,
}

impl DateWriter {
    fn new(prefs: DateTimeFormatterPreferences, pattern_for: PatternFor) -> Option<DateWriter> {
        let mut names = FixedCalendarDateTimeNames::try_new(prefs).ok()?;
        // The month and era names the pattern of a recent date needs, the dates trackers show.
        let recent = IcuDate::try_new_gregorian(2023, 5, 9).ok()?;
        names.include_for_pattern(&pattern_for(&recent)).ok()?;
        Some(DateWriter { pattern_for, names })
    }

    fn write(&self, date: &IcuDate<Gregorian>) -> Option<String> {
        self.write_pattern(&(self.pattern_for)(date), date)
    }

    /// The date written with another pattern of the same precision (part of an interval's).
    fn write_with(&self, pattern: &str, date: &IcuDate<Gregorian>) -> Option<String> {
        self.write_pattern(&DateTimePattern::try_from_pattern_str(pattern).ok()?, date)
    }

    fn write_pattern(
        &self,
        pattern: &DateTimePattern,
        date: &IcuDate<Gregorian>,
    ) -> Option<String> {
        self.names
            .with_pattern_unchecked(pattern)
            .format(date)
            .try_write_to_string()
            .ok()
            .map(|text| text.into_owned())
    }
}

/// Whether ICU4X's compiled data has the locale's language, rather than only its root locale.
///
/// The compiled providers fall back along CLDR's parent chain (`pt-AO` → `pt` → root) and
/// report where they landed in `DataResponseMetadata::locale` (nothing when the locale itself
/// has data). Month names tell: every language CLDR covers names its months, and root only
/// numbers them ("M05"). Number symbols would not: English's equal root's, so the data stores
/// them only in root.
fn cldr_has_data(locale: &IcuLocale) -> bool {
    let data_locale = DataLocale::from(locale);
    let wide = DataMarkerAttributes::from_str_or_panic("4");
    DataProvider::<icu_datetime::provider::names::DatetimeNamesMonthGregorianV1>::load(
        &icu_datetime::provider::Baked,
        request(wide, &data_locale),
    )
    .is_ok_and(|response| {
        response
            .metadata
            .locale
            .is_none_or(|landed| !landed.is_unknown())
    })
}

fn request<'a>(attributes: &'a DataMarkerAttributes, locale: &'a DataLocale) -> DataRequest<'a> {
    DataRequest {
        id: DataIdentifierBorrowed::for_marker_attributes_and_locale(attributes, locale),
        metadata: Default::default(),
    }
}

/// Where the second date of an interval pattern starts: at the first field of a kind already
/// met (`d–d MMMM y` → `d–` and `d MMMM y`), as CLDR's interval formats are read. Quoted
/// text is not a field; `L` (a month standing alone) is the same field as `M`.
fn second_date_at(pattern: &str) -> Option<usize> {
    let mut seen: Vec<char> = Vec::new();
    let mut quoted = false;
    let mut previous = None;
    for (at, c) in pattern.char_indices() {
        if c == '\'' {
            quoted = !quoted;
            previous = None;
            continue;
        }
        if quoted || !c.is_ascii_alphabetic() {
            previous = None;
            continue;
        }
        let field = if c == 'L' { 'M' } else { c };
        if previous != Some(field) {
            if seen.contains(&field) {
                return Some(at);
            }
            seen.push(field);
        }
        previous = Some(field);
    }
    None
}

/// A date written with a CLDR pattern by a language swivi has its own data for: `d` the day,
/// `M`/`L` (three letters or more) the month's name, `y` the year, quoted and other text as
/// it is. `None` for any other field, which the own data cannot write.
fn own_pattern(own: &OwnFormats, pattern: &str, date: Date) -> Option<String> {
    let mut out = String::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                if chars.peek() == Some(&'\'') {
                    chars.next();
                    out.push('\'');
                    continue;
                }
                for q in chars.by_ref() {
                    if q == '\'' {
                        break;
                    }
                    out.push(q);
                }
            }
            c if c.is_ascii_alphabetic() => {
                let mut width = 1;
                while chars.peek() == Some(&c) {
                    chars.next();
                    width += 1;
                }
                match (c, width) {
                    ('d', _) => out.push_str(&date.day?.to_string()),
                    ('M' | 'L', 3..) => {
                        out.push_str(own.months.get(usize::from(date.month?).checked_sub(1)?)?);
                    }
                    ('y', _) => out.push_str(&date.year.to_string()),
                    _ => return None,
                }
            }
            c => out.push(c),
        }
    }
    Some(out)
}

fn own_date(own: &OwnFormats, date: Date) -> String {
    let month = date
        .month
        .and_then(|m| own.months.get(usize::from(m).checked_sub(1)?));
    match (month, date.day) {
        (Some(month), Some(day)) => format!("{day} {month} {}", date.year),
        (Some(month), None) => format!("{month} {}", date.year),
        _ => date.year.to_string(),
    }
}

/// The number rounded to two decimals, without trailing zeros: "19.6", "-3.25", "870000000".
fn two_decimals(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// `plain` ("-1234.5") with a decimal separator and groups of three digits.
fn with_separators(plain: &str, decimal: &str, group: &str) -> String {
    let (sign, digits) = plain
        .strip_prefix('-')
        .map_or(("", plain), |rest| ("-", rest));
    let (integer, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut out = sign.to_owned();
    for (i, digit) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push_str(decimal);
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NNBSP: char = '\u{202F}';
    const NBSP: char = '\u{A0}';

    /// What a locale prints for the pinned cases, in one string per kind to read at a glance.
    fn dates(locale: &str) -> [String; 4] {
        let formats = Formats::for_locale(locale);
        ["2023-05-09", "2023-05", "2023", "2023-05-01"]
            .map(|d| formats.date(Date::parse(d).unwrap()))
    }

    fn numbers(locale: &str) -> [String; 6] {
        let formats = Formats::for_locale(locale);
        [0.0, 19.6, 1234.0, 870_000_000.0, -3.25, 0.004].map(|n| formats.number(n))
    }

    fn percent_and_money(locale: &str) -> [String; 3] {
        let formats = Formats::for_locale(locale);
        [
            formats.percent(19.6),
            formats.money(870_000_000.0, "USD"),
            formats.money(1234.5, "HTG"),
        ]
    }

    /// Ranges of days in the same month, across months, across years; then of months.
    fn ranges(locale: &str) -> [Option<String>; 5] {
        let formats = Formats::for_locale(locale);
        let range =
            |a: &str, b: &str| formats.range(Date::parse(a).unwrap(), Date::parse(b).unwrap());
        [
            range("2023-11-28", "2023-11-30"),
            range("2023-05-09", "2023-06-02"),
            range("2022-12-30", "2023-01-02"),
            range("2022-10", "2022-11"),
            range("2022-10", "2023-02"),
        ]
    }

    #[test]
    fn ranges_of_dates_follow_cldr_s_interval_patterns() {
        let thin = '\u{2009}';
        let some = |texts: [&str; 5]| texts.map(|t| Some(t.replace('~', &thin.to_string())));
        assert_eq!(
            ranges("fr"),
            some([
                "28–30 novembre 2023",
                "9 mai~–~2 juin 2023",
                "30 décembre 2022~–~2 janvier 2023",
                "octobre~–~novembre 2022",
                "octobre 2022~–~février 2023",
            ])
        );
        assert_eq!(
            ranges("en-001"),
            some([
                "28–30 November 2023",
                "9 May~–~2 June 2023",
                "30 December 2022~–~2 January 2023",
                "October~–~November 2022",
                "October 2022~–~February 2023",
            ])
        );
        assert_eq!(
            ranges("es")[0].as_deref(),
            Some("28–30 de noviembre de 2023")
        );
        assert_eq!(
            ranges("pt")[0].as_deref(),
            Some(format!("28{thin}–{thin}30 de novembro de 2023").as_str())
        );
        // Haitian Creole: CLDR's pattern, swivi's month names.
        assert_eq!(
            ranges("ht")[..2],
            some(["28–30 novanm 2023", "9 me~–~2 jen 2023", "", "", ""])[..2]
        );
        // The same day, days against months, a language without patterns: no range.
        let fr = Formats::for_locale("fr");
        let date = |d| Date::parse(d).unwrap();
        assert_eq!(fr.range(date("2023-05-09"), date("2023-05-09")), None);
        assert_eq!(fr.range(date("2023-05-09"), date("2023-06")), None);
        assert_eq!(
            Formats::for_locale("zz").range(date("2023-05-09"), date("2023-05-10")),
            None
        );
    }

    #[test]
    fn an_interval_pattern_splits_where_a_field_comes_again() {
        assert_eq!(second_date_at("d–d MMMM y"), Some(4));
        assert_eq!(second_date_at("d 'de' MMMM – d 'de' MMMM 'de' y"), Some(16));
        assert_eq!(second_date_at("MMMM d – d, y"), Some(11));
        assert_eq!(second_date_at("'d' d"), None, "quoted text is no field");
        assert_eq!(second_date_at("d MMMM y"), None);
    }

    #[test]
    fn french_follows_cldr() {
        assert_eq!(
            dates("fr"),
            ["9 mai 2023", "mai 2023", "2023", "1 mai 2023"]
        );
        assert_eq!(
            numbers("fr"),
            [
                "0".into(),
                "19,6".into(),
                format!("1{NNBSP}234"),
                format!("870{NNBSP}000{NNBSP}000"),
                "-3,25".into(),
                "0".into(),
            ]
        );
        assert_eq!(
            percent_and_money("fr"),
            [
                format!("19,6{NBSP}%"),
                format!("870{NNBSP}000{NNBSP}000{NBSP}USD"),
                format!("1{NNBSP}234,5{NBSP}HTG"),
            ]
        );
    }

    #[test]
    fn english_follows_cldr_and_en_001_writes_the_day_first() {
        assert_eq!(
            dates("en"),
            ["May 9, 2023", "May 2023", "2023", "May 1, 2023"]
        );
        assert_eq!(
            dates("en-001"),
            ["9 May 2023", "May 2023", "2023", "1 May 2023"]
        );
        for locale in ["en", "en-001"] {
            assert_eq!(
                numbers(locale),
                ["0", "19.6", "1,234", "870,000,000", "-3.25", "0"]
            );
            assert_eq!(
                percent_and_money(locale),
                [
                    "19.6%".to_owned(),
                    format!("USD{NBSP}870,000,000"),
                    format!("HTG{NBSP}1,234.5"),
                ]
            );
        }
    }

    #[test]
    fn spanish_follows_cldr_and_groups_from_five_digits() {
        assert_eq!(
            dates("es"),
            [
                "9 de mayo de 2023",
                "mayo de 2023",
                "2023",
                "1 de mayo de 2023"
            ]
        );
        // CLDR's minimumGroupingDigits is 2 for Spanish: 1234, but 12.345.
        assert_eq!(
            numbers("es"),
            ["0", "19,6", "1234", "870.000.000", "-3,25", "0"]
        );
        assert_eq!(
            percent_and_money("es"),
            [
                format!("19,6{NBSP}%"),
                format!("870.000.000{NBSP}USD"),
                format!("1234,5{NBSP}HTG"),
            ]
        );
    }

    #[test]
    fn portuguese_follows_cldr() {
        assert_eq!(
            dates("pt"),
            [
                "9 de maio de 2023",
                "maio de 2023",
                "2023",
                "1 de maio de 2023"
            ]
        );
        assert_eq!(
            numbers("pt"),
            ["0", "19,6", "1.234", "870.000.000", "-3,25", "0"]
        );
        assert_eq!(
            percent_and_money("pt"),
            [
                "19,6%".to_owned(),
                format!("USD{NBSP}870.000.000"),
                format!("HTG{NBSP}1.234,5"),
            ]
        );
    }

    #[test]
    fn haitian_creole_uses_swivis_own_data() {
        assert!(!cldr_has_data(&IcuLocale::try_from_str("ht").unwrap()));
        assert_eq!(dates("ht"), ["9 me 2023", "me 2023", "2023", "1 me 2023"]);
        assert_eq!(
            numbers("ht"),
            [
                "0".into(),
                "19,6".into(),
                format!("1{NNBSP}234"),
                format!("870{NNBSP}000{NNBSP}000"),
                "-3,25".into(),
                "0".into(),
            ]
        );
        assert_eq!(
            percent_and_money("ht"),
            [
                format!("19,6{NBSP}%"),
                format!("870{NNBSP}000{NNBSP}000{NBSP}USD"),
                format!("1{NNBSP}234,5{NBSP}HTG"),
            ]
        );
    }

    #[test]
    fn a_language_nobody_has_data_for_gets_iso_dates_and_plain_numbers() {
        let formats = Formats::for_locale("tpi");
        assert!(formats.is_iso_fallback());
        assert_eq!(
            dates("tpi"),
            ["2023-05-09", "2023-05", "2023", "2023-05-01"]
        );
        assert_eq!(
            numbers("tpi"),
            ["0", "19.6", "1234", "870000000", "-3.25", "0"]
        );
        assert_eq!(formats.percent(19.6), "19.6%");
        assert_eq!(formats.money(5.0, "USD"), format!("USD{NBSP}5"));
    }

    #[test]
    fn cldr_languages_beyond_the_example_are_recognised() {
        for locale in ["ar-EG", "pt-AO", "de", "en-001", "sw", "km", "yo"] {
            let parsed = IcuLocale::try_from_str(locale).unwrap();
            assert!(cldr_has_data(&parsed), "{locale}");
            // Every formatter, percentages and money included, has its data.
            assert!(!Formats::for_locale(locale).is_iso_fallback(), "{locale}");
        }
        assert_eq!(Formats::for_locale("ar-EG").number(12.5), "١٢٫٥");
    }

    #[test]
    fn any_language_cldr_covers_gets_its_percent_and_money_patterns() {
        assert_eq!(
            percent_and_money("de"),
            [
                format!("19,6{NBSP}%"),
                format!("870.000.000{NBSP}USD"),
                format!("1.234,5{NBSP}HTG"),
            ]
        );
        // CLDR's Arabic marks keep the sign and the digits in their order in any paragraph.
        assert_eq!(
            percent_and_money("ar-EG"),
            [
                "١٩٫٦\u{200E}%\u{200E}".to_owned(),
                format!("\u{200F}٨٧٠٬٠٠٠٬٠٠٠{NBSP}USD"),
                format!("\u{200F}١٬٢٣٤٫٥{NBSP}HTG"),
            ]
        );
        let de = Formats::for_locale("de");
        assert_eq!(de.money(-1234.5, "EUR"), format!("-1.234,5{NBSP}EUR"));
        assert_eq!(
            Formats::for_locale("en").money(-5.0, "USD"),
            format!("-USD{NBSP}5")
        );
    }

    #[test]
    fn currency_codes_are_three_capitals() {
        assert!(is_currency_code("USD"));
        assert!(is_currency_code("HTG"));
        assert!(!is_currency_code("percent"));
        assert!(!is_currency_code("usd"));
    }
}
