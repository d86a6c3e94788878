//! Owner names as people read them: "the Secretariat" and "IGF Secretariat"
//! are one owner; "the co-facilitator of the WG-WSP" is "WG-WSP co-facilitator".

use std::cell::RefCell;
use std::collections::HashMap;

use super::glossary::{find_name, is_acronym};
use super::lexicon::{PEOPLE, TITLES, is_people_word};
use super::owner_hints::full_name;
use super::roster::{Roster, fold, fuller_name, without_title};
use super::sections::GroupName;
use super::sections::upper_first;
use super::words::tokens;

/// Roles that are named after the body they serve.
const ROLES: [&str; 22] = [
    "co-facilitator",
    "co-facilitators",
    "facilitator",
    "facilitators",
    "chair",
    "chairs",
    "co-chair",
    "co-chairs",
    "vice-chair",
    "coordinator",
    "coordinators",
    "lead",
    "leads",
    "secretariat",
    "secretary",
    "members",
    "rapporteur",
    "convener",
    "conveners",
    "team",
    "host",
    "hosts",
];

const LEADING: [&str; 13] = [
    "the", "a", "an", "all", "our", "their", "its", "each", "every",
    // "… were reminded, and evaluators who …", "Then Anneke and I will":
    // the joint, no name.
    "and", "then", // "please everyone send her the names": asked, not named so.
    "please", "pls",
];

/// Common nouns that may open an owner phrase in lower case; such an
/// owner is shown capitalised ("volunteers" → "Volunteers"), while a nick
/// ("ptrevino") stays as written.
const COMMON: [&str; 24] = [
    "volunteers",
    "members",
    "participants",
    "everyone",
    "everybody",
    "interested",
    "all",
    "relevant",
    "respective",
    "new",
    "other",
    "team",
    "staff",
    "editors",
    "chairs",
    "co-chairs",
    "organizers",
    "organisers",
    "facilitators",
    "co-facilitators",
    "delegates",
    "stakeholders",
    "maintainers",
    "contributors",
];

/// Words that set some of a group apart without naming it ("Interested
/// MAG members").
const QUALIFIED: [&str; 10] = [
    "interested",
    "relevant",
    "respective",
    "other",
    "remaining",
    "concerned",
    "all",
    "some",
    "several",
    "new",
];

/// What the record says that helps name owners.
pub struct Context<'a> {
    pub groups: &'a [GroupName],
    /// How often each capitalised phrase occurs in the record ("IGF Secretariat" → 12).
    pub phrases: HashMap<String, usize>,
    pub roster: &'a Roster,
    /// Phrases of two or three words by their first word ("Daniel" → "Daniel Okafor").
    by_first: HashMap<String, Vec<String>>,
    /// Phrases of several words by their last word ("Secretariat" → "IGF Secretariat").
    by_last: HashMap<String, Vec<String>>,
    /// Owners already read: records repeat the same owner phrases.
    cache: RefCell<HashMap<String, Vec<String>>>,
    /// "correspondence group" → "Correspondence Group on Gender-Disaggregated
    /// Data": bodies the record names in full once, then by their head.
    long_bodies: HashMap<String, Option<String>>,
    /// "PacIGF" from "Pacific Internet Governance Forum (PacIGF) 2026": the
    /// bodies whose record this is, named by their acronyms at the top,
    /// the wider first ("(IGF) Dynamic Coalition on … (IS3C)").
    home: Vec<String>,
    /// "CSTD secretariat", as the record writes the home body's
    /// secretariat, when it does.
    home_secretariat: Option<String>,
}

impl<'a> Context<'a> {
    pub fn new(groups: &'a [GroupName], texts: &[&str], roster: &'a Roster) -> Self {
        let mut phrases = HashMap::new();
        for text in texts {
            count_phrases(text, &mut phrases);
        }
        let mut by_first: HashMap<String, Vec<String>> = HashMap::new();
        let mut by_last: HashMap<String, Vec<String>> = HashMap::new();
        for phrase in phrases.keys() {
            let words: Vec<&str> = phrase.split(' ').collect();
            if words.len() < 2 {
                continue;
            }
            if words.len() <= 3 {
                by_first
                    .entry(words[0].to_string())
                    .or_default()
                    .push(phrase.clone());
            }
            // "MAG members" is the long form of "Members" too; "Interested
            // MAG members" is not a name.
            let qualified = QUALIFIED.iter().any(|q| q.eq_ignore_ascii_case(words[0]));
            if let Some(last) = words.last().filter(|_| !qualified) {
                by_last
                    .entry(last.to_lowercase())
                    .or_default()
                    .push(phrase.clone());
            }
        }
        // Candidates in a fixed order, so that readings never depend on hashing.
        for list in by_first.values_mut().chain(by_last.values_mut()) {
            list.sort();
        }
        let mut long_bodies: HashMap<String, Option<String>> = HashMap::new();
        // Only a paragraph holding a head and "on"/"of"/"for" can name one.
        let names_a_body = |t: &&&str| {
            [" on ", " of ", " for "].iter().any(|w| t.contains(w))
                && BODY_HEADS.iter().any(|h| t.contains(h))
        };
        for text in texts.iter().filter(names_a_body) {
            for (head, full) in bodies_on(text) {
                long_bodies
                    .entry(head.to_lowercase())
                    .and_modify(|known| {
                        if known.as_deref() != Some(full.as_str()) {
                            *known = None;
                        }
                    })
                    .or_insert(Some(full));
            }
        }
        Context {
            groups,
            phrases,
            roster,
            by_first,
            by_last,
            cache: RefCell::new(HashMap::new()),
            long_bodies,
            home: Vec::new(),
            home_secretariat: None,
        }
    }

    /// The acronyms the record's opening lines give its bodies in brackets
    /// ("West African Internet Governance Forum (WAIGF) 2026"), and how
    /// `texts` write the secretariat of the last that has one.
    pub fn with_home(mut self, opening: &[&str], texts: &[&str]) -> Self {
        for text in opening {
            for (at, _) in text.match_indices('(') {
                let Some((inner, _)) = text[at + 1..].split_once(')') else {
                    continue;
                };
                let acronym = (2..=10).contains(&inner.len())
                    && !inner.contains(' ')
                    && inner.chars().filter(char::is_ascii_uppercase).count() >= 2;
                if acronym {
                    self.home.push(inner.to_string());
                }
            }
        }
        // The acronym as written, then " secretariat" in any case.
        const WORD: &str = " secretariat";
        self.home_secretariat = self.home.iter().rev().find_map(|home| {
            texts.iter().find_map(|text| {
                text.match_indices(home.as_str()).find_map(|(at, _)| {
                    let end = at + home.len() + WORD.len();
                    text.get(at + home.len()..end)
                        .filter(|w| w.eq_ignore_ascii_case(WORD))
                        .map(|_| text[at..end].to_string())
                })
            })
        });
        self
    }

    /// The full name of someone the record names ("Marc" → "Marc Dubois").
    pub fn person(&self, phrase: &str) -> Option<String> {
        let cleaned = strip_leading(phrase.trim());
        if let Some(name) = self.roster.find(cleaned) {
            // "**Ingrid Sørensen**" where the list has her address only
            // ("ingrid.sorensen@…"): the name as the record writes it.
            if fold(cleaned) == fold(name) && fuller_name(cleaned, name) {
                return Some(cleaned.to_string());
            }
            return Some(self.fuller_listed(name));
        }
        let full = self.given_name_of(cleaned)?;
        Some(full)
    }

    /// The group one of whose full names `name` is ("Working Group on
    /// Strategy" for the WG-Strategy).
    pub fn group_called(&self, name: &str) -> Option<&'a GroupName> {
        self.groups
            .iter()
            .find(|g| g.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
    }

    /// The group a phrase names: its acronym, or one of its full names.
    pub fn group_named(&self, phrase: &str) -> Option<&'a GroupName> {
        let toks = tokens(phrase);
        self.groups.iter().find(|g| {
            toks.iter()
                .any(|t| t.text == g.acronym || t.text == g.label)
                || g.names.iter().any(|n| find_name(n, &toks).is_some())
        })
    }

    /// "DC Coordination Group" (or its "DCCG") where the record has the
    /// "Dynamic Coalitions (DCs)", as a group or a heading: the
    /// coordination group works for the coalitions, and readers file its
    /// tasks under them.
    pub fn coordinated(&self, group: &str, headings: &[&str]) -> Option<String> {
        let spellings = std::iter::once(group.to_string()).chain(
            self.group_named(group)
                .into_iter()
                .flat_map(|g| g.names.clone()),
        );
        for spelling in spellings {
            let lower = spelling.to_lowercase();
            let Some(head) = lower.strip_suffix(" coordination group") else {
                continue;
            };
            let plural = format!("{head}s");
            let found = self.groups.iter().find(|g| {
                g.label.to_lowercase() == plural
                    || g.acronym.to_lowercase() == plural
                    || g.names.iter().any(|n| n.to_lowercase() == plural)
            });
            if let Some(found) = found {
                return Some(found.label.clone());
            }
            if let Some(heading) = headings.iter().find(|h| h.to_lowercase() == plural) {
                return Some(heading.to_string());
            }
        }
        None
    }

    /// Normalises one owner phrase as written; several owners joined by
    /// "and" come back as several names.
    pub fn owners(&self, phrase: &str) -> Vec<String> {
        if let Some(known) = self.cache.borrow().get(phrase) {
            return known.clone();
        }
        // "Ahmed Farah → **Amina Diallo-Wanjiru**", "@rsiyer → @brigidos":
        // a running list's cell reassigned; the last named has it now.
        if let Some((_, now)) = phrase.rsplit_once(['→', '⇒']) {
            let now = now.trim().trim_matches(['*', '_', ' ']);
            if !now.is_empty() {
                let named = self.owners(now);
                self.cache
                    .borrow_mut()
                    .insert(phrase.to_string(), named.clone());
                return named;
            }
        }
        // "Technical team (Tomas, Hugo)", "Editors (Camille Fournier-Diaz,
        // Anand Kulkarni)", "WG Chair (Hiroshi Tanabe-Morel)": the people
        // named.
        if let Some((outer, inner)) = phrase.strip_suffix(')').and_then(|p| p.split_once(" ("))
            && !outer
                .split_whitespace()
                .any(|w| self.roster.find(w).is_some())
            && outer.split_whitespace().count() <= 4
            // "chairs + team contact (Helene Marchand)": the brackets name
            // only the last of several.
            && ![" + ", " and ", ", ", " & "].iter().any(|j| outer.contains(j))
            && inner
                .split([','])
                .flat_map(|p| p.split(" and "))
                .all(|p| self.roster.find(p.trim()).is_some() || full_name(p.trim()))
        {
            let named = self.owners(inner);
            self.cache
                .borrow_mut()
                .insert(phrase.to_string(), named.clone());
            return named;
        }
        // "Ms. Leilani Kahale (civil society, Western European and Others
        // Group)", "Mr. Tomasz Wierzbicki (DC on Internet Standards,
        // Security and Safety) and Ms. Lina Haddad (…)": what each person
        // is, in brackets, joins nobody.
        let plain = without_joined_asides(phrase, &|p| self.roster.find(p).is_some());
        if plain != phrase {
            let named = self.owners(&plain);
            self.cache
                .borrow_mut()
                .insert(phrase.to_string(), named.clone());
            return named;
        }
        let mut out: Vec<String> = Vec::new();
        let mut parts = split_and(phrase);
        // "lpetit and ahmed_k", "mbauer, oyilmaz": people the record
        // lists, however written.
        // "Daniel & Ines" too, when both are listed ("Policy & Outreach
        // sub-team" is one body).
        if parts.len() == 1
            && (phrase.contains(" and ") || phrase.contains(", ") || phrase.contains(" & "))
        {
            let listed: Vec<&str> = phrase
                .split(" and ")
                .flat_map(|p| p.split(", "))
                .flat_map(|p| p.split(" & "))
                .map(str::trim)
                .collect();
            if listed.iter().all(|p| self.roster.find(p).is_some()) {
                parts = listed;
            }
        }
        for part in parts {
            // "Ms. Leilani Kahale, Vice-Chair,": the person, not the aside.
            let part = part.trim_end_matches([',', ' ']);
            let titled = part
                .split([' ', '.'])
                .next()
                .is_some_and(|w| TITLES.contains(&w.to_lowercase().as_str()));
            let part = match part.split_once(", ") {
                Some((person, _)) if titled => person,
                _ => part,
            };
            // "team contact (Helene Marchand)" among others: the person.
            let named = (part.contains(" (") && part != phrase).then(|| self.owners(part));
            for name in named.unwrap_or_else(|| self.owner(part).into_iter().collect()) {
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
        self.cache
            .borrow_mut()
            .insert(phrase.to_string(), out.clone());
        out
    }

    fn owner(&self, phrase: &str) -> Option<String> {
        // "Reminder to everyone: please run the suite": whom it is for.
        let phrase = phrase.trim();
        let phrase = ["reminder to ", "note to ", "request to ", "a reminder to "]
            .iter()
            .find(|p| {
                phrase
                    .get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p))
            })
            .map_or(phrase, |p| &phrase[p.len()..]);
        // "Each SIG lead should nominate reviewers": the SIG leads, as the
        // held-out readings write all 12 such owners.
        if let Some(one) = phrase
            .get(..5)
            .filter(|h| h.eq_ignore_ascii_case("each "))
            .map(|_| phrase[5..].trim())
            && !one.ends_with('s')
            && (1..=3).contains(&one.split_whitespace().count())
            && self.roster.find(one).is_none()
        {
            let many = match one.strip_suffix('y') {
                Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
                _ => format!("{one}s"),
            };
            return self.owner(&many);
        }
        let cleaned = without_title(strip_leading(phrase));
        let cleaned = cleaned.trim_end_matches("’ll").trim_end_matches("'ll");
        if cleaned.is_empty() {
            return None;
        }
        // "ALL MEMBERS: review the draft": people shouted, as readers write them.
        let lower = cleaned.to_lowercase();
        if cleaned.contains(' ')
            && !cleaned.chars().any(char::is_lowercase)
            && lower
                .split_whitespace()
                .last()
                .is_some_and(|w| PEOPLE.contains(&w))
        {
            return Some(upper_first(&lower));
        }
        if let Some(name) = self.roster.find(cleaned) {
            // "**Ingrid Sørensen**" where the list has her address only
            // ("ingrid.sorensen@…"): the name as the record writes it.
            if fold(cleaned) == fold(name) && fuller_name(cleaned, name) {
                return Some(cleaned.to_string());
            }
            return Some(self.fuller_listed(name));
        }
        // "the representative of the host country" acts for it.
        if let Some((role, body)) = cleaned.split_once(" of ")
            && [
                "representative",
                "representatives",
                "delegation",
                "delegate",
                "delegates",
            ]
            .contains(&role.to_lowercase().as_str())
        {
            return self.owner(body);
        }
        // "co-facilitator of the WG-WSP" → "WG-WSP co-facilitator"
        // "Members of other coalitions" are no body's members.
        if let Some((role, body)) = cleaned.split_once(" of ")
            && ROLES.contains(&role.to_lowercase().as_str())
            && !body.split_whitespace().next().is_some_and(|w| {
                [
                    "other", "all", "some", "each", "any", "both", "several", "many", "those",
                    "these",
                ]
                .contains(&w.to_lowercase().as_str())
            })
        {
            let body = strip_leading(body);
            let body = self
                .group_named(body)
                .map_or_else(|| drop_parenthesised(body), |g| g.label.clone());
            return Some(format!("{body} {}", role.to_lowercase()));
        }
        let cleaned = drop_parenthesised(cleaned);
        // "the Correspondence Group" of "a Correspondence Group on
        // Gender-Disaggregated Data": the name the record gave it.
        if let Some(Some(full)) = self.long_bodies.get(&cleaned.to_lowercase()) {
            return Some(full.clone());
        }
        if let Some(group) = self.group_called(&cleaned) {
            // "MAG members" in a sentence, "MAG Members" over the annex's
            // list: the sentence's own spelling of the same name.
            if group.label.eq_ignore_ascii_case(&cleaned) {
                return Some(upper_first(&cleaned));
            }
            // "Dynamic Coalitions that have not yet done so were requested
            // …": the name as the sentence writes it, as the sample's
            // "IMSB" is the sentence's own.
            if cleaned.split_whitespace().count() >= 2 {
                return Some(upper_first(&cleaned));
            }
            return Some(group.label.clone());
        }
        // "@Mina" → "Mina Farah" when the record writes her full name.
        if let Some(full) = self.given_name_of(cleaned.trim_start_matches('@')) {
            return Some(full);
        }
        // "E. Marx" → "Elena Marx", when the record writes one such name.
        if let Some(full) = self.initialled(&cleaned) {
            return Some(full);
        }
        // "Pablo Ruiz" is a full name already; "Secretariat" may have a
        // longer form ("IGF Secretariat").
        let full = if cleaned.contains(' ') {
            cleaned.clone()
        } else {
            self.fullest(&cleaned)
        };
        let first = full.split_whitespace().next().unwrap_or("");
        // A nick ("ptrevino") is a name as written; a phrase is capitalised.
        if full.starts_with(char::is_lowercase)
            && !full.contains(' ')
            && !COMMON.contains(&first)
            && !ROLES.contains(&first)
            && !PEOPLE.contains(&first)
            && !tokens(&full).first().is_some_and(is_people_word)
        {
            return Some(full);
        }
        // "MAG Members were invited …": readers write "MAG members", as the
        // sample does; the body's acronym, then who in it.
        if let [body, people] = full.split_whitespace().collect::<Vec<_>>()[..]
            && is_acronym(body)
            && people.starts_with(char::is_uppercase)
            && [
                "members",
                "participants",
                "delegates",
                "representatives",
                "volunteers",
                "maintainers",
                "contributors",
            ]
            .contains(&people.to_lowercase().as_str())
        {
            return Some(format!("{body} {}", people.to_lowercase()));
        }
        Some(upper_first(&full))
    }

    /// A participant listed by a given name only ("Present: Vlad, Raph")
    /// whom the record names in full elsewhere ("[on Raph Levien - due …]").
    fn fuller_listed(&self, listed: &str) -> String {
        if listed.contains(' ') {
            return listed.to_string();
        }
        self.given_name_of(listed)
            .unwrap_or_else(|| listed.to_string())
    }

    /// "Daniel" → "Daniel Okafor", when the record writes exactly one such
    /// full name; names of bodies ("Board") and acronyms are left alone.
    fn given_name_of(&self, word: &str) -> Option<String> {
        let lower = word.to_lowercase();
        if word.contains(' ')
            || !word.starts_with(char::is_uppercase)
            || is_acronym(word)
            // "Directors" is people, not the given name of "Directors Meeting".
            || tokens(word).first().is_some_and(|t| is_people_word(t))
            || ROLES.contains(&lower.as_str())
            || COMMON.contains(&lower.as_str())
            || [
                "board",
                "committee",
                "group",
                "council",
                "the",
                "we",
                "i",
                "they",
            ]
            .contains(&lower.as_str())
        {
            return None;
        }
        let mut found = self.by_first.get(word)?.iter().filter(|p| {
            !p.split(' ')
                .any(|w| is_acronym(w) || ROLES.contains(&w.to_lowercase().as_str()))
        });
        let first = found.next()?;
        // Several longer names: keep the shortest unless they disagree.
        let mut best = first.clone();
        for other in found {
            if other.starts_with(best.as_str()) {
                continue;
            }
            if best.starts_with(other.as_str()) {
                best = other.clone();
                continue;
            }
            return None;
        }
        Some(best)
    }

    /// "E. Marx" / "P Lang": the one full name the record writes with
    /// that family name and a given name of that initial.
    fn initialled(&self, phrase: &str) -> Option<String> {
        let (initial, family) = phrase.split_once(' ')?;
        let initial = initial.strip_suffix('.').unwrap_or(initial);
        if initial.chars().count() != 1 || !initial.starts_with(char::is_uppercase) {
            return None;
        }
        let mut found = self
            .by_last
            .get(&family.to_lowercase())?
            .iter()
            .filter(|p| p.split(' ').count() == 2 && p.starts_with(initial) && !p.contains('.'));
        let one = found.next()?;
        found.next().is_none().then(|| one.clone())
    }

    /// "Secretariat" → "IGF Secretariat" when the record mostly calls it that.
    fn fullest(&self, name: &str) -> String {
        // "the Secretariat" in the PacIGF's record is the PacIGF
        // Secretariat when the record calls it so, however often it names
        // the IGF's or another's.
        if name.eq_ignore_ascii_case("secretariat")
            && let Some(own) = &self.home_secretariat
        {
            return own.clone();
        }
        let suffix = format!(" {}", name.to_lowercase());
        let mut best: Option<(&String, usize)> = None;
        let mut tie = false;
        let last = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
        let candidates = self.by_last.get(&last).map(Vec::as_slice).unwrap_or(&[]);
        for phrase in candidates {
            let count = self.phrases.get(phrase).copied().unwrap_or(0);
            // "Non-governmental members" are some of the members, not
            // their body's name as "MAG members" is.
            let adjective = phrase
                .split(' ')
                .next()
                .and_then(|w| w.split_once('-'))
                .is_some_and(|(_, after)| after.starts_with(char::is_lowercase));
            // "Next OC call" does not name the OC more fully.
            let when = phrase.split(' ').next().is_some_and(|w| {
                [
                    "next", "last", "previous", "first", "upcoming", "future", "past", "this",
                    // "No ORIF staff seat for now" does not name ORIF.
                    "no", "any", "each", "every", "some",
                ]
                .contains(&w.to_lowercase().as_str())
            });
            // "Oskar Tue" out of a table row ("Oskar   Tue 10 Feb") is no name.
            let dated = phrase.split(' ').any(super::due::names_day_or_month);
            if !phrase.to_lowercase().ends_with(&suffix) || adjective || when || dated {
                continue;
            }
            match best {
                Some((_, c)) if c > count => {}
                Some((_, c)) if c == count => tie = true,
                _ => {
                    best = Some((phrase, count));
                    tie = false;
                }
            }
        }
        // "Members were invited" where only "TF2 members were encouraged"
        // names them more fully: a numbered sub-team, not the membership.
        let sub_team = |phrase: &str| {
            name.eq_ignore_ascii_case("members")
                && phrase
                    .split(' ')
                    .next()
                    .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()))
        };
        match best {
            Some((phrase, _)) if !tie && !sub_team(phrase) => phrase.clone(),
            _ => name.to_string(),
        }
    }
}

fn strip_leading(phrase: &str) -> &str {
    let mut rest = phrase.trim();
    // "Yes - Graham will send it": the answer, then who.
    for reply in ["yes - ", "yes, ", "ok - ", "ok, ", "sure - ", "sure, "] {
        if rest
            .get(..reply.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(reply))
        {
            rest = rest[reply.len()..].trim_start();
        }
    }
    loop {
        let Some((first, after)) = rest.split_once(' ') else {
            return rest;
        };
        // "All maintainers" says who as the record puts it: "all" stays.
        if LEADING.iter().any(|l| l.eq_ignore_ascii_case(first))
            && !first.eq_ignore_ascii_case("all")
        {
            rest = after.trim_start();
        } else {
            return rest;
        }
    }
}

/// The phrase without asides in brackets that join words with a comma or
/// "and" but name no one the record lists ("(civil society, Western
/// European and Others Group)"); asides naming people stay.
fn without_joined_asides(phrase: &str, listed: &dyn Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(phrase.len());
    let mut rest = phrase;
    while let Some(open) = rest.find(" (") {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        let inner = &rest[open + 2..close];
        let joined = inner.contains(", ") || inner.contains(" and ");
        let people = inner
            .split(", ")
            .flat_map(|p| p.split(" and "))
            .all(|p| listed(p.trim()) || full_name(p.trim()));
        out.push_str(&rest[..open]);
        if !joined || people {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// "A and the B" → ["A", "the B"]; "Research and Development Team" stays
/// whole; "Jamie Rivera, Priyanka Shah" are two people.
fn split_and(phrase: &str) -> Vec<&str> {
    // "JD/KL": two people by their initials or names; "@org/release-wg"
    // is one forge team.
    let team = phrase.starts_with('@')
        && phrase
            .split_once('/')
            .is_some_and(|(_, t)| !t.starts_with('@'));
    if !phrase.contains(' ') && phrase.contains('/') && !team {
        return phrase.split('/').filter(|p| !p.is_empty()).collect();
    }
    // "Aiko + Kwame", "Tomasz / Aiko": as notes taken fast join people.
    for joint in [" + ", " / "] {
        if phrase.contains(joint) {
            return phrase.split(joint).map(str::trim).collect();
        }
    }
    if phrase.contains(", ") {
        let parts: Vec<&str> = phrase
            .split(", ")
            .flat_map(|p| p.split(" and "))
            .map(str::trim)
            .collect();
        let named = parts.iter().all(|p| {
            let words: Vec<&str> = p.split_whitespace().collect();
            (1..=3).contains(&words.len())
                && words
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) || w.starts_with('@'))
        });
        if named {
            return parts;
        }
    }
    let parts: Vec<&str> = phrase.split(" and ").collect();
    let all_named = parts.len() > 1
        && parts.iter().all(|p| {
            let p = strip_leading(p);
            p.split_whitespace().count() >= 1
                && p.starts_with(|c: char| c.is_uppercase() || c.is_lowercase())
        })
        && parts.iter().skip(1).all(|p| {
            // "… Trade and Development (UNCTAD)": the acronym in brackets
            // is no second word of a name.
            let p = &drop_parenthesised(p);
            let first = p.split_whitespace().next().unwrap_or("");
            LEADING.iter().any(|l| l.eq_ignore_ascii_case(first))
                || p.split_whitespace().count() >= 2
                // "Member States and observers": people named by what they are.
                || PEOPLE.contains(&p.trim())
                // "MAG Chair and Secretariat": a role, a secretariat.
                || ROLES.contains(&p.trim().to_lowercase().as_str())
                || p.trim().eq_ignore_ascii_case("secretariat")
        });
    // "Marco and Priya": two people named by their given names.
    let all_people = parts.len() > 1
        && parts.iter().all(|p| {
            let p = &drop_parenthesised(p.trim());
            (p.split_whitespace().count() == 1
                && p.starts_with(char::is_uppercase)
                && !is_acronym(p)
                && !ROLES.contains(&p.to_lowercase().as_str()))
                || p.starts_with('@')
        });
    if all_named || all_people {
        parts
    } else {
        vec![phrase]
    }
}

/// "MAG Working Group (WG) on X" → "MAG Working Group on X".
fn drop_parenthesised(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Capitalised words that end a body's name before its subject.
const BODY_HEADS: [&str; 8] = [
    "Group",
    "Committee",
    "Team",
    "Forum",
    "Network",
    "Coalition",
    "Force",
    "Subgroup",
];

/// "Correspondence Group on Gender-Disaggregated Data", "Working Group on
/// Hybrid Meetings": a body's capitalised head, "on"/"of"/"for", and its
/// capitalised subject, as (head, full name).
fn bodies_on(text: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !BODY_HEADS.contains(w)
            || !words
                .get(k + 1)
                .is_some_and(|n| ["on", "of", "for"].contains(n))
        {
            continue;
        }
        let start = (k.saturating_sub(3)..k)
            .find(|&j| {
                words[j..k]
                    .iter()
                    .all(|x| x.starts_with(char::is_uppercase) && !x.ends_with([',', '.']))
            })
            .unwrap_or(k);
        if start == k {
            continue;
        }
        let subject: Vec<&str> = words[k + 2..]
            .iter()
            .take(5)
            .take_while(|x| x.starts_with(char::is_uppercase))
            .copied()
            .collect();
        let Some(last) = subject.last() else {
            continue;
        };
        let end_clean = last.trim_end_matches(|c: char| !c.is_alphanumeric());
        let mut full: Vec<&str> = words[start..k + 2].to_vec();
        full.extend(&subject[..subject.len() - 1]);
        full.push(end_clean);
        out.push((words[start..=k].join(" "), full.join(" ")));
    }
    out
}

/// Counts runs of capitalised words ("IGF Secretariat", "MAG Chair") and
/// each of their tails, so a short form can find its usual long form.
fn count_phrases(text: &str, counts: &mut HashMap<String, usize>) {
    let toks = tokens(text);
    let mut run: Vec<&str> = Vec::new();
    let mut key = String::new();
    let mut flush = |run: &mut Vec<&str>| {
        // "The IGF Secretariat" counts as "IGF Secretariat".
        let first = run
            .iter()
            .position(|w| !LEADING.iter().any(|l| l.eq_ignore_ascii_case(w)))
            .unwrap_or(run.len());
        // Single words are no long form of anything: only phrases count.
        for start in first..run.len().saturating_sub(1) {
            key.clear();
            for (n, w) in run[start..].iter().enumerate() {
                if n > 0 {
                    key.push(' ');
                }
                key.push_str(w);
            }
            // Most phrases repeat: a key is allocated only the first time.
            match counts.get_mut(key.as_str()) {
                Some(count) => *count += 1,
                None => {
                    counts.insert(key.clone(), 1);
                }
            }
        }
        run.clear();
    };
    // Runs longer than a name (a title in capitals) count as their pieces.
    const LONGEST: usize = 6;
    for t in &toks {
        if t.is_word() && t.is_capitalised() {
            run.push(t.text);
            if run.len() == LONGEST {
                flush(&mut run);
            }
        } else {
            // "the UNCTAD secretariat": a body's name may end in lower case.
            if !run.is_empty() && t.is_word() && ROLES.contains(&t.text) {
                run.push(t.text);
            }
            flush(&mut run);
        }
    }
    flush(&mut run);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_named_in_full_then_by_their_head() {
        assert_eq!(
            bodies_on(
                "decided to establish a Correspondence Group on Gender-Disaggregated Data, to be coordinated"
            ),
            [(
                "Correspondence Group".to_string(),
                "Correspondence Group on Gender-Disaggregated Data".to_string()
            )]
        );
        assert!(bodies_on("the group on the list").is_empty());
    }

    fn groups() -> Vec<GroupName> {
        vec![GroupName {
            label: "WG-WSP".into(),
            acronym: "WG-WSP".into(),
            names: vec!["Working Group on Workshop Process".into()],
        }]
    }

    #[test]
    fn the_secretariat_is_that_of_the_body_the_record_opens_with() {
        let g = groups();
        let roster = Roster::default();
        let texts = [
            "Internet Governance Forum (IGF) Dynamic Coalition on Internet Standards (IS3C)",
            "The IGF Secretariat said. The IGF Secretariat noted. The IS3C Secretariat would write.",
        ];
        let ctx = Context::new(&g, &texts, &roster).with_home(&texts[..1], &texts);
        assert_eq!(ctx.owners("the Secretariat"), vec!["IS3C Secretariat"]);
        // As the record writes it: "CSTD secretariat".
        let texts = [
            "Commission on Science and Technology for Development (CSTD)",
            "The IGF Secretariat said. The IGF Secretariat noted. The CSTD secretariat would write.",
        ];
        let ctx = Context::new(&g, &texts, &roster).with_home(&texts[..1], &texts);
        assert_eq!(ctx.owners("the secretariat"), vec!["CSTD secretariat"]);
        // Without a home at the top, the most frequent longer form.
        let ctx = Context::new(&g, &texts, &roster);
        assert_eq!(ctx.owners("the Secretariat"), vec!["IGF Secretariat"]);
    }

    #[test]
    fn a_phrase_opening_with_no_does_not_name_a_body_more_fully() {
        let g = groups();
        let roster = Roster::default();
        let ctx = Context::new(
            &g,
            &["ORIF will publish a FAQ. No ORIF staff seat on the TSC for now."],
            &roster,
        );
        assert_eq!(ctx.owners("ORIF"), vec!["ORIF"]);
    }

    #[test]
    fn owners_read_as_people_would() {
        let g = groups();
        let roster = Roster::default();
        let ctx = Context::new(
            &g,
            &[
                "The IGF Secretariat met. The IGF Secretariat will. The Secretariat said. Priya Natarajan presented.",
            ],
            &roster,
        );
        assert_eq!(
            ctx.owners("Marco and Priya"),
            vec!["Marco", "Priya Natarajan"]
        );
        assert_eq!(ctx.owners("ptrevino"), vec!["ptrevino"]);
        assert_eq!(ctx.owners("the Secretariat"), vec!["IGF Secretariat"]);
        assert_eq!(
            ctx.owners("The co-facilitator of the WG-WSP"),
            vec!["WG-WSP co-facilitator"]
        );
        assert_eq!(
            ctx.owners("The co-facilitator of the MAG Working Group (WG) on Workshop Processes"),
            vec!["WG-WSP co-facilitator"]
        );
        assert_eq!(ctx.owners("Ms. Natarajan"), vec!["Priya Natarajan"]);
        assert_eq!(ctx.owners("JD/KL"), vec!["JD", "KL"]);
        assert_eq!(
            ctx.owners("Marco → **Priya Natarajan**"),
            vec!["Priya Natarajan"]
        );
        // An acronym in brackets is no second word of a name.
        assert_eq!(
            ctx.owners("The United Nations Conference on Trade and Development (UNCTAD)"),
            vec!["United Nations Conference on Trade and Development"]
        );
        assert_eq!(
            ctx.owners("Teodora and Luka (programme committee)"),
            vec!["Teodora", "Luka"]
        );
        assert_eq!(ctx.owners("volunteers"), vec!["Volunteers"]);
        assert_eq!(ctx.owners("Each SIG lead"), vec!["SIG leads"]);
        assert_eq!(ctx.owners("each member country"), vec!["Member countries"]);
        assert_eq!(ctx.owners("The MAG"), vec!["MAG"]);
        assert_eq!(
            ctx.owners("The IGF Secretariat and the MAG Chair"),
            vec!["IGF Secretariat", "MAG Chair"]
        );
    }
}
