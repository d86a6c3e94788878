//! The list of action items that pass the filters, with a live count.

use leptos::prelude::*;

use crate::shown::Shown;

use super::item_card::ItemCard;
use super::state::use_state;

#[component]
pub fn ItemList() -> impl IntoView {
    let state = use_state();
    let shown = move || state.visible.with(Vec::len);
    let total = move || state.progress().0;
    let summary = move || {
        let (shown, total) = (shown(), total());
        if shown == total {
            format!("Showing all {total} action items")
        } else {
            format!("Showing {shown} of {total} action items")
        }
    };
    view! {
        <section class="items" aria-labelledby="items-title">
            <div class="items__head">
                <h2 id="items-title" class="items__title">"Action items"</h2>
                <p class="items__summary" aria-live="polite">{summary}</p>
            </div>
            <Show
                when=move || shown() != 0
                fallback=move || {
                    view! {
                        <div class="items__empty">
                            <p>"No action items match these filters."</p>
                            <button type="button" class="button" on:click=move |_| state.filter.set(state.base_filter())>
                                "Show all items"
                            </button>
                        </div>
                    }
                }
            >
                <ul class="items__list" aria-label="Action items">
                    <For
                        each=move || state.visible.get()
                        key=Shown::key
                        children=move |shown| view! { <ItemCard shown=shown/> }
                    />
                </ul>
            </Show>
        </section>
    }
}
