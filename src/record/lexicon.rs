//! The words the action rules know: verbs of asking and committing,
//! modals, the nouns that name people and bodies, and how a word is looked
//! up in these lists quickly.

use super::words::Token;

/// Verbs of asking: "X are invited to", "Y encouraged X to".
pub(super) const ASKING: [&str; 23] = [
    "invited",
    "encouraged",
    "requested",
    "asked",
    "urged",
    "reminded",
    "welcome",
    "welcomed",
    "tasked",
    "mandated",
    "called",
    "invites",
    "encourages",
    "asks",
    "urges",
    "requests",
    "reminds",
    "advised",
    "recommended",
    "required",
    "needed",
    "authorized",
    "authorised",
];

/// "X agreed to", "X volunteered to", "I volunteer to": commitments made
/// in the meeting.
pub(super) const COMMITTING: [&str; 15] = [
    "agreed",
    "committed",
    "offered",
    "volunteered",
    "volunteer",
    // "diego volunteers to write up …": a scribe writes it as it happens.
    "volunteers",
    "agrees",
    "commits",
    "undertakes",
    "undertook",
    "promised",
    "plans",
    "plan",
    "intends",
    "intend",
];

/// Modals that commit an actor to a future act.
pub(super) const MODALS: [&str; 5] = ["will", "shall", "can", "must", "should"];

/// Adverbs allowed between a modal and its verb.
/// "The working group will next meet on …": "next" too, so the event shows.
pub(super) const ADVERBS: [&str; 18] = [
    "also", "then", "further", "now", "soon", "kindly", "each", "both", "all", "jointly",
    "directly", "shortly", "still", "first", "strongly", "warmly", "next", "again",
];

/// Verbs after "will" that describe an event happening, not someone acting.
pub(super) const HAPPENING: [&str; 8] = [
    "happen",
    "occur",
    "start",
    "begin",
    "end",
    "meet",
    "reconvene",
    "regroup",
];
/// "will hold its next meeting": an event scheduled, not a task.
pub(super) const CONVENING: [&str; 4] = ["hold", "have", "convene", "reconvene"];
pub(super) const EVENTS: [&str; 8] = [
    "consultation",
    "meeting",
    "call",
    "session",
    "webinar",
    "workshop",
    "retreat",
    "conference",
];

/// Whether the verb at `verb` describes an event taking place.
pub(super) fn happening(toks: &[Token<'_>], verb: usize) -> bool {
    let v = &toks[verb];
    // "the chairs will start a second WGLC": started by someone, it is a task.
    // "the chairs will start drafting the renewal": so is what they do.
    let object = toks.get(verb + 1).is_some_and(|o| {
        lower_in(
            o,
            &[
                "a", "an", "the", "their", "its", "our", "his", "her", "work",
            ],
        ) || o.text.len() > 5 && o.text.ends_with("ing") && o.text.starts_with(char::is_lowercase)
    });
    if lower_in(v, &HAPPENING) {
        return !object;
    }
    // "a Doodle will follow"; "Ana will follow up" is a task.
    if v.is("follow") {
        return toks
            .get(verb + 1)
            .is_none_or(|n| !n.is_word() || !lower_in(n, &["up", "through"]));
    }
    if v.is("take") {
        return toks.get(verb + 1).is_some_and(|n| n.is("place"));
    }
    // "the CfP should open in January", "the call will close on 30 April";
    // "Aiko will open an issue" is a task.
    // "The spring member drive will run from April 1 to April 30"; "Ana
    // will run the drill" is a task.
    if lower_in(v, &["run", "last"]) {
        return toks
            .get(verb + 1)
            .is_some_and(|n| lower_in(n, &["from", "until", "through", "for", "between"]));
    }
    if lower_in(v, &["open", "close", "reopen"]) {
        return toks.get(verb + 1).is_none_or(|n| {
            !n.is_word() || lower_in(n, &["in", "on", "at", "by", "from", "until"])
        });
    }
    // "will hold its next meeting"; but "will convene a coordination call
    // with NRI focal points" sets one up with others: a task.
    let window = &toks[verb + 1..toks.len().min(verb + 6)];
    // "its second open consultations": events, one or several.
    let event = |t: &Token<'_>| {
        lower_in(t, &EVENTS)
            || t.text.len() > 4
                && t.text.ends_with('s')
                && EVENTS.contains(&t.text[..t.text.len() - 1].to_ascii_lowercase().as_str())
    };
    // "will hold a briefing session for evaluators": set up for others, a
    // task.
    // Not "its kick-off call for the 2026 cycle": for people, not a time.
    let for_others = window.iter().position(event).is_some_and(|e| {
        toks.get(verb + 2 + e).is_some_and(|w| w.is("for"))
            && toks[(verb + 3 + e).min(toks.len())..]
                .iter()
                .take(4)
                .any(|t| is_people_word(t) || t.is_capitalised())
    });
    // "will convene a virtual coordination call of NRI focal points":
    // someone sets up a new call; "will convene its next meeting" is the
    // calendar.
    let sets_one_up = v.is("convene")
        && toks
            .get(verb + 1)
            .is_some_and(|n| lower_in(n, &["a", "an"]));
    lower_in(v, &CONVENING)
        && !for_others
        && !sets_one_up
        && window
            .iter()
            .position(event)
            .is_some_and(|e| !toks.get(verb + 2 + e).is_some_and(|w| w.is("with")))
}

pub(super) const MONTH_AND_DAY_WORDS: [&str; 19] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub(super) fn is_date_word(t: &Token<'_>) -> bool {
    lower_in(t, &MONTH_AND_DAY_WORDS) || t.text.starts_with(|c: char| c.is_ascii_digit())
}

/// Determiners that open a noun phrase.
pub(super) const DETERMINERS: [&str; 13] = [
    "the", "a", "an", "all", "our", "their", "its", "this", "these", "those", "each", "every",
    "any",
];

/// Lower-case words that name people or bodies (the heads of owner phrases).
pub(super) const PEOPLE: [&str; 110] = [
    // "Dynamic coalitions were requested to submit their reports".
    "coalition",
    "coalitions",
    "students",
    "initiatives",
    "admins",
    "administrators",
    "country",
    "countries",
    "states",
    "government",
    "governments",
    "delegation",
    "delegations",
    "organization",
    "organizations",
    "organisation",
    "organisations",
    "agency",
    "agencies",
    "ministry",
    "collaborators",
    "mentors",
    "users",
    "members",
    "member",
    "participants",
    "participant",
    "volunteers",
    "volunteer",
    "co-facilitator",
    "co-facilitators",
    "facilitator",
    "facilitators",
    "chair",
    "chairs",
    "co-chair",
    "co-chairs",
    "vice-chair",
    "secretariat",
    "secretary",
    "team",
    "teams",
    "group",
    "groups",
    "committee",
    "board",
    "staff",
    "stakeholders",
    "organizers",
    "organisers",
    "proposers",
    "everyone",
    "everybody",
    "coordinators",
    "coordinator",
    "lead",
    "leads",
    "rapporteur",
    "host",
    "hosts",
    "delegates",
    "experts",
    "expert",
    "editors",
    "editor",
    "authors",
    "speakers",
    "moderators",
    "community",
    "representatives",
    "representative",
    "liaison",
    "liaisons",
    "presidency",
    "bureau",
    "council",
    "partners",
    "observers",
    "newcomers",
    "contributors",
    "reviewers",
    "maintainers",
    "attendees",
    "colleagues",
    "people",
    "office",
    // Roles minutes give one person or a few.
    "manager",
    "champion",
    "champions",
    "owner",
    "officer",
    "treasurer",
    "president",
    "convenor",
    "convener",
    "moderator",
    "author",
    "reviewer",
    "presenter",
    "maintainer",
    "sponsor",
    "shepherd",
    "steward",
    "stewards",
    "scribe",
    "clerk",
    "anyone",
    "force",
    "taskforce",
    "subgroup",
];

/// Adjectives that may precede a people word ("interested participants").
pub(super) const QUALIFIERS: [&str; 12] = [
    "interested",
    "relevant",
    "respective",
    "new",
    "incoming",
    "outgoing",
    "other",
    "remaining",
    "concerned",
    "two",
    "mag",
    "all",
];

/// Nouns that are events or things: such a subject does not act.
pub(super) const THINGS: [&str; 30] = [
    // "Proposal is to use …", "Implementations will diverge", "two
    // absences can block …", "the CfC should run for 10 days".
    "proposal",
    "implementations",
    "cfc",
    "rfc",
    "two",
    "three",
    "scripts",
    "absences",
    "meeting",
    "call",
    "session",
    "sessions",
    "webinar",
    "workshop",
    "event",
    "conference",
    "consultation",
    "report",
    "document",
    "results",
    "outcome",
    "survey",
    "website",
    "page",
    "draft",
    "version",
    "deadline",
    "programme",
    "agenda",
    "minutes",
];

/// Titles before a name: "Ms. Takeda", "Amb. Ferreyra".
pub(super) const TITLES: [&str; 9] = ["mr", "mrs", "ms", "dr", "prof", "amb", "mx", "miss", "sir"];

/// "You" in minutes is the reader ("you should review these notes").
pub(super) const PRONOUNS: [&str; 3] = ["i", "we", "they"];

/// Whether the token is one of `list` (lower-case words), in any case.
/// This runs for every word of a record: the word is lowered once, on the
/// stack, and compared whole.
pub(super) fn lower_in(token: &Token<'_>, list: &[&str]) -> bool {
    in_list(token.text, list)
}

pub(super) fn in_list(word: &str, list: &[&str]) -> bool {
    in_lists(word, &[list])
}

pub(super) fn in_lists(word: &str, lists: &[&[&str]]) -> bool {
    let bytes = word.as_bytes();
    let mut buf = [0u8; 24];
    if bytes.len() > buf.len() || !word.is_ascii() {
        return lists
            .iter()
            .any(|list| list.iter().any(|w| word.eq_ignore_ascii_case(w)));
    }
    for (slot, b) in buf.iter_mut().zip(bytes) {
        *slot = b.to_ascii_lowercase();
    }
    let lower = &buf[..bytes.len()];
    lists
        .iter()
        .any(|list| list.iter().any(|w| w.as_bytes() == lower))
}

/// Whether `text` holds `needle` (ASCII) in any case, without copying it.
/// Only the places where the needle's first byte occurs are compared in
/// full: comparing a whole window at every byte had been a sixth of all
/// reading time.
pub(super) fn contains_ci(text: &str, needle: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return true;
    };
    hay.iter().enumerate().any(|(at, b)| {
        b.eq_ignore_ascii_case(&first)
            && hay
                .get(at..at + needle.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

pub(super) fn ends_with_ci(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len()
        && text
            .get(text.len() - suffix.len()..)
            .is_some_and(|end| end.eq_ignore_ascii_case(suffix))
}

/// Plural nouns in -ers / -ors / -ists / -ees that are not people.
pub(super) const NOT_PEOPLE: [&str; 16] = [
    "papers",
    "numbers",
    "letters",
    "matters",
    "orders",
    "headers",
    "filters",
    "parameters",
    "registers",
    "centers",
    "chapters",
    "computers",
    "servers",
    "containers",
    "browsers",
    "layers",
];

/// Tasks someone does to a thing, said in the passive: "will be circulated".
/// Events that "will be launched / organized" are scheduled, not tasks.
pub(super) const PASSIVE_TASKS: [&str; 19] = [
    "shared",
    "circulated",
    "sent",
    "distributed",
    "published",
    "posted",
    "uploaded",
    "prepared",
    "updated",
    "revised",
    "finalized",
    "finalised",
    "drafted",
    "compiled",
    "submitted",
    "communicated",
    "provided",
    "reviewed",
    "made",
];

/// Subjects that say nobody acts.
/// "Someone should also answer the TAG": nobody in particular is asked.
pub(super) const NOBODY: [&str; 7] = [
    "nobody", "none", "neither", "nothing", "no-one", "someone", "somebody",
];

/// Words that open a remark in chat or notes ("FYI, …", "Agreed, will
/// do"): never who acts.
pub(super) const REMARKS: [&str; 12] = [
    "fyi", "btw", "fwiw", "imo", "nb", "ps", "agreed", "thanks", "noted", "ack", "yes", "sure",
];

/// Words that open a subordinate clause: what follows is a condition or a
/// time, not a commitment ("before we can evaluate it").
pub(super) const SUBORDINATORS: [&str; 14] = [
    "before", "after", "until", "if", "when", "whenever", "once", "unless", "because", "since",
    "while", "whether", "although", "so",
];

pub(super) fn is_people_word(t: &Token<'_>) -> bool {
    if lower_in(t, &PEOPLE) || lower_in(t, &QUALIFIERS) {
        return true;
    }
    // "sub-group", "sub-committee", "co-leads": the people word after the prefix.
    if let Some((prefix, word)) = t.text.split_once('-')
        && ["sub", "co"].iter().any(|p| prefix.eq_ignore_ascii_case(p))
        && PEOPLE.iter().any(|p| word.eq_ignore_ascii_case(p))
    {
        return true;
    }
    // "evaluators", "implementers", "panelists", "attendees".
    ["ers", "ors", "ists", "ees"]
        .iter()
        .any(|s| ends_with_ci(t.text, s) && t.text.len() > s.len() + 3)
        && !lower_in(t, &NOT_PEOPLE)
}

/// A word that can be part of an owner phrase.
pub(super) fn is_name_word(t: &Token<'_>) -> bool {
    t.is_handle() || (t.is_word() && (t.is_capitalised() || is_people_word(t)))
}
