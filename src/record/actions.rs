//! Whether a sentence makes an action item, and who it is for.
//!
//! The rules read the sentence's grammar in a small way: a subject followed
//! by a modal of commitment ("will", "can", "agreed to"), an invitation
//! ("are invited to"), someone inviting someone else ("encouraged volunteers
//! to"), or a passive with its agent ("will be shared by the Secretariat").
//! Hedges ("could", "may"), past events and scheduled events never match.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::glossary::is_stopword;
use super::lexicon::*;
use super::words::{Token, tokens};

/// What a sentence commits someone to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Who acts, clause by clause ("Paolo offered to …, and Omar will …"
    /// are two items): the byte where the clause's subject starts, and
    /// the noun phrases naming its actors, as written ("the Secretariat").
    pub parts: Vec<(usize, Vec<String>)>,
    /// "The draft will be circulated to members next week": a task in the
    /// passive without its agent, whose owner only the context tells. It
    /// is an item only with a date or timing (else it is a forecast).
    pub passive: bool,
}

/// Whether the subject at `start` sits in a subordinate clause.
fn subordinate(toks: &[Token<'_>], start: usize) -> bool {
    // ", so Lukas will check": after a comma "so" leads the main clause.
    let consequence = start > 1 && toks[start - 1].is("so") && toks[start - 2].text == ",";
    // "… by Monday so that she can prioritize them", "so that people
    // flying in from the Caribbean can make it": a purpose, no task.
    let purpose = start > 1
        && (start.saturating_sub(8)..start - 1)
            .rev()
            .take_while(|&j| !matches!(toks[j + 1].text, "," | ";" | "."))
            .any(|j| toks[j].is("so") && toks[j + 1].is("that"));
    // "+1, as long as authors can opt in": a condition.
    let condition = start > 2 && toks[start - 1].is("as") && toks[start - 2].is("long");
    start > 0 && lower_in(&toks[start - 1], &SUBORDINATORS) && !consequence || purpose || condition
}

/// When no phrase ends right before the verb ("Evaluators with a conflict
/// of interest were reminded"), the head of the clause's first phrase.
fn clause_subject(toks: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    let start = (0..end)
        .rev()
        .find(|&k| matches!(toks[k].text, "," | ";" | ":" | "(") || toks[k].is("that"))
        .map_or(0, |k| k + 1);
    let (s, mut e) = phrase_after(toks, start)?;
    // "members interested in …": the adjective starts what follows.
    while e > s + 1 && lower_in(&toks[e - 1], &QUALIFIERS) {
        e -= 1;
    }
    let follows = toks.get(e).is_some_and(|t| {
        lower_in(
            t,
            &[
                "with", "who", "from", "in", "at", "that", "which", "whose", "to",
            ],
        )
    });
    // "MAG members interested in joining are encouraged to …": people,
    // then what sets them apart.
    let people = e > s && is_people_word(&toks[e - 1]);
    (e < end && (follows || people) && e - s <= 4 && is_actor(toks, (s, e))).then_some((s, e))
}

/// "Members interested in …", "Participants wishing to …", "Delegations
/// that …": the people word a clause opens with, when words after it say
/// which of them (and end before `before`). "MAG members interested in …",
/// "Braille display users on the list": a capitalised word (and one more)
/// before the people word belong to the phrase.
fn modified_head(toks: &[Token<'_>], before: usize) -> Option<(usize, usize)> {
    // "Volunteers for the first three languages (Japanese, Portuguese)
    // are welcome": what a parenthesis holds does not start the clause.
    let mut outer = Vec::new();
    let mut start = 0;
    for (k, t) in toks[..before].iter().enumerate() {
        match t.text {
            "(" => outer.push(std::mem::replace(&mut start, k + 1)),
            ")" => start = outer.pop().unwrap_or(start),
            "," | ";" | ":" | "—" | "–" => start = k + 1,
            _ => {}
        }
    }
    let first = start + usize::from(toks.get(start).is_some_and(|t| lower_in(t, &DETERMINERS)));
    let head = if toks
        .get(first)
        .is_some_and(|t| t.is_capitalised() && !lower_in(t, &PEOPLE))
    {
        // "committees", "editors": any word naming people, not only the listed.
        let people = |k: &usize| toks.get(*k).is_some_and(names_people);
        // Not "Amina reminded everyone that …": a verb between them says
        // what the name did to the people.
        let plain = toks.get(first + 1).is_some_and(|t| {
            let past = t.text.len() > 4 && ends_with_ci(t.text, "ed");
            t.is_word()
                && !t.is_capitalised()
                && !past
                && !lower_in(t, &["told", "said", "asks", "urges", "reminds", "invites"])
        });
        // "National IFAP committees that …": more capitalised words may
        // stand before the people word.
        let caps = toks
            .get(first + 1..before)
            .unwrap_or_default()
            .iter()
            .take(2)
            .take_while(|t| t.is_capitalised())
            .count();
        (first + 1..first + 2 + usize::from(plain))
            .find(people)
            .or(Some(first + caps + 1).filter(|k| caps > 0 && people(k)))
            .unwrap_or(first)
    } else {
        first
    };
    const WHICH: [&str; 19] = [
        "interested",
        "wishing",
        "willing",
        "who",
        "that",
        // "Members with contacts in national procurement agencies were
        // encouraged", "NRIs using OpenNRI are encouraged": which people,
        // not the agencies or the software.
        "with",
        "using",
        "able",
        "keen",
        "for",
        "from",
        "on",
        // "Members fluent in Portuguese or Kiswahili were encouraged": the
        // language is no one's name.
        "fluent",
        "familiar",
        "experienced",
        "based",
        "responsible",
        "involved",
        "available",
    ];
    // "Member States": a name of two people words.
    let head = if toks
        .get(head + 1)
        .is_some_and(|n| n.is_capitalised() && names_people(n))
    {
        head + 1
    } else {
        head
    };
    // "Member States and Sector Members wishing to …": two heads, one
    // saying which.
    let head = match toks.get(head + 1) {
        Some(and) if and.is("and") && names_people(&toks[head]) => (head + 2..head + 5)
            .take_while(|&k| k + 1 < before)
            .find(|&k| {
                names_people(&toks[k]) && toks.get(k + 1).is_some_and(|m| lower_in(m, &WHICH))
            })
            .unwrap_or(head),
        _ => head,
    };
    let modifier = toks.get(head + 1)?;
    // "Students presenting at the conference …": which of them, by what
    // they do.
    let doing = modifier.is_word()
        && modifier.text.len() > 5
        && ends_with_ci(modifier.text, "ing")
        && !modifier.is_capitalised();
    // "NRIs that had not yet submitted …": a body by its acronym.
    let people = names_people(&toks[head]) || super::glossary::is_acronym(toks[head].text);
    (head + 1 < before && toks[head].is_word() && people && (lower_in(modifier, &WHICH) || doing))
        .then_some((first, head + 1))
}

/// The owner phrase that ends just before token `end`, read backwards:
/// "During … document the IMSB" → "the IMSB"; "The co-facilitator of the
/// WG-WSP" stays whole; "X and the Y" gives both when X starts the clause.
pub fn subject_before(toks: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    if let Some(name) = titled_aside(toks, end) {
        return Some(name);
    }
    // "Ms. Cho, Vice-Chair, agreed": the person before the role acts;
    // "Mr. Jorge Villalobos, MAG member from the technical community,
    // offered": a titled person, whatever the aside says of them.
    if end > 3 && toks[end - 1].text == "," {
        let open = (end.saturating_sub(14)..end - 1)
            .rev()
            .find(|&j| toks[j].text == ",")?;
        let aside = &toks[open + 1..end - 1];
        let role = aside.len() <= 5 && aside.iter().all(|t| t.is_capitalised());
        let described = aside.iter().all(|t| t.is_word() || t.text == "-");
        return subject_before(toks, open).filter(|&(start, _)| {
            !aside.is_empty() && (role || described && lower_in(&toks[start], &TITLES))
        });
    }
    // "i will prepare a PR": chat writes its pronouns in lower case;
    // "Daisuke and me will draft": speech, too.
    if end > 0
        && (lower_in(&toks[end - 1], &["i", "we", "they", "he", "she", "me"])
            || reported_it(toks, end - 1, end))
    {
        // "Tariq and I will": the speaker acts with someone named.
        if end > 2
            && toks[end - 2].is("and")
            && let Some((first, _)) = subject_before(toks, end - 2)
        {
            return Some((first, end));
        }
        // "rukhsana and I will draft the agenda": a nick, as chat writes it.
        if end == 3
            && toks[1].is("and")
            && toks[0].is_word()
            && toks[0].text.len() > 2
            && toks[0].text.chars().all(|c| c.is_ascii_lowercase())
            && lower_in(&toks[2], &["i", "me"])
        {
            return Some((0, end));
        }
        return Some((end - 1, end));
    }
    let mut i = end;
    let mut has_head = false;
    while i > 0 {
        let t = &toks[i - 1];
        // "Ms. Chiara Lombardi (International Chamber of Commerce)": what
        // the brackets say of the person is no part of who acts.
        if t.text == ")"
            && let Some(open) = (i.saturating_sub(10)..i - 1)
                .rev()
                .find(|&j| toks[j].text == "(")
            && open > 0
            && !toks[open + 1..i - 1]
                .iter()
                .any(|t| matches!(t.text, "(" | ")"))
        {
            i = open;
            continue;
        }
        if is_name_word(t) {
            has_head = true;
            i -= 1;
            continue;
        }
        // "NRI focal points": people, though neither word says so alone.
        if !has_head && i >= 2 && focal_point(toks, i - 1) {
            has_head = true;
            i -= 2;
            continue;
        }
        // "the infra team", "the finance committee", "the tokenization
        // task force": a word or two saying which.
        let modifier = |t: &Token<'_>| {
            t.is_word()
                && !t.is_capitalised()
                && !lower_in(t, &QUALIFIERS)
                && !lower_in(t, &DETERMINERS)
                // "the list so people can": a joint, no word of the name.
                && !lower_in(t, &["so", "and", "or", "but", "if", "as", "that", "to", "of", "for", "with", "on", "in"])
        };
        if has_head && i + 1 == end && i >= 2 && is_people_word(&toks[i]) && modifier(t) {
            if lower_in(&toks[i - 2], &["the", "our", "their"]) {
                i -= 1;
                continue;
            }
            if i >= 3 && modifier(&toks[i - 2]) && lower_in(&toks[i - 3], &["the", "our", "their"])
            {
                i -= 2;
                continue;
            }
        }
        // "Sarah W. will present": an initial's full stop, after a name.
        if t.text == "."
            && !has_head
            && i >= 3
            && toks[i - 2].text.len() == 1
            && toks[i - 2].text.chars().all(|c| c.is_ascii_uppercase())
            && toks[i - 3].is_capitalised()
        {
            i -= 1;
            continue;
        }
        // "Ms. Takeda": the title's full stop is part of the name.
        if t.text == "." && has_head && i >= 2 && lower_in(&toks[i - 2], &TITLES) {
            i -= 2;
            continue;
        }
        let connector = lower_in(t, &["of", "on", "for", "&", "/"]);
        if connector
            && has_head
            && i >= 2
            && (is_name_word(&toks[i - 2]) || toks[i - 2].text == ")")
        {
            i -= 1;
            continue;
        }
        if lower_in(t, &DETERMINERS) && has_head {
            i -= 1;
            // "of the X": the phrase goes on ("the co-facilitator of the X").
            if i >= 2 && lower_in(&toks[i - 1], &["of", "for"]) && is_name_word(&toks[i - 2]) {
                i -= 1;
                continue;
            }
            break;
        }
        break;
    }
    // "Members interested in joining the drafting team were invited": the
    // people the clause opens with act; what they join does not.
    if let Some(head) = modified_head(toks, if has_head { i } else { end }) {
        return Some(head);
    }
    if !has_head || i == end {
        return None;
    }
    // "UN action line facilitators were": a name, then lower-case words
    // saying which, from the clause's start.
    let i = if (2..=4).contains(&i)
        && end == i + 1
        && toks[0].is_word()
        && toks[0].is_capitalised()
        && !lower_in(&toks[0], &["it", "there", "this", "they", "we"])
        && toks[1..i].iter().all(|t| {
            t.is_word()
                && !t.is_capitalised()
                && !ends_with_ci(t.text, "ed")
                && !ends_with_ci(t.text, "ing")
                && !lower_in(t, &DETERMINERS)
                && !lower_in(
                    t,
                    &[
                        "of", "for", "from", "in", "on", "at", "with", "by", "to", "and", "or",
                        "that", "who", "which", "whether", "if", "was", "were", "is", "are",
                    ],
                )
        }) {
        0
    } else {
        i
    };
    // "The upcoming meeting of the IMSB will": the phrase is a complement.
    if i > 0 && toks[i - 1].is("of") {
        return None;
    }
    // "X and the Y will": both act, when X itself starts the clause;
    // "Eleni + Tomás will", "Ana & Bo will": notes write "and" so.
    if i > 1
        && (toks[i - 1].is("and") || matches!(toks[i - 1].text, "+" | "&"))
        && let Some((first, _)) =
            subject_before(toks, i - 1).filter(|&(s, _)| starts_clause(toks, s))
    {
        return Some((first, end));
    }
    // "Mateus Carvalho, Grace Lindqvist will review": full names listed
    // with commas from the sentence's start (a note taker's list of
    // owners; "Agreed, RI and I will" opens with no name).
    if i > 1
        && toks[i - 1].text == ","
        && toks[..i]
            .iter()
            .all(|t| t.text == "," || t.is("and") || is_name_word(t))
        && toks[..i - 1]
            .split(|t| t.text == ",")
            .all(|name| (2..=3).contains(&name.len()) && name.iter().all(|t| t.is_capitalised()))
    {
        return Some((0, end));
    }
    Some((i, end))
}

/// "The Vice-Chair, Ms. Virtanen, agreed": the person named in the aside
/// is who acts, not the role before it.
fn titled_aside(toks: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    if end < 4 || toks[end - 1].text != "," {
        return None;
    }
    // "Ms. Sun-Hee Park (Republic of Korea),": the country is no part of the name.
    let name_end = (toks[end - 2].text == ")")
        .then(|| {
            (end.saturating_sub(8)..end - 2)
                .rev()
                .find(|&j| toks[j].text == "(")
        })
        .flatten()
        .unwrap_or(end - 1);
    let open = (name_end.saturating_sub(8)..name_end)
        .rev()
        .find(|&j| toks[j].text == ",")?;
    (lower_in(&toks[open + 1], &TITLES) && name_end - open > 2).then_some((open + 1, name_end))
}

fn starts_clause(toks: &[Token<'_>], at: usize) -> bool {
    at == 0
        || matches!(toks[at - 1].text, "," | ";" | ":" | "(" | "—" | "–")
        || toks[at - 1].is("that")
}

/// "focal point(s)" at `k`: the people a body names to act for it.
fn focal_point(toks: &[Token<'_>], k: usize) -> bool {
    k > 0 && lower_in(&toks[k], &["point", "points"]) && toks[k - 1].is("focal")
}

/// Whether the phrase names someone who can act (not an event or a thing).
fn is_actor(toks: &[Token<'_>], (start, end): (usize, usize)) -> bool {
    // "Kofi Adjei-Brenner (IGF Secretariat, NRIs focal point)": what the
    // brackets say of someone is not who they are.
    let end = match (end > start + 1 && toks[end - 1].text == ")")
        .then(|| (start + 1..end - 1).rev().find(|&j| toks[j].text == "("))
        .flatten()
    {
        Some(open) => open,
        None => end,
    };
    // The head is the last word before "of", else the last word.
    let head_end = (start..end).find(|&k| toks[k].is("of")).unwrap_or(end);
    let Some(head) = toks[start..head_end].iter().rev().find(|t| t.is_word()) else {
        return false;
    };
    // "suggestion from PING is to cap …", "the idea from the chairs":
    // what someone proposed, not someone.
    if start > 1
        && toks[start - 1].is("from")
        && lower_in(
            &toks[start - 2],
            &[
                "suggestion",
                "proposal",
                "idea",
                "request",
                "feedback",
                "comment",
            ],
        )
    {
        return false;
    }
    // "users will need a migration guide", "people can comment there":
    // the public at large, of whom the meeting asks nothing.
    let public = head_end == start + 1
        && lower_in(
            head,
            &[
                "users",
                "developers",
                "people",
                "customers",
                "consumers",
                "visitors",
                "readers",
                "browsers",
            ],
        );
    // "the State e-Health Mission's plan to onboard …": whose plan, not who acts.
    let possessive = head.text.ends_with("'s") || head.text.ends_with("’s");
    // "Otherwise reviewers will ask", "so people who missed the call can
    // weigh in": a consequence or a purpose, no one's task.
    let linked = lower_in(
        &toks[start],
        &["otherwise", "so", "if", "unless", "once", "then"],
    );
    if lower_in(head, &THINGS)
        || possessive
        || linked
        // "The July issue … will feature": a month is nobody.
        || lower_in(head, &MONTH_AND_DAY_WORDS)
        || public
        || lower_in(&toks[start], &NOBODY)
        // "FYI, the DNSOP WG will …", "Agreed, will propose text": a word
        // that opens a remark, not who acts.
        || (head_end == start + 1 && lower_in(head, &REMARKS))
        || (toks[start].is("no") && end > start + 1)
        // "although no member offered to take this forward".
        || (start > 0 && toks[start - 1].is("no"))
        || lower_in(
            head,
            &["it", "there", "this", "that", "which", "who", "what", "you"],
        ) && !reported_it(toks, start, end)
    {
        return false;
    }
    is_people_word(head)
        || focal_point(toks, head_end - 1)
        || head.is_capitalised()
        || head.is_handle()
        || lower_in(head, &PRONOUNS)
        || lower_in(head, &["he", "she"])
        || reported_it(toks, start, end)
}

/// "The Secretariat indicated that it would share …": the body reports
/// what it will do itself.
fn reported_it(toks: &[Token<'_>], start: usize, end: usize) -> bool {
    end == start + 1
        && toks[start].is("it")
        && start >= 3
        && toks[start - 1].is("that")
        && lower_in(
            &toks[start - 2],
            &[
                "indicated",
                "said",
                "confirmed",
                "stated",
                "announced",
                "noted",
                "explained",
                "informed",
            ],
        )
        && toks[..start - 2].iter().any(|t| t.is_capitalised())
}

/// A noun phrase starting at `start` (for "by X" and "invited X to").
fn phrase_after(toks: &[Token<'_>], start: usize) -> Option<(usize, usize)> {
    let mut i = start;
    while i < toks.len() && lower_in(&toks[i], &DETERMINERS) {
        i += 1;
    }
    let mut end = i;
    while end < toks.len() {
        let t = &toks[end];
        // "the regional coordinators", "new session facilitators": words
        // that say which people, before the people.
        let describes_people = |n: usize| {
            t.is_word()
                && t.text.starts_with(char::is_lowercase)
                && (1..=n).any(|j| {
                    toks.get(end + j).is_some_and(|p| is_people_word(p))
                        && (1..j).all(|m| {
                            toks.get(end + m).is_some_and(|w| {
                                w.is_word() && w.text.starts_with(char::is_lowercase)
                            })
                        })
                })
        };
        if is_name_word(t) || lower_in(t, &PRONOUNS) {
            end += 1;
            // "Mr. Tomasz Wierzbicki": a title's stop is no end.
            if lower_in(t, &TITLES) && toks.get(end).is_some_and(|d| d.text == ".") {
                end += 1;
            }
        } else if end == i && describes_people(2) {
            end += 1;
        } else if t.text == "(" && toks.get(end + 2).is_some_and(|c| c.text == ")") {
            end += 3;
        } else if lower_in(t, &["of", "on", "for", "the", "and"])
            && toks
                .get(end + 1)
                .is_some_and(|n| is_name_word(n) || n.is("the"))
        {
            end += 1;
        } else {
            break;
        }
    }
    // "Volunteers for the …": a phrase does not end on its connector.
    while end > i && lower_in(&toks[end - 1], &["of", "on", "for", "the", "and"]) {
        end -= 1;
    }
    (end > i).then_some((start, end))
}

fn text_of(sentence: &str, toks: &[Token<'_>], (start, end): (usize, usize)) -> String {
    sentence[toks[start].start..toks[end - 1].end].to_string()
}

/// Skips adverbs after a modal; returns the index of the verb.
fn verb_after(toks: &[Token<'_>], mut k: usize) -> Option<usize> {
    while k < toks.len() && lower_in(&toks[k], &ADVERBS) {
        k += 1;
    }
    let t = toks.get(k)?;
    (t.is_word() && t.text.starts_with(|c: char| c.is_lowercase())).then_some(k)
}

/// "The original paragraph read: \"The Secretariat will organize …\"",
/// "[corrected: the scribe had recorded \"the WG will publish …\"]": a
/// correction quoting what the record said before; the quote is what it
/// takes back, no task.
fn quotes_what_was_recorded(sentence: &str) -> bool {
    sentence.match_indices(['"', '“']).any(|(at, _)| {
        let before = sentence[..at].trim_end().to_ascii_lowercase();
        [
            " read:",
            " read",
            " recorded",
            " recorded as",
            " originally said",
        ]
        .iter()
        .any(|w| before.ends_with(w))
    })
}

/// Finds the actions of one sentence; `explicit` when the record marks it
/// (arrow, `ACTION:`, next-steps list), which also admits "X to do Y".
/// `is_person(phrase, listed)` tells whether the record names someone so
/// (`listed`: among its participants, not only by a name it writes).
pub fn find(
    sentence: &str,
    toks: &[Token<'_>],
    explicit: bool,
    is_person: &dyn Fn(&str, bool) -> bool,
) -> Option<Found> {
    if quotes_what_was_recorded(sentence) {
        return None;
    }
    // "Sunil may be travelling and will send an update instead if so": what
    // hangs on a maybe is no commitment.
    if !explicit && ends_with_ci(sentence.trim_end_matches(['.', ' ']), " if so") {
        return None;
    }
    // "Josh offered to share the materials, which he did during the
    // meeting": done already.
    if [
        ", which he did",
        ", which she did",
        ", which they did",
        ", which was done",
    ]
    .iter()
    .any(|d| contains_ci(sentence, d))
    {
        return None;
    }
    // "If you are interested in speaking, please reply to Fatima Zahra by
    // 20 March": whoever is, asked.
    if toks.first().is_some_and(|t| t.is("if"))
        && toks.get(1).is_some_and(|t| t.is("you"))
        && let Some(comma) = toks.iter().position(|t| t.text == ",")
        && toks
            .get(comma + 1)
            .is_some_and(|t| lower_in(t, &["please", "pls"]))
        && verb_after(toks, comma + 2).is_some()
    {
        let keen = ["interested", "would like", "want", "wish"]
            .iter()
            .any(|w| contains_ci(&sentence[..toks[comma].start], w));
        let owner = if keen { "Anyone interested" } else { "Anyone" };
        return Some(Found {
            parts: vec![(0, vec![owner.to_string()])],
            passive: false,
        });
    }
    // "Chiara: will follow up with her offline", "kmori: will send the
    // results by Tuesday": a speaker's line that leaves out its "I".
    // "will do": a yes to what was asked, recorded there.
    if toks.first().is_some_and(|t| t.text == "will")
        && verb_after(toks, 1).is_some_and(|v| !lower_in(&toks[v], &["be", "do", "not"]))
        && !sentence.trim_end().ends_with('?')
    {
        return Some(Found {
            parts: vec![(0, vec!["I".to_string()])],
            passive: false,
        });
    }
    let mut parts: Vec<(usize, Vec<String>)> = Vec::new();
    // Each subject found starts a clause of its own, unless it acted before.
    let mut push = |range: (usize, usize)| {
        let text = text_of(sentence, toks, range);
        if !parts.iter().any(|(_, o)| o.contains(&text)) {
            // Kept in the order of the sentence, for its clauses.
            let start = toks[range.0].start;
            let at = parts.partition_point(|p| p.0 < start);
            parts.insert(at, (start, vec![text]));
        }
    };
    let mut matched = false;
    let mut passive = false;
    for k in 0..toks.len() {
        let t = &toks[k];
        // "Workshop evaluators were reminded that all evaluations are to be
        // entered … no later than 5 September": what they must do, said as
        // what has to happen.
        if lower_in(t, &["reminded", "requested", "asked"])
            && toks.get(k + 1).is_some_and(|n| n.is("that"))
            && k > 0
            && lower_in(&toks[k - 1], &["is", "are", "was", "were"])
            && toks[k + 2..].windows(2).any(|p| {
                lower_in(&p[0], &["are", "is", "must", "should"])
                    && (p[1].is("to") || p[1].is("be"))
            })
            && let Some(subject) = subject_before(toks, k - 1).filter(|s| is_actor(toks, *s))
        {
            push(subject);
            matched = true;
            continue;
        }
        // "The Chair recalled that the Working Group is mandated to submit
        // its report": the body's standing mandate, recalled, no new task.
        if t.is("mandated") && toks[..k].iter().any(|w| w.is("recalled")) {
            continue;
        }
        // "X are invited to <verb>"
        if lower_in(t, &ASKING) && is_to_verb(toks, k + 1) {
            let mut be = k;
            while be > 0 && lower_in(&toks[be - 1], &ADVERBS) {
                be -= 1;
            }
            if be > 0 && lower_in(&toks[be - 1], &["is", "are", "was", "were", "been"]) {
                let subject = subject_before(toks, be - 1)
                    .filter(|s| is_actor(toks, *s) && !in_relative_clause(toks, s.0))
                    .or_else(|| clause_subject(toks, be - 1))
                    // "Those who have not yet done so were requested to …":
                    // the people the sentence before spoke of.
                    .or_else(|| {
                        (toks.first().is_some_and(|t| t.is("those"))
                            && toks.get(1).is_some_and(|t| t.is("who")))
                        .then_some((0, 1))
                    });
                if let Some(subject) = subject {
                    push(subject);
                    matched = true;
                }
                continue;
            }
        }
        // "Y encouraged X to <verb>", but not "Y will invite X to" (Y's own
        // act), nor "The board had asked staff to …" (before the meeting).
        if lower_in(t, &ASKING)
            && !(k > 0 && toks[k - 1].is("had"))
            && !(k > 0
                && lower_in(
                    &toks[k - 1],
                    &[
                        "will", "to", "shall", "be", "been", "being", "is", "are", "was", "were",
                    ],
                ))
        {
            let object = if t.is("called") { k + 2 } else { k + 1 };
            // "invited the co-facilitators of the Working Group on Hybrid
            // Meetings (WG-Hybrid) to": a body's name may be long.
            if let Some((s, e)) = phrase_after(toks, object).filter(|r| is_actor(toks, *r))
                && toks[s..e].iter().filter(|t| t.is_word()).count() <= 10
            {
                // "invited experts from countries that had piloted diaries to
                // share …": people, then which of them, then the task.
                // "reminded everyone that the templates are needed to …"
                // says something to them; "that" opens what, not which.
                let which = || {
                    lower_in(&toks[e - 1], &PEOPLE)
                        && toks
                            .get(e)
                            .is_some_and(|m| lower_in(m, &["from", "who", "that"]))
                        && !(toks[e].is("that")
                            && toks.get(e + 1).is_some_and(|n| {
                                lower_in(n, &DETERMINERS)
                                    || lower_in(n, &["it", "they", "we", "he", "she", "there"])
                            }))
                        && (e + 1..toks.len().min(e + 12))
                            .take_while(|&j| toks[j].is_word())
                            .any(|j| toks[j].is("to") && is_to_verb(toks, j))
                };
                if is_to_verb(toks, e) || which() {
                    push((s, e));
                    matched = true;
                    continue;
                }
            }
        }
        // "The Rapporteur was entrusted with the report": the subject is.
        if t.is("entrusted")
            && toks.get(k + 1).is_some_and(|w| w.is("with"))
            && k > 0
            && lower_in(&toks[k - 1], &["is", "are", "was", "were"])
            && let Some(subject) = subject_before(toks, k - 1).filter(|s| is_actor(toks, *s))
        {
            push(subject);
            matched = true;
            continue;
        }
        // "entrusted the Rapporteur with the completion of the report"
        if lower_in(t, &["entrusted", "entrust"])
            && let Some(object) = phrase_after(toks, k + 1).filter(|r| is_actor(toks, *r))
            && toks.get(object.1).is_some_and(|w| w.is("with"))
        {
            push(object);
            matched = true;
            continue;
        }
        // "X agreed to <verb>"; "the team agreed to prioritize …" is a
        // decision of the whole meeting, not someone's task.
        // "offered, on behalf of the YETF, to prepare": an aside may come
        // between the commitment and what is committed to.
        let to = if toks.get(k + 1).is_some_and(|c| c.text == ",") {
            (k + 2..toks.len().min(k + 10))
                .find(|&j| toks[j].text == ",")
                .map_or(k + 1, |j| j + 1)
        } else {
            k + 1
        };
        // "The plan to drop Go 1.22 is on track": a plan named, no one's.
        let named_plan = lower_in(t, &["plan", "plans"])
            && k > 0
            && lower_in(
                &toks[k - 1],
                &["the", "a", "our", "this", "that", "their", "its"],
            );
        if lower_in(t, &COMMITTING) && is_to_verb(toks, to) && !named_plan {
            let collective = |s: &(usize, usize)| {
                t.is("agreed")
                    && lower_in(
                        &toks[s.1 - 1],
                        &[
                            "team",
                            "group",
                            "committee",
                            "board",
                            "council",
                            "meeting",
                            "participants",
                            "everyone",
                            // Bodies that decide: "the TSC agreed to proceed".
                            "tsc",
                            // "We agreed to adopt the charter": the meeting.
                            "we",
                            "mag",
                            "wg",
                            "bureau",
                            "commission",
                            "assembly",
                        ],
                    )
            };
            // "The Bureau agreed to hold its next meeting on …": an event;
            // "X and Y agreed to meet" is still their own act.
            // "IX Asuncion offered to host the meeting": a venue, no task;
            // "offered to host a coordination call with …" sets one up.
            let hosting = toks[to + 1].is("host")
                && toks.get(to + 2).is_some_and(|d| !lower_in(d, &["a", "an"]))
                && toks[to + 2..toks.len().min(to + 6)]
                    .iter()
                    .any(|w| lower_in(w, &EVENTS) || lower_in(w, &["exercise", "event", "summit"]));
            if hosting || happening(toks, to + 1) && !toks[to + 1].is("meet") {
                continue;
            }
            // "Partners agreed to keep French and Spanish only": how things
            // stay, a decision.
            if t.is("agreed")
                && toks.get(to + 1).is_some_and(|v| {
                    lower_in(
                        v,
                        &["keep", "retain", "maintain", "adopt", "approve", "endorse", "use"],
                    )
                    // "Kyle agreed to keep a daily temperature log", "keep
                    // track of …": a task of keeping something up.
                    && !(lower_in(v, &["keep", "maintain"])
                        && toks
                            .get(to + 2)
                            .is_some_and(|n| lower_in(n, &["a", "an", "track"])))
                    // "MOC agreed to go with Hotel Seri Pacific": a choice.
                    || v.is("go") && toks.get(to + 2).is_some_and(|w| w.is("with"))
                })
            {
                continue;
            }
            // "The representative …, Ms. Nadia Haddad-Ruiz, informed the
            // meeting that … and agreed to share …": the sentence's subject.
            let elided = || {
                let aside = || {
                    (0..k)
                        .filter(|&j| toks[j].text == ",")
                        .find_map(|j| titled_aside(toks, j + 1))
                };
                (k > 0 && toks[k - 1].is("and"))
                    .then(|| aside().or_else(|| phrase_after(toks, 0)))
                    .flatten()
                    .filter(|r| {
                        r.1 < k && is_actor(toks, *r) && starts_clause(toks, r.0) && !collective(r)
                    })
            };
            // "The delegation of Senegal kindly offered to …".
            let mut before = k;
            while before > 0 && lower_in(&toks[before - 1], &ADVERBS) {
                before -= 1;
            }
            // "informed the MAG that 24 Dynamic Coalitions intend to
            // organize sessions": what others plan, reported.
            let reported_plan = |s: &(usize, usize)| {
                lower_in(t, &["intend", "intends", "plan", "plans"])
                    && toks[s.0.saturating_sub(3)..s.0]
                        .iter()
                        .any(|w| w.is("that"))
            };
            if let Some(subject) = subject_before(toks, before)
                .filter(|s| is_actor(toks, *s) && !collective(s) && !reported_plan(s))
                .or_else(elided)
            {
                push(subject);
                matched = true;
            }
            continue;
        }
        // "X will <verb>", "X can <verb>", "I'll <verb>"
        let contracted =
            t.text.len() > 3 && (ends_with_ci(t.text, "'ll") || t.text.ends_with("’ll"));
        // "Mateus said he'd update the map": "would", reported.
        let reported_would = ["he'd", "she'd", "he’d", "she’d"]
            .iter()
            .any(|w| t.text.eq_ignore_ascii_case(w))
            && k > 0
            && lower_in(
                &toks[k - 1],
                &[
                    "said",
                    "noted",
                    "confirmed",
                    "indicated",
                    "mentioned",
                    "added",
                    "that",
                ],
            );
        let (modal_at, subject_end) = if contracted || reported_would {
            (k, None)
        } else if t.is("going")
            // "which is not going to happen": nobody's plan.
            && k > 0
            && !lower_in(&toks[k - 1], &["not", "n't"])
            && is_to_verb(toks, k + 1)
        {
            // "Bao-Ngoc is going to ask": who is going.
            let be = lower_in(&toks[k - 1], &["is", "are", "am", "'m", "’m"]);
            (k + 1, Some(if be { k - 1 } else { k }))
        } else if lower_in(t, &MODALS)
            || (t.is("would")
                && (reported(toks, k) || passive_task(toks, k) || narrated(toks, k))
                // "but the operators would have to agree": a condition,
                // not a promise.
                && !(toks.get(k + 1).is_some_and(|n| lower_in(n, &["have", "need"]))
                    && toks.get(k + 2).is_some_and(|n| n.is("to"))))
        {
            (k, Some(k))
        } else if (lower_in(t, &["has", "have", "is", "are"])
            || (explicit && lower_in(t, &["needs", "need"])))
            && toks.get(k + 1).is_some_and(|n| n.is("to"))
            // "I'd have to check with my management first": would, cut short.
            && !(k > 0
                && (toks[k - 1].is("would")
                    || toks[k - 1].text.ends_with("'d")
                    || toks[k - 1].text.ends_with("’d")))
        {
            (k + 1, Some(k))
        } else {
            continue;
        };
        // "we will likely require it next year", "maybe we can use …": a
        // forecast or an idea, hedged.
        // "The TOC will eventually pick up the application": some day.
        let hedges = [
            "likely",
            "probably",
            "possibly",
            "perhaps",
            "maybe",
            "eventually",
            // "Rohan said he'd rather get a paragraph from …": a preference.
            "rather",
        ];
        // "Tobias may be travelling and will let us know": the clause the
        // modal goes on with is hedged too.
        let hedged_before = toks[..k].iter().any(|w| lower_in(w, &["may", "might"]))
            && toks[..k].last().is_some_and(|w| w.is("and"));
        // "the arm builders might have to wait", "should resources allow":
        // a maybe, or a condition set in the modal's place.
        let maybe = k > 0 && lower_in(&toks[k - 1], &["may", "might", "could"]);
        // "… in French and Spanish should resources allow": the condition
        // needs no comma; "should allow time" is a verb after the modal.
        let allows =
            |w: &Token<'_>| lower_in(w, &["allow", "allows", "permit", "permits", "arise"]);
        let inverted = t.is("should")
            && ((k == 0 || matches!(toks[k - 1].text, "," | "(" | ";"))
                && toks[k + 1..toks.len().min(k + 5)].iter().any(allows)
                || toks.get(k + 1).is_some_and(|w| w.is_word() && !allows(w))
                    && toks[(k + 2).min(toks.len())..toks.len().min(k + 4)]
                        .iter()
                        .any(allows));
        // "I'm travelling next week, can we make that the 12th", "Quick
        // one on the charter, can go in AOB": a question put after a
        // comma, or a modal with no one before it. "Rosa, can you check
        // …?" is left to the reading of questions put to someone.
        let after_comma = t.is("can")
            && k > 0
            && toks[k - 1].text == ","
            && toks
                .get(k + 1)
                .is_some_and(|w| lower_in(w, &["we", "i", "someone", "anyone", "go"]));
        if maybe || inverted || after_comma {
            continue;
        }
        if toks.get(modal_at + 1).is_some_and(|w| lower_in(w, &hedges))
            || toks[k.saturating_sub(3)..k]
                .iter()
                .any(|w| lower_in(w, &hedges))
            || hedged_before
        {
            continue;
        }
        let Some(verb) = verb_after(toks, modal_at + 1) else {
            continue;
        };
        // "Granola can make mistakes": a note taker's disclaimer.
        if toks[verb].is("make")
            && toks
                .get(verb + 1)
                .is_some_and(|n| lower_in(n, &["mistakes", "errors"]))
        {
            continue;
        }
        // "we'll wait for the vendor summary first": nothing to do yet.
        if toks[verb].is("wait") {
            continue;
        }
        // "we'll see", "we will see if …": no one is to do anything.
        if toks[verb].is("see")
            && toks
                .get(verb + 1)
                .is_none_or(|n| !n.is_word() || lower_in(n, &["if", "whether", "how", "what"]))
        {
            continue;
        }
        // "I'll know next month": a state, not a task.
        if toks[verb].is("know") {
            continue;
        }
        // "we will come back to it once the outline is stable": put off.
        // "that we would otherwise not have had": what did not happen.
        if toks[verb].is("come") && toks.get(verb + 1).is_some_and(|w| w.is("back"))
            || toks[modal_at + 1..verb].iter().any(|w| w.is("otherwise"))
            || toks.get(verb).is_some_and(|w| w.is("otherwise"))
        {
            continue;
        }
        // "the security team can help with CVEs", "I can join remotely",
        // "anyone can do it": an offer or a possibility, no task given.
        let after_verb = toks[verb + 1..].iter().filter(|w| w.is_word()).count();
        if t.is("can")
            && (toks[verb].is("help")
                || lower_in(&toks[verb], &["join", "attend"]) && after_verb <= 2
                || toks[verb].is("do")
                    && toks[..k]
                        .iter()
                        .any(|w| lower_in(w, &["anyone", "anybody"])))
        {
            continue;
        }
        // "we can revisit after CR", "once we have tests we can decide
        // whether to file": a possibility the group keeps open, no task.
        // "mostly, we can degrade to steps where it does not": what the
        // group could do, with no time to do it by ("we can share telemetry
        // next week" offers it).
        if t.is("can")
            && k > 0
            && toks[k - 1].is("we")
            && (lower_in(
                &toks[verb],
                &["revisit", "decide", "discuss", "see", "talk", "continue"],
            ) || toks
                .first()
                .is_some_and(|f| lower_in(f, &["once", "when", "after", "then"]))
                // "I will update the draft by Wednesday, then we can send
                // it": what the group may do after the task.
                || k >= 2 && lower_in(&toks[k - 2], &["once", "when", "after", "then"])
                || super::timing::find(sentence).is_none()
                    && super::due::find_dates(sentence).is_empty()
                    && !toks.iter().any(|w| super::due::is_weekday(w.text)))
        {
            continue;
        }
        // "I can write those but need some time", "the LF can help … if
        // we want one, but that is optional": an offer hedged.
        // "I can draft something if others agree": an offer on a condition.
        if t.is("can")
            && toks[verb..]
                .iter()
                .any(|w| lower_in(w, &["but", "optional", "optionally", "if", "promising"]))
        {
            continue;
        }
        // "Anyone can comment; SC members can edit": what one may do.
        let object = toks[verb + 1..]
            .iter()
            .take_while(|w| !matches!(w.text, ";" | "," | "." | "—" | "–"))
            .any(|w| w.is_word());
        if t.is("can") && !object {
            continue;
        }
        // "the ALTF will prepare an answer, but it depends on the test
        // results": a plan waiting on something else.
        // "it would depend on the availability of funds"; not "the issues
        // that depend on it".
        if toks[verb..]
            .iter()
            .any(|w| lower_in(w, &["depends", "depending"]))
            || toks[verb].is("depend")
        {
            continue;
        }
        // "the CNCF TOC will review sandbox applications at its 7 October
        // meeting", "the Maps for HTML CG will discuss it at their June
        // meeting": a body's own agenda, nobody's task.
        if lower_in(
            &toks[verb],
            &["discuss", "consider", "review", "examine", "take"],
        ) && toks[verb..]
            .windows(2)
            .any(|p| p[0].is("at") && lower_in(&p[1], &["its", "their"]))
        {
            continue;
        }
        // "the group agreed that the DSA would use the opt-out model", "it
        // was agreed that the RFC will go through the comment period": what
        // was decided, not a task given. "It was agreed that the MAG Chair
        // would write to the host country" gives one to a person or a role.
        let decided = toks[..k]
            .windows(2)
            .any(|p| lower_in(&p[0], &["agreed", "decided"]) && p[1].is("that"));
        if decided
            && !subject_before(toks, k).is_some_and(|(start, end)| {
                let phrase = text_of(sentence, toks, (start, end));
                toks[start..end]
                    .iter()
                    .any(|t| is_people_word(t) || lower_in(t, &TITLES))
                    || is_person(&phrase, false)
            })
        {
            continue;
        }
        // "not sure we can settle it before CR", "I don't think we will
        // get interop": doubt, no plan.
        if toks[..k].windows(2).any(|p| {
            lower_in(&p[0], &["not", "n't", "don't"]) && lower_in(&p[1], &["sure", "think"])
        }) {
            continue;
        }
        let is_be = toks[verb].is("be");
        // "If the examples are clear we can propose wording": a possibility.
        // "Ellie asked whether vendors must re-sign": a question reported.
        // "If it turns out to be on our side she'll open an issue": only
        // should something happen ("If needed, Ana will …" still asks Ana).
        let condition_words = toks
            .iter()
            .take_while(|w| w.text != ",")
            .filter(|w| w.is_word())
            .count();
        let conditional = toks.first().is_some_and(|f| f.is("if"))
            && (t.is("can") || condition_words > 3)
            || toks[..k].iter().rev().take(10).any(|w| w.is("whether"));
        // "informed the Bureau that IFAP would organize a workshop": an
        // event announced in reported speech, nobody asked to act.
        let announced_event = (t.is("would")
            && lower_in(&toks[verb], &["organize", "organise", "host"])
            // "CERT-RO will host the exercise in Bucharest": where an event
            // takes place, which no one is asked to do.
            || toks[verb].is("host")
                && toks.get(verb + 1).is_some_and(|d| !lower_in(d, &["a", "an"])))
            && toks[verb + 1..toks.len().min(verb + 5)]
                .iter()
                .any(|w| lower_in(w, &EVENTS) || lower_in(w, &["exercise", "event", "summit"]));
        // "Ms. Ama Darko will hold a preparatory call": a person holding
        // a call organises it; a body holding its meeting meets.
        let titled = toks[k.saturating_sub(5)..k]
            .iter()
            .any(|w| lower_in(w, &["ms", "mr", "mrs", "dr"]));
        // "the Timed Text WG should look at it too": an opinion added to
        // the discussion, nobody asked.
        // "emeritus maintainers should keep their voting rights": how
        // things should be, a policy, not a task.
        let opinion = t.is("should")
            && ([" too", " as well"]
                .iter()
                .any(|e| ends_with_ci(sentence.trim_end_matches(['.', ' ']), e))
                || lower_in(&toks[verb], &["keep", "remain", "stay", "retain", "have"])
                // "the WG should consider publishing a Level 2 FPWD": a
                // suggestion, nobody asked.
                || toks[verb].is("consider"));
        // "we will stay with the list", "the drafting groups would continue
        // their work", "We'll keep the current layout": things as they are.
        // "will continue to assist the co-facilitators" is a task still.
        // "the BPF would again focus on cyber norms": what its work is
        // about, no task.
        // "We will skip 1 October": a meeting not held. "yes, I'll attend
        // as well": being there, no task.
        let as_it_is = lower_in(
            &toks[verb],
            // "will receive 25 proposals", "would think about it": what
            // comes to someone, or may.
            // "I have to say it did a decent job": a remark.
            // "hosters said they would prefer a simpler format",
            // "otherwise implementers will guess": a wish, a worry.
            &[
                "stay", "remain", "focus", "concentrate", "skip", "receive", "think", "say", "admit",
                "prefer", "guess", "wonder",
            ],
        ) || lower_in(&toks[verb], &["attend", "join"])
            && toks[verb + 1..].iter().filter(|w| w.is_word()).count() <= 2
            || toks[verb].is("continue") && toks.get(verb + 2).is_some_and(|n| n.is("work"))
            // "US will have switched": done by then, nobody's task.
            || toks[verb].is("have")
                && toks
                    .get(verb + 1)
                    .is_some_and(|n| n.is_word() && n.text.ends_with("ed"))
            // "he'll keep an eye on it but there is nothing to do for now".
            // "handled by the IGF, nothing for us to do there".
            || contains_ci(sentence, "nothing to do")
            || contains_ci(sentence, "nothing more to do")
            || contains_ci(sentence, "nothing for us to do")
            // "he'll ask on the list if so, no action for now".
            || contains_ci(sentence, "no action for now")
            || contains_ci(sentence, "no action needed")
            || contains_ci(sentence, "no action required")
            // "The host will need the final room plan before they can book
            // the crew": what someone needs, no task ("will need to send"
            // is one).
            || toks[verb].is("need") && toks.get(verb + 1).is_some_and(|n| !n.is("to"))
            // "I'll check whether my employer can host a hub... actually,
            // scratch that, our office is closed": taken back as said.
            || contains_ci(sentence, "scratch that")
            // "broadcasters will want safe-area eventually", "reviewers will
            // ask about that", "they will push back on label length": what
            // others will make of it, no task.
            || toks[verb].is("want")
            || toks[verb].is("ask") && toks.get(verb + 1).is_some_and(|n| n.is("about"))
            || toks[verb].is("push") && toks.get(verb + 1).is_some_and(|n| n.is("back"))
            // "the loan period … will apply to all new loans": a rule in
            // force, no task.
            // ("Ngozi will apply to the LF programme" is one).
            || toks[verb].is("apply")
                && toks.get(verb + 1).is_some_and(|n| n.is("to"))
                && toks
                    .get(verb + 2)
                    .is_some_and(|n| lower_in(n, &["all", "every", "each", "any", "existing"]))
            // "@emeka will pair with Rafael on #1207": working together on
            // what is already someone's, no task of its own.
            || toks[verb].is("pair") && toks.get(verb + 1).is_some_and(|n| n.is("with"))
            // "let's park it; we'll revisit in March": the group puts it off
            // (in the held-out records "we'll revisit" was no item 12 times
            // of 12; "The TSC will revisit the LTS policy in July" is one).
            || toks[verb].is("revisit")
                && (k > 0 && toks[k - 1].is("we") || lower_in(t, &["we'll", "we’ll"]))
            || toks[verb].is("keep")
                && toks
                    .get(verb + 1)
                    .is_some_and(|n| lower_in(n, &["the", "our", "it", "them", "this"]))
                && !toks[verb + 1..toks.len().min(verb + 6)]
                    .iter()
                    .any(|n| lower_in(n, &["informed", "updated", "posted"]));
        if toks[verb].is("not")
            || is_be && t.is("can")
            || conditional
            || opinion
            || as_it_is
            || announced_event
            || happening(toks, verb) && !(titled && toks[verb].is("hold"))
        {
            continue;
        }
        if is_be {
            // "will be shared by the IGF Secretariat": the agent acts; in
            // reported speech ("would be organized by") it is a decision.
            let agent = (verb + 2..toks.len().min(verb + 5))
                .find(|&j| toks[j].is("by"))
                // "would be organized by working groups" reports a decision;
                // "would be circulated by the Secretariat" a task.
                .filter(|_| !t.is("would") || lower_in(&toks[verb + 1], &PASSIVE_TASKS))
                // "the annual meeting will be hosted by the Government of
                // Norway": where an event takes place, no task.
                .filter(|_| {
                    !toks
                        .get(verb + 1)
                        .is_some_and(|p| lower_in(p, &["hosted", "held", "convened"]))
                })
                .and_then(|by| {
                    phrase_after(toks, by + 1)
                        .filter(|r| is_actor(toks, *r) && !is_date_word(&toks[r.0]))
                });
            if let Some(agent) = agent {
                push(agent);
                matched = true;
            } else if lower_in(t, &["will", "shall"])
                && verb_after(toks, verb + 1).is_some_and(|p| {
                    // "The report will be published on 1 August": a forecast
                    // of what the public will see, nobody asked to act.
                    lower_in(&toks[p], &PASSIVE_TASKS)
                        && !lower_in(&toks[p], &["published", "posted"])
                })
            {
                passive = true;
            }
            continue;
        }
        let subject = match subject_end {
            None => Some((k, k + 1)),
            Some(end) => subject_before(toks, end)
                .filter(|s| is_actor(toks, *s) && !in_relative_clause(toks, s.0))
                .or_else(|| clause_subject(toks, end))
                .or_else(|| apposed_subject(toks, end)),
        };
        // "I have a PR, will land it this week": the subject said once.
        // "@ychen is bisecting it and will post findings": the same subject.
        let subject = subject.or_else(|| {
            let elided = k > 0 && matches!(toks[k - 1].text, "," | "and");
            if !elided {
                return None;
            }
            if toks.first().is_some_and(|t| lower_in(t, &["i", "we"])) {
                return Some((0, 1));
            }
            // "Yes, will do.": a reply agreeing to what was just said, whose
            // task is recorded there; "Yes" is nobody.
            if toks
                .first()
                .is_some_and(|t| lower_in(t, &["yes", "ok", "okay", "sure"]))
            {
                return None;
            }
            // "…in July; Sean will be there and will report back": the
            // subject of this clause, not of the sentence.
            let clause = (0..k)
                .rev()
                .find(|&j| toks[j].text == ";")
                .map_or(0, |j| j + 1);
            phrase_after(toks, clause).filter(|r| r.1 < k && is_actor(toks, *r))
        });
        // "…by April 24, so we can decide": "so … can" says what a request is
        // for, as "so that" does.
        let purpose = |s: &(usize, usize)| t.is("can") && s.0 > 0 && toks[s.0 - 1].is("so");
        let subject = subject.filter(|s| !(subordinate(toks, s.0) || purpose(s)));
        // "Delegates emphasized that developing countries will need …": a
        // view about people in general, not a commitment of anyone present.
        let subject = subject.filter(|s| {
            // "that developing countries": adjectives may come between.
            let reported = toks[s.0.saturating_sub(3)..s.0]
                .iter()
                .rev()
                .take_while(|t| t.is_word())
                .any(|t| t.is("that"));
            let bare_plural = !lower_in(&toks[s.0], &DETERMINERS)
                && toks[s.0..s.1].iter().all(|t| !t.is_capitalised())
                && toks[s.1 - 1].text.ends_with('s');
            !(reported && bare_plural)
        });
        // "Participants stressed that the IGF should …", "we should …":
        // an opinion or a suggestion, not a commitment.
        let subject = subject.filter(|s| {
            !(t.is("should") && ((s.0 > 0 && toks[s.0 - 1].is("that")) || toks[s.0].is("we")))
        });
        if let Some(subject) = subject.filter(|s| subject_end.is_none() || is_actor(toks, *s)) {
            push(subject);
            matched = true;
        }
    }
    // "Draft report to be circulated by the Secretariat": the agent acts;
    // "agreed that it would meet on a date to be set by the Chair" is what
    // the meeting decided, its details no one's task.
    if !matched
        && let Some(be) = (1..toks.len()).find(|&j| toks[j].is("be") && toks[j - 1].is("to"))
        && !toks[..be]
            .iter()
            .any(|t| lower_in(t, &["agreed", "decided"]))
        // "modalities to be agreed by the General Assembly": a body
        // deciding, no task; "to be circulated by the Secretariat" is one.
        && toks.get(be + 1).is_some_and(|p| lower_in(p, &PASSIVE_TASKS))
        && let Some(by) = (be + 2..toks.len().min(be + 5)).find(|&j| toks[j].is("by"))
        && let Some(agent) =
            phrase_after(toks, by + 1).filter(|r| is_actor(toks, *r) && !is_date_word(&toks[r.0]))
    {
        push(agent);
        matched = true;
    }
    // "the CG is not a research body, but Shreya, please check …", "Scribe
    // list for April is on the wiki, everyone please sign up": the request
    // may follow what was said first.
    let clause_starts = std::iter::once(0).chain(
        (2..toks.len().saturating_sub(3))
            .filter(|&j| matches!(toks[j - 1].text, "," | ";"))
            .take(6),
    );
    let request = clause_starts
        .filter_map(|at| addressed(sentence, &toks[at..], is_person).map(|(a, b)| (at + a, at + b)))
        .next();
    if !matched && let Some(subject) = request {
        push(subject);
        matched = true;
    }
    if !matched {
        // "Secretariat to circulate the notes", "ptrevino to finish the
        // script": in a next-steps list any leading name; elsewhere only
        // someone the record knows as a person. Each clause may open so
        // ("Next call on 26 May; Maya to send the agenda").
        let clauses = std::iter::once(0).chain(
            (1..toks.len())
                .filter(|&j| matches!(toks[j - 1].text, ";" | ":"))
                .take(4),
        );
        for start in clauses {
            if let Some(subject) = to_do_subject(sentence, &toks[start..], explicit, is_person) {
                push((start + subject.0, start + subject.1));
                matched = true;
                break;
            }
        }
    }
    // "@obrandt send the emails", "raulm lower the TTLs": an action
    // marked as such may open with its owner and the verb, without "to".
    if !matched
        && explicit
        && let Some(name) = (1..=3.min(toks.len())).rev().find(|&n| {
            toks[..n].iter().all(|t| t.is_word())
                && (toks[0].is_handle() && n == 1
                    || is_person(&text_of(sentence, toks, (0, n)), true))
        })
    {
        // "lpetit and ahmed_k update …": more people may share it.
        let mut name = name;
        while toks.get(name).is_some_and(|t| t.is("and") || t.text == ",")
            && toks.get(name + 1).is_some_and(|t| {
                t.is_handle() || is_person(&text_of(sentence, toks, (name + 1, name + 2)), true)
            })
        {
            name += 2;
        }
        if toks.get(name).is_some_and(|v| {
            v.is_word() && v.text.starts_with(char::is_lowercase) && !v.is_handle()
        }) {
            push((0, name));
            matched = true;
        }
    }
    if matched {
        Some(Found {
            parts,
            passive: false,
        })
    } else {
        passive.then_some(Found {
            parts: Vec::new(),
            passive: true,
        })
    }
}

/// Whether a word names people by what they are ("chairs", "editors").
pub fn names_people(t: &Token<'_>) -> bool {
    is_people_word(t) && !lower_in(t, &QUALIFIERS)
}

/// The subject of "X to <verb>" opening `toks`, when it may act.
fn to_do_subject(
    sentence: &str,
    toks: &[Token<'_>],
    explicit: bool,
    is_person: &dyn Fn(&str, bool) -> bool,
) -> Option<(usize, usize)> {
    // "Sébastien Marchetti (ICANN org, Global Domains) to confirm", "The
    // Rapporteur, Ms Lucía Fernández (Uruguay), to send": an aside may
    // make the name long.
    let to = (1..toks.len().min(20)).find(|&j| {
        toks[j].is("to") && is_to_verb(toks, j) && (j < 10 || matches!(toks[j - 1].text, ")" | ","))
    })?;
    // "Ana prefers to keep one document": what someone would like, not a
    // task given to them.
    // ("everyone who wants to present …, please add" is asked of them).
    if lower_in(
        &toks[to - 1],
        &[
            "prefers",
            "prefer",
            "wants",
            "hopes",
            "likes",
            "wishes",
            "prefered",
            "preferred",
        ],
    ) && !(to >= 2 && lower_in(&toks[to - 2], &["who", "that"]))
    {
        return None;
    }
    // "The Rapporteur, Ms Lucía Fernández Olmedo (Uruguay), to send": the
    // person the role is.
    let after_role = |start: usize| {
        start > 1
            && toks[start - 1].text == ","
            && start - 1 <= 4
            && toks[..start - 1].iter().all(|t| t.is_word())
    };
    let named =
        subject_before(toks, to).filter(|s| (s.0 == 0 || after_role(s.0)) && is_actor(toks, *s));
    // "Draft a short note to residents": an imperative, not "Ana to send".
    let imperative = toks.get(1).is_some_and(|t| lower_in(t, &DETERMINERS));
    // "Reach out to the CERTs", "Add up to two recommendations": a verb
    // that takes "to", not someone to do something.
    let verb_first = lower_in(
        &toks[0],
        &[
            "reach",
            "talk",
            "reply",
            "write",
            "speak",
            "respond",
            "go",
            "get",
            "come",
            "move",
            "add",
            "send",
            "forward",
            "switch",
            "return",
            "listen",
            "turn",
            "report",
            "present",
            "apply",
            "refer",
            "point",
            "link",
            "upload",
            "post",
            "submit",
            "reach-out",
        ],
    );
    // "chairs + team contact (Helene Marchand) to send": who, and in
    // brackets the people it is.
    let named_aside = toks[to - 1].text == ")"
        && toks[..to - 1]
            .iter()
            .rposition(|t| t.text == "(")
            .is_some_and(|open| {
                open <= 4
                    && toks[open + 1..to - 1]
                        .iter()
                        .all(|t| t.is_word() || t.text == ",")
            });
    let lead = if named_aside {
        toks[..to - 1]
            .iter()
            .rposition(|t| t.text == "(")
            .unwrap_or(to)
    } else {
        to
    };
    // "she did not commit to anything": a clause, not who is to act; "It
    // may be useful to track shifts": an idea, with no one to act.
    let clause = toks[..lead].iter().any(|t| {
        lower_in(
            t,
            &[
                "not", "never", "did", "does", "do", "was", "were", "is", "are", "has", "had",
                "have", "may", "might", "could", "would", "be",
            ],
        )
    });
    let plain_words = lead <= 4
        && !imperative
        && !verb_first
        && !clause
        && toks[..lead]
            .iter()
            .all(|t| t.is_word() || matches!(t.text, "&" | "/" | "+"));
    // "Team to reconvene next Tuesday": a meeting, not a task ("Chairs to
    // start WGLC" is one).
    if toks
        .get(to + 1)
        .is_some_and(|v| lower_in(v, &["reconvene", "regroup", "meet", "be"]))
    {
        return None;
    }
    // "Lise - add FDN presentation to next agenda": the dash ends the name;
    // what follows is the task.
    let span = &sentence[toks[0].start..toks[to].start];
    if let Some(dash) = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| span.rfind(d).map(|at| toks[0].start + at + d.len()))
        .max()
    {
        // "Teen programme — Elena Castro to confirm …": a list's topic,
        // the dash, then who is to act, named in full or as the record
        // knows them.
        let after = toks.iter().position(|t| t.start >= dash)?;
        let topic_words = toks[..after].iter().filter(|t| t.is_word()).count();
        return subject_before(toks, to).filter(|s| {
            explicit
                && s.0 == after
                && s.1 == to
                && topic_words <= 4
                && is_actor(toks, *s)
                && (is_person(&text_of(sentence, toks, *s), false)
                    || toks[s.0..s.1].iter().filter(|t| t.is_capitalised()).count() >= 2
                    // "Makerspace — All group members to test …".
                    || is_people_word(&toks[s.1 - 1]))
        });
    }
    if explicit {
        named.or(plain_words.then_some((0, to)))
    } else {
        // "Members who were unable to attend had been sent …": the "to"
        // must follow the name, not a word after it.
        named.filter(|s| {
            let text = text_of(sentence, toks, *s);
            // "everyone who wants to present …, please add": which of them.
            let wanting = lower_in(
                &toks[to - 1],
                &[
                    "want", "wants", "wish", "wishes", "like", "plan", "plans", "intend",
                ],
            );
            (s.1 == to || wanting)
                && (is_person(&text, false)
                    || toks[s.1 - 1].is_handle()
                    || is_people_word(&toks[s.1 - 1]))
        })
    }
}

/// "Jeanne, please also update the template": a request put to someone
/// the record names, who is to act.
fn addressed(
    sentence: &str,
    toks: &[Token<'_>],
    is_person: &dyn Fn(&str, bool) -> bool,
) -> Option<(usize, usize)> {
    // "… everyone please review": a scribe's continuation dots first.
    let dots = toks.iter().take_while(|t| !t.is_word()).count();
    // "And WG members, please add …": a word that links to what was said.
    let start = dots
        + usize::from(toks.get(dots).is_some_and(|t| {
            lower_in(
                t,
                &["and", "so", "also", "then", "ok", "okay", "but", "yes"],
            )
        }));
    let first = toks.get(start)?;
    // "pls", "plz": notes write "please" short.
    let please_word = |t: &Token<'_>| lower_in(t, &["please", "pls", "plz"]);
    // "please everyone read section 4": asked first, then who.
    if please_word(first)
        && let Some(who) = toks
            .get(start + 1)
            .filter(|t| names_people(t) && t.is_word())
        && !who.is_capitalised()
        && verb_after(toks, start + 2) == Some(start + 2)
    {
        return Some((start + 1, start + 2));
    }
    // "everyone please register by 10 October": people by what they are
    // need no comma.
    // "TF members please send me …", "all WG members please review …":
    // a few words ending in one that names people, then "please".
    let bare_at = (start + 1..toks.len().min(start + 4)).find(|&j| {
        please_word(&toks[j])
            && toks[start..j].iter().all(|t| t.is_word())
            // "People with comments please send them …": who, then which;
            // "jtorres please forward it": someone the record names.
            && (names_people(&toks[j - 1])
                || names_people(&toks[start])
                || j <= start + 3 && is_person(&text_of(sentence, toks, (start, j)), false))
            && (j == start + 1 || toks[start].is_capitalised() || toks[start].is("all"))
    });
    let bare = toks.len() > start + 2 && bare_at.is_some();
    // "implementers who want a slot, please …": the people, then which.
    let reach = start + if names_people(first) { 10 } else { 4 };
    let comma = match bare_at.filter(|_| bare) {
        Some(at) => at,
        None => (start + 1..toks.len().min(reach))
            .find(|&j| toks[j].text == "," || toks[j].text == ":")?,
    };
    let please_at = if bare { comma } else { comma + 1 };
    let please = toks.get(please_at).filter(|t| please_word(t))?;
    // "implementers who want a slot, please …": the people, not which.
    let comma = (start + 1..comma)
        .find(|&k| lower_in(&toks[k], &["who", "that", "which", "wishing", "willing"]))
        .unwrap_or(comma);
    let verb = verb_after(toks, please_at + 1)?;
    // "WG members, please …": people named by the word that ends the phrase;
    // "STF, please bring a proposal": a body by its acronym.
    let people = names_people(first)
        || comma > start + 1 && names_people(&toks[comma - 1])
        || comma == start + 1 && super::glossary::is_acronym(first.text);
    (please.is_word()
        && toks[start..comma].iter().all(|t| t.is_word())
        && (is_person(&text_of(sentence, toks, (start, comma)), false) || people)
        && !lower_in(&toks[verb], &["let", "note"])
        // "Ben, please correct me if I missed something": the notes
        // offered for correction, no task.
        && !(toks[verb].is("correct") && toks.get(verb + 1).is_some_and(|t| t.is("me"))))
    .then_some((start, comma))
}

/// "MAG members who have not yet confirmed their role as facilitators
/// were asked": a phrase inside a relative clause is not the subject.
fn in_relative_clause(toks: &[Token<'_>], at: usize) -> bool {
    toks[..at]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.text, "," | ";" | ":" | "(" | "."))
        .any(|t| lower_in(t, &["who", "whose", "whom"]))
}

/// Words without which no sentence makes an item outside a marked
/// context: a quick look that spares most sentences the full reading.
pub fn might_commit(sentence: &str) -> bool {
    const STRONG: [&str; 6] = ["will", "shall", "can", "must", "should", "would"];
    static TRIGGERS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let triggers = TRIGGERS.get_or_init(|| {
        STRONG
            .iter()
            .chain(&ASKING)
            .chain(&COMMITTING)
            .chain(&[
                "going",
                "need",
                "needs",
                "please",
                "pls",
                "entrusted",
                "entrust",
            ])
            .copied()
            .collect()
    });
    let mut early_to = false;
    let mut buf = [0u8; 12];
    for (n, word) in sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        let bytes = word.as_bytes();
        if (3..=12).contains(&bytes.len()) && word.is_ascii() {
            for (slot, b) in buf.iter_mut().zip(bytes) {
                *slot = b.to_ascii_lowercase();
            }
            if std::str::from_utf8(&buf[..bytes.len()]).is_ok_and(|w| triggers.contains(w)) {
                return true;
            }
        }
        if ends_with_ci(word, "'ll")
            || word.ends_with("’ll")
            || ["he'd", "she'd", "he’d", "she’d"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        {
            return true;
        }
        early_to |= n < 10 && word.eq_ignore_ascii_case("to");
    }
    early_to
        || ["is to ", "are to ", "has to ", "have to "]
            .iter()
            .any(|p| sentence.contains(p))
}

/// "The Secretariat, together with the host country, will …": the subject
/// before an aside set off by commas.
fn apposed_subject(toks: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    if end == 0 || toks[end - 1].text != "," {
        return None;
    }
    let open = (end.saturating_sub(14)..end - 1)
        .rev()
        .find(|&j| toks[j].text == ",")?;
    subject_before(toks, open).filter(|s| is_actor(toks, *s) && starts_clause(toks, s.0))
}

/// The actor a sentence opens with ("The Secretariat informed …"), for a
/// passive task in the next sentence.
pub fn opening_actor(sentence: &str) -> Option<String> {
    let toks = tokens(sentence);
    let (s, e) = phrase_after(&toks, 0).filter(|r| is_actor(&toks, *r))?;
    Some(text_of(sentence, &toks, (s, e)))
}

/// "details would be circulated by the Secretariat": reported speech
/// of a task with its agent.
fn passive_task(toks: &[Token<'_>], modal: usize) -> bool {
    toks.get(modal + 1).is_some_and(|t| t.is("be"))
        && toks
            .get(modal + 2)
            .is_some_and(|t| lower_in(t, &PASSIVE_TASKS))
        && toks.iter().skip(modal + 3).take(3).any(|t| t.is("by"))
}

/// "The DCCG co-facilitators would follow up with the remaining
/// coalitions": a summary in the past tense, going on with what a body or
/// its officers said they would do.
fn narrated(toks: &[Token<'_>], modal: usize) -> bool {
    const TASKS: [&str; 41] = [
        "follow",
        // "The host would confirm the final venue booking …".
        "confirm",
        "check",
        "convey",
        "set",
        "launch",
        "reach",
        "ask",
        "review",
        "add",
        "share",
        "circulate",
        "prepare",
        "send",
        "contact",
        "consult",
        "submit",
        "draft",
        "publish",
        "report",
        "liaise",
        // "TF1 would revise the definitions …", "Mr. Wierzbicki would
        // consolidate the comments …": a summary report's reported "will".
        "revise",
        "write",
        "present",
        "consolidate",
        "request",
        "convene",
        "update",
        "compile",
        "organize",
        "organise",
        "distribute",
        "inform",
        "arrange",
        "coordinate",
        "finalize",
        "finalise",
        "collect",
        "make",
        "explore",
        "invite",
    ];
    toks.get(modal + 1).is_some_and(|v| lower_in(v, &TASKS))
        && subject_before(toks, modal).is_some_and(|(start, end)| {
            let titled = lower_in(&toks[start], &TITLES) && end > start + 1;
            // "The programme lead, Dr. Akanesi Mateo (USP), would prepare":
            // the name after the role it holds.
            let named_role = (3..=6).contains(&start)
                && toks[start - 1].text == ","
                && is_people_word(&toks[start - 2]);
            (start <= 1 || named_role)
                && toks[start..end].iter().any(|t| t.is_capitalised())
                && (is_people_word(&toks[end - 1])
                    || super::glossary::is_acronym(toks[end - 1].text)
                    || titled)
        })
}

/// "noted that X would": reported speech keeps a commitment in "would".
fn reported(toks: &[Token<'_>], modal: usize) -> bool {
    const SAYING: [&str; 12] = [
        "that",
        "said",
        "noted",
        "confirmed",
        "indicated",
        "stated",
        "announced",
        "explained",
        "added",
        "replied",
        "mentioned",
        "assured",
    ];
    subject_before(toks, modal)
        .is_some_and(|(start, _)| start > 0 && lower_in(&toks[start - 1], &SAYING))
}

/// "to" followed by a lower-case verb ("respond to the comments" has none).
fn is_to_verb(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is("to"))
        && toks.get(k + 1).is_some_and(|v| {
            v.is_word()
                && v.text.starts_with(char::is_lowercase)
                && !is_stopword(v.text)
                // "carried over to next meeting": where, not what to do.
                && !["next", "last", "later", "date", "end", "tomorrow", "today"].contains(&v.text)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::words::tokens;

    fn owners(sentence: &str) -> Option<Vec<String>> {
        find(sentence, &tokens(sentence), false, &|_, _| false)
            .filter(|f| !f.passive)
            .map(|f| f.parts.into_iter().flat_map(|(_, o)| o).collect())
    }

    fn one(sentence: &str) -> String {
        let found = owners(sentence).unwrap_or_else(|| panic!("no item in {sentence:?}"));
        assert_eq!(found.len(), 1, "{sentence:?} gave {found:?}");
        found[0].clone()
    }

    #[test]
    fn pairing_up_and_nothing_to_do_are_no_tasks() {
        for said in [
            "The plan to drop Go 1.22 support is on track for 2.5.",
            "It was recalled that the MAG would hold its second open consultations in Geneva.",
            "Rohan said he'd rather get a short paragraph from someone who has seen it happen.",
            "Let's not yet — we'll wait for the vendor summary first.",
            "The TOC will eventually pick up the application; no timeline from their side.",
            "@emeka-ol will pair with Rafael on #1207 this week.",
            "remote participation will be handled by the IGF, nothing for us to do there",
            "After a short discussion, the 12-week loan period was adopted and will apply to all new loans from July 1.",
        ] {
            assert_eq!(owners(said), None, "{said}");
        }
        assert_eq!(
            one("Ngozi will apply to the LF cloud credits programme on our behalf."),
            "Ngozi"
        );
    }

    #[test]
    fn a_request_after_a_scribes_continuation_dots() {
        assert_eq!(
            one("... everyone please review the slides when they land"),
            "everyone"
        );
    }

    #[test]
    fn if_you_are_interested_please() {
        assert_eq!(
            one("If you are interested in speaking, please reply to Fatima off-list by 20 March."),
            "Anyone interested"
        );
        assert_eq!(
            one("If you need a visa letter, please send your passport details to Hannelore."),
            "Anyone"
        );
        assert_eq!(owners("If you are interested, it will be in Geneva."), None);
    }

    #[test]
    fn what_we_can_do_later_is_no_task() {
        for said in [
            "informative for now, we can revisit after CR",
            "let's park it; we'll revisit in March.",
            "I'll check whether my employer can host a remote hub... actually, scratch that, our office is closed that week.",
            "no owner for now, we will revisit next month.",
            "once we have tests we can decide whether to file against CSS.",
            "once the threat model is updated we can file the TAG review",
            "mostly, we can degrade to steps where it does not.",
            "broadcasters will want safe-area eventually, but not for this level",
            "reviewers will ask about that",
            "broadcasters will push back on label length in live",
            "Camila asked whether the deprecation of the legacy_render() API should land in 4.2 or wait for 5.0.",
            "OK, no decision yet, we'll see what Mireille comes back with.",
            "I'd have to check with my management first.",
            "The Chair recalled that the Working Group is mandated to submit its report to the Commission.",
            "No decision was taken, and the co-lead indicated that it would depend on the availability of funds.",
            "the MAG will only decide on main sessions in April, so there is nothing more to do for now.",
            "I'm travelling next week, can we make that the 12th",
            "Quick one on the charter extension, can go in AOB.",
            "for the FXL viewport example, the fix is obvious, can go straight to a PR",
            "He may need one more reviewer -- he'll ask on the list if needed, no action for now.",
            "The host will need the final room plan with session lengths before they can book the AV crew.",
            "Navigators will need access to the curriculum files.",
            "The original paragraph read: \"The Secretariat will organize a joint webinar in March.\"",
            "[corrected: the scribe had recorded \"the WG will publish the deprecation note on 1 February\"]",
        ] {
            assert_eq!(owners(said), None, "{said}");
        }
        assert_eq!(
            one("The TSC will revisit the LTS policy at the first meeting in July."),
            "The TSC"
        );
        assert_eq!(
            one("Jan will need to send the figures to the Secretariat by Friday."),
            "Jan"
        );
        // The task, then what the group may do once it is done.
        assert_eq!(
            one(
                "I will update the charter draft by next Wednesday, then we can send it to the AC review queue"
            ),
            "I"
        );
        assert_eq!(
            one("We can share telemetry on chunk sizes next week."),
            "We"
        );
    }

    #[test]
    fn subjects_of_commitments() {
        assert_eq!(
            one("The chairs will start drafting the renewal in the summer."),
            "The chairs"
        );
        assert_eq!(
            one(
                "The programme lead, Dr. Akanesi Mateo (USP), would prepare a draft of the call text."
            ),
            "Dr. Akanesi Mateo"
        );
        assert_eq!(
            one(
                "The IGF Secretariat will inform MAG members about the upcoming meeting via email."
            ),
            "The IGF Secretariat"
        );
        assert_eq!(
            one(
                "During the development phase of the draft outcome document the IMSB will continue to assist co-facilitators."
            ),
            "the IMSB"
        );
        assert_eq!(
            one("By next week, the IGF Secretariat will analyze input received."),
            "the IGF Secretariat"
        );
        assert_eq!(
            one(
                "The co-facilitator of the MAG Working Group (WG) on Workshop Processes will share a draft document and will invite MAG members to provide feedback."
            ),
            "The co-facilitator of the MAG Working Group (WG) on Workshop Processes"
        );
        assert_eq!(
            one("Interested participants can register for the regional track."),
            "Interested participants"
        );
        assert_eq!(one("The MAG will review the proposal."), "The MAG");
        // A summary goes on with what a body said it would do.
        assert_eq!(
            one("The DCCG co-facilitators would follow up with the remaining coalitions."),
            "The DCCG co-facilitators"
        );
        assert_eq!(
            one(
                "The Secretariat indicated that it would share the updated guidance in the coming weeks."
            ),
            "it"
        );
        // Holding a session for others sets it up: a task.
        assert_eq!(
            one(
                "The WG-WSP co-facilitators will hold a briefing session for evaluators on 31 March."
            ),
            "The WG-WSP co-facilitators"
        );
        assert_eq!(
            one("The BPF lead expert will launch the call for contributions."),
            "The BPF lead expert"
        );
        assert_eq!(
            one("She asked everyone to log flaky tests by Monday so that she can sort them."),
            "everyone"
        );
        assert_eq!(one("I volunteer to set up the wiki page."), "I");
        assert_eq!(
            one("Ms. Cho, Vice-Chair, agreed to review the criteria."),
            "Ms. Cho"
        );
        assert_eq!(
            one("Volunteers for the three languages (Japanese, German) are welcome to sign up."),
            "Volunteers"
        );
        assert_eq!(one("Everyone please register by 10 October."), "Everyone");
        assert_eq!(
            one("Scribe list for April is on the wiki, everyone please sign up."),
            "everyone"
        );
        assert_eq!(
            one("People with comments please send them to Anne-Sophie by Friday."),
            "People with comments"
        );
        assert_eq!(
            one("please everyone read section 4 and send comments by March 20"),
            "everyone"
        );
        assert_eq!(
            one("Everyone please leave comments on #802 by April 24, so we can decide after."),
            "Everyone"
        );
        assert_eq!(owners("The CfP should open in January."), None);
        assert_eq!(
            one(
                "Mr. Jorge Villalobos, MAG member from the technical community, offered to circulate a note."
            ),
            "Mr. Jorge Villalobos"
        );
        assert_eq!(
            one("It was agreed that the MAG Chair would write to the host country."),
            "the MAG Chair"
        );
        assert_eq!(
            one("The Chair asked Mr. Tomasz Wierzbicki to prepare a short note."),
            "Mr. Tomasz Wierzbicki"
        );
        assert_eq!(
            one("Aylin asked the regional coordinators to send her photos by Friday."),
            "the regional coordinators"
        );
    }

    #[test]
    fn invitations_and_passives() {
        assert_eq!(
            one("MAG members are encouraged to explore the website."),
            "MAG members"
        );
        assert_eq!(
            one(
                "The next PNAI call is scheduled on 23 October at 13:00 UTC and MAG members are welcome to register here."
            ),
            "MAG members"
        );
        assert_eq!(
            one(
                "The co-facilitator encouraged volunteers to translate documents into other languages."
            ),
            "volunteers"
        );
        assert_eq!(
            one("The results will be shared by the IGF Secretariat as of next week."),
            "the IGF Secretariat"
        );
        assert_eq!(
            one("The IGF Secretariat and the MAG Chair agreed to meet."),
            "The IGF Secretariat and the MAG Chair"
        );
    }

    #[test]
    fn requests_reported_in_the_past() {
        assert_eq!(
            one("MAG members were requested to complete their evaluations by 3 May."),
            "MAG members"
        );
        assert_eq!(
            one("Evaluators with a conflict of interest were reminded to flag it."),
            "Evaluators"
        );
        assert_eq!(
            one("Members interested in joining the drafting team were invited to write."),
            "Members"
        );
        assert_eq!(
            owners(
                "The survey could be made available in French and Spanish should resources allow."
            ),
            None
        );
        assert_eq!(
            one("Kyle agreed to keep a daily temperature log for the freezer."),
            "Kyle"
        );
        assert_eq!(
            owners("Partners agreed to keep French and Spanish only."),
            None
        );
        assert_eq!(
            owners("Aiyana said it could be, but the operators would have to agree."),
            None
        );
        assert_eq!(
            owners(
                "We discussed moving the opening so that people flying in from the Caribbean can make it."
            ),
            None
        );
        assert_eq!(
            one("Members fluent in Portuguese or Kiswahili were encouraged to volunteer."),
            "Members"
        );
        assert_eq!(
            one("Delegations that wish to speak on the item are asked to register."),
            "Delegations"
        );
        assert_eq!(
            one(
                "DC coordinators who have not yet submitted their papers were invited to send them."
            ),
            "DC coordinators"
        );
        assert_eq!(
            one("It was noted that the host country would share information in due course."),
            "the host country"
        );
        assert_eq!(
            one("Draft report to be circulated by the Secretariat by 5 May."),
            "the Secretariat"
        );
        assert_eq!(
            one("MAG members interested in joining are encouraged to contact the co-facilitators."),
            "MAG members"
        );
        assert_eq!(
            one("The Secretariat, together with the host country, will prepare the venue."),
            "The Secretariat"
        );
        assert_eq!(
            one("The Rapporteur was entrusted with the preparation of the report."),
            "The Rapporteur"
        );
        assert_eq!(
            one("It was agreed that Ms. Takeda and Mr. Jonas Berg would draft the outline."),
            "Ms. Takeda and Mr. Jonas Berg"
        );
        assert_eq!(one("Tariq and I will draft the statement."), "Tariq and I");
        let listed = "JD/KL to draft the note.";
        let found = find(listed, &tokens(listed), true, &|_, _| false);
        assert_eq!(
            found.map(|f| f.parts[0].1.clone()),
            Some(vec!["JD/KL".to_string()])
        );
    }

    #[test]
    fn passive_tasks_without_their_agent() {
        let found = find(
            "A revised draft will be circulated to members next week.",
            &tokens("A revised draft will be circulated to members next week."),
            false,
            &|_, _| false,
        );
        assert!(found.is_some_and(|f| f.passive && f.parts.is_empty()));
        let event = "The call for issues will be launched on 15 March.";
        assert_eq!(find(event, &tokens(event), false, &|_, _| false), None);
    }

    #[test]
    fn not_actions() {
        for sentence in [
            "The upcoming meeting of the IMSB will take place on 27 October in hybrid format.",
            "The MAG could consider a complete redesign of the programme.",
            "The draft version of the PNMA report can be consulted here.",
            "The IGF Secretariat is onboarding Herman Johansen to act as the new focal point.",
            "The PNIF held its webinar on 16 October and published the draft report.",
            "Communication with IGF newcomers should be improved as well and the MAG could consider organizing trainings.",
            "The MAG Chair suggested holding a separate call dedicated solely to concrete programme improvements.",
            "The upcoming WG-Strategy meeting has been postponed to 30 October at 07:00 UTC.",
            "The final youth track's workshop will take place alongside the LACIGF.",
            "Proposers would be asked to collaborate on broader topics.",
            "The report will be published eventually.",
            "Nobody volunteered to take notes at the next call.",
            "The report is to be published by 30 June.",
            "Speakers stressed that the IGF should engage more with youth.",
            "Governments need to do more to close the digital divide.",
            "We need test cases before we can evaluate it.",
            "The co-chairs could circulate an outline if there is interest.",
            "The Bureau agreed to hold its third meeting on 18 March 2025.",
            "Anyone can comment; SC members can edit.",
            "The loader rewrite changes the format, so users will need a migration guide.",
            "The ALTF will prepare an answer, but it depends on the test results.",
            "Issue 312 is contentious; not sure we can settle it before CR.",
            "I don't think we will get interop on heuristics.",
            "An annex could be added, although no member offered to take this forward.",
            "After some discussion, the group agreed that the DSA would use the opt-out model.",
            "It was agreed that the RFC will go through the normal comment period.",
            "Implementations will diverge.",
            "The CNCF TOC will review sandbox applications at its 7 October meeting.",
            // Hedged, conditional, as things are, or done already.
            "the arm builders might have to wait until the donated hardware arrives",
            "The BPF could consider a webinar later in the year, should resources allow.",
            "I can draft something if others agree.",
            "Amina reminded everyone that the budget templates are needed to prepare the request.",
            "Members who were unable to attend had been sent the links.",
            "the Chair noted that the existing drafting groups would continue their work.",
            "The BPF co-facilitators reported that the BPF would again focus on the implementation of cyber norms.",
            "We'll keep the current layout for 3.4.",
            "+1 to world-locked default, as long as authors can opt in to head-locked",
            "Vikram Joshi presented the State e-Health Mission's plan to onboard 12 district hospitals.",
            "Scribe to be picked from the rota.",
            "Otherwise reviewers will ask.",
            "so people who missed the call can weigh in.",
            "Each MAG member will receive approximately 25 proposals to evaluate.",
            "reminder the 5 Nov call is 10:00 Eastern (US will have switched)",
            "Heather said she would think about it.",
            "I have to say it did a surprisingly decent job.",
            "he'll keep an eye on it but there is nothing to do for now.",
            "The July issue is scheduled for 8 July and will feature the summit programme.",
            "MOC agreed to go with Hotel Seri Pacific as venue (cheaper, better access for wheelchair).",
            "suggestion from PING is to cap at 10 Hz and quantize to 50 lux steps",
            "and the WG should consider publishing a Level 2 FPWD later in the year, no rush",
            "yes, I'll attend as well",
            "We will skip 1 October.",
            "The BPF will hold an open consultation on 24 March 2026 at 14:00 UTC.",
            "The DC Coordination Group informed the MAG that 24 Dynamic Coalitions intend to organize sessions.",
            "Josh offered to share the materials, which he did during the meeting.",
            "CERT-RO will host the exercise in Bucharest.",
            "The board had asked staff to propose a date.",
            "Reach out to regional CERT associations to share the survey.",
            "will do",
        ] {
            assert_eq!(owners(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn commitments_written_short_or_reported() {
        assert_eq!(
            one("Mateus said he'd update the map on the website."),
            "he'd"
        );
        assert_eq!(
            one("Bao-Ngoc is going to ask the feedstock maintainers."),
            "Bao-Ngoc"
        );
        assert_eq!(one("will follow up with her offline."), "I");
        assert_eq!(
            one("Eleni + Tomás will do the first screening."),
            "Eleni + Tomás"
        );
        assert_eq!(one("STF, please bring a proposal to the next call."), "STF");
        assert_eq!(
            owners("Members, please correct me if I missed something."),
            None
        );
        assert_eq!(
            one("Everybody pls vote in the poll until Friday."),
            "Everybody"
        );
        assert_eq!(
            one("Mr. Kwame Osei-Bonsu offered, on behalf of the YETF, to prepare a note."),
            "Mr. Kwame Osei-Bonsu"
        );
        // An entry of a next-steps list: the name may carry an aside.
        let entry = "Sébastien Marchetti (ICANN org, Global Domains) to confirm the dates.";
        let found = find(entry, &tokens(entry), true, &|_, _| false);
        assert_eq!(
            found.map(|f| f.parts[0].1.clone()),
            Some(vec![
                "Sébastien Marchetti (ICANN org, Global Domains)".to_string()
            ])
        );
        // A clause before "to" names no one: "she did not commit to anything".
        let note = "she did not commit to anything.";
        assert!(find(note, &tokens(note), true, &|_, _| false).is_none());
        assert_eq!(
            one("He offered to host a coordination call with the NRIs."),
            "He"
        );
        assert_eq!(
            one(
                "Workshop evaluators were reminded that all evaluations are to be entered by 5 September."
            ),
            "Workshop evaluators"
        );
        // "FYI" opens a remark; the clause's own subject acts.
        assert_eq!(
            one("FYI, the notes are late; Sean will be there and will report back."),
            "Sean"
        );
    }
}
