//! What opens a line of minutes: a speaker ("Marc:", "**AO:**", an IRC
//! nick's "aurelien:"), an owner in front of a task ("Tomasz: open the
//! issue", "@ana: update the docs"), or a marker ("ACTION:", "AI(DS):",
//! "RESOLUTION:", "AGREED:").

/// How a sentence is marked in the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mark {
    /// `ACTION:` and its kin, with the owner it names in parentheses, if any.
    Action(Option<String>),
    Decision,
    /// `IDEA:`, `INFO:`, `LINK:`: worth reading, never an item.
    Note,
}

const ACTION_WORDS: [&str; 14] = [
    "action item",
    "action",
    "actions",
    "ai",
    "todo",
    "to do",
    "to-do",
    "task",
    "action point",
    "action required",
    "next step",
    "follow-up",
    "follow up",
    "action items",
];
const DECISION_WORDS: [&str; 6] = [
    "resolution",
    "resolved",
    "decision",
    "decided",
    "agreed",
    "agreement",
];
const NOTE_WORDS: [&str; 7] = ["idea", "info", "link", "note", "help", "fyi", "done"];

/// Labels that look like a speaker's name but never are one.
const LABELS: [&str; 55] = [
    // "Everyone: please log your hours": whom the line asks, not who speaks.
    "everyone",
    "everybody",
    "all",
    "proposal",
    "proposed",
    "topic",
    "subtopic",
    "summary",
    "result",
    "results",
    "poll",
    "question",
    "answer",
    "q",
    "a",
    "status",
    "update",
    "updates",
    "next steps",
    "next call",
    "next meeting",
    "date",
    "time",
    "when",
    "where",
    "location",
    "place",
    "chair",
    "chairs",
    "scribe",
    "present",
    "regrets",
    "apologies",
    "attendees",
    "participants",
    "agenda",
    "minutes",
    "recording",
    "issue",
    "pr",
    "github",
    "url",
    "see",
    "subject",
    "from",
    "to",
    "background",
    "context",
    "discussion",
    "conclusion",
    "outcome",
    "owner",
    "due",
    "deadline",
    "consensus",
];

/// Whether `label` is a field or marker label ("Regrets", "ACTION", "Date"),
/// which makes "label: value" a field, never a title.
pub fn is_field_label(label: &str) -> bool {
    let (word, _) = marker_parts(label);
    ACTION_WORDS.contains(&word.as_str())
        || DECISION_WORDS.contains(&word.as_str())
        || NOTE_WORDS.contains(&word.as_str())
        || LABELS.contains(&word.as_str())
        || [
            "attendance",
            "absent",
            "excused",
            "guests",
            "note taker",
            "notetaker",
            "notes",
            "host",
            "organizer",
            "organiser",
            "facilitator",
            "moderator",
            "presenter",
            "presenters",
            "presented by",
            "venue",
            "original",
            "distr",
            // Gemini's "Notes Length: Standard" over its details.
            "notes length",
        ]
        .contains(&word.as_str())
}

/// The opening of a block, split into what it says and where its body starts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Opening {
    pub mark: Option<Mark>,
    /// Who speaks, or whose task the line is ("Tomasz: open the issue").
    pub speaker: Option<String>,
    /// Byte offset of the body in the block's text.
    pub body: usize,
}

/// `label: rest` when the label is short enough to be a name or a marker.
fn split_label(text: &str) -> Option<(&str, usize)> {
    // "Dev (00:04:35): I'll send it …": the colons of a time in brackets
    // are no label's.
    // "Dana Whitford 10:41: I'll take it": nor those of a bare time.
    let mut depth = 0usize;
    let bytes = text.as_bytes();
    let in_time = |at: usize| {
        at > 0
            && bytes[at - 1].is_ascii_digit()
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
    };
    let colon = text.char_indices().find_map(|(at, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ':' if depth == 0 && !in_time(at) => return Some(at),
            _ => {}
        }
        None
    })?;
    let label = text[..colon].trim();
    let after = text.get(colon + 1..)?;
    // "14:00", "https://…": a colon inside a word is not a label's.
    if !after.starts_with(char::is_whitespace) && !after.is_empty() {
        return None;
    }
    let words = label.split_whitespace().count();
    // "ACTION (Thandiwe Nkosi, Jean-Baptiste Mukendi):" names its owners
    // in brackets, however many.
    let owners_in_brackets = label.ends_with(')')
        && label
            .split_once('(')
            .is_some_and(|(word, _)| ACTION_WORDS.contains(&word.trim().to_lowercase().as_str()));
    ((1..=4).contains(&words) && label.chars().count() <= 40
        || owners_in_brackets && label.chars().count() <= 100)
        .then(|| {
            let body = colon + 1 + (after.len() - after.trim_start().len());
            (label, body)
        })
}

/// "AI(DS)", "ACTION (Bob)", "Action" → the marker word and the owner.
fn marker_parts(label: &str) -> (String, Option<String>) {
    // "TODO Edwin", "ACTION Ana": the marker, then whose it is.
    if let Some((word, owner)) = label.trim().split_once(' ')
        && ["todo", "action", "ai"].contains(&word.to_lowercase().as_str())
        && owner.starts_with(|c: char| c.is_uppercase() || c == '@')
        && !owner.contains(['(', ' '])
    {
        return (word.to_lowercase(), Some(owner.to_string()));
    }
    let (word, owner) = match label.split_once('(') {
        Some((word, owner)) => (
            word,
            Some(owner.trim_end_matches(')').trim().to_string()).filter(|o| !o.is_empty()),
        ),
        None => (label, None),
    };
    // "AI-1", "Action 2", "ACTION #3": the number only counts them.
    let word = word
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '#' | ' ' | '.'))
        .to_lowercase();
    // "ADDITIONAL ACTION:", "New action item:", a reviewer's "Missing
    // action item:": a marker still.
    let word = [
        "additional ",
        "new ",
        "extra ",
        "missing ",
        "missed ",
        "added ",
    ]
    .iter()
    .find_map(|p| word.strip_prefix(p))
    .filter(|rest| ACTION_WORDS.contains(rest))
    .map_or(word.clone(), str::to_string);
    (word, owner)
}

/// Reads the opening of a block's text. `nick` is the IRC nick that wrote
/// it, `scribed` whether that nick takes the minutes (and so names who
/// speaks); `known` tells whether a label is someone the record names.
pub fn opening(
    text: &str,
    nick: Option<&str>,
    scribed: bool,
    known: &dyn Fn(&str) -> bool,
) -> Opening {
    let mut out = Opening {
        speaker: nick.map(str::to_string),
        ..Opening::default()
    };
    // "action @tfischer fix the example": a marker without its colon,
    // before the handle of whom it is for.
    if let Some(rest) = text.get(..7).filter(|h| h.eq_ignore_ascii_case("action "))
        && text[rest.len()..].starts_with('@')
    {
        out.mark = Some(Mark::Action(None));
        out.body = rest.len();
        return out;
    }
    // "[removed] Otter had \"Wes to write …\"": an entry taken off, kept
    // to say so.
    if let Some((tag, _)) = text.strip_prefix('[').and_then(|r| r.split_once(']'))
        && ["removed", "deleted", "struck", "dropped", "withdrawn"]
            .contains(&tag.trim().to_ascii_lowercase().as_str())
    {
        out.mark = Some(Mark::Note);
        return out;
    }
    // "[RDAP] Jorge Benitez: circulate …": the entry's tag, then whose;
    // "[ACTION] Jonas Albrecht: document …": the tag marks an action.
    if let Some((tag, at)) = bracketed_tag(text, known) {
        let mut out = opening(&text[at..], nick, scribed, known);
        out.body += at;
        if out.mark.is_none() && ACTION_WORDS.contains(&tag.to_lowercase().as_str()) {
            let mut owner = std::mem::replace(&mut out.speaker, nick.map(str::to_string));
            // "[ACTION] Ruben de Groot: deploy …": whoever the label names.
            if out.body == at
                && let Some((label, body)) = split_label(&text[at..])
                && label.starts_with(char::is_uppercase)
                && label.split_whitespace().count() <= 5
                && text[at + body..].starts_with(char::is_lowercase)
            {
                owner = Some(label.to_string());
                out.body = at + body;
            }
            out.mark = Some(Mark::Action(owner));
        }
        return out;
    }
    // "[Karen] I'll review it": notes that put who speaks in brackets.
    if let Some((name, body)) = bracketed_name(text, known) {
        out.speaker = Some(name.to_string());
        out.body = body;
        return out;
    }
    let mut rest_at = 0;
    // A scribe's line may name the speaker, then a marker: "ana: ACTION: …".
    for _ in 0..2 {
        let rest = &text[rest_at..];
        let Some((label, body)) = split_label(rest) else {
            break;
        };
        let (word, owner) = marker_parts(label);
        // A reviewer's "Missing: Nadia Haddad — share …" under a tool's
        // list: the entry it left out, written as the list's are.
        let left_out = ["missing", "missed"].contains(&word.as_str())
            && (dashed_owner(&rest[body..]) || assigned_to(&rest[body..]));
        if ACTION_WORDS.contains(&word.as_str()) || left_out {
            out.body = rest_at + body;
            // "ACTION: Jonas Albrecht: document the rollback procedure":
            // whose action, labelled as a list entry would be.
            let after = &rest[body..];
            let owner = owner.or_else(|| {
                let (name, task) = split_label(after)?;
                let named = is_speaker(name, &after[task..], false, known) || several_named(name);
                (named && after[task..].starts_with(char::is_lowercase)).then(|| {
                    out.body += task;
                    name.to_string()
                })
            });
            out.mark = Some(Mark::Action(owner));
            return out;
        }
        if DECISION_WORDS.contains(&word.as_str()) {
            out.mark = Some(Mark::Decision);
            out.body = rest_at + body;
            return out;
        }
        if NOTE_WORDS.contains(&word.as_str()) {
            out.mark = Some(Mark::Note);
            out.body = rest_at + body;
            return out;
        }
        // "Security WG - @tnakamura: branch protection …": the body, then
        // whose task it is.
        if rest_at == 0
            && let Some((_, handle)) = body_and_handle(label)
        {
            out.speaker = Some(handle.to_string());
            out.body = body;
            return out;
        }
        // In a chat, "ana: …" from anyone but the scribe speaks to ana.
        let addressed = nick.is_some() && !scribed;
        // "Dev (00:04:35)": who speaks, when in the recording.
        let label = without_stamp(label);
        if rest_at > 0 || addressed || !is_speaker(label, &rest[body..], scribed, known) {
            break;
        }
        out.speaker = Some(label.trim_start_matches('@').to_string());
        if label.starts_with('@') {
            out.speaker = Some(label.to_string());
        }

        rest_at = body;
        out.body = body;
    }
    out
}

/// "Dev (00:04:35)" → "Dev": a speaker without the time stamp a
/// transcript puts after the name.
fn without_stamp(label: &str) -> &str {
    // "Dana Whitford 10:41": a transcript's speaker, then the time.
    if let Some((name, time)) = label.rsplit_once(' ')
        && time.contains(':')
        && time.chars().all(|c| c.is_ascii_digit() || c == ':')
        && name.starts_with(char::is_uppercase)
    {
        return name.trim_end();
    }
    label
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once(" ("))
        // "Rūta Jankauskaitė (12.02)": the day a correction came in.
        .filter(|(_, stamp)| {
            stamp.contains([':', '.', '/'])
                && stamp.starts_with(|c: char| c.is_ascii_digit())
                && stamp
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/'))
        })
        .map_or(label, |(name, _)| name.trim_end())
}

/// "[Sunil] open the comment period": a name in brackets opening a line,
/// and where what follows starts.
pub fn bracketed_name<'a>(text: &'a str, known: &dyn Fn(&str) -> bool) -> Option<(&'a str, usize)> {
    let inner = text.strip_prefix('[')?;
    let close = inner.find(']')?;
    let name = inner[..close].trim();
    // "[Edit - DW] … I will send …": a reviewer's edit, signed.
    let name = [
        "Edit - ",
        "Edit – ",
        "Edit: ",
        "Edit by ",
        "Note - ",
        "Note: ",
        "Note by ",
    ]
    .iter()
    .find_map(|p| name.strip_prefix(p))
    .map_or(name, str::trim);
    // "[Ana Souza, Bilal Chaudhry]": each of several people is named so.
    let one = |name: &str| {
        let words = name.split_whitespace().count();
        (1..=3).contains(&words)
            && name.len() <= 32
            // "[all] review the draft": everyone, in terse notes' case.
            && (known(name)
                || ["all", "everyone"].contains(&name)
                || name.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
                }))
    };
    let named = one(name) || name.len() <= 100 && name.contains(',') && name.split(',').all(one);
    let after = &inner[close + 1..];
    (named && after.starts_with(' ')).then(|| (name, text.len() - after.trim_start().len()))
}

/// "[RDAP] Jorge Benitez: circulate …", "[Rollover] Kenji, Olu: draft …":
/// a tag in brackets saying what the entry is about, before whose it is;
/// and where that label starts.
pub fn bracketed_tag<'a>(text: &'a str, known: &dyn Fn(&str) -> bool) -> Option<(&'a str, usize)> {
    let inner = text.strip_prefix('[')?;
    let close = inner.find(']')?;
    let tag = inner[..close].trim();
    let after = inner[close + 1..].strip_prefix(' ')?.trim_start();
    let at = text.len() - after.len();
    let whose = match split_label(after) {
        Some((label, body)) => {
            // "[EPP] All: check …", "[DNSSEC TF] Registries that want to
            // join: tell Pieter …": whoever the label names, doing what
            // follows.
            let imperative = after[body..].starts_with(char::is_lowercase)
                && label.starts_with(char::is_uppercase)
                && label.split_whitespace().count() <= 10;
            is_speaker(label, &after[body..], false, known) || several_named(label) || imperative
        }
        // "[Registry lock] Chloe Martin to send a reminder …", "[SIG
        // Release] @haas — open the tracking issue".
        None => assigned_to(after) || dashed_owner(after),
    };
    ((1..=3).contains(&tag.split_whitespace().count())
        && tag.len() <= 24
        && !tag.contains(',')
        && !known(tag)
        && whose)
        .then_some((tag, at))
}

/// "@haas — open …", "SIG Security — publish …": whose, then a dash and
/// the task.
fn dashed_owner(text: &str) -> bool {
    let Some((who, _)) = text
        .split_once(" — ")
        .or_else(|| text.split_once(" – "))
        .or_else(|| text.split_once(" - "))
    else {
        return false;
    };
    let words: Vec<&str> = who.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with('@') || w.starts_with(char::is_uppercase) || *w == "+")
}

/// "Chloe Martin to send …", "Ana and Bo to draft …": capitalised words,
/// then "to" and a verb.
fn assigned_to(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().take(6).collect();
    words.iter().position(|w| *w == "to").is_some_and(|k| {
        k >= 1
            && words[..k]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || ["and", "&", "+"].contains(w))
            && words
                .get(k + 1)
                .is_some_and(|v| v.starts_with(char::is_lowercase))
    })
}

/// "Kenji Watanabe, Oluwaseun Adeyemi": full names listed.
fn several_named(label: &str) -> bool {
    let parts: Vec<&str> = label.split(',').map(str::trim).collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            let words: Vec<&str> = p.split_whitespace().collect();
            (2..=3).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
        })
}

/// "Ahmed El-Amin, Ingrid Solheim", "Ana and Bo": people the record
/// names, each of them.
fn several_known(label: &str, known: &dyn Fn(&str) -> bool) -> bool {
    let parts: Vec<&str> = label
        .split([',', '&', '+'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" / "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 2 && parts.len() <= 4 && parts.iter().all(|p| known(p))
}

/// The topic a line opens with when it is neither a speaker nor a field:
/// "Vendor contracts: Tom will renegotiate the contract."
/// "Security WG - @tnakamura": a body and the handle of who acts for it.
pub fn body_and_handle(label: &str) -> Option<(&str, &str)> {
    let (body, handle) = label
        .split_once(" - @")
        .or_else(|| label.split_once(" – @"))
        .or_else(|| label.split_once(" — @"))?;
    let handle = &label[label.len() - handle.len() - 1..];
    (!body.trim().is_empty() && !handle[1..].is_empty() && !handle.contains(' '))
        .then_some((body.trim(), handle))
}

pub fn topic_label<'a>(text: &'a str, known: &dyn Fn(&str) -> bool) -> Option<&'a str> {
    let (label, body) = split_label(text)?;
    if let Some((group, _)) = body_and_handle(label) {
        return Some(group);
    }
    let topical = !is_field_label(label)
        && !label.starts_with('@')
        && !known(label)
        && !is_speaker(label, &text[body..], false, known)
        && label.split_whitespace().count() <= 5
        && label.starts_with(char::is_uppercase);
    topical.then_some(label)
}

/// "Result", "Discussion", "Outcome": a word minutes put before a colon
/// to say what a line is, which names nobody who could act.
pub fn names_a_part(word: &str) -> bool {
    let lower = word.to_lowercase();
    LABELS.contains(&lower.as_str())
        && ![
            "everyone",
            "everybody",
            "all",
            "chair",
            "chairs",
            "scribe",
            "participants",
            "attendees",
            "owner",
        ]
        .contains(&lower.as_str())
}

fn is_speaker(label: &str, rest: &str, chat: bool, known: &dyn Fn(&str) -> bool) -> bool {
    let lower = label.to_lowercase();
    // "Tomasz / Aiko: draft the descriptions": two people the record names.
    if label.contains(" / ") && several_known(label, known) {
        return true;
    }
    if LABELS.contains(&lower.as_str()) || label.contains(['(', ')', '#', '/', '"']) {
        return false;
    }
    if known(label) || label.starts_with('@') || several_known(label, known) {
        return true;
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    // In a chat log a scribe writes "nick: what they said".
    if chat && words.len() == 1 {
        return true;
    }
    let named = words.len() <= 3 && words.iter().all(|w| w.starts_with(char::is_uppercase));
    let first = rest.split_whitespace().next().unwrap_or("");
    let first_person =
        ["I", "I'll", "I’ll", "I'm", "We", "We'll", "We’ll", "I've"].contains(&first);
    let imperative = first.starts_with(char::is_lowercase);
    named && (first_person || imperative)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(text: &str) -> Opening {
        opening(text, None, false, &|name| name == "Kenji")
    }

    #[test]
    fn speakers_owners_and_markers() {
        assert_eq!(
            open("Marc: I'll look at it.").speaker.as_deref(),
            Some("Marc")
        );
        // A transcript's speaker, then the time said.
        assert_eq!(
            open("Dana Whitford 10:41: I'll take it, Dan is out next week.")
                .speaker
                .as_deref(),
            Some("Dana Whitford")
        );
        assert_eq!(
            open("Kenji: Sure, I can.").speaker.as_deref(),
            Some("Kenji")
        );
        assert_eq!(
            open("Sofia Marin: update the rotation.").speaker.as_deref(),
            Some("Sofia Marin")
        );
        assert_eq!(
            open("@ana: update the docs").speaker.as_deref(),
            Some("@ana")
        );
        assert_eq!(open("Proposal: require two approvals").speaker, None);
        // "[RDAP] Jorge Benitez: …": the tag, then whose entry it is.
        let tagged = "[RDAP] Jorge Benitez: circulate the profile";
        assert_eq!(bracketed_tag(tagged, &|_| false), Some(("RDAP", 7)));
        assert_eq!(open(tagged).speaker.as_deref(), Some("Jorge Benitez"));
        assert_eq!(&tagged[open(tagged).body..], "circulate the profile");
        assert_eq!(
            open("ADDITIONAL ACTION: Abdi to publish the call.").mark,
            Some(Mark::Action(None))
        );
        let body = open("Security WG - @tnakamura: branch protection");
        assert_eq!(body.speaker.as_deref(), Some("@tnakamura"));
        assert_eq!(
            body_and_handle("Security WG - @tnakamura"),
            Some(("Security WG", "@tnakamura"))
        );
        assert_eq!(open("Next call: Aug 22, 15:00 CEST.").speaker, None);
        assert_eq!(open("Sunita: 143 of 160 tests pass.").speaker, None);
        let ai = open("AI(DS): write the section.");
        assert_eq!(ai.mark, Some(Mark::Action(Some("DS".into()))));
        assert_eq!(
            &"AI(DS): write the section."[ai.body..],
            "write the section."
        );
        assert_eq!(open("RESOLUTION: adopt it").mark, Some(Mark::Decision));
        let scribed = opening("aurelien: ACTION: write tests", Some("jroy"), true, &|_| {
            false
        });
        assert_eq!(scribed.speaker.as_deref(), Some("aurelien"));
        assert_eq!(scribed.mark, Some(Mark::Action(None)));
    }
}
