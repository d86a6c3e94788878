//! The state as browser storage keeps it: one value for the person and
//! one per record, each with its own schema number. A change to one item
//! rewrites one record's value (a few kilobytes), not everything, and an
//! unreadable value costs one record, not all of them.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::model::{FollowUps, ItemState, RecordFollowUps};
use super::person::Person;
use super::schema::{APP, SCHEMA, StateError, schema_of};

#[derive(Serialize)]
struct PersonOut<'a> {
    app: &'static str,
    schema: u32,
    person: &'a Person,
}

#[derive(Deserialize)]
struct PersonIn {
    app: Option<String>,
    schema: u64,
    #[serde(default)]
    person: Person,
}

#[derive(Serialize)]
struct RecordOut<'a> {
    app: &'static str,
    schema: u32,
    title: &'a str,
    items: &'a BTreeMap<String, ItemState>,
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    seen: &'a BTreeSet<String>,
}

#[derive(Deserialize)]
struct RecordIn {
    app: Option<String>,
    schema: u64,
    #[serde(default)]
    title: String,
    #[serde(default)]
    items: BTreeMap<String, ItemState>,
    #[serde(default)]
    seen: BTreeSet<String>,
}

/// Why a part that did not read as this schema failed.
fn diagnose(json: &str) -> StateError {
    match schema_of(json) {
        Ok(schema) if schema > SCHEMA => StateError::Newer(schema),
        // Parts exist from schema 2 on: an older number is not ours.
        Ok(schema) if schema < SCHEMA => StateError::Foreign,
        Ok(_) => match serde_json::from_str::<serde::de::IgnoredAny>(json) {
            Ok(_) => StateError::Corrupt("a value of the wrong shape".into()),
            Err(e) => StateError::Corrupt(e.to_string()),
        },
        Err(error) => error,
    }
}

fn ours(app: Option<&str>, schema: u64) -> bool {
    app == Some(APP) && schema == u64::from(SCHEMA)
}

impl FollowUps {
    /// The person's value: who they are, the groups they follow.
    pub fn person_json(&self) -> String {
        let out = PersonOut {
            app: APP,
            schema: SCHEMA,
            person: &self.person,
        };
        serde_json::to_string(&out).unwrap_or_default()
    }

    /// One record's value, if the person has state for it.
    pub fn record_json(&self, key: &str) -> Option<String> {
        let record = self.records.get(key)?;
        let out = RecordOut {
            app: APP,
            schema: SCHEMA,
            title: &record.title,
            items: &record.items,
            seen: &record.seen,
        };
        serde_json::to_string(&out).ok()
    }
}

pub fn person_from_json(json: &str) -> Result<Person, StateError> {
    match serde_json::from_str::<PersonIn>(json) {
        Ok(p) if ours(p.app.as_deref(), p.schema) => Ok(p.person),
        _ => Err(diagnose(json)),
    }
}

pub fn record_from_json(json: &str) -> Result<RecordFollowUps, StateError> {
    match serde_json::from_str::<RecordIn>(json) {
        Ok(r) if ours(r.app.as_deref(), r.schema) => Ok(RecordFollowUps {
            title: r.title,
            items: r.items,
            seen: r.seen,
        }),
        _ => Err(diagnose(json)),
    }
}
