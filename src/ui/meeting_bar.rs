//! The meetings kept in this browser: switch between them, add one,
//! rename or remove the one on view (with undo).

use leptos::prelude::*;

use crate::format;
use crate::library::Entry;

use super::library_store;
use super::load_dialog::LoadDialog;
use super::loader;
use super::notice::Notice;
use super::state::use_state;

/// How long a removal can be undone before the record's text is deleted.
const UNDO_SECONDS: u64 = 12;
/// The "All meetings" choice of the switcher.
const ALL: &str = "all";

fn label(entry: &Entry) -> String {
    match entry.date {
        Some(date) => format!("{} — {}", format::short_date(date), entry.name),
        None => entry.name.clone(),
    }
}

#[component]
pub fn MeetingBar() -> impl IntoView {
    let state = use_state();
    let adding = RwSignal::new(false);
    let renaming = RwSignal::new(None::<String>);
    let removed = RwSignal::new(None::<(usize, Entry)>);
    let current = move || state.record_key.get();
    let meetings = move || {
        state
            .library
            .with(|l| l.by_date().into_iter().cloned().collect::<Vec<_>>())
    };
    let current_name = move || {
        state.library.with(|l| {
            l.get(&current())
                .map(|m| m.name.clone())
                .unwrap_or_default()
        })
    };

    // The select's value: a meeting id, or "all".
    let chosen = move || {
        if state.all.get() {
            ALL.to_string()
        } else {
            current()
        }
    };
    let switch = move |ev: leptos::ev::Event| match event_target_value(&ev).as_str() {
        ALL => loader::show_all(state),
        id => loader::show_meeting(state, id),
    };
    let save_library = move || {
        if let Err(notice) = state.library.with_untracked(library_store::save) {
            state.notify(notice);
        }
    };
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(name) = renaming.get_untracked() {
            let id = current();
            state.library.update(|l| l.rename(&id, &name));
            save_library();
        }
        renaming.set(None);
    };
    let remove = move |_| {
        let id = current();
        let mut taken = None;
        state.library.update(|l| taken = l.remove(&id));
        let Some(entry) = taken else { return };
        // An earlier removal can no longer be undone: its text goes now.
        if let Some((_, earlier)) = removed.get_untracked() {
            library_store::forget_text(&earlier.id);
        }
        removed.set(Some(entry));
        save_library();
        // "Remove" is offered only while another meeting remains.
        if let Some(next) = state
            .library
            .with_untracked(|l| l.by_date().first().map(|m| m.id.clone()))
        {
            loader::show_meeting(state, &next);
        }
        let gone = id.clone();
        set_timeout(
            move || {
                if removed.with_untracked(|r| r.as_ref().is_some_and(|(_, e)| e.id == gone)) {
                    library_store::forget_text(&gone);
                    removed.set(None);
                }
            },
            std::time::Duration::from_secs(UNDO_SECONDS),
        );
    };
    let undo = move |_| {
        if let Some((at, entry)) = removed.get_untracked() {
            let id = entry.id.clone();
            state.library.update(|l| l.restore(at, entry));
            removed.set(None);
            save_library();
            loader::show_meeting(state, &id);
            state.notify(Notice::info(
                Notice::LIBRARY,
                "The meeting is back in your list.",
            ));
        }
    };

    view! {
        <nav class="meetings" aria-label="Meetings">
            <div class="meetings__inner">
                <div class="field field--inline">
                    <label for="meeting-select">"Meeting"</label>
                    <select id="meeting-select" on:change=switch prop:value=chosen>
                        <Show when=move || state.library.with(|l| l.meetings.len() > 1)>
                            <option value=ALL selected=move || state.all.get()>"All meetings — open items"</option>
                        </Show>
                        {move || {
                            meetings()
                                .into_iter()
                                .map(|m| {
                                    let selected = !state.all.get() && m.id == current();
                                    view! { <option value=m.id.clone() selected=selected>{label(&m)}</option> }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                <div class="meetings__actions">
                    <button type="button" class="button" on:click=move |_| adding.set(true)>"Add a record"</button>
                    <Show when=move || !state.all.get()>
                        <button type="button" class="link-button" on:click=move |_| renaming.set(Some(current_name()))>
                            "Rename"
                        </button>
                    </Show>
                    <Show when=move || !state.all.get() && state.library.with(|l| l.meetings.len() > 1)>
                        <button type="button" class="link-button" on:click=remove>"Remove"</button>
                    </Show>
                </div>
            </div>
            <Show when=move || renaming.with(Option::is_some)>
                <form class="meetings__rename" on:submit=rename>
                    <div class="field field--inline">
                        <label for="meeting-name">"New name"</label>
                        <input
                            id="meeting-name"
                            type="text"
                            prop:value=move || renaming.get().unwrap_or_default()
                            on:input=move |ev| renaming.set(Some(event_target_value(&ev)))
                        />
                    </div>
                    <button type="submit" class="button">"Save name"</button>
                    <button type="button" class="link-button" on:click=move |_| renaming.set(None)>"Cancel"</button>
                </form>
            </Show>
            <Show when=move || removed.with(Option::is_some)>
                <div class="meetings__undo" role="status">
                    <p>{move || removed.with(|r| r.as_ref().map(|(_, e)| format!("“{}” was removed.", e.name)).unwrap_or_default())}</p>
                    <button type="button" class="button button--secondary" on:click=undo>"Undo"</button>
                </div>
            </Show>
            <LoadDialog open=adding/>
        </nav>
    }
}
