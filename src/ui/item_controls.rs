//! The person's controls on an item: the "Done" checkbox, the star and
//! the progress (open, in progress, done, not for me).

use leptos::prelude::*;

use crate::followup::Status;
use crate::shown::Shown;

use super::state::use_state;

/// The item's current status (tracked).
fn status_of(shown: Shown) -> Memo<Status> {
    let state = use_state();
    Memo::new(move |_| state.item_state(&shown).map_or(Status::Open, |s| s.status))
}

/// Ticking sets "done"; unticking reopens the item.
#[component]
pub fn DoneBox(shown: Shown, described_by: String) -> impl IntoView {
    let state = use_state();
    let id = format!("item-{}-done", shown.dom_id());
    let status = status_of(shown.clone());
    let on_change = move |ev| state.set_done(&shown, event_target_checked(&ev));
    view! {
        <div class="item__check">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || status.get() == Status::Done
                on:change=on_change
                aria-describedby=described_by
            />
            <label for=id>"Done"</label>
        </div>
    }
}

#[component]
pub fn StarToggle(shown: Shown, described_by: String) -> impl IntoView {
    let state = use_state();
    let starred = {
        let shown = shown.clone();
        Memo::new(move |_| state.item_state(&shown).is_some_and(|s| s.star))
    };
    let toggle = move |_| state.set_star(&shown, !starred.get_untracked());
    view! {
        <button
            type="button"
            class="item__star"
            class:item__star--on=starred
            aria-pressed=move || if starred.get() { "true" } else { "false" }
            aria-describedby=described_by
            title="Star this item"
            on:click=toggle
        >
            <span aria-hidden="true">{move || if starred.get() { "★" } else { "☆" }}</span>
            <span class="visually-hidden">"Star"</span>
        </button>
    }
}

#[component]
pub fn ProgressSelect(shown: Shown) -> impl IntoView {
    let state = use_state();
    let id = format!("item-{}-progress", shown.dom_id());
    let status = status_of(shown.clone());
    let on_change = move |ev| {
        if let Some(s) = Status::from_key(&event_target_value(&ev)) {
            state.set_status(&shown, s);
        }
    };
    view! {
        <div class="item__progress">
            <label for=id.clone() class="item__field-label">"Progress"</label>
            <select id=id prop:value=move || status.get().key() on:change=on_change>
                {Status::ALL
                    .into_iter()
                    .map(|s| view! { <option value=s.key() selected=move || status.get() == s>{s.label()}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}
