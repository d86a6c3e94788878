//! Merging two copies of a person's state (another tab's, an imported
//! file): item by item, the newer change wins, and nothing is dropped.

use super::model::FollowUps;

/// What a merge took from the other copy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Item states this copy did not have.
    pub added: usize,
    /// Item states replaced by a newer one.
    pub updated: usize,
    /// Whether the person ("I am …", groups) was taken from the other.
    pub person: bool,
}

impl Merged {
    pub fn changed_anything(&self) -> bool {
        self.added + self.updated > 0 || self.person
    }
}

impl FollowUps {
    /// Takes from `other` every item state that is newer than ours (or
    /// that we lack), and its person if newer. Equal times keep ours, so
    /// merging is idempotent and a local edit is never lost to a copy made
    /// before it.
    pub fn merge(&mut self, other: &FollowUps) -> Merged {
        let mut merged = Merged::default();
        for (key, theirs) in &other.records {
            let ours = self.records.entry(key.clone()).or_default();
            if ours.title.is_empty() {
                ours.title.clone_from(&theirs.title);
            }
            ours.seen.extend(theirs.seen.iter().cloned());
            for (id, state) in &theirs.items {
                match ours.items.get_mut(id) {
                    Some(mine) if mine.changed >= state.changed => {}
                    Some(mine) => {
                        *mine = state.clone();
                        merged.updated += 1;
                    }
                    None => {
                        ours.items.insert(id.clone(), state.clone());
                        merged.added += 1;
                    }
                }
            }
        }
        if other.person.changed > self.person.changed {
            self.person = other.person.clone();
            merged.person = true;
        }
        merged
    }
}
