//! Reading meeting records: any input format → blocks → a [`Record`].

pub mod actions;
pub mod aligned;
pub mod blocks;
pub mod clauses;
pub mod clock;
pub mod corrections;
pub mod dedupe;
pub mod due;
pub mod extract;
pub mod glossary;
pub mod id;
pub mod inline;
pub mod irc;
pub mod lexicon;
pub mod list_topics;
pub mod markers;
pub mod meta;
pub mod model;
pub mod owner;
pub mod owner_hints;
pub mod participants;
pub mod pointers;
pub mod role_holders;
pub mod roster;
pub mod scribed;
pub mod sections;
pub mod speaker;
pub mod table;
pub mod text;
pub mod timing;
pub mod words;

#[cfg(test)]
mod reading_tests;

pub use model::{ActionItem, Decision, Due, Kind, Link, Meeting, Participant, Record, Section};

use std::fmt;

/// The largest record accepted. Real minutes are well under 1 MB; past this
/// size something other than minutes was loaded, and reading it would keep
/// a phone busy for seconds.
pub const MAX_RECORD_BYTES: usize = 20 * 1024 * 1024;

/// Why a record could not be read, in words for the person who loaded it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    Empty,
    TooLarge { bytes: usize },
    Binary,
    NoText,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Empty => write!(f, "The file is empty: there is no record to read."),
            ReadError::TooLarge { bytes } => write!(
                f,
                "The file is {} MB; records up to {} MB can be read. Is it the meeting record?",
                crate::format::megabytes(*bytes),
                MAX_RECORD_BYTES / 1_048_576
            ),
            ReadError::Binary => write!(
                f,
                "This file is not text (it looks like a binary file). Open the minutes as text, Markdown, HTML or Word."
            ),
            ReadError::NoText => write!(f, "The file has no readable text."),
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads a plain-text or markdown record.
pub fn read_text(text: &str) -> Result<Record, ReadError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(ReadError::TooLarge { bytes: text.len() });
    }
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(ReadError::Empty);
    }
    // Text has no NULs and few control characters; binary data has many.
    let controls = text
        .chars()
        .take(4096)
        .filter(|&c| c == '\0' || (c.is_control() && !c.is_whitespace()))
        .count();
    if controls > 8 {
        return Err(ReadError::Binary);
    }
    let blocks = text::read(text);
    if blocks.is_empty() {
        return Err(ReadError::NoText);
    }
    Ok(extract::extract(&blocks))
}

/// The built-in sample: IGF 2025 MAG Meeting XI, "Action items & next steps".
pub const SAMPLE: &str = include_str!("../sample/igf-2025-mag-xi.txt");
