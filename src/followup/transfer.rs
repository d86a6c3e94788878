//! Export to a file and import from one: how a person keeps a copy, and
//! moves their state between the standalone page and an embedded widget
//! (whose storage browsers keep apart).

use std::fmt;

use super::merge::Merged;
use super::model::FollowUps;
use super::schema::StateError;

/// Larger files are not an export of this app (10,000 follow-ups with
/// notes take about 3 MB).
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

/// Why a file could not be imported, in words for the person who chose it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    NotJson,
    NotFollowUps,
    Damaged(String),
    Newer(u32),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge => write!(
                f,
                "This file is too large to be a Follow-up export. Nothing was imported."
            ),
            ImportError::NotJson => write!(
                f,
                "This file is not a Follow-up export (it is not JSON). Nothing was imported."
            ),
            ImportError::NotFollowUps => write!(
                f,
                "This file is JSON but not a Follow-up export. Nothing was imported."
            ),
            ImportError::Damaged(why) => write!(
                f,
                "This Follow-up export is damaged ({why}). Nothing was imported."
            ),
            ImportError::Newer(v) => write!(
                f,
                "This file was exported by a newer version of Follow-up (format {v}). Reload the page to update, then import it again."
            ),
        }
    }
}

impl std::error::Error for ImportError {}

impl FollowUps {
    /// Reads an exported file (any schema this build knows).
    pub fn import(json: &str) -> Result<FollowUps, ImportError> {
        if json.len() > MAX_IMPORT_BYTES {
            return Err(ImportError::TooLarge);
        }
        let json = json.trim_start_matches('\u{feff}');
        FollowUps::from_json(json).map_err(|e| match e {
            // A file cut short still shows it was ours; anything else that
            // does not parse was never an export.
            StateError::Corrupt(why) if looks_like_ours(json) => ImportError::Damaged(why),
            StateError::Corrupt(_) => ImportError::NotJson,
            StateError::Foreign => ImportError::NotFollowUps,
            StateError::Newer(v) => ImportError::Newer(v),
        })
    }

    /// Merges an imported file into this state and says what it brought.
    pub fn import_into(&mut self, json: &str) -> Result<Merged, ImportError> {
        let theirs = FollowUps::import(json)?;
        Ok(self.merge(&theirs))
    }
}

fn looks_like_ours(json: &str) -> bool {
    json.trim_start().starts_with('{') && json.contains("\"schema\"")
}

/// "followup-2025-10-22.json": the file name of an export made that day.
pub fn export_file_name(date: &str) -> String {
    format!("followup-{date}.json")
}
