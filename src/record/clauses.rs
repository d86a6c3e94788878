//! The pieces of a sentence and the lines around an entry that make its
//! items: one clause a subject, a lead-in that announces an action list,
//! a "Due:" field that dates the item before it.

/// "… proposed the following next steps:": a lead-in to an action list.
pub fn announces_actions(text: &str) -> bool {
    let text = text.trim().trim_matches(['*', '_']);
    let Some(lead) = text.trim_end().strip_suffix(':') else {
        return false;
    };
    let lower = lead.trim_end().to_lowercase();
    // "**[HL] Added after review:**": signed by the reviewer's initials.
    let lower = lower
        .strip_prefix('[')
        .and_then(|l| l.split_once("] "))
        .filter(|(tag, _)| tag.len() <= 4)
        .map_or(lower.clone(), |(_, rest)| rest.to_string());
    // "The following next steps were agreed:", "The following actions
    // were identified:".
    let following = lower.starts_with("the following ")
        && ["next steps", "action", "follow-up"]
            .iter()
            .any(|k| lower.contains(k));
    // "Added from my notes (missed by the AI):": a reviewer's lead into
    // the entries the notes left out.
    let added = lower.contains("missed by") || lower.starts_with("added");
    following
        || added
        || [
            "next steps",
            "action items",
            "actions",
            "action points",
            "follow-ups",
            "follow-up actions",
            "to-dos",
        ]
        .iter()
        .any(|k| lower.ends_with(k))
}

/// "Due: 2024-11-12", "Deadline: Friday": a sentence that only dates
/// what came before it.
pub fn due_field(sentence: &str) -> Option<&str> {
    let (label, rest) = sentence.split_once(':')?;
    let label = label.trim().to_ascii_lowercase();
    matches!(
        label.as_str(),
        "due" | "due date" | "deadline" | "by when" | "target date"
    )
    .then_some(rest)
}

/// The words of the `k`th of the clauses whose subjects start at
/// `bounds`; the first clause keeps the sentence's opening, unless a
/// semicolon or colon sets it apart ("Next call on 26 May; Maya to send
/// the agenda": the date is the call's, not the task's).
pub fn clause_of<'s>(sentence: &'s str, bounds: &[usize], k: usize) -> &'s str {
    let set_apart = |at: usize| sentence[..at].trim_end().ends_with([';', ':']);
    // "Corrections welcome until Friday; after that I'll post the notes":
    // the clause after the semicolon, with the words that lead into it.
    let after_semicolon = sentence[..bounds[0]]
        .rfind("; ")
        .map(|at| at + 2)
        .filter(|&at| at > 0);
    let start = if k > 0 || set_apart(bounds[0]) {
        bounds[k]
    } else {
        after_semicolon.unwrap_or(0)
    };
    if bounds.len() == 1 && start == 0 {
        return sentence;
    }
    let end = bounds.get(k + 1).copied().unwrap_or(sentence.len());
    let clause = sentence
        .get(start..end.max(start))
        .unwrap_or(sentence)
        .trim_end();
    let clause = clause
        .strip_suffix(" and")
        .or_else(|| clause.strip_suffix(" but"))
        .unwrap_or(clause);
    clause.trim_end_matches([',', ';', ' '])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_ins_to_action_lists() {
        assert!(announces_actions("The following next steps were agreed:"));
        assert!(announces_actions("Added from my notes (missed by the AI):"));
        assert!(announces_actions("**[HL] Added after review:**"));
        assert!(!announces_actions("The chair said:"));
    }

    #[test]
    fn clauses_of_a_sentence() {
        let s = "Paolo offered to rebuild the image, and Omar will re-enable the jobs.";
        let bounds = [0, s.find("Omar").unwrap_or(0)];
        assert_eq!(
            clause_of(s, &bounds, 0),
            "Paolo offered to rebuild the image"
        );
        assert_eq!(clause_of(s, &bounds, 1), "Omar will re-enable the jobs.");
        let set_apart = "Next call on 26 May; Maya to send the agenda.";
        let at = set_apart.find("Maya").unwrap_or(0);
        assert_eq!(clause_of(set_apart, &[at], 0), "Maya to send the agenda.");
    }

    #[test]
    fn lead_ins_and_due_fields() {
        assert!(announces_actions(
            "the Chair proposed the following next steps:"
        ));
        assert!(!announces_actions("The following was discussed:"));
        assert_eq!(due_field("Due: 2024-11-12"), Some(" 2024-11-12"));
        assert_eq!(due_field("Decision: later"), None);
    }
}
