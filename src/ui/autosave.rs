//! Saving as a person works: changes are written a moment after the last
//! one (a note is not saved on every key), at once when the page is
//! hidden or closed, and merged item by item with what another tab of the
//! same page saved meanwhile, so that neither tab loses the other's work.
//! Only the values that changed are written: the person's, or a record's.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::followup::transfer::export_file_name;
use crate::followup::{FollowUps, Person, StateError, person_from_json, record_from_json};

use super::notice::{Download, Notice};
use super::persist::{self, KEY, Loaded, RECORD_PREFIX, Stored};
use super::state::AppState;

/// Long enough to gather a burst of typing into one write.
pub const DEBOUNCE: Duration = Duration::from_millis(300);

struct Saver {
    state: AppState,
    /// What this tab last read from or wrote to storage.
    stored: Stored,
    may_save: bool,
    timer: Option<TimeoutHandle>,
}

/// Starts saving `state.followups`, which were loaded as `loaded`.
pub fn start(state: AppState, loaded: &Loaded) {
    let saver = Rc::new(RefCell::new(Saver {
        state,
        stored: loaded.stored.clone(),
        may_save: loaded.may_save,
        timer: None,
    }));
    let on_change = saver.clone();
    Effect::new(move || {
        state.followups.track();
        schedule(&on_change);
    });
    let on_hide = saver.clone();
    let hidden = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush(&on_hide);
        }
    });
    let on_close = saver.clone();
    let closing = window_event_listener(leptos::ev::pagehide, move |_| flush(&on_close));
    let other_tab = window_event_listener(leptos::ev::storage, move |event| {
        took_other_tab(&saver, event.key(), event.new_value());
    });
    on_cleanup(move || {
        hidden.remove();
        closing.remove();
        other_tab.remove();
    });
}

fn schedule(saver: &Rc<RefCell<Saver>>) {
    let later = saver.clone();
    let timer = set_timeout_with_handle(move || flush(&later), DEBOUNCE).ok();
    if let Some(old) = std::mem::replace(&mut saver.borrow_mut().timer, timer) {
        old.clear();
    }
}

/// One stored value: the person's, or a record's.
#[derive(Clone, Copy)]
enum Part<'a> {
    Person,
    Record(&'a str),
}

impl<'a> Part<'a> {
    fn of(storage_key: &'a str) -> Option<Part<'a>> {
        if storage_key == KEY {
            return Some(Part::Person);
        }
        storage_key.strip_prefix(RECORD_PREFIX).map(Part::Record)
    }

    fn storage_key(self) -> String {
        match self {
            Part::Person => KEY.to_string(),
            Part::Record(key) => persist::record_storage_key(key),
        }
    }

    fn json(self, f: &FollowUps) -> Option<String> {
        match self {
            Part::Person => Some(f.person_json()),
            Part::Record(key) => f.record_json(key),
        }
    }

    /// Reads a value of this part as a state holding only it (to merge),
    /// and remembers it as what storage holds.
    fn read(self, raw: &str, stored: &mut Stored) -> Result<FollowUps, StateError> {
        let mut only = FollowUps::default();
        match self {
            Part::Person => {
                let person = person_from_json(raw)?;
                stored.person = Some(person.clone());
                only.person = person;
            }
            Part::Record(key) => {
                let record = record_from_json(raw)?;
                stored.records.insert(key.to_string(), record.clone());
                only.records.insert(key.to_string(), record);
            }
        }
        stored.raw.insert(self.storage_key(), raw.to_string());
        Ok(only)
    }

    /// Whether this tab holds something storage does not.
    fn is_dirty(self, f: &FollowUps, stored: &Stored) -> bool {
        match self {
            Part::Person => {
                stored.person.as_ref() != Some(&f.person)
                    && (stored.person.is_some() || f.person != Person::default())
            }
            Part::Record(key) => stored.records.get(key) != f.records.get(key),
        }
    }
}

/// Another tab saved (or cleared storage): take its changes (the newer
/// change of each item wins, so an edit here that it has not seen stays).
fn took_other_tab(saver: &Rc<RefCell<Saver>>, key: Option<String>, value: Option<String>) {
    let state = saver.borrow().state;
    let Some(key) = key else {
        // Cleared: this tab still holds everything and saves it again.
        saver.borrow_mut().stored = Stored::default();
        return schedule(saver);
    };
    let Some(part) = Part::of(&key) else {
        return;
    };
    let theirs = match &value {
        Some(raw) => part.read(raw, &mut saver.borrow_mut().stored).ok(),
        None => None,
    };
    if let Some(theirs) = theirs {
        state.merge_in(&theirs);
    }
}

fn flush(saver: &Rc<RefCell<Saver>>) {
    let (state, may_save) = {
        let mut s = saver.borrow_mut();
        if let Some(timer) = s.timer.take() {
            timer.clear();
        }
        (s.state, s.may_save)
    };
    if !may_save {
        return;
    }
    let store = match persist::storage() {
        Ok(store) => store,
        Err(problem) => return state.notify(problem.notice(unsaved(state))),
    };
    let dirty: Vec<String> = state.followups.with_untracked(|f| {
        let stored = &saver.borrow().stored;
        let records = f.records.keys().map(|k| Part::Record(k));
        std::iter::once(Part::Person)
            .chain(records)
            .filter(|p| p.is_dirty(f, stored))
            .map(Part::storage_key)
            .collect()
    });
    for storage_key in &dirty {
        if let Some(part) = Part::of(storage_key)
            && let Err(notice) = save_part(saver, &store, part)
        {
            return state.notify(notice);
        }
    }
    if !dirty.is_empty() {
        state.dismiss(Notice::STORAGE);
    }
}

/// Writes one part, first taking in what another tab wrote there since
/// this tab last looked.
fn save_part(
    saver: &Rc<RefCell<Saver>>,
    store: &web_sys::Storage,
    part: Part,
) -> Result<(), Notice> {
    let state = saver.borrow().state;
    let storage_key = part.storage_key();
    let current = persist::read(store, &storage_key).map_err(|p| p.notice(unsaved(state)))?;
    let known = saver.borrow().stored.raw.get(&storage_key).cloned();
    if let Some(raw) = current.as_ref().filter(|raw| Some(*raw) != known.as_ref()) {
        let theirs = part.read(raw, &mut saver.borrow_mut().stored);
        match theirs {
            Ok(theirs) => drop(state.merge_in(&theirs)),
            // Something unreadable was written there: keep it aside before
            // saving over it, or do not save over it at all.
            Err(_) if persist::set_aside(store, raw).is_some() => {}
            Err(_) => {
                saver.borrow_mut().may_save = false;
                return Err(Notice::warning(
                    Notice::STORAGE,
                    "Something else was saved where your follow-ups are kept, and it could not be set aside, so changes in this tab are no longer saved.",
                ));
            }
        }
    }
    let Some(json) = state.followups.with_untracked(|f| part.json(f)) else {
        return Ok(());
    };
    if current.as_deref() != Some(json.as_str()) {
        persist::write(store, &storage_key, &json).map_err(|p| p.notice(unsaved(state)))?;
    }
    let mut s = saver.borrow_mut();
    state.followups.with_untracked(|f| match part {
        Part::Person => s.stored.person = Some(f.person.clone()),
        Part::Record(key) => {
            if let Some(record) = f.records.get(key) {
                s.stored.records.insert(key.to_string(), record.clone());
            }
        }
    });
    s.stored.raw.insert(storage_key, json);
    Ok(())
}

/// Everything this tab holds, as an export, for a notice to offer when
/// it cannot be saved.
fn unsaved(state: AppState) -> Option<Download> {
    let json = state.followups.with_untracked(FollowUps::to_json);
    Some(Download::new(export_file_name(&persist::today()), json))
}
