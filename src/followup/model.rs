//! The shape of a person's follow-up state and the operations a person
//! performs on it (tick, note, star), each stamped with its time.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::record::ActionItem;

use super::person::Person;
use super::schema::SCHEMA;

/// Where a person stands on an item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Open,
    InProgress,
    Done,
    NotForMe,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Open,
        Status::InProgress,
        Status::Done,
        Status::NotForMe,
    ];

    pub fn is_open(&self) -> bool {
        *self == Status::Open
    }

    /// Done and "not for me" leave the open list.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::NotForMe)
    }

    /// The value used in forms and saved JSON.
    pub fn key(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::NotForMe => "not_for_me",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Open => "Open",
            Status::InProgress => "In progress",
            Status::Done => "Done",
            Status::NotForMe => "Not for me",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One item's state. Unknown fields from newer builds are ignored on read;
/// fields at their default are not written (10,000 states are saved and
/// read on every load: bytes are time).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ItemState {
    #[serde(skip_serializing_if = "Status::is_open")]
    pub status: Status,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub star: bool,
    /// When the person last changed it, in milliseconds since 1970 (UTC).
    /// Merges keep the newer of two states by this stamp.
    pub changed: i64,
    /// The item's text when the state was last attached to it: what lets
    /// the state find its item again after the record was edited.
    pub text: String,
}

impl ItemState {
    /// Nothing the person would miss. Blank states are still kept, with
    /// their time, so that undoing a tick in one tab wins over the older
    /// tick another tab still has.
    pub fn is_blank(&self) -> bool {
        self.status == Status::Open && self.note.is_empty() && !self.star
    }
}

/// The follow-ups of one record, by item id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecordFollowUps {
    /// The record's title when last seen: names the record in an export.
    pub title: String,
    pub items: BTreeMap<String, ItemState>,
    /// The item ids the record had when last loaded: an item whose id is
    /// among them was there before, so it is not an edited version of
    /// another (see [`super::reattach`]).
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub seen: BTreeSet<String>,
}

/// Everything a person has saved: who they are, and their follow-ups by
/// record key (see [`super::record_key`]). Read and written only through
/// [`super::schema`] and [`super::parts`], which add the schema marker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUps {
    pub schema: u32,
    pub person: Person,
    pub records: BTreeMap<String, RecordFollowUps>,
}

impl Default for FollowUps {
    fn default() -> Self {
        FollowUps {
            schema: SCHEMA,
            person: Person::default(),
            records: BTreeMap::new(),
        }
    }
}

impl FollowUps {
    pub fn item(&self, record: &str, id: &str) -> Option<&ItemState> {
        self.records.get(record)?.items.get(id)
    }

    /// Applies `change` to the state of the item with this id and text,
    /// stamping the time and the item's current text.
    pub fn update(
        &mut self,
        record: &str,
        id: &str,
        text: &str,
        now_ms: i64,
        change: impl FnOnce(&mut ItemState),
    ) {
        let items = &mut self.records.entry(record.to_string()).or_default().items;
        let state = items.entry(id.to_string()).or_default();
        change(state);
        state.changed = now_ms;
        if state.text != text {
            state.text = text.to_string();
        }
    }

    pub fn set_status(&mut self, record: &str, item: &ActionItem, status: Status, now_ms: i64) {
        self.update(record, &item.id, &item.text, now_ms, |s| s.status = status);
    }

    /// The "Done" checkbox: unticking reopens the item.
    pub fn set_done(&mut self, record: &str, item: &ActionItem, done: bool, now_ms: i64) {
        let status = if done { Status::Done } else { Status::Open };
        self.set_status(record, item, status, now_ms);
    }

    pub fn set_note(&mut self, record: &str, item: &ActionItem, note: &str, now_ms: i64) {
        self.update(record, &item.id, &item.text, now_ms, |s| {
            s.note = note.to_string()
        });
    }

    pub fn set_star(&mut self, record: &str, item: &ActionItem, star: bool, now_ms: i64) {
        self.update(record, &item.id, &item.text, now_ms, |s| s.star = star);
    }

    /// Remembers the record's title, for exports and orphan reports.
    pub fn name_record(&mut self, record: &str, title: &str) {
        if let Some(r) = self.records.get_mut(record)
            && r.title != title
        {
            r.title = title.to_string();
        }
    }

    /// How many item states carry something (blank ones do not count).
    pub fn len(&self) -> usize {
        self.records
            .values()
            .flat_map(|r| r.items.values())
            .filter(|s| !s.is_blank())
            .count()
    }

    /// Nothing at all, not even an undone tick: there is nothing to save.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.person == Person::default()
    }
}
