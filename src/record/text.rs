//! Plain text and markdown-ish minutes → blocks.
//!
//! Works line by line: list markers, markdown headings and tab-separated rows
//! are recognised on sight; a short standalone line without sentence
//! punctuation is promoted to a heading once its neighbours are known.

use super::blocks::{Block, BlockKind, HeadingStyle, Marker};
use super::inline;

/// Splits `text` into lines, whatever the line endings, without a BOM.
pub fn lines(text: &str) -> Vec<&str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(pos) = rest.find(['\n', '\r']) {
        out.push(&rest[..pos]);
        let skip = if rest[pos..].starts_with("\r\n") {
            2
        } else {
            1
        };
        rest = &rest[pos + skip..];
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Reads a plain-text or markdown record into blocks.
pub fn read(text: &str) -> Vec<Block> {
    let mut raw: Vec<RawBlock> = Vec::new();
    // Whether the previous line was blank, i.e. nothing may be continued.
    let mut open = false;
    let mut previous = "";
    for (index, line) in lines(text).iter().enumerate() {
        let number = index + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            open = false;
            if let Some(last) = raw.last_mut() {
                last.blank_after = true;
            }
            continue;
        }
        if let Some(level) = setext_level(trimmed)
            && let Some(last) = raw.last_mut().filter(|b| open && b.is_plain_single_line())
        {
            last.kind = RawKind::Heading(HeadingStyle::Markup(level));
            last.end_line = number;
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let kind = classify(line, trimmed, indent);
        let continues = open
            && matches!(kind, RawKind::Paragraph)
            && raw.last().is_some_and(|b| b.accepts_continuation())
            && is_wrapped(previous, trimmed);
        if continues {
            let last = raw.last_mut().expect("checked above");
            last.source.push('\n');
            last.source.push_str(trimmed);
            last.end_line = number;
        } else {
            let source = strip_marker(&kind, trimmed).to_string();
            raw.push(RawBlock {
                kind,
                line: number,
                end_line: number,
                source,
                blank_after: false,
            });
        }
        open = true;
        previous = trimmed;
    }
    promote_headings(&mut raw);
    raw.into_iter().map(RawBlock::finish).collect()
}

#[derive(Debug)]
enum RawKind {
    Heading(HeadingStyle),
    ListItem {
        marker: Marker,
        depth: u8,
        numbered: Option<u8>,
    },
    Paragraph,
    Row,
}

#[derive(Debug)]
struct RawBlock {
    kind: RawKind,
    line: usize,
    end_line: usize,
    source: String,
    blank_after: bool,
}

impl RawBlock {
    fn is_plain_single_line(&self) -> bool {
        matches!(self.kind, RawKind::Paragraph) && self.line == self.end_line
    }

    fn accepts_continuation(&self) -> bool {
        matches!(self.kind, RawKind::Paragraph | RawKind::ListItem { .. })
    }

    fn finish(self) -> Block {
        let kind = match self.kind {
            RawKind::Heading(style) => BlockKind::Heading(style),
            RawKind::ListItem { marker, depth, .. } => BlockKind::ListItem { marker, depth },
            RawKind::Paragraph => BlockKind::Paragraph,
            RawKind::Row => BlockKind::Row(row_cells(&self.source)),
        };
        let parsed = inline::parse(&self.source);
        Block {
            kind,
            line: self.line,
            end_line: self.end_line,
            text: parsed.text,
            strong: parsed.strong,
            links: parsed.links,
        }
    }
}

/// Whether `line` continues `previous` (a hard wrap) rather than starting a
/// new line of its own, like a title above a subtitle.
fn is_wrapped(previous: &str, line: &str) -> bool {
    const WRAP_WIDTH: usize = 40;
    previous.chars().count() >= WRAP_WIDTH
        || line.starts_with(|c: char| c.is_lowercase())
        || previous.ends_with([',', '-', '(', '/', '&'])
}

fn setext_level(trimmed: &str) -> Option<u8> {
    if trimmed.len() >= 3 && trimmed.chars().all(|c| c == '=') {
        Some(1)
    } else if trimmed.len() >= 3 && trimmed.chars().all(|c| c == '-') {
        Some(2)
    } else {
        None
    }
}

fn classify(line: &str, trimmed: &str, indent: usize) -> RawKind {
    if let Some(level) = atx_level(trimmed) {
        return RawKind::Heading(HeadingStyle::Markup(level));
    }
    // Leading spaces give list depth; a tab or two to four spaces is a level.
    let depth = u8::try_from(indent.div_ceil(2)).unwrap_or(u8::MAX).min(8);
    if let Some(marker) = bullet_marker(trimmed) {
        return RawKind::ListItem {
            marker,
            depth,
            numbered: None,
        };
    }
    if let Some(levels) = number_prefix(trimmed).map(|(levels, _)| levels) {
        return RawKind::ListItem {
            marker: Marker::Number,
            depth,
            numbered: Some(levels),
        };
    }
    if is_row(line.trim_start()) {
        return RawKind::Row;
    }
    RawKind::Paragraph
}

fn atx_level(trimmed: &str) -> Option<u8> {
    let hashes = trimmed.chars().take_while(|&c| c == '#').count();
    let rest = &trimmed[hashes..];
    ((1..=6).contains(&hashes) && (rest.is_empty() || rest.starts_with(' ')))
        .then(|| u8::try_from(hashes).unwrap_or(6))
}

const BULLETS: [&str; 8] = ["- ", "* ", "+ ", "• ", "– ", "— ", "‣ ", "◦ "];
const ARROWS: [&str; 4] = ["→", "->", "=>", "➔"];

fn bullet_marker(trimmed: &str) -> Option<Marker> {
    if ARROWS.iter().any(|a| trimmed.starts_with(a)) {
        return Some(Marker::Arrow);
    }
    // `**bold**` at the start of a line is not a bullet.
    BULLETS
        .iter()
        .any(|b| trimmed.starts_with(b))
        .then_some(Marker::Bullet)
}

/// `4. `, `4.1 `, `4.1. `, `2) `, `a) ` → (depth of the numbering, marker length).
fn number_prefix(trimmed: &str) -> Option<(u8, usize)> {
    let bytes = trimmed.as_bytes();
    let mut i = 0;
    let mut levels = 0u8;
    loop {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() && i - start < 3 {
            i += 1;
        }
        if i == start {
            break;
        }
        levels += 1;
        if i < bytes.len() && bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        break;
    }
    if levels == 0 {
        // A single letter list marker: `a)` / `b.`
        if bytes.len() > 3
            && bytes[0].is_ascii_lowercase()
            && matches!(bytes[1], b')' | b'.')
            && bytes[2] == b' '
        {
            return Some((1, 3));
        }
        return None;
    }
    match bytes.get(i) {
        Some(b'.') | Some(b')') if bytes.get(i + 1) == Some(&b' ') => Some((levels, i + 2)),
        Some(b' ') if levels > 1 => Some((levels, i + 1)),
        _ => None,
    }
}

fn strip_marker<'a>(kind: &RawKind, trimmed: &'a str) -> &'a str {
    match kind {
        RawKind::Heading(HeadingStyle::Markup(_)) => {
            let title = trimmed
                .trim_start_matches('#')
                .trim()
                .trim_end_matches('#')
                .trim();
            // "## 2. Volunteers": the numbering is not part of the title.
            number_prefix(title).map_or(title, |(_, len)| title[len..].trim_start())
        }
        RawKind::ListItem {
            marker: Marker::Number,
            ..
        } => number_prefix(trimmed).map_or(trimmed, |(_, len)| trimmed[len..].trim_start()),
        RawKind::ListItem {
            marker: Marker::Arrow,
            ..
        } => ARROWS
            .iter()
            .find_map(|a| trimmed.strip_prefix(a))
            .unwrap_or(trimmed)
            .trim_start(),
        RawKind::ListItem { .. } => trimmed.get(2..).map_or(trimmed, str::trim_start),
        _ => trimmed,
    }
}

fn is_row(line: &str) -> bool {
    line.contains('\t') || line.matches('|').count() >= 2 && line.trim_start().starts_with('|')
}

fn row_cells(source: &str) -> Vec<String> {
    let sep = if source.contains('\t') { '\t' } else { '|' };
    source
        .split(sep)
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty() && !c.chars().all(|ch| ch == '-' || ch == ':'))
        .collect()
}

/// Turns standalone short lines (and standalone numbered lines) into headings.
fn promote_headings(raw: &mut [RawBlock]) {
    for i in 0..raw.len() {
        let standalone = raw[i].blank_after && (i == 0 || raw[i - 1].blank_after);
        if !standalone || raw[i].line != raw[i].end_line || !looks_like_heading(&raw[i].source) {
            continue;
        }
        match raw[i].kind {
            RawKind::Paragraph => raw[i].kind = RawKind::Heading(HeadingStyle::Plain),
            // A numbered line on its own with a non-numbered body after it is
            // a section title; inside a numbered list the next entry follows.
            RawKind::ListItem {
                numbered: Some(levels),
                depth: 0,
                ..
            } => {
                let next_is_numbered = raw.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.kind,
                        RawKind::ListItem {
                            numbered: Some(_),
                            ..
                        }
                    )
                });
                if !next_is_numbered {
                    raw[i].kind = RawKind::Heading(HeadingStyle::Numbered(levels));
                }
            }
            _ => {}
        }
    }
}

/// Short, no sentence-ending punctuation, starts with a capital or digit.
fn looks_like_heading(source: &str) -> bool {
    let text = source.trim().trim_matches('*').trim();
    let words = text.split_whitespace().count();
    let first = text.chars().next();
    (1..=14).contains(&words)
        && text.len() <= 120
        && !text.ends_with(['.', ',', ';', '!', '?'])
        && first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<BlockKind> {
        read(text).into_iter().map(|b| b.kind).collect()
    }

    #[test]
    fn line_endings_and_bom_do_not_matter() {
        assert_eq!(lines("\u{feff}a\r\nb\rc\nd"), vec!["a", "b", "c", "d"]);
    }

    #[test]
    fn standalone_lines_become_headings() {
        let k = kinds("1. Updates\n\n- The chair will call.\n\nNRIs\n\n- Text.\n");
        assert_eq!(k[0], BlockKind::Heading(HeadingStyle::Numbered(1)));
        assert_eq!(
            k[1],
            BlockKind::ListItem {
                marker: Marker::Bullet,
                depth: 0
            }
        );
        assert_eq!(k[2], BlockKind::Heading(HeadingStyle::Plain));
    }

    #[test]
    fn consecutive_numbered_lines_stay_a_list() {
        let k = kinds("1. One (2 min)\n2. Two (5 min)\n");
        assert!(k.iter().all(|k| matches!(
            k,
            BlockKind::ListItem {
                marker: Marker::Number,
                ..
            }
        )));
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let b = read("- The Secretariat will\n  circulate the draft.\n");
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].text, "The Secretariat will circulate the draft.");
        assert_eq!((b[0].line, b[0].end_line), (1, 2));
    }

    #[test]
    fn arrows_are_their_own_marker() {
        let b = read("→ **MAG members are invited to review.**");
        assert_eq!(b[0].marker(), Marker::Arrow);
        assert_eq!(b[0].text, "MAG members are invited to review.");
    }

    #[test]
    fn tab_rows_split_into_cells() {
        let b = read("MAG Members\t\nAguerre\tCarolina\n");
        assert_eq!(
            b[1].kind,
            BlockKind::Row(vec!["Aguerre".into(), "Carolina".into()])
        );
    }
}
