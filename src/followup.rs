//! A person's own follow-up state (done, notes), kept per record and item,
//! with the schema version that every saved copy carries.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::record::Meeting;
use crate::record::id::{fnv1a, normalise};

/// Version of the saved shape. Bump it with a migration in [`FollowUps::from_json`].
pub const SCHEMA: u32 = 1;

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
    /// Done and "not for me" leave the open list.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::NotForMe)
    }
}

/// One item's state. Unknown fields from newer builds are ignored on read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ItemState {
    pub status: Status,
    pub note: String,
    /// When the person last changed it, in milliseconds since 1970 (UTC).
    pub changed: i64,
}

impl ItemState {
    /// Nothing worth keeping: never stored.
    pub fn is_blank(&self) -> bool {
        self.status == Status::Open && self.note.is_empty()
    }
}

/// The follow-ups of one record, by item id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecordFollowUps {
    pub items: BTreeMap<String, ItemState>,
}

/// Everything a person has saved, by record key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUps {
    pub schema: u32,
    #[serde(default)]
    pub records: BTreeMap<String, RecordFollowUps>,
}

impl Default for FollowUps {
    fn default() -> Self {
        FollowUps {
            schema: SCHEMA,
            records: BTreeMap::new(),
        }
    }
}

/// Why saved state could not be read. The saved value is never discarded
/// for these: the caller keeps it aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StateError {
    /// Not JSON, or JSON of another shape.
    Corrupt(String),
    /// Saved by a newer version of the app.
    Newer(u32),
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StateError::Corrupt(why) => {
                write!(f, "Your saved follow-ups could not be read ({why}).")
            }
            StateError::Newer(v) => {
                write!(
                    f,
                    "Your follow-ups were saved by a newer version of Follow-up (format {v}); reload to update."
                )
            }
        }
    }
}

impl std::error::Error for StateError {}

/// Identifies a record across loads: its title and date, normalised.
pub fn record_key(meeting: &Meeting) -> String {
    let date = meeting.date.map(|d| d.to_string()).unwrap_or_default();
    format!(
        "{:016x}",
        fnv1a(format!("{}|{date}", normalise(&meeting.title)).as_bytes())
    )
}

impl FollowUps {
    pub fn item(&self, record: &str, id: &str) -> Option<&ItemState> {
        self.records.get(record)?.items.get(id)
    }

    /// Applies `change` to an item's state, stamping the time; blank
    /// states are removed so the saved value stays small.
    pub fn update(
        &mut self,
        record: &str,
        id: &str,
        now_ms: i64,
        change: impl FnOnce(&mut ItemState),
    ) {
        let items = &mut self.records.entry(record.to_string()).or_default().items;
        let state = items.entry(id.to_string()).or_default();
        change(state);
        state.changed = now_ms;
        if state.is_blank() {
            items.remove(id);
        }
        if items.is_empty() {
            self.records.remove(record);
        }
    }

    pub fn set_done(&mut self, record: &str, id: &str, done: bool, now_ms: i64) {
        self.update(record, id, now_ms, |s| {
            s.status = if done { Status::Done } else { Status::Open }
        });
    }

    pub fn set_note(&mut self, record: &str, id: &str, note: &str, now_ms: i64) {
        self.update(record, id, now_ms, |s| s.note = note.to_string());
    }

    pub fn to_json(&self) -> String {
        // Serialising plain maps and strings cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a saved value of this or an older schema.
    pub fn from_json(json: &str) -> Result<FollowUps, StateError> {
        /// Just the version, read first so a newer shape is recognised as such.
        #[derive(Deserialize)]
        struct Version {
            schema: Option<u64>,
        }
        let version: Version =
            serde_json::from_str(json).map_err(|e| StateError::Corrupt(e.to_string()))?;
        let schema = version
            .schema
            .ok_or_else(|| StateError::Corrupt("no schema version".into()))?;
        let schema = u32::try_from(schema).map_err(|_| StateError::Newer(u32::MAX))?;
        if schema > SCHEMA {
            return Err(StateError::Newer(schema));
        }
        serde_json::from_str(json).map_err(|e| StateError::Corrupt(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_everything() {
        let mut f = FollowUps::default();
        f.set_done("r", "a", true, 5);
        f.set_note("r", "b", "called Anja", 6);
        let back = FollowUps::from_json(&f.to_json()).unwrap();
        assert_eq!(back, f);
        assert_eq!(back.item("r", "a").unwrap().status, Status::Done);
    }

    #[test]
    fn blank_states_are_not_kept() {
        let mut f = FollowUps::default();
        f.set_done("r", "a", true, 5);
        f.set_done("r", "a", false, 6);
        assert!(f.records.is_empty());
    }

    #[test]
    fn unreadable_values_are_errors_not_panics() {
        assert!(matches!(
            FollowUps::from_json("{not json"),
            Err(StateError::Corrupt(_))
        ));
        assert!(matches!(
            FollowUps::from_json("[1,2]"),
            Err(StateError::Corrupt(_))
        ));
        assert_eq!(
            FollowUps::from_json(r#"{"schema": 99}"#),
            Err(StateError::Newer(99))
        );
    }
}
