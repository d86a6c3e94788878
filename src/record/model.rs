//! The reading of a meeting record: what the extractor produces and every
//! other part of the app (filters, follow-ups, views, exports) consumes.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// A meeting record once read: its metadata, structure, items and people.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub meeting: Meeting,
    pub sections: Vec<Section>,
    pub items: Vec<ActionItem>,
    pub decisions: Vec<Decision>,
    pub participants: Vec<Participant>,
}

/// When and what the meeting was.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    /// The meeting's name, without the date or the word for the document
    /// ("Lumen TSC meeting").
    pub title: String,
    /// The title as the record writes it ("Lumen TSC meeting —
    /// 2025-10-02"): the reader's follow-ups are kept under it, as they
    /// were before titles were tidied, so none is lost.
    #[serde(skip)]
    pub written_title: String,
    pub date: Option<NaiveDate>,
    /// Start time, already converted to UTC.
    pub time_utc: Option<NaiveTime>,
}

/// A heading of the record, with the group label its items inherit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// 1-based line of the heading.
    pub line: usize,
    /// 1 for top-level sections, 2 for their subsections, …
    pub level: u8,
    /// The heading as written, numbering removed.
    pub title: String,
    /// Short name used as the group of the items under it ("PNAI", "AOB").
    pub group: Option<String>,
}

/// Whether the record marks the item as an action, or a sentence implies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An arrow, an `ACTION:`-style marker, or an entry of a next-steps list.
    Explicit,
    /// Any other sentence that asks, invites or commits someone to act.
    Implicit,
}

/// When an item is due: an exact date, optionally with a UTC time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Due {
    pub date: NaiveDate,
    pub time_utc: Option<NaiveTime>,
}

impl Due {
    /// `2025-10-23` or `2025-10-23T13:00Z`, the form the reading uses.
    pub fn iso(&self) -> String {
        match self.time_utc {
            Some(t) => format!("{}T{}Z", self.date.format("%Y-%m-%d"), t.format("%H:%M")),
            None => self.date.format("%Y-%m-%d").to_string(),
        }
    }
}

/// A link kept from the record; only http(s) and mailto targets survive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub text: String,
    pub href: String,
}

/// One action item, with where it came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionItem {
    /// Stable identity, derived from the item's normalised text.
    pub id: String,
    /// 1-based line where the item starts.
    pub line: usize,
    /// Last line of the block the item was read from.
    pub end_line: usize,
    pub owner: Option<String>,
    pub group: Option<String>,
    pub due: Option<Due>,
    /// Vague timing as written ("next week"), when there is no exact date.
    pub timing: Option<String>,
    pub kind: Kind,
    /// The sentence(s) that make the item, markup removed.
    pub text: String,
    /// The whole source block the item sits in, markup removed.
    pub source: String,
    pub links: Vec<Link>,
    /// Index into `Record::sections` of the innermost section, if any.
    pub section: Option<usize>,
}

/// A decision recorded in the meeting (`RESOLUTION:`, "agreed that …").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub line: usize,
    pub text: String,
    pub group: Option<String>,
}

/// Someone listed as attending.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub name: String,
    pub role: Option<String>,
}
