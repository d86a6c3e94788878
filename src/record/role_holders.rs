//! "The Chair", "the co-facilitators": the people the record says hold a
//! role, so that an item given to the role is given to them.

use super::blocks::Block;
use super::glossary;
use super::model::ActionItem;
use super::participants::Attendee;
use super::roster::without_title;
use super::sections::GroupName;

/// Every (role, person) pair the participants list gives.
pub struct Holders {
    pairs: Vec<(String, String)>,
}

/// Words that make a role of what a participants list says of someone.
const ROLE_WORDS: [&str; 20] = [
    "chair",
    "treasurer",
    "clerk",
    "counsel",
    "champion",
    "facilitator",
    "coordinator",
    "lead",
    "manager",
    "secretary",
    "rapporteur",
    "editor",
    "scribe",
    "moderator",
    "officer",
    "director",
    "president",
    "convener",
    "liaison",
    "head",
];

/// "IX Cordoba", "Security WG", "Nigeria": a name, with no role word in it.
fn is_affiliation(piece: &str) -> bool {
    let words: Vec<&str> = piece.split_whitespace().collect();
    !words.is_empty()
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && !words.iter().any(|w| {
            let w = w.to_lowercase();
            ROLE_WORDS.iter().any(|r| w.contains(r))
        })
}

impl Holders {
    pub fn new(attendees: &[Attendee]) -> Holders {
        let pairs = attendees
            .iter()
            .flat_map(|a| {
                a.participant
                    .role
                    .iter()
                    .flat_map(|r| r.split([',', ';']))
                    // "(IX Cordoba, chair)", "guest, Security WG": where
                    // they come from is no role ("IX Cordoba will share"
                    // is the exchange's task, not its delegate's).
                    .filter(|r| !is_affiliation(r.trim()))
                    .map(|r| {
                        // "H.E. Ms. Leila Haddad": owners carry no titles.
                        let name = without_title(a.participant.name.trim());
                        (r.trim().to_lowercase(), name.to_string())
                    })
            })
            .filter(|(r, _)| !r.is_empty())
            .collect();
        Holders { pairs }
    }

    /// Adds the roles prose gives people: "the MAG Chair, Ms. Ingrid
    /// Solvang-Okafor,", "its co-facilitators, Ms. Aroha Te Rangi and Mr.
    /// Bogdan Ilie,", "Ms. Ilse Vandermeer (Belgium), Chair of the group".
    pub fn with_prose(mut self, texts: &[&str]) -> Holders {
        // Few paragraphs name a role at all: they are looked at first.
        let names_a_role = |t: &&&str| {
            ["hair", "acilitator", "apporteur", "oordinator"]
                .iter()
                .any(|r| t.contains(r))
        };
        for text in texts.iter().filter(names_a_role) {
            for (role, names) in appositives(text) {
                for name in names {
                    if !self.pairs.iter().any(|(r, n)| *r == role && *n == name) {
                        self.pairs.push((role.clone(), name));
                    }
                }
            }
        }
        self
    }

    /// Adds the roles a record's header gives: "Chair: Beatriz Lemos",
    /// "Chairs: Ana Lima, Bo Chen", "Facilitator: @kwasante". `person`
    /// names whom a handle or a first name means.
    pub fn with_fields(
        mut self,
        texts: &[&str],
        person: &dyn Fn(&str) -> Option<String>,
    ) -> Holders {
        for text in texts.iter().take(60) {
            self.add_stated(text, person);
        }
        for text in texts.iter().take(40) {
            let Some((label, rest)) = text.split_once(':') else {
                continue;
            };
            let label = label.trim().trim_matches('*').trim().to_lowercase();
            let singular = label.strip_suffix('s').unwrap_or(&label);
            if label.split_whitespace().count() > 2
                || !FIELD_ROLES.contains(&singular)
                || rest.trim().is_empty()
            {
                continue;
            }
            // "Facilitator: @kwasante · Notes: @ilse-v": one field each.
            let rest = rest.split(['·', '|']).next().unwrap_or(rest);
            for piece in rest.split([',', ';']).flat_map(|p| p.split(" and ")) {
                let piece = piece.trim().trim_end_matches('.');
                let piece = piece.split(" (").next().unwrap_or(piece).trim();
                // "Chairs: MH Maren Holt, DK Dev Kapoor".
                let piece = super::participants::code_first(piece).map_or(piece, |(_, name)| name);
                let name = person(piece).or_else(|| {
                    let words: Vec<&str> = piece.split_whitespace().collect();
                    ((2..=4).contains(&words.len())
                        && words.iter().all(|w| w.starts_with(char::is_uppercase)))
                    .then(|| piece.to_string())
                });
                if let Some(name) = name
                    && !self.pairs.iter().any(|(r, n)| r == singular && *n == name)
                {
                    self.pairs.push((singular.to_string(), name));
                }
            }
        }
        self
    }

    /// "Editors are Mirela and Jun, staff contact is Yusuf": roles a
    /// sentence gives people the record knows.
    fn add_stated(&mut self, text: &str, person: &dyn Fn(&str) -> Option<String>) {
        for clause in text.split([',', ';', '.']) {
            let lower = clause.trim().to_lowercase();
            let Some((role, names)) = lower
                .split_once(" are ")
                .or_else(|| lower.split_once(" is "))
            else {
                continue;
            };
            let role = role.trim();
            let role = role
                .strip_prefix("the ")
                .or_else(|| role.strip_prefix("our "))
                .unwrap_or(role);
            let singular = role.strip_suffix('s').unwrap_or(role);
            if !FIELD_ROLES.contains(&singular) {
                continue;
            }
            // The names as written, for `person` to know them by.
            let at = clause.len() - names.len();
            let written = clause.get(at..).unwrap_or("");
            let found: Vec<String> = written
                .split(" and ")
                .flat_map(|p| p.split(" & "))
                .filter_map(|p| person(p.trim()))
                .collect();
            for name in found {
                if !self.pairs.iter().any(|(r, n)| r == singular && *n == name) {
                    self.pairs.push((singular.to_string(), name));
                }
            }
        }
    }

    /// The people an owner that is only a role stands for: "Chair" when one
    /// person chairs, "Chairs" or "the co-facilitators" when two or more
    /// share the role; else `None`.
    pub fn of(&self, owner: &str) -> Option<String> {
        if self.pairs.is_empty() {
            return None;
        }
        // "Committee Chair, Board Secretary": each role, by its holder.
        if owner.contains(", ") {
            let pieces: Vec<&str> = owner.split(", ").collect();
            let named: Vec<String> = pieces
                .iter()
                .map(|p| self.of(p).unwrap_or_else(|| (*p).to_string()))
                .collect();
            return (named.iter().zip(&pieces).any(|(n, p)| n != p)).then(|| named.join(", "));
        }
        let key = owner.trim().to_lowercase();
        let key = key.strip_prefix("the ").unwrap_or(&key);
        // "Board members", "MAG members": the body's members, every one.
        if key.split([' ', '-']).any(|w| w.starts_with("member")) {
            return None;
        }
        let singular = key.strip_suffix('s').filter(|s| s.len() >= 4);
        let holders = |role: &str| -> Vec<&str> {
            let mut names: Vec<&str> = Vec::new();
            for (r, name) in &self.pairs {
                // "chair" holds for "MAG Chair", "WG chair" and "co-chair".
                // "release manager for v2.4" holds for "release manager".
                let fits = r == role
                    || r.strip_suffix(role).is_some_and(|head| {
                        // "special adviser to the chair" advises the chair.
                        (head.ends_with(' ') && !head.ends_with(" to the ")) || head == "co-"
                    })
                    || r.strip_prefix(role)
                        .is_some_and(|tail| tail.starts_with(" for ") || tail.starts_with(" of "));
                if fits && !names.contains(&name.as_str()) {
                    names.push(name);
                }
            }
            names
        };
        let one = holders(key);
        if one.len() == 1 {
            return Some(one[0].to_string());
        }
        // Two or three chairs are named; "Directors" are the board.
        let many = holders(singular?);
        (2..=3).contains(&many.len()).then(|| many.join(", "))
    }
}

/// Roles a header field gives, by its label ("Chairs:", "Editor:").
const FIELD_ROLES: [&str; 14] = [
    "chair",
    "co-chair",
    "facilitator",
    "co-facilitator",
    "editor",
    "secretary",
    "convener",
    "moderator",
    "host",
    "staff contact",
    "team contact",
    "release manager",
    "rapporteur",
    "treasurer",
];

/// Roles prose gives people by apposition.
const ROLES: [&str; 7] = [
    "chair",
    "co-chair",
    "vice-chair",
    "facilitator",
    "co-facilitator",
    "rapporteur",
    "coordinator",
];

/// "the Co-Chairs" → "co-chair": the role the last word names, if any.
fn role_of(words: &str) -> Option<String> {
    let last = words.split_whitespace().next_back()?.to_lowercase();
    let singular = last.strip_suffix('s').unwrap_or(&last);
    ROLES.contains(&singular).then(|| singular.to_string())
}

/// Roles a text gives people by apposition, as (role, names).
fn appositives(text: &str) -> Vec<(String, Vec<String>)> {
    // "Ms Adaeze Okonkwo-Lind": UN style writes some titles without a stop.
    const TITLES: [&str; 10] = [
        "Ms.", "Mr.", "Mrs.", "Dr.", "H.E.", "Prof.", "Ms ", "Mr ", "Mrs ", "Dr ",
    ];
    // "Ms. Aroha Te Rangi (New Zealand) and Mr. Bogdan Ilie": the names
    // after a title, up to the comma or stop that ends the apposition.
    let names_at = |rest: &str| -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = rest;
        while let Some(title) = TITLES.iter().find(|t| rest.starts_with(*t)) {
            // "H.E. Ms. Leila Haddad": titles may stack.
            let mut after = rest[title.len()..].trim_start();
            while let Some(t) = TITLES.iter().find(|t| after.starts_with(*t)) {
                after = after[t.len()..].trim_start();
            }
            // "…, Ms. Ingrid Solvang-Okafor. The Chair welcomed members, …":
            // the sentence ends the name before any later comma.
            let stop = [after.find([',', ';', '(', ')']), after.find(". ")]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(after.len());
            let (name, tail) = match after[..stop].split_once(" and ") {
                Some((name, _)) => (name, &after[name.len()..]),
                None => (&after[..stop], &after[stop..]),
            };
            // "… and Ms. Ayesha Rahimi." ends the sentence, not the name.
            let name = name.trim().trim_end_matches('.');
            let words = name.split_whitespace().count();
            if !(2..=4).contains(&words) || !name.starts_with(char::is_uppercase) {
                break;
            }
            out.push(name.to_string());
            // "(New Zealand)" after the name, then "and Mr. …".
            let tail = tail.trim_start();
            let tail = match tail.strip_prefix('(').and_then(|t| t.split_once(')')) {
                Some((_, after)) => after.trim_start(),
                None => tail,
            };
            match tail.strip_prefix("and ") {
                Some(next) => rest = next.trim_start(),
                None => break,
            }
        }
        out
    };
    let mut out = Vec::new();
    for (at, _) in text.match_indices(", ") {
        let before = &text[..at];
        let after = &text[at + 2..];
        // "the MAG Chair, Ms. …" / "The co-facilitators of the WG, Ms. …"
        let sentence = before.rsplit(['.', ';', ':']).next().unwrap_or(before);
        // "… was opened by the Chair, Ms …": the role just before the
        // comma; "The co-facilitators of the drafting group on data flows,
        // Mr. …": the role, then the body it serves.
        if let Some((role, names)) = role_before(sentence, after, &names_at) {
            out.push((role, names));
        }
        // "Ms. Ilse Vandermeer (Belgium), Chair of the working group".
        if let Some(role) = after
            .split([',', '.', ';'])
            .next()
            .map(|r| r.split(" of ").next().unwrap_or(r))
            .filter(|r| r.split_whitespace().count() <= 3)
            .and_then(role_of)
            .filter(|_| after.starts_with(char::is_uppercase))
        {
            let start = TITLES
                .iter()
                .filter_map(|t| before.rfind(t))
                .max()
                .filter(|&s| before.len() - s <= 60);
            if let Some(start) = start {
                let names = names_at(&before[start..]);
                if names.len() == 1 {
                    out.push((role, names));
                }
            }
        }
    }
    out
}

/// "The co-facilitators of the WG, Ms. …", "the MAG Chair, Ms. …": the
/// role the words before the comma name (before any "of"), and the names
/// the apposition gives.
fn role_before(
    sentence: &str,
    after: &str,
    names_at: &dyn Fn(&str) -> Vec<String>,
) -> Option<(String, Vec<String>)> {
    let head = sentence.split(" of ").next().unwrap_or(sentence);
    let words: Vec<&str> = head.split_whitespace().rev().take(4).collect();
    let role = role_of(words.first()?)?;
    let names = names_at(after);
    (!names.is_empty()).then_some((role, names))
}

/// "The co-facilitators would prepare …": whose co-facilitators the item's
/// group says ("WG-Strategy co-facilitators"), else those of the body the
/// record is mostly about, as readers name them (the README's "WG-WSP
/// co-facilitator").
pub(super) fn name_bare_roles(items: &mut [ActionItem], groups: &[GroupName], blocks: &[Block]) {
    const ROLES: [&str; 10] = [
        "co-facilitator",
        "co-facilitators",
        "co-coordinator",
        "co-coordinators",
        "co-lead",
        "co-leads",
        "co-chair",
        "co-chairs",
        "co-convenor",
        "co-convenors",
    ];
    let bare = |o: &str| ROLES.contains(&o.to_ascii_lowercase().as_str());
    if !items.iter().any(|i| i.owner.as_deref().is_some_and(bare)) {
        return;
    }
    let named = |g: &GroupName| {
        if g.acronym.is_empty() {
            g.label.clone()
        } else {
            g.acronym.clone()
        }
    };
    // "Internet Governance Forum (IGF)" / "Multistakeholder Advisory Group
    // (MAG)" / "MAG Working Group on Strategy (WG-Strategy)" over "Summary
    // Report …": the last body the letterhead names is whose meeting it is.
    let letterhead = blocks
        .iter()
        .take(4)
        .take_while(|b| b.ordinal.is_none())
        .filter_map(|b| glossary::pairs_in(&b.text).pop())
        .last()
        .map(|e| e.label());
    // Else the body the record speaks of most, by a clear margin (counted
    // only when the letterhead names none).
    let main = letterhead.or_else(|| {
        let mut counts: Vec<(usize, &GroupName)> = groups
            .iter()
            .filter(|g| !g.acronym.is_empty())
            .map(|g| {
                let n = blocks
                    .iter()
                    .map(|b| b.text.matches(g.acronym.as_str()).count())
                    .sum::<usize>();
                (n, g)
            })
            .collect();
        counts.sort_by_key(|c| std::cmp::Reverse(c.0));
        match counts.as_slice() {
            [(n, g)] if *n >= 3 => Some(named(g)),
            [(n, g), (m, _), ..] if *n >= 3 && *n >= 2 * m => Some(named(g)),
            _ => None,
        }
    });
    for item in items.iter_mut() {
        let Some(role) = item.owner.as_deref().filter(|o| bare(o)) else {
            continue;
        };
        // Only a group that has such roles: a working group, a forum, a
        // network, a coalition, a task force.
        let own = item.group.as_deref().and_then(|g| {
            groups
                .iter()
                .find(|n| n.label == g || n.acronym == g || n.names.iter().any(|x| x == g))
                .filter(|n| {
                    n.names.iter().any(|x| {
                        let lower = x.to_ascii_lowercase();
                        [
                            "working group",
                            "forum",
                            "network",
                            "coalition",
                            "task force",
                        ]
                        .iter()
                        .any(|w| lower.contains(w))
                    })
                })
        });
        if let Some(body) = own.map(named).or_else(|| main.clone()) {
            item.owner = Some(format!("{body} {}", role.to_ascii_lowercase()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Participant;
    use crate::record::roster::Person;

    #[test]
    fn roles_a_header_or_a_sentence_gives() {
        let person = |p: &str| match p {
            "Mirela" => Some("Mirela Stan".to_string()),
            "Jun" => Some("Jun Watanabe".to_string()),
            "Yusuf" => Some("Yusuf Demirci".to_string()),
            "@kwasante" => Some("Kwame Asante".to_string()),
            _ => None,
        };
        let h = Holders::new(&[]).with_fields(
            &[
                "Facilitator: @kwasante · Notes: @ilse-v",
                "Chairs: Beatriz Lemos, Samir Haddou",
                "Editors are Mirela and Jun, staff contact is Yusuf, for the newcomers",
            ],
            &person,
        );
        assert_eq!(h.of("Facilitator").as_deref(), Some("Kwame Asante"));
        assert_eq!(
            h.of("Chairs").as_deref(),
            Some("Beatriz Lemos, Samir Haddou")
        );
        assert_eq!(
            h.of("editors").as_deref(),
            Some("Mirela Stan, Jun Watanabe")
        );
        assert_eq!(h.of("Staff contact").as_deref(), Some("Yusuf Demirci"));
        assert_eq!(h.of("Notes"), None);
    }

    fn attendee(name: &str, role: Option<&str>) -> Attendee {
        Attendee {
            participant: Participant {
                name: name.to_string(),
                role: role.map(str::to_string),
            },
            person: Person {
                name: name.to_string(),
                code: None,
                handle: None,
                nicks: Vec::new(),
            },
        }
    }

    #[test]
    fn roles_name_their_holders() {
        let h = Holders::new(&[
            attendee("Ana Lima", Some("MAG Chair")),
            attendee("Bo Chen", Some("co-facilitator")),
            attendee("Cy Díaz", Some("Co-facilitator, rapporteur")),
            attendee("Dana Ono", None),
        ]);
        assert_eq!(h.of("Chair").as_deref(), Some("Ana Lima"));
        assert_eq!(h.of("the Chair").as_deref(), Some("Ana Lima"));
        assert_eq!(h.of("Co-facilitators").as_deref(), Some("Bo Chen, Cy Díaz"));
        assert_eq!(h.of("Rapporteur").as_deref(), Some("Cy Díaz"));
        // Two hold it: which one "the co-facilitator" is, the record does not say.
        assert_eq!(h.of("co-facilitator"), None);
        assert_eq!(h.of("Secretariat"), None);
        assert_eq!(h.of("Members"), None);
    }

    #[test]
    fn roles_given_in_prose() {
        let h = Holders::new(&[]).with_prose(&[
            "It was chaired by the MAG Chair, Ms. Ingrid Solvang-Okafor, who welcomed members.",
            "The co-facilitators of the working group, Ms. Aroha Te Rangi (New Zealand) and Mr. Bogdan Ilie (Romania), presented the plan.",
            "The meeting was chaired by Ms. Ilse Vandermeer (Belgium), Chair of the working group.",
        ]);
        assert_eq!(
            h.of("Co-facilitators").as_deref(),
            Some("Aroha Te Rangi, Bogdan Ilie")
        );
        // Two chairs in three sentences: which "the Chair" is, unclear.
        assert_eq!(h.of("Chair"), None);
        let one = Holders::new(&[])
            .with_prose(&["opened by the Chair, Mr. Tiago Mendonça (Portugal), who"]);
        assert_eq!(one.of("the Chair").as_deref(), Some("Tiago Mendonça"));
        // A title without its stop; the sentence, not a later comma, ends
        // the name.
        let unstopped = Holders::new(&[]).with_prose(&[
            "The MAG Chair, Ms Adaeze Okafor. The Chair welcomed members, observers and guests.",
        ]);
        assert_eq!(unstopped.of("Chair").as_deref(), Some("Adaeze Okafor"));
    }
}
