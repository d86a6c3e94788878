//! "The Secretariat to circulate the revised timeline (para. 5).": a
//! next-steps entry of a UN-style summary that points back at the numbered
//! paragraph where the task was first said. Both are one item, kept at the
//! entry (the first explicit mention), in the paragraph's group and with
//! the date the paragraph gives: readers file it under the topic it came
//! from, whatever list repeats it.

use super::blocks::Block;
use super::dedupe;
use super::model::{ActionItem, Kind};

/// The paragraph number an entry points at: "(para. 5)", "(paragraph 13)",
/// "(see paragraph 6)", "(paras. 4–5)" (the first).
pub fn paragraph_pointer(text: &str) -> Option<u32> {
    let lower = text.to_ascii_lowercase();
    lower.match_indices("(").find_map(|(at, _)| {
        let rest = lower[at + 1..].trim_start();
        let rest = rest.strip_prefix("see ").unwrap_or(rest);
        let rest = rest.strip_prefix("para")?;
        let rest = rest
            .strip_prefix("graphs")
            .or_else(|| rest.strip_prefix("graph"))
            .or_else(|| rest.strip_prefix("s."))
            .or_else(|| rest.strip_prefix('.'))
            .or_else(|| rest.strip_prefix('s'))
            .unwrap_or(rest);
        let digits: String = rest
            .trim_start()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    })
}

/// Joins each pointing entry with what its paragraph said. `group_of`
/// gives the group of a block's section.
pub fn join(
    items: Vec<ActionItem>,
    blocks: &[Block],
    group_of: &dyn Fn(usize) -> Option<String>,
) -> Vec<ActionItem> {
    let mut items: Vec<Option<ActionItem>> = items.into_iter().map(Some).collect();
    for k in 0..items.len() {
        let Some(entry) = items[k].as_ref() else {
            continue;
        };
        if entry.kind != Kind::Explicit {
            continue;
        }
        let Some(n) = paragraph_pointer(&entry.text) else {
            continue;
        };
        // The closest paragraph of that number above the entry: an agenda
        // numbered the same comes earlier still.
        let Some(at) = blocks
            .iter()
            .rposition(|b| b.ordinal == Some(n) && !b.is_heading() && b.end_line < entry.line)
        else {
            continue;
        };
        let paragraph = &blocks[at];
        let said = (0..items.len()).find(|&j| {
            items[j].as_ref().is_some_and(|i| {
                j != k
                    && i.kind == Kind::Implicit
                    && (paragraph.line..=paragraph.end_line).contains(&i.line)
                    && (i.owner.is_none() || entry.owner.is_none() || i.owner == entry.owner)
            })
        });
        let said = said.and_then(|j| items[j].take());
        let group = said
            .as_ref()
            .and_then(|s| s.group.clone())
            .or_else(|| group_of(at));
        let Some(mut entry) = items[k].take() else {
            continue;
        };
        if let Some(said) = said {
            // "Written input … to be sent to the Secretariat by 24 March
            // (see para. 17)": whom the paragraph asked.
            if entry.owner.is_none() {
                entry.owner.clone_from(&said.owner);
            }
            // The entry stays; its date, timing and links are filled from
            // the paragraph as for any merged mention.
            entry = dedupe::combine(entry, said);
        }
        if group.is_some() {
            entry.group = group;
        }
        items[k] = Some(entry);
    }
    items.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_in_their_written_forms() {
        assert_eq!(
            paragraph_pointer("circulate the timeline (para. 5)."),
            Some(5)
        );
        assert_eq!(paragraph_pointer("… (see paragraph 16);"), Some(16));
        assert_eq!(paragraph_pointer("… (paragraph 13)"), Some(13));
        assert_eq!(paragraph_pointer("… (paras. 4–5)"), Some(4));
        assert_eq!(paragraph_pointer("… (para 21)"), Some(21));
        assert_eq!(paragraph_pointer("send the paragraph 5 text"), None);
        assert_eq!(paragraph_pointer("(parallel sessions 3)"), None);
    }
}
