//! A reviewer's corrections to notes a tool wrote: "it is Lin Zhaoyang,
//! not Marco, who will collect the comments", "[ed.: not agreed in the
//! meeting — dropped from the action list.]". Notes pasted from Zoom,
//! Teams or Gemini are often checked by a person, who fixes them in a
//! note rather than in the text; a careful reader takes the note.

use super::blocks::{Block, BlockKind};
use super::inline;
use super::model::{ActionItem, Due};

/// Words that say a note under an entry takes it off the list.
const DROPPED: [&str; 14] = [
    "strike this",
    "already done",
    "not agreed",
    "no action",
    "dropped",
    "not an action",
    "not an open action",
    "please ignore",
    "nobody took",
    "did not agree",
    "disregard",
    "not a commitment",
    "please remove",
    "was never discussed",
];

/// Applies the record's corrections to its items. `person` gives the full
/// name the record knows a phrase by ("Marco" → "Marco Bellandi").
/// Whether any was applied.
pub fn apply(
    items: &mut Vec<ActionItem>,
    blocks: &[Block],
    person: &dyn Fn(&str) -> Option<String>,
    due_of: &dyn Fn(&str) -> Option<Due>,
) -> bool {
    let before = items.len();
    let mut changed = notes_under_entries(items, blocks, person, due_of);
    changed |= numbered_notes(items, blocks, person, due_of);
    // An entry's own note, read once: "- The team will look into a new
    // ticketing system. [ed.: not agreed in the meeting — dropped from the
    // action list.]" takes it off; "*[Correction: Hannah will write the
    // memo; Dana will only provide branch headcounts.]*" gives it to
    // Hannah, and the sentence inside the note is no item.
    items.retain_mut(|item| {
        let Some(note) = editorial_note(&item.source) else {
            return true;
        };
        // "[Mark: I'll take this one]": the one who signed takes it.
        let signed_taking = signer(note).and_then(|(who, said)| {
            let said = said.to_ascii_lowercase();
            [
                "i'll take",
                "i will take",
                "i can take",
                "i'll do",
                "i will do",
                "mine",
            ]
            .iter()
            .any(|t| said.starts_with(t))
            .then(|| person(who))
            .flatten()
            .map(|who| (who, None))
        });
        let text = item.text.trim_end_matches(['*', '_', ' ', '.']);
        // The note's own sentence, whole ("**[Correction: Dana confirmed
        // … by March 20.]**") or from within.
        let whole = item
            .text
            .trim_start_matches(['*', '_', ' '])
            .starts_with('[')
            && item.text.matches('[').count() == 1;
        let inside = text.ends_with(']') && (!item.text.contains('[') || whole)
            || note.starts_with('(') && text.ends_with(')') && !item.text.contains('(');
        let lower = note.to_ascii_lowercase();
        if inside && signed_taking.is_some() {
            // "**Unassigned**: Follow up with Legal … [Mark: I'll take this
            // one]": the sentence inside the note is where the entry, which
            // named no one, finds its owner; it is the entry's task.
            let before = &item.source[..item.source.len() - note.len()];
            let task = before
                .split_once(": ")
                .filter(|(label, _)| label.split_whitespace().count() <= 3)
                .map_or(before, |(_, task)| task);
            item.text = task.trim().to_string();
        } else if inside || DROPPED.iter().any(|d| lower.contains(d)) || strikes(note) {
            return false;
        }
        let due = note_due(note, due_of);
        // A signed note is no part of the task it is written after.
        if let Some(at) = signed_inline(&item.text) {
            item.text = item.text[..at].trim_end().to_string();
        }
        if let Some((new, old)) = signed_taking
            .or_else(|| swap_in(note, person))
            .or_else(|| took_on(note, person))
            .or_else(|| will_instead(note, person).map(|n| (n, None)))
            .or_else(|| first_named_before_not(note, person))
        {
            reassign(item, &new, old.as_deref());
            changed = true;
        }
        if let Some(due) = due {
            item.due = Some(due);
            changed = true;
        }
        true
    });
    let mut correcting: Vec<(usize, usize)> = Vec::new();
    for block in blocks {
        let Some((new, old)) = swap_in(&block.text, person).or_else(|| {
            took_on(&block.text, person).and_then(|(new, _)| {
                said_before(&block.text, person, &new).map(|old| (new, Some(old)))
            })
        }) else {
            continue;
        };
        let Some(old) = old else { continue };
        // "Tamsin [TA: it was Rosalind, not Tamsin] will also ask …": a
        // note inside the item's own sentence corrects that item, which
        // stays.
        let inside = |i: &ActionItem| {
            let opens = i.text.split_whitespace().next().unwrap_or("");
            (block.line..=block.end_line).contains(&i.line)
                && owns(i, &old)
                && !opens.is_empty()
                && block.text.contains(&format!("{opens} ["))
        };
        if let Some(k) = items.iter().position(inside) {
            reassign(&mut items[k], &new, Some(&old));
            changed = true;
            continue;
        }
        // The item the correction speaks of: the old owner's, sharing the
        // most words with it.
        let words = content_words(&block.text);
        let best = items
            .iter()
            .enumerate()
            // Not what the correction itself says ("Daniel will only supply
            // the schedule"): the item it corrects is elsewhere.
            .filter(|(_, i)| !(block.line..=block.end_line).contains(&i.line))
            .filter(|(_, i)| owns(i, &old))
            .map(|(k, i)| (shared_words(i, &words), k))
            .filter(|&(shared, _)| shared > 0)
            .max();
        if let Some((_, k)) = best {
            reassign(&mut items[k], &new, Some(&old));
            // "… is mine (Aroha), not Hemi's. I'll do it by 20 March.": the
            // date the correction gives with it.
            let restated = items.iter().find(|i| {
                (block.line..=block.end_line).contains(&i.line)
                    && i.owner.as_deref() == Some(new.as_str())
                    && i.due.is_some()
            });
            if let Some(due) = restated.and_then(|i| i.due) {
                items[k].due = Some(due);
            }
            correcting.push((block.line, block.end_line));
            changed = true;
        }
    }
    // "[CORR] The paragraphs are due Friday 6 February, not 3 February":
    // the item due on the date the note rejects is due on the one it
    // gives, and the note's own sentence is no item.
    for block in blocks {
        let lower = block.text.to_ascii_lowercase();
        let Some(at) = lower
            .find("[corr")
            .or_else(|| lower.starts_with("correction").then_some(0))
        else {
            continue;
        };
        let Some((said, not)) = block.text[at..].split_once(", not ") else {
            continue;
        };
        let not_end = not.find([',', '.', ';', '-']).unwrap_or(not.len());
        let (Some(new), Some(old)) = (due_of(said), due_of(&not[..not_end])) else {
            continue;
        };
        // The note may run on from a quoted paragraph, in one block: its
        // own sentence is the one that opens with the marker.
        let own = |i: &ActionItem| i.text.to_ascii_lowercase().starts_with(&lower[at..at + 5]);
        let mut fixed = false;
        for item in items.iter_mut().filter(|i| !own(i)) {
            if item.due.is_some_and(|d| d.date == old.date) {
                item.due = Some(new);
                fixed = true;
            }
        }
        if fixed {
            items.retain(|i| !own(i));
            changed = true;
        }
    }
    // "[LO: \"Speaker 3\" was Tomás Reyes]", "Speaker 4 [Sec.: Gloria
    // Haines]": whom a note taker's numbered speaker was.
    for block in blocks {
        for (label, name) in speakers_named(&block.text, person) {
            for item in items.iter_mut() {
                let unowned = item.owner.as_deref().is_none_or(|o| o == label);
                if unowned && item.text.trim_start().starts_with(&label) {
                    item.owner = Some(name.clone());
                    changed = true;
                }
            }
        }
    }
    // "In the meeting, Mere Nakoro agreed to update the website": the
    // correction restates the item it fixes; it is not another one.
    items.retain(|i| {
        !correcting
            .iter()
            .any(|&(from, to)| (from..=to).contains(&i.line))
    });
    changed || items.len() != before
}

/// "- Nadir Rahman to compile the list … by April 14" over "- [Correction
/// — Siew Ling Tan]: the owner is Nadia Rahimova …, and the agreed
/// deadline is Friday, 17 April, not 14 April": a note on its own line
/// under the entry it corrects. It gives the entry another owner or
/// deadline, or takes it off ("I did not agree to this"); the note itself
/// is no item.
fn notes_under_entries(
    items: &mut Vec<ActionItem>,
    blocks: &[Block],
    person: &dyn Fn(&str) -> Option<String>,
    due_of: &dyn Fn(&str) -> Option<Due>,
) -> bool {
    let mut changed = false;
    for (b, block) in blocks.iter().enumerate().skip(1) {
        let text = block.text.trim_start_matches(['*', '_', ' ']);
        let entry = &blocks[b - 1];
        let lower = text.to_ascii_lowercase();
        let note = if lower.starts_with("[correction") || lower.starts_with("correction:") {
            text.split_once(':').map_or(text, |(_, n)| n).trim()
        } else if let Some(note) = signed_under(block, entry) {
            note
        } else if let Some((_, said)) = text
            .trim_end_matches(['*', '_', ' '])
            .strip_suffix(']')
            .and_then(|t| signer(t).filter(|_| !t.contains(']')))
            // Right under it: after a blank line, a note may speak of any.
            .filter(|_| block.line == entry.end_line + 1)
        {
            // "   **[RK: not agreed either, Mauricio only raised it.]**" on
            // its own line under the entry: signed, and all a note.
            said
        } else {
            continue;
        };
        let note = note.trim_end_matches(['*', '_', ' ']);
        // "[Correction] ~~Lena Hoffmann will file …~~ The report will be
        // filed by …": a note on the entry it strikes itself.
        let bare = note.trim_start_matches(['*', '_', ' ']);
        let bare = bare
            .strip_prefix('[')
            .and_then(|b| b.split_once(']'))
            .map_or(bare, |(_, rest)| rest);
        if bare.trim_start_matches(['*', '_', ' ']).starts_with("~~") {
            continue;
        }
        // What it corrects is the entry just above it, a list's; the note
        // is no item.
        if !matches!(entry.kind, BlockKind::ListItem { .. }) || at_entry(items, entry).is_none() {
            continue;
        }
        let size = items.len();
        items.retain(|i| !(block.line..=block.end_line).contains(&i.line));
        changed |= items.len() != size;
        let Some(k) = at_entry(items, entry) else {
            continue;
        };
        let note_lower = note.to_ascii_lowercase();
        if DROPPED.iter().any(|d| note_lower.contains(d)) {
            items.remove(k);
            changed = true;
            continue;
        }
        // "This is Jen Castellanos-Wu (treasurer), not \"Jon Castellano\"".
        // "Wrong person: Rui is doing the booking …": who took it.
        // "Lena is sending the budget, not Ravi": the first person named.
        if let Some((new, old)) = swap_in(&without_asides(note), person)
            .or_else(|| took_on(note, person))
            .or_else(|| first_named_before_not(note, person))
        {
            reassign(&mut items[k], &new, old.as_deref());
            changed = true;
        }
        // "the owner is Nadia Rahimova (…)".
        if let Some(at) = note_lower
            .find("owner is ")
            .or_else(|| note_lower.find("owner should be "))
        {
            let after = &note[at..];
            let after = &after[after
                .find(" is ")
                .or_else(|| after.find(" be "))
                .map_or(0, |k| k + 4)..];
            let name = capitalised_run(after);
            if let Some(name) = person(&name).or_else(|| name.contains(' ').then_some(name)) {
                items[k].owner = Some(name);
                changed = true;
            }
        }
        if let Some(due) = note_due(note, due_of) {
            items[k].due = Some(due);
            changed = true;
        }
    }
    changed
}

/// "- Kezia Baptiste will book the venue." over "  - **[KB] The venue was
/// already booked in January. No action.**": a note signed with a
/// reviewer's initials, nested under the entry it is about; what it says,
/// after the signature and a "Correction:".
fn signed_under<'a>(note: &'a Block, entry: &Block) -> Option<&'a str> {
    let (BlockKind::ListItem { depth: d, .. }, BlockKind::ListItem { depth: e, .. }) =
        (&note.kind, &entry.kind)
    else {
        return None;
    };
    let text = note.text.trim_start_matches(['*', '_', ' ']);
    let (tag, rest) = text.strip_prefix('[')?.split_once(']')?;
    // "[KB]", or a reviewer's tag with no name: "**[Edit]** Lena is
    // sending the budget, not Ravi."
    let signed = (1..=4).contains(&tag.len()) && tag.chars().all(|c| c.is_ascii_uppercase())
        || [
            "edit",
            "edited",
            "correction",
            "corrected",
            "note",
            "update",
            "reviewer",
        ]
        .contains(&tag.to_ascii_lowercase().as_str());
    (d > e && signed).then(|| {
        let rest = rest.trim_start_matches(['*', '_', ' ']);
        rest.strip_prefix("Correction:")
            .map_or(rest, str::trim_start)
    })
}

/// A note without its asides in brackets: "Jen Castellanos-Wu
/// (treasurer), not …" names Jen.
fn without_asides(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" ,", ",")
}

/// "**Action item 7:** … already submitted. Removed.": entries a
/// reviewer's numbered note strikes out, taken off before the entries are
/// merged with the discussion, so that no mention goes with them.
pub fn strike(items: &mut Vec<ActionItem>, blocks: &[Block]) {
    // "Nobody agreed to publish it. ~~Ravi Sundaram to publish the
    // engineering report~~ — delete this item.": the entry quoted struck
    // through is off the list wherever it stands.
    for block in blocks {
        let Some((_, quoted, after)) = inline::split_struck(&block.text) else {
            continue;
        };
        let said = |t: &str| {
            t.trim()
                .trim_end_matches(['.', ';'])
                .trim()
                .to_ascii_lowercase()
        };
        let quoted = said(quoted);
        if quoted.split_whitespace().count() < 3 || !strikes(after) {
            continue;
        }
        items.retain(|i| said(&i.text) != quoted);
    }
    // "- ~~**All attendees** — Review the licence text~~" over "  -
    // **[HO]** *Remove — nobody was asked to review anything.*": the
    // reviewer's note on an entry struck out whole is no item either.
    for pair in blocks.windows(2) {
        let [entry, note] = pair else { continue };
        let struck = entry
            .text
            .trim_start_matches(['*', '_', ' ', '[', ']'])
            .starts_with("~~");
        if struck && signed_under(note, entry).is_some() {
            items.retain(|i| !(note.line..=note.end_line).contains(&i.line));
        }
    }
    for (_, heading, n, note) in numbered_notes_in(blocks) {
        if !strikes(note) {
            continue;
        }
        if let Some(k) = numbered_entry(&blocks[..heading], n).and_then(|e| at_entry(items, e)) {
            items.remove(k);
        }
    }
}

/// Each note under a heading of corrections that names an entry by its
/// number ("Action item 4: …", "#1 — …"): the note's block, the index of
/// that heading, the number and what the note says.
fn numbered_notes_in(blocks: &[Block]) -> impl Iterator<Item = (&Block, usize, u32, &str)> {
    let mut under: Option<usize> = None;
    blocks.iter().enumerate().filter_map(move |(b, block)| {
        if block.is_heading() {
            under = correcting(&block.text).then_some(b);
            return None;
        }
        let (n, note) = entry_number(&block.text)?;
        Some((block, under?, n, note))
    })
}

/// A heading over a reviewer's corrections.
fn correcting(heading: &str) -> bool {
    let lower = heading.to_ascii_lowercase();
    ["correction", "reviewer", "review notes", "edits"]
        .iter()
        .any(|w| lower.contains(w))
}

/// "Mario Vitols **[IK] Māris Vītols**", "Prepare hackathon topics
/// **[IK] please ignore, not agreed**": a cell, then a note its reviewer
/// initialled; what the cell said, and the note.
pub(super) fn initialled(cell: &str) -> Option<(&str, &str)> {
    let open = cell.find('[')?;
    let (tag, note) = cell[open + 1..].split_once(']')?;
    let initials = (1..=4).contains(&tag.len()) && tag.chars().all(|c| c.is_ascii_uppercase());
    let said = cell[..open]
        .trim_end()
        .trim_end_matches(['*', '_'])
        .trim_end();
    let note = note.trim().trim_end_matches(['*', '_']).trim();
    (initials && !said.is_empty() && !note.is_empty()).then_some((said, note))
}

/// Whether a note takes its entry off the list ("please ignore, not
/// agreed", "remove").
/// Whether a note takes its entry off the list.
pub(super) fn strikes(note: &str) -> bool {
    let lower = note.to_ascii_lowercase();
    lower
        .split(|c: char| !c.is_alphabetic())
        .any(|w| ["remove", "removed", "delete", "deleted"].contains(&w))
        || DROPPED.iter().any(|d| lower.contains(d))
}

/// Entry n of the last numbered list before the corrections, or the n-th
/// entry of the action list when its entries are bullets ("- [ ]
/// **Marco Bellini** – Review …").
fn numbered_entry(blocks: &[Block], n: u32) -> Option<&Block> {
    blocks
        .iter()
        .rev()
        .find(|e| e.ordinal == Some(n) && matches!(e.kind, BlockKind::ListItem { .. }))
        .filter(|_| !bulleted_actions(blocks))
        .or_else(|| nth_action_entry(blocks, n))
}

/// "**Action item 4:** Priya said \"next Tuesday\", i.e. 17 February, not
/// 3 March", "#1 — wrong owner. Priscilla is leading the audit, not
/// Marcus": a reviewer's list of corrections that names a numbered entry
/// of the action list above it.
fn numbered_notes(
    items: &mut Vec<ActionItem>,
    blocks: &[Block],
    person: &dyn Fn(&str) -> Option<String>,
    due_of: &dyn Fn(&str) -> Option<Due>,
) -> bool {
    let mut changed = false;
    for (block, heading, n, note) in numbered_notes_in(blocks) {
        // The note is no item ("the owner is Marta Ilves …"); a request it
        // goes on to make still is ("Marcus, please send me …").
        let size = items.len();
        let opening: String = note.chars().take(12).collect();
        items.retain(|i| {
            !(block.line..=block.end_line).contains(&i.line)
                || i.owner.is_some() && !i.text.contains(&opening)
        });
        changed |= items.len() != size;
        let Some(entry) = numbered_entry(&blocks[..heading], n) else {
            continue;
        };
        // `strike` took a struck entry off; what is left is a mention.
        if strikes(note) {
            continue;
        }
        let lower = note.to_ascii_lowercase();
        // "owner should be Dana + Priya, not \"Committee\"", "It's
        // **Marcus Oyelaran and me (Dana)**, not Marco": whom it names.
        let named = ["owner is ", "owner should be "]
            .iter()
            .find_map(|cue| owners_named(&note[lower.find(cue)? + cue.len()..], person))
            .or_else(|| {
                ["It's ", "It is ", "It’s "]
                    .iter()
                    .find_map(|cue| owners_named(&note[note.find(cue)? + cue.len()..], person))
                    .filter(|names| names.len() > 1)
            });
        if let Some(names) = &named {
            // "…; Priya volunteered to draft the slides, I'll present": the
            // note says why, and is no item of its own.
            let size = items.len();
            items.retain(|i| {
                !(block.line..=block.end_line).contains(&i.line)
                    || i.owner
                        .as_ref()
                        .is_some_and(|o| !names.contains(o) && o != "I")
            });
            changed |= items.len() != size;
        }
        let Some(k) = entry_or_mention(items, entry) else {
            continue;
        };
        // "wrong owner. Priscilla is leading the audit, not Marcus": who
        // opens the sentence that says who it is not.
        // "Correct, but Yusuf is doing it, not Ben": the first person the
        // sentence names.
        let opens = || first_named_before_not(note, person);
        if let Some(names) = named {
            items[k].owner = Some(names.join(", "));
            changed = true;
        } else if let Some((new, old)) = swap_in(note, person).or_else(opens) {
            reassign(&mut items[k], &new, old.as_deref());
            changed = true;
        }
        // "i.e. 17 February, not 3 March", "Due date: … before the next
        // sync on Thursday, March 26, not \"next week\"": the date said
        // instead.
        // "Evelyn will send the final request to me … by **Thursday March
        // 26, 5pm ET**; I (Joanna) will …": the date the note gives.
        let by = || {
            let at = note.find(" by ")?;
            let said = note[at + 4..].split([';', '(']).next()?;
            due_of(said.trim_matches(['*', '_', ' ', '.']))
        };
        if let Some(due) = said_not(note, due_of).or_else(by) {
            items[k].due = Some(due);
            changed = true;
        }
    }
    changed
}

/// Whether the action list before the corrections is bulleted, so that
/// "Action item 2" counts its entries rather than a numbered list's.
fn bulleted_actions(blocks: &[Block]) -> bool {
    action_entries(blocks)
        .next()
        .is_some_and(|e| e.ordinal.is_none())
}

/// The outermost entries of the last list under an "Action items" or
/// "Next steps" heading.
fn action_entries(blocks: &[Block]) -> impl Iterator<Item = &Block> {
    let heading = blocks.iter().rposition(|b| {
        let lower = b.text.to_ascii_lowercase();
        b.is_heading() && (lower.contains("action") || lower.contains("next step"))
    });
    let start = heading.map_or(blocks.len(), |h| h + 1);
    blocks[start..]
        .iter()
        .take_while(|b| !b.is_heading())
        .filter(|b| matches!(b.kind, BlockKind::ListItem { depth: 0, .. }))
}

/// The n-th entry (from 1) of the action list.
fn nth_action_entry(blocks: &[Block], n: u32) -> Option<&Block> {
    action_entries(blocks).nth(usize::try_from(n).ok()?.checked_sub(1)?)
}

/// "Dana + Priya, not \"Committee\"", "Marcus Oyelaran and Dana": the
/// people a note names as owners, each known to the record.
fn owners_named(text: &str, person: &dyn Fn(&str) -> Option<String>) -> Option<Vec<String>> {
    let said = text.split(", not ").next().unwrap_or(text);
    let said = said.split(['.', ';']).next().unwrap_or(said);
    let names: Vec<String> = said
        .split(" + ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(", "))
        .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric() && c != ')'))
        // "me (Dana)": the note's writer, by name.
        .map(|p| {
            p.strip_prefix("me (")
                .and_then(|n| n.strip_suffix(')'))
                .unwrap_or(p)
        })
        .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|p| !p.is_empty())
        .map(|p| person(&capitalised_run(p)))
        .collect::<Option<Vec<String>>>()?;
    (!names.is_empty()).then_some(names)
}

/// The item an entry holds, or the mention it was merged into: the item
/// sharing the most words with it.
fn entry_or_mention(items: &[ActionItem], entry: &Block) -> Option<usize> {
    let words = content_words(&entry.text);
    at_entry(items, entry).or_else(|| {
        items
            .iter()
            .enumerate()
            .map(|(k, i)| (shared_words(i, &words), k))
            .filter(|&(shared, _)| shared >= 2)
            .max()
            .map(|(_, k)| k)
    })
}

/// The item an entry of a list holds, by its lines.
fn at_entry(items: &[ActionItem], entry: &Block) -> Option<usize> {
    items
        .iter()
        .position(|i| (entry.line..=entry.end_line).contains(&i.line))
}

/// How many of `words` an item's text shares.
fn shared_words(item: &ActionItem, words: &[String]) -> usize {
    content_words(&item.text)
        .iter()
        .filter(|w| words.contains(w))
        .count()
}

/// "Nadia Rahimova (the transcript …)": the capitalised words a note
/// opens with, up to four, as a name.
fn capitalised_run(text: &str) -> String {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';']))
        .take_while(|w| w.starts_with(char::is_uppercase))
        .take(4)
        .collect();
    words.join(" ")
}

/// "Action item 4: …", "#1 — …", "Item 2: …": the entry a note is about.
fn entry_number(text: &str) -> Option<(u32, &str)> {
    let text = text.trim_start_matches(['*', '_', ' ']);
    // "**[Review]** Item 2: …": the reviewer's tag before the note.
    let text = text
        .strip_prefix('[')
        .and_then(|t| t.split_once(']'))
        .filter(|(tag, _)| tag.split_whitespace().count() <= 2)
        .map_or(text, |(_, rest)| rest.trim_start_matches(['*', '_', ' ']));
    // Compared as written: lower-casing may change a text's length.
    // "Next step 1: the budget action belongs to …" under a tool's "Next
    // steps".
    let rest = ["action item ", "next step ", "item ", "#"]
        .iter()
        .find_map(|p| {
            text.get(..p.len())
                .filter(|head| head.eq_ignore_ascii_case(p))
                .map(|_| p.len())
        })?;
    let digits = text[rest..]
        .chars()
        .take_while(char::is_ascii_digit)
        .count();
    let n: u32 = text[rest..rest + digits].parse().ok()?;
    let after = text[rest + digits..].trim_start_matches(['*', '_', ' ']);
    // "Action item 4 (Sloan): …": a word on which entry, before the note.
    let after = after
        .strip_prefix('(')
        .and_then(|a| a.split_once(')'))
        .map_or(after, |(_, a)| a.trim_start_matches(['*', '_', ' ']));
    let note = ["—", "–", ":", "-"]
        .iter()
        .find_map(|d| after.strip_prefix(d))?;
    Some((n, note.trim_start_matches(['*', '_', ' ']).trim()))
}

/// "the agreed deadline is Friday, 17 April, not 14 April"; "Lior said
/// \"by Wednesday\", i.e. 20 May 2026, so …": the date a note gives.
fn note_due(note: &str, due_of: &dyn Fn(&str) -> Option<Due>) -> Option<Due> {
    said_not(note, due_of)
        .or_else(|| cued_due(note, due_of))
        // "Dana confirmed after the meeting that she will have them by
        // March 20": the deadline the note sets.
        .or_else(|| {
            let at = note.to_ascii_lowercase().find(" by ")?;
            due_of(&note[at + 1..])
        })
}

/// "the date agreed in the meeting was March 13, not March 3": the date
/// said before ", not".
fn said_not(note: &str, due_of: &dyn Fn(&str) -> Option<Due>) -> Option<Due> {
    note.match_indices(", not ").find_map(|(at, _)| {
        let said = note[..at].rsplit(['"', '(', ':', ';']).next()?;
        due_of(said.rsplit(". ").next().unwrap_or(said))
    })
}

/// "the agreed deadline is Friday, 17 April"; "i.e. 20 May 2026, so …";
/// "→ Fri 13 Mar".
fn cued_due(note: &str, due_of: &dyn Fn(&str) -> Option<Due>) -> Option<Due> {
    let lower = note.to_ascii_lowercase();
    // "I said Friday, not Thu. → Fri 13 Mar": the date the arrow gives.
    ["deadline is ", "i.e. ", "→ ", "-> "]
        .iter()
        .find_map(|cue| {
            let after = &note[lower.find(cue)? + cue.len()..];
            let said = after.split(", not ").next().unwrap_or(after);
            due_of(said.split(", so ").next().unwrap_or(said))
        })
}

/// "wrong owner. Priscilla is leading the audit, not Marcus", "Correct,
/// but Yusuf is doing it, not Ben": the first person the sentence that
/// says who it is not names, and the one it is not.
fn first_named_before_not(
    note: &str,
    person: &dyn Fn(&str) -> Option<String>,
) -> Option<(String, Option<String>)> {
    let sentence = note.split(". ").find(|s| s.contains(", not "))?;
    let (said, not) = sentence.split_once(", not ")?;
    let new = said
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.starts_with(char::is_uppercase))
        .find_map(person)
        .or_else(|| person(leading_name(said)?.as_str()))?;
    let old = leading_name(not).map(|o| person(&o).unwrap_or(o));
    Some((new, old))
}

/// "[ed.: …]", "[Correction: …]", "(ed. …)": a note added to an entry.
fn editorial_note(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    ["[ed.", "[ed:", "(ed.", "[correction", "[editor", "[edit:"]
        .iter()
        .filter_map(|m| lower.find(m))
        .min()
        .or_else(|| signed_inline(text))
        .map(|at| &text[at..])
}

/// "Send the style guide [Priya: no, Tomás owns it. Owner = Tomás]": a
/// note someone signed with their name, after the entry's own words;
/// where it starts.
/// "… by Friday. *(RD: Luis presented the report; Marcus agreed to send
/// it.)*": in brackets too, signed with initials or a name, but not a
/// field of the entry ("(Owner: Dana)", "(due: Friday)").
fn signed_inline(text: &str) -> Option<usize> {
    text.char_indices()
        .filter(|&(_, c)| c == '[' || c == '(')
        .find_map(|(at, open)| {
            let closer = if open == '[' { ']' } else { ')' };
            let (label, _) = text[at + 1..].split_once(": ")?;
            if label.contains(closer) {
                return None;
            }
            let field = open == '(' && FIELDS.contains(&label.to_ascii_lowercase().as_str());
            let after_words = text[..at].chars().filter(|c| c.is_alphabetic()).count() >= 12;
            // It ends the entry ("… [Seun: not agreed!!] [Priya: struck]"); a
            // note inside a sentence ("Tamsin [TA: it was Rosalind] will ask")
            // is read with it.
            let close = text[at..].find(closer).map_or(text.len(), |c| at + c + 1);
            let rest = text[close..].trim_start();
            let ends = rest.starts_with(open) || !rest.contains(char::is_alphabetic);
            (is_signature(label) && !field && after_words && ends).then_some(at)
        })
}

/// Labels of an entry's own fields, which sign no note.
const FIELDS: [&str; 12] = [
    "owner",
    "owners",
    "due",
    "deadline",
    "status",
    "lead",
    "who",
    "assignee",
    "responsible",
    "eta",
    "target",
    "when",
];

/// One or two capitalised words, as a note is signed: "Mark", "Ana Lima".
fn is_signature(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// Who signed a note ("[Mark: I'll take this one]" → "Mark"), and what
/// it says after the name.
fn signer(note: &str) -> Option<(&str, &str)> {
    let (label, said) = note.strip_prefix('[')?.split_once(": ")?;
    is_signature(label).then_some((label, said))
}

/// "Lin Zhaoyang, not Marco,", "Elena's, not Marco's", "owned by Nikhil
/// Deshpande, not Nisha Varghese": who it is, and who it was said to be.
fn swap_in(
    text: &str,
    person: &dyn Fn(&str) -> Option<String>,
) -> Option<(String, Option<String>)> {
    let at = text.find(", not ")?;
    // "belongs to **Ms. Efua Mensah** (Treasurer), not Dr. Asante": who,
    // then what they are, in brackets.
    let said = text[..at].trim_end().trim_end_matches(['*', '_']);
    // "is **mine (Aroha)**, not Hemi's": the writer, by the name in brackets.
    let mine = said
        .strip_suffix(')')
        .and_then(|s| s.rsplit_once(" ("))
        .filter(|(who, _)| {
            let who = who.trim_end_matches(['*', '_']).to_ascii_lowercase();
            who.ends_with(" mine") || who.ends_with(" me")
        })
        .and_then(|(_, name)| leading_name(name));
    let said = said
        .strip_suffix(')')
        .and_then(|s| s.rsplit_once(" ("))
        .map_or(said, |(who, _)| who);
    let new = match mine {
        Some(name) => name,
        None => trailing_name(said)?,
    };
    let old = leading_name(&text[at + ", not ".len()..])?;
    // "It's Jamila, not Jamal": the name the notes got wrong may be
    // nobody the record lists.
    // "It's MR = Marcus Reyes, not \"Marco Ruiz\"": a full name the note
    // writes counts even if the participants list lacks it.
    let new = person(&new).or_else(|| new.contains(' ').then_some(new))?;
    let (new, old) = (new, person(&old).unwrap_or(old));
    (new != old).then_some((new, Some(old)))
}

/// "\"Speaker 3\" was Tomás Reyes", "Speaker 4 [Sec.: Gloria Haines]": a
/// numbered speaker and the person the record says it was.
fn speakers_named(text: &str, person: &dyn Fn(&str) -> Option<String>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices("Speaker ") {
        let rest = &text[at + "Speaker ".len()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            continue;
        }
        let label = format!("Speaker {}", &rest[..digits]);
        let after = rest[digits..]
            .trim_start_matches(['"', '”', '’', '\''])
            .trim_start();
        let named = ["was ", "is ", "= "]
            .iter()
            .find_map(|cue| after.strip_prefix(cue))
            .or_else(|| {
                after
                    .strip_prefix('[')
                    .and_then(|n| n.split_once(':'))
                    .map(|(_, n)| n.trim_start())
            });
        // A full name the note writes counts even if the list lacks it.
        let full = |n: String| person(&n).or_else(|| n.contains(' ').then_some(n));
        if let Some(name) = named.and_then(leading_name).and_then(full) {
            out.push((label, name));
        }
    }
    out
}

/// "[Correction: Hannah will write the memo; …]": who will, instead.
fn will_instead(note: &str, person: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    let rest = note.split_once(':')?.1.trim_start();
    let name = leading_name(rest)?;
    rest[name.len()..]
        .trim_start()
        .starts_with("will ")
        .then(|| person(&name))
        .flatten()
}

/// "Marcus took this one", "it was Marcus Liang-Ferreira who took that
/// on", "Mere is the owner of this item": who took the task.
fn took_on(
    text: &str,
    person: &dyn Fn(&str) -> Option<String>,
) -> Option<(String, Option<String>)> {
    // "Mere is the owner of this item."
    if let Some(at) = text.find(" is the owner")
        && let Some(new) = trailing_name(&text[..at]).and_then(|n| person(&n))
    {
        return Some((new, None));
    }
    if let Some(at) = text.find(" took th")
        && let Some(new) = trailing_name(&text[..at]).and_then(|n| person(&n))
    {
        return Some((new, None));
    }
    // "That is wrong: Yuki Morimoto will submit it", "It was agreed in the
    // meeting that Leah Moskowitz will draft it": who will, instead.
    // "Wrong person: Rui is doing the booking": who is, instead.
    // "Owner = Tomás", "owner: Tomás": the owner the note sets.
    for cue in ["Owner = ", "owner = ", "Owner: ", "owner: ", "owner is "] {
        if let Some(at) = text.rfind(cue)
            && let Some(new) = leading_name(&text[at + cue.len()..]).and_then(|n| person(&n))
        {
            return Some((new, None));
        }
    }
    for cue in [
        "wrong: ",
        "wrong; ",
        "incorrect: ",
        "agreed in the meeting that ",
        "instead, ",
        "Wrong person: ",
        "Wrong owner: ",
        "wrong person: ",
        "wrong owner: ",
    ] {
        if let Some(at) = text.find(cue)
            && let Some(name) = leading_name(&text[at + cue.len()..])
            && let Some(rest) = text.get(at + cue.len() + name.len()..)
            && (rest.trim_start().starts_with("will ")
                || rest.trim_start().starts_with("is doing "))
            && let Some(new) = person(&name)
        {
            return Some((new, None));
        }
    }
    // "it was Marcus who took that on", "it's Jamila who is drafting".
    let rest = ["it was ", "it is ", "it's ", "it’s "]
        .iter()
        .find_map(|cue| text.find(cue).map(|at| &text[at + cue.len()..]))?;
    let who = rest.find(" who ")?;
    // "it is Rasa (LT) who books the venue": where from, in brackets.
    let name = rest[..who].trim();
    let name = name
        .strip_suffix(')')
        .and_then(|n| n.rsplit_once(" ("))
        .map_or(name, |(n, _)| n.trim_end());
    Some((person(name)?, None))
}

/// "The AI summary says Dana will send …": whom the notes named before
/// the correction says who it was.
fn said_before(text: &str, person: &dyn Fn(&str) -> Option<String>, new: &str) -> Option<String> {
    // "The AI summary says Dana will …", "was assigned by the AI to Jone",
    // "it is Rasa who books the venue …, not Jānis".
    [
        " says ",
        " assigned by the AI to ",
        " assigned to ",
        ", not ",
    ]
    .iter()
    .filter_map(|cue| text.find(cue).map(|at| &text[at + cue.len()..]))
    // "The AI attributed the domain renewal to Marcus", "the AI next
    // steps attribute the memo to Daniel".
    .chain(
        text.find("attribute")
            .and_then(|at| text[at..].find(" to ").map(|to| &text[at + to + 4..])),
    )
    .filter_map(|rest| {
        let name = leading_name(rest)?;
        Some(person(&name).unwrap_or(name))
    })
    .find(|old| old != new)
}

/// The capitalised words (one to three) that end `text`, without "'s".
fn trailing_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split_whitespace()
        .rev()
        .map(|w| {
            strip_possessive(
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'),
            )
        })
        // "It's Marcus Reyes": the sentence's opening is no part of the name.
        // "Ms. Efua Mensah": the name, not the title before it.
        .take_while(|w| {
            w.starts_with(char::is_uppercase)
                && !["It", "That", "This", "There", "He", "She"].contains(w)
                && !super::lexicon::TITLES.contains(&w.to_lowercase().as_str())
        })
        .take(3)
        .collect();
    (!words.is_empty()).then(|| words.into_iter().rev().collect::<Vec<_>>().join(" "))
}

/// The capitalised words (one to three) that start `text`, without "'s".
fn leading_name(text: &str) -> Option<String> {
    let mut words = Vec::new();
    for raw in text.split_whitespace().take(3) {
        // "not \"Marco Ruiz\"": a name the notes misheard, quoted.
        let raw = raw.trim_start_matches(['"', '“', '‘']);
        let word = strip_possessive(
            raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'),
        );
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        words.push(word);
        // "Marco, who will collect": the name ends at its comma.
        if raw.ends_with([',', '.', ';', ')']) {
            break;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

fn owns(item: &ActionItem, name: &str) -> bool {
    item.owner
        .as_deref()
        .is_some_and(|o| o.split(", ").any(|p| p == name))
}

fn reassign(item: &mut ActionItem, new: &str, old: Option<&str>) {
    let owners: Vec<String> = match (&item.owner, old) {
        (Some(owner), Some(old)) if owner.split(", ").any(|p| p == old) => owner
            .split(", ")
            .map(|p| {
                if p == old {
                    new.to_string()
                } else {
                    p.to_string()
                }
            })
            .collect(),
        _ => vec![new.to_string()],
    };
    item.owner = Some(owners.join(", "));
}

/// Lower-case words of four letters or more: what a task is about.
fn content_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 4 && w.starts_with(char::is_lowercase))
        .map(str::to_lowercase)
        .collect()
}
