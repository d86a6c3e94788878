//! The page: banner, the meeting, filters, the items and the footer.

use leptos::prelude::*;

use crate::followup::FollowUps;
use crate::record::{self, SAMPLE};

use super::filter_bar::FilterBar;
use super::item_list::ItemList;
use super::meeting_header::MeetingHeader;
use super::notice::Notices;
use super::persist;
use super::state::AppState;

#[component]
pub fn App() -> impl IntoView {
    let (followups, problem) = persist::load();
    let loaded = followups.to_json();
    // The sample is part of the build and tested to read; an empty record
    // would only show an empty list.
    let record = record::read_text(SAMPLE).unwrap_or_default();
    let state = AppState::new(record, followups);
    provide_context(state);
    if let Some(notice) = problem {
        state.notify(notice);
    }
    // Save whenever the state differs from what was loaded or last saved
    // (a change may come before this effect first runs).
    Effect::new(move |last: Option<String>| {
        let json = state.followups.with(FollowUps::to_json);
        if json != *last.as_ref().unwrap_or(&loaded)
            && let Err(notice) = persist::save(&json)
        {
            state.notify(notice);
        }
        json
    });

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
