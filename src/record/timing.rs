//! Vague timing ("next week", "in the coming days"): not a due date, but
//! worth showing with the item, in the record's own words.

/// Words that may lead a timing phrase and belong to it ("by next week").
const LEADS: [&str; 8] = [
    "as of", "by", "before", "until", "within", "from", "after", "in",
];

/// Timing phrases, most specific first.
const PHRASES: [&str; 26] = [
    "as soon as possible",
    "in the coming weeks",
    "in the coming days",
    "in the coming months",
    "in the next few weeks",
    "in the next few days",
    "by the end of the week",
    "by the end of the month",
    "by the end of the year",
    "before the next meeting",
    "by the next meeting",
    "at the next meeting",
    "at the upcoming meeting",
    "next week",
    "next month",
    "next year",
    "this week",
    "this month",
    "end of the week",
    "end of the month",
    "end of the year",
    "in due course",
    "shortly",
    "asap",
    "soon",
    "later this year",
];

/// The first timing phrase of a sentence, with its leading preposition.
pub fn find(sentence: &str) -> Option<String> {
    let lower = sentence.to_lowercase();
    let (at, phrase) = PHRASES
        .iter()
        .filter_map(|p| find_word(&lower, p).map(|at| (at, *p)))
        .min_by_key(|&(at, p)| (at, usize::MAX - p.len()))?;
    let before = lower[..at].trim_end();
    let start = LEADS
        .iter()
        .find(|lead| {
            before.ends_with(*lead)
                && !before[..before.len() - lead.len()].ends_with(char::is_alphanumeric)
        })
        .map_or(at, |lead| before.len() - lead.len());
    // Lower-casing can change byte lengths; map back through char counts.
    let start_chars = lower[..start].chars().count();
    let end_chars = lower[..at + phrase.len()].chars().count();
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
        assert_eq!(find("Reasonably, the team will reply."), None);
    }
}
