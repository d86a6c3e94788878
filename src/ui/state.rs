//! The app's reactive state, shared through context: the record on view,
//! the person's follow-ups, the filter, and notices to show.

use std::sync::Arc;

use leptos::prelude::*;

use crate::filter::{Facets, Filter};
use crate::followup::{self, FollowUps, ItemState};
use crate::library::{Library, Source};
use crate::link::View;
use crate::record::{ActionItem, Record};

use super::clock::now_ms;
use super::notice::Notice;

#[derive(Clone, Copy)]
pub struct AppState {
    pub record: RwSignal<Arc<Record>>,
    pub followups: RwSignal<FollowUps>,
    /// The meetings kept in this browser.
    pub library: RwSignal<Library>,
    pub filter: RwSignal<Filter>,
    /// The item a link pointed at, highlighted and scrolled to.
    pub selected: RwSignal<Option<String>>,
    /// Where the record on view came from, when it came from a link.
    pub src: RwSignal<Option<String>>,
    /// Set when the page runs as a widget inside another site.
    pub widget: StoredValue<Widget>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The key under which this record's follow-ups are kept.
    pub record_key: Memo<String>,
    pub facets: Memo<Facets>,
    /// Items that pass the filter, in the record's order.
    pub visible: Memo<Vec<ActionItem>>,
}

impl AppState {
    pub fn new(record: Record, followups: FollowUps, library: Library) -> Self {
        let record = RwSignal::new(Arc::new(record));
        let followups = RwSignal::new(followups);
        let filter = RwSignal::new(Filter::default());
        let record_key = Memo::new(move |_| record.with(|r| followup::record_key(&r.meeting)));
        let facets = Memo::new(move |_| record.with(|r| Facets::of(&r.items)));
        let visible = Memo::new(move |_| {
            let key = record_key.get();
            record.with(|r| {
                followups.with(|f| {
                    filter.with(|flt| {
                        r.items
                            .iter()
                            .filter(|i| flt.fits(i, f.item(&key, &i.id)))
                            .cloned()
                            .collect()
                    })
                })
            })
        });
        AppState {
            record,
            followups,
            library: RwSignal::new(library),
            filter,
            selected: RwSignal::new(None),
            src: RwSignal::new(None),
            widget: StoredValue::new(Widget::default()),
            notices: RwSignal::new(Vec::new()),
            record_key,
            facets,
            visible,
        }
    }

    /// The view as a link carries it (tracked).
    pub fn view(&self) -> View {
        let widget = self.widget.get_value();
        let src = self.src.get();
        // A meeting from a file or a paste has no address: it is named by
        // its id, which only this browser's library knows.
        let meeting = if src.is_some() {
            None
        } else {
            let key = self.record_key.get();
            self.library.with(|l| {
                l.get(&key)
                    .filter(|m| m.source != Source::Sample)
                    .map(|m| m.id.clone())
            })
        };
        View {
            filter: self.filter.get(),
            item: self.selected.get(),
            src,
            meeting,
            embed: widget.on,
            host: widget.host,
        }
    }

    pub fn is_widget(&self) -> bool {
        self.widget.with_value(|w| w.on)
    }

    /// The person's state for an item (tracked: views update with it).
    pub fn item_state(&self, id: &str) -> Option<ItemState> {
        let key = self.record_key.get();
        self.followups.with(|f| f.item(&key, id).cloned())
    }

    pub fn set_done(&self, id: &str, done: bool) {
        let key = self.record_key.get_untracked();
        self.followups
            .update(|f| f.set_done(&key, id, done, now_ms()));
    }

    pub fn set_note(&self, id: &str, note: &str) {
        let key = self.record_key.get_untracked();
        self.followups
            .update(|f| f.set_note(&key, id, note, now_ms()));
    }

    /// The filter "Clear filters" returns to: none on the page, the
    /// host's fixed filters in a widget.
    pub fn base_filter(&self) -> Filter {
        self.widget.with_value(|w| w.base.clone())
    }

    /// How many items are in scope (the widget's fixed filters, else the
    /// whole record), and how many of those the person has closed.
    pub fn progress(&self) -> (usize, usize) {
        let key = self.record_key.get();
        let base = self.base_filter();
        self.record.with(|r| {
            self.followups.with(|f| {
                let in_scope = r.items.iter().filter(|i| base.fits(i, None));
                in_scope.fold((0, 0), |(total, done), i| {
                    let closed = f.item(&key, &i.id).is_some_and(|s| s.status.is_closed());
                    (total + 1, done + usize::from(closed))
                })
            })
        })
    }

    pub fn notify(&self, notice: Notice) {
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice);
            }
        });
    }
}

/// How the page runs when embedded in another site.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Widget {
    pub on: bool,
    /// The host page's origin, when it is allowed to talk with the widget.
    pub host: Option<String>,
    /// Filters the host fixed in the link: their controls are not shown,
    /// and "Clear filters" comes back to them.
    pub fixed_group: bool,
    pub fixed_owner: bool,
    pub base: Filter,
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
