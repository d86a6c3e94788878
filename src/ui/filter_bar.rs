//! The filter controls: working group, owner, status, a search box and
//! "Mine", each labelled, listing the record's own values with counts.

use leptos::prelude::*;

use crate::filter::{FacetValue, StatusFilter};

use super::copy_link::CopyLink;
use super::embed_dialog::EmbedDialog;
use super::state::use_state;
use super::url;

/// `""` in a select means "all".
fn chosen(value: String) -> Option<String> {
    (!value.is_empty()).then_some(value)
}

#[component]
fn FacetSelect(
    id: &'static str,
    label: &'static str,
    all: &'static str,
    values: Signal<Vec<FacetValue>>,
    selected: Signal<Option<String>>,
    on_pick: Callback<Option<String>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select
                id=id
                prop:value=move || selected.get().unwrap_or_default()
                on:change=move |ev| on_pick.run(chosen(event_target_value(&ev)))
            >
                <option value="">{all}</option>
                {move || {
                    values
                        .get()
                        .into_iter()
                        .map(|v| {
                            let text = format!("{} ({})", v.value, v.count);
                            let is_selected = selected.get().as_deref() == Some(v.value.as_str());
                            view! { <option value=v.value selected=is_selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

#[component]
pub fn FilterBar() -> impl IntoView {
    let state = use_state();
    let filter = state.filter;
    let groups = Signal::derive(move || state.facets.with(|f| f.groups.clone()));
    let owners = Signal::derive(move || state.facets.with(|f| f.owners.clone()));
    let group = Signal::derive(move || filter.with(|f| f.group.clone()));
    let owner = Signal::derive(move || filter.with(|f| f.owner.clone()));
    let pick_group = Callback::new(move |g| filter.update(|f| f.group = g));
    let pick_owner = Callback::new(move |o| filter.update(|f| f.owner = o));
    let widget = state.widget.get_value();
    let view_link = Signal::derive(move || {
        let mut view = state.view();
        view.item = None;
        url::full_view_link(&view)
    });

    view! {
        <section class="filters" class:filters--compact=widget.on aria-label="Filters">
            {(!widget.fixed_group).then(|| view! {
                <FacetSelect id="filter-group" label="Working group" all="All groups" values=groups selected=group on_pick=pick_group/>
            })}
            {(!widget.fixed_owner).then(|| view! {
                <FacetSelect id="filter-owner" label="Owner" all="All owners" values=owners selected=owner on_pick=pick_owner/>
            })}
            <div class="field">
                <label for="filter-status">"Status"</label>
                <select
                    id="filter-status"
                    prop:value=move || filter.with(|f| f.status.key())
                    on:change=move |ev| {
                        if let Some(status) = StatusFilter::from_key(&event_target_value(&ev)) {
                            filter.update(|f| f.status = status);
                        }
                    }
                >
                    {StatusFilter::ALL
                        .into_iter()
                        .map(|s| {
                            let selected = move || filter.with(|f| f.status == s);
                            view! { <option value=s.key() selected=selected>{s.label()}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field field--search">
                <label for="filter-search">"Search"</label>
                <input
                    id="filter-search"
                    type="search"
                    placeholder="Item, owner or note"
                    autocomplete="off"
                    prop:value=move || filter.with(|f| f.search.clone())
                    on:input=move |ev| filter.update(|f| f.search = event_target_value(&ev))
                />
            </div>
            <div class="filters__row">
                <div class="filters__mine">
                    <input
                        id="filter-mine"
                        type="checkbox"
                        prop:checked=move || filter.with(|f| f.mine)
                        on:change=move |ev| filter.update(|f| f.mine = event_target_checked(&ev))
                    />
                    <label for="filter-mine">"Mine"</label>
                    <span class="filters__hint">{move || state.person.with(|p| if p.is_blank() { " (say who you are above)" } else { "" })}</span>
                </div>
            </div>
        </section>
        <div class="view-actions">
            <Show when=move || filter.get() != state.base_filter()>
                <button type="button" class="link-button" on:click=move |_| filter.set(state.base_filter())>
                    "Clear filters"
                </button>
            </Show>
            {(!widget.on).then(|| view! {
                <CopyLink link=view_link label="Copy link to this view".to_string()/>
                <EmbedDialog/>
            })}
        </div>
    }
}
