//! Items across meetings: the same action recorded again in a later
//! meeting ("carried over") is one item, shown with the meeting where it
//! first appeared ("open since …").

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::record::id::normalise;
use crate::record::{ActionItem, Record};

/// A meeting, as the all-meetings view names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingRef {
    pub id: String,
    pub name: String,
    pub date: Option<NaiveDate>,
}

/// An action across meetings: its latest wording, where it first appeared,
/// and every (meeting id, item id) where it was recorded.
#[derive(Clone, Debug, PartialEq)]
pub struct CrossItem {
    pub item: ActionItem,
    pub meeting: MeetingRef,
    pub first: MeetingRef,
    pub occurrences: Vec<(String, String)>,
}

impl CrossItem {
    pub fn carried_over(&self) -> bool {
        self.occurrences.len() > 1
    }
}

/// How alike two wordings must be to be the same action: shared words over
/// all words. Re-recorded actions keep most of their words ("The
/// Secretariat will circulate the draft report" / "… the revised draft
/// report"); different actions of one owner share far fewer.
const SAME_ACTION: f64 = 0.6;

const FILLER: [&str; 12] = [
    "the", "a", "an", "of", "to", "and", "will", "be", "is", "are", "on", "for",
];

fn words(text: &str) -> HashSet<String> {
    normalise(text)
        .split(' ')
        .filter(|w| !FILLER.contains(w))
        .map(str::to_string)
        .collect()
}

fn similarity(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let shared = a.intersection(b).count();
    let all = a.union(b).count();
    if all == 0 {
        0.0
    } else {
        shared as f64 / all as f64
    }
}

fn same_owner(a: &ActionItem, b: &ActionItem) -> bool {
    match (&a.owner, &b.owner) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Merges the items of several meetings, oldest meeting first, linking
/// carried-over actions. The result is in the order the actions first
/// appeared.
pub fn across(meetings: &[(MeetingRef, &Record)]) -> Vec<CrossItem> {
    let mut order: Vec<&(MeetingRef, &Record)> = meetings.iter().collect();
    // Undated meetings count as the oldest: they cannot be "later".
    crate::sort::sort_by_key(&mut order, |(m, _)| m.date);
    let mut out: Vec<(CrossItem, HashSet<String>)> = Vec::new();
    for (meeting, record) in order {
        // Within one meeting, two items are never the same action.
        let mut taken: HashSet<usize> = HashSet::new();
        for item in &record.items {
            let item_words = words(&item.text);
            let earlier = out
                .iter()
                .enumerate()
                .filter(|(i, (c, _))| {
                    !taken.contains(i) && c.meeting.id != meeting.id && same_owner(&c.item, item)
                })
                .map(|(i, (c, w))| {
                    (
                        i,
                        if c.item.id == item.id {
                            1.0
                        } else {
                            similarity(w, &item_words)
                        },
                    )
                })
                .filter(|&(_, s)| s >= SAME_ACTION)
                .max_by(|a, b| a.1.total_cmp(&b.1));
            match earlier {
                Some((i, _)) => {
                    taken.insert(i);
                    let (cross, w) = &mut out[i];
                    cross.item = item.clone();
                    cross.meeting = meeting.clone();
                    cross
                        .occurrences
                        .push((meeting.id.clone(), item.id.clone()));
                    *w = item_words;
                }
                None => {
                    taken.insert(out.len());
                    out.push((
                        CrossItem {
                            item: item.clone(),
                            meeting: meeting.clone(),
                            first: meeting.clone(),
                            occurrences: vec![(meeting.id.clone(), item.id.clone())],
                        },
                        item_words,
                    ));
                }
            }
        }
    }
    out.into_iter().map(|(c, _)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record;

    fn meeting(id: &str, date: (i32, u32, u32)) -> MeetingRef {
        MeetingRef {
            id: id.into(),
            name: format!("Meeting {id}"),
            date: NaiveDate::from_ymd_opt(date.0, date.1, date.2),
        }
    }

    fn read(text: &str) -> Record {
        record::read_text(text).expect("reads")
    }

    #[test]
    fn an_action_recorded_again_is_one_item_open_since_its_first_meeting() {
        let march = read(
            "Board, 12 March 2024\n\n1. Budget\n\n- The Secretariat will circulate the draft budget report.\n- Members are invited to propose speakers.\n",
        );
        let april = read(
            "Board, 9 April 2024\n\n1. Budget\n\n- The Secretariat will circulate the revised draft budget report.\n- The chair will book the hall.\n",
        );
        let all = across(&[
            (meeting("april", (2024, 4, 9)), &april),
            (meeting("march", (2024, 3, 12)), &march),
        ]);
        assert_eq!(all.len(), 3);
        let carried = &all[0];
        assert!(carried.carried_over());
        assert_eq!(carried.first.id, "march");
        assert_eq!(carried.meeting.id, "april");
        assert!(carried.item.text.contains("revised"));
        assert!(!all[1].carried_over() && !all[2].carried_over());
    }

    #[test]
    fn different_owners_are_different_actions() {
        let one = read("A, 1 May 2024\n\n1. X\n\n- The Secretariat will circulate the report.\n");
        let two = read("B, 8 May 2024\n\n1. X\n\n- MAG members will circulate the report.\n");
        assert_eq!(
            across(&[
                (meeting("1", (2024, 5, 1)), &one),
                (meeting("2", (2024, 5, 8)), &two)
            ])
            .len(),
            2
        );
    }
}
