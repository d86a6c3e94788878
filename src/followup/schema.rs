//! The saved shape's version, reading any version this build knows (with
//! migration to the current one) and writing the current one.
//!
//! Version history:
//! - 1: `{schema, records: {key: {items: {id: {status, note, changed}}}}}`.
//! - 2: adds `app`, `person`, each record's `title`, and each item's
//!   `star` and `text` (the snapshot re-attachment matches on).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::model::{FollowUps, RecordFollowUps};
use super::person::Person;

/// Version of the saved shape written by this build.
pub const SCHEMA: u32 = 2;

/// Marks a value (or exported file) as Follow-up's, from schema 2 on.
pub const APP: &str = "followup";

/// Why saved state could not be read. The saved value is never discarded
/// for these: the caller keeps it aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StateError {
    /// Not JSON, or damaged JSON of our shape.
    Corrupt(String),
    /// JSON, but not something Follow-up saved.
    Foreign,
    /// Saved by a newer version of the app.
    Newer(u32),
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StateError::Corrupt(why) => {
                write!(f, "Your saved follow-ups could not be read ({why}).")
            }
            StateError::Foreign => write!(
                f,
                "The saved value is not a Follow-up state (another page may have written it)."
            ),
            StateError::Newer(v) => write!(
                f,
                "Your follow-ups were saved by a newer version of Follow-up (format {v}); reload to update."
            ),
        }
    }
}

impl std::error::Error for StateError {}

/// What every saved value starts with, read before the rest so that a
/// newer or foreign shape is recognised as such, not as damage.
#[derive(Deserialize)]
struct Probe {
    app: Option<String>,
    schema: Option<u64>,
}

/// The shape of this schema, read in one pass (the common case).
#[derive(Deserialize)]
struct Current {
    app: Option<String>,
    schema: u64,
    #[serde(default)]
    person: Person,
    #[serde(default)]
    records: BTreeMap<String, RecordFollowUps>,
}

impl From<Current> for FollowUps {
    fn from(current: Current) -> FollowUps {
        FollowUps {
            schema: SCHEMA,
            person: current.person,
            records: current.records,
        }
    }
}

/// The shape written today, with the marker first.
#[derive(Serialize)]
struct Saved<'a> {
    app: &'static str,
    schema: u32,
    person: &'a Person,
    records: &'a BTreeMap<String, RecordFollowUps>,
}

/// The schema number a value says it has; or why it is not ours at all.
pub(super) fn schema_of(json: &str) -> Result<u32, StateError> {
    let probe: Probe = match serde_json::from_str(json) {
        Ok(probe) => probe,
        // Valid JSON of another kind (an array, a number) is foreign.
        Err(e) if e.is_data() => return Err(StateError::Foreign),
        Err(e) => return Err(StateError::Corrupt(e.to_string())),
    };
    let schema = probe.schema.ok_or(StateError::Foreign)?;
    if probe.app.as_deref().is_some_and(|a| a != APP) {
        return Err(StateError::Foreign);
    }
    Ok(u32::try_from(schema).unwrap_or(u32::MAX))
}

impl FollowUps {
    pub fn to_json(&self) -> String {
        let saved = Saved {
            app: APP,
            schema: SCHEMA,
            person: &self.person,
            records: &self.records,
        };
        // Serialising plain maps and strings cannot fail.
        serde_json::to_string(&saved).unwrap_or_default()
    }

    /// Reads a saved value of this or an older schema, migrating it.
    pub fn from_json(json: &str) -> Result<FollowUps, StateError> {
        // Most values are of this schema: one pass reads them. Anything
        // else is looked at more closely.
        if let Ok(current) = serde_json::from_str::<Current>(json)
            && current.schema == u64::from(SCHEMA)
            && current.app.as_deref() == Some(APP)
        {
            return Ok(current.into());
        }
        let schema = schema_of(json)?;
        let corrupt = |e: serde_json::Error| StateError::Corrupt(e.to_string());
        match schema {
            0 => Err(StateError::Foreign),
            1 => Ok(v1::migrate(serde_json::from_str(json).map_err(corrupt)?)),
            // Of this schema but without the marker, or damaged.
            SCHEMA => Ok(serde_json::from_str::<Current>(json)
                .map_err(corrupt)?
                .into()),
            newer => Err(StateError::Newer(newer)),
        }
    }
}

/// Schema 1, as builds before the person and the star saved it.
mod v1 {
    use std::collections::BTreeMap;

    use serde::Deserialize;

    use super::super::model::{FollowUps, ItemState, RecordFollowUps, Status};

    #[derive(Deserialize)]
    pub struct Saved {
        #[serde(default)]
        records: BTreeMap<String, Record>,
    }

    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct Record {
        items: BTreeMap<String, Item>,
    }

    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct Item {
        status: Status,
        note: String,
        changed: i64,
    }

    /// Every item keeps its status, note and time. Schema 1 kept no text,
    /// so these states stay with their id (re-attachment cannot move them)
    /// until the person next changes them.
    pub fn migrate(old: Saved) -> FollowUps {
        let records = old
            .records
            .into_iter()
            .map(|(key, record)| {
                let items = record
                    .items
                    .into_iter()
                    .map(|(id, item)| {
                        let state = ItemState {
                            status: item.status,
                            note: item.note,
                            changed: item.changed,
                            ..ItemState::default()
                        };
                        (id, state)
                    })
                    .collect();
                let record = RecordFollowUps {
                    items,
                    ..RecordFollowUps::default()
                };
                (key, record)
            })
            .collect();
        FollowUps {
            records,
            ..FollowUps::default()
        }
    }
}
