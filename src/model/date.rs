//! Calendar dates at the precision a source gives: a year, a month or a day.
//!
//! Invariant: a [`Date`] is a real date (no month 13, no 30 February). Ordering puts a
//! coarser date before the finer ones it contains (`2022` < `2022-10` < `2022-10-01`).
//!
//! A date is a period (a year, a month, a day), so "before" has two meanings: the ordering
//! above sorts a history, and [`Date::wholly_before`] tells what cannot have come first. An
//! update dated `2022-10-05` is not before a commitment dated `2022-10`: that month holds
//! the day. One date is wholly before another only when its period ends before the other's
//! begins (`2022-09-30` is wholly before `2022-10`, `2022` is not).

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Date {
    pub(crate) year: u16,
    pub(crate) month: Option<u8>,
    pub(crate) day: Option<u8>,
}

impl Date {
    pub(crate) fn parse(text: &str) -> Result<Date, String> {
        let invalid = || {
            format!(
                "`{text}` is not a date; write \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\", e.g. \"2023-05-09\""
            )
        };
        let mut parts = text.split('-');
        let year = parse_number(parts.next(), 4).ok_or_else(invalid)?;
        let month = parts
            .next()
            .map(|p| parse_number(Some(p), 2).ok_or_else(invalid))
            .transpose()?;
        let day = parts
            .next()
            .map(|p| parse_number(Some(p), 2).ok_or_else(invalid))
            .transpose()?;
        if parts.next().is_some() || year == 0 {
            return Err(invalid());
        }
        let month = month.map(|m| m as u8);
        let day = day.map(|d| d as u8);
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(format!(
                "`{text}` has no month {m}; months go from 01 to 12"
            ));
        }
        if let (Some(m), Some(d)) = (month, day) {
            let last = days_in_month(year, m);
            if d == 0 || d > last {
                return Err(format!(
                    "`{text}` is not a date: that month has {last} days"
                ));
            }
        }
        Ok(Date { year, month, day })
    }

    /// The first day of the period, as `YYYY-MM-DD`.
    pub(crate) fn first_day(&self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Days from 1970-01-01 to the first day of the period, to measure time between dates.
    pub(crate) fn days(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = self.first_day();
        let y = i64::from(y) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(m);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` after 1970-01-01 (the inverse of [`Date::days`]).
    pub(crate) fn from_days(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: year as u16,
            month: Some(month as u8),
            day: Some(day as u8),
        }
    }

    /// The last day of the period (`2022-10` → 31 October 2022), in days since 1970-01-01.
    pub(crate) fn last_days(&self) -> i64 {
        match (self.month, self.day) {
            (_, Some(_)) => self.days(),
            (Some(m), None) => self.days() + i64::from(days_in_month(self.year, m)) - 1,
            (None, _) => Date {
                year: self.year,
                month: Some(12),
                day: Some(31),
            }
            .days(),
        }
    }

    /// Whether the whole period ends before `other` begins: what cannot be the same time or
    /// later, whatever day within each period is meant.
    pub(crate) fn wholly_before(&self, other: &Date) -> bool {
        self.last_days() < other.days()
    }

    /// The first part (`"year"`, `"month"` or `"day"`) in which two dates differ, what a
    /// mistyped date most likely got wrong; `"day"` when they share all the parts both have.
    pub(crate) fn first_difference(&self, other: &Date) -> &'static str {
        if self.year != other.year {
            "year"
        } else if self.month.is_some() && other.month.is_some() && self.month != other.month {
            "month"
        } else {
            "day"
        }
    }

    /// The same day `months` later (clamped to the month's last day), from the period's last day.
    pub(crate) fn plus_months(&self, months: u32) -> Date {
        let last = Date::from_days(self.last_days());
        let (y, m, d) = last.first_day();
        let index = i64::from(y) * 12 + i64::from(m) - 1 + i64::from(months);
        let (year, month) = ((index / 12) as u16, (index % 12 + 1) as u8);
        Date {
            year,
            month: Some(month),
            day: Some(d.min(days_in_month(year, month))),
        }
    }

    /// RFC 3339 timestamp at midnight UTC of the first day, for feeds and sitemaps.
    pub(crate) fn rfc3339(&self) -> String {
        let (y, m, d) = self.first_day();
        format!("{y:04}-{m:02}-{d:02}T00:00:00Z")
    }
}

fn parse_number(part: Option<&str>, digits: usize) -> Option<u16> {
    let part = part?;
    if part.len() != digits || !part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    part.parse().ok()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// Accepts `"2023-05-09"`, `"2022-10"`, `"2023"` and TOML dates (`2023-05-09`).
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;

        impl<'de> Visitor<'de> for DateVisitor {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date such as \"2023-05-09\", \"2022-10\" or \"2023\"")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse(text).map_err(E::custom)
            }

            fn visit_i64<E: de::Error>(self, year: i64) -> Result<Date, E> {
                Err(E::custom(format!(
                    "write the year as text: \"{year}\", not {year}"
                )))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Date, A::Error> {
                let datetime =
                    toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
                if datetime.time.is_some() || datetime.offset.is_some() {
                    return Err(de::Error::custom(format!(
                        "`{datetime}` has a time of day; write the date alone, e.g. 2023-05-09"
                    )));
                }
                Date::parse(&datetime.to_string()).map_err(de::Error::custom)
            }
        }

        deserializer.deserialize_any(DateVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(Date::parse("2023").unwrap().to_string(), "2023");
        assert_eq!(Date::parse("2022-10").unwrap().to_string(), "2022-10");
        assert_eq!(Date::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
    }

    #[test]
    fn refuses_impossible_dates() {
        assert_eq!(
            Date::parse("2023-02-30").unwrap_err(),
            "`2023-02-30` is not a date: that month has 28 days"
        );
        assert!(Date::parse("2023-13").unwrap_err().contains("no month 13"));
        assert!(Date::parse("9 May 2023").is_err());
        assert!(Date::parse("2023-5-9").is_err());
    }

    #[test]
    fn counts_days_between_dates() {
        assert_eq!(Date::parse("1970-01-01").unwrap().days(), 0);
        assert_eq!(
            Date::parse("2000-03-01").unwrap().days() - Date::parse("2000-02-01").unwrap().days(),
            29
        );
        assert_eq!(
            Date::parse("2024").unwrap().days() - Date::parse("2023").unwrap().days(),
            365
        );
    }

    #[test]
    fn counts_back_from_days_and_adds_months() {
        for text in ["1970-01-01", "2000-02-29", "2023-05-09", "2026-12-31"] {
            let date = Date::parse(text).unwrap();
            assert_eq!(Date::from_days(date.days()), date);
        }
        assert_eq!(
            Date::parse("2023-05-09")
                .unwrap()
                .plus_months(12)
                .to_string(),
            "2024-05-09"
        );
        assert_eq!(
            Date::parse("2024-01-31")
                .unwrap()
                .plus_months(1)
                .to_string(),
            "2024-02-29"
        );
        // A month-precise date counts from its last day.
        assert_eq!(
            Date::parse("2022-10").unwrap().plus_months(3).to_string(),
            "2023-01-31"
        );
        assert_eq!(
            Date::parse("2022").unwrap().plus_months(12).to_string(),
            "2023-12-31"
        );
    }

    #[test]
    fn orders_coarse_before_fine() {
        let year = Date::parse("2022").unwrap();
        let month = Date::parse("2022-10").unwrap();
        let day = Date::parse("2022-10-01").unwrap();
        assert!(year < month && month < day);
        assert_eq!(month.rfc3339(), "2022-10-01T00:00:00Z");
    }

    #[test]
    fn a_period_is_wholly_before_another_only_when_it_ends_before_the_other_begins() {
        let before = |a: &str, b: &str| {
            Date::parse(a)
                .unwrap()
                .wholly_before(&Date::parse(b).unwrap())
        };
        assert!(!before("2022-10-05", "2022-10"), "the month holds the day");
        assert!(!before("2022-10", "2022-10-05"));
        assert!(!before("2022", "2022-10"), "the year holds the month");
        assert!(!before("2022-10", "2022-10"));
        assert!(before("2022-09-30", "2022-10"));
        assert!(before("2022-09", "2022-10-01"));
        assert!(before("2021", "2022-01"));
        assert!(!before("2022-11", "2022-10-31"));
    }

    #[test]
    fn names_the_part_a_mistyped_date_got_wrong() {
        let difference = |a: &str, b: &str| {
            Date::parse(a)
                .unwrap()
                .first_difference(&Date::parse(b).unwrap())
        };
        assert_eq!(difference("2021-10-05", "2022-10"), "year");
        assert_eq!(difference("2022-09-05", "2022-10"), "month");
        assert_eq!(difference("2022-10-04", "2022-10-05"), "day");
        assert_eq!(difference("2022", "2022-10"), "day");
    }

    #[test]
    fn reads_toml_dates_and_strings() {
        #[derive(Deserialize)]
        struct T {
            a: Date,
            b: Date,
        }
        let t: T = toml::from_str("a = 2023-05-09\nb = \"2022-10\"").unwrap();
        assert_eq!(
            (t.a.to_string(), t.b.to_string()),
            ("2023-05-09".into(), "2022-10".into())
        );
    }
}
