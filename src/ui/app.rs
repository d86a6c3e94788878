//! The app: sets up state from storage and the link, then shows the full
//! page or, inside another site, the compact widget.

use leptos::prelude::*;

use crate::filter::Filter;
use crate::library::{Entry, Source};
use crate::link::View;
use crate::record::{self, SAMPLE};

use super::autosave;
use super::clock::now_ms;
use super::filter_bar::FilterBar;
use super::item_list::ItemList;
use super::load_dialog::{accept_drops, open_link};
use super::meeting_bar::MeetingBar;
use super::meeting_header::MeetingHeader;
use super::notice::{Notice, Notices};
use super::offline::{self, Update, UpdateBanner};
use super::persist;
use super::person_panel::PersonPanel;
use super::state::{AppState, Widget, use_state};
use super::your_data::YourData;
use super::{library_store, loader};
use super::{url, widget};
use leptos::task::spawn_local;

const WIDGET_NO_STORAGE: &str = "Your browser does not let this embedded view save your ticks and notes: \
they last until you leave this page. Open the full view to keep them.";

/// Sets up the widget mode a link asks for: the host to talk to, and the
/// filters it fixes (kept as asked, even before the record is there).
fn configure_widget(state: AppState, view: &View) {
    let base = if view.embed {
        Filter {
            group: view.filter.group.clone(),
            owner: view.filter.owner.clone(),
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
}

/// Applies the link's filters and selected item to the record on view;
/// values the record does not have are dropped with a word to the person
/// rather than showing an empty list (the widget's fixed ones excepted).
fn apply_link(state: AppState, view: View) {
    let mut filter = view.filter;
    let facets = state.facets.get_untracked();
    let fixed = state.base_filter();
    if let Some(group) = filter.group.take().filter(|_| fixed.group.is_none()) {
        if facets.groups.iter().any(|g| g.value == group) {
            filter.group = Some(group);
        } else {
            state.notify(Notice::warning("link-group", format!(
                "The link asks for the working group “{group}”, which this record does not have: all groups are shown."
            )));
        }
    }
    if let Some(owner) = filter.owner.take().filter(|_| fixed.owner.is_none()) {
        if facets.owners.iter().any(|o| o.value == owner) {
            filter.owner = Some(owner);
        } else {
            state.notify(Notice::warning("link-owner", format!(
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
            "link-item",
            "The linked action item is not in this record.",
        )),
        None => {}
    }
    filter.group = filter.group.or(fixed.group);
    filter.owner = filter.owner.or(fixed.owner);
    state.filter.set(filter);
}

/// Opens the record the link names (a stored meeting, or a link to fetch),
/// then applies the link's filters to it.
fn open_linked(state: AppState, view: View) {
    if view.all {
        state.all.set(true);
        apply_link(state, view);
        return;
    }
    if let Some(id) = view.meeting.as_deref() {
        if state.library.with_untracked(|l| l.get(id).is_some()) {
            loader::show_meeting(state, id);
        } else {
            state.notify(Notice::warning("link-meeting", 
                "The link names a meeting that is not kept in this browser: it was opened from a file or a paste \
                 on another device. Ask for the record itself.",
            ));
        }
    }
    let Some(url) = view.src.clone() else {
        apply_link(state, view);
        return;
    };
    // A record opened from this link before shows at once (and offline);
    // the fresh copy replaces it when it arrives.
    let kept = state
        .library
        .with_untracked(|l| l.from_link(&url).map(|m| m.id.clone()));
    if let Some(id) = &kept {
        loader::show_meeting(state, id);
        apply_link(state, view.clone());
    }
    spawn_local(async move {
        match open_link(state, url).await {
            Ok(()) => apply_link(state, view),
            Err(message) if kept.is_some() => {
                state.notify(Notice::info(
                    Notice::RECORD,
                    format!("{message} The copy kept in this browser is shown."),
                ));
            }
            Err(message) => {
                state.notify(Notice::warning(Notice::RECORD, message));
                apply_link(state, view);
            }
        }
    });
}

#[component]
pub fn App() -> impl IntoView {
    let mut loaded = persist::load();
    let (mut library, library_problem) = library_store::load();
    if library.meetings.is_empty() {
        // The sample is part of the build (and tested to read).
        let sample = record::read_text(SAMPLE).unwrap_or_default();
        let _ = library.add(Entry::of(
            &sample,
            Source::Sample,
            SAMPLE.chars().count(),
            now_ms(),
        ));
    }
    let (record, src) = loader::initial_record(&library);
    let state = AppState::new(record, std::mem::take(&mut loaded.followups), library);
    state.src.set(src);
    provide_context(state);
    let (view, ignored) = url::read();
    // The widget's mode must be known before anything is shown.
    configure_widget(state, &view);
    open_linked(state, view);
    if let Some(notice) = library_problem {
        state.notify(notice);
    }
    if let Some(notice) = loaded.notice.take() {
        state.notify(notice);
    }
    // Embedded on another site, many browsers refuse the widget storage.
    if state.is_widget() && persist::storage().is_err() {
        state.notify(Notice::warning(Notice::STORAGE, WIDGET_NO_STORAGE));
    }
    if !ignored.is_empty() {
        let list: Vec<String> = ignored.iter().map(ToString::to_string).collect();
        state.notify(Notice::warning(
            Notice::LINK,
            format!("Parts of the link were ignored: {}.", list.join("; ")),
        ));
    }
    autosave::start(state, &loaded);
    url::sync(state);
    widget::start(state);
    if !state.is_widget() {
        accept_drops(state);
    }
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
        <MeetingBar/>
        <main class="page" id="main">
            <Notices/>
            <MeetingHeader/>
            <PersonPanel/>
            <FilterBar/>
            <ItemList/>
            <YourData/>
        </main>
        <footer class="footer">
            <p>
                "Your ticks, stars and notes are saved in this browser only. Nothing you load or write here is sent anywhere."
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
                    "(browsers keep an embedded page's storage apart). Export them below and import them "
                    "in the full view to move them."
                </p>
            </footer>
            <YourData/>
        </main>
    }
}
