//! The meeting's title, date and start time, read from the record's header
//! (or a mail's subject line), with the time converted to UTC.

use chrono::{Datelike, NaiveDate};

use super::blocks::{Block, BlockKind};
use super::due::{self, FoundDate};
use super::model::Meeting;
use super::sections;
use super::speaker;

/// How far into a record the meeting date may be looked for when the
/// header has none (mail archives put headers, quotes and greetings first).
const DATE_SEARCH_BLOCKS: usize = 25;
/// How far the start time may be from the top, when no date stands beside it.
const TIME_SEARCH_BLOCKS: usize = 12;

/// Prefixes that precede a title without being part of it.
const TITLE_PREFIXES: [&str; 7] = [
    "subject:", "topic:", "title:", "meeting:", "re:", "fwd:", "fw:",
];

/// Mail header lines whose dates are when the mail was sent, not the meeting.
const SENT_HEADERS: [&str; 3] = ["date:", "sent:", "received:"];

/// Words that say a line names a meeting (rather than an organisation).
const MEETING_WORDS: [&str; 15] = [
    "panel",
    "workshop",
    "summit",
    "assembly",
    "hearing",
    "meeting",
    "call",
    "minutes",
    "teleconference",
    "telecon",
    "sync",
    "session",
    "consultation",
    "summary",
    "notes",
];

/// The meeting, and the zone its start time was given in (minutes east of
/// UTC): a time an item gives without a zone is in the meeting's.
pub fn meeting(blocks: &[Block], header_end: usize) -> (Meeting, Option<i32>) {
    let header = &blocks[..header_end.max(1).min(blocks.len())];
    // Only a mail's "Date:" is when it was sent; in minutes it is the meeting's.
    let mail = blocks.iter().take(30).any(|b| {
        let lower = b.text.to_lowercase();
        lower.starts_with("subject:")
            || lower.starts_with("from:")
            || lower.starts_with("message-id:")
    });
    let is_sent_header =
        |text: &str| mail && is_sent_header(text) || archive_sent_date(text).is_some();
    let title = title(header, blocks);
    let subject = subject_of(blocks);
    // "On 30/09/2024 12:10, Omar wrote:" dates a quoted message.
    let quoting = |b: &&Block| super::text::is_attribution(&b.text);
    let month_first = writes_month_first(blocks);
    // "**Date/time:** Feb 10, 2026 09:00 AM …" under a note "reviewed … on
    // 12 February 2026": the line the record labels as the date says it.
    // Not a mail's sending date, nor a quoted message's.
    let dates_meeting = |b: &&Block| !is_sent_header(&b.text) && !quoting(b);
    let labelled = blocks
        .iter()
        .take(DATE_SEARCH_BLOCKS)
        .filter(dates_meeting)
        .filter(|b| labels_the_date(&b.text))
        .find_map(|b| first_full_date(&b.text, month_first));
    let dated = labelled
        .into_iter()
        .map(|(date, _)| date)
        .chain(
            subject
                .into_iter()
                .chain(header.iter())
                .chain(blocks.iter().take(DATE_SEARCH_BLOCKS))
                .filter(dates_meeting)
                .filter_map(|b| first_full_date(&b.text, month_first))
                .map(|(date, _)| date),
        )
        .next()
        // "Fri Apr 10 08:41:17 UTC 2026" under a pipermail subject, or a
        // "Date:" header: when the mail was sent, the year for a title that
        // names only the day, or for "my notes from yesterday's call
        // (Tuesday 17 February, …)".
        .or_else(|| {
            let sent = blocks
                .iter()
                .take(6)
                .find_map(|b| archive_sent_date(&b.text))
                .or_else(|| {
                    blocks
                        .iter()
                        .take(DATE_SEARCH_BLOCKS)
                        .filter(|b| mail && is_sent_header(&b.text))
                        .find_map(|b| first_full_date(&b.text, month_first))
                        .map(|(date, _)| date)
                })?;
            let held = blocks
                .iter()
                .take(12)
                .filter(|b| archive_sent_date(&b.text).is_none() && !quoting(b))
                .flat_map(|b| due::find_dates(&b.text))
                .filter(|d| d.year.is_none())
                .filter_map(|d| year_before(&d, sent))
                .find(|d| *d <= sent && sent - *d <= chrono::Duration::days(14));
            Some(held.unwrap_or(sent))
        })
        .or_else(|| {
            blocks
                .iter()
                .take(DATE_SEARCH_BLOCKS)
                .find_map(|b| first_full_date(&b.text, month_first))
                .map(|(date, _)| date)
        });
    // "# TSC Meeting — 04/07/2026" over "Date: Tuesday 04/07/2026": the
    // line with the weekday settles which reading both are.
    let dated = dated.map(|date| {
        let swapped = NaiveDate::from_ymd_opt(date.year(), date.day(), date.month());
        blocks
            .iter()
            .take(DATE_SEARCH_BLOCKS)
            .filter_map(|b| {
                let (d, _) = first_full_date(&b.text, month_first)?;
                b.text
                    .split(|c: char| !c.is_alphabetic())
                    .filter_map(due::weekday_of)
                    .any(|w| w == d.weekday())
                    .then_some(d)
            })
            .find(|d| Some(*d) == swapped && *d != date)
            .unwrap_or(date)
    });
    let dated = dated
        .map(|date| held_before_issue(blocks, date, &is_sent_header, month_first).unwrap_or(date));
    let Some(date) = dated.or_else(|| dated_by_title_year(&title)) else {
        return (
            Meeting {
                title: name_of(&title),
                written_title: title,
                date: None,
                time_utc: None,
            },
            None,
        );
    };
    // "Summary of the call, Thursday 3 October": the title names the day,
    // the rest of the record (a mail's date) the year.
    let date = due::find_dates(&title)
        .first()
        .filter(|d| d.year.is_none() && d.range_start.is_none())
        .and_then(|d| year_before(d, date))
        .unwrap_or(date);
    let date = first_day_of_session(blocks, date);
    let (date, time_utc, zone) = match start_time(blocks, date, &is_sent_header) {
        Some((time, offset)) => {
            let (d, t) = due::to_utc(date, time, offset);
            (d, Some(t), Some(offset))
        }
        None => (date, None, None),
    };
    (
        Meeting {
            title: name_of(&title),
            written_title: title,
            date: Some(date),
            time_utc,
        },
        zone,
    )
}

/// "Fri Apr 10 08:41:17 UTC 2026": a mail archive's date line (an irssi
/// log's "Log opened" line writes it so too).
pub(super) fn archive_sent_date(text: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [weekday, month, day, time, rest @ ..] = words.as_slice() else {
        return None;
    };
    let year = rest.last()?;
    if !due::is_weekday(weekday) || !due::is_month(month) || rest.len() > 2 || !time.contains(':') {
        return None;
    }
    let found = due::find_dates(&format!("{day} {month} {year}"));
    let d = found.first()?;
    NaiveDate::from_ymd_opt(d.year?, d.month, d.day)
}

/// Who wrote a mail: "From: Rosa Delgado <rosa@…>", or an archive's
/// byline "Lukas Brenner lukas.brenner at example.org". In its text "I"
/// is this person.
pub fn author(blocks: &[Block]) -> Option<String> {
    let name = |words: &[&str]| {
        let words: Vec<&str> = words.iter().map(|w| w.trim_matches(['"', '\''])).collect();
        ((2..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase)))
            .then(|| words.join(" "))
    };
    blocks.iter().take(8).find_map(|b| {
        let text = b.text.trim();
        if let Some(from) = text.get(..5).filter(|h| h.eq_ignore_ascii_case("from:")) {
            let value = decode_words(&text[from.len()..]);
            let words: Vec<&str> = value.split('<').next()?.split_whitespace().collect();
            return name(&words);
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        let at = words.iter().position(|w| *w == "at")?;
        // "Hanna Lindqvist hanna.lindqvist at nornog.example", maybe with
        // the sent date run on from the next line.
        let byline = at >= 3
            && words.get(at + 1).is_some_and(|d| d.contains('.'))
            && (at + 2 == words.len() || words[at - 1].contains(['.', '_', '-']))
            && words[at - 1].starts_with(char::is_lowercase);
        // The name right before the address, even when the subject line
        // ran on into the byline ("[wg] Notes … 2026 Hanna Lindqvist
        // hanna.lindqvist at …").
        let before = &words[..at - 1];
        let run = before
            .iter()
            .rev()
            .take(4)
            .take_while(|w| w.starts_with(char::is_uppercase) && !w.ends_with([',', ':']))
            .count();
        byline
            .then(|| name(&before[before.len() - run..]))
            .flatten()
    })
}

/// "Hanne =?utf-8?q?S=C3=B8rli?=": a mail header's encoded words (RFC 2047,
/// the "Q" form archives show) decoded.
fn decode_words(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(open) = rest.find("=?") {
        out.push_str(&rest[..open]);
        let word = &rest[open + 2..];
        let mut parts = word.splitn(3, '?');
        let (Some(_charset), Some(kind), Some(tail)) = (parts.next(), parts.next(), parts.next())
        else {
            out.push_str(&rest[open..]);
            return out;
        };
        let Some(end) = tail.find("?=") else {
            out.push_str(&rest[open..]);
            return out;
        };
        if kind.eq_ignore_ascii_case("q") {
            let mut bytes = Vec::new();
            let raw = &tail.as_bytes()[..end];
            let mut k = 0;
            while k < raw.len() {
                match raw[k] {
                    b'_' => bytes.push(b' '),
                    b'=' if k + 2 < raw.len() => {
                        let hex = std::str::from_utf8(&raw[k + 1..k + 3]).unwrap_or("");
                        bytes.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                        k += 2;
                    }
                    b => bytes.push(b),
                }
                k += 1;
            }
            out.push_str(&String::from_utf8_lossy(&bytes));
        } else {
            out.push_str(&tail[..end]);
        }
        rest = &tail[end + 2..];
    }
    out.push_str(rest);
    out
}

fn is_sent_header(text: &str) -> bool {
    let lower = text.to_lowercase();
    // "From dev-return-…@heron.example.org Wed Mar 22 07:15:02 2023": an
    // mbox file's envelope line, when the message was delivered.
    // Pipermail writes its address "mquispe at igfperu.example".
    let words: Vec<&str> = text.split_whitespace().take(4).collect();
    let envelope = text.starts_with("From ")
        && match words[..] {
            [_, user, "at", domain, ..] => !user.starts_with('<') && domain.contains('.'),
            [_, address, ..] => address.contains('@') && !address.starts_with('<'),
            _ => false,
        };
    envelope || SENT_HEADERS.iter().any(|h| lower.starts_with(h))
}

/// The meeting's name as its title gives it, without the date the meeting
/// has a field for, or the word for the document.
fn name_of(title: &str) -> String {
    without_dating(without_document_word(title))
}

/// What names the meeting, without the word for the document around it:
/// "Summary: Metadata WG call", "Draft minutes: RSEC WG interim call",
/// "Summary Report of the Third Virtual Meeting", "Kestrel TSC — Meeting
/// Minutes", "Partner Coordination Call -- minutes" (writers of held-out
/// records dropped these words from 60 of 64 such titles).
fn without_document_word(title: &str) -> &str {
    let lower = title.to_ascii_lowercase();
    let mut title = title;
    for prefix in [
        "summary and action items: ",
        "summary + action items: ",
        "summary & action items -- ",
        "summary and actions - ",
        "summary and action points - ",
        "summary + follow-ups: ",
        "notes + actions: ",
        "notes + actions from ",
        "meeting summary for ",
        "summary of the ",
        "summary of ",
        "notes from the ",
        "notes from ",
        "recap: ",
        "summary report: ",
        "summary: ",
        "summary - ",
        "summary – ",
        "summary — ",
        "draft minutes: ",
        "minutes: ",
        "minutes - ",
        "minutes – ",
        "minutes — ",
        "notes: ",
        "meeting notes: ",
    ] {
        // Not "Summary of the 4 February 2026 call", "Summary of the
        // fourth meeting of the Bureau": there the rest is no name.
        let rest = title.get(prefix.len()..).unwrap_or("").trim_start();
        let named = rest.starts_with(char::is_uppercase)
            && due::find_dates(rest).first().is_none_or(|d| d.start > 0)
            && !rest.to_ascii_lowercase().starts_with("our ");
        if lower.starts_with(prefix) && rest.len() > 3 && named {
            title = rest;
            break;
        }
    }
    // "Virtual Meeting IV - Summary Report", "Third Virtual Meeting:
    // Summary Report": the document's name after the meeting's.
    for suffix in [" summary report", " summary"] {
        let lower = title.to_ascii_lowercase();
        if let Some(rest) = lower.strip_suffix(suffix)
            && rest.ends_with(['—', '–', '-', ':'])
        {
            title = title[..rest.len()].trim_end_matches(['—', '–', '-', ' ', ':']);
            break;
        }
    }
    for suffix in [" minutes", " notes"] {
        let lower = title.to_ascii_lowercase();
        if lower.ends_with(suffix) {
            let rest = title[..title.len() - suffix.len()].trim_end();
            // "Q3 roadmap sync — AI notes": whose notes, which stays.
            let before = rest.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
            let dashed = rest.ends_with(['—', '–', '-', ':', ',']);
            if !dashed && !MEETING_NOUNS.contains(&before.as_str()) {
                break;
            }
            // "Quillmesh TSC — Meeting Minutes": what is left after the
            // dash is the meeting, which the name before it holds.
            title = rest.trim_end_matches(['—', '–', '-', ' ', ':', ',']);
            break;
        }
    }
    title
}

/// "Quarkle TSC Meeting — April 7, 2026", "Metadata WG call, Tuesday 10
/// February 2026", "Larkspur TSC Meeting 2024-02-06": the date the
/// meeting has its own field for, written after its name.
fn without_dating(title: &str) -> String {
    let dates = due::find_dates(title);
    let Some(last) = dates.last() else {
        return joined_dash(title);
    };
    let after = title[last.end..].trim();
    if after.chars().any(char::is_alphanumeric) || after.contains([')', '(']) {
        return joined_dash(title);
    }
    let mut head = title[..last.start].trim_end();
    // "— Thursday, July 9th 2026": its weekday too.
    if let Some((before, word)) = head.rsplit_once(' ')
        && due::is_weekday(word.trim_end_matches(','))
    {
        head = before.trim_end();
    }
    let name = head.trim_end_matches(['—', '–', '-', ' ', ':', ',', '·', '|']);
    // Only when a name is left: "Summary of the 4 February 2026 call" keeps
    // its date, which names the call, as "meeting of 14 May 2024", "call
    // on 2016-09-26" and "panel, 14–16 November" do.
    let last_word = name.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
    if name.split_whitespace().count() < 2
        || name.len() == title.len()
        || ["of", "on", "from", "for", "held", "at"].contains(&last_word.as_str())
        || last.range_start.is_some()
        || name.ends_with(|c: char| c.is_ascii_digit())
    {
        return joined_dash(title);
    }
    joined_dash(name)
}

/// "Quillmesh Technical Steering Committee — Meeting": a dash before one
/// word for the meeting reads as a space.
fn joined_dash(title: &str) -> String {
    for dash in [" — ", " – ", " -- ", " - "] {
        if let Some((name, last)) = title.rsplit_once(dash)
            && !last.contains(' ')
            && MEETING_NOUNS.contains(&last.to_ascii_lowercase().as_str())
        {
            // "Partner integration sync - Meeting": the name says it already.
            let said = name
                .rsplit(' ')
                .next()
                .is_some_and(|w| MEETING_NOUNS.contains(&w.to_ascii_lowercase().as_str()));
            return if said {
                name.to_string()
            } else {
                format!("{name} {last}")
            };
        }
    }
    title.to_string()
}

/// Words for a meeting, which "minutes" or "notes" may follow.
const MEETING_NOUNS: [&str; 8] = [
    "meeting",
    "call",
    "sync",
    "teleconference",
    "telecon",
    "interim",
    "session",
    "meetings",
];

/// "Date:", "**Date/time:**", "Meeting date:", "When:": a line that
/// says it gives the meeting's date.
fn labels_the_date(text: &str) -> bool {
    let lower = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    let Some((label, _)) = lower.split_once(':') else {
        return false;
    };
    let label = label.trim_end_matches(['*', '_', ' ']);
    [
        "date",
        "date/time",
        "date and time",
        "date & time",
        "meeting date",
        "when",
    ]
    .contains(&label)
}

/// The first time with a zone, written beside the meeting date or in a
/// block of the record's top that has no other date ("Time: 10:00 CEST").
fn start_time(
    blocks: &[Block],
    date: NaiveDate,
    is_sent_header: &dyn Fn(&str) -> bool,
) -> Option<(chrono::NaiveTime, i32)> {
    // "11/04/2025" may have been read month first (see `first_full_date`).
    let swapped = |d: &FoundDate| d.day == date.month() && d.month == date.day();
    let same_day = |d: &FoundDate| {
        (swapped(d)
            || d.month == date.month()
                && (d.day == date.day() || d.range_start == Some(date.day())))
            && d.year.is_none_or(|y| y == date.year())
    };
    let zoned = |b: &Block| {
        due::find_times(&b.text)
            .into_iter()
            .find_map(|t| t.offset_on(date).map(|o| (t.time, o)))
    };
    let near_top = blocks.iter().take(TIME_SEARCH_BLOCKS).find_map(|b| {
        if is_sent_header(&b.text) {
            return None;
        }
        let dates = due::find_dates(&b.text);
        // "20:00 BRT / 23:00 UTC / 08:00 JST (Thu 9 Apr)": the next day is
        // the last zone's; the times well before it are the meeting's.
        let other_day = dates.iter().filter(|d| !same_day(d)).map(|d| d.start).min();
        if !dates.is_empty() && !dates.iter().any(same_day) {
            let before = |t: &super::clock::FoundTime| other_day.is_some_and(|at| t.end + 12 < at);
            return due::find_times(&b.text)
                .into_iter()
                .filter(|t| before(t) && t.start < 40)
                .find_map(|t| t.offset_on(date).map(|o| (t.time, o)));
        }
        // "before the vendor call on Thursday at 10:00 AM PST": another day's.
        // "before 5pm CET Friday": the hour may come first.
        let weekday = due::find_weekday(&b.text, date).map(|w| (w.1, w.2));
        due::find_times(&b.text)
            .into_iter()
            .filter(|t| {
                weekday.is_none_or(|(start, end)| {
                    let after = (end..end + 12).contains(&t.start);
                    let just_before = t.end <= start && start - t.end <= 4;
                    !(after || just_before)
                })
            })
            .find_map(|t| t.offset_on(date).map(|o| (t.time, o)))
    });
    // Further down (a forwarded mail's own header first), only a time
    // written beside the meeting's date, or said as the start ("Meeting
    // started at 16:00 UTC.", as W3C's minutes note it).
    near_top
        .or_else(|| {
            blocks.iter().take(DATE_SEARCH_BLOCKS).find_map(|b| {
                let beside =
                    !is_sent_header(&b.text) && due::find_dates(&b.text).iter().any(same_day);
                if beside { zoned(b) } else { None }
            })
        })
        .or_else(|| {
            blocks.iter().take(DATE_SEARCH_BLOCKS * 2).find_map(|b| {
                let started = ["started at ", "starts at ", "began at ", "opened at "]
                    .iter()
                    .any(|w| super::lexicon::contains_ci(&b.text, w));
                if started && b.text.len() < 200 {
                    zoned(b)
                } else {
                    None
                }
            })
        })
}

/// "11 December 2025" in a masthead above "New York, 9 December 2025,
/// 10:00 - 12:00 EST": a date written with the hours of the meeting, a few
/// days before the date found first (when the document was issued).
fn held_before_issue(
    blocks: &[Block],
    issued: NaiveDate,
    is_sent_header: &dyn Fn(&str) -> bool,
    month_first: bool,
) -> Option<NaiveDate> {
    // The first timed date decides: "Wednesday, 18 March 2026 / 14:00 to
    // 16:00 Geneva time" is the meeting itself, and a later "closed on
    // 13 March 2026 at 23:59 UTC" in the discussion is no session date.
    let timed = |text: &str, day: NaiveDate| {
        due::find_times(text)
            .iter()
            .any(|t| t.offset_on(day).is_some())
    };
    let top = &blocks[..blocks.len().min(TIME_SEARCH_BLOCKS)];
    let held = top.iter().enumerate().find_map(|(k, b)| {
        if is_sent_header(&b.text) {
            return None;
        }
        let (held, _) = first_full_date(&b.text, month_first)?;
        // The time may sit on the line under the date.
        let next = top.get(k + 1).filter(|n| {
            n.line == b.end_line + 1 && first_full_date(&n.text, month_first).is_none()
        });
        (timed(&b.text, held) || next.is_some_and(|n| timed(&n.text, held))).then_some(held)
    })?;
    (held < issued && issued <= held + chrono::Duration::days(30)).then_some(held)
}

/// "Extensions CG Meetings 2025, Public Notes, Apr 10": a title that
/// names the year apart from the day dates the meeting when nothing else does.
fn dated_by_title_year(title: &str) -> Option<NaiveDate> {
    let day = due::find_dates(title)
        .into_iter()
        .find(|d| d.year.is_none() && d.range_start.is_none())?;
    let year = title
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .find_map(|w| w.parse::<i32>().ok().filter(|y| (1990..2100).contains(y)))?;
    NaiveDate::from_ymd_opt(year, day.month, day.day)
}

/// The day and month `found` in the year that puts it on or shortly before
/// `reference` (a summary is sent after the meeting).
fn year_before(found: &FoundDate, reference: NaiveDate) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(reference.year(), found.month, found.day)?;
    if this_year > reference + chrono::Duration::days(7) {
        NaiveDate::from_ymd_opt(reference.year() - 1, found.month, found.day)
    } else {
        Some(this_year)
    }
}

/// "19 April 2024" above "Geneva, 15-19 April 2024": a day inside a
/// session written as a range (the day a report was issued) dates the
/// session by its first day.
/// A masthead's issue date a few days after "New York, 10–12 March 2025"
/// dates the report, not the session: the session starts on its first day.
fn first_day_of_session(blocks: &[Block], date: NaiveDate) -> NaiveDate {
    let issued_after = || {
        blocks
            .iter()
            .take(10)
            // A masthead's short lines, not a paragraph recalling "the
            // meeting held in Geneva from 24 to 26 February".
            .filter(|b| b.text.len() <= 120 && !matches!(b.kind, BlockKind::ListItem { .. }))
            .flat_map(|b| due::find_dates(&b.text))
            .find_map(|d| {
                let year = d.year?;
                let first = NaiveDate::from_ymd_opt(year, d.month, d.range_start?)?;
                let last = NaiveDate::from_ymd_opt(year, d.month, d.day)?;
                (last < date && date <= last + chrono::Duration::days(30)).then_some(first)
            })
    };
    session(blocks, date)
        .map(|(first, _)| first)
        .or_else(issued_after)
        .unwrap_or(date)
}

/// The first and last day of a meeting held over several days, from the
/// range of days the record's top writes around `date`.
pub fn session(blocks: &[Block], date: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    blocks
        .iter()
        .take(DATE_SEARCH_BLOCKS)
        .flat_map(|b| due::find_dates(&b.text))
        .find_map(|d| {
            let first = d.range_start?;
            let same_month = d.month == date.month() && d.year.is_none_or(|y| y == date.year());
            let day = |n| NaiveDate::from_ymd_opt(date.year(), d.month, n);
            (same_month && (first..=d.day).contains(&date.day()))
                .then(|| Some((day(first)?, day(d.day)?)))
                .flatten()
        })
}

/// The first date with a year in `text`; a meeting over several days
/// ("9–11 April 2019") is dated by its first. "11/04/2025" is read month
/// first when the record writes its other dates so ("November 12").
fn first_full_date(text: &str, month_first: bool) -> Option<(NaiveDate, FoundDate)> {
    due::find_dates(text).into_iter().find_map(|d| {
        // "Previous notes: [2026-02-24]": another meeting's date.
        let line = text[..d.start].rsplit('\n').next().unwrap_or("");
        let from = line.char_indices().rev().nth(39).map_or(0, |(at, _)| at);
        let near = line[from..].to_ascii_lowercase();
        if ["previous", "last meeting", "last call", "prior"]
            .iter()
            .any(|w| near.contains(w))
        {
            return None;
        }
        let day = d.range_start.unwrap_or(d.day);
        // "10/03/2025" reads month first in a US tool's notes; "2026/03/05"
        // puts the year first, and the month after it, everywhere.
        let written = &text[d.start..d.end];
        let year_first = written.split('/').next().is_some_and(|p| p.len() == 4);
        let swap = month_first && day <= 12 && written.contains('/') && !year_first;
        let (month, day) = if swap { (day, d.month) } else { (d.month, day) };
        let date = NaiveDate::from_ymd_opt(d.year?, month, day)?;
        // "Tue 5/12/2026": the weekday written beside it says which of
        // the two readings it is (12 May is a Tuesday, 5 December not).
        let named_day = text[..d.start]
            .split(|c: char| !c.is_alphabetic())
            .rfind(|w| !w.is_empty())
            .and_then(due::weekday_of);
        let other = (day <= 12 && written.contains('/') && !year_first)
            .then(|| NaiveDate::from_ymd_opt(d.year?, day, month))
            .flatten();
        if let (Some(named), Some(other)) = (named_day, other)
            && date.weekday() != named
            && other.weekday() == named
        {
            return Some((other, d));
        }
        Some((date, d))
    })
}

/// Whether the record writes its dates month first ("November 12"), as
/// US tools do, more often than day first ("12 November").
fn writes_month_first(blocks: &[Block]) -> bool {
    let (mut first, mut after) = (0, 0);
    // A dozen dates written out tell the habit; the record's start has them.
    for b in blocks.iter().take(200) {
        if first + after >= 12 {
            break;
        }
        for d in due::find_dates(&b.text) {
            let written = &b.text[d.start..d.end];
            if written.starts_with(char::is_alphabetic) {
                first += 1;
            } else if written.contains(char::is_alphabetic) {
                after += 1;
            }
        }
    }
    first > after
}

/// The header line that names the meeting: a mail's subject, else the
/// first line, unless that only names an organisation and the next line
/// names the meeting.
/// A mail's "Subject:" line, among the headers that open it (an
/// Outlook reply's "Sent:" ends the record's header before it).
fn subject_of(blocks: &[Block]) -> Option<&Block> {
    // A raw message's headers may run to a few dozen lines.
    blocks.iter().take(30).find(|b| {
        b.text
            .get(..8)
            .is_some_and(|h| h.eq_ignore_ascii_case("subject:"))
            // groups.io: "Topic: [lumen-tsc] Minutes: …", a list's tag after it.
            || b.text
                .get(..8)
                .is_some_and(|h| h.eq_ignore_ascii_case("topic: ["))
    })
}

fn title(header: &[Block], blocks: &[Block]) -> String {
    // "Nov 4, 2025" over "Q1 planning - Notes by Gemini": a line that only
    // dates the record is not its title.
    // "- DRAFT -" over the title: scribe.perl's mark on its own line.
    let draft_mark = |t: &str| {
        t.trim_matches(['-', '–', '—', ' '])
            .eq_ignore_ascii_case("draft")
    };
    if let Some(first) = header.first()
        && blocks.len() > 1
        && (draft_mark(&first.text)
            || !due::find_dates(&first.text).is_empty()
                && only_dates_and_generic_words(&first.text))
    {
        let rest = &blocks[1..];
        return title(&rest[..(header.len() - 1).max(1)], rest);
    }
    if let Some(subject) = subject_of(blocks) {
        return title_of(&subject.text);
    }
    // "Fathom Meeting Notes" over "CAB prep · Thu, Feb 6, 2025 · 11:00 AM":
    // under a tool's label, the title leads the line that dates it.
    let label_only = |b: &Block| {
        b.text
            .split_whitespace()
            .filter(|w| !sections::is_generic(w))
            .count()
            <= 1
    };
    if header.first().is_some_and(label_only)
        && let Some(lead) = blocks
            .iter()
            .skip(1)
            .take(3)
            .find_map(|b| leading_segment(&b.text))
    {
        return title_of(lead);
    }
    let names_meeting = |b: &Block| {
        let lower = b.text.to_lowercase();
        MEETING_WORDS
            .iter()
            .any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w))
    };
    // "📝 Notes", "Minutes": a word for the document, the title follows.
    let generic =
        |b: &Block| sections::is_generic(b.text.trim_start_matches(|c: char| !c.is_alphanumeric()));
    if header.first().is_some_and(generic)
        && let Some(named) = blocks.iter().skip(1).take(4).find(|b| {
            !generic(b) && due::find_dates(&b.text).is_empty() && !lists_or_labels(&b.text)
        })
    {
        return title_of(&named.text);
    }
    // "W3C / – DRAFT – / Web Fonts WG Teleconference": when the first line
    // only names an organisation, the line before the date that names a
    // meeting is the title.
    let Some(first) = header.first() else {
        return String::new();
    };
    let undated = |b: &&Block| due::find_dates(&b.text).is_empty();
    // "Intersessional panel, 14–16 November 2023": a dated line that still
    // names an event (not just "Minutes — 3 March") is the title too.
    let names_event = |b: &&Block| {
        let lower = b.text.to_lowercase();
        [
            "panel", "workshop", "summit", "assembly", "hearing", "meeting", "call", "session",
        ]
        .iter()
        .any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w))
    };
    let chosen = if !names_meeting(first) && undated(&first) {
        let before_date = blocks
            .iter()
            .take(5)
            .take_while(undated)
            .skip(1)
            // "Fireflies.ai meeting notes" under the title is the tool's label.
            .find(|b| names_meeting(b) && !label_only(b) && !tool_label(&b.text));
        let dated = blocks.iter().take(3).skip(1).find(|b| {
            !undated(b)
                && names_event(b)
                && b.text.split_whitespace().count() <= 8
                && !only_dates_and_generic_words(&b.text)
        });
        // "Draft report of the Commission on its twenty-seventh session",
        // below a masthead and a document date.
        let report = blocks.iter().take(10).skip(1).find(|b| {
            names_event(b)
                && names_document(&b.text)
                && !b.text.contains(':')
                && !b.text.trim_end().ends_with('.')
                && !sections::is_generic(&b.text)
                && !label_only(b)
                && !tool_label(&b.text)
                // "Zoom meeting ID 845 2211 0937 · Minutes prepared by …":
                // how to join and who wrote it up.
                && !["meeting id", "prepared by", "taken by", "written by"]
                    .iter()
                    .any(|w| b.text.to_lowercase().contains(w))
        });
        // A masthead may name the body's session above the document's own
        // title ("Bureau of the … session" / "Summary of the second meeting").
        report.or(before_date).or(dated).unwrap_or(first)
    } else if !names_meeting(first) && first.line < first.end_line {
        // "United Nations … / Department of … 27 October 2025": a masthead
        // set in columns, dated; the meeting's name follows it.
        blocks
            .iter()
            .take(4)
            .skip(1)
            .find(|b| undated(b) && names_meeting(b) && b.line == b.end_line)
            .unwrap_or(first)
    } else {
        first
    };
    title_of(&chosen.text)
}

/// Notes a meeting assistant wrote ("Notes by Gemini", "Action items
/// (AI-generated)", "Generated by NoteSpark AI"): their action list is
/// the record of what was agreed.
pub fn tool_written(blocks: &[Block]) -> bool {
    const MARKS: [&str; 9] = [
        "ai-generated",
        "ai generated",
        "generated by",
        "ai summary",
        "ai notes",
        "ai assistant",
        "ai companion",
        "meeting assistant",
        "ai-written",
    ];
    blocks.iter().any(|b| {
        let lower = b.text.to_lowercase();
        tool_label(&b.text) || MARKS.iter().any(|m| lower.contains(m))
    })
}

/// "Meeting summary from Webex AI Assistant", "Notes by Gemini": the note
/// taker's label over the notes, not the meeting's name.
pub(super) fn tool_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    let document = ["summary", "notes", "recap", "minutes"]
        .iter()
        .any(|w| lower.contains(w));
    let tool = lower.split_whitespace().any(|w| w == "ai")
        || [
            "copilot",
            "gemini",
            "otter",
            "fireflies",
            "fathom",
            "tl;dv",
            "read.ai",
            "webex",
            "zoom",
        ]
        .iter()
        .any(|w| lower.contains(w));
    document && tool && text.split_whitespace().count() <= 8
}

/// "Date: …", "Invited Helena Brandt Omar Siddiqui", "Attachments …": a
/// field or a list of people, not a title ("Quarterly planning: data
/// platform" is one).
fn lists_or_labels(text: &str) -> bool {
    let first = text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(':');
    let field = text
        .split_once(':')
        .is_some_and(|(label, _)| speaker::is_field_label(label.trim()));
    field
        || [
            "invited",
            "attendees",
            "participants",
            "present",
            "attachments",
        ]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

/// "CAB prep · Thu, Feb 6, 2025 · 11:00 AM ET": the undated first segment
/// of a line whose other segments date it.
fn leading_segment(text: &str) -> Option<&str> {
    let mut segments = text.split(['·', '|']).map(str::trim);
    let lead = segments.next()?;
    let dated = segments.any(|s| !due::find_dates(s).is_empty());
    (dated && lead.split_whitespace().count() >= 2 && due::find_dates(lead).is_empty())
        .then_some(lead)
}

/// Words that say a line names a record of a meeting.
fn names_document(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = lower.split(|c: char| !c.is_alphanumeric()).count();
    words <= 24
        && ["report", "summary", "minutes", "record", "notes", "recap"]
            .iter()
            .any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w))
}

/// "Meeting minutes - 2024-07-02 (16:00 UTC)": a date and words for the
/// document, which name no meeting in particular.
fn only_dates_and_generic_words(text: &str) -> bool {
    let mut rest = text.to_string();
    for d in due::find_dates(text).iter().rev() {
        rest.replace_range(d.start..d.end, " ");
    }
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .all(|w| {
            let lower = w.to_lowercase();
            sections::is_generic(&lower)
                || due::zone_offset(&lower).is_some()
                || ["of", "the", "for", "on", "held", "draft", "call"].contains(&lower.as_str())
        })
}

fn title_of(text: &str) -> String {
    let mut title = text.trim();
    loop {
        let lower = title.to_lowercase();
        if let Some(p) = TITLE_PREFIXES.iter().find(|p| lower.starts_with(*p)) {
            title = title[p.len()..].trim_start();
            continue;
        }
        // "– DRAFT – Web Fonts WG": generated minutes mark a draft so.
        if let Some(rest) = title
            .strip_prefix(['–', '—', '-'])
            .map(str::trim_start)
            .filter(|r| r.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("draft")))
            .map(|r| r[5..].trim_start_matches(['–', '—', '-', ' ']))
            .filter(|r| !r.is_empty())
        {
            title = rest;
            continue;
        }
        // A mailing list's tag: "[tsc-public] Summary …".
        if title.starts_with('[')
            && let Some(close) = title.find(']')
            && close < 40
        {
            title = title[close + 1..].trim_start();
            continue;
        }
        break;
    }
    // "Weekly sync (10/22/2025)": the date is the meeting's, not its name.
    if let Some(open) = title.rfind('(')
        && title.ends_with(')')
    {
        let inner = &title[open + 1..title.len() - 1];
        let dates = due::find_dates(inner);
        if dates.len() == 1 && dates[0].end - dates[0].start + 2 >= inner.trim().len() {
            title = title[..open].trim_end();
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::text;

    #[test]
    fn a_byline_run_on_from_the_subject_names_the_author() {
        use crate::record::blocks::{Block, BlockKind};
        let run_on = Block::plain(
            BlockKind::Paragraph,
            1,
            "[routing-wg] Notes from the interim call, 4 February 2026 Hanna Lindqvist \
             hanna.lindqvist at nornog.example"
                .to_string(),
        );
        assert_eq!(author(&[run_on]).as_deref(), Some("Hanna Lindqvist"));
    }

    #[test]
    fn encoded_mail_senders_are_decoded() {
        assert_eq!(
            decode_words("Hanne =?utf-8?q?S=C3=B8rli?= <h>"),
            "Hanne Sørli <h>"
        );
        assert_eq!(
            decode_words("=?UTF-8?Q?Jos=C3=A9_Luis?= Ruiz"),
            "José Luis Ruiz"
        );
        assert_eq!(decode_words("Plain Name"), "Plain Name");
        // Broken encodings are kept as written, never a panic.
        assert_eq!(decode_words("A =?utf-8?q?x"), "A =?utf-8?q?x");
        assert_eq!(decode_words("B =?utf-8?q?x=4?="), "B x=4");
    }

    #[test]
    fn a_mail_sent_the_day_after_dates_the_call_it_reports() {
        let blocks = text::read(
            "From: Kwabena Asante <kasante at example.org>\nDate: Thu, 5 Mar 2026 08:41:17 +0000\nSubject: [wg] Re: Agenda for Wednesday's call (4 March)\n\nThanks to everyone who joined yesterday's call (Wednesday 4 March, 17:00 CET).\n",
        );
        let (m, _) = meeting(&blocks, 3);
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2026, 3, 4));
        assert_eq!(
            m.time_utc.map(|t| t.to_string()).as_deref(),
            Some("16:00:00")
        );
    }

    #[test]
    fn a_title_names_the_meeting_without_its_date_or_the_document() {
        for (written, name) in [
            ("Quarkle TSC Meeting — April 7, 2026", "Quarkle TSC Meeting"),
            (
                "Tessellate TSC Meeting — Thursday, July 9th 2026",
                "Tessellate TSC Meeting",
            ),
            (
                "Summary: Metadata WG call, Tuesday 10 February 2026",
                "Metadata WG call",
            ),
            (
                "Lumen Build Tools — TSC Meeting Minutes",
                "Lumen Build Tools — TSC Meeting",
            ),
            (
                "Partner integration sync - Meeting Notes",
                "Partner integration sync",
            ),
            ("Virtual Meeting IV - Summary Report", "Virtual Meeting IV"),
            (
                "Meeting summary for Growth Squad Weekly",
                "Growth Squad Weekly",
            ),
            // A date or a word that is part of the name stays.
            (
                "Summary of the 4 February 2026 call",
                "Summary of the 4 February 2026 call",
            ),
            (
                "Governance WG — meeting of 14 May 2024",
                "Governance WG — meeting of 14 May 2024",
            ),
            (
                "Intersessional panel, 14–16 November 2023",
                "Intersessional panel, 14–16 November 2023",
            ),
            ("Q3 roadmap sync — AI notes", "Q3 roadmap sync — AI notes"),
            ("IGF 2025 MAG Meeting XI", "IGF 2025 MAG Meeting XI"),
        ] {
            assert_eq!(name_of(written), name, "{written}");
        }
    }

    #[test]
    fn the_line_labelled_as_the_date_dates_the_meeting() {
        let blocks = text::read(
            "# DCCG – February call\n\n> **Note:** reviewed by the co-facilitators on 12 February 2026.\n\n**Date/time:** Feb 10, 2026 09:00 AM Amsterdam (GMT+01:00)\n**Host:** Marguerite Delacroix\n",
        );
        let (m, _) = meeting(&blocks, 1);
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2026, 2, 10));
        assert_eq!(
            m.time_utc.map(|t| t.to_string()).as_deref(),
            Some("08:00:00")
        );
    }

    #[test]
    fn a_link_to_the_previous_notes_does_not_date_the_meeting() {
        let blocks = text::read(
            "# CNCF TAG Runtime — WebAssembly Working Group\n\nMeeting notes doc. Previous notes: [2026-02-24](#2026-02-24)\n\n## 2026-03-10\n\n**Time:** 08:00 PT / 16:00 CET\n",
        );
        let (m, _) = meeting(&blocks, 1);
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2026, 3, 10));
        assert_eq!(
            m.time_utc.map(|t| t.to_string()).as_deref(),
            Some("15:00:00")
        );
    }

    #[test]
    fn a_pipermail_envelope_line_is_when_the_mail_was_sent() {
        let blocks = text::read(
            "From mquispe at igfperu.example  Thu Feb  5 15:02:44 2026\nFrom: Marisol Quispe <mquispe at igfperu.example>\nDate: Thu, 5 Feb 2026 10:02:31 -0500\nSubject: [NRIs] Summary: NRIs call\n (4 Feb)\n\nThank you for joining yesterday's call (Wednesday\n4 February, 13:00-14:30 UTC).\n",
        );
        let (m, _) = meeting(&blocks, 4);
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2026, 2, 4));
    }

    #[test]
    fn an_archived_mail_dates_the_call_it_reports_by_its_sent_year() {
        let blocks = text::read(
            "[dev] Release planning call\n\nMarisol marisol at example.dev\nWed Feb 18 09:12:44 UTC 2026\n\nHere are my notes from yesterday's call (Tuesday 17 February, 16:00-17:00 CET).\n\nPresent: Ana Lima, Bo Chen\n",
        );
        let (m, _) = meeting(&blocks, 2);
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2026, 2, 17));
        assert_eq!(
            m.time_utc.map(|t| t.to_string()).as_deref(),
            Some("15:00:00")
        );
    }

    #[test]
    fn a_quoted_mails_attribution_dates_no_meeting() {
        let blocks = text::read(
            "Summary of the June call\n\nRavi wrote on Tue Jun 3 2025:\n\n> I'll bring the graphs.\n\nHere is my summary of yesterday's call (Wednesday 4 June 2025, 15:00 UTC).\n",
        );
        let (m, _) = meeting(&blocks, 1);
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2025, 6, 4));
    }

    #[test]
    fn header_gives_title_date_and_utc_time() {
        let blocks =
            text::read("Team sync\n\n22 October 2025 | 16:00 CEST | Online\n\n1. Notes\n\n- A.\n");
        let (m, zone) = meeting(&blocks, 2);
        // CEST: two hours east of UTC, for times items give without a zone.
        assert_eq!(zone, Some(120));
        assert_eq!(m.title, "Team sync");
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2025, 10, 22));
        assert_eq!(
            m.time_utc.map(|t| t.to_string()),
            Some("14:00:00".to_string())
        );
    }

    #[test]
    fn subject_lines_lose_their_prefix_and_list_tag() {
        assert_eq!(
            title_of("Subject: Re: [tsc] Minutes, Aug 8, 2018"),
            "Minutes, Aug 8, 2018"
        );
        assert_eq!(
            title_of("Meeting summary for Weekly Sync (10/22/2025)"),
            "Meeting summary for Weekly Sync"
        );
    }
}
