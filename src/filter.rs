//! Which items a person sees: by working group, owner, status, search text
//! and "Mine", and the values (with counts) each filter control offers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::followup::{ItemState, Person, Status};
use crate::record::{ActionItem, Decision};

/// Status choices of the filter (a person's own follow-up state).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatusFilter {
    /// Not done yet: open, in progress.
    Open,
    Done,
    /// The default: ticking an item done must not make it vanish from
    /// under the pointer.
    #[default]
    All,
}

impl StatusFilter {
    pub const ALL: [StatusFilter; 3] = [StatusFilter::Open, StatusFilter::Done, StatusFilter::All];

    pub fn key(self) -> &'static str {
        match self {
            StatusFilter::Open => "open",
            StatusFilter::Done => "done",
            StatusFilter::All => "all",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::Open => "Open",
            StatusFilter::Done => "Done",
            StatusFilter::All => "All",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    fn fits(self, status: Status) -> bool {
        match self {
            StatusFilter::Open => !status.is_closed(),
            StatusFilter::Done => status.is_closed(),
            StatusFilter::All => true,
        }
    }
}

/// The view's filters; `None` means "all".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    pub group: Option<String>,
    pub owner: Option<String>,
    pub status: StatusFilter,
    pub search: String,
    /// Only the person's own items (see [`Person::is_mine`]).
    #[serde(default)]
    pub mine: bool,
}

/// The owners of an item: "IGF Secretariat, MAG members" is two owners.
pub fn owners_of(item: &ActionItem) -> impl Iterator<Item = &str> {
    item.owner
        .as_deref()
        .into_iter()
        .flat_map(|o| o.split(", "))
        .map(str::trim)
}

impl Filter {
    /// Whether `item`, with the person's state for it, is shown to `person`.
    pub fn fits(&self, item: &ActionItem, state: Option<&ItemState>, person: &Person) -> bool {
        let status = state.map_or(Status::Open, |s| s.status);
        self.group
            .as_ref()
            .is_none_or(|g| item.group.as_ref() == Some(g))
            && self
                .owner
                .as_ref()
                .is_none_or(|o| owners_of(item).any(|x| x == o))
            && self.status.fits(status)
            && (!self.mine || person.is_mine(item))
            && self.matches_search(item, state)
    }

    /// Every word of the search must appear in the item's text, owner,
    /// group, timing or the person's note (case- and accent-blind enough
    /// for a search box: case only).
    fn matches_search(&self, item: &ActionItem, state: Option<&ItemState>) -> bool {
        let words: Vec<String> = self
            .search
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            return true;
        }
        let haystack = [
            Some(item.text.as_str()),
            item.owner.as_deref(),
            item.group.as_deref(),
            item.timing.as_deref(),
            state.map(|s| s.note.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
        words.iter().all(|w| haystack.contains(w.as_str()))
    }

    pub fn is_default(&self) -> bool {
        *self == Filter::default()
    }

    /// The meeting's decisions this view shows: those of the chosen group
    /// that hold every word of the search. A decision has no owner: a view
    /// narrowed to an owner, or to the person's own items, shows none.
    pub fn decisions<'a>(&self, decisions: &'a [Decision]) -> Vec<&'a Decision> {
        if self.owner.is_some() || self.mine {
            return Vec::new();
        }
        let words: Vec<String> = self
            .search
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        decisions
            .iter()
            .filter(|d| self.group.is_none() || d.group == self.group)
            .filter(|d| {
                let text = d.text.to_lowercase();
                words.iter().all(|w| text.contains(w.as_str()))
            })
            .collect()
    }
}

/// A value of a filter control and how many items of the record have it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    pub value: String,
    pub count: usize,
}

/// Groups and owners found in the record, with counts, for the controls.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub groups: Vec<FacetValue>,
    pub owners: Vec<FacetValue>,
}

impl Facets {
    /// Groups in the record's order (as its sections run); owners by how
    /// many items they hold, then by name.
    pub fn of<'a>(items: impl IntoIterator<Item = &'a ActionItem> + Clone) -> Facets {
        let mut groups: Vec<FacetValue> = Vec::new();
        for group in items.clone().into_iter().filter_map(|i| i.group.as_ref()) {
            match groups.iter_mut().find(|g| &g.value == group) {
                Some(g) => g.count += 1,
                None => groups.push(FacetValue {
                    value: group.clone(),
                    count: 1,
                }),
            }
        }
        let mut owner_counts: BTreeMap<&str, usize> = BTreeMap::new();
        for owner in items.into_iter().flat_map(owners_of) {
            *owner_counts.entry(owner).or_default() += 1;
        }
        let mut owners: Vec<FacetValue> = owner_counts
            .into_iter()
            .map(|(value, count)| FacetValue {
                value: value.to_string(),
                count,
            })
            .collect();
        crate::sort::sort_by(&mut owners, |a, b| {
            b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value))
        });
        Facets { groups, owners }
    }
}
