//! Opening meetings: a record brought in (file, paste, link) is read, kept
//! in the library and shown; a kept meeting is shown again from its text.

use std::sync::Arc;

use leptos::prelude::*;

use crate::filter::{Filter, StatusFilter};
use crate::input::Input;
use crate::library::{Added, Entry, Source};
use crate::record::{self, Record, SAMPLE};

use super::clock::now_ms;
use super::library_store;
use super::notice::Notice;
use super::state::AppState;

/// The record of a kept meeting, from its stored text.
pub fn record_of(entry: &Entry) -> Option<Record> {
    let text = match entry.source {
        Source::Sample => SAMPLE.to_string(),
        _ => library_store::text(&entry.id)?,
    };
    record::read_text(&text).ok()
}

fn save_library(state: AppState) {
    if let Err(notice) = state.library.with_untracked(library_store::save) {
        state.notify(notice);
    }
}

/// Puts `record` on view, remembering it as the last meeting opened.
pub fn show(state: AppState, record: Record, src: Option<String>) {
    let id = crate::followup::record_key(&record.meeting);
    state.all.set(false);
    state.record.set(Arc::new(record));
    state.src.set(src);
    state.selected.set(None);
    state.filter.set(state.base_filter());
    state.library.update(|l| l.last = Some(id));
    save_library(state);
}

/// Shows every meeting's open items at once.
pub fn show_all(state: AppState) {
    state.selected.set(None);
    state.filter.set(Filter {
        status: StatusFilter::Open,
        ..state.base_filter()
    });
    state.all.set(true);
}

/// Shows a kept meeting; says so if its text is gone.
pub fn show_meeting(state: AppState, id: &str) {
    let Some(entry) = state.library.with_untracked(|l| l.get(id).cloned()) else {
        return;
    };
    match record_of(&entry) {
        Some(record) => show(state, record, entry.source.url()),
        None => state.notify(Notice::warning(Notice::RECORD, format!(
            "The text of “{}” is no longer in this browser's storage; open the record again to see it.",
            entry.name
        ))),
    }
}

/// Reads what was brought in, keeps it and shows it. The error, if any, is
/// for the person; nothing already kept is touched then.
pub fn open(state: AppState, input: Input, source: Source) -> Result<(), String> {
    let record = record::read_text(&input.text).map_err(|e| e.to_string())?;
    let entry = Entry::of(
        &record,
        source.clone(),
        input.text.chars().count(),
        now_ms(),
    );
    let id = entry.id.clone();
    let mut result = Ok(Added::New);
    state.library.update(|l| result = l.add(entry));
    let added = result.map_err(|over| over.to_string())?;
    if let Err(notice) = library_store::store_text(&id, &input.text) {
        state.notify(notice);
    }
    for note in &input.notes {
        state.notify(Notice::info("record-note", note.clone()));
    }
    if added == Added::Replaced {
        state.notify(Notice::info("record-replaced", 
            "This meeting was already in your list: its record was updated, and your ticks and notes stay with its items.",
        ));
    }
    let src = source.url();
    show(state, record, src);
    Ok(())
}

/// Opens a meeting again from the library when the person starts or
/// follows a link without a record; the sample when there is nothing else.
pub fn initial_record(state_library: &crate::library::Library) -> (Record, Option<String>) {
    let entry = state_library
        .last
        .as_deref()
        .and_then(|id| state_library.get(id))
        .or_else(|| state_library.by_date().into_iter().next());
    if let Some(entry) = entry
        && let Some(record) = record_of(entry)
    {
        return (record, entry.source.url());
    }
    (record::read_text(SAMPLE).unwrap_or_default(), None)
}
