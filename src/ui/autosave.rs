//! Saving as a person works: changes are written a moment after the last
//! one (a note is not saved on every key), at once when the page is
//! hidden or closed, and merged item by item with what another tab of the
//! same page saved meanwhile, so that neither tab loses the other's work.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::followup::FollowUps;

use super::notice::{Download, Notice};
use super::persist::{self, KEY, Loaded};
use super::state::AppState;

/// Long enough to gather a burst of typing into one write.
pub const DEBOUNCE: Duration = Duration::from_millis(300);

struct Saver {
    state: AppState,
    /// The value under [`KEY`] as this tab last read or wrote it; anything
    /// else found there was written by another tab.
    stored: Option<String>,
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
        if event.key().as_deref() == Some(KEY) {
            took_other_tab(&saver, event.new_value());
        }
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

/// Another tab saved: take its changes (the newer change of each item
/// wins, so an edit here that it has not seen yet stays).
fn took_other_tab(saver: &Rc<RefCell<Saver>>, value: Option<String>) {
    let state = saver.borrow().state;
    if let Some(theirs) = value.as_deref().and_then(|v| FollowUps::from_json(v).ok()) {
        state.merge_in(&theirs);
    }
    // That is what storage holds now; the next flush writes only what this
    // tab has beyond it.
    saver.borrow_mut().stored = value;
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
    let unsaved = || {
        let json = state.followups.with_untracked(FollowUps::to_json);
        Some(Download::new(
            format!("followup-{}.json", persist::today()),
            json,
        ))
    };
    let store = match persist::storage() {
        Ok(store) => store,
        Err(problem) => return state.notify(problem.notice(unsaved())),
    };
    let current = match persist::read(&store, KEY) {
        Ok(current) => current,
        Err(problem) => return state.notify(problem.notice(unsaved())),
    };
    if current != saver.borrow().stored {
        if let Some(raw) = &current {
            match FollowUps::from_json(raw) {
                Ok(theirs) => drop(state.merge_in(&theirs)),
                // Someone wrote something unreadable: keep it aside before
                // saving over it, or do not save over it at all.
                Err(_) if persist::set_aside(&store, raw).is_some() => {}
                Err(_) => {
                    saver.borrow_mut().may_save = false;
                    let text = "Something else was saved where your follow-ups are kept, and it could not be set aside, so changes in this tab are no longer saved.";
                    return state.notify(Notice::warning(Notice::STORAGE, text));
                }
            }
        }
        saver.borrow_mut().stored = current.clone();
    }
    let json = state.followups.with_untracked(FollowUps::to_json);
    let nothing = current.is_none() && state.followups.with_untracked(FollowUps::is_empty);
    if nothing || current.as_deref() == Some(json.as_str()) {
        return;
    }
    match persist::write(&store, KEY, &json) {
        Ok(()) => {
            saver.borrow_mut().stored = Some(json);
            state.dismiss(Notice::STORAGE);
        }
        Err(problem) => state.notify(problem.notice(unsaved())),
    }
}
