//! Who the person is ("I am …") and the groups they follow, and from that
//! the "Mine" view: the items that are theirs to act on.

use serde::{Deserialize, Serialize};

use crate::filter::owners_of;
use crate::record::id::normalise;
use crate::record::{ActionItem, Participant};

/// The person using this browser, as they described themselves.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    /// "I am …": picked from the record's participants or typed.
    pub name: String,
    /// Their role as the participants list gives it ("MAG Members").
    pub role: Option<String>,
    /// Groups they follow, as the record names them ("PNAI"), sorted.
    pub groups: Vec<String>,
    /// When they last changed any of this (ms since 1970, UTC).
    pub changed: i64,
}

impl Person {
    /// Nothing said yet: "Mine" has nothing to go on.
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.role.is_none() && self.groups.is_empty()
    }

    /// Sets the name, taking the role from the participant of that name,
    /// if the record lists one.
    pub fn set_name(&mut self, name: &str, participants: &[Participant], now_ms: i64) {
        let name = name.trim();
        let listed = participants
            .iter()
            .find(|p| normalise(&p.name) == normalise(name));
        self.name = listed.map_or(name, |p| p.name.as_str()).to_string();
        self.role = listed.and_then(|p| p.role.clone());
        self.changed = now_ms;
    }

    pub fn follow(&mut self, group: &str, follow: bool, now_ms: i64) {
        self.groups.retain(|g| g != group);
        if follow {
            self.groups.push(group.to_string());
            crate::sort::sort_by(&mut self.groups, |a, b| a.cmp(b));
        }
        self.changed = now_ms;
    }

    pub fn follows(&self, group: &str) -> bool {
        self.groups.iter().any(|g| g == group)
    }

    /// Whether the item is this person's: its owner is them or their role
    /// ("MAG members" for a MAG member), or it belongs to, or is owned by,
    /// a group they follow.
    pub fn is_mine(&self, item: &ActionItem) -> bool {
        let name = words(&self.name);
        let role = self.role.as_deref().map(words).unwrap_or_default();
        let followed = |value: &str| self.groups.iter().any(|g| same(g, value));
        item.group.as_deref().is_some_and(followed)
            || owners_of(item).any(|owner| {
                let owner_words = words(owner);
                followed(owner)
                    || (!name.is_empty() && contains_all(&owner_words, &name))
                    || (!role.is_empty() && contains_all(&role, &owner_words))
            })
    }
}

/// Normalised words, with a plural "s" dropped so "MAG member" and "MAG
/// Members" agree.
fn words(text: &str) -> Vec<String> {
    normalise(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| match w.strip_suffix('s') {
            Some(stem) if stem.len() >= 3 => stem.to_string(),
            _ => w.to_string(),
        })
        .collect()
}

fn same(a: &str, b: &str) -> bool {
    words(a) == words(b)
}

/// Every word of `part` is in `whole` (and `part` says something).
fn contains_all(whole: &[String], part: &[String]) -> bool {
    !part.is_empty() && part.iter().all(|w| whole.contains(w))
}
