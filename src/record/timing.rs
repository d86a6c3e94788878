//! Vague timing ("next week", "in the coming days"): not a due date, but
//! worth showing with the item, in the record's own words.

use super::due;

/// Words that may lead a timing phrase and belong to it ("by next week").
const LEADS: [&str; 14] = [
    "as of", "ahead of", "prior to", "by", "before", "until", "within", "from", "after", "in",
    "at", "for", "over", "during",
];

/// Timing phrases, most specific first ("the coming weeks" is a span).
const PHRASES: [&str; 27] = [
    "as soon as possible",
    "by the end of the week",
    "by the end of the month",
    "by the end of the year",
    "the next week or two",
    "next week or two",
    "the next week",
    "next week",
    "next month",
    "next year",
    "this week",
    "this month",
    "this weekend",
    "next weekend",
    "end of the week",
    "end of the month",
    "end of the year",
    "end of month",
    "end of week",
    "in due course",
    "shortly",
    "asap",
    "soon",
    "later this year",
    "later this month",
    "later today",
    "tonight",
];

/// Words of "the next … meeting" that name the occasion.
const OCCASIONS: [&str; 10] = [
    "release",
    "meeting",
    "plenary",
    "interim",
    "call",
    "session",
    "telecon",
    "teleconference",
    "sync",
    "workshop",
];

/// Counts in "within two weeks", "in a month".
const COUNTS: [&str; 12] = [
    "a", "one", "two", "three", "four", "five", "six", "few", "couple", "1", "2", "3",
];
const SPANS: [&str; 6] = ["day", "days", "week", "weeks", "month", "months"];

/// The first timing phrase of a sentence, with its leading preposition.
/// Every phrase above, "the next …" and "within two weeks" holds one of
/// these words: a sentence with none of them (most) is not searched.
const KEYS: [&str; 22] = [
    "week", "weeks", "month", "months", "year", "day", "days", "course", "shortly", "asap", "soon",
    "today", "next", "final", "upcoming", "before", "ahead", "prior", "after", "weekend", "once",
    "tonight",
];

pub fn find(sentence: &str) -> Option<String> {
    let keyed = sentence.split(|c: char| !c.is_alphanumeric()).any(|w| {
        (3..=8).contains(&w.len()) && KEYS.iter().any(|k| w.eq_ignore_ascii_case(k))
            || w.starts_with(char::is_uppercase) && due::is_month(w)
    });
    if !keyed {
        return None;
    }
    let lower = sentence.to_lowercase();
    // Read once for the rules that go word by word.
    let words = due::words(sentence);
    let fixed = PHRASES
        .iter()
        .filter_map(|p| find_word(&lower, p).map(|at| (at, at + p.len())));
    let (at, end) = fixed
        .chain(next_occasion(&lower))
        .chain(span(&lower))
        .chain(month(sentence, &words))
        .chain(before_event(sentence, &words))
        .chain(once_done(&lower))
        .chain(week_of(sentence, &lower))
        .min_by_key(|&(at, end)| (at, usize::MAX - end))?;
    let before = lower[..at].trim_end();
    let start = LEADS
        .iter()
        .find(|lead| {
            before.ends_with(*lead)
                && !before[..before.len() - lead.len()].ends_with(char::is_alphanumeric)
        })
        .map_or(at, |lead| before.len() - lead.len());
    // "in the coming weeks" already holds its lead; "by the end of" too.
    let holds_lead = ["in ", "by ", "as ", "within "]
        .iter()
        .any(|l| lower[at..].starts_with(l));
    let start = if holds_lead { at } else { start };
    // Lower-casing can change byte lengths; map back through char counts.
    let start_chars = lower[..start].chars().count();
    let end_chars = lower[..end].chars().count();
    let text: String = sentence
        .chars()
        .skip(start_chars)
        .take(end_chars - start_chars)
        .collect();
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
}

/// "the next meeting", "the next MAG meeting", "the next Board call".
/// "at its next meeting", "before our next call"; "before the board
/// meeting": an occasion still ahead, though not called the next.
fn next_occasion(lower: &str) -> Option<(usize, usize)> {
    lower.match_indices(' ').find_map(|(space, _)| {
        let det = lower[..space]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()?;
        let (which, _) = lower[space + 1..].split_once(' ')?;
        // "before next call": notes drop the article.
        let bare_next =
            which == "next" && matches!(det, "before" | "after" | "by" | "until" | "at");
        if !matches!(det, "the" | "its" | "our" | "their") && !bare_next {
            return None;
        }
        let at = if bare_next {
            space + 1
        } else {
            space - det.len()
        };
        // "the July plenary": an occasion named by its month is still
        // ahead; "at its fourth meeting" too.
        const ORDINALS: [&str; 9] = [
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        ];
        let named = matches!(which, "next" | "upcoming" | "final")
            || due::is_month(which)
            || ORDINALS.contains(&which);
        let ahead = det == "the" && lower[..at].trim_end().ends_with(" before");
        if !named && !ahead {
            return None;
        }
        let skip = if named { which.len() + 1 } else { 0 };
        let rest = &lower[space + 1 + skip..];
        let mut offset = space + 1 + skip;
        for (k, word) in rest.split(' ').take(4).enumerate() {
            let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            // "before the meeting" may be this one; "the board meeting" is not.
            if OCCASIONS.contains(&bare) && (named || k > 0) {
                let end = offset + bare.len();
                // "the next meeting of the Bureau": whose meeting it is.
                // "of the working group": two words when the second names a
                // body.
                let body = (bare.len() == word.len())
                    .then(|| lower[end..].strip_prefix(" of the "))
                    .flatten()
                    .map(|r| {
                        let mut words = r.split(|c: char| !c.is_alphanumeric() && c != '-');
                        let first = words.next().unwrap_or("");
                        match words.next() {
                            Some(second)
                                if r[first.len()..].starts_with(' ')
                                    && ["group", "committee", "board", "council", "bureau"]
                                        .contains(&second) =>
                            {
                                first.len() + 1 + second.len()
                            }
                            _ => first.len(),
                        }
                    })
                    .filter(|&len| len > 0);
                return Some((at, body.map_or(end, |len| end + " of the ".len() + len)));
            }
            if bare.len() != word.len() {
                return None;
            }
            offset += word.len() + 1;
        }
        None
    })
}

/// "in January", "by March 2026": a month without its day. The month is
/// written capitalised ("may" is mostly a verb) and leads to no day.
fn month(sentence: &str, words: &[due::Word<'_>]) -> Option<(usize, usize)> {
    // Lower-casing can change byte lengths: positions are mapped to `lower`'s.
    let in_lower = |at: usize| sentence[..at].to_lowercase().len();
    words.windows(2).enumerate().find_map(|(i, w)| {
        let [lead, month] = w else { return None };
        // "before the end of November": the span runs from "the end".
        let end_of = lead.text.eq_ignore_ascii_case("of")
            && i > 0
            && words[i - 1].text.eq_ignore_ascii_case("end");
        let from = if end_of {
            let the = i > 1 && words[i - 2].text.eq_ignore_ascii_case("the");
            words[i - 1 - usize::from(the)].start
        } else {
            month.start
        };
        let leads = ["in", "by", "until", "before", "from", "after", "during"];
        let dated = words
            .get(i + 2)
            .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()) && n.text.len() <= 4)
            && words
                .get(i + 2)
                .is_some_and(|n| due::year_of(n.text).is_none());
        // "the survey had been concluded in April": when something was.
        let past = words[i.saturating_sub(4)..i].iter().any(|w| {
            ["had", "was", "were", "been"]
                .iter()
                .any(|p| w.text.eq_ignore_ascii_case(p))
        });
        ((end_of || leads.contains(&lead.text.to_ascii_lowercase().as_str()))
            && !past
            && month.text.starts_with(char::is_uppercase)
            && due::is_month(month.text)
            && !dated)
            .then(|| {
                let end = words
                    .get(i + 2)
                    .filter(|y| due::year_of(y.text).is_some())
                    .map_or(month.end, |y| y.end);
                (in_lower(from), in_lower(end))
            })
    })
}

/// "before the string freeze", "ahead of KubeCon NA", "before
/// publication", "after the announcement": an event the task is timed by,
/// named by a short noun
/// phrase — not a clause ("before it is published") nor a date, which the
/// due date reads.
fn before_event(sentence: &str, words: &[due::Word<'_>]) -> Option<(usize, usize)> {
    let in_lower = |at: usize| sentence[..at].to_lowercase().len();
    words.iter().enumerate().find_map(|(i, lead)| {
        let after = match lead.text.to_ascii_lowercase().as_str() {
            "before" | "after" => i + 1,
            "ahead" | "prior"
                if words
                    .get(i + 1)
                    .is_some_and(|w| w.text == "of" || w.text == "to") =>
            {
                i + 2
            }
            _ => return None,
        };
        let first = words.get(after)?;
        let lower = first.text.to_ascii_lowercase();
        let determined = matches!(lower.as_str(), "the" | "its" | "our" | "their");
        let named = first.text.starts_with(char::is_uppercase)
            && !due::is_month(first.text)
            && !due::is_weekday(first.text);
        let event_noun = [
            "tion", "ment", "ence", "ance", "ship", "freeze", "launch", "release",
        ]
        .iter()
        .any(|e| lower.ends_with(e));
        if !(determined || named || event_noun) {
            return None;
        }
        // The phrase runs to the end of the clause, five words at most.
        let mut end = first;
        for w in words[after + 1..]
            .iter()
            .take(if determined { 6 } else { 2 })
        {
            let gap = &sentence[end.end..w.start];
            let joins = [
                "and", "so", "to", "with", "if", "when", "is", "are", "was", "will",
            ];
            if !gap.trim().is_empty() || joins.contains(&w.text.to_ascii_lowercase().as_str()) {
                break;
            }
            // "IETF 104", "KubeCon NA": a name, its number part of it.
            if !determined
                && !w
                    .text
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            {
                break;
            }
            end = w;
        }
        // "before registration opens": the event, then what it does.
        if let Some(next) = words.get(after + 1).filter(|n| {
            end.start == first.start
                && ["opens", "closes", "starts", "begins", "ends"]
                    .contains(&n.text.to_ascii_lowercase().as_str())
        }) {
            end = next;
        }
        let phrase_words = words[after..]
            .iter()
            .take_while(|w| w.start <= end.start)
            .count();
        // "before the meeting" alone may be this very meeting, now past: no
        // timing ("after the meeting" is right after this one).
        let bare_occasion = lead.text.eq_ignore_ascii_case("before")
            && determined
            && phrase_words == 2
            && OCCASIONS.contains(&end.text.to_ascii_lowercase().as_str());
        (!bare_occasion && (!determined || phrase_words >= 2))
            .then(|| (in_lower(first.start), in_lower(end.end)))
    })
}

/// "once v1.0 is out", "once the PR is merged": after an event, up to the
/// end of its clause (not "once a week", a frequency).
fn once_done(lower: &str) -> Option<(usize, usize)> {
    // "after #412 is merged": "after" and an event said as a clause.
    let after = find_word(lower, "after").filter(|&at| {
        lower[at..]
            .split_whitespace()
            .take(5)
            .any(|w| matches!(w, "is" | "are" | "has" | "have" | "was"))
    });
    let (at, lead) = match find_word(lower, "once") {
        Some(at) => (at, "once "),
        None => (after?, "after "),
    };
    let rest = &lower[(at + lead.len()).min(lower.len())..];
    let first = rest.split_whitespace().next()?;
    if matches!(
        first,
        "a" | "an" | "per" | "every" | "more" | "again" | "or"
    ) {
        return None;
    }
    // The clause ends at a comma or a full stop, not at "v1.0".
    let end = rest
        .find([',', ';', '('])
        .into_iter()
        .chain(rest.find(". "))
        .min()
        .unwrap_or(rest.trim_end().trim_end_matches('.').len());
    let clause = &rest[..end];
    let words = clause.split_whitespace().count();
    (2..=6)
        .contains(&words)
        .then(|| (at, at + lead.len() + clause.trim_end().len()))
}

/// "in the week of July 7": a week, not a day to be done by.
fn week_of(sentence: &str, lower: &str) -> Option<(usize, usize)> {
    let at = lower.find("the week of ")?;
    let after = at + "the week of ".len();
    let date = due::find_dates(&sentence[after..]).into_iter().next()?;
    (date.start <= 1).then(|| (at, after + date.end))
}

/// "within two weeks", "in a month", "in 3 days"; "over the next few
/// weeks", "in the coming days", "during the following months".
fn span(lower: &str) -> Option<(usize, usize)> {
    let coming = [
        "the coming ",
        "the next few ",
        "the next couple of ",
        "the following ",
    ]
    .iter()
    .filter_map(|p| {
        let at = find_word_start(lower, p)?;
        let rest = &lower[at + p.len()..];
        let unit = rest.split(|c: char| !c.is_alphanumeric()).next()?;
        SPANS
            .contains(&unit)
            .then_some((at, at + p.len() + unit.len()))
    })
    .min();
    // "in the next two weeks": a count after "the next".
    let next_count = find_word_start(lower, "the next ").and_then(|at| {
        let rest = &lower[at + "the next ".len()..];
        let mut words = rest.split(' ');
        let (count, unit) = (words.next()?, words.next()?);
        let unit = unit.trim_end_matches(|c: char| !c.is_alphanumeric());
        (COUNTS.contains(&count) && SPANS.contains(&unit))
            .then(|| (at, at + "the next ".len() + count.len() + 1 + unit.len()))
    });
    coming.or(next_count).or_else(|| counted_span(lower))
}

fn find_word_start(haystack: &str, phrase: &str) -> Option<usize> {
    haystack
        .match_indices(phrase)
        .map(|(i, _)| i)
        .find(|&i| !haystack[..i].ends_with(char::is_alphanumeric))
}

fn counted_span(lower: &str) -> Option<(usize, usize)> {
    let words: Vec<(usize, &str)> = lower
        .split(' ')
        .scan(0usize, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .collect();
    words.windows(3).find_map(|w| {
        let [(at, lead), (_, count), (end_at, unit)] = w else {
            return None;
        };
        let unit_bare = unit.trim_end_matches(|c: char| !c.is_alphanumeric());
        (matches!(*lead, "within" | "in") && COUNTS.contains(count) && SPANS.contains(&unit_bare))
            .then_some((*at, end_at + unit_bare.len()))
    })
}

fn find_word(haystack: &str, phrase: &str) -> Option<usize> {
    haystack.match_indices(phrase).map(|(i, _)| i).find(|&i| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn events_and_spans_in_the_records_words() {
        assert_eq!(
            find("Ruairi: profile the scanner over the next week or two").as_deref(),
            Some("over the next week or two")
        );
        assert_eq!(
            find("Kenta: pin the toolchain (tonight)").as_deref(),
            Some("tonight")
        );
        assert_eq!(
            find("Link the guidance once v1.0 is out.").as_deref(),
            Some("once v1.0 is out")
        );
        assert_eq!(find("Meet once a week."), None);
        assert_eq!(
            find("Post the blog — in the week of July 7").as_deref(),
            Some("in the week of July 7")
        );
        assert_eq!(
            find("Brief members at the next meeting of the working group.").as_deref(),
            Some("at the next meeting of the working group")
        );
        assert_eq!(
            find("Re-read section 4 before IETF 104; it changed.").as_deref(),
            Some("before IETF 104")
        );
    }

    #[test]
    fn vague_timing_in_the_records_words() {
        assert_eq!(
            find("The results will be shared as of next week.").as_deref(),
            Some("as of next week")
        );
        assert_eq!(
            find("By next week, the Secretariat will analyse input.").as_deref(),
            Some("by next week")
        );
        assert_eq!(
            find("They will report in the coming weeks.").as_deref(),
            Some("in the coming weeks")
        );
        assert_eq!(find("The MAG will review the proposal."), None);
        assert_eq!(
            find("They will present it at the next MAG meeting.").as_deref(),
            Some("at the next MAG meeting")
        );
        assert_eq!(
            find("Send comments within two weeks of receiving it.").as_deref(),
            Some("within two weeks")
        );
        assert_eq!(
            find("It will be circulated ahead of the next meeting.").as_deref(),
            Some("ahead of the next meeting")
        );
        assert_eq!(find("Reasonably, the team will reply."), None);
        assert_eq!(
            find("Post it before the next interim.").as_deref(),
            Some("before the next interim")
        );
        assert_eq!(find("Other sessions will follow."), None);
        assert_eq!(
            find("Add topics over the next few weeks.").as_deref(),
            Some("over the next few weeks")
        );
        assert_eq!(
            find("Finish it before the final release.").as_deref(),
            Some("before the final release")
        );
        assert_eq!(
            find("He will convene a briefing in January.").as_deref(),
            Some("in January")
        );
        assert_eq!(find("Send it by 14 March."), None);
        assert_eq!(
            find("Report back to the Bureau at its next meeting.").as_deref(),
            Some("at its next meeting")
        );
        assert_eq!(
            find("Flag broken tools before the board meeting.").as_deref(),
            Some("before the board meeting")
        );
        assert_eq!(find("Tidy up before the meeting."), None);
        assert_eq!(
            find("Share them before the end of November.").as_deref(),
            Some("before the end of November")
        );
    }
}
