//! Keeps the person's follow-ups in the browser's local storage: one value
//! for the person and one per record (see [`crate::followup::parts`]), under
//! keys versioned with the schema. A saved value this build cannot read is
//! copied to a backup key and never overwritten; a value under the older
//! key is migrated and left where it was.

use std::collections::BTreeMap;

use wasm_bindgen::{JsCast, JsValue};

use crate::followup::{
    FollowUps, Person, RecordFollowUps, StateError, person_from_json, record_from_json,
};

use super::notice::{Download, Notice};

/// The person ("I am …", followed groups), schema 2.
pub const KEY: &str = "followup.v2";
/// Each record's follow-ups: `followup.v2.record.<record key>`.
pub const RECORD_PREFIX: &str = "followup.v2.record.";
/// Where builds of schema 1 saved everything in one value: read once when
/// nothing newer is there, never written.
pub const LEGACY_KEY: &str = "followup.v1";
/// Unreadable values are copied to `followup.v2.backup.<ms since 1970>`.
pub const BACKUP_PREFIX: &str = "followup.v2.backup.";

pub fn record_storage_key(record: &str) -> String {
    format!("{RECORD_PREFIX}{record}")
}

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

/// What this tab knows storage holds: the raw values it read or wrote,
/// and the parts they hold. A value found there that differs was written
/// by another tab.
#[derive(Clone, Debug, Default)]
pub struct Stored {
    pub raw: BTreeMap<String, String>,
    pub person: Option<Person>,
    pub records: BTreeMap<String, RecordFollowUps>,
}

/// What loading found.
pub struct Loaded {
    pub followups: FollowUps,
    pub stored: Stored,
    pub notice: Option<Notice>,
    /// False when saving would destroy something (a value that could not
    /// be set aside, a newer build's value) or storage is unusable.
    pub may_save: bool,
}

impl Loaded {
    fn fresh(notice: Option<Notice>, may_save: bool) -> Loaded {
        Loaded {
            followups: FollowUps::default(),
            stored: Stored::default(),
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

/// Every key in the store.
pub fn keys(store: &web_sys::Storage) -> Vec<String> {
    (0..store.length().unwrap_or(0))
        .filter_map(|i| store.key(i).ok().flatten())
        .collect()
}

pub fn load_from(store: &web_sys::Storage) -> Loaded {
    let head = match read(store, KEY) {
        Ok(head) => head,
        Err(problem) => return Loaded::fresh(Some(problem.notice(None)), false),
    };
    let record_keys: Vec<String> = keys(store)
        .into_iter()
        .filter(|k| k.starts_with(RECORD_PREFIX))
        .collect();
    if head.is_none() && record_keys.is_empty() {
        return load_legacy(store);
    }
    let mut loaded = Loaded::fresh(None, true);
    let mut unreadable = Vec::new();
    for key in head
        .is_some()
        .then(|| KEY.to_string())
        .into_iter()
        .chain(record_keys)
    {
        let Ok(Some(raw)) = read(store, &key) else {
            continue;
        };
        let read = match key.strip_prefix(RECORD_PREFIX) {
            Some(record) => record_from_json(&raw).map(|r| {
                loaded
                    .followups
                    .records
                    .insert(record.to_string(), r.clone());
                loaded.stored.records.insert(record.to_string(), r);
            }),
            None => person_from_json(&raw).map(|p| {
                loaded.followups.person = p.clone();
                loaded.stored.person = Some(p);
            }),
        };
        if let Err(error) = read {
            unreadable.push((key.clone(), raw.clone(), error));
        }
        loaded.stored.raw.insert(key, raw);
    }
    if !unreadable.is_empty() {
        let (notice, may_save) = set_aside_all(store, &unreadable);
        if may_save {
            // Each is kept under its backup key: clearing its old place
            // lets the next load start cleanly instead of warning again.
            for (key, _, _) in &unreadable {
                if store.remove_item(key).is_ok() {
                    loaded.stored.raw.remove(key);
                }
            }
        }
        loaded.notice = Some(notice);
        loaded.may_save = may_save;
    }
    loaded
}

/// Schema 1 kept everything under one key: migrated, and left there.
fn load_legacy(store: &web_sys::Storage) -> Loaded {
    let Ok(Some(raw)) = read(store, LEGACY_KEY) else {
        return Loaded::fresh(None, true);
    };
    match FollowUps::from_json(&raw) {
        Ok(followups) => Loaded {
            followups,
            ..Loaded::fresh(None, true)
        },
        Err(error) => {
            // It is never written, so saving does not endanger it.
            let (notice, _) = set_aside_all(store, &[(LEGACY_KEY.to_string(), raw, error)]);
            Loaded::fresh(Some(notice), true)
        }
    }
}

/// Keeps every unreadable value aside and words the notice; saving stays
/// allowed only if all were kept and none is a newer build's.
fn set_aside_all(
    store: &web_sys::Storage,
    unreadable: &[(String, String, StateError)],
) -> (Notice, bool) {
    let newer = unreadable
        .iter()
        .find(|(_, _, e)| matches!(e, StateError::Newer(_)));
    let backups: Vec<Option<String>> = unreadable
        .iter()
        .map(|(_, raw, _)| set_aside(store, raw))
        .collect();
    let all_kept = backups.iter().all(Option::is_some);
    let mut text = match (newer, unreadable.len()) {
        (Some((_, _, error)), _) => error.to_string(),
        (None, 1) => "Your saved follow-ups could not be read.".to_string(),
        (None, n) => format!("{n} parts of your saved follow-ups could not be read."),
    };
    let kept: Vec<&str> = backups.iter().flatten().map(String::as_str).collect();
    match kept.as_slice() {
        [] => text.push_str(" The saved value is kept where it was; you can download it."),
        [one] => text.push_str(&format!(" The saved value is kept, untouched, under “{one}” in this browser; you can download it.")),
        many => text.push_str(&format!(" The saved values are kept, untouched, under “{}” in this browser; you can download them.", many.join("”, “"))),
    }
    let may_save = all_kept && newer.is_none();
    text.push_str(if may_save {
        " You start with what could be read."
    } else {
        " Changes you make in this tab are not saved."
    });
    let contents = match unreadable {
        [(_, raw, _)] => raw.clone(),
        many => serde_json::to_string(
            &many
                .iter()
                .map(|(k, raw, _)| (k.as_str(), raw.as_str()))
                .collect::<BTreeMap<_, _>>(),
        )
        .unwrap_or_default(),
    };
    let download = Download::new(format!("followup-backup-{}.json", stamp()), contents);
    (
        Notice::warning(Notice::LOAD, text).with_download(Some(download)),
        may_save,
    )
}

/// Writes the person and every record (after an import, a migration; and
/// the benchmark's "save everything"), returning what storage then holds.
pub fn save_all(store: &web_sys::Storage, followups: &FollowUps) -> Result<Stored, StorageProblem> {
    let mut stored = Stored::default();
    let person = followups.person_json();
    write(store, KEY, &person)?;
    stored.raw.insert(KEY.to_string(), person);
    stored.person = Some(followups.person.clone());
    for (key, record) in &followups.records {
        let json = followups.record_json(key).unwrap_or_default();
        let storage_key = record_storage_key(key);
        write(store, &storage_key, &json)?;
        stored.raw.insert(storage_key, json);
        stored.records.insert(key.clone(), record.clone());
    }
    Ok(stored)
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
    // Several values set aside in the same millisecond get their own keys.
    let now = super::clock::now_ms();
    let key = (0..)
        .map(|n| {
            if n == 0 {
                format!("{BACKUP_PREFIX}{now}")
            } else {
                format!("{BACKUP_PREFIX}{now}-{n}")
            }
        })
        .find(|k| read(store, k).ok().flatten().is_none())?;
    write(store, &key, raw).ok().map(|()| key)
}

/// The backup keys in this browser, oldest first.
pub fn backups(store: &web_sys::Storage) -> Vec<String> {
    let mut keys: Vec<String> = keys(store)
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect();
    crate::sort::sort_by(&mut keys, |a, b| a.cmp(b));
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
