//! A person's own follow-up state: the only thing in Follow-up that cannot
//! be re-created, so it is versioned, migrated, merged and re-attached
//! with care, and never dropped silently.
//!
//! - [`model`]: statuses, notes, stars, by record and item.
//! - [`person`]: "I am …", followed groups, and the "Mine" view.
//! - [`schema`]: the saved shape's version and migrations.
//! - [`parts`]: the state split for storage, a value per record.
//! - [`merge`]: two copies into one, the newer change winning.
//! - [`reattach`]: states follow their items through record edits.
//! - [`transfer`]: export and import.

pub mod merge;
pub mod model;
pub mod parts;
pub mod person;
pub mod reattach;
pub mod schema;
pub mod transfer;

pub use merge::Merged;
pub use model::{FollowUps, ItemState, RecordFollowUps, Status};
pub use parts::{person_from_json, record_from_json};
pub use person::Person;
pub use reattach::{Moved, Orphan, orphans, reattach};
pub use schema::{APP, SCHEMA, StateError};
pub use transfer::ImportError;

use crate::record::Meeting;
use crate::record::id::{fnv1a, normalise};

/// Identifies a record across loads: its title as written and its date,
/// normalised.
pub fn record_key(meeting: &Meeting) -> String {
    let date = meeting.date.map(|d| d.to_string()).unwrap_or_default();
    let title = if meeting.written_title.is_empty() {
        &meeting.title
    } else {
        &meeting.written_title
    };
    format!(
        "{:016x}",
        fnv1a(format!("{}|{date}", normalise(title)).as_bytes())
    )
}
