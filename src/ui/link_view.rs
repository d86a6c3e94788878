//! The view a link asks for, put in place at start: the widget's mode,
//! the record (a kept meeting, or one fetched from the link), then the
//! filters and the selected item — checked against that record.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::filter::Filter;
use crate::link::View;

use super::loader;
use super::notice::Notice;
use super::open::open_link;
use super::state::{AppState, Widget};
use super::widget;

/// Sets up the widget mode a link asks for: the host to talk to, and the
/// filters it fixes (kept as asked, even before the record is there).
pub fn configure_widget(state: AppState, view: &View) {
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
pub fn open_linked(state: AppState, view: View) {
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
