//! Follow-up: the action items of a meeting record, and a person's own
//! follow-up state for them.
//!
//! The core (reading records, filtering, follow-up state) is plain Rust and
//! builds without the `web` feature; the browser shell lives in [`ui`].

pub mod across;
pub mod embed;
pub mod filter;
pub mod followup;
pub mod format;
pub mod input;
pub mod library;
pub mod link;
pub mod reading;
pub mod record;
pub mod shown;
pub mod sort;

#[cfg(feature = "web")]
pub mod ui;
