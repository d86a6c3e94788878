//! Keeps the library of meetings in local storage: the list under one key,
//! each record's text under its own (see `crate::library` for the budget).

use std::sync::atomic::{AtomicBool, Ordering};

use crate::library::Library;

use super::notice::Notice;

/// The list of meetings.
pub const LIBRARY_KEY: &str = "followup.v2.library";
/// Prefix of each meeting's record text.
const TEXT_PREFIX: &str = "followup.v2.text.";

/// The page's storage, asked for the way the follow-ups ask for it.
fn storage() -> Option<web_sys::Storage> {
    super::persist::storage().ok()
}

/// Set when the saved list could not be read: saving would replace it.
static HOLD: AtomicBool = AtomicBool::new(false);

/// The saved library, or an empty one (a value this build cannot read is
/// left where it is and reported, never overwritten by an empty list).
pub fn load() -> (Library, Option<Notice>) {
    let Some(store) = storage() else {
        return (Library::default(), None);
    };
    match store.get_item(LIBRARY_KEY) {
        Ok(Some(raw)) => match Library::from_json(&raw) {
            Some(library) => (library, None),
            None => {
                HOLD.store(true, Ordering::Relaxed);
                let notice = Notice::warning(
                    Notice::LIBRARY,
                    "Your list of meetings could not be read (it may come from a newer version of Follow-up). \
                     It was left untouched; meetings you open now are not kept.",
                );
                (Library::default(), Some(notice))
            }
        },
        _ => (Library::default(), None),
    }
}

/// Saves the list of meetings.
pub fn save(library: &Library) -> Result<(), Notice> {
    if HOLD.load(Ordering::Relaxed) {
        return Ok(());
    }
    let store = storage().ok_or_else(|| {
        Notice::warning(
            Notice::LIBRARY,
            "This browser does not let the page keep meetings.",
        )
    })?;
    store
        .set_item(LIBRARY_KEY, &library.to_json())
        .map_err(|_| {
            Notice::warning(
                Notice::LIBRARY,
                "The browser's storage for this page is full: the list of meetings was not saved.",
            )
        })
}

/// A meeting's record text.
pub fn text(id: &str) -> Option<String> {
    storage()?
        .get_item(&format!("{TEXT_PREFIX}{id}"))
        .ok()
        .flatten()
}

/// Stores a meeting's record text.
pub fn store_text(id: &str, text: &str) -> Result<(), Notice> {
    let store = storage().ok_or_else(|| {
        Notice::warning(
            Notice::LIBRARY,
            "This browser does not let the page keep meetings.",
        )
    })?;
    store.set_item(&format!("{TEXT_PREFIX}{id}"), text).map_err(|_| {
        Notice::warning(Notice::LIBRARY,
            "The browser's storage for this page is full, so this record is shown but not kept. \
             Remove meetings you no longer follow to make room.",
        )
    })
}

/// Forgets a meeting's record text (after its removal can no longer be undone).
pub fn forget_text(id: &str) {
    if let Some(store) = storage() {
        let _ = store.remove_item(&format!("{TEXT_PREFIX}{id}"));
    }
}
