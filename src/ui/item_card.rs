//! One action item: "Done", what is asked, of whom, by when, the line it
//! came from, and the person's own star, note and progress.

use leptos::prelude::*;

use crate::across::MeetingRef;
use crate::followup::Status;
use crate::format;
use crate::record::{Due, Kind};
use crate::shown::{Origin, Shown};

use super::clock::local_time;
use super::copy_link::CopyLink;
use super::item_controls::{DoneBox, ProgressSelect, StarToggle};
use super::state::use_state;
use super::url;

fn due_text(due: &Due) -> String {
    let date = format::short_date(due.date);
    match due.time_utc {
        Some(t) => {
            let local = local_time(due.date, t)
                .map(|l| format!(" ({l} your time)"))
                .unwrap_or_default();
            format!("{date}, {} UTC{local}", format::clock(t))
        }
        None => date,
    }
}

/// "From Board, 9 Apr 2025 · open since Board, 12 Mar 2025", across meetings.
fn origin_text(origin: &Origin) -> String {
    // The date is added unless the meeting's name already says it.
    let name = |m: &MeetingRef| match m.date {
        Some(d) if !m.name.contains(&chrono::Datelike::year(&d).to_string()) => {
            format!("{} ({})", m.name, format::short_date(d))
        }
        _ => m.name.clone(),
    };
    if origin.occurrences.len() > 1 {
        format!(
            "{} · open since {}",
            name(&origin.meeting),
            name(&origin.first)
        )
    } else {
        name(&origin.meeting)
    }
}

#[component]
pub fn ItemCard(shown: Shown) -> impl IntoView {
    let state = use_state();
    let item = shown.item.clone();
    let id = item.id.clone();
    let dom_id = shown.dom_id();
    let text_id = format!("item-{dom_id}-text");
    let note_id = format!("item-{dom_id}-note");
    let status = {
        let shown = shown.clone();
        Memo::new(move |_| state.item_state(&shown).map_or(Status::Open, |s| s.status))
    };
    let selected = {
        let id = id.clone();
        Memo::new(move |_| state.selected.with(|s| s.as_deref() == Some(id.as_str())))
    };
    let item_link = {
        let id = id.clone();
        let record = shown.record.clone();
        let across = shown.origin.is_some();
        Signal::derive(move || {
            let mut view = state.view();
            if across {
                // The item in its own meeting, unfiltered.
                let entry = state.library.with(|l| l.get(&record).cloned());
                view = crate::link::View {
                    embed: view.embed,
                    host: view.host,
                    ..Default::default()
                };
                view.src = entry.as_ref().and_then(|e| e.source.url());
                view.meeting = entry
                    .filter(|e| view.src.is_none() && e.source != crate::library::Source::Sample)
                    .map(|e| e.id);
            }
            view.item = Some(id.clone());
            url::full_view_link(&view)
        })
    };
    let node = NodeRef::<leptos::html::Li>::new();
    // A linked item is scrolled into view once it is on the page.
    Effect::new(move |_| {
        if let (true, Some(li)) = (selected.get(), node.get()) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            li.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    let note = {
        let shown = shown.clone();
        move || state.item_state(&shown).map(|s| s.note).unwrap_or_default()
    };
    let on_note = {
        let shown = shown.clone();
        move |ev| state.set_note(&shown, &event_target_value(&ev))
    };
    let origin = shown.origin.as_ref().map(origin_text);
    let explicit = item.kind == Kind::Explicit;
    let due = item.due.as_ref().map(due_text);
    let links = item.links.clone();

    view! {
        <li
            class="item"
            class:item--done=move || status.get() == Status::Done
            class:item--not-mine=move || status.get() == Status::NotForMe
            class:item--in-progress=move || status.get() == Status::InProgress
            class:item--selected=selected
            node_ref=node
        >
            <DoneBox shown=shown.clone() described_by=text_id.clone()/>
            <div class="item__body">
                <div class="item__head">
                    <p class="item__text" id=text_id.clone()>{item.text.clone()}</p>
                    <StarToggle shown=shown.clone() described_by=text_id.clone()/>
                </div>
                {origin.map(|o| view! { <p class="item__origin">{o}</p> })}
                <dl class="item__meta">
                    {item.owner.clone().map(|o| view! { <div class="meta"><dt>"Owner"</dt><dd>{o}</dd></div> })}
                    {item.group.clone().map(|g| view! { <div class="meta"><dt>"Group"</dt><dd>{g}</dd></div> })}
                    {due.map(|d| view! { <div class="meta meta--due"><dt>"Due"</dt><dd>{d}</dd></div> })}
                    {item.timing.clone().map(|t| view! { <div class="meta"><dt>"Timing"</dt><dd>{t}</dd></div> })}
                </dl>
                {(!links.is_empty()).then(|| view! {
                    <ul class="item__links" aria-label="Links">
                        {links.into_iter().map(|l| view! {
                            <li><a href=l.href target="_blank" rel="noopener noreferrer">{l.text}</a></li>
                        }).collect_view()}
                    </ul>
                })}
                <div class="item__tools">
                    <details class="item__source">
                        <summary>
                            {format!("Source: line {}", item.line)}
                            {explicit.then_some(" · marked as an action")}
                        </summary>
                        <blockquote>{item.source.clone()}</blockquote>
                    </details>
                    <CopyLink link=item_link label="Copy link".to_string() class="item__copy"/>
                </div>
                <div class="item__follow">
                    <div class="item__note">
                        <label for=note_id.clone() class="item__field-label">"Note"</label>
                        <textarea
                            id=note_id
                            rows="1"
                            placeholder="Add a note for yourself…"
                            prop:value=note
                            on:input=on_note
                        ></textarea>
                    </div>
                    <ProgressSelect shown=shown.clone()/>
                </div>
            </div>
        </li>
    }
}
