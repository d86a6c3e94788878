//! The app: sets up state from storage and the link, then shows the full
//! page or, inside another site, the compact widget.

use leptos::prelude::*;

use crate::library::{Entry, Source};
use crate::record::{self, SAMPLE};

use super::autosave;
use super::clock::now_ms;
use super::decision_list::DecisionList;
use super::filter_bar::FilterBar;
use super::item_list::ItemList;
use super::link_view::{configure_widget, open_linked};
use super::meeting_bar::MeetingBar;
use super::meeting_header::MeetingHeader;
use super::notice::{Notice, Notices};
use super::offline::{self, Update, UpdateBanner};
use super::open::accept_drops;
use super::persist;
use super::person_panel::PersonPanel;
use super::state::{AppState, use_state};
use super::url;
use super::your_data::YourData;
use super::{library_store, loader, widget};

const WIDGET_NO_STORAGE: &str = "Your browser does not let this embedded view save your ticks and notes: \
they last until you leave this page. Open the full view to keep them.";

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
            <DecisionList/>
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
