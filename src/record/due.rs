//! Dates as records write them ("22 October 2025", "22.10.2025", "Aug 8,
//! 2018", "next Tuesday"), and the due date of an item relative to the meeting.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::model::Due;

use super::clock::clock;
pub use super::clock::{FoundTime, find_times, to_utc, zone_offset};

/// A date found in text, with the byte range it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub day: u32,
    pub month: u32,
    pub year: Option<i32>,
    /// The first day of a range written before it: "9–11 April" → 9.
    pub range_start: Option<u32>,
}

const MONTHS: [(&str, u32); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// A word of `text` with its byte range.
#[derive(Clone, Copy, Debug)]
pub(super) struct Word<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: &'a str,
}

pub(super) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || matches!(c, ':' | '.' | '-' | '/' | '+');
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    start: s,
                    end: i,
                    text: &text[s..i],
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
            text: &text[s..],
        });
    }
    // Sentence punctuation glued to a word ("2025." or "23.10.2025.") is not part of it.
    for w in &mut out {
        let trimmed = w.text.trim_end_matches(['.', ':', '-', '/']);
        w.end = w.start + trimmed.len();
        w.text = trimmed;
    }
    out.retain(|w| !w.text.is_empty());
    out
}

pub(super) fn is_month(word: &str) -> bool {
    month_of(word).is_some()
}

/// "Tue", "March": a word that names a weekday or a month.
pub(super) fn names_day_or_month(word: &str) -> bool {
    is_weekday(word) || month_of(word).is_some()
}

/// "Tue", "Tuesday" → Tuesday.
pub(super) fn weekday_of(word: &str) -> Option<Weekday> {
    WEEKDAYS
        .iter()
        .find(|(name, _)| word.eq_ignore_ascii_case(name))
        .map(|&(_, day)| day)
}

pub(super) fn is_weekday(word: &str) -> bool {
    WEEKDAYS
        .iter()
        .any(|(name, _)| word.eq_ignore_ascii_case(name))
}

fn month_of(word: &str) -> Option<u32> {
    // Every word of a sentence is tried: no allocation, and most words
    // are turned away by their length or first letter.
    let word = word.trim_end_matches('.');
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    MONTHS
        .iter()
        .find(|(name, _)| word.eq_ignore_ascii_case(name))
        .map(|&(_, m)| m)
}

fn day_of(word: &str) -> Option<u32> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    let day: u32 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

pub(super) fn year_of(word: &str) -> Option<i32> {
    let year: i32 = word.parse().ok()?;
    (word.len() == 4 && (1990..=2100).contains(&year)).then_some(year)
}

/// Every date written in `text`: "22 October 2025", "October 22, 2025",
/// "Aug 8 2018", "23 October", "2018-03-20", "22.10.2025".
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    let w = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        if let Some(found) = numeric_date(w[i]).or_else(|| cued_day_month(&w, i)) {
            out.push(found);
            i += 1;
            continue;
        }
        // Day Month [Year], and a range of days "9–11 April", "9-11 April".
        let (range_start, day) = match w[i].text.split_once('-') {
            Some((a, b)) => (day_of(a), day_of(b)),
            None => (None, day_of(w[i].text)),
        };
        // "15th of November"
        let of = usize::from(
            w.get(i + 1)
                .is_some_and(|n| n.text.eq_ignore_ascii_case("of")),
        );
        if let (Some(day), Some(month)) = (day, w.get(i + 1 + of).and_then(|n| month_of(n.text))) {
            let month_at = i + 1 + of;
            let year = w.get(month_at + 1).and_then(|y| year_of(y.text));
            let last = if year.is_some() {
                month_at + 1
            } else {
                month_at
            };
            let before = |k: usize| i.checked_sub(k).map(|j| w[j].text);
            let range_start = range_start.or_else(|| {
                // "9 to 11 April", "9 and 10 April", "9 – 11 April".
                let joined = before(1).is_some_and(|b| matches!(b, "to" | "and" | "until"));
                let dashed = i > 0
                    && text
                        .get(w[i - 1].end..w[i].start)
                        .is_some_and(|gap| gap.trim() == "–" || gap.trim() == "—");
                let from = if joined {
                    before(2)
                } else if dashed {
                    before(1)
                } else {
                    None
                };
                from.and_then(day_of).filter(|&d| d < day)
            });
            out.push(FoundDate {
                start: w[i].start,
                end: w[last].end,
                day,
                month,
                year,
                range_start,
            });
            i = last + 1;
            continue;
        }
        // Month Day[,] [HH:MM:SS] [Year]: "Aug 8, 2018", "Tue Nov  4 15:00:02 2025".
        if let (Some(month), Some(day)) = (
            month_of(w[i].text),
            w.get(i + 1).and_then(|n| day_of(n.text)),
        ) {
            // "May 2025" is a month, not the 20th of May ("January 15th"
            // is a day, four letters long).
            if year_of(w[i + 1].text).is_none() {
                let clock_between = w
                    .get(i + 2)
                    .is_some_and(|c| clock(&c.text.to_ascii_lowercase()).is_some());
                let year_at = if clock_between { i + 3 } else { i + 2 };
                let year = w.get(year_at).and_then(|y| year_of(y.text));
                let last = if year.is_some() { year_at } else { i + 1 };
                out.push(FoundDate {
                    start: w[i].start,
                    end: w[last].end,
                    day,
                    month,
                    year,
                    range_start: None,
                });
                i = last + 1;
                continue;
            }
        }
        i += 1;
    }
    out.retain(|d| NaiveDate::from_ymd_opt(d.year.unwrap_or(2024), d.month, d.day).is_some());
    out
}

/// "by Mon 23.02.", "before 16/2", "(due 21.01.)": a day and a month, day
/// first as international records write them, after a word that says a
/// date follows ("24/7" and "3.2" alone are no dates).
fn cued_day_month(w: &[Word<'_>], i: usize) -> Option<FoundDate> {
    const CUES: [&str; 9] = [
        "by", "due", "until", "till", "before", "on", "deadline", "from", "latest",
    ];
    let before = w.get(i.checked_sub(1)?)?.text.trim_start_matches('(');
    let after_weekday = is_weekday(before.trim_end_matches(','));
    let cued = CUES.iter().any(|c| before.eq_ignore_ascii_case(c)) || after_weekday;
    // "by Friday 13.3.": a stop after the month, as Nordic and German
    // records write the day and month; it makes a date of one digit too.
    let text = w[i].text;
    let dotted = text.matches('.').count() == 2 && text.ends_with('.');
    let text = if dotted {
        &text[..text.len() - 1]
    } else {
        text
    };
    let (day, month) = text.split_once(['.', '/'])?;
    // "until 2.4 is out" names a release: with stops, two digits each.
    let width = if text.contains('.') && !dotted && !after_weekday {
        2..=2
    } else {
        1..=2
    };
    let number = |p: &str| width.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if !cued || !number(day) || !number(month) {
        return None;
    }
    let (day, month) = (day.parse().ok()?, month.parse().ok()?);
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then_some(FoundDate {
        start: w[i].start,
        end: w[i].end,
        day,
        month,
        year: None,
        range_start: None,
    })
}

/// `2018-03-20`, `22.10.2025`, `22/10/2025` (day first, as international records write it).
fn numeric_date(w: Word<'_>) -> Option<FoundDate> {
    let found = |day, month, year| {
        Some(FoundDate {
            start: w.start,
            end: w.end,
            day,
            month,
            year: Some(year),
            range_start: None,
        })
    };
    let parts: Vec<&str> = w.text.split(['-', '.', '/']).collect();
    // "(due 10/21)" from a US meeting assistant: month first, no year; only
    // when the day cannot be a month ("3/4" and "24/7" are no dates).
    if let [month, day] = parts[..]
        && w.text.contains('/')
        && let (Ok(m @ 1..=12), Ok(d @ 13..=31)) = (month.parse::<u32>(), day.parse::<u32>())
    {
        return Some(FoundDate {
            start: w.start,
            end: w.end,
            day: d,
            month: m,
            year: None,
            range_start: None,
        });
    }
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n = |s: &str| s.parse::<u32>().ok();
    // "2018-03-20", "2026/05/06", "2025.10.22": the year first, then the
    // month, in every form that starts with it.
    if parts[0].len() == 4 {
        return found(
            n(parts[2])?,
            n(parts[1])?,
            i32::try_from(n(parts[0])?).ok()?,
        );
    }
    if parts[2].len() == 4 && !w.text.contains('-') {
        let (first, second) = (n(parts[0])?, n(parts[1])?);
        let year = i32::try_from(n(parts[2])?).ok()?;
        // Day first, as international records write it; "10/22/2025" can
        // only be month first (US tools such as meeting assistants).
        if (1..=12).contains(&second) {
            return found(first, second, year);
        }
        if (1..=12).contains(&first) && w.text.contains('/') {
            return found(second, first, year);
        }
    }
    None
}

/// A due column's "1/12" or "24.10": a day and a month, day first as
/// international records write them (month first only when the second
/// number cannot be a month). Only a column for dates says so; in running
/// text "24/7" is no date.
pub fn cell_date(cell: &str, meeting: Option<NaiveDate>) -> Option<Due> {
    let (a, b) = cell.trim().split_once(['/', '.'])?;
    let short = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    if !short(a) || !short(b.trim_end_matches('.')) {
        return None;
    }
    let (a, b): (u32, u32) = (a.parse().ok()?, b.trim_end_matches('.').parse().ok()?);
    let (day, month) = if b <= 12 { (a, b) } else { (b, a) };
    let found = FoundDate {
        start: 0,
        end: cell.len(),
        day,
        month,
        year: None,
        range_start: None,
    };
    NaiveDate::from_ymd_opt(2024, month, day)?;
    Some(Due {
        date: resolve_year(&found, meeting)?,
        time_utc: None,
    })
}

/// Fills in a missing year from the meeting: the first such date on or after
/// a month before the meeting (minutes rarely set deadlines in the past).
pub fn resolve_year(found: &FoundDate, meeting: Option<NaiveDate>) -> Option<NaiveDate> {
    if let Some(year) = found.year {
        return NaiveDate::from_ymd_opt(year, found.month, found.day);
    }
    let meeting = meeting?;
    let this_year = NaiveDate::from_ymd_opt(meeting.year(), found.month, found.day)?;
    if this_year < meeting - Duration::days(31) {
        NaiveDate::from_ymd_opt(meeting.year() + 1, found.month, found.day)
    } else {
        Some(this_year)
    }
}

/// "Fri 3/6" in minutes of 4 March: day first reads 3 June, month first
/// 6 March. A deadline falls soon after its meeting: of the two readings
/// of a yearless "a/b" (both twelve or under), the one in the coming two
/// months, when only one is.
fn nearer_reading(
    sentence: &str,
    found: &FoundDate,
    meeting: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let read = resolve_year(found, meeting)?;
    let (Some(meeting), None) = (meeting, found.year) else {
        return Some(read);
    };
    let written = sentence.get(found.start..found.end).unwrap_or("");
    if !written.contains('/') || found.day > 12 || found.day == found.month {
        return Some(read);
    }
    let swapped = FoundDate {
        day: found.month,
        month: found.day,
        ..*found
    };
    let soon = |d: NaiveDate| d >= meeting && d <= meeting + Duration::days(60);
    match resolve_year(&swapped, Some(meeting)) {
        Some(other) if soon(other) && !soon(read) => Some(other),
        _ => Some(read),
    }
}

/// Weekdays, and the short forms that only count after a cue ("due Fri").
const WEEKDAYS: [(&str, Weekday); 16] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
];

/// Whether `text` has a digit or a word that opens like a month or a
/// weekday: most sentences have neither, and need no closer look.
pub fn might_hold_a_date(text: &str) -> bool {
    const OPENINGS: [&[u8; 3]; 21] = [
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec", b"mon", b"tue", b"wed", b"thu", b"fri", b"sat", b"sun", b"tom", b"tod",
    ];
    text.bytes().any(|b| b.is_ascii_digit())
        || text
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 3)
            .any(|w| {
                let b = w.as_bytes();
                let head = [
                    b[0].to_ascii_lowercase(),
                    b[1].to_ascii_lowercase(),
                    b[2].to_ascii_lowercase(),
                ];
                OPENINGS.iter().any(|o| **o == head)
            })
}

/// "next Tuesday", "by Friday", "on Monday": the first such weekday after the meeting.
pub fn find_weekday(text: &str, meeting: NaiveDate) -> Option<(NaiveDate, usize, usize)> {
    let w = words(text);
    for (i, word) in w.iter().enumerate() {
        let lower = word.text.to_ascii_lowercase();
        let Some(&(_, weekday)) = WEEKDAYS.iter().find(|(name, _)| *name == lower) else {
            continue;
        };
        let before = i.checked_sub(1).map(|j| w[j].text.to_ascii_lowercase());
        let cue = before.as_deref().is_some_and(|b| {
            matches!(
                b,
                "next"
                    | "by"
                    | "on"
                    | "until"
                    | "before"
                    | "this"
                    | "coming"
                    | "eod"
                    | "cob"
                    | "due"
            )
        });
        // "before 5pm CET Friday", "by 17:00 Friday": a deadline's hour
        // between its cue and the day.
        let timed_cue = !cue
            && (1..=5).any(|back| {
                let Some(j) = i.checked_sub(back) else {
                    return false;
                };
                let cue_word = matches!(
                    w[j].text.to_ascii_lowercase().as_str(),
                    "by" | "before" | "until"
                );
                // "by 9am ET Monday", "by end of day Monday", "by noon Friday".
                cue_word
                    && w[j + 1..i].iter().all(|x| {
                        let l = x.text.to_ascii_lowercase();
                        super::clock::clock(&l).is_some()
                            || super::clock::zone_offset(x.text).is_some()
                            || super::clock::is_us_zone(&l)
                            || matches!(
                                l.replace('.', "").as_str(),
                                "am" | "pm" | "noon" | "midday" | "end" | "of" | "day" | "close"
                            )
                            || l.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
                    })
                    && back > 1
            });
        // "by Friday next week", "Friday of next week": the Friday of the
        // week after the meeting's, not the first Friday to come.
        let after = |k: usize| w.get(i + k).map(|x| x.text.to_ascii_lowercase());
        let of = usize::from(after(1).as_deref() == Some("of"));
        let next_week =
            after(1 + of).as_deref() == Some("next") && after(2 + of).as_deref() == Some("week");
        if !cue && !timed_cue && !next_week {
            continue;
        }
        let mut date = meeting + Duration::days(1);
        if next_week {
            date =
                meeting + Duration::days(7 - i64::from(meeting.weekday().num_days_from_monday()));
        }
        while date.weekday() != weekday {
            date += Duration::days(1);
        }
        let start = match i.checked_sub(1) {
            Some(j) if cue => w[j].start,
            _ => word.start,
        };
        return Some((date, start, word.end));
    }
    None
}

fn names_another_day(before: &str) -> bool {
    let lower = before.trim_end().to_ascii_lowercase();
    // "add it to the agenda for 21 May" is due then; a booking is not.
    let booking = ["book", "reserve", "invite"]
        .iter()
        .any(|v| lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == *v));
    [" for the", "meeting of", "call of", "session of"]
        .iter()
        .any(|w| lower.ends_with(w))
        || booking && lower.ends_with(" for")
}

fn begins_then(before: &str) -> bool {
    let lower = before.trim_end().to_ascii_lowercase();
    [
        "starting",
        "from",
        "beginning",
        "commencing",
        "effective",
        "week of",
    ]
    .iter()
    .any(|w| lower.ends_with(w) && !lower[..lower.len() - w.len()].ends_with(char::is_alphanumeric))
}

/// The due date of an item from its sentence: exactly one date (or a
/// weekday relative to the meeting), with a time converted to UTC when one
/// is written next to it. Several dates make it ambiguous: no due date.
pub fn due_in(
    sentence: &str,
    meeting: Option<NaiveDate>,
    default_offset: Option<i32>,
) -> Option<Due> {
    if !might_hold_a_date(sentence) {
        return None;
    }
    let mut dates = find_dates(sentence);
    // "w/c 19 January", "the week of 9 March": a week, no day.
    dates.retain(|d| {
        let before = sentence[..d.start].trim_end().to_ascii_lowercase();
        ![
            "w/c",
            "week commencing",
            "week of",
            "week starting",
            "week beginning",
        ]
        .iter()
        .any(|w| before.ends_with(w))
    });
    // "Send the SOW with the January 23 go-live date … by EOD Friday": the
    // day a deadline word leads to, over a date that only describes.
    let cued = |start: usize| {
        let before = sentence[..start].trim_end().to_ascii_lowercase();
        ["by", "before", "until", "due", "than", "eod", "cob"]
            .iter()
            .any(|c| before.ends_with(c))
    };
    if !dates.is_empty()
        && !dates.iter().any(|d| cued(d.start))
        && let Some(meeting) = meeting
        && let Some((date, start, end)) = find_weekday(sentence, meeting)
        && (cued(start) || cued(start + sentence[start..end].find(' ').unwrap_or(0)))
        // "by Friday, 21 July": the weekday of the date itself.
        && !dates
            .iter()
            .any(|d| d.start >= end && sentence[end..d.start].trim_matches([',', ' ']).is_empty())
    {
        // "by Thursday 3 PM Pacific whether the cutover can happen on
        // March 15": the deadline's hour follows its day.
        let time = find_times(sentence)
            .into_iter()
            .find(|t| t.start >= end && t.start - end <= 12);
        return Some(timed(date, time, default_offset));
    }
    // "(by the 20th)": a day of the month, the next one after the meeting.
    // "by next Wednesday so we can discuss on the 5th": a deadline by its
    // weekday comes first; "on Tuesday the 28th": the weekday names the
    // day the 28th is.
    if dates.is_empty()
        && let Some(meeting) = meeting
        && let Some((day, on_weekday)) = ordinal_day(sentence)
        && (on_weekday || find_weekday(sentence, meeting).is_none())
    {
        let this_month = NaiveDate::from_ymd_opt(meeting.year(), meeting.month(), day);
        let date = match this_month.filter(|d| *d > meeting) {
            Some(d) => d,
            None => {
                let next = meeting.checked_add_months(chrono::Months::new(1))?;
                NaiveDate::from_ymd_opt(next.year(), next.month(), day)?
            }
        };
        // "by 3pm Eastern on the 25th", "on the 10th, at 09:00 Amsterdam
        // time": the hour said with the day, when the sentence has one.
        let times = find_times(sentence);
        let time = match times.as_slice() {
            [one] => Some(*one),
            _ => None,
        };
        return Some(timed(date, time, default_offset));
    }
    let (date, date_start, date_end) = match dates.as_slice() {
        [one] if one.range_start.is_some() => return None,
        // "the Sunday slot starting 6 October", "the week of July 7": when
        // something begins, not when the task is due.
        [one] if begins_then(&sentence[..one.start]) => return None,
        // "book the hall for Jan 24", "the invite for the March 27 review",
        // "after their meeting of 17 July": the day of something else.
        [one] if names_another_day(&sentence[..one.start]) => return None,
        [one] => (nearer_reading(sentence, one, meeting)?, one.start, one.end),
        [] => {
            let meeting = meeting?;
            match find_weekday(sentence, meeting) {
                Some((date, start, end)) => (date, start, end),
                // "by tomorrow": the day after the meeting; "today" is
                // the meeting's own day.
                None => match word_at(sentence, "tomorrow") {
                    Some(at) => (meeting.succ_opt()?, at, at + "tomorrow".len()),
                    None => {
                        let at = word_at(sentence, "today")?;
                        (meeting, at, at + "today".len())
                    }
                },
            }
        }
        // "On 16 October, the meeting … requested X to finalize it by 24
        // October", "(slides arrive 23 Feb) - due 25 Feb": of several
        // dates, the one a deadline word names.
        many => {
            let by = |d: &&FoundDate| d.range_start.is_none() && cued(d.start);
            let mut deadlines = many.iter().filter(by);
            match (deadlines.next(), deadlines.next()) {
                (Some(one), None) => (resolve_year(one, meeting)?, one.start, one.end),
                _ => return None,
            }
        }
    };
    if has_second_day(sentence, date_end, &dates) {
        return None;
    }
    // "by 12:00 CET on Wednesday, 4 March": a deadline's hour may come
    // first ("at 16:00 CEST on 1 November" is when something happens).
    let just_before = |t: &FoundTime| {
        let by = sentence[..t.start].split_whitespace().next_back();
        by.is_some_and(|w| {
            ["by", "before", "until", "than"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
        }) && sentence.get(t.end..date_start).is_some_and(|gap| {
            gap.split(|c: char| c.is_whitespace() || c == ',')
                .all(|w| w.is_empty() || w.eq_ignore_ascii_case("on") || is_weekday(w))
        })
    };
    let time = find_times(sentence)
        .into_iter()
        .find(|t| t.start >= date_end && t.start - date_end <= 12 || just_before(t));
    Some(timed(date, time, default_offset))
}

/// The due day, with the hour written beside it in UTC when its zone (or
/// the meeting's) is known.
fn timed(date: NaiveDate, time: Option<FoundTime>, default_offset: Option<i32>) -> Due {
    match time.and_then(|t| t.offset_on(date).or(default_offset).map(|o| (t.time, o))) {
        Some((time, offset)) => {
            let (date, time) = to_utc(date, time, offset);
            Due {
                date,
                time_utc: Some(time),
            }
        }
        None => Due {
            date,
            time_utc: None,
        },
    }
}

/// "by the 20th", "I can scribe on the 24th": the day a deadline names
/// without its month ("on the 2nd floor" names no day), and whether a
/// weekday named it ("Tuesday the 28th").
fn ordinal_day(sentence: &str) -> Option<(u32, bool)> {
    let lower = sentence.to_ascii_lowercase();
    [
        "by the ",
        "on the ",
        "before the ",
        "until the ",
        "monday the ",
        "tuesday the ",
        "wednesday the ",
        "thursday the ",
        "friday the ",
        // "by Friday 27th": the weekday, then the day it is.
        "monday ",
        "tuesday ",
        "wednesday ",
        "thursday ",
        "friday ",
    ]
    .iter()
    .flat_map(|cue| {
        lower
            .match_indices(cue)
            .map(move |(i, _)| (i + cue.len(), *cue))
    })
    .find_map(|(at, cue)| {
        let by = cue == "by the ";
        let word = lower[at..].split(|c: char| !c.is_alphanumeric()).next()?;
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &word[digits.len()..];
        let day: u32 = digits.parse().ok()?;
        let next = lower[at + word.len()..]
            .trim_start_matches([' ', ','])
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let alone = by
            || lower[at + word.len()..].starts_with([',', '.', ';', ')', ':'])
            || [
                "", "at", "and", "so", "if", "when", "latest", "or", "please",
            ]
            .contains(&next);
        let on_weekday = cue.ends_with("day the ") || cue.ends_with("day ");
        (matches!(suffix, "st" | "nd" | "rd" | "th") && (1..=31).contains(&day) && alone)
            .then_some((day, on_weekday))
    })
}

/// Where `word` stands in `text` as a word of its own, in any case.
fn word_at(text: &str, word: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    lower.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + word.len()..].chars().next();
        // "today's decision" names the day of something, not a deadline.
        !before.is_some_and(char::is_alphanumeric)
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '\'' || c == '’')
    })
}

/// "3 and 4 November" reads as one date found ("4 November") after a lone day:
/// a range of days is not a due date.
fn has_second_day(sentence: &str, _date_end: usize, dates: &[FoundDate]) -> bool {
    let Some(first) = dates.first() else {
        return false;
    };
    let before = sentence[..first.start].trim_end();
    let before = before
        .strip_suffix("and")
        .or_else(|| before.strip_suffix('-'))
        .or_else(|| before.strip_suffix('–'))
        .or_else(|| before.strip_suffix("to"))
        .map(str::trim_end);
    before.is_some_and(|b| {
        b.rsplit(|c: char| !c.is_ascii_digit())
            .next()
            .is_some_and(|d| day_of(d).is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn written_dates() {
        let f = |s: &str| {
            find_dates(s)
                .iter()
                .map(|x| (x.day, x.month, x.year))
                .collect::<Vec<_>>()
        };
        assert_eq!(f("22 October 2025 | 14:00"), vec![(22, 10, Some(2025))]);
        assert_eq!(f("September 27 2016"), vec![(27, 9, Some(2016))]);
        assert_eq!(f("on Aug 8, 2018."), vec![(8, 8, Some(2018))]);
        assert_eq!(f("2018-03-20"), vec![(20, 3, Some(2018))]);
        assert_eq!(f("22.10.2025."), vec![(22, 10, Some(2025))]);
        assert_eq!(f("on 23 October at 13:00"), vec![(23, 10, None)]);
        assert_eq!(f("in May 2025"), vec![]);
        assert_eq!(f("by the 15th of November"), vec![(15, 11, None)]);
        assert_eq!(f("January 15th, 2026"), vec![(15, 1, Some(2026))]);
        assert_eq!(f("Tue Nov  4 15:00:02 2025 UTC"), vec![(4, 11, Some(2025))]);
        assert_eq!(
            find_dates("Geneva, 9–11 April 2019")[0].range_start,
            Some(9)
        );
        assert_eq!(
            find_dates("from 9 to 11 April 2019")[0].range_start,
            Some(9)
        );
        assert_eq!(f("(10/22/2025)"), vec![(22, 10, Some(2025))]);
        assert_eq!(f("by 5.11.2025"), vec![(5, 11, Some(2025))]);
        assert_eq!(f("Date: 2026/05/06"), vec![(6, 5, Some(2026))]);
        // Day and month without a year, after a word that says a date follows.
        assert_eq!(f("by Mon 23.02."), vec![(23, 2, None)]);
        assert_eq!(f("before 16/2"), vec![(16, 2, None)]);
        assert_eq!(f("(due 21.01.)"), vec![(21, 1, None)]);
        assert_eq!(f("until 2.4 is out"), vec![]);
        assert_eq!(f("open 24/7"), vec![]);
    }

    #[test]
    fn times_and_zones() {
        let t = find_times("at 13:00 UTC and 3 pm CET");
        assert_eq!(t[0].time, NaiveTime::from_hms_opt(13, 0, 0).unwrap());
        assert_eq!(t[0].offset, Some(0));
        assert_eq!(t[1].time, NaiveTime::from_hms_opt(15, 0, 0).unwrap());
        assert_eq!(t[1].offset, Some(60));
        assert_eq!(zone_offset("UTC+2"), Some(120));
        let range = find_times("15:00–17:00 CEST");
        assert_eq!(range[0].offset, Some(120));
        let spaced = find_times("10:00 – 10:45 AM (PDT)");
        assert_eq!(spaced[0].time, NaiveTime::from_hms_opt(10, 0, 0).unwrap());
        assert_eq!(spaced[0].offset, Some(-420));
        let afternoon = find_times("Tue, Oct 21, 2025 3:00 PM – 3:45 PM (EDT)");
        assert_eq!(
            afternoon[0].time,
            NaiveTime::from_hms_opt(15, 0, 0).unwrap()
        );
        assert_eq!(afternoon[0].offset, Some(-240));
        let logged = find_times("started at 16:00:04 UTC.");
        assert_eq!(logged[0].time, NaiveTime::from_hms_opt(16, 0, 0).unwrap());
        assert_eq!(zone_offset("GMT-05:30"), Some(-330));
    }

    #[test]
    fn the_deadline_word_picks_the_day() {
        // Wednesday 6 August 2025.
        let meeting = Some(d(2025, 8, 6));
        let iso = |s: &str| due_in(s, meeting, None).map(|d| d.iso());
        assert_eq!(
            iso("Send the SOW with the January 23 go-live date to legal by EOD Friday").as_deref(),
            Some("2025-08-08")
        );
        assert_eq!(
            iso("send it by Friday, 22 August 2025").as_deref(),
            Some("2025-08-22")
        );
        assert_eq!(
            iso("contact Denver about sample feeds (by the 20th)").as_deref(),
            Some("2025-08-20")
        );
        assert_eq!(iso("post it by the 3rd").as_deref(), Some("2025-09-03"));
        // The meeting is on Wednesday 6 August 2025.
        assert_eq!(
            iso("send it by Friday next week").as_deref(),
            Some("2025-08-15")
        );
        assert_eq!(iso("send it by Friday").as_deref(), Some("2025-08-08"));
        assert_eq!(
            iso("Helen to send the notes to the list today.").as_deref(),
            Some("2025-08-06")
        );
        assert_eq!(iso("record today's decision on the wiki"), None);
        assert_eq!(
            iso("I'll send the agenda on Tuesday the 19th").as_deref(),
            Some("2025-08-19")
        );
        assert_eq!(
            iso("please review it by next Wednesday so we can discuss on the 20th").as_deref(),
            Some("2025-08-13")
        );
        // "Fri 3/6" a few days after the meeting, not in June.
        assert_eq!(
            iso("cut the release candidate (due 9/1)").as_deref(),
            Some("2025-09-01")
        );
        assert_eq!(
            iso("cut the release candidate (due 15/8)").as_deref(),
            Some("2025-08-15")
        );
        // "on the 24th" is a day too, unless a noun follows ("floor").
        assert_eq!(
            iso("I can scribe on the 24th").as_deref(),
            Some("2025-08-24")
        );
        assert_eq!(iso("meet on the 2nd floor"), None);
        assert_eq!(
            iso("draft by Fri 8 Aug, 23:59 AoE").as_deref(),
            Some("2025-08-09T11:59Z")
        );
    }

    #[test]
    fn a_day_of_the_month_with_its_hour() {
        // Wednesday 18 February 2026: the 25th is next week, still winter.
        let meeting = Some(d(2026, 2, 18));
        let iso = |s: &str| due_in(s, meeting, None).map(|d| d.iso());
        assert_eq!(
            iso("circulate the draft by 3pm Eastern on the 25th").as_deref(),
            Some("2026-02-25T20:00Z")
        );
        assert_eq!(
            iso("post the details on the 24th, at 09:00 Amsterdam time").as_deref(),
            Some("2026-02-24T08:00Z")
        );
        assert_eq!(iso("send it by the 20th").as_deref(), Some("2026-02-20"));
        // The meeting is on Wednesday 18 February: "Friday 27th" is the
        // Friday after next, not the 20th.
        assert_eq!(
            iso("he'll send the test files by Friday 27th, so …").as_deref(),
            Some("2026-02-27")
        );
    }

    #[test]
    fn of_several_dates_the_one_a_deadline_word_names() {
        let meeting = Some(d(2026, 2, 12));
        let iso = |s: &str| due_in(s, meeting, None).map(|d| d.iso());
        assert_eq!(
            iso("review the slides (slides arrive 23 Feb) - due 25 Feb").as_deref(),
            Some("2026-02-25")
        );
        assert_eq!(
            iso("after the call on 23 Feb, send the notes before 25 Feb").as_deref(),
            Some("2026-02-25")
        );
        assert_eq!(iso("between 23 Feb and 25 Feb").as_deref(), None);
    }

    #[test]
    fn a_deadline_hour_before_its_day_and_city_times() {
        // Wednesday 22 October 2025: Friday is the 24th, still summer time
        // in Geneva (until 26 October); February is winter.
        let meeting = Some(d(2025, 10, 22));
        let iso = |s: &str| due_in(s, meeting, None).map(|d| d.iso());
        assert_eq!(
            iso("circulate the bio before 5pm CET Friday").as_deref(),
            Some("2025-10-24T16:00Z")
        );
        assert_eq!(
            iso("send it by 17:00 Friday").as_deref(),
            Some("2025-10-24")
        );
        // Noon, a North American zone, the end of the day, "no later than".
        assert_eq!(
            iso("share it by noon UTC on Thursday").as_deref(),
            Some("2025-10-23T12:00Z")
        );
        assert_eq!(
            iso("send slides by 9am ET Monday").as_deref(),
            Some("2025-10-27T13:00Z")
        );
        assert_eq!(
            iso("confirm by Thursday 3 PM Pacific whether the cutover can happen on November 15")
                .as_deref(),
            Some("2025-10-23T22:00Z")
        );
        assert_eq!(
            iso("Book the community hall for Jan 24 and confirm AV"),
            None
        );
        assert_eq!(
            iso("Send the invite for the March 27 go/no-go review"),
            None
        );
        assert_eq!(
            iso("They will send feedback after their meeting of 17 July."),
            None
        );
        assert_eq!(
            iso("add the explainer to the agenda for 21 November").as_deref(),
            Some("2025-11-21")
        );
        assert_eq!(
            iso("share the actuals by end of day Monday").as_deref(),
            Some("2025-10-27")
        );
        assert_eq!(
            iso("comment no later than 17:00 CET on Friday, 24 October").as_deref(),
            Some("2025-10-24T16:00Z")
        );
        assert_eq!(
            iso("on Friday, 24 October 2025, at 15:00 Geneva time").as_deref(),
            Some("2025-10-24T13:00Z")
        );
        assert_eq!(
            iso("on Tuesday, 24 February 2026, at 15:00 Geneva time").as_deref(),
            Some("2026-02-24T14:00Z")
        );
    }

    #[test]
    fn due_dates_from_sentences() {
        let meeting = Some(d(2025, 10, 22));
        let due = due_in(
            "The call is on 23 October at 13:00 UTC and all may register.",
            meeting,
            None,
        );
        assert_eq!(due.unwrap().iso(), "2025-10-23T13:00Z");
        assert_eq!(
            due_in("register for the track on 3 and 4 November", meeting, None),
            None
        );
        assert_eq!(
            due_in("send it by next Tuesday", meeting, None)
                .unwrap()
                .iso(),
            "2025-10-28"
        );
        assert_eq!(
            due_in("at 16:00 CEST on 1 November", meeting, None)
                .unwrap()
                .iso(),
            "2025-11-01"
        );
        assert_eq!(
            due_in("on 1 November at 16:00 CEST", meeting, None)
                .unwrap()
                .iso(),
            "2025-11-01T14:00Z"
        );
        assert_eq!(
            due_in("by 12:00 CET on Friday, 24 October.", meeting, None)
                .unwrap()
                .iso(),
            "2025-10-24T11:00Z"
        );
        assert_eq!(
            due_in("by 10 January", meeting, None).unwrap().iso(),
            "2026-01-10"
        );
        assert_eq!(
            due_in("send it by tomorrow", meeting, None).unwrap().iso(),
            "2025-10-23"
        );
        // A week, not a day.
        assert_eq!(due_in("set up CI w/c 3 November", meeting, None), None);
        // Zones by city, by their IANA name, and regional abbreviations.
        for (said, utc) in [
            ("on 24 October at 10:00 Boston", "2025-10-24T14:00Z"),
            ("on 24 October at 11:00 US Eastern", "2025-10-24T15:00Z"),
            ("on 24 October, 15:00 Europe/Paris", "2025-10-24T13:00Z"),
            ("on 24 October at 14:00 EAT", "2025-10-24T11:00Z"),
        ] {
            assert_eq!(due_in(said, meeting, None).unwrap().iso(), utc, "{said}");
        }
        // 10am Eastern is UTC-4 in October, UTC-5 in December.
        assert_eq!(
            due_in("on 24 October at 10am ET", meeting, None)
                .unwrap()
                .iso(),
            "2025-10-24T14:00Z"
        );
        assert_eq!(
            due_in("on 4 December at 10am ET", meeting, None)
                .unwrap()
                .iso(),
            "2025-12-04T15:00Z"
        );
    }
}
