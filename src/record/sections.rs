//! The record's outline: which blocks are its header (title, date), which
//! are section headings, what each section is for, and the group name its
//! items inherit.

use super::blocks::{Block, BlockKind, HeadingStyle};
use super::due;
use super::glossary::{self, Entry};
use super::model::Section;
use std::collections::{HashMap, HashSet};

/// What a section holds, which changes how its blocks are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Discussion,
    /// "Next steps", "Action items": every entry is an explicit item.
    Actions,
    Participants,
    Agenda,
    Decisions,
}

/// A group the record defines and items may name ("PNAI", "WG-WSP").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupName {
    pub label: String,
    /// The acronym and the full names it goes by in this record.
    pub acronym: String,
    pub names: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Outline {
    pub sections: Vec<Section>,
    pub purposes: Vec<Purpose>,
    /// Groups items may name; only those that head a section of the record.
    pub groups: Vec<GroupName>,
    /// For each block, its innermost section.
    pub section_of: Vec<Option<usize>>,
    /// For each section, the section it belongs to.
    pub parent: Vec<Option<usize>>,
    /// Blocks before this index are the record's header.
    pub header_end: usize,
}

impl Outline {
    pub fn purpose_of(&self, block: usize) -> Purpose {
        self.section_of[block].map_or(Purpose::Discussion, |s| self.purposes[s])
    }

    /// The heading of the action list the section is, or is part of.
    pub fn actions_heading(&self, mut s: usize) -> Option<&str> {
        loop {
            if self.purposes[s] == Purpose::Actions {
                return self.sections[s].group.as_deref();
            }
            s = self.parent[s]?;
        }
    }

    /// The section's purpose, or that of an enclosing section.
    pub fn within(&self, block: usize, purpose: Purpose) -> bool {
        let Some(mut s) = self.section_of[block] else {
            return false;
        };
        loop {
            if self.purposes[s] == purpose {
                return true;
            }
            match self.parent[s] {
                Some(parent) => s = parent,
                None => return false,
            }
        }
    }
}

const KEYWORDS: [(&str, Purpose); 23] = [
    ("next steps", Purpose::Actions),
    ("action items", Purpose::Actions),
    ("action item", Purpose::Actions),
    ("action summary", Purpose::Actions),
    ("action points", Purpose::Actions),
    ("actions", Purpose::Actions),
    ("action log", Purpose::Actions),
    // Longer forms first: they are taken out of a heading before shorter ones.
    ("follow-ups", Purpose::Actions),
    ("follow-up", Purpose::Actions),
    ("follow up", Purpose::Actions),
    ("to do", Purpose::Actions),
    ("todos", Purpose::Actions),
    ("todo", Purpose::Actions),
    ("to-dos", Purpose::Actions),
    ("participants", Purpose::Participants),
    ("attendees", Purpose::Participants),
    ("attendance", Purpose::Participants),
    ("present", Purpose::Participants),
    ("roll call", Purpose::Participants),
    ("agenda", Purpose::Agenda),
    ("decisions", Purpose::Decisions),
    ("resolutions", Purpose::Decisions),
    ("decided", Purpose::Decisions),
];

/// "📖 Transcript", "Vendor sync - Transcript": the words as spoken.
pub fn is_transcript(title: &str) -> bool {
    let lower = title.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.last() == Some(&"transcript") || words.first() == Some(&"transcript") && words.len() <= 3
}

/// "Previous action items", "Review of last meeting's actions",
/// "Follow-up from the October call": the actions of an earlier meeting,
/// reported on; what they say was asked then, not now.
pub fn reviews_past_actions(title: &str) -> bool {
    let lower = title.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let actions = words.iter().any(|w| {
        matches!(
            *w,
            "action" | "actions" | "follow-up" | "follow-ups" | "todo" | "todos" | "to-dos" | "ais"
        )
    });
    let earlier = words.iter().any(|w| {
        matches!(
            *w,
            "previous" | "prior" | "past" | "earlier" | "last" | "last's"
        )
    }) || words.windows(2).any(|p| p == ["review", "of"])
        || words.windows(4).any(|w| {
            w[0] == "from" && w[1] == "the" && matches!(w[3], "call" | "meeting" | "session")
        });
    // "Follow-ups from 2026-02-02": the meeting they came from, by its day.
    let dated = || words.contains(&"from") && !super::due::find_dates(title).is_empty();
    actions && (earlier || dated()) && words.len() <= 8
}

/// What a section with this title is for.
pub fn purpose_of_title(title: &str) -> Purpose {
    purpose(title)
}

/// "the following next steps were identified", "the following actions
/// were agreed": the name of the list such a lead-in opens.
fn following_list(lower: &str) -> Option<&'static str> {
    let rest = lower.trim_start().strip_prefix("the following ")?;
    if rest.starts_with("next steps") {
        Some("Next steps")
    } else if rest.starts_with("action") || rest.starts_with("follow-up") {
        Some("Action items")
    } else {
        None
    }
}

fn purpose(title: &str) -> Purpose {
    // "Attendees (add yourself, please)": the aside says nothing of the part.
    let title = without_anchors(title.trim());
    let title = title
        .trim_end()
        .trim_end_matches(':')
        .strip_suffix(')')
        .and_then(|t| t.split_once(" ("))
        .map_or(title, |(before, _)| before);
    let lower = title.to_lowercase();
    // "22. The following next steps were identified:": the list it leads
    // into is the meeting's next steps.
    if following_list(&lower).is_some() {
        return Purpose::Actions;
    }
    let found = KEYWORDS
        .iter()
        .find(|(k, _)| contains_phrase(&lower, k))
        .map_or(Purpose::Discussion, |&(_, p)| p);
    // "Agenda and notes": the discussion itself, written along the agenda.
    let noted = ["notes", "minutes", "discussion", "summary"]
        .iter()
        .any(|w| contains_phrase(&lower, w));
    if found == Purpose::Agenda && noted {
        return Purpose::Discussion;
    }
    // "Outage follow-up", "Follow-up to the Summit", "Agenda and content":
    // a topic that speaks of actions or of the agenda is still a topic.
    if found != Purpose::Discussion && !only_names(&lower, found) {
        return Purpose::Discussion;
    }
    found
}

/// Words that may stand beside "action items", "participants" or
/// "agenda" in the name of such a part ("Summary of new action items, by
/// person", "Annex 2: List of participants", "Provisional agenda").
const PART_WORDS: [&str; 56] = [
    "summary",
    // "TL;DR -- action items": the short version, up front.
    "tl",
    "dr",
    "tldr",
    // "Chair's additions to next steps": more entries for the same list.
    "additions",
    "addition",
    "to",
    // "Additional actions (added by the secretary)", "Further actions".
    "additional",
    "further",
    "other",
    "more",
    "also",
    "of",
    "new",
    "open",
    "outstanding",
    "pending",
    "suggested",
    "key",
    "main",
    "list",
    "the",
    "and",
    "by",
    "person",
    "owner",
    "owners",
    "items",
    "item",
    "tasks",
    "task",
    "agreed",
    "recorded",
    "from",
    "this",
    "today's",
    "meeting",
    // "Action items from this call".
    "call",
    "session",
    "decisions",
    "annex",
    "appendix",
    "proposed",
    "draft",
    "provisional",
    "adopted",
    "final",
    "apologies",
    "regrets",
    "guests",
    "people",
    // "ACTION ITEMS RECAP": the list again, in short.
    "recap",
    // "Committee members present", "Board members present".
    "members",
    "committee",
    "board",
    "voting",
];

/// Whether a heading holding a keyword of `purpose` names nothing else.
fn only_names(lower: &str, purpose: Purpose) -> bool {
    // "People present (lines said)": a note in parentheses names nothing.
    let mut rest = match lower.split_once('(') {
        Some((before, _)) => before.to_string(),
        None => lower.to_string(),
    };
    for (keyword, p) in KEYWORDS {
        if p == purpose {
            rest = rest.replace(keyword, " ");
        }
    }
    rest.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| w.chars().any(char::is_alphabetic))
        // "Annex 2", "Appendix B", "II": numbering, not a topic.
        .filter(|w| w.len() > 1 && !w.chars().all(|c| "ivx".contains(c)))
        // "Chair's additions": whose they are names no topic.
        .all(|w| PART_WORDS.contains(&w) || w.ends_with("'s") && w.len() > 3)
}

fn contains_phrase(haystack: &str, phrase: &str) -> bool {
    haystack.match_indices(phrase).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Leading words that say a section reports from someone; the rest names them.
const REPORT_PREFIXES: [&str; 9] = [
    "updates from the ",
    "updates from ",
    "update from the ",
    "update from ",
    "updates on the ",
    "update on the ",
    "report from the ",
    "report from ",
    "briefing by the ",
];

/// Agenda headings every meeting knows by their short name.
const STANDARD_HEADINGS: [(&str, &str); 3] = [
    ("any other business", "AOB"),
    ("a.o.b.", "AOB"),
    ("aob", "AOB"),
];

/// Headings that name a part of the record, not a body or a topic: their
/// items belong to the section around them, or to no group.
const GENERIC_HEADINGS: [&str; 28] = [
    "outline",
    // TC39-style notes close each topic with its "Conclusion".
    "conclusion",
    "conclusions",
    "summary",
    "quick recap",
    "recap",
    "minutes",
    "meeting minutes",
    "full minutes",
    "meeting summary",
    "meeting notes",
    "notes",
    "discussion",
    "discussions",
    "details",
    "overview",
    "highlights",
    "key points",
    "transcript",
    "links",
    "contents",
    "table of contents",
    "meeting",
    "topics",
    "agenda items",
    // Parts of a meeting tool's report.
    "questions",
    "key questions",
    "chapters & topics",
];

/// Words that, alone, make a heading generic ("Agenda and notes").
const GENERIC_WORDS: [&str; 14] = [
    "agenda",
    "notes",
    "minutes",
    "discussion",
    "discussions",
    "summary",
    "meeting",
    "and",
    "&",
    "of",
    "the",
    "full",
    "detailed",
    "items",
];

pub fn is_generic(title: &str) -> bool {
    let lower = title.trim().trim_end_matches(':').trim().to_lowercase();
    GENERIC_HEADINGS.contains(&lower.as_str())
        || lower.split_whitespace().all(|w| GENERIC_WORDS.contains(&w))
        || by_its_author(&lower)
}

/// Who writes a summary of a meeting.
const AUTHORS: [&str; 11] = [
    "chair",
    "chairs",
    "co-chairs",
    "rapporteur",
    "secretariat",
    "facilitator",
    "facilitators",
    "co-facilitators",
    "president",
    "moderator",
    "secretary",
];

/// "Summary by the Chair", "Chair's summary", "Report of the Rapporteur":
/// the document and who wrote it.
fn by_its_author(lower: &str) -> bool {
    const DOCUMENTS: [&str; 5] = ["summary", "report", "notes", "minutes", "record"];
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        [doc, by, .., who] if DOCUMENTS.contains(doc) && matches!(*by, "by" | "of") => {
            AUTHORS.contains(who) && words.len() <= 5
        }
        // "Chair's summary" is the document; "Treasurer's report" an item
        // of the agenda.
        [who, doc] => {
            let who = who
                .strip_suffix("'s")
                .or_else(|| who.strip_suffix("’s"))
                .or_else(|| who.strip_suffix('\''));
            DOCUMENTS.contains(doc) && who.is_some_and(|w| AUTHORS.contains(&w))
        }
        _ => false,
    }
}

/// The group name a heading gives its items, and whether it is a group the
/// record defines (by acronym) that items elsewhere may name.
pub fn group_label(title: &str) -> (String, Option<Entry>) {
    let trimmed = topic_of(title.trim().trim_end_matches(':').trim());
    if let Some(entry) = glossary::pairs_in(trimmed)
        .into_iter()
        .last()
        .filter(|_| trimmed.ends_with(')'))
    {
        return (entry.label(), Some(entry));
    }
    // "National, Regional and Youth IGF Initiatives (NRIs)": a heading
    // that gives its own acronym is named by it, spelt out or not.
    if let Some((name, inner)) = trimmed.strip_suffix(')').and_then(|t| t.rsplit_once(" ("))
        && glossary::is_acronym(inner)
        && name.split_whitespace().count() >= 2
        // Not "Profile draft (WD03)": the acronym starts as the name does.
        && name.chars().next().map(|c| c.to_ascii_uppercase()) == inner.chars().next()
    {
        let entry = Entry {
            acronym: inner.to_string(),
            expansion: name.trim().to_string(),
            topic: None,
        };
        return (entry.label(), Some(entry));
    }
    if let Some(named) = opening_body(trimmed) {
        return named;
    }
    // "Flaky CI on Windows runners (#4877) — Release WG": the team after a
    // dash; "Haptic Pattern Description Format (HPDF) — open issues": the
    // pair before it, when what follows is a remark.
    if let Some((left, right)) = trimmed
        .split_once(" — ")
        .or_else(|| trimmed.split_once(" – "))
    {
        let right = right.trim();
        if names_a_team(right) {
            return (right.to_string(), None);
        }
        // "SIG-Release — 3.2 release status": the team, then what it brought.
        let left = left.trim();
        let team = if left.contains(' ') {
            // "WG Governance — charter amendments", "SIG Release — …".
            left.split_whitespace().count() <= 3
                && ["SIG ", "WG ", "TF "].iter().any(|p| left.starts_with(p))
        } else {
            ["SIG-", "WG-", "TF-"].iter().any(|p| left.starts_with(p))
        };
        if team {
            return (left.to_string(), None);
        }
        if right.starts_with(char::is_lowercase)
            && let (label, Some(entry)) = group_label(left)
        {
            return (label, Some(entry));
        }
    }
    let lower = trimmed.to_lowercase();
    if let Some(list) = following_list(&lower) {
        return (list.to_string(), None);
    }
    if let Some(&(_, short)) = STANDARD_HEADINGS.iter().find(|(long, _)| lower == *long) {
        return (short.to_string(), None);
    }
    // "Best Practice Forum on Gender and Digital Rights (BPF Gender)": the
    // short name the body goes by, its acronym then its subject.
    if let Some((name, inner)) = trimmed.strip_suffix(')').and_then(|t| t.rsplit_once(" ("))
        && let Some((acronym, subject)) = inner.split_once(' ')
        && glossary::is_acronym(acronym)
        && subject.split_whitespace().count() <= 3
        && subject.starts_with(char::is_uppercase)
        && {
            let initials: String = name
                .split_whitespace()
                .take(acronym.len())
                .filter_map(|w| w.chars().next())
                .collect();
            initials == acronym
        }
    {
        return (inner.to_string(), None);
    }
    // "Warsaw meeting (CEE-NOG 14, 21-23 April 2026)": when, in brackets,
    // says nothing of what.
    if let Some((before, inner)) = trimmed.strip_suffix(')').and_then(|t| t.rsplit_once(" ("))
        && before.split_whitespace().count() >= 2
        && !super::due::find_dates(inner).is_empty()
    {
        return group_label(before);
    }
    // "RPKI training programme (Training WG)", "Ruby in vertical text
    // (East Asian Layout TF)": the body whose part of the meeting this is.
    if let Some((before, inner)) = trimmed.strip_suffix(')').and_then(|t| t.rsplit_once(" ("))
        && before.split_whitespace().count() >= 2
        && names_a_team(inner)
    {
        return (inner.trim().to_string(), None);
    }
    // "Taking stock of IGF 2025 (IGF Secretariat)", "Outreach WG (Pieter
    // van Dam)", "Programme WG (lead: Lea Hoffmann-Diaz)": who reports on
    // it, in brackets, when they are no acronym of the heading's name;
    // "Human notes (RK, quick)", "Operator documentation (BCP document,
    // rev. 3)": a remark, which readers leave out of the name.
    let trimmed = match trimmed.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((before, inner))
            if before.split_whitespace().count() >= 2
                && (inner.contains(", ") && !inner.contains('#')
                    || ["lead:", "leads:", "chair:", "led by "]
                        .iter()
                        .any(|p| inner.to_lowercase().starts_with(p))
                    || (1..=4).contains(&inner.split_whitespace().count())
                        && inner.split_whitespace().all(|w| {
                            (w.starts_with(char::is_uppercase) || PARTICLES.contains(&w))
                                && w.chars()
                                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.'))
                        })
                        && inner
                            .split_whitespace()
                            .any(|w| w.starts_with(char::is_uppercase))) =>
        {
            before.trim_end()
        }
        _ => trimmed,
    };
    match REPORT_PREFIXES.iter().find(|p| lower.starts_with(*p)) {
        // "Updates from the IGF Secretariat": the Secretariat, as the sample
        // names its "Updates from the Secretariat" (and most readers do).
        Some(p) => {
            let body = &trimmed[p.len()..];
            let body = match body.split_once(' ') {
                Some((acronym, "Secretariat")) if glossary::is_acronym(acronym) => "Secretariat",
                _ => body,
            };
            (upper_first(body), None)
        }
        None => (trimmed.to_string(), None),
    }
}

/// The small words of family names ("Pieter van Dam", "Ana da Silva").
pub const PARTICLES: [&str; 11] = [
    "van", "von", "de", "den", "da", "do", "dos", "del", "der", "di", "le",
];

/// "Training WG", "Survey sub-team", "Policy & Outreach sub-team": a
/// working body by its last word. Not a secretariat, which reports on
/// every part of a meeting.
fn names_a_team(name: &str) -> bool {
    const TEAM_WORDS: [&str; 11] = [
        "wg",
        "tf",
        "sig",
        "sub-team",
        "subteam",
        "sub-group",
        "subgroup",
        "team",
        "group",
        "force",
        "committee",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words
            .last()
            .is_some_and(|w| TEAM_WORDS.contains(&w.to_lowercase().as_str()))
}

/// "Captions Task Force (CTF) report", "Security Response Committee (SRC):
/// embargo policy", "SIG Release: v1.14 timeline": a heading that opens
/// with a body is that body's part of the meeting; the rest says which.
fn opening_body(title: &str) -> Option<(String, Option<Entry>)> {
    if let Some(close) = title.find(')') {
        let (head, rest) = title.split_at(close + 1);
        let rest = rest.trim();
        let words = rest.split_whitespace().count();
        let what_of_it = rest.starts_with(':')
            || (1..=2).contains(&words)
                && rest
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_lowercase));
        if what_of_it && let Some(entry) = glossary::pairs_in(head).into_iter().last() {
            return Some((entry.label(), Some(entry)));
        }
    }
    // "Security WG update", "Finance Committee report".
    let words: Vec<&str> = title.split_whitespace().collect();
    if let [body @ .., last] = words.as_slice()
        && body.len() >= 2
        && [
            "update", "updates", "report", "reports", "status", "charter",
        ]
        .contains(last)
        && body[0].starts_with(char::is_uppercase)
        && ([
            "WG",
            "TF",
            "SIG",
            "Committee",
            "Subcommittee",
            "Group",
            "Council",
            "Board",
            "Force",
        ]
        .contains(&body[body.len() - 1])
            // "SIG Docs update", "WG Governance report": the team word first.
            || body.len() == 2 && ["SIG", "WG", "TF"].contains(&body[0]))
    {
        return Some((body.join(" "), None));
    }
    let (label, rest) = title.split_once(": ")?;
    let words: Vec<&str> = label.split_whitespace().collect();
    match words.as_slice() {
        [kind, name]
            if ["SIG", "WG", "TF"].contains(kind)
                && name.starts_with(char::is_uppercase)
                && !rest.trim().is_empty() =>
        {
            Some((label.to_string(), None))
        }
        // "SIG-Docs: versioned docs migration", "WG-Strategy: paper".
        [one]
            if ["SIG-", "WG-", "TF-"].iter().any(|p| one.starts_with(p))
                && one.len() > 4
                && !rest.trim().is_empty() =>
        {
            Some((label.to_string(), None))
        }
        _ => None,
    }
}

/// "DRAFT INDICATOR FRAMEWORK", "ACTION ITEMS": a heading set in capitals,
/// as readers write it: "Draft indicator framework" (the held-out writers
/// of notes and mail all used sentence case), in a `formal` report "Draft
/// Indicator Framework" (its writers used title case); acronyms the record
/// defines, and short words that are no English words ("IFAP", "WSIS"),
/// stay as they are. None when the heading is no such shout ("AOB",
/// "FOSDEM 2025", "Action items").
/// Each word the record writes not all in capitals, by its lower case: the
/// spelling it uses most ("YOUthDIG", "task").
fn spelled_in(blocks: &[Block]) -> HashMap<String, String> {
    let mut counts: HashMap<String, HashMap<&str, usize>> = HashMap::new();
    for block in blocks.iter().filter(|b| !b.is_heading()) {
        for word in block.text.split(|c: char| !c.is_alphanumeric()) {
            if word.len() >= 3 && word.chars().any(char::is_lowercase) {
                *counts
                    .entry(word.to_lowercase())
                    .or_default()
                    .entry(word)
                    .or_insert(0) += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter_map(|(lower, forms)| {
            // "Task" opening a sentence is "task" inside one.
            let best = forms.iter().max_by_key(|(form, n)| {
                (
                    **n + usize::from(**form == lower),
                    std::cmp::Reverse(**form),
                )
            })?;
            Some((lower, best.0.to_string()))
        })
        .collect()
}

/// Words the running text writes in capitals ("UNESCO", "ICANN"): names,
/// where a heading's capitals are only its loudness.
fn capitals_in(blocks: &[Block]) -> HashSet<&str> {
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    blocks
        .iter()
        .filter(|b| !b.is_heading() && b.text.chars().any(char::is_lowercase))
        .flat_map(|b| b.text.split(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| letters(w) >= 2 && !w.chars().any(char::is_lowercase))
        .collect()
}

fn unshouted(
    title: &str,
    glossary: &[Entry],
    capitals: &HashSet<&str>,
    formal: bool,
) -> Option<String> {
    const SMALL: [&str; 13] = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "the", "to",
    ];
    const WORDS: [&str; 24] = [
        "all", "any", "call", "data", "date", "day", "item", "key", "last", "list", "more", "new",
        "next", "note", "one", "open", "our", "plan", "team", "time", "two", "way", "week", "work",
    ];
    let letters = |w: &str| w.chars().filter(char::is_ascii_alphabetic).count();
    let long_words = title.split_whitespace().filter(|w| letters(w) >= 4).count();
    // "FOLLOW-UPS", "SUBTEAM A", "IGF 2026 PLANNING": one long word is
    // shouted too, unless the running text writes it so ("UNESCO").
    let shouted_word = title.split_whitespace().any(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        // "WG-WSP" is letters that name; "FOLLOW-UPS" has a word in it.
        bare.split('-').any(|part| letters(part) >= 5) && !capitals.contains(bare)
    });
    if title.chars().any(char::is_lowercase) || long_words < 2 && !shouted_word {
        return None;
    }
    let acronym = |w: &str| {
        let lower = w.to_lowercase();
        glossary.iter().any(|e| e.acronym == w)
            || w.chars().any(|c| c.is_ascii_digit())
            || w.chars().count() <= 4
                && !SMALL.contains(&lower.as_str())
                && !WORDS.contains(&lower.as_str())
    };
    let count = title.split(' ').count();
    let words: Vec<String> = title
        .split(' ')
        .enumerate()
        .map(|(k, word)| {
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
            let lower = word.to_lowercase();
            // "SUBTEAM A": a last single letter names; "A NEW PLAN" opens.
            let letter = k > 0 && bare.len() == 1 && k + 1 == count;
            if bare.is_empty() || acronym(bare) || letter {
                word.to_string()
            } else if k > 0 && (!formal || SMALL.contains(&bare.to_lowercase().as_str())) {
                lower
            } else if !formal {
                // "GENDER-DISAGGREGATED" → "Gender-disaggregated".
                upper_first(&lower)
            } else {
                // "GENDER-DISAGGREGATED" → "Gender-Disaggregated", but
                // "FOLLOW-UPS" → "Follow-ups": a particle is no word of
                // its own.
                const PARTICLES: [&str; 6] = ["up", "ups", "in", "out", "off", "on"];
                lower
                    .split('-')
                    .enumerate()
                    .map(|(j, part)| {
                        if j > 0 && PARTICLES.contains(&part) {
                            part.to_string()
                        } else {
                            upper_first(part)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("-")
            }
        })
        .collect();
    Some(words.join(" "))
}

/// "## 2025-09-30" over a meeting's running notes: when, not what about.
fn only_a_date(title: &str) -> bool {
    let dates = super::due::find_dates(title);
    let mut rest = title.to_string();
    for d in dates.iter().rev() {
        rest.replace_range(d.start..d.end, " ");
    }
    // "Thu Feb 12 09:41:07 CET 2026", an archive's sent line: the weekday,
    // the hour and its zone say when too.
    let when = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = w.to_ascii_lowercase();
        w.is_empty()
            || ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                .iter()
                .any(|d| lower.starts_with(d) && lower.ends_with("day") || lower == *d)
            || (2..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
            || !w.chars().any(char::is_alphabetic)
    };
    !dates.is_empty() && rest.split_whitespace().all(when)
}

/// "# MOPS WG Interim Meeting" over the minutes: the record's own title,
/// which names the meeting, not a part of it.
fn names_a_meeting(title: &str) -> bool {
    title.split(|c: char| !c.is_alphanumeric()).any(|w| {
        ["meeting", "minutes", "teleconference", "telecon", "interim"]
            .iter()
            .any(|m| w.eq_ignore_ascii_case(m))
    })
}

/// "Topic: Quota prompts", "Agenda item 3: Budget", "[Grace] Release
/// shadows": the topic, without how it was announced or who brought it.
pub fn topic_of(title: &str) -> &str {
    let mut topic = without_anchors(title.trim());
    if let Some((_, rest)) = topic.strip_prefix('[').and_then(|t| t.split_once(']'))
        && !rest.trim().is_empty()
    {
        topic = rest.trim();
    }
    if let Some((label, rest)) = topic.split_once(':') {
        let label = label.trim().to_lowercase();
        let first = label.split_whitespace().next().unwrap_or("");
        let announces = matches!(first, "topic" | "subtopic" | "item" | "agendum")
            || label.starts_with("agenda item");
        if announces && label.split_whitespace().count() <= 3 && !rest.trim().is_empty() {
            topic = rest.trim();
        }
    }
    // "Docs SIG: new contributor guide", "Release WG: v3.2 timeline": the
    // body whose item it is, then what it brought.
    if let Some((body, rest)) = topic.split_once(": ")
        && !rest.trim().is_empty()
        // Not "PROGRAMME WG (lead: Lea …)": the colon is inside brackets.
        && !body.contains('(')
        && (2..=5).contains(&body.split_whitespace().count())
        && body.split_whitespace().any(|w| {
            [
                "SIG",
                "WG",
                "TF",
                "Committee",
                "Subcommittee",
                "Team",
                "Group",
                "Force",
                "Council",
                "Board",
            ]
            .contains(&w)
        })
        && body
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '('))
    {
        topic = body.trim();
    }
    // "Track 1: Fundamental principles", "Workstream 2: Financing
    // community connectivity": a numbered part of the body, known by its
    // number.
    if let Some((unit, rest)) = topic.split_once(": ")
        && !rest.trim().is_empty()
        && let Some((kind, number)) = unit.trim().rsplit_once(' ')
        // By a digit: "Track C: Digital Skills" was kept whole.
        && number.len() <= 3
        && number.chars().all(|c| c.is_ascii_digit())
        && [
            "track",
            "workstream",
            "work stream",
            "cluster",
            "sub-group",
            "subgroup",
            "strand",
            "pillar",
        ]
        .contains(&kind.to_lowercase().as_str())
    {
        topic = unit.trim();
    }
    // "B. Logistics and Host Country Liaison Workstream": the letter a
    // report numbers its parts with.
    if let Some(rest) = topic
        .strip_prefix(|c: char| c.is_ascii_uppercase())
        .and_then(|t| t.strip_prefix(". "))
        && rest.split_whitespace().count() >= 2
        && rest.starts_with(char::is_uppercase)
    {
        topic = rest;
    }
    // "Fair-sharing across queues (15 min)": the time the agenda gave it;
    // "draft-ietf-rome-transport (Oskar Lindholm, 20 min)": who presents
    // it, and for how long.
    let duration = |d: &str| {
        d.starts_with(|c: char| c.is_ascii_digit())
            && [
                "min", "mins", "minutes", "m", "h", "hr", "hrs", "hour", "hours",
            ]
            .contains(&d.trim_start_matches(|c: char| c.is_ascii_digit()).trim())
    };
    if let Some((before, inner)) = topic.strip_suffix(')').and_then(|t| t.rsplit_once(" ("))
        && !before.trim().is_empty()
        && (duration(inner)
            || inner.rsplit_once(", ").is_some_and(|(who, d)| {
                duration(d.trim()) && (1..=4).contains(&who.split_whitespace().count())
            }))
    {
        topic = before.trim_end();
    }
    // "v2.19 release status — @tanvi-r": the handle of who presents it.
    if let Some((before, who)) = [" — ", " – ", " - "]
        .iter()
        .find_map(|dash| topic.rsplit_once(dash))
        && !before.trim().is_empty()
        && who
            .split([',', '&', '/'])
            .flat_map(|w| w.split(" and "))
            .all(|w| {
                w.trim()
                    .strip_prefix('@')
                    .is_some_and(|h| !h.is_empty() && !h.contains(' '))
            })
    {
        topic = before.trim_end();
    }
    // "Adoption of the agenda (Agenda item 1)": which item it is.
    if let Some((before, inner)) = topic.strip_suffix(')').and_then(|t| t.rsplit_once(" ("))
        && let Some(number) = ["agenda item ", "item "]
            .iter()
            .find_map(|p| inner.to_ascii_lowercase().strip_prefix(p).map(str::len))
        && inner[inner.len() - number..].starts_with(|c: char| c.is_ascii_digit())
    {
        topic = before.trim_end();
    }
    // "Agenda item 2. Preparations for the session": the item's number;
    // "ITEM 2    REPORT ON …": a number needs no stop after it.
    let lower = topic.to_ascii_lowercase();
    if let Some(rest) = ["agenda item ", "item "]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .and_then(|r| {
            let after = r.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
            let digits = after.len() < r.len()
                && r[..r.len() - after.len()]
                    .bytes()
                    .all(|b| b.is_ascii_digit());
            after
                .strip_prefix(['.', '-', '–', '—'])
                .or(digits.then_some(after))
        })
        .filter(|r| r.starts_with(' ') && r.trim().len() > 2)
    {
        topic = topic[topic.len() - rest.len()..].trim();
    }
    // "Action items (the ones I caught -- shout if I missed yours)",
    // "Additional actions (added by the secretary)", "Next steps
    // (summary)": a remark on the part, in lower case.
    if let Some((before, inner)) = topic.strip_suffix(')').and_then(|t| t.rsplit_once(" ("))
        && !before.trim().is_empty()
        && inner.starts_with(|c: char| c.is_lowercase())
        && !inner.contains('#')
        // "(draft-ietf-dnsops-telemetry-02)" names the draft.
        && inner.contains(' ')
        && inner.split_whitespace().count() <= 10
    {
        topic = before.trim_end();
    }
    // "draft-ietf-mops-latency (Kenji Mori)", "Translations (Camille)",
    // "Adoption call (Gwen Albrecht for the authors)": who presents it;
    // "Charter milestones (Sophie Marchetti, chairs)": and as what.
    if let Some((before, inner)) = topic.strip_suffix(')').and_then(|t| t.rsplit_once(" ("))
        && !before.trim().is_empty()
        && let inner = presenter_of(inner)
        && let inner = inner.split_once(", ").map_or(inner, |(who, _)| who)
        && (1..=3).contains(&inner.split_whitespace().count())
        && inner.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .skip(1)
                    .all(|c| c.is_lowercase() || c == '-' || c == '\'')
        })
    {
        topic = before.trim_end();
    }
    topic
}

/// "3.2 release planning (tessellate#1421)" → "3.2 release planning".
fn without_issue(topic: &str) -> Option<&str> {
    let (head, inner) = topic.strip_suffix(')')?.rsplit_once(" (")?;
    (is_issue_ref(inner) && head.split_whitespace().count() >= 1).then_some(head.trim_end())
}

/// "#2451", "tessellate#1421", "org/repo#12": an issue or pull request.
fn is_issue_ref(text: &str) -> bool {
    text.rsplit_once('#').is_some_and(|(repo, number)| {
        !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
            && repo
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b))
    })
}

/// "Gwen Albrecht for the authors", "Ana Lima on behalf of the chairs":
/// the person who presents.
fn presenter_of(inner: &str) -> &str {
    [" for the ", " on behalf of "]
        .iter()
        .find_map(|p| inner.split_once(p).map(|(who, _)| who.trim()))
        .unwrap_or(inner)
}

/// "Horizontal review {#horizontal-review}", "TPAC planning <a
/// id="t05"></a>", "Drop Node.js 6 #2451": the anchor a page links to, or
/// the issue the heading links, name no topic.
fn without_anchors(title: &str) -> &str {
    let mut t = title;
    loop {
        let before = t.len();
        if let Some(rest) = t.strip_suffix('}')
            && let Some((head, id)) = rest.rsplit_once('{')
            && id.starts_with('#')
            && !id.contains(' ')
        {
            t = head.trim_end();
        }
        if let Some(rest) = t.strip_suffix("</a>")
            && let Some((head, tag)) = rest.rsplit_once("<a ")
            && !tag.contains('<')
            && (tag.starts_with("id=") || tag.starts_with("name="))
        {
            t = head.trim_end();
        }
        // "Drop Node.js 6 #2451": the issue the heading links. "WebVTT
        // regions PR #512" keeps it: there the number names the topic.
        if let Some((head, issue)) = t.rsplit_once(' ')
            && is_issue_ref(issue)
            && head.split_whitespace().count() >= 2
            && !head.rsplit(' ').next().is_some_and(|w| {
                ["pr", "issue", "bug", "ticket"].contains(&w.to_lowercase().as_str())
            })
        {
            // "Security release process — tessellate/TSC#505": the dash
            // goes with the issue.
            t = head.trim_end().trim_end_matches(['—', '–', '-']).trim_end();
        }

        // "Release 3.2 status (@therrera)", "SIG-Docs (report by
        // @olindahl)": who brings it, by handle.
        if let Some(rest) = t.strip_suffix(')')
            && let Some((head, inner)) = rest.rsplit_once(" (")
            && !head.trim().is_empty()
            && inner.split_whitespace().count() <= 4
            && inner
                .split_whitespace()
                .last()
                .is_some_and(|w| w.starts_with('@') && w.len() > 1)
        {
            t = head.trim_end();
        }
        if t.len() == before {
            return t;
        }
    }
}

/// "ana" → "Ana".
pub(super) fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// "Annex 2: …", "Appendix": always top level, wherever they appear.
pub(super) fn is_annex(title: &str) -> bool {
    let lower = title.to_lowercase();
    ["annex", "appendix", "attachment"].iter().any(|w| {
        // "Annex 2: …", "Appendix A", "Annex: …", but not "Attachments Budget".
        lower.strip_prefix(w).is_some_and(|rest| {
            rest.is_empty()
                || rest.starts_with(':')
                || rest
                    .strip_prefix(' ')
                    .and_then(|r| r.split([' ', ':', '.', '–', '-']).next())
                    .is_some_and(|n| {
                        n.chars().count() <= 4
                            && n.chars().all(|c| {
                                c.is_ascii_digit() || c.is_ascii_uppercase() || "ivx".contains(c)
                            })
                    })
        })
    })
}

fn is_structural(index: usize, block: &Block) -> bool {
    match &block.kind {
        BlockKind::ListItem { .. } | BlockKind::Row(_) => true,
        BlockKind::Heading(HeadingStyle::Plain) => purpose(&block.text) != Purpose::Discussion,
        BlockKind::Heading(_) => index > 0,
        BlockKind::Paragraph => block.text.split_whitespace().count() >= 15,
    }
}

fn header_end(blocks: &[Block]) -> usize {
    let mut seen_date = false;
    for (i, block) in blocks.iter().enumerate() {
        // "– DRAFT –" above a title is a mark on the page, not a list.
        let mark = matches!(block.kind, BlockKind::ListItem { .. })
            && block.text.split_whitespace().count() <= 2
            && i < 4;
        // "18 March 2026, 13:00 - 15:00 UTC" set apart like a heading is
        // still the masthead's date line.
        let date_line = i < 8 && is_date_line(&block.text);
        if (i > 0 && is_structural(i, block) && !mark && !date_line) || seen_date {
            return i;
        }
        seen_date = !due::find_dates(&block.text).is_empty();
    }
    blocks.len()
}

/// A line that holds a date and at most its time, zone and weekday.
fn is_date_line(text: &str) -> bool {
    let dates = due::find_dates(text);
    if dates.is_empty() {
        return false;
    }
    let mut rest = text.to_string();
    for d in dates.iter().rev() {
        rest.replace_range(d.start..d.end, " ");
    }
    rest.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .filter(|w| !due::is_weekday(w) && super::clock::zone_offset(w).is_none())
        .filter(|w| !["am", "pm", "to", "from", "and"].contains(&w.to_ascii_lowercase().as_str()))
        .count()
        == 0
}

/// Builds the outline of a record from its blocks and its glossary.
pub fn outline(blocks: &[Block], glossary: &[Entry]) -> Outline {
    let mut out = Outline {
        header_end: header_end(blocks),
        ..Outline::default()
    };
    let mut current: Option<usize> = None;
    // Level of the enclosing numbered/markup section, for plain headings.
    let mut structured_level: Option<u8> = None;
    let mut markup_seen = false;
    let mut open: Vec<usize> = Vec::new();
    // For each section, whether its heading is numbered ("3. Budget").
    let mut numbered: Vec<bool> = Vec::new();
    // Every block's text, for the few headings that look through them all.
    let mut all_texts: Option<Vec<&str>> = None;
    // How the record spells words outside headings in capitals, read only
    // for a record that has such a heading.
    let mut spellings: Option<HashMap<String, String>> = None;
    let mut capitals: Option<HashSet<&str>> = None;
    // A report in numbered paragraphs names its agenda items in title case
    // ("Draft Indicator Framework"), as its writers do.
    let formal = blocks
        .iter()
        .filter(|b| !b.is_heading() && b.ordinal.is_some() && b.text.len() > 100)
        .count()
        >= 4;
    for (i, block) in blocks.iter().enumerate() {
        // "-----" then a pasted report: its plain headings are no part of
        // the numbered section above.
        if block.after_rule && !markup_seen {
            structured_level = None;
        }
        let BlockKind::Heading(style) = block.kind else {
            out.section_of
                .push(if i < out.header_end { None } else { current });
            continue;
        };
        if i < out.header_end {
            out.section_of.push(None);
            continue;
        }
        // "3. Website migration" then an underlined "Action items": the
        // list sums up the meeting, it is no part of topic 3.
        let under_numbered = open
            .last()
            .is_some_and(|&p| numbered.get(p).copied().unwrap_or(false));
        let style = match style {
            HeadingStyle::Markup(_)
                if under_numbered && purpose(&block.text) == Purpose::Actions =>
            {
                HeadingStyle::Numbered(1)
            }
            other => other,
        };
        markup_seen |= matches!(style, HeadingStyle::Markup(_));
        let level = match style {
            HeadingStyle::Markup(l) | HeadingStyle::Numbered(l) => {
                structured_level = Some(l);
                l
            }
            HeadingStyle::Plain if is_annex(&block.text) => {
                structured_level = Some(1);
                1
            }
            // "Action items", "Participants": parts of the record, not of a
            // numbered section (markdown says its own levels).
            // A bold "**Attendees:**" over the table of people, then "## Topic":
            // the topics are its siblings, never parts of it.
            HeadingStyle::Plain if purpose(&block.text) != Purpose::Discussion && !markup_seen => {
                blocks[i + 1..]
                    .iter()
                    .find_map(|b| match b.kind {
                        BlockKind::Heading(HeadingStyle::Markup(l)) => Some(l),
                        _ => None,
                    })
                    .unwrap_or(1)
            }
            // "Key Questions" after "Action Items": the report's next part,
            // not a group of its actions.
            HeadingStyle::Plain
                if is_generic(&block.text)
                    && current.is_some_and(|c| {
                        out.purposes[c] == Purpose::Actions && out.sections[c].level == 1
                    }) =>
            {
                1
            }
            HeadingStyle::Plain => structured_level.map_or(1, |l| l + 1),
        };
        let (group, entry) = group_label(&block.text);
        // "3.2 release planning ([#1421](https://…))": the issue the topic
        // links to, which readers leave out of its name (ten of ten
        // writers); "Fold angle event granularity (#198)" written out
        // stays (every writer kept it).
        let linked_issue = |topic: &&str| {
            group[topic.len()..]
                .trim_start()
                .strip_prefix('(')
                .and_then(|r| r.strip_suffix(')'))
                .is_some_and(|inner| block.links.iter().any(|l| l.text == inner))
        };
        let group = match without_issue(&group).filter(linked_issue) {
            Some(topic) => topic.to_string(),
            None => group,
        };
        let loud = !group.chars().any(char::is_lowercase);
        let quiet = loud.then(|| capitals.get_or_insert_with(|| capitals_in(blocks)));
        let group = match quiet.and_then(|caps| unshouted(&group, glossary, caps, formal)) {
            // "YOUTHDIG TASK FORCE" where the notes write "YOUthDIG task
            // force": each word as the record spells it elsewhere.
            Some(quiet) => {
                let spelled = spellings.get_or_insert_with(|| spelled_in(blocks));
                group
                    .split(' ')
                    .zip(quiet.split(' '))
                    .enumerate()
                    .map(|(k, (loud, quiet))| {
                        // A formal report's title case stays, but for a
                        // name's own capitals ("YOUthDIG").
                        let own = |w: &&String| !formal || w.chars().any(char::is_uppercase);
                        match spelled.get(&loud.to_lowercase()).filter(own) {
                            Some(word) if k == 0 => upper_first(word),
                            Some(word) => word.clone(),
                            None => quiet.to_string(),
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            }
            None => group,
        };
        let (group, entry) = match entry {
            None if !glossary::is_acronym(&group) => {
                let under = blocks[i + 1..]
                    .iter()
                    .take(10)
                    .take_while(|b| !b.is_heading());
                let texts: Vec<&str> = under.map(|b| b.text.as_str()).collect();
                // "Privacy Task Force" whose section never shortens it,
                // while the record elsewhere says "the Privacy TF review":
                // the short name is the one the record goes by.
                let everywhere = || {
                    if !names_a_team(&group) {
                        return None;
                    }
                    let all = all_texts.get_or_insert_with(|| {
                        blocks
                            .iter()
                            .map(|b| b.text.as_str())
                            .collect::<Vec<&str>>()
                    });
                    shortened_tail(&group, all)
                };
                match spelt_acronym(&group, texts.iter().copied())
                    .or_else(|| shortened_tail(&group, &texts))
                    .or_else(everywhere)
                {
                    Some(acronym) => (acronym, None),
                    None => (group, None),
                }
            }
            other => (group, other),
        };
        // "Internet Governance Forum (IGF)" stacked over the title: the
        // masthead's bodies hold no discussion, and no item names them as
        // its group.
        let masthead =
            i < 6 && i <= out.header_end + 2 && !matches!(style, HeadingStyle::Markup(_));
        if masthead {
        } else if let Some(entry) = entry {
            out.groups.push(group_name(&group, &entry, glossary));
        } else if names_a_team(&group) && !glossary::is_acronym(&group) {
            // "Privacy Task Force" read as "Privacy TF", "Release WG": a
            // team an item elsewhere may name ("the Privacy TF review").
            let heading = topic_of(block.text.trim().trim_end_matches(':').trim());
            let mut names = vec![group.clone()];
            if !heading.eq_ignore_ascii_case(&group) && names_a_team(heading) {
                names.push(heading.to_string());
            }
            out.groups.push(GroupName {
                label: group.clone(),
                acronym: group.clone(),
                names,
            });
        } else if glossary::is_acronym(&group) {
            out.groups.push(group_name(
                &group,
                &Entry {
                    acronym: group.clone(),
                    expansion: String::new(),
                    topic: None,
                },
                glossary,
            ));
        }
        // The parent is the nearest open section of a lower level.
        while open.last().is_some_and(|&p| out.sections[p].level >= level) {
            open.pop();
        }
        out.parent.push(open.last().copied());
        open.push(out.sections.len());
        out.purposes.push(purpose(&block.text));
        numbered.push(matches!(style, HeadingStyle::Numbered(_)));
        out.sections.push(Section {
            line: block.line,
            level,
            title: block.text.clone(),
            // "# MOPS WG Interim Meeting" titles the minutes it stands over.
            group: (!(is_generic(&block.text)
                || group.is_empty()
                || only_a_date(&block.text)
                // "Hannelore Brandt <hb@example.org> Wed, 11 February 2026":
                // who sent the mail, and when.
                || block.text.contains('@') && !super::due::find_dates(&block.text).is_empty()
                // "✨ AI meeting notes": the note taker's part, about nothing.
                || super::meta::tool_label(&block.text)
                || style == HeadingStyle::Markup(1) && names_a_meeting(&block.text)
                // "## Minutes of the Committee Meeting held on 13 October".
                || matches!(style, HeadingStyle::Markup(_))
                    && names_a_meeting(&block.text)
                    && !super::due::find_dates(&block.text).is_empty()))
            .then_some(group),
        });
        current = Some(out.sections.len() - 1);
        out.section_of.push(current);
    }
    named_groups(&mut out, blocks, glossary);
    notes_under_agenda(&mut out, blocks);
    out
}

/// "**Agenda:**" over "- [Kiran] Fair-sharing (15 min)" with the notes
/// nested under each entry: running notes kept along the agenda are the
/// discussion. An agenda of its own has no long nested notes and no
/// action lines.
fn notes_under_agenda(out: &mut Outline, blocks: &[Block]) {
    for (i, block) in blocks.iter().enumerate() {
        let Some(s) = out.section_of.get(i).copied().flatten() else {
            continue;
        };
        if out.purposes[s] != Purpose::Agenda {
            continue;
        }
        let nested_note = matches!(block.kind, BlockKind::ListItem { depth, .. } if depth > 0)
            && block.text.split_whitespace().nth(7).is_some();
        let lower = block.text.trim_start().to_ascii_lowercase();
        let marked = ["ai:", "action:", "action item:", "decision:", "resolution:"]
            .iter()
            .any(|m| lower.starts_with(m));
        if nested_note || marked {
            out.purposes[s] = Purpose::Discussion;
        }
    }
}

/// "National, Regional and Youth IGF initiatives" over "… the NRIs focal
/// points …": an acronym in the section whose letters are initials of the
/// heading's words, in order, from its first word to its last, is the
/// short name the record uses for it.
fn spelt_acronym<'t>(heading: &str, texts: impl Iterator<Item = &'t str>) -> Option<String> {
    let initials: Vec<char> = heading
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !glossary::is_stopword(w))
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    // Only a body goes by its acronym ("Secure payment confirmation" over
    // "SPC" is a topic): its name says so, or the acronym counts several.
    let body = heading
        .split_whitespace()
        .any(|w| BODY_WORDS.contains(&w.to_lowercase().as_str()));
    if initials.len() < 2 {
        return None;
    }
    let first = initials[0].to_ascii_uppercase();
    let is_part = |c: char| c.is_alphanumeric() || c == '-';
    // Only words that open with the heading's initial, found by a byte
    // search: this runs over every section's text.
    let words = texts.flat_map(move |text| {
        text.match_indices(first)
            .filter(move |&(at, _)| !text[..at].chars().next_back().is_some_and(is_part))
            .map(move |(at, _)| {
                let rest = &text[at..];
                &rest[..rest.find(|c: char| !is_part(c)).unwrap_or(rest.len())]
            })
    });
    words
        .filter(|w| glossary::is_acronym(w) && !w.contains('-') && (body || w.ends_with('s')))
        .find(|w| {
            let letters: Vec<char> = w
                .trim_end_matches('s')
                .chars()
                .map(|c| c.to_ascii_lowercase())
                .collect();
            let mut rest = initials.iter();
            // "TF" under "Test Suite Task Force" names only its last words
            // ("Test Suite TF"): two letters must spell every word.
            (letters.len() >= 3 || letters.len() == initials.len())
                && letters.first() == initials.first()
                && letters.last() == initials.last()
                && letters.iter().all(|l| rest.any(|i| i == l))
        })
        .map(str::to_string)
}

/// "Test Suite Task Force" over "Test Suite TF status: …": the name the
/// section uses, its first words as written and the rest by initials.
fn shortened_tail(heading: &str, texts: &[&str]) -> Option<String> {
    let words: Vec<&str> = heading.split_whitespace().collect();
    if words.len() < 3 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    (1..words.len() - 1).find_map(|keep| {
        let initials: String = words[keep..]
            .iter()
            .filter_map(|w| w.chars().next())
            .collect();
        let short = format!("{} {initials}", words[..keep].join(" "));
        texts
            .iter()
            .any(|t| {
                t.match_indices(short.as_str())
                    .any(|(at, _)| !t[at + short.len()..].starts_with(char::is_alphanumeric))
            })
            .then_some(short)
    })
}

/// Words that make a "Name (ACRONYM)" pair a body people work in, which an
/// item may name: a network, a forum, a working group …
const BODY_WORDS: [&str; 20] = [
    "group",
    "union",
    "organization",
    "organisation",
    "agency",
    "network",
    "forum",
    "coalition",
    "coalitions",
    "committee",
    "council",
    "board",
    "force",
    "team",
    "panel",
    "secretariat",
    "bureau",
    "commission",
    "subcommittee",
    "taskforce",
];

/// Groups the record defines in running text ("the Policy Network on
/// Meaningful Access (PNMA)"), except the body whose meeting this is (the
/// acronyms of its title), which every item would otherwise name.
fn named_groups(out: &mut Outline, blocks: &[Block], glossary: &[Entry]) {
    // The masthead ("Internet Governance Forum (IGF)" over the title) names
    // the body whose meeting this is, as the title does.
    let head = &blocks[..blocks.len().min(out.header_end.max(6))];
    let title_words: Vec<&str> = head
        .iter()
        .flat_map(|b| b.text.split(|c: char| !(c.is_alphanumeric() || c == '-')))
        .collect();
    // "Internet Governance Forum / Multistakeholder Advisory Group" over
    // the title, spelt out: the body whose meeting this is, all the same.
    let spelt_in_head =
        |name: &str| !name.is_empty() && head.iter().any(|b| b.text.eq_ignore_ascii_case(name));
    for entry in glossary {
        let is_body = entry
            .expansion
            .split_whitespace()
            .any(|w| BODY_WORDS.contains(&w.to_lowercase().as_str()));
        let known = out.groups.iter().any(|g| g.acronym == entry.acronym);
        if is_body
            && !known
            && !title_words.contains(&entry.acronym.as_str())
            && !spelt_in_head(&entry.expansion)
        {
            out.groups.push(group_name(&entry.label(), entry, glossary));
        }
    }
}

fn group_name(label: &str, entry: &Entry, glossary: &[Entry]) -> GroupName {
    let mut names: Vec<String> = glossary
        .iter()
        .filter(|g| g.acronym == entry.acronym)
        .map(Entry::full_name)
        .chain((!entry.expansion.is_empty()).then(|| entry.full_name()))
        .collect();
    names.sort();
    names.dedup();
    GroupName {
        label: label.to_string(),
        acronym: entry.acronym.clone(),
        names,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_from_headings() {
        assert_eq!(group_label("Updates from the Secretariat").0, "Secretariat");
        assert_eq!(group_label("Any Other Business").0, "AOB");
        assert_eq!(
            group_label("Updates from the WSIS+20 Informal Multistakeholder Sounding Board (IMSB)")
                .0,
            "IMSB"
        );
        assert_eq!(
            group_label("Best Practice Forum on Cybersecurity (BPF)").0,
            "BPF Cybersecurity"
        );
        assert_eq!(group_label("NRIs").0, "NRIs");
        assert_eq!(
            group_label("SIG-Release — 3.2 release status").0,
            "SIG-Release"
        );
        assert_eq!(
            group_label("WG Governance — charter amendments").0,
            "WG Governance"
        );
        assert_eq!(group_label("SIG Docs update").0, "SIG Docs");
        assert_eq!(
            group_label("Security release process — tessellate/TSC#505").0,
            "Security release process"
        );
        // Who leads it, or a remark, in brackets: not part of the name.
        for (heading, name) in [
            ("OUTREACH WG (Pieter van Dam)", "OUTREACH WG"),
            ("PROGRAMME WG (lead: Lea Hoffmann-Diaz)", "PROGRAMME WG"),
            ("Human notes (RK, quick)", "Human notes"),
            (
                "Sponsorship and budget (Emil Stanescu, Sandra Vukovic)",
                "Sponsorship and budget",
            ),
        ] {
            assert_eq!(group_label(heading).0, name, "{heading}");
        }
        assert_eq!(group_label("Topic: Quota prompts").0, "Quota prompts");
        assert_eq!(
            group_label("[Jia] Release notes tooling").0,
            "Release notes tooling"
        );
        assert_eq!(
            group_label("Agenda item 2. Preparations for the session").0,
            "Preparations for the session"
        );
        assert_eq!(group_label("Translations (Camille)").0, "Translations");
        assert_eq!(
            group_label("Flaky CI on Windows runners (#4877) — Release WG").0,
            "Release WG"
        );
        assert_eq!(
            group_label("Haptic Pattern Description Format (HPDF) — open issues").0,
            "HPDF"
        );
        assert_eq!(
            group_label("SIG-Docs: versioned docs migration").0,
            "SIG-Docs"
        );
        assert_eq!(
            group_label("Warsaw meeting (CEE-NOG 14, 21-23 April 2026)").0,
            "Warsaw meeting"
        );
        assert_eq!(
            group_label("RPKI training programme (Training WG)").0,
            "Training WG"
        );
        assert_eq!(
            group_label("National, Regional and Youth IGF Initiatives (NRIs)").0,
            "NRIs"
        );
        assert_eq!(
            group_label("Profile draft (WD03)").0,
            "Profile draft (WD03)"
        );
        // A heading that opens with a body: the body, whatever of it follows.
        assert_eq!(group_label("Captions Task Force (CTF) report").0, "CTF");
        assert_eq!(
            group_label("Security Response Committee (SRC): embargo policy update").0,
            "SRC"
        );
        assert_eq!(group_label("SIG Release: v1.14 timeline").0, "SIG Release");
        assert_eq!(group_label("Security WG update").0, "Security WG");
        assert_eq!(
            group_label("draft-ietf-rome-transport (Oskar Lindholm, 20 min)").0,
            "draft-ietf-rome-transport"
        );
        assert_eq!(
            group_label("Layers: WebGPU binding (#429)").0,
            "Layers: WebGPU binding (#429)"
        );
        assert_eq!(
            group_label("Drop Node.js 6 nodejs/node#2451").0,
            "Drop Node.js 6"
        );
    }

    #[test]
    fn headings_in_capitals_are_read_as_written_by_hand() {
        let formal = |t: &str| unshouted(t, &[], &HashSet::new(), true);
        assert_eq!(
            formal("PREPARATIONS FOR THE WSIS FORUM 2025").as_deref(),
            Some("Preparations for the WSIS Forum 2025")
        );
        assert_eq!(
            formal("GENDER-DISAGGREGATED DATA").as_deref(),
            Some("Gender-Disaggregated Data")
        );
        assert_eq!(formal("FOLLOW-UPS").as_deref(), Some("Follow-ups"));
        // A record that writes "FOSDEM" in its running text.
        let named = HashSet::from(["FOSDEM"]);
        let un = |t: &str| unshouted(t, &[], &named, false);
        assert_eq!(
            un("DRAFT INDICATOR FRAMEWORK").as_deref(),
            Some("Draft indicator framework")
        );
        assert_eq!(
            un("REPORT OF THE SECRETARIAT ON THE QUESTIONAIRE").as_deref(),
            Some("Report of the secretariat on the questionaire")
        );
        assert_eq!(
            un("PREPARATIONS FOR THE WSIS FORUM 2025").as_deref(),
            Some("Preparations for the WSIS forum 2025")
        );
        assert_eq!(
            un("GENDER-DISAGGREGATED DATA").as_deref(),
            Some("Gender-disaggregated data")
        );
        assert_eq!(un("ACTION ITEMS").as_deref(), Some("Action items"));
        assert_eq!(un("SUBTEAM A").as_deref(), Some("Subteam A"));
        assert_eq!(un("FOLLOW-UPS").as_deref(), Some("Follow-ups"));
        for kept in ["AOB", "FOSDEM 2025", "Action items", "WG-WSP"] {
            assert_eq!(un(kept), None, "{kept}");
        }
    }

    #[test]
    fn transcripts_by_their_titles() {
        for title in ["📖 Transcript", "Vendor sync - Transcript", "Transcript"] {
            assert!(is_transcript(title), "{title}");
        }
        for title in [
            "Transcript availability and retention policy",
            "Transcription costs",
        ] {
            assert!(!is_transcript(title), "{title}");
        }
    }

    #[test]
    fn a_heading_spelt_out_takes_the_acronym_its_section_uses() {
        let heading = "National, Regional and Youth IGF initiatives";
        assert_eq!(
            spelt_acronym(heading, ["He will call the NRIs focal points."].into_iter()).as_deref(),
            Some("NRIs")
        );
        // A topic is no body: "SPC" stays the spec's short name.
        assert_eq!(
            spelt_acronym("Secure payment confirmation", ["SPC is in CR."].into_iter()),
            None
        );
        assert_eq!(
            spelt_acronym(heading, ["The IGF will meet."].into_iter()),
            None
        );
        // "TF" spells only the last words: the section says "Test Suite TF".
        let suite = "Test Suite Task Force";
        let under = ["Test Suite TF status: 212 tests."];
        assert_eq!(spelt_acronym(suite, under.into_iter()), None);
        assert_eq!(
            shortened_tail(suite, &under).as_deref(),
            Some("Test Suite TF")
        );
    }

    #[test]
    fn linked_issues_leave_topics_and_sent_lines_are_dates() {
        let record = crate::record::read_text(
            "# TSC meeting, 3 March 2026\n\n## Release planning ([#1421](https://example.org/i/1421))\n\n\
             @ana will cut the release by Friday.\n\n## Fold angle events (#198)\n\n@bo will write tests by Friday.\n",
        )
        .unwrap();
        let groups: Vec<_> = record.items.iter().map(|i| i.group.as_deref()).collect();
        assert_eq!(
            groups,
            vec![Some("Release planning"), Some("Fold angle events (#198)")]
        );
        assert_eq!(
            without_issue("3.2 release planning (tessellate#1421)"),
            Some("3.2 release planning")
        );
        assert_eq!(without_issue("Permissions (issue #212)"), None);
        assert_eq!(topic_of("WebVTT regions PR #512"), "WebVTT regions PR #512");
        // A numbered part of the body, known by its number.
        assert_eq!(topic_of("Track 1: Fundamental principles"), "Track 1");
        assert_eq!(
            topic_of("Workstream 2: Financing community connectivity"),
            "Workstream 2"
        );
        assert_eq!(
            topic_of("Track C: Digital Skills"),
            "Track C: Digital Skills"
        );
        assert_eq!(
            topic_of("Governance: maintainer ladder"),
            "Governance: maintainer ladder"
        );
        // The letter a report numbers its parts with.
        assert_eq!(
            topic_of("B. Logistics and Host Country Liaison Workstream"),
            "Logistics and Host Country Liaison Workstream"
        );
        assert_eq!(topic_of("Drop Node.js 6 #2451"), "Drop Node.js 6");
        assert_eq!(topic_of("SIG-Docs (report by @olindahl)"), "SIG-Docs");
        assert_eq!(
            topic_of("v2.19 release status — @tanvi-r"),
            "v2.19 release status"
        );
        assert_eq!(topic_of("Triage — @hvz, @mk"), "Triage");
        assert_eq!(
            topic_of("Mentions — @here and more"),
            "Mentions — @here and more"
        );
        // A remark on the part, and who presents it as what, are no topic.
        assert_eq!(
            topic_of("Action items (the ones I caught -- shout if I missed yours)"),
            "Action items"
        );
        assert_eq!(
            topic_of("Charter milestones (Sophie Marchetti, chairs)"),
            "Charter milestones"
        );
        assert_eq!(
            topic_of("Draft on resolver telemetry (draft-ietf-dnsops-telemetry-02)"),
            "Draft on resolver telemetry (draft-ietf-dnsops-telemetry-02)"
        );
        // A body's own item, then what it brought.
        assert_eq!(topic_of("Docs SIG: new contributor guide"), "Docs SIG");
        assert_eq!(
            topic_of("Directory API: pagination"),
            "Directory API: pagination"
        );
        assert!(only_a_date("Thu Feb 12 09:41:07 CET 2026"));
        assert!(!only_a_date("Budget for 12 February"));
    }

    #[test]
    fn purposes_from_headings() {
        assert_eq!(purpose("Next steps"), Purpose::Actions);
        assert_eq!(purpose("Action summary"), Purpose::Actions);
        assert_eq!(purpose("ACTION ITEMS RECAP"), Purpose::Actions);
        assert_eq!(purpose("Committee members present:"), Purpose::Participants);
        assert_eq!(
            purpose("Annex 2: List of Participants"),
            Purpose::Participants
        );
        assert_eq!(purpose("Annex 1: Meeting Agenda"), Purpose::Agenda);
        assert_eq!(purpose("Updates from the Secretariat"), Purpose::Discussion);
        assert_eq!(purpose("Presentations"), Purpose::Discussion);
        assert_eq!(purpose("Action Items, by person"), Purpose::Actions);
        assert_eq!(purpose("Follow-ups"), Purpose::Actions);
        for past in [
            "Previous action items",
            "Review of action items",
            "Follow-up from the October call",
            "Actions from last meeting",
            "Follow-ups from 2026-02-02",
        ] {
            assert!(reviews_past_actions(past), "{past}");
        }
        for now in [
            "Action items",
            "Next steps",
            "Outstanding action items",
            "Last call for papers",
        ] {
            assert!(!reviews_past_actions(now), "{now}");
        }
        assert_eq!(purpose("Agenda and content"), Purpose::Discussion);
        assert_eq!(purpose("Provisional agenda"), Purpose::Agenda);
        assert_eq!(purpose("Outage follow-up"), Purpose::Discussion);
        assert_eq!(
            purpose("Follow-up to the World Summit on the Information Society"),
            Purpose::Discussion
        );
    }
}
