//! Keeping state attached to its item when a record comes back edited: a
//! word changed gives the item a new id, so states whose id is gone are
//! matched to the record's items by text; the rest are kept as orphans.

use std::collections::{BTreeMap, BTreeSet};

use crate::record::ActionItem;
use crate::record::id::normalise;

use super::model::{ItemState, RecordFollowUps};

/// How alike two texts must be (Dice coefficient over their words) for a
/// state to move: one word changed in a six-word item scores 0.83; two
/// items that only share "MAG members are invited to" score under 0.5.
pub const MIN_SIMILARITY: f64 = 0.6;

/// A state moved from the id its item had to the id it has now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    pub from: String,
    pub to: String,
}

/// A state whose item is no longer in the record: kept, and shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Orphan {
    pub id: String,
    pub state: ItemState,
}

/// Moves states whose item id is not in `items` to the most similar item
/// that has no state yet and was not in the record last time (an item seen
/// before is not an edit of another), then remembers `items` as seen.
/// The old id keeps a blank state stamped `now_ms`,
/// so another tab's copy of the moved state does not come back as an
/// orphan when the two are merged.
pub fn reattach(record: &mut RecordFollowUps, items: &[ActionItem], now_ms: i64) -> Vec<Moved> {
    let moved = reattach_lost(record, items, now_ms);
    // States migrated from schema 1 have no text yet: take it from their
    // item, so that they can follow it through the next edit.
    for item in items {
        if let Some(state) = record.items.get_mut(&item.id)
            && state.text.is_empty()
        {
            state.text.clone_from(&item.text);
        }
    }
    if items.iter().any(|i| !record.seen.contains(&i.id)) || record.seen.len() != items.len() {
        record.seen = items.iter().map(|i| i.id.clone()).collect();
    }
    moved
}

fn reattach_lost(record: &mut RecordFollowUps, items: &[ActionItem], now_ms: i64) -> Vec<Moved> {
    let current: BTreeSet<&str> = items.iter().map(|i| i.id.as_str()).collect();
    let lost: Vec<(&String, &ItemState)> = record
        .items
        .iter()
        .filter(|(id, s)| !current.contains(id.as_str()) && !s.is_blank() && !s.text.is_empty())
        .collect();
    if lost.is_empty() {
        return Vec::new();
    }
    let free: Vec<&ActionItem> = items
        .iter()
        .filter(|i| !record.seen.contains(&i.id))
        .filter(|i| record.items.get(&i.id).is_none_or(ItemState::is_blank))
        .collect();
    let mut pairs: Vec<(f64, &String, &ActionItem)> = Vec::new();
    for (id, state) in &lost {
        let old = word_counts(&state.text);
        for item in &free {
            let score = dice(&old, &word_counts(&item.text));
            if score >= MIN_SIMILARITY {
                pairs.push((score, id, item));
            }
        }
    }
    // Best matches first; ties in record order, so the result is stable.
    crate::sort::sort_by(&mut pairs, |a, b| {
        b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1))
    });
    let mut taken_from = BTreeSet::new();
    let mut taken_to = BTreeSet::new();
    let mut moves = Vec::new();
    for (_, from, item) in pairs {
        if taken_from.contains(from) || taken_to.contains(&item.id) {
            continue;
        }
        taken_from.insert(from.clone());
        taken_to.insert(item.id.clone());
        moves.push((from.clone(), item));
    }
    moves
        .into_iter()
        .map(|(from, item)| {
            let mut state = record.items.get(&from).cloned().unwrap_or_default();
            let tombstone = ItemState {
                changed: now_ms,
                text: std::mem::replace(&mut state.text, item.text.clone()),
                ..ItemState::default()
            };
            record.items.insert(from.clone(), tombstone);
            record.items.insert(item.id.clone(), state);
            Moved {
                from,
                to: item.id.clone(),
            }
        })
        .collect()
}

/// States that carry something but whose item is not in `items`.
pub fn orphans(record: &RecordFollowUps, items: &[ActionItem]) -> Vec<Orphan> {
    let current: BTreeSet<&str> = items.iter().map(|i| i.id.as_str()).collect();
    record
        .items
        .iter()
        .filter(|(id, s)| !current.contains(id.as_str()) && !s.is_blank())
        .map(|(id, state)| Orphan {
            id: id.clone(),
            state: state.clone(),
        })
        .collect()
}

fn word_counts(text: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for word in normalise(text).split(' ').filter(|w| !w.is_empty()) {
        *counts.entry(word.to_string()).or_default() += 1;
    }
    counts
}

/// Twice the shared words over all words: 1 for the same text, 0 for none
/// in common.
fn dice(a: &BTreeMap<String, usize>, b: &BTreeMap<String, usize>) -> f64 {
    let total: usize = a.values().sum::<usize>() + b.values().sum::<usize>();
    if total == 0 {
        return 0.0;
    }
    let shared: usize = a
        .iter()
        .map(|(w, n)| (*n).min(b.get(w).copied().unwrap_or(0)))
        .sum();
    2.0 * shared as f64 / total as f64
}
