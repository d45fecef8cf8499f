//! Dates as editors write them: `YYYY-MM-DD`, or `YYYY-MM` where only the month is known.
//! Anything else is refused with a hint that shows the right form, because `15/01/2024`
//! means different days to different readers.

use super::yaml::HINT_SEPARATOR;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// A calendar date, perhaps known only to the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: Option<u8>,
}

impl Date {
    pub fn new(year: u16, month: u8, day: Option<u8>) -> Option<Date> {
        let ok =
            (1..=12).contains(&month) && (1000..=9999).contains(&year) && day.is_none_or(|d| d >= 1 && d <= days_in_month(year, month));
        ok.then_some(Date { year, month, day })
    }

    pub fn parse(text: &str) -> Result<Date, String> {
        let bad = || {
            match Date::day_first(text) {
            Some(meant) => format!(
                "\"{text}\" is not a date{HINT_SEPARATOR}did you mean {}? Dates are written year-month-day, YYYY-MM-DD",
                meant.iso()
            ),
            None => format!(
                "\"{text}\" is not a date{HINT_SEPARATOR}write dates as YYYY-MM-DD, for example 2024-01-15 (or YYYY-MM, for example 2024-05, when only the month is known)"
            ),
        }
        };
        let parts: Vec<&str> = text.trim().split('-').collect();
        let num = |s: &str, len: usize| (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u16>().ok()).flatten();
        let (year, month, day) = match parts.as_slice() {
            [y, m] => (num(y, 4), num(m, 2), None),
            [y, m, d] => (num(y, 4), num(m, 2), Some(num(d, 2).ok_or_else(bad)?)),
            _ => return Err(bad()),
        };
        let (year, month) = (year.ok_or_else(bad)?, month.ok_or_else(bad)?);
        Date::new(year, month as u8, day.map(|d| d as u8)).ok_or_else(|| {
            let which = if (1..=12).contains(&month) {
                format!("{} {year} has {} days", MONTHS[month as usize - 1], days_in_month(year, month as u8))
            } else {
                "months run from 01 to 12".to_string()
            };
            format!("\"{text}\" is not a real date{HINT_SEPARATOR}{which}; write dates as YYYY-MM-DD, for example 2024-01-15")
        })
    }

    /// A date written day first, as in the UK (`15/01/2024`, `5.3.2024`, `15-01-2024`), when
    /// it is a real day: the exact fix to offer. Never guessed when the day could be a month
    /// (`03/04/2024`) — both readings are real days, and only the editor knows which is meant.
    fn day_first(text: &str) -> Option<Date> {
        let parts: Vec<&str> = text.trim().split(['/', '.', '-']).collect();
        let [d, m, y] = parts.as_slice() else { return None };
        let number = |s: &str, max_len: usize| (!s.is_empty() && s.len() <= max_len).then(|| s.parse::<u16>().ok()).flatten();
        let (day, month, year) = (number(d, 2)?, number(m, 2)?, number(y, 4).filter(|_| y.len() == 4)?);
        let ambiguous = day <= 12 && day != month;
        let date = Date::new(year, u8::try_from(month).ok()?, Some(u8::try_from(day).ok()?))?;
        (!ambiguous).then_some(date)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// The day of the month, when the date has one.
    pub fn day(self) -> Option<u8> {
        self.day
    }

    pub fn month(self) -> u8 {
        self.month
    }

    /// The last day the date covers: itself, or the month's last day when only the month is
    /// known. A due date of `2025-06` is met by anything done in June, so it is late only
    /// once June is over.
    pub fn last_day(self) -> Date {
        Date { day: Some(self.day.unwrap_or_else(|| days_in_month(self.year, self.month))), ..self }
    }

    /// Days since 1970-01-01 (a month-only date counts as the first of the month).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (i64::from(self.year), i64::from(self.month), i64::from(self.day.unwrap_or(1)));
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date { year: y.clamp(1000, 9999) as u16, month: m as u8, day: Some(d as u8) }
    }

    /// "15 May 2024", or "May 2024" when only the month is known: UK style for readers.
    pub fn human(self) -> String {
        let month = MONTHS[usize::from(self.month) - 1];
        match self.day {
            Some(d) => format!("{d} {month} {}", self.year),
            None => format!("{month} {}", self.year),
        }
    }

    /// `2024-05-15` or `2024-05`: the machine form, for `<time datetime>` and open data.
    pub fn iso(self) -> String {
        match self.day {
            Some(d) => format!("{:04}-{:02}-{d:02}", self.year, self.month),
            None => format!("{:04}-{:02}", self.year, self.month),
        }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Ord for Date {
    /// Sorting treats a month-only date as the first of the month.
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month, self.day.unwrap_or(1), self.day.is_some()).cmp(&(
            other.year,
            other.month,
            other.day.unwrap_or(1),
            other.day.is_some(),
        ))
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

/// The shape [`Date::parse`] accepts, for editors' tools; the build still checks that the day
/// exists in its month.
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$",
            "description": "A date written YYYY-MM-DD, such as 2024-01-15, or YYYY-MM, such as 2024-05, when only the month is known."
        })
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written as YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).map_err(E::custom)
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Date, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Date, E> {
                self.visit_str(&v.to_string())
            }
        }
        d.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_days_and_months() {
        assert_eq!(Date::parse("2024-01-15").map(Date::human), Ok("15 January 2024".into()));
        assert_eq!(Date::parse("2024-05").map(Date::human), Ok("May 2024".into()));
        assert_eq!(Date::parse("2024-02-29").map(Date::iso), Ok("2024-02-29".into()));
    }

    #[test]
    fn refuses_impossible_and_foreign_forms() {
        let err = Date::parse("2024-02-30").expect_err("not a day");
        assert!(err.contains("February 2024 has 29 days"), "{err}");
        let err = Date::parse("15/01/2024").expect_err("not iso");
        assert_eq!(
            err,
            format!("\"15/01/2024\" is not a date{HINT_SEPARATOR}did you mean 2024-01-15? Dates are written year-month-day, YYYY-MM-DD")
        );
        // Day and month could be swapped, or the day does not exist: no guess.
        for text in ["03/04/2024", "31/11/2025", "15/01/24"] {
            let err = Date::parse(text).expect_err("not iso");
            assert!(err.contains("write dates as YYYY-MM-DD, for example 2024-01-15"), "{err}");
        }
        assert!(Date::parse("2024-13-01").is_err());
        assert!(Date::parse("2024").is_err());
    }

    #[test]
    fn month_only_sorts_as_first_of_month_and_days_round_trip() {
        let may = Date::parse("2024-05").expect("month");
        let first = Date::parse("2024-05-01").expect("day");
        let second = Date::parse("2024-05-02").expect("day");
        assert!(may < second && may <= first);
        for s in ["1970-01-01", "2000-02-29", "2024-12-31"] {
            let d = Date::parse(s).expect("date");
            assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), d);
        }
        assert_eq!(Date::parse("1970-01-11").expect("d").days_since_epoch(), 10);
    }
}
