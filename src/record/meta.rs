//! The meeting's title, date and start time, read from the record's header.

use chrono::NaiveDate;

use super::blocks::Block;
use super::due::{self, FoundDate};
use super::model::Meeting;

/// How far into a record the meeting date may be looked for when the
/// header has none (mail archives put headers, quotes and greetings first).
const DATE_SEARCH_BLOCKS: usize = 25;

/// Prefixes that precede a title without being part of it.
const TITLE_PREFIXES: [&str; 4] = ["subject:", "title:", "re:", "fwd:"];

pub fn meeting(blocks: &[Block], header_end: usize) -> Meeting {
    let title = blocks
        .first()
        .map(|b| title_of(&b.text))
        .unwrap_or_default();
    let header = &blocks[..header_end.max(1).min(blocks.len())];
    let dated = header
        .iter()
        .chain(blocks.iter().take(DATE_SEARCH_BLOCKS))
        .find_map(|b| first_full_date(&b.text).map(|d| (b, d)));
    let Some((block, (date, found))) = dated else {
        return Meeting {
            title,
            date: None,
            time_utc: None,
        };
    };
    // The start time is written next to the date ("22 October 2025 | 14:00 UTC").
    let time = due::find_times(&block.text)
        .into_iter()
        .find(|t| t.offset.is_some() && t.start.abs_diff(found.end) < 40);
    let (date, time_utc) = match time {
        Some(t) => {
            let (d, time) = due::to_utc(date, t.time, t.offset.unwrap_or(0));
            (d, Some(time))
        }
        None => (date, None),
    };
    Meeting {
        title,
        date: Some(date),
        time_utc,
    }
}

/// The first date with a year in `text`.
fn first_full_date(text: &str) -> Option<(NaiveDate, FoundDate)> {
    due::find_dates(text)
        .into_iter()
        .find_map(|d| Some((NaiveDate::from_ymd_opt(d.year?, d.month, d.day)?, d)))
}

fn title_of(text: &str) -> String {
    let mut title = text.trim();
    loop {
        let lower = title.to_lowercase();
        match TITLE_PREFIXES.iter().find(|p| lower.starts_with(*p)) {
            Some(p) => title = title[p.len()..].trim_start(),
            None => break,
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::text;

    #[test]
    fn header_gives_title_date_and_utc_time() {
        let blocks =
            text::read("Team sync\n\n22 October 2025 | 16:00 CEST | Online\n\n1. Notes\n\n- A.\n");
        let m = meeting(&blocks, 2);
        assert_eq!(m.title, "Team sync");
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2025, 10, 22));
        assert_eq!(
            m.time_utc.map(|t| t.to_string()),
            Some("14:00:00".to_string())
        );
    }

    #[test]
    fn subject_lines_lose_their_prefix() {
        assert_eq!(
            title_of("Subject: Re: Minutes, Aug 8, 2018"),
            "Minutes, Aug 8, 2018"
        );
    }
}
