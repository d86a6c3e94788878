//! The app's reactive state, shared through context: the record on view,
//! the person's follow-ups, the filter, and notices to show. Gestures
//! become calls to the core's follow-up operations here.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::across::{MeetingRef, across};
use crate::filter::{Facets, Filter};
use crate::followup::{
    self, FollowUps, ImportError, ItemState, Merged, Orphan, Person, Status, orphans,
};
use crate::library::{Library, Source};
use crate::link::View;
use crate::record::{ActionItem, Record};
use crate::shown::{self, Shown};

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
    /// "All meetings": every meeting's items at once, carried-over actions as one.
    pub all: RwSignal<bool>,
    /// The key under which this record's follow-ups are kept.
    pub record_key: Memo<String>,
    /// Everything the list can show: the record's items, or all meetings'.
    pub universe: Memo<Vec<Shown>>,
    pub facets: Memo<Facets>,
    /// Items that pass the filter, in order.
    pub visible: Memo<Vec<Shown>>,
    /// States of this record whose item is no longer in it: kept, shown.
    pub orphans: Memo<Vec<Orphan>>,
    pub person: Memo<Person>,
}

impl AppState {
    pub fn new(record: Record, followups: FollowUps, library: Library) -> Self {
        let record = RwSignal::new(Arc::new(record));
        let followups = RwSignal::new(followups);
        let filter = RwSignal::new(Filter::default());
        let record_key = Memo::new(move |_| record.with(|r| followup::record_key(&r.meeting)));
        let library = RwSignal::new(library);
        let all = RwSignal::new(false);
        // Records read for "All meetings", kept while their text is unchanged.
        let cache: StoredValue<HashMap<String, (usize, Arc<Record>)>> =
            StoredValue::new(HashMap::new());
        let universe = Memo::new(move |_| {
            if !all.get() {
                return record.with(|r| shown::of_record(&record_key.get(), r));
            }
            let meetings: Vec<(MeetingRef, Arc<Record>)> = library.with(|l| {
                l.meetings
                    .iter()
                    .filter_map(|entry| {
                        let cached = cache.with_value(|c| {
                            c.get(&entry.id)
                                .filter(|(chars, _)| *chars == entry.chars)
                                .map(|(_, r)| r.clone())
                        });
                        let record = cached.or_else(|| {
                            let read = Arc::new(super::loader::record_of(entry)?);
                            cache.update_value(|c| {
                                drop(c.insert(entry.id.clone(), (entry.chars, read.clone())))
                            });
                            Some(read)
                        })?;
                        Some((
                            MeetingRef {
                                id: entry.id.clone(),
                                name: entry.name.clone(),
                                date: entry.date,
                            },
                            record,
                        ))
                    })
                    .collect()
            });
            let refs: Vec<(MeetingRef, &Record)> = meetings
                .iter()
                .map(|(m, r)| (m.clone(), r.as_ref()))
                .collect();
            shown::of_cross(across(&refs))
        });
        let facets = Memo::new(move |_| universe.with(|u| Facets::of(u.iter().map(|s| &s.item))));
        let visible = Memo::new(move |_| {
            universe.with(|u| followups.with(|f| filter.with(|flt| shown::visible(u, flt, f))))
        });
        let orphans = Memo::new(move |_| {
            let key = record_key.get();
            record
                .with(|r| followups.with(|f| f.records.get(&key).map(|rf| orphans(rf, &r.items))))
                .unwrap_or_default()
        });
        let person = Memo::new(move |_| followups.with(|f| f.person.clone()));
        let state = AppState {
            record,
            followups,
            library,
            filter,
            selected: RwSignal::new(None),
            src: RwSignal::new(None),
            widget: StoredValue::new(Widget::default()),
            notices: RwSignal::new(Vec::new()),
            all,
            record_key,
            universe,
            facets,
            visible,
            orphans,
            person,
        };
        // Whenever a record is shown (the first one included), states whose
        // item was edited move to it.
        Effect::new(move || {
            record.track();
            state.reattach();
        });
        state
    }

    /// The person's state for a shown item (tracked: views update with it).
    pub fn item_state(&self, shown: &Shown) -> Option<ItemState> {
        self.followups.with(|f| shown.state(f).cloned())
    }

    fn change(&self, shown: &Shown, apply: impl FnOnce(&mut FollowUps, &str, &ActionItem, i64)) {
        let key = shown.record.clone();
        let title = match &shown.origin {
            Some(origin) => origin.meeting.name.clone(),
            None => self.record.with_untracked(|r| r.meeting.title.clone()),
        };
        self.followups.update(|f| {
            apply(f, &key, &shown.item, now_ms());
            f.name_record(&key, &title);
        });
        // A record's first state: remember its items now, so that an edited
        // version loaded later can tell its new items from the old ones.
        if key == self.record_key.get_untracked()
            && self
                .followups
                .with_untracked(|f| f.records.get(&key).is_some_and(|r| r.seen.is_empty()))
        {
            self.reattach();
        }
    }

    pub fn set_status(&self, shown: &Shown, status: Status) {
        self.change(shown, |f, key, item, now| {
            f.set_status(key, item, status, now)
        });
    }

    pub fn set_done(&self, shown: &Shown, done: bool) {
        self.change(shown, |f, key, item, now| f.set_done(key, item, done, now));
    }

    pub fn set_note(&self, shown: &Shown, note: &str) {
        self.change(shown, |f, key, item, now| f.set_note(key, item, note, now));
    }

    pub fn set_star(&self, shown: &Shown, star: bool) {
        self.change(shown, |f, key, item, now| f.set_star(key, item, star, now));
    }

    /// "I am …": a participant's name gives their role too.
    pub fn set_name(&self, name: &str) {
        let participants = self.record.with_untracked(|r| r.participants.clone());
        self.followups
            .update(|f| f.person.set_name(name, &participants, now_ms()));
    }

    pub fn follow(&self, group: &str, follow: bool) {
        self.followups
            .update(|f| f.person.follow(group, follow, now_ms()));
    }

    /// Moves states whose item changed id to it; updates only if
    /// something moved (or was remembered), so views do not churn.
    pub fn reattach(&self) {
        let key = self.record_key.get_untracked();
        let Some(mut record_state) = self
            .followups
            .with_untracked(|f| f.records.get(&key).cloned())
        else {
            return;
        };
        self.record.with_untracked(|r| {
            followup::reattach(&mut record_state, &r.items, now_ms());
        });
        if self
            .followups
            .with_untracked(|f| f.records.get(&key) != Some(&record_state))
        {
            self.followups
                .update(|f| drop(f.records.insert(key, record_state)));
        }
    }

    /// Takes in another copy (another tab's, a file's), newer change wins.
    pub fn merge_in(&self, theirs: &FollowUps) -> Merged {
        let mut next = self.followups.get_untracked();
        let merged = next.merge(theirs);
        if self.followups.with_untracked(|f| *f != next) {
            self.followups.set(next);
            self.reattach();
        }
        merged
    }

    pub fn import(&self, json: &str) -> Result<Merged, ImportError> {
        let theirs = FollowUps::import(json)?;
        Ok(self.merge_in(&theirs))
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
        let all = self.all.get();
        View {
            filter: self.filter.get(),
            item: self.selected.get(),
            src: src.filter(|_| !all),
            meeting: meeting.filter(|_| !all),
            all,
            embed: widget.on,
            host: widget.host,
        }
    }

    pub fn is_widget(&self) -> bool {
        self.widget.with_value(|w| w.on)
    }

    /// The filter "Clear filters" returns to: none on the page, the
    /// host's fixed filters in a widget.
    pub fn base_filter(&self) -> Filter {
        self.widget.with_value(|w| w.base.clone())
    }

    /// How many items are in scope (the widget's fixed filters, else all
    /// the list can show), and how many of those the person has closed.
    pub fn progress(&self) -> (usize, usize) {
        let base = self.base_filter();
        self.universe.with(|u| {
            self.followups.with(|f| {
                let in_scope = u.iter().filter(|s| base.fits(&s.item, None, &f.person));
                in_scope.fold((0, 0), |(total, done), s| {
                    let closed = s.state(f).is_some_and(|st| st.status.is_closed());
                    (total + 1, done + usize::from(closed))
                })
            })
        })
    }

    /// Shows a notice, replacing any earlier one on the same topic.
    pub fn notify(&self, notice: Notice) {
        self.notices.update(|all| {
            if let Some(old) = all.iter_mut().find(|n| n.topic == notice.topic) {
                if *old != notice {
                    *old = notice;
                }
            } else {
                all.push(notice);
            }
        });
    }

    pub fn dismiss(&self, topic: &str) {
        if self
            .notices
            .with_untracked(|all| all.iter().any(|n| n.topic == topic))
        {
            self.notices.update(|all| all.retain(|n| n.topic != topic));
        }
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
