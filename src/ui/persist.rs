//! Keeps the person's follow-ups in the browser's local storage, under one
//! versioned key. A saved value this build cannot read is set aside under a
//! backup key, never overwritten.

use std::sync::atomic::{AtomicBool, Ordering};

use gloo_storage::{LocalStorage, Storage};

use crate::followup::{FollowUps, StateError};

use super::notice::Notice;

/// The saved follow-ups. The version in the key changes only if the
/// storage layout itself changes; the value carries its own schema number.
pub const KEY: &str = "followup.v1";
const BACKUP_PREFIX: &str = "followup.v1.backup.";

/// Set when an unreadable saved value could not be set aside: saving would
/// destroy it, so this session saves nothing.
static HOLD_SAVES: AtomicBool = AtomicBool::new(false);

/// The page's local storage, if the browser lets this page use it (it may
/// not in private modes, sandboxed frames or with site data blocked).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether this page may use local storage at all.
pub fn available() -> bool {
    storage().is_some()
}

/// Reads the saved follow-ups; problems become a notice and a fresh start.
pub fn load() -> (FollowUps, Option<Notice>) {
    let Some(store) = storage() else {
        return (
            FollowUps::default(),
            Some(Notice::warning(
                "This browser does not let the page save anything, so your ticks and notes last only until you close it.",
            )),
        );
    };
    let raw = match store.get_item(KEY) {
        Ok(Some(raw)) => raw,
        _ => return (FollowUps::default(), None),
    };
    match FollowUps::from_json(&raw) {
        Ok(followups) => (followups, None),
        Err(error) => {
            let backup = format!("{BACKUP_PREFIX}{}", super::clock::now_ms());
            let kept = store.set_item(&backup, &raw).is_ok();
            // Without a backup the unreadable value stays where it is, and
            // nothing is saved over it this session.
            HOLD_SAVES.store(!kept, Ordering::Relaxed);
            let what = match error {
                StateError::Newer(_) => error.to_string(),
                StateError::Corrupt(_) => "Your saved follow-ups could not be read.".to_string(),
            };
            let where_ = if kept {
                format!(" They were kept aside under “{backup}”.")
            } else {
                String::new()
            };
            (
                FollowUps::default(),
                Some(Notice::warning(format!(
                    "{what}{where_} You start with a clean list."
                ))),
            )
        }
    }
}

/// Saves the follow-ups (as JSON); the error, if any, is worded for the person.
pub fn save(json: &str) -> Result<(), Notice> {
    if storage().is_none() {
        return Err(Notice::warning(
            "This browser does not let the page save anything, so your ticks and notes last only until you close it.",
        ));
    }
    if HOLD_SAVES.load(Ordering::Relaxed) {
        return Err(Notice::warning(
            "Your changes are not saved: the stored value could not be read or set aside.",
        ));
    }
    LocalStorage::raw().set_item(KEY, json).map_err(|_| {
        Notice::warning("The browser's storage for this page is full: your latest changes are kept only until you close it.")
    })
}
