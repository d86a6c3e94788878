//! The reading of a record in the published JSON shape (the `extract`
//! command's output, and the shape of the reference readings in tests).

use serde::Serialize;

use crate::record::{Kind, Participant, Record};

#[derive(Debug, Serialize)]
pub struct Reading {
    pub meeting: MeetingJson,
    pub action_items: Vec<ItemJson>,
    pub decisions: Vec<DecisionJson>,
    pub sections: Vec<SectionJson>,
    pub participants: Vec<Participant>,
    pub participants_count: usize,
}

#[derive(Debug, Serialize)]
pub struct MeetingJson {
    pub title: String,
    /// `YYYY-MM-DD`
    pub date: Option<String>,
    /// `HH:MM`, in UTC
    pub time_utc: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ItemJson {
    pub id: String,
    pub line: usize,
    pub end_line: usize,
    pub owner: Option<String>,
    pub group: Option<String>,
    pub due: Option<String>,
    pub kind: Kind,
    pub text: String,
    pub timing: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct DecisionJson {
    pub line: usize,
    pub text: String,
    pub group: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SectionJson {
    pub line: usize,
    pub level: u8,
    pub title: String,
    pub group: Option<String>,
}

impl From<&Record> for Reading {
    fn from(record: &Record) -> Self {
        Reading {
            meeting: MeetingJson {
                title: record.meeting.title.clone(),
                date: record
                    .meeting
                    .date
                    .map(|d| d.format("%Y-%m-%d").to_string()),
                time_utc: record
                    .meeting
                    .time_utc
                    .map(|t| t.format("%H:%M").to_string()),
            },
            action_items: record
                .items
                .iter()
                .map(|i| ItemJson {
                    id: i.id.clone(),
                    line: i.line,
                    end_line: i.end_line,
                    owner: i.owner.clone(),
                    group: i.group.clone(),
                    due: i.due.map(|d| d.iso()),
                    kind: i.kind,
                    text: i.text.clone(),
                    timing: i.timing.clone(),
                })
                .collect(),
            decisions: record
                .decisions
                .iter()
                .map(|d| DecisionJson {
                    line: d.line,
                    text: d.text.clone(),
                    group: d.group.clone(),
                })
                .collect(),
            sections: record
                .sections
                .iter()
                .map(|s| SectionJson {
                    line: s.line,
                    level: s.level,
                    title: s.title.clone(),
                    group: s.group.clone(),
                })
                .collect(),
            participants: record.participants.clone(),
            participants_count: record.participants.len(),
        }
    }
}

impl Reading {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}
