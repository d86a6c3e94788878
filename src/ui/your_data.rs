//! The person's data: export it to a file, import a file back (merged
//! item by item), and the states kept for items no longer in the record.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::followup::transfer::export_file_name;
use crate::followup::{FollowUps, Merged};

use super::download::download;
use super::notice::Notice;
use super::persist::today;
use super::state::{AppState, use_state};

fn imported(merged: Merged) -> String {
    let items = merged.added + merged.updated;
    match (items, merged.person) {
        (0, false) => {
            "Imported: nothing new, everything in the file was already here or older.".to_string()
        }
        (0, true) => "Imported: who you are and the groups you follow.".to_string(),
        (1, _) => "Imported: 1 follow-up added or updated.".to_string(),
        (n, _) => format!("Imported: {n} follow-ups added or updated."),
    }
}

/// Reads the chosen file and merges it in; the input is cleared so the
/// same file can be chosen again.
fn import_file(state: AppState, input: web_sys::HtmlInputElement) {
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    input.set_value("");
    let failed = || {
        state.notify(Notice::warning(
            Notice::TRANSFER,
            "The file could not be read. Nothing was imported.",
        ))
    };
    let Ok(reader) = web_sys::FileReader::new() else {
        return failed();
    };
    let done = reader.clone();
    let on_load = Closure::once_into_js(move || {
        let notice = match done.result().ok().and_then(|t| t.as_string()) {
            None => Notice::warning(
                Notice::TRANSFER,
                "The file could not be read. Nothing was imported.",
            ),
            Some(text) => match state.import(&text) {
                Ok(merged) => Notice::info(Notice::TRANSFER, imported(merged)),
                Err(error) => Notice::warning(Notice::TRANSFER, error.to_string()),
            },
        };
        state.notify(notice);
    });
    reader.set_onloadend(Some(on_load.unchecked_ref()));
    if reader.read_as_text(&file).is_err() {
        failed();
    }
}

#[component]
pub fn YourData() -> impl IntoView {
    let state = use_state();
    let export = move |_| {
        let json = state.followups.with_untracked(FollowUps::to_json);
        if let Err(problem) = download(&export_file_name(&today()), &json) {
            state.notify(Notice::warning(Notice::TRANSFER, problem));
        }
    };
    let file_input = NodeRef::<leptos::html::Input>::new();
    let choose = move |_| {
        if let Some(input) = file_input.get() {
            input.click();
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        if let Some(input) = ev.target().and_then(|t| t.dyn_into().ok()) {
            import_file(state, input);
        }
    };
    let orphans = state.orphans;
    let orphan_summary = move || {
        let n = orphans.with(Vec::len);
        let (notes, these) = if n == 1 {
            ("1 follow-up belongs", "It is")
        } else {
            ("follow-ups belong", "They are")
        };
        let count = if n == 1 {
            String::new()
        } else {
            format!("{n} ")
        };
        format!(
            "{count}{notes} to items no longer in this record. {these} kept, and exported with the rest."
        )
    };

    view! {
        <section class="data" aria-labelledby="data-title">
            <h2 id="data-title" class="data__title">"Your follow-ups"</h2>
            <p class="data__intro">
                "They are kept in this browser only. Export them to keep a copy or to move them to another browser, or between this page and an embedded one; importing merges item by item, the newer change winning."
            </p>
            <div class="data__actions">
                <button type="button" class="button" on:click=export>"Export my follow-ups"</button>
                <button type="button" class="button button--secondary" on:click=choose>"Import follow-ups…"</button>
                <input
                    id="import-file"
                    node_ref=file_input
                    type="file"
                    accept=".json,application/json"
                    aria-label="Import follow-ups from a file"
                    hidden
                    on:change=on_file
                />
            </div>
            <Show when=move || orphans.with(|o| !o.is_empty())>
                <details class="data__orphans">
                    <summary>{orphan_summary}</summary>
                    <ul class="data__orphan-list">
                        {move || orphans.get().into_iter().map(|o| {
                            let text = if o.state.text.is_empty() { format!("Item {}", o.id) } else { o.state.text.clone() };
                            let status = o.state.status.label();
                            let star = if o.state.star { " · starred" } else { "" };
                            let note = (!o.state.note.is_empty()).then(|| view! { <p class="data__orphan-note">{format!("Note: {}", o.state.note)}</p> });
                            view! {
                                <li class="data__orphan">
                                    <p class="data__orphan-text">{text}</p>
                                    <p class="data__orphan-state">{format!("{status}{star}")}</p>
                                    {note}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </details>
            </Show>
        </section>
    }
}
