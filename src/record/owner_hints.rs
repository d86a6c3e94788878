//! Where else a record says whose an item is: an "Owner:" field or a name
//! ending an entry, a person heading an action list, and the body a "we"
//! stands for when nobody in particular says it.

use super::blocks::{Block, BlockKind};
use super::lexicon::is_people_word;
use super::owner::Context;
use super::sections::{self, Purpose};
use super::words::tokens;

/// Words of a meeting's title that are not the name of its body.
const NOT_BODY: [&str; 14] = [
    "meeting", "minutes", "notes", "call", "weekly", "monthly", "annual", "regular", "virtual",
    "online", "sync", "summary", "of", "the",
];
/// Words that end the name of a body.
const BODY_HEADS: [&str; 10] = [
    "committee",
    "council",
    "board",
    "group",
    "team",
    "forum",
    "network",
    "secretariat",
    "bureau",
    "panel",
];

/// "Steering Committee Meeting" → "Steering Committee": the body the
/// record's "we" stands for, when the title names one.
pub fn home_body(title: &str) -> Option<String> {
    let words: Vec<&str> = title
        .split_whitespace()
        .filter(|w| {
            !NOT_BODY.contains(&w.to_lowercase().as_str())
                && !w.chars().any(|c| c.is_ascii_digit())
                && w.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        .collect();
    let last = words.last()?.to_lowercase();
    (words.len() <= 5 && BODY_HEADS.contains(&last.as_str())).then(|| words.join(" "))
}

/// A short line or heading that only names a person ("**Ken Ito**"):
/// in an action list grouped by person, the owner of what follows. Over
/// the entries of an action list, a name the record never listed counts too.
pub fn person_label(block: &Block, context: &Context<'_>, over_entries: bool) -> Option<String> {
    let text = block.text.trim_end_matches(':');
    let short = text.len() <= 60
        && text.split_whitespace().take(7).count() <= 6
        && !text.ends_with(['.', '?', '!'])
        && matches!(block.kind, BlockKind::Paragraph | BlockKind::Heading(_));
    if !short {
        return None;
    }
    if context.roster.find(text).is_some() {
        // The label as written ("Ingrid Sørensen"); its owner is read the
        // same way as any other's.
        return Some(text.to_string());
    }
    // "Tunde Bakare, Sofia Andersson": the entries are theirs together.
    let names: Vec<&str> = text.split([',', '&']).map(str::trim).collect();
    if names.len() > 1 && names.iter().all(|n| context.roster.find(n).is_some()) {
        return Some(text.to_string());
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if over_entries && names_people(text) {
        return Some(text.to_string());
    }
    let named = (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || w.starts_with('@'))
        && !sections::is_generic(text)
        && sections::purpose_of_title(text) == Purpose::Discussion;
    (over_entries && named).then(|| text.to_string())
}

/// "All participants", "Everyone", "Volunteers": a short label naming
/// people, which over an action list's entries says whose they are.
pub fn names_people(text: &str) -> bool {
    (1..=3).contains(&text.split_whitespace().count())
        && text.starts_with(char::is_uppercase)
        && tokens(text)
            .iter()
            .rev()
            .find(|t| t.is_word())
            .is_some_and(is_people_word)
}

/// "Security WG", "Host team", "Registration Services (NCC)" aside, "Docs
/// SIG": a short capitalised name that ends in what a body is called.
pub fn names_body(text: &str) -> bool {
    // Not "panel" or "board": "Interview panel: confirm the panel" is a
    // topic's label.
    const ENDS: [&str; 11] = [
        "committee",
        "group",
        "team",
        "secretariat",
        "force",
        "subgroup",
        "wg",
        "tf",
        "sig",
        "tsc",
        "sc",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && text.starts_with(char::is_uppercase)
        && words
            .last()
            .is_some_and(|w| ENDS.contains(&w.to_lowercase().as_str()))
}

/// The body an owner is or speaks for, which is then the item's group (the
/// README's "the group the item names"): "Variant bundling small team",
/// "Correspondence Group on Gender-Disaggregated Data", and "BPF Gender"
/// for "BPF Gender co-facilitators". Not a secretariat or a board, which
/// act for every part of a meeting.
pub fn owning_body(owner: &str) -> Option<&str> {
    const HEADS: [&str; 8] = [
        "group",
        "team",
        "force",
        "subgroup",
        "sub-group",
        "wg",
        "tf",
        "coalition",
    ];
    const LEADS: [&str; 6] = [
        "co-facilitator",
        "facilitator",
        "coordinator",
        "co-chair",
        "chair",
        "lead",
    ];
    if owner.contains(", ") || owner.split_whitespace().count() > 8 {
        return None;
    }
    let words: Vec<&str> = owner.split_whitespace().collect();
    // "BPF Gender co-facilitators", "WG-WSP co-facilitator": the body
    // before who leads it, when an acronym opens its name.
    if let [first, .., last] = words.as_slice() {
        let lead = last.to_lowercase();
        let lead = lead.strip_suffix('s').unwrap_or(&lead);
        // A bare "BPF co-facilitators" leads the body the section is about.
        if LEADS.contains(&lead)
            && super::glossary::is_acronym(first)
            && words.len() >= 3
            && words[1..words.len() - 1]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
        {
            return Some(owner[..owner.len() - last.len()].trim_end());
        }
    }
    // "Correspondence Group on …": the head may have its topic after it.
    let head_at = words
        .iter()
        .position(|w| HEADS.contains(&w.to_lowercase().as_str()))?;
    let named = words[..head_at]
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    // "Drafting group", "Platform team": a part of the meeting's body,
    // filed under the section; a named one is a body of its own.
    if head_at == 0 || !named || words.len() < 3 {
        return None;
    }
    // "Members interested in joining the drafting team": people, saying
    // which body they would join.
    let which = words[..head_at].iter().any(|w| {
        let w = w.to_lowercase();
        [
            "who",
            "that",
            "in",
            "to",
            "the",
            "a",
            "interested",
            "wishing",
            "willing",
            "serving",
            "attending",
            "planning",
            "needing",
        ]
        .contains(&w.as_str())
    });
    if which {
        return None;
    }
    match words.get(head_at + 1) {
        None => Some(owner),
        Some(next) if ["on", "of", "for"].contains(next) => Some(owner),
        _ => None,
    }
}

/// "Owner: TBD": nobody yet.
pub fn is_placeholder(name: &str) -> bool {
    const NOBODY: [&str; 9] = [
        "tbd",
        "tbc",
        "n/a",
        "none",
        "?",
        "unassigned",
        "-",
        "—",
        "nobody",
    ];
    NOBODY.contains(&name.trim().to_ascii_lowercase().as_str())
}

/// "Get quotes (Luis Ortega) — due Wednesday", "Ladder FAQ (@hwbaek) —
/// carried over": the entry without the due date or the status that ends
/// it, so that the name before it ends the entry.
fn without_due(text: &str) -> &str {
    let lower = text.to_ascii_lowercase();
    let text = [
        " — due", " – due", " - due", " -- due", ", due", " (due", " due:",
    ]
    .iter()
    .filter_map(|m| lower.rfind(m))
    .max()
    .map_or(text, |at| text[..at].trim_end());
    match [" — ", " – ", " -- "]
        .iter()
        .filter_map(|d| text.rfind(d).map(|at| (at, d.len())))
        .max()
    {
        Some((at, len))
            if text[..at].ends_with([')', ']'])
                && text[at + len..]
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_lowercase))
                && text[at + len..].split_whitespace().count() <= 3 =>
        {
            text[..at].trim_end()
        }
        _ => text,
    }
}

/// "Pieter van Dam", "Ana de la Cruz", "Rahim bin Osman": words a name
/// keeps in lower case.
const PARTICLES: [&str; 16] = [
    "van", "de", "der", "den", "von", "da", "das", "do", "dos", "di", "del", "la", "le", "bin",
    "binti", "al",
];

/// "Helene Marchand", "Pieter van Roosendaal", "Tariq Al-Masri": two or
/// three capitalised words as a person's name is written, with particles
/// in lower case between them; "IGF Secretariat" is not one.
pub fn full_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let particle = |w: &&str| PARTICLES.contains(w);
    let capitalised = |w: &&str| {
        w.split('-').all(|part| {
            part.starts_with(char::is_uppercase) && part.chars().skip(1).any(char::is_lowercase)
        })
    };
    (2..=3).contains(&words.iter().filter(|w| !particle(w)).count())
        && words.len() <= 5
        && !words.first().is_some_and(particle)
        && words.iter().all(|w| particle(w) || capitalised(w))
}

/// "Owner: Ana", "(owner: Ana)", "Responsible: the Secretariat" inside an
/// entry, or a name after a dash ending it ("Send the deck — Lucia").
pub fn named_owner(text: &str) -> Option<&str> {
    const FIELDS: [&str; 7] = [
        "owner:",
        "owners:",
        "responsible:",
        "assignee:",
        "assigned to:",
        "lead:",
        "who:",
    ];
    let lower = text.to_ascii_lowercase();
    for field in FIELDS {
        if let Some(at) = lower.find(field) {
            let rest = text.get(at + field.len()..)?.trim_start();
            let end = rest.find([',', ';', ')', '.', '|']).unwrap_or(rest.len());
            let end = rest[..end].to_ascii_lowercase().find(" due").unwrap_or(end);
            // "Owner: Dev Patel — Due: Feb 20": a dash ends the name too.
            let end = [" — ", " – ", " - ", " -- "]
                .iter()
                .filter_map(|d| rest[..end].find(d))
                .min()
                .unwrap_or(end);
            let name = rest[..end].trim().trim_end_matches(['—', '–', '-']).trim();
            return (!name.is_empty() && !is_placeholder(name)).then_some(name);
        }
    }
    let one_name = |name: &str| {
        let words: Vec<&str> = name.split_whitespace().collect();
        // "… this week — WATCH (21:48)": a note taker's link to the moment.
        let tool_link = ["WATCH", "PLAY", "VIEW", "LINK", "OPEN"].contains(&name);
        let particle = |w: &&str| PARTICLES.contains(w);
        !tool_link
            && (1..=3).contains(&words.iter().filter(|w| !particle(w)).count())
            && words.len() <= 5
            && !words.first().is_some_and(particle)
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || w.starts_with('@') || particle(w))
    };
    // "(Jamie Rivera, Priyanka Shah)": several people share the entry;
    // "All council members – send …": people by what they are.
    let people = |name: &str| {
        let toks = tokens(name);
        toks.len() <= 3 && toks.last().is_some_and(|t| is_people_word(t))
    };
    // "Priya + Hamid", "Daniel & Ines", "Daniel and Ines": notes taken
    // fast join people so.
    let names = |name: &str| {
        name.split([',', '+', '&'])
            .flat_map(|n| n.split(" and "))
            .all(|n| one_name(n.trim()))
            || people(name)
    };
    // "Marcus -- set up the test bed": the owner first, then the task.
    // "Security SIG (@ifeoma-c) — enable …": the body, and who leads it.
    // "Ingrid Falk (LF) — ask …": where they come from, in brackets.
    fn unhandled(name: &str) -> &str {
        name.trim()
            .strip_suffix(')')
            .and_then(|n| n.rsplit_once(" ("))
            .filter(|(_, inner)| {
                inner.starts_with('@') && !inner.contains(' ')
                    || inner.split_whitespace().count() <= 2
                        && inner.starts_with(char::is_uppercase)
            })
            .map_or(name.trim(), |(body, _)| body.trim_end())
    }
    if let Some((name, _)) = [" -- ", " – ", " — ", " - "]
        .iter()
        .find_map(|d| text.split_once(d))
        .filter(|(name, _)| names(unhandled(name)))
    {
        return Some(unhandled(name));
    }
    let tail = without_due(text.trim_end().trim_end_matches('.'));
    // "Share the recordings @Mina": a handle ending the entry.
    if let Some((_, last)) = tail.rsplit_once(' ')
        && last.len() > 1
        && last.starts_with('@')
    {
        return Some(last);
    }
    // "Circulate the data by 16 March [IGF Secretariat]": whose, in
    // brackets of either kind.
    let bracketed = tail
        .strip_suffix(')')
        .and_then(|inner| inner.rsplit_once('('))
        .or_else(|| {
            tail.strip_suffix(']')
                .and_then(|inner| inner.rsplit_once('['))
        });
    // "[T. Achterberg, WG-Strategy co-facilitator]": the name, then what
    // the person is.
    let bracketed = bracketed.map(|(before, inner)| match inner.split_once(", ") {
        Some((name, what))
            if !names(inner)
                && names(name)
                && what
                    .split_whitespace()
                    .any(|w| w.starts_with(char::is_lowercase)) =>
        {
            (before, name)
        }
        _ => (before, inner),
    });
    let name = match bracketed {
        Some((_, n)) => Some(n),
        None => ["—", "–", " - ", " -- "]
            .iter()
            .find_map(|d| tail.rsplit_once(d))
            .map(|(_, n)| n),
    }?
    .trim();
    names(name).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names_keep_particles_and_hyphens() {
        for name in [
            "Helene Marchand",
            "Pieter van Roosendaal",
            "Tariq Al-Masri",
            "Ana de la Cruz",
            "Siobhan McDonald",
        ] {
            assert!(full_name(name), "{name}");
        }
        for not in [
            "Helene",
            "IGF Secretariat",
            "MAG Chair",
            "van Dam",
            "Pieter van der Berg Smit Jones",
        ] {
            assert!(!full_name(not), "{not}");
        }
    }

    #[test]
    fn an_entry_names_its_owner_in_brackets_or_after_a_dash() {
        assert_eq!(
            named_owner("Circulate the data to MAG members by 16 March [IGF Secretariat]"),
            Some("IGF Secretariat")
        );
        assert_eq!(
            named_owner("Start the WGLC on collector-yang next week [NETTEL chairs]"),
            Some("NETTEL chairs")
        );
        assert_eq!(
            named_owner("Share the slides (Maarten Velthuis)"),
            Some("Maarten Velthuis")
        );
        assert_eq!(named_owner("Send the deck — Lucia"), Some("Lucia"));
        assert_eq!(named_owner("Read the spec [1]"), None);
        assert_eq!(
            named_owner("Contributor ladder FAQ (@hwbaek) — carried over"),
            Some("@hwbaek")
        );
        assert_eq!(
            named_owner("Circulate the paper [T. Achterberg, WG-Strategy co-facilitator]"),
            Some("T. Achterberg")
        );
    }

    #[test]
    fn owners_that_are_or_lead_a_named_body_name_the_group() {
        assert_eq!(
            owning_body("BPF Gender co-facilitators"),
            Some("BPF Gender")
        );
        assert_eq!(owning_body("SIG Node leads"), Some("SIG Node"));
        assert_eq!(
            owning_body("Correspondence Group on Gender-Disaggregated Data"),
            Some("Correspondence Group on Gender-Disaggregated Data")
        );
        assert_eq!(
            owning_body("Variant bundling small team"),
            Some("Variant bundling small team")
        );
        // Parts of the meeting's own body, and leads of no named body.
        for owner in [
            "Drafting group",
            "Platform team",
            "BPF co-facilitators",
            "MAG Chair",
            "UN action line facilitators",
            "IGF Secretariat",
            "Ana Lima, Bo Chen",
            "Members interested in joining the drafting team",
        ] {
            assert_eq!(owning_body(owner), None, "{owner}");
        }
    }
}
