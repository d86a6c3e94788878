//! Keeps the person's follow-ups in the browser's local storage, under a
//! key versioned with the schema. A saved value this build cannot read is
//! copied to a backup key and never overwritten; a value under the older
//! key is migrated and left where it was.

use wasm_bindgen::{JsCast, JsValue};

use crate::followup::{FollowUps, StateError};

use super::notice::{Download, Notice};

/// The saved follow-ups (schema 2).
pub const KEY: &str = "followup.v2";
/// Where builds of schema 1 saved them: read once, never written.
pub const LEGACY_KEY: &str = "followup.v1";
/// Unreadable values are copied to `followup.v2.backup.<ms since 1970>`.
pub const BACKUP_PREFIX: &str = "followup.v2.backup.";

/// Why the browser would not keep a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// QuotaExceededError (NS_ERROR_DOM_QUOTA_REACHED in older Firefox).
    Full,
    /// Blocked, private mode, a third-party frame: SecurityError.
    Unavailable,
    /// Anything else, by the name the browser gave it.
    Failed(String),
}

impl StorageProblem {
    /// Sorts a DOMException (or anything thrown) by its name and code.
    pub fn of(error: &JsValue) -> StorageProblem {
        let (name, code) = match error.dyn_ref::<web_sys::DomException>() {
            Some(e) => (e.name(), e.code()),
            None => (
                js_sys::Reflect::get(error, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string())
                    .unwrap_or_default(),
                0,
            ),
        };
        match (name.as_str(), code) {
            ("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED", _) | (_, 22 | 1014) => {
                StorageProblem::Full
            }
            ("SecurityError", _) | (_, 18) => StorageProblem::Unavailable,
            _ => StorageProblem::Failed(name),
        }
    }

    /// What the person is told; `download` offers what could not be saved.
    pub fn notice(&self, download: Option<Download>) -> Notice {
        let text = match self {
            StorageProblem::Full => {
                "This browser’s storage for this page is full, so your latest changes are not saved. What was saved before is untouched, and your changes stay in this tab until you close it: download them to keep a copy."
            }
            StorageProblem::Unavailable => {
                "This browser does not let the page save anything here (private browsing, blocked site data or an embedded frame), so your ticks and notes last only until you close the tab: download them to keep a copy."
            }
            StorageProblem::Failed(_) => {
                "The browser refused to save your latest changes. What was saved before is untouched, and your changes stay in this tab until you close it: download them to keep a copy."
            }
        };
        Notice::warning(Notice::STORAGE, text).with_download(download)
    }
}

/// The page's local storage, if the browser lets this page use it. Asking
/// can itself throw (SecurityError) where storage is blocked, and
/// gloo-storage's `raw()` panics then: it is called only once asking
/// succeeded.
pub fn storage() -> Result<web_sys::Storage, StorageProblem> {
    let window = web_sys::window().ok_or(StorageProblem::Unavailable)?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(<gloo_storage::LocalStorage as gloo_storage::Storage>::raw()),
        Ok(None) => Err(StorageProblem::Unavailable),
        Err(e) => Err(StorageProblem::of(&e)),
    }
}

pub fn read(store: &web_sys::Storage, key: &str) -> Result<Option<String>, StorageProblem> {
    store.get_item(key).map_err(|e| StorageProblem::of(&e))
}

/// Writes a value; on failure the browser leaves the previous one as it was.
pub fn write(store: &web_sys::Storage, key: &str, value: &str) -> Result<(), StorageProblem> {
    store
        .set_item(key, value)
        .map_err(|e| StorageProblem::of(&e))
}

/// What loading found.
pub struct Loaded {
    pub followups: FollowUps,
    /// The value under [`KEY`] as read: saving compares against it.
    pub stored: Option<String>,
    pub notice: Option<Notice>,
    /// False when saving would destroy something (a value that could not
    /// be set aside, a newer build's value) or storage is unusable.
    pub may_save: bool,
}

impl Loaded {
    fn fresh(notice: Option<Notice>, may_save: bool) -> Loaded {
        Loaded {
            followups: FollowUps::default(),
            stored: None,
            notice,
            may_save,
        }
    }
}

/// Reads the saved follow-ups; problems become a notice and a start with
/// what could be read.
pub fn load() -> Loaded {
    match storage() {
        Ok(store) => load_from(&store),
        Err(problem) => Loaded::fresh(Some(problem.notice(None)), false),
    }
}

pub fn load_from(store: &web_sys::Storage) -> Loaded {
    let (key, raw) = match (read(store, KEY), read(store, LEGACY_KEY)) {
        (Err(problem), _) => return Loaded::fresh(Some(problem.notice(None)), false),
        (Ok(Some(raw)), _) => (KEY, raw),
        (Ok(None), Ok(Some(raw))) => (LEGACY_KEY, raw),
        (Ok(None), _) => return Loaded::fresh(None, true),
    };
    let stored = (key == KEY).then(|| raw.clone());
    match FollowUps::from_json(&raw) {
        Ok(followups) => Loaded {
            followups,
            stored,
            notice: None,
            may_save: true,
        },
        Err(error) => {
            let backup = set_aside(store, &raw);
            // A newer build's value is not saved over even with a backup:
            // that build would find its own state gone.
            let newer = matches!(error, StateError::Newer(_));
            let mut text = match &error {
                StateError::Newer(_) => error.to_string(),
                _ => "Your saved follow-ups could not be read.".to_string(),
            };
            match &backup {
                Some(backup_key) => {
                    text.push_str(&format!(" The saved value is kept, untouched, under “{backup_key}” in this browser; you can download it."))
                }
                None => text.push_str(" The saved value is kept where it was; you can download it."),
            }
            text.push_str(if newer || backup.is_none() {
                " Changes you make in this tab are not saved."
            } else {
                " You start with a clean list."
            });
            let download = Download::new(format!("followup-backup-{}.json", stamp()), raw);
            Loaded {
                followups: FollowUps::default(),
                stored,
                notice: Some(Notice::warning(Notice::LOAD, text).with_download(Some(download))),
                may_save: backup.is_some() && !newer,
            }
        }
    }
}

/// Copies an unreadable value to a backup key (once: a value already kept
/// is not copied again), returning the key, or `None` if it cannot be kept.
pub fn set_aside(store: &web_sys::Storage, raw: &str) -> Option<String> {
    if let Some(existing) = backups(store)
        .into_iter()
        .find(|k| read(store, k).ok().flatten().as_deref() == Some(raw))
    {
        return Some(existing);
    }
    let key = format!("{BACKUP_PREFIX}{}", super::clock::now_ms());
    write(store, &key, raw).ok().map(|()| key)
}

/// The backup keys in this browser, oldest first.
pub fn backups(store: &web_sys::Storage) -> Vec<String> {
    let mut keys: Vec<String> = (0..store.length().unwrap_or(0))
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect();
    keys.sort();
    keys
}

/// `2025-10-22`: today, for file names.
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

fn stamp() -> String {
    format!("{}-{}", today(), super::clock::now_ms() % 100_000)
}
