//! The meeting on view: title, date, start time in UTC and the viewer's
//! own time, and how far the person has got with its items.

use leptos::prelude::*;

use crate::format;

use super::clock::local_time;
use super::state::use_state;

/// `compact`: one line of title and date, for the widget.
#[component]
pub fn MeetingHeader(#[prop(optional)] compact: bool) -> impl IntoView {
    let state = use_state();
    let meeting = move || state.record.with(|r| r.meeting.clone());
    let all = move || state.all.get();
    let when = move || {
        if all() {
            let meetings = state.library.with(|l| l.meetings.len());
            return Some(
                view! {
                    <p class="meeting__when">
                        {format!("{meetings} meetings · an action recorded again later is shown once, “open since” its first meeting")}
                    </p>
                }
                .into_any(),
            );
        }
        let m = meeting();
        let date = m.date?;
        let mut text = format::long_date(date);
        let mut iso = format::iso_date(date);
        if let Some(time) = m.time_utc {
            text.push_str(&format!(" · {} UTC", format::clock(time)));
            iso.push_str(&format!("T{}Z", format::clock(time)));
        }
        let local = m.time_utc.and_then(|t| local_time(date, t));
        Some(
            view! {
                <p class="meeting__when">
                    <time datetime=iso>{text}</time>
                    {local.map(|l| view! { <span class="meeting__local">{format!("{l} your time")}</span> })}
                </p>
            }
            .into_any(),
        )
    };
    let progress = move || {
        let (total, done) = state.progress();
        let items = if total == 1 {
            "action item"
        } else {
            "action items"
        };
        format!("{total} {items} · {done} done")
    };
    view! {
        <section class="meeting" class:meeting--compact=compact aria-labelledby="meeting-title">
            {(!compact).then(|| view! {
                <p class="meeting__overline">{move || if all() { "Across meetings" } else { "Meeting record" }}</p>
            })}
            <h1 id="meeting-title" class="meeting__title">
                {move || if all() { "All meetings".to_string() } else { meeting().title }}
            </h1>
            {when}
            <p class="meeting__progress">{progress}</p>
        </section>
    }
}
