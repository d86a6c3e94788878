//! Records opened from a link (`?src=`): what the app accepts from a web
//! server, and what it says when a fetch goes wrong — each case with what
//! the person can do instead.

use std::fmt;

use crate::record::MAX_RECORD_BYTES;

/// How long a record may take to arrive before the app gives up.
pub const TIMEOUT_MS: u32 = 15_000;

/// Why a record could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchProblem {
    /// The request failed before any answer: the site refuses other sites
    /// (CORS), or cannot be reached. Browsers do not say which.
    Refused {
        host: String,
    },
    Offline {
        host: String,
    },
    Status {
        host: String,
        status: u16,
    },
    WrongType {
        host: String,
        content_type: String,
    },
    TooLarge {
        host: String,
        bytes: usize,
    },
    Timeout {
        host: String,
    },
}

/// The host part of a URL, for messages.
pub fn host_of(url: &str) -> String {
    url.split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or(url)
        .to_string()
}

/// A file name for a fetched record (used to choose its reader).
pub fn file_name(url: &str, content_type: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let last = path.rsplit('/').next().unwrap_or("").trim();
    let ct = content_type.to_ascii_lowercase();
    if last.contains('.') {
        return last.to_string();
    }
    let ext = if ct.contains("html") {
        "html"
    } else if ct.contains("wordprocessingml") {
        "docx"
    } else if ct.contains("markdown") {
        "md"
    } else {
        "txt"
    };
    format!("{}.{ext}", if last.is_empty() { "record" } else { last })
}

/// Content types a record may come as. Servers often send Word files and
/// markdown as generic binary: those are accepted and then checked by
/// content, like a file.
pub fn accepts(content_type: &str) -> bool {
    let ct = content_type.to_ascii_lowercase();
    let essence = ct.split(';').next().unwrap_or("").trim();
    essence.is_empty()
        || essence.starts_with("text/")
        || matches!(
            essence,
            "application/xhtml+xml"
                | "application/octet-stream"
                | "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                | "application/msword"
        )
}

pub fn too_large(bytes: usize) -> bool {
    bytes > MAX_RECORD_BYTES
}

impl fmt::Display for FetchProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const INSTEAD: &str = "Download the file, then add it here with “Choose a file”.";
        match self {
            FetchProblem::Refused { host } => write!(
                f,
                "The record could not be fetched from {host}: that site does not let other sites read its files \
                 (or it cannot be reached). {INSTEAD}"
            ),
            FetchProblem::Offline { host } => write!(
                f,
                "You are offline, so the record at {host} could not be fetched. Records opened before are still here."
            ),
            FetchProblem::Status { host, status: 404 } => {
                write!(
                    f,
                    "There is no record at that address on {host} (404 Not Found). Check the link."
                )
            }
            FetchProblem::Status { host, status } if *status == 401 || *status == 403 => write!(
                f,
                "{host} refused to give the record ({status}): it may need you to sign in. {INSTEAD}"
            ),
            FetchProblem::Status { host, status } => {
                write!(
                    f,
                    "{host} answered with an error ({status}) instead of the record. Try again later, or: {INSTEAD}"
                )
            }
            FetchProblem::WrongType { host, content_type } => write!(
                f,
                "The link on {host} leads to “{content_type}”, not to a meeting record (text, web page or Word document)."
            ),
            FetchProblem::TooLarge { host, bytes } => write!(
                f,
                "The file at {host} is {} MB; records up to {} MB can be read. Is the link right?",
                crate::format::megabytes(*bytes),
                MAX_RECORD_BYTES / 1_048_576
            ),
            FetchProblem::Timeout { host } => write!(
                f,
                "{host} did not send the record within {} seconds. Try again, or: {INSTEAD}",
                TIMEOUT_MS / 1000
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_types() {
        assert_eq!(
            host_of("https://www.intgovforum.org/en/filedepot?x=1"),
            "www.intgovforum.org"
        );
        assert_eq!(
            file_name("https://a.example/minutes/2025-10.docx?dl=1", ""),
            "2025-10.docx"
        );
        assert_eq!(
            file_name("https://a.example/minutes/", "text/html; charset=utf-8"),
            "record.html"
        );
        assert!(accepts("text/plain; charset=utf-8"));
        assert!(accepts(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        ));
        assert!(!accepts("image/png"));
        assert!(!accepts("application/pdf"));
    }

    #[test]
    fn every_problem_says_what_to_do() {
        let host = || "minutes.example".to_string();
        for problem in [
            FetchProblem::Refused { host: host() },
            FetchProblem::Status {
                host: host(),
                status: 500,
            },
            FetchProblem::Status {
                host: host(),
                status: 403,
            },
            FetchProblem::Timeout { host: host() },
        ] {
            assert!(
                problem.to_string().contains("Download the file"),
                "{problem}"
            );
        }
        assert!(
            FetchProblem::Status {
                host: host(),
                status: 404
            }
            .to_string()
            .contains("404 Not Found")
        );
        assert!(
            FetchProblem::WrongType {
                host: host(),
                content_type: "image/png".into()
            }
            .to_string()
            .contains("image/png")
        );
    }
}
