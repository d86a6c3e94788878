//! One item, however often the record states it: a commitment said in the
//! discussion and then written as `ACTION:`, a bot's echo, a summary that
//! repeats the next-steps list. The marked (explicit) mention is kept, else
//! the first; what it lacks (group, due date, timing) comes from the others.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::glossary::{STOPWORDS, stem};
use super::id::{fnv1a, fnv1a_from};
use super::model::{ActionItem, Kind};
use super::words::{Token, tokens};

/// How many earlier items of the same owner a new item is compared with.
const WINDOW: usize = 64;
/// Lines within which a short "I'll do that" is the same as a nearby marked item.
const NEARBY_LINES: usize = 12;
/// Lines within which someone's commitment and the action recorded for
/// them right after are one item.
const NEXT_LINES: usize = 6;

/// Words that say when, or hold a sentence together, not what is to be
/// done: they do not make two items alike or different.
const FILLER: [&str; 79] = [
    "by",
    "before",
    "after",
    "next",
    "this",
    "that",
    "these",
    "those",
    "week",
    "month",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "due",
    "until",
    "today",
    "tomorrow",
    "will",
    "would",
    "can",
    "could",
    "should",
    "shall",
    "also",
    "at",
    "with",
    "from",
    "it",
    "its",
    "is",
    "are",
    "be",
    "i",
    "i'll",
    "i’ll",
    "we",
    "we'll",
    "we’ll",
    "you",
    "he",
    "she",
    "they",
    "our",
    "their",
    "all",
    "as",
    "up",
    "about",
    "into",
    "sure",
    "yes",
    "do",
    "then",
    "please",
    "so",
    // Prepositions and pronouns: "share the call through their networks"
    // and "volunteer through the mailing list" are not one task.
    "through",
    "via",
    "over",
    "within",
    "across",
    "among",
    "during",
    "once",
    "any",
    "each",
    "or",
    "if",
    "when",
    "which",
    "who",
    "them",
    "his",
    "her",
    "your",
    "us",
];

/// Words every request of a list has, whatever it asks for (stemmed).
const ASKING: [&str; 7] = [
    "invited",
    "encouraged",
    "asked",
    "requested",
    "welcome",
    "reminded",
    "invite",
];

/// What an item's text is about: its content words, stemmed, and the
/// issues it cites ("#3512" names one thing wherever it is written),
/// each as the hash of its stem so that comparing them allocates nothing.
pub(super) fn content(toks: &[Token<'_>]) -> Vec<u64> {
    let cited = toks
        .windows(2)
        .filter(|w| w[0].text == "#" && w[1].text.bytes().all(|b| b.is_ascii_digit()))
        .map(|w| fnv1a(w[0].text.as_bytes()) ^ fnv1a(w[1].text.as_bytes()));
    let keys = toks
        .iter()
        // Nicks and handles ("oksana_v", "@obrandt") name people, not tasks.
        .filter(|t| !t.is_handle() && !t.text.contains('_'))
        .filter(|t| t.is_word() && !is_filler(t.text))
        .filter_map(|t| stem_key(t.text))
        .chain(cited);
    // A sentence has few words: each is kept once without sorting them,
    // which would cost the wasm build a sort of its own.
    let mut out: Vec<u64> = Vec::new();
    for k in keys {
        if !out.contains(&k) {
            out.push(k);
        }
    }
    out
}

/// A stopword or a filler word, in any case. Every word of every item is
/// asked: one hash lookup instead of 73 comparisons.
fn is_filler(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| FILLER.iter().chain(&STOPWORDS).copied().collect());
    let mut buf = [0u8; 16];
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        // Rare: "we’ll" with a typographic apostrophe, or a long word.
        return set.iter().any(|f| f.eq_ignore_ascii_case(word));
    }
    for (slot, b) in buf.iter_mut().zip(bytes) {
        *slot = b.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).is_ok_and(|w| set.contains(w))
}

/// The key of a word's stem (`glossary::stem`), or none for a number or a
/// single letter. ASCII words, nearly all of them, are stemmed on the stack.
fn stem_key(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    let mut buf = [0u8; 40];
    if !word.is_ascii() || bytes.len() > buf.len() {
        let stem = stem(word);
        let counts =
            !stem.chars().all(|c| c.is_ascii_digit() || c == '-') && stem.chars().count() > 1;
        return counts.then(|| fnv1a(stem.as_bytes()));
    }
    for (slot, b) in buf.iter_mut().zip(bytes) {
        *slot = b.to_ascii_lowercase();
    }
    let mut w = &buf[..bytes.len()];
    while let Some(rest) = w.strip_suffix(b"'") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix(b"'s") {
        w = rest;
    }
    let (base, tail): (&[u8], &[u8]) = if let Some(base) = w.strip_suffix(b"sses") {
        (base, b"ss")
    } else if let Some(base) = w.strip_suffix(b"ies").filter(|b| b.len() > 2) {
        (base, b"y")
    } else if w.ends_with(b"s") && !w.ends_with(b"ss") && w.len() > 3 {
        (&w[..w.len() - 1], b"")
    } else {
        (w, b"")
    };
    let len = base.len() + tail.len();
    let number = base
        .iter()
        .chain(tail)
        .all(|b| b.is_ascii_digit() || *b == b'-');
    (len > 1 && !number).then(|| fnv1a_from(fnv1a(base), tail))
}

/// Same key as [`stem_key`] for a word written as its stem already.
fn key(stem: &str) -> u64 {
    fnv1a(stem.as_bytes())
}

/// What comparing an item with others needs, read once from its text:
/// its content words, whether it is said in the first person ("I'll …",
/// "we can …") and whether it points back ("I can do that").
struct Facts {
    words: Vec<u64>,
    first_person: bool,
    pointer: bool,
    /// Who the owner is ("Welfare Officer" is Niamh Gallagher when the
    /// record lists her so), for comparing owners.
    person: String,
}

fn facts(text: &str) -> Facts {
    let toks = tokens(text);
    Facts {
        person: String::new(),
        words: content(&toks),
        first_person: toks.iter().any(|t| {
            ["i", "i'll", "i’ll", "we", "we'll", "we’ll"]
                .iter()
                .any(|p| t.text.eq_ignore_ascii_case(p))
        }),
        pointer: toks
            .iter()
            .any(|t| t.is("that") || t.is("it") || t.is("this")),
    }
}

/// "Sure, I can do that by Friday": a commitment that points back.
fn points_back(facts: &Facts, words: &[u64]) -> bool {
    words.len() <= 2 && facts.pointer
}

struct Seen {
    index: usize,
    facts: Facts,
    /// The words of the first mention alone: what the others merged into
    /// it add ("to the MAG mailing list") says nothing of the task.
    own: Vec<u64>,
}

/// Items are compared with those of the same owner; "Members" and
/// "Council members" may be one owner, so they share a key: the last word.
fn owner_key(owner: &str) -> String {
    if everyone(owner) {
        return "everyone".to_string();
    }
    if owner.contains(", ") {
        return owner.to_lowercase();
    }
    owner.rsplit(' ').next().unwrap_or(owner).to_lowercase()
}

/// "Everyone", "All", "All participants": whoever was there, however the
/// record says it.
fn everyone(owner: &str) -> bool {
    [
        "everyone",
        "everybody",
        "all",
        "all participants",
        "all attendees",
    ]
    .iter()
    .any(|e| owner.eq_ignore_ascii_case(e))
}

/// "Members" is short for "Council members"; "MAG members" is not.
fn one_owner(a: &str, b: &str) -> bool {
    if everyone(a) && everyone(b) {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let tail = long.len() - short.len();
    long.get(tail..)
        .is_some_and(|t| t.eq_ignore_ascii_case(short))
        && (tail == 0 || long.as_bytes()[tail - 1] == b' ')
}

fn same(a: &ActionItem, fa: &Facts, b: &ActionItem, fb: &Facts) -> bool {
    let (wa, wb) = (&fa.words, &fb.words);
    if !one_owner(&fa.person, &fb.person) {
        return false;
    }
    if a.group.is_some() && b.group.is_some() && a.group != b.group {
        return false;
    }
    let close = a.line.abs_diff(b.line) <= NEARBY_LINES && a.section == b.section;
    let one_marked = a.kind != b.kind;
    // Two unmarked mentions in different places are two commitments.
    if a.kind == Kind::Implicit && b.kind == Kind::Implicit && !close {
        return false;
    }
    // "Skef: I can write a response" and, just after, "ACTION: Skef to
    // draft a response …": the action records what the speaker offered.
    // The action is written right after the offer, or they share what
    // they are about, or the offer only points back ("I can do that").
    let spoken = |i: &ActionItem, f: &Facts| i.kind == Kind::Implicit && f.first_person;
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    let alike = {
        let smaller = wa.len().min(wb.len());
        // "I will refresh it" / "Kofi to refresh the list": the same verb,
        // and a pointer back to what the discussion was about.
        let same_verb = wa.first().is_some_and(|w| wb.first() == Some(w));
        (shared >= 1 && (shared * 3 >= smaller || same_verb && (fa.pointer || fb.pointer)))
            || smaller == 0
    };
    let (first, second) = if a.line <= b.line { (a, b) } else { (b, a) };
    // Right before the action, a short offer ("I'll take it") is that
    // action; one that names a task of its own ("I'll send the revised
    // threat model …") is another.
    let (said, points) = if a.kind == Kind::Implicit {
        (wa, fa.pointer)
    } else {
        (wb, fb.pointer)
    };
    // "I will move it to the new host": "it" is what the action names;
    // "I know the liaison, I'll write to him" / "ACTION: mtak to contact
    // the liaison": one thing they share names the task.
    // An offer after the action ("I'll also ping …") is another task.
    let offer_first = first.kind == Kind::Implicit;
    let next_block = second.line <= first.end_line + 2
        && (said.len() <= 3 || points || shared >= 1 && offer_first);
    if one_marked
        && (spoken(a, fa) || spoken(b, fb))
        && a.section == b.section
        && a.line.abs_diff(b.line) <= NEXT_LINES
        && (next_block || alike || points_back(fa, wa) || points_back(fb, wb))
    {
        return true;
    }
    // "ACTION: lukas to contact the i18n WG", "can someone else take it?",
    // "lea: I'll take it, I know Addison's team", "s/lukas/lea/": an offer
    // to take the thing on takes the action up, written before or after it.
    let takes_it_up = |i: &ActionItem, f: &Facts| {
        spoken(i, f)
            && ["take it", "take that", "take this", "do it", "do that"]
                .iter()
                .any(|p| super::lexicon::contains_ci(&i.text, p))
    };
    if one_marked
        && (takes_it_up(a, fa) || takes_it_up(b, fb))
        && a.section == b.section
        && a.line.abs_diff(b.line) <= NEXT_LINES
    {
        return true;
    }
    // "Farah, can you turn the proposal into a PR?" / "yes" / "ACTION:
    // fhaddad to prepare a PR …": the request, then the action recording it.
    let implicit_first = if a.line <= b.line { a } else { b };
    if one_marked
        && implicit_first.kind == Kind::Implicit
        && a.section == b.section
        && a.line.abs_diff(b.line) <= NEXT_LINES
        && alike
    {
        return true;
    }
    // Two entries of one marked list (or an action and its bot echo) are
    // compared on what they ask for: the owner's words and the asking
    // words are the same in every entry of a list addressed to one owner
    // ("MAG members are invited to review the brief" / "… to share the
    // brief with their networks" are two actions).
    let same_list = a.kind == Kind::Explicit && b.kind == Kind::Explicit && a.section == b.section;
    let owner = if same_list {
        a.owner
            .as_deref()
            .map(|o| content(&tokens(o)))
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let what = |w: &[u64]| {
        w.iter()
            .filter(|x| !(owner.contains(x) || same_list && ASKING.iter().any(|a| key(a) == **x)))
            .copied()
            .collect::<Vec<_>>()
    };
    let (wa, wb) = (what(wa), what(wb));
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    let smaller = wa.len().min(wb.len());
    // "Send the budget to the list" / "Send the agenda to the list": two
    // entries of one list that each name something the other does not are
    // two tasks. An echo or a restatement adds words; it names no other thing.
    if a.kind == b.kind && a.section == b.section && shared < wa.len() && shared < wb.len() {
        return false;
    }
    if shared >= 2 && shared * 2 >= smaller {
        return true;
    }
    // Two unmarked requests due the same day are two requests.
    close
        && one_marked
        && ((a.due.is_some() && a.due == b.due) || points_back(fa, &wa) || points_back(fb, &wb))
}

/// Merges duplicates, keeping reading order.
/// `person` says who an owner is: a role the participants list gives one
/// person ("Welfare Officer") stands for that person.
pub fn merge(
    items: Vec<ActionItem>,
    person: &dyn Fn(&str) -> String,
    listed: bool,
) -> Vec<ActionItem> {
    let mut out: Vec<Option<ActionItem>> = Vec::with_capacity(items.len());
    let mut by_owner: HashMap<String, Vec<Seen>> = HashMap::new();
    for item in items {
        let Some(owner) = item.owner.clone() else {
            out.push(Some(item));
            continue;
        };
        let mut found = facts(&item.text);
        // "María — send the deck": whose task it is says nothing of what it is.
        let mut named = content(&tokens(&owner));
        // "HO — Book the room", "HO will send the agenda": the initials of
        // Hannah Osei name her, as her name does.
        named.extend(owner.split(", ").filter_map(|one| {
            let initials: String = one
                .split_whitespace()
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            (2..=3)
                .contains(&initials.chars().count())
                .then(|| stem_key(&initials))
                .flatten()
        }));
        found.words.retain(|w| !named.contains(w));
        // "Ingrid Sørensen" in the list and "Ingrid Sorensen" from her
        // address are one person: compared without accents or case.
        found.person = super::roster::fold(&person(&owner));
        let seen = by_owner.entry(owner_key(&found.person)).or_default();
        // "I will refresh it", "Kofi, please also check the icons", then
        // "ACTION: Kofi to refresh the list and review the icons": one
        // action may record several mentions, which all join it.
        let mut item = item;
        let mut first: Option<usize> = None;
        let matches: Vec<usize> = seen
            .iter()
            .enumerate()
            .rev()
            .take(WINDOW)
            .filter(|(_, s)| {
                out[s.index]
                    .as_ref()
                    .is_some_and(|e| same(e, &s.facts, &item, &found))
            })
            .map(|(k, _)| k)
            .collect();
        // "Send the budget …", "Send the agenda …" as two entries, then the
        // discussion's "Ana will send the budget …": a mention joins the
        // one recorded action it is most like, not two of them.
        let explicit: Vec<usize> = matches
            .iter()
            .copied()
            .filter(|&k| {
                out[seen[k].index]
                    .as_ref()
                    .is_some_and(|e| e.kind == Kind::Explicit)
            })
            .collect();
        let closest = explicit.iter().copied().max_by_key(|&k| {
            let shared = seen[k]
                .facts
                .words
                .iter()
                .filter(|w| found.words.contains(w));
            (shared.count(), usize::MAX - k)
        });
        for k in matches {
            if explicit.contains(&k) && Some(k) != closest {
                continue;
            }
            let s = &seen[k];
            match first {
                None => first = Some(k),
                Some(_) => {
                    if let Some(e) = out[s.index].take() {
                        item = combine_as(e, item, listed);
                    }
                }
            }
        }
        match first.map(|k| &mut seen[k]) {
            Some(slot) => {
                // The merged item is known by the words of every mention,
                // and speaks as the mention it keeps.
                let kept = out[slot.index].take().map(|e| combine_as(e, item, listed));
                if let Some(kept) = &kept {
                    let now = facts(&kept.text);
                    slot.facts.first_person = now.first_person;
                    slot.facts.pointer = now.pointer;
                    slot.own = now.words;
                    slot.own.retain(|w| !named.contains(w));
                }
                for w in found.words {
                    if !slot.facts.words.contains(&w) {
                        slot.facts.words.push(w);
                    }
                }
                out[slot.index] = kept;
            }
            None => {
                seen.push(Seen {
                    index: out.len(),
                    own: found.words.clone(),
                    facts: found,
                });
                out.push(Some(item));
            }
        }
    }
    for seen in by_owner.values() {
        pair_summaries(&mut out, seen, listed);
    }
    let mut merged: Vec<ActionItem> = out.into_iter().flatten().collect();
    merged.sort_by_key(|i| i.line);
    merged
}

/// An action list that ends (or, in AI notes, opens) the minutes sums up
/// the discussion: its entry and the one unmarked mention of the same
/// owner in another section
/// that shares a word with it ("Daphne will check crater results" /
/// "Daphne: crater run for the lifetime lint") are one item, when
/// neither has another such match.
fn pair_summaries(out: &mut [Option<ActionItem>], seen: &[Seen], listed: bool) {
    let item = |out: &[Option<ActionItem>], s: &Seen| {
        out[s.index].as_ref().map(|i| (i.kind, i.line, i.section))
    };
    let matches = |out: &[Option<ActionItem>], mention: &Seen, entry: &Seen| {
        let (Some((Kind::Implicit, before, here)), Some((Kind::Explicit, after, there))) =
            (item(out, mention), item(out, entry))
        else {
            return false;
        };
        // A person's one shared word ("crater") is enough; what a whole
        // membership is asked shares more ("MAG members … the call for
        // session proposals" is not "… nominations for the main session").
        let shared = mention.own.iter().filter(|w| entry.own.contains(w)).count();
        let needed = if people_owner(out, entry) { 2 } else { 1 };
        // "WG-Strategy members" and "MAG members" share a key, not a person.
        before != after
            && here != there
            && shared >= needed
            && one_owner(&mention.facts.person, &entry.facts.person)
    };
    // Only nearby mentions are compared, as in `merge`: time stays linear.
    for (k, entry) in seen.iter().enumerate() {
        let from = k.saturating_sub(WINDOW);
        let to = (k + WINDOW).min(seen.len());
        let mut mentions = seen[from..to].iter().filter(|m| matches(out, m, entry));
        let (Some(mention), None) = (mentions.next(), mentions.next()) else {
            continue;
        };
        let entries = seen[from..to]
            .iter()
            .filter(|e| matches(out, mention, e))
            .count();
        if entries != 1 {
            continue;
        }
        let spoken = out[mention.index].take();
        if let (Some(spoken), Some(kept)) = (spoken, out[entry.index].take()) {
            out[entry.index] = Some(combine_as(spoken, kept, listed));
        }
    }
}

/// Whether an item's owner is people by what they are ("MAG members",
/// "Secretariat"), not someone by name.
fn people_owner(out: &[Option<ActionItem>], seen: &Seen) -> bool {
    out[seen.index]
        .as_ref()
        .and_then(|i| i.owner.as_deref())
        .is_some_and(|o| {
            tokens(o)
                .iter()
                .rev()
                .find(|t| t.is_word())
                .is_some_and(|t| super::lexicon::is_people_word(t) || t.is("Secretariat"))
        })
}

/// The marked mention wins, else the first; gaps are filled from the other.
pub(super) fn combine(first: ActionItem, second: ActionItem) -> ActionItem {
    combine_as(first, second, false)
}

/// Joins two mentions of one item. `listed`: notes a tool wrote, whose
/// action list is the record of what was agreed; the item stands at its
/// entry (both readers of such notes placed it so more often than not).
fn combine_as(first: ActionItem, second: ActionItem, listed: bool) -> ActionItem {
    // "Ben will test token refresh before Friday" in the discussion, then
    // "Ben — test token refresh" in the closing list: one item, standing
    // where it was first said, under what was being discussed, and
    // explicit for the list that records it. Fourteen of eighteen readers
    // who read held-out records they had not written placed it so (the
    // writers of records lean the other way: README, "Tests and figures").
    // An offer just before its ACTION line, in the same section, is that
    // action's.
    let first_said = second.kind == Kind::Explicit
        && first.kind == Kind::Implicit
        && first.section != second.section
        && first.line < second.line
        && !listed;
    let (mut keep, mut other) =
        if !first_said && second.kind == Kind::Explicit && first.kind == Kind::Implicit {
            (second, first)
        } else {
            (first, second)
        };
    if first_said {
        keep.kind = Kind::Explicit;
        // "Members are asked …" / "All council members – send …": the
        // fuller name of the owner the two share.
        let words = |o: &Option<String>| o.as_deref().map_or(0, |o| o.split_whitespace().count());
        if words(&other.owner) > words(&keep.owner) {
            keep.owner = other.owner.take();
        }
        // "by Monday" said, "Mon 16 June, 07:00 CEST" in the list (or the
        // other way round): the same day, to the hour.
        keep.due = match (keep.due, other.due) {
            (Some(said), Some(listed)) if said.date == listed.date => {
                Some(if listed.time_utc.is_some() {
                    listed
                } else {
                    said
                })
            }
            (said, listed) => said.or(listed),
        };
    } else {
        if !(keep.kind == Kind::Explicit && other.kind == Kind::Implicit) {
            keep.group = keep.group.or(other.group);
        } else if listed {
            // The list's entry, filed under the topic the notes discussed
            // it in (both readers of such notes mostly did).
            // A transcript's highlights or key moments are no topic.
            let topic = other.group.filter(|g| {
                let lower = g.to_lowercase();
                !["transcript", "highlights", "key moments"]
                    .iter()
                    .any(|w| lower.contains(w))
            });
            keep.group = topic.or(keep.group);
        }
        keep.due = keep.due.or(other.due);
    }
    // A date said anywhere outranks vague words: no timing beside a due.
    if keep.due.is_some() {
        keep.timing = None;
    } else {
        keep.timing = keep.timing.or(other.timing);
    }
    for link in other.links {
        if !keep.links.contains(&link) {
            keep.links.push(link);
        }
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(line: usize, owner: &str, kind: Kind, text: &str) -> ActionItem {
        ActionItem {
            id: String::new(),
            line,
            end_line: line,
            owner: Some(owner.to_string()),
            group: None,
            due: None,
            timing: None,
            kind,
            text: text.to_string(),
            source: text.to_string(),
            links: Vec::new(),
            section: Some(0),
        }
    }

    #[test]
    fn a_commitment_and_its_action_line_are_one_item() {
        let merged = merge(
            vec![
                item(
                    31,
                    "Marc",
                    Kind::Implicit,
                    "I'll look at the canonicalization failures this week.",
                ),
                item(
                    37,
                    "Marc",
                    Kind::Explicit,
                    "Marc to investigate the canonicalization test failures",
                ),
            ],
            &|o| o.to_string(),
            false,
        );
        assert_eq!(merged.len(), 1);
        assert_eq!((merged[0].line, merged[0].kind), (37, Kind::Explicit));
    }

    #[test]
    fn an_offer_just_before_its_action_line_is_that_action() {
        let merged = merge(
            vec![
                item(
                    54,
                    "Mireille",
                    Kind::Implicit,
                    "I know the liaison, I'll write to him",
                ),
                item(
                    55,
                    "Mireille",
                    Kind::Explicit,
                    "mtak to contact the MPEG-H liaison about licensing",
                ),
                // After the action, "also" another task.
                item(
                    56,
                    "Mireille",
                    Kind::Implicit,
                    "I'll also ask the broadcaster for their test content",
                ),
            ],
            &|o| o.to_string(),
            false,
        );
        let lines: Vec<usize> = merged.iter().map(|i| i.line).collect();
        assert_eq!(lines, vec![55, 56]);
    }

    #[test]
    fn different_tasks_of_one_owner_stay_apart() {
        let merged = merge(
            vec![
                item(
                    54,
                    "MAG members",
                    Kind::Implicit,
                    "MAG members can explore the new webpage of the PNAI.",
                ),
                item(
                    56,
                    "MAG members",
                    Kind::Explicit,
                    "MAG members are invited to register for the next call.",
                ),
            ],
            &|o| o.to_string(),
            false,
        );
        assert_eq!(merged.len(), 2);
    }

    #[test]
    fn an_action_joins_every_mention_it_records() {
        let merged = merge(
            vec![
                item(
                    28,
                    "Kofi Boateng",
                    Kind::Implicit,
                    "I will refresh it from the registry.",
                ),
                item(
                    30,
                    "Kofi Boateng",
                    Kind::Implicit,
                    "Kofi, please also check the icon guidance.",
                ),
                item(
                    33,
                    "Kofi Boateng",
                    Kind::Explicit,
                    "Kofi to refresh the AAGUID list and review the icon guidance",
                ),
            ],
            &|o| o.to_string(),
            false,
        );
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].line, 33);
    }

    #[test]
    fn content_words() {
        let words: Vec<u64> = ["look", "canonicalization", "failure"]
            .iter()
            .map(|w| key(w))
            .collect();
        assert_eq!(
            facts("I'll look at the canonicalization failures this week.").words,
            words
        );
    }

    #[test]
    fn entries_naming_different_things_stay_two_and_mentions_join_their_own() {
        let record = crate::record::read_text(
            "Team call, 3 March 2025\n\nNext steps\n\n\
             - Ana Lima will send the budget to the list before the next meeting.\n\
             - Ana Lima will send the agenda to the list before the next meeting.\n\n\
             Discussion\n\n\
             Ana Lima will send the budget to the list by 7 March. \
             Ana Lima will send the agenda to the list before the next meeting.\n",
        )
        .expect("reads");
        let read: Vec<(usize, Option<String>)> = record
            .items
            .iter()
            .map(|i| (i.line, i.due.map(|d| d.date.to_string())))
            .collect();
        // The discussion's date reaches the budget entry, not the agenda's.
        assert_eq!(
            read,
            [(5, Some("2025-03-07".into())), (6, None)],
            "{read:?}"
        );
        // Said one after the other, unmarked, they are two tasks as well.
        let said = crate::record::read_text(
            "Team call, 3 March 2025\n\n\
             Ana Lima will send the budget to the list. Ana Lima will send the agenda to the list.\n",
        )
        .expect("reads");
        assert_eq!(said.items.len(), 2, "{:#?}", said.items);
    }

    #[test]
    fn a_short_owner_is_the_long_one_of_the_same_item() {
        let record = crate::record::read_text(
            "Council call, 20 February 2025\n\nCode of conduct review\n\n\
             Members are asked to send comments to Noura before March 1.\n\n\
             Action items\n\n\
             - All council members – send comments on the guidelines to Noura by March 1\n",
        )
        .expect("reads");
        let owners: Vec<&str> = record
            .items
            .iter()
            .filter_map(|i| i.owner.as_deref())
            .collect();
        assert_eq!(owners, ["All council members"], "{:#?}", record.items);
        assert!(!one_owner("MAG members", "Council members"));
    }

    #[test]
    fn two_requests_of_one_list_to_one_owner_stay_two() {
        let record = crate::record::read_text(
            "Notes, 22 October 2025\n\nPolicy Network on AI (PNAI)\n\n\
             → **MAG members are invited to review the brief.**\n\n\
             → **MAG members are invited to share the brief with their networks.**\n",
        )
        .expect("reads");
        assert_eq!(record.items.len(), 2, "{:#?}", record.items);
    }
}
