//! "The Chair", "the co-facilitators": the people the record says hold a
//! role, so that an item given to the role is given to them.

use super::participants::Attendee;
use super::roster::without_title;

/// Every (role, person) pair the participants list gives.
pub struct Holders {
    pairs: Vec<(String, String)>,
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

    /// The people an owner that is only a role stands for: "Chair" when one
    /// person chairs, "Chairs" or "the co-facilitators" when two or more
    /// share the role; else `None`.
    pub fn of(&self, owner: &str) -> Option<String> {
        if self.pairs.is_empty() {
            return None;
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
                    || r.strip_suffix(role)
                        .is_some_and(|head| head.ends_with(' ') || head == "co-")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Participant;
    use crate::record::roster::Person;

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
}
