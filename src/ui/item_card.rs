//! One action item: "Done", what is asked, of whom, by when, the line it
//! came from, and the person's own note.

use leptos::prelude::*;

use crate::followup::Status;
use crate::format;
use crate::record::{ActionItem, Due, Kind};

use super::clock::local_time;
use super::copy_link::CopyLink;
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

#[component]
pub fn ItemCard(item: ActionItem) -> impl IntoView {
    let state = use_state();
    let id = item.id.clone();
    let text_id = format!("item-{id}-text");
    let done_id = format!("item-{id}-done");
    let note_id = format!("item-{id}-note");
    let is_done = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .item_state(&id)
                .is_some_and(|s| s.status == Status::Done)
        })
    };
    let note = {
        let id = id.clone();
        move || state.item_state(&id).map(|s| s.note).unwrap_or_default()
    };
    let on_done = {
        let id = id.clone();
        move |ev| state.set_done(&id, event_target_checked(&ev))
    };
    let selected = {
        let id = id.clone();
        Memo::new(move |_| state.selected.with(|s| s.as_deref() == Some(id.as_str())))
    };
    let item_link = {
        let id = id.clone();
        Signal::derive(move || {
            let mut view = state.view();
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
    let on_note = move |ev| state.set_note(&id, &event_target_value(&ev));
    let explicit = item.kind == Kind::Explicit;
    let due = item.due.as_ref().map(due_text);
    let links = item.links.clone();

    view! {
        <li class="item" class:item--done=is_done class:item--selected=selected node_ref=node>
            <div class="item__check">
                <input
                    type="checkbox"
                    id=done_id.clone()
                    prop:checked=is_done
                    on:change=on_done
                    aria-describedby=text_id.clone()
                />
                <label for=done_id>"Done"</label>
            </div>
            <div class="item__body">
                <p class="item__text" id=text_id.clone()>{item.text.clone()}</p>
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
                <div class="item__note">
                    <label for=note_id.clone() class="item__note-label">"Note"</label>
                    <textarea
                        id=note_id
                        rows="1"
                        placeholder="Add a note for yourself…"
                        prop:value=note
                        on:input=on_note
                    ></textarea>
                </div>
            </div>
        </li>
    }
}
