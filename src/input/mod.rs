//! Bringing records in: files (.txt, .md, .html, .docx), pasted text and
//! rich text, whatever their encoding, turned into the markdown-ish text
//! the record reader reads — or a message saying exactly why not.
//!
//! HTML and Word documents are read into that text (headings as `#` lines,
//! list entries as `-`, bold as `**`, links as `[text](url)`, table rows as
//! `| a | b |`), so one reader serves every format, the library stores one
//! form, and every item's line number points into the text it keeps.

pub mod docx;
pub mod encoding;
pub mod html;
pub mod remote;
pub mod zip;

use std::fmt;

use crate::record::MAX_RECORD_BYTES;
use zip::ZipError;

/// The formats the app reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Docx,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "Markdown",
            Format::Html => "web page (HTML)",
            Format::Docx => "Word document",
        }
    }
}

/// A record brought in, as text, with notes on how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    pub text: String,
    pub format: Format,
    pub notes: Vec<String>,
}

/// Why something could not be brought in, in words for the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    Empty {
        name: String,
    },
    TooLarge {
        name: String,
        bytes: usize,
    },
    Binary {
        name: String,
    },
    NotWord {
        name: String,
        why: String,
    },
    /// An archive built to exhaust memory, or close to it: refused unread.
    Hostile {
        name: String,
        why: String,
    },
    OldWord {
        name: String,
    },
    NoText {
        name: String,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mb = |bytes: &usize| crate::format::megabytes(*bytes);
        match self {
            InputError::Empty { name } => write!(f, "“{name}” is empty: there is no record in it."),
            InputError::TooLarge { name, bytes } => write!(
                f,
                "“{name}” is {} MB. Records up to {} MB can be read: is this the meeting record?",
                mb(bytes),
                MAX_RECORD_BYTES / 1_048_576
            ),
            InputError::Binary { name } => write!(
                f,
                "“{name}” is not text (it looks like an image, archive or program). \
                 Open the minutes as text, Markdown, a web page or a Word (.docx) document."
            ),
            InputError::NotWord { name, why } => write!(
                f,
                "“{name}” could not be read as a Word document: {why}. \
                 Save it again from Word as .docx, or as text, and open that."
            ),
            InputError::Hostile { name, why } => {
                write!(
                    f,
                    "“{name}” was refused and not opened: {why}. Nothing was changed."
                )
            }
            InputError::OldWord { name } => write!(
                f,
                "“{name}” is an old Word (.doc) file, which this app cannot read. \
                 Save it from Word as .docx (or as text) and open that."
            ),
            InputError::NoText { name } => write!(f, "“{name}” has no readable text."),
        }
    }
}

impl std::error::Error for InputError {}

fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default()
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.contains("<body")
        || head.starts_with("<meta")
}

/// Text files have almost no control characters; binary files many.
fn is_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let utf16 = sample.starts_with(&[0xff, 0xfe]) || sample.starts_with(&[0xfe, 0xff]);
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b) && b != 0x1b)
        .count();
    !utf16 && controls * 100 > sample.len().max(1)
}

fn finish(
    name: &str,
    text: String,
    format: Format,
    notes: Vec<String>,
) -> Result<Input, InputError> {
    if text.trim().is_empty() {
        return Err(InputError::NoText {
            name: name.to_string(),
        });
    }
    Ok(Input {
        text,
        format,
        notes,
    })
}

/// Reads a file by its name and bytes.
pub fn from_file(name: &str, bytes: &[u8]) -> Result<Input, InputError> {
    let name_owned = name.to_string();
    if bytes.is_empty() {
        return Err(InputError::Empty { name: name_owned });
    }
    if bytes.len() > MAX_RECORD_BYTES {
        return Err(InputError::TooLarge {
            name: name_owned,
            bytes: bytes.len(),
        });
    }
    let ext = extension(name);
    // Old binary Word files start with the OLE signature.
    if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
        return Err(InputError::OldWord { name: name_owned });
    }
    if ext == "docx" || bytes.starts_with(b"PK\x03\x04") {
        if ext != "docx" && !bytes.starts_with(b"PK\x03\x04") {
            return Err(InputError::Binary { name: name_owned });
        }
        return match docx::to_text(bytes) {
            Ok(text) => finish(name, text, Format::Docx, Vec::new()),
            Err(docx::DocxError::Zip(
                why @ (ZipError::Suspicious { .. }
                | ZipError::TooLarge { .. }
                | ZipError::TooManyEntries(_)),
            )) => Err(InputError::Hostile {
                name: name_owned,
                why: why.to_string(),
            }),
            Err(docx::DocxError::Zip(why)) => Err(InputError::NotWord {
                name: name_owned,
                why: why.to_string(),
            }),
            Err(docx::DocxError::NoDocument) => Err(InputError::NotWord {
                name: name_owned,
                why: "it is a zip archive without a Word document in it".into(),
            }),
            Err(docx::DocxError::Xml(why)) => Err(InputError::NotWord {
                name: name_owned,
                why: format!("its text is damaged ({why})"),
            }),
        };
    }
    if is_binary(bytes) {
        return Err(InputError::Binary { name: name_owned });
    }
    let decoded = encoding::decode(bytes);
    let notes: Vec<String> = decoded.note.iter().map(|n| (*n).to_string()).collect();
    if matches!(ext.as_str(), "html" | "htm" | "xhtml") || looks_like_html(&decoded.text) {
        return finish(name, html::to_text(&decoded.text), Format::Html, notes);
    }
    let format = if matches!(ext.as_str(), "md" | "markdown") {
        Format::Markdown
    } else {
        Format::Text
    };
    finish(name, decoded.text, format, notes)
}

/// Reads what was pasted: the rich text (HTML) a browser or Word put on the
/// clipboard when there is some, else the plain text.
pub fn from_paste(html: Option<&str>, text: &str) -> Result<Input, InputError> {
    let name = "The pasted text";
    let size = html.map_or(0, str::len).max(text.len());
    if size > MAX_RECORD_BYTES {
        return Err(InputError::TooLarge {
            name: name.into(),
            bytes: size,
        });
    }
    if let Some(html) = html.filter(|h| !h.trim().is_empty()) {
        let converted = html::to_text(html);
        if !converted.trim().is_empty() {
            return Ok(Input {
                text: converted,
                format: Format::Html,
                notes: Vec::new(),
            });
        }
    }
    if text.trim().is_empty() {
        return Err(InputError::Empty { name: name.into() });
    }
    Ok(Input {
        text: text.to_string(),
        format: Format::Text,
        notes: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_input_gets_its_own_message() {
        let err = |name: &str, bytes: &[u8]| from_file(name, bytes).unwrap_err().to_string();
        assert!(err("a.txt", b"").contains("is empty"));
        assert!(err("a.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01").contains("is not text"));
        assert!(err("minutes.docx", b"Meeting minutes, not a zip").contains("not a zip archive"));
        assert!(
            err("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest").contains("old Word (.doc)")
        );
        assert!(err("blank.txt", b"  \n\n ").contains("no readable text"));
    }

    #[test]
    fn formats_by_name_and_content() {
        assert_eq!(
            from_file("m.md", b"# Minutes").unwrap().format,
            Format::Markdown
        );
        assert_eq!(
            from_file("m.txt", b"<!doctype html><h1>Minutes</h1>")
                .unwrap()
                .format,
            Format::Html
        );
        let pasted = from_paste(
            Some("<ul><li>Chair to send notes</li></ul>"),
            "Chair to send notes",
        )
        .unwrap();
        assert_eq!(pasted.text, "- Chair to send notes\n");
    }
}
