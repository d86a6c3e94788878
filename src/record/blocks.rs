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
    /// Who wrote the line, when the format says it (an IRC nick).
    pub speaker: Option<String>,
    /// A scribe's line: it opens with the name of who spoke ("ana: I will …").
    pub names_speaker: bool,
    /// For each source line after the first, how many words of `text`
    /// come before it: where a sentence starts tells its line.
    pub wraps: Vec<usize>,
    /// The number a numbered entry starts with ("8." → 8).
    pub ordinal: Option<u32>,
    /// A rule ("-----") stands before it: a new part of the record starts.
    pub after_rule: bool,
}

impl Block {
    pub fn is_heading(&self) -> bool {
        matches!(self.kind, BlockKind::Heading(_))
    }

    /// A plain block with nothing but its text, at one line.
    pub fn plain(kind: BlockKind, line: usize, text: String) -> Block {
        Block {
            kind,
            line,
            end_line: line,
            text,
            strong: Vec::new(),
            links: Vec::new(),
            speaker: None,
            names_speaker: false,
            wraps: Vec::new(),
            ordinal: None,
            after_rule: false,
        }
    }

    /// The 1-based line on which the word at byte `at` of `text` stands.
    pub fn line_at(&self, at: usize) -> usize {
        if self.wraps.is_empty() {
            return self.line;
        }
        let words = word_count(self.text.get(..at).unwrap_or(&self.text));
        self.line + self.wraps.iter().take_while(|&&w| w <= words).count()
    }

    pub fn marker(&self) -> Marker {
        match self.kind {
            BlockKind::ListItem { marker, .. } => marker,
            _ => Marker::None,
        }
    }
}

/// Runs of letters and digits: the unit both `text` and its source lines
/// are counted in, since markup changes everything else.
pub fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut inside = false;
    for c in text.chars() {
        let word = c.is_alphanumeric();
        if word && !inside {
            count += 1;
        }
        inside = word;
    }
    count
}
