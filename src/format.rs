//! Dates, times and sizes as the app shows them ("Wednesday 22 October
//! 2025", "13:00", "30.0 MB"), written out by hand: chrono's strftime and
//! float formatting would add kilobytes to the wasm bundle for a few fixed
//! formats.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday(date: NaiveDate) -> &'static str {
    WEEKDAYS[date.weekday().num_days_from_monday() as usize]
}

fn month(date: NaiveDate) -> &'static str {
    MONTHS[date.month0() as usize]
}

/// "Wednesday 22 October 2025"
pub fn long_date(date: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        weekday(date),
        date.day(),
        month(date),
        date.year()
    )
}

/// "Thu 23 Oct 2025"
pub fn short_date(date: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        &weekday(date)[..3],
        date.day(),
        &month(date)[..3],
        date.year()
    )
}

/// "2025-10-22"
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// "13:00"
pub fn clock(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// "30.0": bytes in megabytes to one decimal, rounded, with integers only —
/// formatting a float would bring its formatting code into the wasm.
pub fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let d = NaiveDate::from_ymd_opt(2025, 10, 22).unwrap();
        assert_eq!(long_date(d), "Wednesday 22 October 2025");
        assert_eq!(short_date(d), "Wed 22 Oct 2025");
        assert_eq!(iso_date(d), "2025-10-22");
        assert_eq!(clock(NaiveTime::from_hms_opt(7, 5, 0).unwrap()), "07:05");
        assert_eq!(megabytes(30 << 20), "30.0");
        assert_eq!(megabytes(1_572_864), "1.5");
        assert_eq!(megabytes(52_428_800 + 99_999), "50.1");
    }
}
