//! The format-neutral block model: every reader (plain text, markdown, and
//! later HTML and DOCX) turns its input into these blocks, and extraction
//! only ever looks at blocks.

use super::model::Link;

/// How a block was marked in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    None,
    /// `-`, `*`, `+`, `•`, `–`
    Bullet,
    /// `→` or `->`: the record's own way of flagging an action.
    Arrow,
    /// `1.`, `2)`, `a.`
    Number,
}

/// How a heading was written, which tells its level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadingStyle {
    /// `#`, `##`, … or an underlined line; the level is explicit.
    Markup(u8),
    /// `4.` or `4.1` in front of a short standalone line; depth of the numbering.
    Numbered(u8),
    /// A short standalone line without sentence punctuation.
    Plain,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Heading(HeadingStyle),
    /// A list entry; `depth` 0 is the outermost list.
    ListItem {
        marker: Marker,
        depth: u8,
    },
    Paragraph,
    /// A tab- or pipe-separated line, split into its cells.
    Row(Vec<String>),
}

/// One block of a record: a heading, list entry, paragraph or table row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// 1-based line where the block starts.
    pub line: usize,
    /// 1-based line where it ends (hard-wrapped text spans several).
    pub end_line: usize,
    /// Inline text with markup removed and whitespace collapsed.
    pub text: String,
    /// Byte ranges of `text` that were bold in the source.
    pub strong: Vec<(usize, usize)>,
    pub links: Vec<Link>,
}

impl Block {
    pub fn is_heading(&self) -> bool {
        matches!(self.kind, BlockKind::Heading(_))
    }

    pub fn marker(&self) -> Marker {
        match self.kind {
            BlockKind::ListItem { marker, .. } => marker,
            _ => Marker::None,
        }
    }
}
