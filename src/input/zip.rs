//! Just enough of the ZIP format to read a Word document's XML parts, with
//! the checks that keep a hostile archive (a "zip bomb") from filling
//! memory: entry count, declared sizes and compression ratio are checked
//! before inflating, and inflation stops at the declared size.
//!
//! Written here rather than taken from the `zip` crate: its reader brings
//! compression, random numbers and path handling into the wasm bundle, and
//! reading two deflated entries needs none of them.

use std::fmt;

/// More entries than any Word document has.
const MAX_ENTRIES: usize = 5_000;
/// The largest part we inflate; a document.xml of this size is a book.
pub const MAX_ENTRY_BYTES: usize = 32 * 1024 * 1024;
/// Real XML compresses 5–30×; a bomb compresses hundreds of times or more.
const MAX_RATIO: usize = 120;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipError {
    NotZip,
    TooManyEntries(usize),
    TooLarge { name: String, bytes: usize },
    Suspicious { name: String },
    Unsupported(&'static str),
    Corrupt(&'static str),
}

impl fmt::Display for ZipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ZipError::NotZip => write!(f, "it is not a zip archive"),
            ZipError::TooManyEntries(n) => {
                write!(f, "it holds {n} parts, far more than any document")
            }
            ZipError::TooLarge { name, bytes } => {
                write!(
                    f,
                    "its part {name} would expand to {} MB",
                    bytes / 1_048_576
                )
            }
            ZipError::Suspicious { name } => {
                write!(
                    f,
                    "its part {name} is compressed far more than a document can be (a \"zip bomb\")"
                )
            }
            ZipError::Unsupported(what) => {
                write!(f, "it uses {what}, which this app does not read")
            }
            ZipError::Corrupt(what) => write!(f, "it is damaged ({what})"),
        }
    }
}

#[derive(Clone, Debug)]
struct Entry {
    name: String,
    method: u16,
    compressed: usize,
    uncompressed: usize,
    local_offset: usize,
}

/// A ZIP archive's directory, over the archive's bytes.
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize)
}

impl<'a> Archive<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Self, ZipError> {
        if !bytes.starts_with(b"PK\x03\x04") {
            return Err(ZipError::NotZip);
        }
        // The end-of-directory record sits in the last 64 KB (its comment is at most that long).
        let from = bytes.len().saturating_sub(22 + 65_535);
        let eocd = (from..bytes.len().saturating_sub(21))
            .rev()
            .find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))
            .ok_or(ZipError::Corrupt("no central directory"))?;
        let count =
            usize::from(u16_at(bytes, eocd + 10).ok_or(ZipError::Corrupt("short directory"))?);
        let dir_offset = u32_at(bytes, eocd + 16).ok_or(ZipError::Corrupt("short directory"))?;
        if count == 0xffff || dir_offset == 0xffff_ffff {
            return Err(ZipError::Unsupported("the ZIP64 format"));
        }
        if count > MAX_ENTRIES {
            return Err(ZipError::TooManyEntries(count));
        }
        let mut entries = Vec::with_capacity(count);
        let mut at = dir_offset;
        for _ in 0..count {
            if !bytes
                .get(at..)
                .is_some_and(|b| b.starts_with(b"PK\x01\x02"))
            {
                return Err(ZipError::Corrupt("bad directory entry"));
            }
            let field = |off| {
                u16_at(bytes, at + off)
                    .map(usize::from)
                    .ok_or(ZipError::Corrupt("short entry"))
            };
            let word = |off| u32_at(bytes, at + off).ok_or(ZipError::Corrupt("short entry"));
            let (name_len, extra_len, comment_len) = (field(28)?, field(30)?, field(32)?);
            let name = bytes
                .get(at + 46..at + 46 + name_len)
                .ok_or(ZipError::Corrupt("short name"))?;
            entries.push(Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                method: u16_at(bytes, at + 10).ok_or(ZipError::Corrupt("short entry"))?,
                compressed: word(20)?,
                uncompressed: word(24)?,
                local_offset: word(42)?,
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(Archive { bytes, entries })
    }

    pub fn has(&self, name: &str) -> bool {
        self.entries.iter().any(|e| e.name == name)
    }

    /// The inflated contents of `name`, or `None` if there is no such part.
    pub fn read(&self, name: &str) -> Result<Option<Vec<u8>>, ZipError> {
        let Some(entry) = self.entries.iter().find(|e| e.name == name) else {
            return Ok(None);
        };
        if entry.uncompressed > MAX_ENTRY_BYTES {
            return Err(ZipError::TooLarge {
                name: name.to_string(),
                bytes: entry.uncompressed,
            });
        }
        if entry.uncompressed > 1_048_576
            && entry.uncompressed / entry.compressed.max(1) > MAX_RATIO
        {
            return Err(ZipError::Suspicious {
                name: name.to_string(),
            });
        }
        let local = entry.local_offset;
        if !self
            .bytes
            .get(local..)
            .is_some_and(|b| b.starts_with(b"PK\x03\x04"))
        {
            return Err(ZipError::Corrupt("bad local header"));
        }
        let name_len =
            usize::from(u16_at(self.bytes, local + 26).ok_or(ZipError::Corrupt("short header"))?);
        let extra_len =
            usize::from(u16_at(self.bytes, local + 28).ok_or(ZipError::Corrupt("short header"))?);
        let start = local + 30 + name_len + extra_len;
        let data = self
            .bytes
            .get(start..start + entry.compressed)
            .ok_or(ZipError::Corrupt("truncated part"))?;
        match entry.method {
            0 => Ok(Some(data.to_vec())),
            8 => {
                // Never more than the size the directory declared: a lying
                // directory cannot make us inflate a bomb.
                let limit = entry.uncompressed.max(1);
                miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit)
                    .map(Some)
                    .map_err(|e| {
                        if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                            ZipError::Suspicious {
                                name: name.to_string(),
                            }
                        } else {
                            ZipError::Corrupt("bad compressed data")
                        }
                    })
            }
            _ => Err(ZipError::Unsupported(
                "a compression method other than deflate",
            )),
        }
    }
}
