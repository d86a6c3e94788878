//! The person's library of meetings: which records they keep in this
//! browser, by what name, where each came from. Record texts are stored
//! beside it, one per meeting, so the list loads without them.
//!
//! Storage budget, measured in headless Chromium by `scripts/bench.sh`
//! (tests/e2e/bench/storage.mjs): localStorage holds about 5.2 million
//! characters for a site; a year of meetings — 25 records of 8,000 to
//! 41,000 characters, the sample being 8,184 — takes 613,000 with the
//! library and follow-ups. So record texts stay in localStorage
//! (synchronous, one API for all the person's data) under a budget of 3.5
//! million characters: five years of meetings, with room left for
//! follow-ups and backups. Past it the app says what to remove instead of
//! failing; IndexedDB would only pay off for libraries many times larger.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::followup::record_key;
use crate::record::Record;

/// Version of the saved library shape.
pub const LIBRARY_SCHEMA: u32 = 1;
/// Characters of record text kept, all meetings together.
pub const TEXT_BUDGET_CHARS: usize = 3_500_000;

/// Where a record came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
// Externally tagged ({"file": {"name": …}}): serde's internally tagged
// form costs several kilobytes of wasm to read.
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// The record built into the app.
    Sample,
    File {
        name: String,
    },
    Paste,
    Link {
        url: String,
    },
}

impl Source {
    /// The address a record was fetched from, if it came from a link.
    pub fn url(&self) -> Option<String> {
        match self {
            Source::Link { url } => Some(url.clone()),
            _ => None,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Source::Sample => "built-in sample".into(),
            Source::File { name } => format!("file {name}"),
            Source::Paste => "pasted text".into(),
            Source::Link { url } => format!("link {url}"),
        }
    }
}

/// One meeting in the library (its text is stored under its own key).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The record key: title and date, so a record loaded again (even
    /// edited) is the same meeting, and its follow-ups stay with it.
    pub id: String,
    /// The name the person sees; the title unless they renamed it.
    pub name: String,
    pub title: String,
    #[serde(with = "iso_date")]
    pub date: Option<NaiveDate>,
    pub source: Source,
    /// Milliseconds since 1970 when added (or last replaced).
    pub added: i64,
    pub chars: usize,
    pub items: usize,
}

impl Entry {
    /// An entry for `record`, read from `chars` characters of text.
    pub fn of(record: &Record, source: Source, chars: usize, now_ms: i64) -> Entry {
        let title = if record.meeting.title.trim().is_empty() {
            "Untitled meeting".to_string()
        } else {
            record.meeting.title.clone()
        };
        Entry {
            id: record_key(&record.meeting),
            name: title.clone(),
            title,
            date: record.meeting.date,
            source,
            added: now_ms,
            chars,
            items: record.items.len(),
        }
    }
}

/// `YYYY-MM-DD` read by hand: chrono's own parser would bring its whole
/// format-string machinery into the wasm bundle for one fixed shape.
mod iso_date {
    use chrono::{Datelike, NaiveDate};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let text: Option<String> = Option::deserialize(d)?;
        Ok(text.and_then(|t| {
            let mut parts = t.splitn(3, '-').map(|p| p.parse::<u32>().ok());
            let (y, m, day) = (parts.next()??, parts.next()??, parts.next()??);
            NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, day)
        }))
    }
}

/// What adding a record did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Added {
    New,
    /// The same meeting was already there: its text was replaced and its
    /// name and follow-ups kept.
    Replaced,
}

/// Why a record cannot be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverBudget {
    pub needed: usize,
    pub available: usize,
}

impl std::fmt::Display for OverBudget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "This record ({} thousand characters) does not fit in the space left for meetings in this browser \
             ({} thousand). Remove meetings you no longer follow, then open it again.",
            self.needed / 1000,
            self.available / 1000
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Library {
    pub schema: u32,
    pub meetings: Vec<Entry>,
    /// The meeting last on view, to open again next time.
    #[serde(default)]
    pub last: Option<String>,
}

impl Default for Library {
    fn default() -> Self {
        Library {
            schema: LIBRARY_SCHEMA,
            meetings: Vec::new(),
            last: None,
        }
    }
}

impl Library {
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.meetings.iter().find(|m| m.id == id)
    }

    /// Characters of text stored for all meetings but the sample (which is built in).
    pub fn stored_chars(&self) -> usize {
        self.meetings
            .iter()
            .filter(|m| m.source != Source::Sample)
            .map(|m| m.chars)
            .sum()
    }

    /// Adds a meeting, or replaces the same meeting's text (keeping the
    /// name the person gave it), within the storage budget.
    pub fn add(&mut self, entry: Entry) -> Result<Added, OverBudget> {
        let replacing = self.get(&entry.id).map_or(0, |m| m.chars);
        let after = self.stored_chars() - replacing
            + if entry.source == Source::Sample {
                0
            } else {
                entry.chars
            };
        if after > TEXT_BUDGET_CHARS {
            return Err(OverBudget {
                needed: entry.chars,
                available: TEXT_BUDGET_CHARS.saturating_sub(self.stored_chars() - replacing),
            });
        }
        match self.meetings.iter_mut().find(|m| m.id == entry.id) {
            Some(existing) => {
                let name = if existing.name == existing.title {
                    entry.name.clone()
                } else {
                    existing.name.clone()
                };
                *existing = Entry { name, ..entry };
                Ok(Added::Replaced)
            }
            None => {
                self.meetings.push(entry);
                Ok(Added::New)
            }
        }
    }

    /// Renames a meeting; an empty name brings back its title.
    pub fn rename(&mut self, id: &str, name: &str) {
        if let Some(m) = self.meetings.iter_mut().find(|m| m.id == id) {
            let name = name.trim();
            m.name = if name.is_empty() {
                m.title.clone()
            } else {
                name.to_string()
            };
        }
    }

    /// Removes a meeting; returns it and its position, for "Undo".
    pub fn remove(&mut self, id: &str) -> Option<(usize, Entry)> {
        let at = self.meetings.iter().position(|m| m.id == id)?;
        if self.last.as_deref() == Some(id) {
            self.last = None;
        }
        Some((at, self.meetings.remove(at)))
    }

    /// The meeting opened from `url` before, if any.
    pub fn from_link(&self, url: &str) -> Option<&Entry> {
        self.meetings
            .iter()
            .find(|m| matches!(&m.source, Source::Link { url: u } if u == url))
    }

    /// Puts back a removed meeting where it was.
    pub fn restore(&mut self, at: usize, entry: Entry) {
        if self.get(&entry.id).is_none() {
            self.meetings.insert(at.min(self.meetings.len()), entry);
        }
    }

    /// Meetings newest first (undated ones last, by when they were added).
    pub fn by_date(&self) -> Vec<&Entry> {
        let mut list: Vec<&Entry> = self.meetings.iter().collect();
        crate::sort::sort_by(&mut list, |a, b| {
            b.date.cmp(&a.date).then(b.added.cmp(&a.added))
        });
        list
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a saved library; `None` when it is not one this build knows.
    pub fn from_json(json: &str) -> Option<Library> {
        let library: Library = serde_json::from_str(json).ok()?;
        (library.schema <= LIBRARY_SCHEMA).then_some(library)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Meeting, Record};

    fn record(title: &str, date: Option<(i32, u32, u32)>) -> Record {
        Record {
            meeting: Meeting {
                title: title.into(),
                date: date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
                ..Meeting::default()
            },
            ..Record::default()
        }
    }

    fn file(name: &str) -> Source {
        Source::File { name: name.into() }
    }

    #[test]
    fn the_same_meeting_again_replaces_and_keeps_its_name() {
        let mut lib = Library::default();
        let r = record("Board", Some((2024, 3, 12)));
        assert_eq!(
            lib.add(Entry::of(&r, file("a.txt"), 100, 1)),
            Ok(Added::New)
        );
        lib.rename(&lib.meetings[0].id.clone(), "Board, March");
        assert_eq!(
            lib.add(Entry::of(&r, file("a-v2.txt"), 120, 2)),
            Ok(Added::Replaced)
        );
        assert_eq!(lib.meetings.len(), 1);
        assert_eq!(lib.meetings[0].name, "Board, March");
        assert_eq!(lib.meetings[0].chars, 120);
    }

    #[test]
    fn removal_can_be_undone_in_place() {
        let mut lib = Library::default();
        for (i, t) in ["A", "B", "C"].iter().enumerate() {
            lib.add(Entry::of(&record(t, None), Source::Paste, 10, i as i64))
                .unwrap();
        }
        let id = lib.meetings[1].id.clone();
        let (at, entry) = lib.remove(&id).unwrap();
        assert_eq!(lib.meetings.len(), 2);
        lib.restore(at, entry);
        assert_eq!(
            lib.meetings
                .iter()
                .map(|m| m.title.as_str())
                .collect::<Vec<_>>(),
            vec!["A", "B", "C"]
        );
    }

    #[test]
    fn newest_meetings_first() {
        let mut lib = Library::default();
        lib.add(Entry::of(
            &record("Old", Some((2023, 1, 1))),
            Source::Paste,
            1,
            1,
        ))
        .unwrap();
        lib.add(Entry::of(
            &record("New", Some((2025, 1, 1))),
            Source::Paste,
            1,
            2,
        ))
        .unwrap();
        lib.add(Entry::of(&record("Undated", None), Source::Paste, 1, 3))
            .unwrap();
        let order: Vec<&str> = lib.by_date().iter().map(|m| m.title.as_str()).collect();
        assert_eq!(order, vec!["New", "Old", "Undated"]);
    }

    #[test]
    fn the_budget_is_kept() {
        let mut lib = Library::default();
        lib.add(Entry::of(
            &record("Big", None),
            Source::Paste,
            TEXT_BUDGET_CHARS - 10,
            1,
        ))
        .unwrap();
        let err = lib
            .add(Entry::of(&record("More", None), Source::Paste, 11, 2))
            .unwrap_err();
        assert_eq!(err.available, 10);
        assert!(
            lib.add(Entry::of(&record("Sample", None), Source::Sample, 9_000, 3))
                .is_ok()
        );
    }

    #[test]
    fn the_saved_form_round_trips() {
        let mut lib = Library::default();
        lib.add(Entry::of(
            &record("X", Some((2025, 10, 22))),
            Source::Link {
                url: "https://a.example/x".into(),
            },
            5,
            1,
        ))
        .unwrap();
        assert_eq!(Library::from_json(&lib.to_json()), Some(lib));
        assert_eq!(
            Library::from_json(r#"{"schema": 99, "meetings": []}"#),
            None
        );
        assert_eq!(Library::from_json("garbage"), None);
    }
}
