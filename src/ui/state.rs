//! The app's reactive state, shared through context: the record on view,
//! the person's follow-ups, the filter, and notices to show.

use std::sync::Arc;

use leptos::prelude::*;

use crate::filter::{Facets, Filter};
use crate::followup::{self, FollowUps, ItemState};
use crate::record::{ActionItem, Record};

use super::clock::now_ms;
use super::notice::Notice;

#[derive(Clone, Copy)]
pub struct AppState {
    pub record: RwSignal<Arc<Record>>,
    pub followups: RwSignal<FollowUps>,
    pub filter: RwSignal<Filter>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The key under which this record's follow-ups are kept.
    pub record_key: Memo<String>,
    pub facets: Memo<Facets>,
    /// Items that pass the filter, in the record's order.
    pub visible: Memo<Vec<ActionItem>>,
}

impl AppState {
    pub fn new(record: Record, followups: FollowUps) -> Self {
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
            filter,
            notices: RwSignal::new(Vec::new()),
            record_key,
            facets,
            visible,
        }
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

    /// How many of the record's items the person has closed.
    pub fn done_count(&self) -> usize {
        let key = self.record_key.get();
        self.record.with(|r| {
            self.followups.with(|f| {
                r.items
                    .iter()
                    .filter(|i| f.item(&key, &i.id).is_some_and(|s| s.status.is_closed()))
                    .count()
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

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
