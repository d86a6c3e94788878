//! The app: sets up state from storage and the link, then shows the full
//! page or, inside another site, the compact widget.

use leptos::prelude::*;

use crate::filter::Filter;
use crate::followup::FollowUps;
use crate::link::View;
use crate::record::{self, Record, SAMPLE};

use super::filter_bar::FilterBar;
use super::item_list::ItemList;
use super::meeting_header::MeetingHeader;
use super::notice::{Notice, Notices};
use super::offline::{self, Update, UpdateBanner};
use super::persist;
use super::state::{AppState, Widget, use_state};
use super::{url, widget};

const WIDGET_NO_STORAGE: &str = "Your browser does not let this embedded view save your ticks and notes: \
they last until you leave this page. Open the full view to keep them.";

/// Applies the link's view; values the record does not have are dropped
/// with a word to the person rather than showing an empty list.
fn apply_link(state: AppState, view: View) {
    let mut filter = view.filter;
    let facets = state.facets.get_untracked();
    if let Some(group) = filter.group.take() {
        if facets.groups.iter().any(|g| g.value == group) {
            filter.group = Some(group);
        } else {
            state.notify(Notice::warning(format!(
                "The link asks for the working group “{group}”, which this record does not have: all groups are shown."
            )));
        }
    }
    if let Some(owner) = filter.owner.take() {
        if facets.owners.iter().any(|o| o.value == owner) {
            filter.owner = Some(owner);
        } else {
            state.notify(Notice::warning(format!(
                "The link asks for the owner “{owner}”, who has no items in this record: all owners are shown."
            )));
        }
    }
    let known = |id: &String| {
        state
            .record
            .with_untracked(|r| r.items.iter().any(|i| &i.id == id))
    };
    match view.item {
        Some(id) if known(&id) => state.selected.set(Some(id)),
        Some(_) => state.notify(Notice::warning(
            "The linked action item is not in this record.",
        )),
        None => {}
    }
    let base = if view.embed {
        Filter {
            group: filter.group.clone(),
            owner: filter.owner.clone(),
            ..Filter::default()
        }
    } else {
        Filter::default()
    };
    state.widget.set_value(Widget {
        on: view.embed,
        host: if view.embed {
            widget::host_origin(view.host.as_deref())
        } else {
            None
        },
        fixed_group: base.group.is_some(),
        fixed_owner: base.owner.is_some(),
        base,
    });
    state.src.set(view.src);
    state.filter.set(filter);
}

#[component]
pub fn App() -> impl IntoView {
    let (followups, problem) = persist::load();
    let loaded = followups.to_json();
    // The sample is part of the build and tested to read.
    let record: Record = record::read_text(SAMPLE).unwrap_or_default();
    let state = AppState::new(record, followups);
    provide_context(state);
    let (view, ignored) = url::read();
    apply_link(state, view);
    if let Some(notice) = problem {
        // Embedded on another site, many browsers refuse the widget storage.
        state.notify(if state.is_widget() && !persist::available() {
            Notice::warning(WIDGET_NO_STORAGE)
        } else {
            notice
        });
    }
    for parameter in ignored {
        state.notify(Notice::warning(format!(
            "The link's parameter {parameter}, so it was ignored."
        )));
    }
    // Save whenever the state differs from what was loaded or last saved
    // (a change may come before this effect first runs). Without storage,
    // the notice at start said so once.
    Effect::new(move |last: Option<String>| {
        let json = state.followups.with(FollowUps::to_json);
        if json != *last.as_ref().unwrap_or(&loaded)
            && persist::available()
            && let Err(notice) = persist::save(&json)
        {
            state.notify(notice);
        }
        json
    });
    url::sync(state);
    widget::start(state);
    let update = Update::new();
    offline::start(update);

    view! {
        <UpdateBanner update=update/>
        {move || if state.is_widget() { view! { <WidgetView/> }.into_any() } else { view! { <PageView/> }.into_any() }}
    }
}

/// The standalone page.
#[component]
fn PageView() -> impl IntoView {
    view! {
        <header class="banner">
            <div class="banner__inner">
                <span class="banner__brand">"Follow-up"</span>
                <span class="banner__tagline">"Action items from meeting records"</span>
            </div>
        </header>
        <main class="page" id="main">
            <Notices/>
            <MeetingHeader/>
            <FilterBar/>
            <ItemList/>
        </main>
        <footer class="footer">
            <p>
                "Your ticks and notes are saved in this browser only. Nothing you load or write here is sent anywhere."
            </p>
        </footer>
    }
}

/// The compact widget shown inside another site's page.
#[component]
fn WidgetView() -> impl IntoView {
    let state = use_state();
    let full_view = move || url::full_view_link(&state.view());
    view! {
        <main class="widget">
            <Notices/>
            <MeetingHeader compact=true/>
            <FilterBar/>
            <ItemList/>
            <footer class="widget__footer">
                <a href=full_view target="_blank" rel="noopener">"Open full view"</a>
                <p>
                    "Your ticks and notes here are saved in this browser, separately from the full page "
                    "(browsers keep an embedded page's storage apart)."
                </p>
            </footer>
        </main>
    }
}
