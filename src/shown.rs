//! What an item list shows: each item with the record its follow-ups are
//! kept under, and — across meetings — where it comes from.

use crate::across::{CrossItem, MeetingRef};
use crate::filter::Filter;
use crate::followup::{FollowUps, ItemState};
use crate::record::{ActionItem, Record};

/// Where an item shown across meetings comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Origin {
    /// The latest meeting that recorded it (its wording is shown).
    pub meeting: MeetingRef,
    /// The meeting where it first appeared: "open since".
    pub first: MeetingRef,
    /// Every (meeting id, item id) that recorded it.
    pub occurrences: Vec<(String, String)>,
}

/// An item as a list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub item: ActionItem,
    /// The record key its follow-ups are kept under (its latest meeting's).
    pub record: String,
    pub origin: Option<Origin>,
}

impl Shown {
    /// A key unique in a list, for keyed rendering. It differs between a
    /// record's list and the all-meetings list, whose cards show more.
    pub fn key(&self) -> String {
        let list = if self.origin.is_some() { "all" } else { "one" };
        format!("{list}/{}/{}", self.record, self.item.id)
    }

    /// A prefix for the ids of the card's elements, unique on the page.
    pub fn dom_id(&self) -> String {
        format!(
            "{}-{}",
            &self.record[..self.record.len().min(6)],
            self.item.id
        )
    }

    /// The person's state that decides the item's status. Across meetings,
    /// an occurrence the person closed closes the item (they did it, or it
    /// is not theirs, wherever it was recorded again); otherwise its latest.
    pub fn state<'a>(&self, followups: &'a FollowUps) -> Option<&'a ItemState> {
        let own = followups.item(&self.record, &self.item.id);
        let Some(origin) = &self.origin else {
            return own;
        };
        origin
            .occurrences
            .iter()
            .filter_map(|(record, id)| followups.item(record, id))
            .find(|s| s.status.is_closed())
            .or(own)
    }
}

/// The items of one record.
pub fn of_record(key: &str, record: &Record) -> Vec<Shown> {
    record
        .items
        .iter()
        .map(|item| Shown {
            item: item.clone(),
            record: key.to_string(),
            origin: None,
        })
        .collect()
}

/// The items across meetings (see [`crate::across`]).
pub fn of_cross(items: Vec<CrossItem>) -> Vec<Shown> {
    items
        .into_iter()
        .map(|c| Shown {
            record: c.meeting.id.clone(),
            item: c.item,
            origin: Some(Origin {
                meeting: c.meeting,
                first: c.first,
                occurrences: c.occurrences,
            }),
        })
        .collect()
}

/// The items that pass the filter, in order.
pub fn visible(all: &[Shown], filter: &Filter, followups: &FollowUps) -> Vec<Shown> {
    all.iter()
        .filter(|s| filter.fits(&s.item, s.state(followups), &followups.person))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::across::across;
    use crate::followup::Status;
    use crate::record;

    #[test]
    fn an_action_done_in_any_meeting_is_done_across_meetings() {
        let march = record::read_text("Board, 12 March 2024\n\n1. Budget\n\n- The Secretariat will circulate the budget report.\n")
            .unwrap();
        let april = record::read_text("Board, 9 April 2024\n\n1. Budget\n\n- The Secretariat will circulate the revised budget report.\n")
            .unwrap();
        let m = |id: &str| MeetingRef {
            id: id.into(),
            name: id.into(),
            date: None,
        };
        let shown = of_cross(across(&[(m("march"), &march), (m("april"), &april)]));
        assert_eq!(shown.len(), 1);
        let mut followups = FollowUps::default();
        assert_eq!(shown[0].state(&followups), None);
        followups.set_status("march", &march.items[0], Status::Done, 5);
        assert_eq!(
            shown[0].state(&followups).map(|s| s.status),
            Some(Status::Done)
        );
        let open = Filter {
            status: crate::filter::StatusFilter::Open,
            ..Filter::default()
        };
        assert!(visible(&shown, &open, &followups).is_empty());
    }
}
