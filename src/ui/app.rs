//! The page: banner, notices, the meeting, who you are, filters, the
//! items, your data (export, import, kept states) and the footer.

use leptos::prelude::*;

use crate::record::{self, SAMPLE};

use super::autosave;
use super::filter_bar::FilterBar;
use super::item_list::ItemList;
use super::meeting_header::MeetingHeader;
use super::notice::Notices;
use super::persist;
use super::person_panel::PersonPanel;
use super::state::AppState;
use super::your_data::YourData;

#[component]
pub fn App() -> impl IntoView {
    let mut loaded = persist::load();
    // The sample is part of the build and tested to read; an empty record
    // would only show an empty list.
    let record = record::read_text(SAMPLE).unwrap_or_default();
    let state = AppState::new(record, std::mem::take(&mut loaded.followups));
    provide_context(state);
    if let Some(notice) = loaded.notice.take() {
        state.notify(notice);
    }
    autosave::start(state, &loaded);

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
