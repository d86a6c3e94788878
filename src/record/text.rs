//! Plain text, markdown-ish minutes and mail archives → blocks.
//!
//! Works line by line: list markers, markdown headings and rows are
//! recognised on sight; hard-wrapped lines are joined back; short lines that
//! stand like titles are promoted to headings once their neighbours are
//! known. IRC logs go to their own reader.

use super::aligned;
use super::blocks::{Block, BlockKind, HeadingStyle, Marker, word_count};
use super::inline;
use super::irc;
use super::lexicon::ends_with_ci;
use super::markers::{
    after_bullet, atx_level, bullet_marker, is_row, is_rule, is_ticked, number_prefix,
    numbering_scheme, ordinal, row_cells, setext_level, wiki_level, without_box,
};
use super::scribed;
use super::sections::{self, Purpose};
use super::speaker;

/// "Present\n: Ana Lima, Bo Chen" (a markdown definition list, as W3C's
/// minutes tools write their fields): the term and what it names, as
/// "Present: Ana Lima, Bo Chen" on the names' own line; the term's line is
/// left blank, so every line keeps its number. None when there is none.
fn definitions(lines: &[&str]) -> Option<Vec<String>> {
    // "**Present**": the term may be set in bold.
    let bare = |l: &str| l.trim().trim_matches(['*', '_']).trim().to_string();
    let term = |l: &str| {
        let t = bare(l);
        let t = t.as_str();
        !t.is_empty()
            && t.split_whitespace().count() <= 4
            && !t.contains(':')
            && t.starts_with(char::is_uppercase)
            && !t.ends_with(['.', ',', ';'])
    };
    let defines = |k: usize| k > 0 && lines[k].starts_with(": ") && term(lines[k - 1]);
    if !(1..lines.len()).any(defines) {
        return None;
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    for k in (1..lines.len()).filter(|&k| defines(k)) {
        out[k] = format!("{}: {}", bare(lines[k - 1]), lines[k][2..].trim());
        out[k - 1].clear();
    }
    Some(out)
}

/// Whether `before` ends with a lower-case word broken by a hyphen that
/// `next` finishes ("cor-" / "rected"); "follow-" / "up" is a compound.
fn broken_word(before: &str, next: &str) -> bool {
    const COMPOUND: [&str; 16] = [
        "up",
        "ups",
        "based",
        "term",
        "level",
        "time",
        "party",
        "making",
        "friendly",
        "wide",
        "led",
        "related",
        "specific",
        "chair",
        "chairs",
        "facilitator",
    ];
    let Some(head) = before.strip_suffix('-') else {
        return false;
    };
    let fragment: String = head
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let tail: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    fragment.chars().count() >= 2
        && fragment.chars().all(char::is_lowercase)
        && !head[..head.len() - fragment.len()].ends_with('-')
        && tail.chars().next().is_some_and(char::is_lowercase)
        && !COMPOUND.iter().any(|c| tail.eq_ignore_ascii_case(c))
}

/// Splits `text` into lines, whatever the line endings, without a BOM.
pub fn lines(text: &str) -> Vec<&str> {
    let text = text.trim_start_matches('\u{feff}');
    let mut out = Vec::new();
    let mut rest = text;
    // Byte search: line ends are ASCII, and this runs over the whole record.
    while let Some(pos) = rest.bytes().position(|b| b == b'\n' || b == b'\r') {
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

/// Reads a plain-text, markdown or IRC record into blocks.
/// "* Next message (by thread): [eaix-ops] Summary …", "More information
/// about the … mailing list": a list archive's links around the message.
fn archive_navigation(trimmed: &str) -> bool {
    let bare = trimmed.trim_start_matches(['*', '-', ' ']);
    [
        "Previous message (by thread):",
        "Next message (by thread):",
        "Previous message:",
        "Next message:",
        "Messages sorted by:",
        "More information about the ",
    ]
    .iter()
    .any(|p| bare.starts_with(p))
}

pub fn read(text: &str) -> Vec<Block> {
    let lines = lines(text);
    if irc::is_log(&lines) {
        let blocks = irc::read(&lines);
        // A log whose every line was noise was no log: read it as text.
        if !blocks.is_empty() {
            return blocks;
        }
    }
    // Only a record with a space-aligned action table pays for a copy.
    let retabbed = aligned::retab(&lines);
    let lines: Vec<&str> = match &retabbed {
        Some(owned) => owned.iter().map(String::as_str).collect(),
        None => lines,
    };
    // Only a record with definition-list fields ("Present\n: A, B") pays
    // for another copy.
    let defined = definitions(&lines);
    let lines: Vec<&str> = match &defined {
        Some(owned) => owned.iter().map(String::as_str).collect(),
        None => lines,
    };
    let width = wrap_width(&lines);
    // A mail quotes earlier messages under "… wrote:"; elsewhere `>` is a
    // markdown blockquote, part of the record.
    // "From: …" / "Subject: …" over the body: a mail's own header.
    let headed = lines
        .iter()
        .take(15)
        .any(|l| l.starts_with("From:") || l.starts_with("Subject:"));
    let attributed = lines.iter().any(|l| is_attribution(l));
    let mail_quotes = (attributed
        || lines.iter().any(|l| l.starts_with("> >"))
        || headed && quotes_older_mail(&lines))
        && !(inline_reply(&lines) && answers_a_mail(&lines));
    let mail = headed || attributed || lines.iter().take(15).any(|l| l.starts_with("From "));
    let skip = front_matter(&lines);
    let mut raw: Vec<RawBlock> = Vec::new();
    // Whether the previous line was blank, i.e. nothing may be continued.
    let mut open = false;
    let mut previous = "";
    let mut blank_before = true;
    // A rule ("-----") since the last block: what follows is a new part.
    let mut ruled = false;
    // Inside a mail archive's note on a scrubbed attachment ("Name: …",
    // "Type: …", "Desc: not available"): the archive's words, not the record's.
    let mut scrubbed = false;
    for (index, line) in lines.iter().enumerate().skip(skip) {
        let number = index + 1;
        let trimmed = line.trim();
        if trimmed.ends_with("attachment was scrubbed...") {
            scrubbed = true;
            continue;
        }
        if scrubbed {
            if trimmed.is_empty() || trimmed.starts_with("-----") {
                scrubbed = false;
            } else {
                continue;
            }
        }
        // A mail signature ends the message; what follows is its footer.
        // "--" over "ACTION ITEMS:" is only a rule between the parts.
        if (trimmed == "--" || *line == "-- ") && !parts_follow(&lines[index + 1..]) {
            break;
        }
        // "Content-Type: text/plain; charset=us-ascii" between a digest's
        // messages: how the mail was sent, no word of the record.
        if is_transport_header(trimmed) {
            continue;
        }
        let quoted = trimmed.starts_with('>');
        // ">" alone between quoted paragraphs of notes parts them as a
        // blank line (a mail's quotes keep the shape they were sent in).
        let blank_quote = !mail && quoted && trimmed.trim_start_matches('>').trim().is_empty();
        if trimmed.is_empty()
            || blank_quote
            || (quoted && mail_quotes)
            || archive_navigation(trimmed)
        {
            open = false;
            blank_before = true;
            if let Some(last) = raw.last_mut() {
                last.blank_after = true;
            }
            continue;
        }
        // "2. draft-ietf-pace-enroll-protocol (Aisha)" over "-----": a
        // numbered title underlined is a heading too.
        if let Some(level) = setext_level(trimmed)
            && let Some(last) = raw.last_mut().filter(|b| {
                open && (b.is_plain_single_line()
                    || matches!(
                        b.kind,
                        RawKind::ListItem {
                            numbered: Some(_),
                            depth: 0,
                            ..
                        }
                    ) && b.line == b.end_line)
            })
        {
            last.kind = RawKind::Heading(HeadingStyle::Markup(level));
            last.end_line = number;
            continue;
        }
        if is_rule(trimmed) {
            open = false;
            blank_before = true;
            ruled = true;
            if let Some(last) = raw.last_mut() {
                last.blank_after = true;
            }
            continue;
        }
        let (line, trimmed) = if quoted {
            let inner = trimmed.trim_start_matches('>').trim_start();
            (inner, inner)
        } else {
            (*line, trimmed)
        };
        let indent = line.len() - line.trim_start().len();
        let mut kind = classify(line, trimmed, indent);
        if matches!(kind, RawKind::Paragraph)
            && !blank_before
            && raw.last().is_some_and(|b| b.takes_entry(indent, trimmed))
        {
            // "Ben Whitaker" over "    Test token refresh …": lines
            // indented under a label are its entries, as in a list.
            kind = RawKind::ListItem {
                marker: Marker::None,
                depth: u8::try_from(indent.div_ceil(2)).unwrap_or(u8::MAX).min(8),
                numbered: None,
                scheme: 0,
            };
        }
        let continues = open
            && matches!(kind, RawKind::Paragraph)
            && raw
                .last()
                .is_some_and(|b| b.accepts_continuation(indent, previous, trimmed, width));
        if let (true, Some(last)) = (continues, raw.last_mut()) {
            // Words are counted only for blocks that span several lines.
            let words = *last
                .words
                .get_or_insert_with(|| word_count(&inline::parse(&last.source).text));
            last.wraps.push(words);
            let mut added = word_count(&inline::parse(trimmed).text);
            // "cor-\nrected", "be-\nfore": a word a PDF's layout broke
            // at the line's end is one word again.
            let compound = last.source.ends_with('-')
                && last.source[..last.source.len() - 1].ends_with(char::is_alphabetic)
                && trimmed.starts_with(char::is_lowercase);
            if broken_word(&last.source, trimmed) {
                last.source.pop();
                added = added.saturating_sub(1);
            } else if compound {
                // "GTFS-Real-\ntime": a compound kept whole, hyphen and all.
                added = added.saturating_sub(1);
            } else {
                last.source.push('\n');
            }
            last.words = Some(words + added);
            last.source.push_str(trimmed);
            last.end_line = number;
        } else {
            let mut source = strip_marker(&kind, trimmed).to_string();
            // "RT-26-01  Ivo       Publish the dataset": an action log laid
            // out in columns, its owner then its task.
            if matches!(
                kind,
                RawKind::ListItem {
                    marker: Marker::Number,
                    ..
                }
            ) && trimmed.starts_with(|c: char| c.is_ascii_uppercase())
                && let Some(entry) = owner_column(&source)
            {
                source = entry;
            }
            // "[x] Publish the schedule", "Mirja: request the slot (done)":
            // a task done.
            let done_note = ["(done)", "(completed)", "(done.)"]
                .iter()
                .any(|d| trimmed.len() >= d.len() && ends_with_ci(trimmed, d));
            if matches!(kind, RawKind::ListItem { .. }) && (is_ticked(trimmed) || done_note) {
                source.insert_str(0, "Done: ");
            }
            let ordinal = match kind {
                RawKind::ListItem {
                    numbered: Some(_), ..
                } => ordinal(trimmed),
                _ => None,
            };
            raw.push(RawBlock {
                ordinal,
                words: None,
                kind,
                indent,
                line: number,
                end_line: number,
                source,
                blank_before,
                after_rule: std::mem::take(&mut ruled),
                blank_after: false,
                wraps: Vec::new(),
            });
        }
        open = true;
        blank_before = false;
        previous = trimmed;
    }
    promote_headings(&mut raw);
    // A line that held only an image ("![logo](…)") leaves nothing to read.
    let mut blocks: Vec<Block> = raw
        .into_iter()
        .map(RawBlock::finish)
        .filter(|b| !b.text.trim().is_empty())
        .collect();
    continue_speakers(&mut blocks);
    blocks
}

/// Mail headers that say how a message travelled, never what it says.
fn is_transport_header(line: &str) -> bool {
    const HEADERS: [&str; 6] = [
        "content-type:",
        "content-transfer-encoding:",
        "mime-version:",
        "in-reply-to:",
        "references:",
        "content-disposition:",
    ];
    // Most lines start otherwise: the first letter is looked at first.
    matches!(
        line.as_bytes().first(),
        Some(b'c' | b'C' | b'm' | b'M' | b'i' | b'I' | b'r' | b'R')
    ) && HEADERS.iter().any(|h| {
        line.get(..h.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(h))
    })
}

/// W3C scribes go on with "… I'll draft it" under "Ulrike: the concern …":
/// the same person speaks.
fn continue_speakers(blocks: &mut [Block]) {
    let mut last: Option<String> = None;
    for block in blocks.iter_mut() {
        let text = block.text.trim_start();
        if text.starts_with("...") || text.starts_with('…') {
            if block.speaker.is_none() {
                block.speaker.clone_from(&last);
            }
            continue;
        }
        last = text
            .split_once(": ")
            .map(|(l, _)| l.trim_matches('*'))
            .filter(|l| {
                let words: Vec<&str> = l.split_whitespace().collect();
                (1..=3).contains(&words.len())
                    && words.iter().all(|w| w.starts_with(char::is_uppercase))
            })
            .map(str::to_string);
    }
}

/// How many lines a YAML front matter takes (`---`, `title: …`, `---`):
/// the page's settings, written for a site generator, not the record.
/// A reply written between the quoted lines ("Correction: …" under each
/// quoted topic) annotates the quoted minutes: they are the record too.
fn inline_reply(lines: &[&str]) -> bool {
    let quoted: Vec<bool> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.starts_with('>'))
        .collect();
    quoted.windows(2).filter(|w| w[0] && !w[1]).count() >= 2
}

/// "[Kwame Asante]     Confirm the dates", "[Hamid Rezaei,": a line that
/// opens with a name in brackets, set apart from its task.
fn bracketed_entry(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('[') else {
        return false;
    };
    match rest.find(']') {
        Some(close) => close <= 40 && rest[close + 1..].starts_with("  "),
        None => rest.len() <= 40 && rest.trim_end().ends_with(','),
    }
}

/// A mail that quotes a little of an older one ("For reference, the
/// action items from the December call were:" over "> - Grace to …"):
/// what it quotes was said before this meeting. A mail that is mostly
/// quotes passes on the record it quotes. Asked of a mail with a header.
fn quotes_older_mail(lines: &[&str]) -> bool {
    let said: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let quoted = said.iter().filter(|l| l.starts_with('>')).count();
    quoted > 0 && quoted * 3 < said.len()
}

/// "[cdwg] Re: Summary of the 4 February call": a reply, whose quotes are
/// the record it answers. A summary that quotes the agenda mail before it
/// is no reply: what it quotes is older.
fn answers_a_mail(lines: &[&str]) -> bool {
    lines.iter().take(10).any(|l| {
        let mut t = l.trim();
        if let Some(rest) = t.strip_prefix("Subject:") {
            t = rest.trim_start();
        }
        if t.starts_with('[')
            && let Some(close) = t.find(']')
        {
            t = t[close + 1..].trim_start();
        }
        t.get(..3).is_some_and(|r| r.eq_ignore_ascii_case("re:"))
    })
}

fn front_matter(lines: &[&str]) -> usize {
    if lines.first().is_none_or(|l| l.trim_end() != "---") {
        return 0;
    }
    lines
        .iter()
        .enumerate()
        .skip(1)
        .take(30)
        .take_while(|(_, l)| l.trim_end() == "---" || l.contains(": ") || l.starts_with(' '))
        .find(|(_, l)| l.trim_end() == "---")
        .map_or(0, |(k, _)| k + 1)
}

/// The width records were hard-wrapped at, if they were: mail and plain
/// text wrap near 72 columns, so most long lines end near one width.
fn wrap_width(lines: &[&str]) -> Option<usize> {
    let mut lengths: Vec<usize> = lines
        .iter()
        .map(|l| l.trim_end().chars().count())
        .filter(|&n| n >= 30)
        .collect();
    if lengths.len() < 3 {
        return None;
    }
    lengths.sort_unstable();
    let width = lengths[lengths.len() * 4 / 5];
    (width <= 100).then_some(width)
}

#[derive(Debug)]
enum RawKind {
    Heading(HeadingStyle),
    ListItem {
        marker: Marker,
        depth: u8,
        numbered: Option<u8>,
        scheme: u8,
    },
    Paragraph,
    Row,
}

#[derive(Debug)]
struct RawBlock {
    kind: RawKind,
    ordinal: Option<u32>,
    indent: usize,
    line: usize,
    end_line: usize,
    source: String,
    blank_before: bool,
    after_rule: bool,
    blank_after: bool,
    /// Words of `text` so far, once the block has a second line.
    words: Option<usize>,
    wraps: Vec<usize>,
}

impl RawBlock {
    fn is_plain_single_line(&self) -> bool {
        matches!(self.kind, RawKind::Paragraph) && self.line == self.end_line
    }

    /// Whether a line indented by `indent` right under this block is an
    /// entry of its own: under a short label ("Ben Whitaker", "Wizard
    /// redesign"), or beside such an entry; a lower-case start is a wrap.
    fn takes_entry(&self, indent: usize, line: &str) -> bool {
        if line.starts_with(char::is_lowercase) {
            return false;
        }
        match self.kind {
            RawKind::Paragraph => {
                let label = self.source.trim_end();
                // "[ACTION] Timo Rautiainen: contact the two members
                // announcing" is a task begun, its next line its wrap.
                let task = label
                    .split_once(": ")
                    .is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase));
                indent >= self.indent + 2
                    && self.line == self.end_line
                    && label.split_whitespace().count() <= 8
                    && !label.ends_with(['.', ',', ';', '!', '?'])
                    && !task
            }
            RawKind::ListItem {
                marker: Marker::None,
                ..
            } => indent == self.indent,
            // "2. Treasurer's report" over "  Edwin: balance EUR 48,300; …":
            // a numbered title with its notes indented under it, one a line.
            RawKind::ListItem {
                numbered: Some(_),
                depth: 0,
                ..
            } => {
                let title = strip_marker(&self.kind, self.source.trim_end());
                // "(Agenda item 1)" under a title is part of it.
                !line.starts_with('(')
                    && indent >= self.indent + 2
                    && self.line == self.end_line
                    && title.split_whitespace().count() <= 8
                    && !title.ends_with(['.', ',', ';', '!', '?', ':'])
            }
            _ => false,
        }
    }

    /// Whether `line` continues this block: a hard wrap, or a line
    /// indented under a list entry (markdown's lazy continuation).
    fn accepts_continuation(
        &self,
        indent: usize,
        previous: &str,
        line: &str,
        width: Option<usize>,
    ) -> bool {
        // A line set further left than the block ends it: a wrap keeps
        // the margin of the block it continues.
        if indent + 2 <= self.indent {
            return false;
        }
        // "[Farida Osei]   Data-sharing policy v2" over "[Mei-Ling Chou]
        // Chase RIR contacts": each bracketed name starts an entry.
        if self.source.starts_with('[') && bracketed_entry(line) {
            return false;
        }
        match self.kind {
            RawKind::ListItem { .. } if indent > self.indent => true,
            RawKind::Paragraph | RawKind::ListItem { .. } => is_wrapped(previous, line, width),
            _ => false,
        }
    }

    fn finish(self) -> Block {
        let kind = match self.kind {
            RawKind::Heading(style) => BlockKind::Heading(style),
            RawKind::ListItem { marker, depth, .. } => BlockKind::ListItem { marker, depth },
            RawKind::Paragraph => BlockKind::Paragraph,
            RawKind::Row => BlockKind::Row(row_cells(&self.source)),
        };
        let cleaned = scribed::clean(&self.source);
        let mut parsed = inline::parse(&cleaned.text);
        strip_meetbot_stamp(&mut parsed.text);
        strip_timestamp(&mut parsed.text);
        if matches!(kind, BlockKind::Heading(_)) {
            let title = parsed.text.trim_end_matches(':').trim_end();
            parsed.text = without_pictograms(title).to_string();
        }
        Block {
            kind,
            line: self.line,
            end_line: self.end_line,
            text: parsed.text,
            strong: parsed.strong,
            links: parsed.links,
            speaker: cleaned.nick,
            names_speaker: false,
            wraps: self.wraps,
            ordinal: self.ordinal,
            after_rule: self.after_rule,
        }
    }
}

/// MeetBot ends each summary line with who said it and when:
/// "ACTION: ana to fix it  (bob, 16:06:12)".
fn strip_meetbot_stamp(text: &mut String) {
    let Some(open) = text.rfind('(') else {
        return;
    };
    let inner = &text[open + 1..];
    let Some(inner) = inner.strip_suffix(')') else {
        return;
    };
    let Some((who, when)) = inner.split_once(", ") else {
        return;
    };
    let clock = when.len() >= 4
        && when.contains(':')
        && when.chars().all(|c| c.is_ascii_digit() || c == ':');
    if clock && !who.contains(' ') && !who.is_empty() {
        let keep = text[..open].trim_end().len();
        text.truncate(keep);
    }
}

/// Meeting assistants end notes with where they are in the recording:
/// "(00:05)", "(00:03:12)", "(00:02 - 00:11)".
fn strip_timestamp(text: &mut String) {
    let trimmed = text.trim_end().trim_end_matches('.');
    let Some(inner) = trimmed.strip_suffix(')') else {
        return;
    };
    let Some(open) = inner.rfind('(') else {
        return;
    };
    let stamp = &inner[open + 1..];
    let is_stamp = stamp.contains(':')
        && stamp
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '-' | '–' | ' '));
    if is_stamp {
        let ended = text.trim_end().ends_with('.');
        let keep = text[..open].trim_end().len();
        text.truncate(keep);
        if ended {
            text.push('.');
        }
    }
}

/// Whether `line` continues `previous` (a hard wrap) rather than starting a
/// new line of its own, like a title above a subtitle.
fn is_wrapped(previous: &str, line: &str, width: Option<usize>) -> bool {
    // "[ACTION] Beatriz Nunes: send …": a tag in capitals opens an entry.
    if let Some((tag, _)) = line.strip_prefix('[').and_then(|r| r.split_once(']'))
        && (2..=12).contains(&tag.len())
        && tag.chars().all(|c| c.is_ascii_uppercase())
    {
        return false;
    }
    // "From: …", "Date: …": a mail header starts a line of its own; so
    // does a label in bold ("**Regrets:**", "**anna:**"), and in a run of
    // speakers' lines ("ravi: agree") the next speaker's.
    if let Some((label, bold)) = opening_label(line) {
        let header = label.len() <= 12
            && label.starts_with(char::is_uppercase)
            && label.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
        let next_speaker = !label.contains(' ') && opening_label(previous).is_some();
        if bold || header || next_speaker {
            return false;
        }
    }
    // "… was held on" / "3 June 2024 in hybrid format": no line of its
    // own ends on a preposition, an article or a conjunction.
    let dangling = previous.rsplit(' ').next().is_some_and(|w| {
        [
            "on", "of", "the", "a", "an", "to", "and", "or", "for", "in", "at", "by", "with",
            "from", "that", "into", "than",
        ]
        .contains(&w)
    });
    if dangling {
        return true;
    }
    let first_word = line
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    let full = match width {
        Some(width) => previous.chars().count() + 1 + first_word > width,
        None => false,
    };
    full || line.starts_with(|c: char| c.is_lowercase())
        || previous.ends_with([',', '-', '(', '/', '&'])
}

/// "**Regrets:** …", "Date: …", "ravi: …": the label a line opens with,
/// and whether it is set in bold.
fn opening_label(line: &str) -> Option<(&str, bool)> {
    let bare = line.trim_start_matches(['*', '_']);
    let bold = bare.len() + 2 <= line.len();
    let colon = bare.find(':')?;
    let label = bare[..colon].trim_end_matches(['*', '_']);
    let after = bare[colon + 1..].trim_start_matches(['*', '_']);
    let named = (1..=3).contains(&label.split_whitespace().count())
        && label.len() <= 24
        && label
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '\''));
    (named && (after.is_empty() || after.starts_with(' '))).then_some((label, bold))
}

fn classify(line: &str, trimmed: &str, indent: usize) -> RawKind {
    if let Some(level) = atx_level(trimmed).or_else(|| wiki_level(trimmed)) {
        return RawKind::Heading(HeadingStyle::Markup(level));
    }
    // Leading spaces give list depth; a tab or two to four spaces is a level.
    let depth = u8::try_from(indent.div_ceil(2)).unwrap_or(u8::MAX).min(8);
    if let Some(marker) = bullet_marker(trimmed) {
        return RawKind::ListItem {
            marker,
            depth,
            numbered: None,
            scheme: 0,
        };
    }
    if let Some(levels) = number_prefix(trimmed).map(|(levels, _)| levels) {
        return RawKind::ListItem {
            marker: Marker::Number,
            depth,
            numbered: Some(levels),
            scheme: numbering_scheme(trimmed),
        };
    }
    if is_row(line.trim_start()) {
        return RawKind::Row;
    }
    RawKind::Paragraph
}

/// "4. AOB" → "AOB": a heading's number is not part of its title; "2.8.1
/// patch release" names a version. "<a id=\"t02\"></a>2. Captions": the
/// anchor of scribe.perl's minutes goes too.
pub fn unnumbered(title: &str) -> &str {
    let anchored = title
        .strip_prefix("<a ")
        .and_then(|t| t.split_once("></a>"))
        .filter(|(inside, _)| !inside.contains(['<', '>']))
        .map(|(_, rest)| rest.trim_start());
    let title = anchored.unwrap_or(title);
    number_prefix(title)
        .filter(|&(_, len)| {
            title[..len].trim_end().ends_with(['.', ')'])
                || title[len..]
                    .trim_start()
                    .starts_with(|c: char| !c.is_lowercase())
        })
        .map_or(title, |(_, len)| title[len..].trim_start())
}

/// "Ivo       Publish anonymised ROV survey dataset" → "Ivo — Publish …":
/// an owner column set apart by spaces from the task after it.
fn owner_column(entry: &str) -> Option<String> {
    let (owner, task) = entry.split_once("  ")?;
    let owner = owner.trim_end_matches(',').trim();
    let task = task.trim_start();
    let words = owner.split_whitespace().count();
    ((1..=3).contains(&words)
        && owner.len() <= 30
        && owner.starts_with(char::is_uppercase)
        && !owner.contains([':', '.', ';'])
        && task.starts_with(char::is_uppercase))
    .then(|| format!("{owner} — {task}"))
}

fn strip_marker<'a>(kind: &RawKind, trimmed: &'a str) -> &'a str {
    match kind {
        RawKind::Heading(HeadingStyle::Markup(_)) => {
            let marks: &[char] = if trimmed.starts_with('=') {
                &['=']
            } else {
                &['#']
            };
            let title = trimmed
                .trim_start_matches(marks)
                .trim()
                .trim_end_matches(marks)
                .trim();
            unnumbered(title)
        }
        RawKind::ListItem {
            marker: Marker::Number,
            ..
        } => number_prefix(trimmed)
            .map_or(trimmed, |(_, len)| without_box(trimmed[len..].trim_start())),
        RawKind::ListItem { .. } => after_bullet(trimmed),
        _ => trimmed,
    }
}

/// Turns lines that stand like titles into headings: standalone short
/// lines, numbered titles over a paragraph, a short line over a paragraph
/// of prose, and labels ending in a colon over a list.
fn promote_headings(raw: &mut [RawBlock]) {
    // Under an action list, a short line over indented entries names
    // whose they are ("Ben Whitaker"), not a section of its own.
    let mut in_actions = false;
    for i in 0..raw.len() {
        let block = &raw[i];
        if matches!(block.kind, RawKind::Heading(_)) {
            in_actions = sections::purpose_of_title(&block.source) == Purpose::Actions;
        }
        // "II. Adoption of the agenda" over "(Agenda item 1)": a title whose
        // second line only says which item of the agenda it is.
        let aside_below = block.end_line == block.line + 1
            && block
                .source
                .rsplit_once('\n')
                .is_some_and(|(_, l)| l.starts_with('(') && l.ends_with(')'));
        // "II. Progress on the draft operational guidance on integrated
        // hazard exposure / data": a report's numbered title, wrapped.
        let wrapped_title = block.end_line == block.line + 1
            && block.blank_before
            && block.blank_after
            && matches!(
                block.kind,
                RawKind::ListItem {
                    numbered: Some(_),
                    depth: 0,
                    ..
                }
            )
            && block.source.rsplit_once('\n').is_some_and(|(_, l)| {
                l.trim().starts_with(char::is_lowercase) && l.split_whitespace().count() <= 4
            });
        if block.line != block.end_line && !aside_below && !wrapped_title
            || !looks_like_heading(&block.source)
        {
            continue;
        }
        let standalone = block.blank_after && block.blank_before;
        let next = raw.get(i + 1);
        let next_is_prose = next.is_some_and(|n| {
            !block.blank_after
                && matches!(n.kind, RawKind::Paragraph)
                && n.source.trim_end().ends_with(['.', '!', '?', ':', ')'])
        });
        let next_is_list =
            next.is_some_and(|n| matches!(n.kind, RawKind::ListItem { .. } | RawKind::Row));
        // "Action items", "Next steps": the names of a record's parts.
        let purpose = sections::purpose_of_title(&block.source);
        // Words of the title itself: "🔐 Authentication (02:10)" has one.
        let words = heading_words(&block.source);
        // "Annex" over "List of participants": the annex, then its part.
        let annex = |b: &RawBlock| b.line == b.end_line && sections::is_annex(b.source.trim());
        let after_annex = i > 0 && annex(&raw[i - 1]) && raw[i - 1].end_line + 1 == block.line;
        let part_name =
            (block.blank_before || after_annex) && purpose != Purpose::Discussion && words <= 6;
        let annex_over_part = annex(block)
            && block.blank_before
            && raw.get(i + 1).is_some_and(|n| {
                n.line == block.end_line + 1
                    && sections::purpose_of_title(&n.source) != Purpose::Discussion
            });
        // "**Attendees** (add yourself, with your handle):" over a list.
        let aside_words = block
            .source
            .trim_end()
            .trim_end_matches([':', '*'])
            .strip_suffix(')')
            .and_then(|t| t.split_once(" ("))
            .map_or(words, |(title, _)| heading_words(title));
        let label = block.source.trim_end().ends_with(':') && words.min(aside_words) <= 6;
        // "Priya walked through the two remaining open issues:" leads in
        // to what follows; it names no part of the record.
        let lead_in = block.source.trim_end().ends_with(':')
            && (words.min(aside_words) > 6 || asks(&block.source) || reports(&block.source));
        // "Dashboard layout (00:00)" over notes indented under it.
        let over_indented = !in_actions
            && !lead_in
            && next.is_some_and(|n| {
                matches!(n.kind, RawKind::ListItem { .. }) && n.indent > block.indent
            });
        // "Notes" / "🔐 Authentication (02:10)" / "- …": a subheading.
        let under_heading = !in_actions
            && i > 0
            && matches!(raw[i - 1].kind, RawKind::Heading(_))
            && next_is_list
            && words <= 6;
        let bold_line = is_bold_line(&block.source) && (block.blank_before || next_is_list);
        // "ANNEX 1" over "LIST OF PARTICIPANTS": capitals stacked into a title.
        let caps = |b: &RawBlock| {
            b.line == b.end_line
                && heading_words(&b.source) <= 6
                && b.source.chars().any(char::is_alphabetic)
                && !b.source.chars().any(char::is_lowercase)
        };
        let stacked_caps = caps(block)
            && (block.blank_before
                || i > 0 && caps(&raw[i - 1]) && matches!(raw[i - 1].kind, RawKind::Heading(_)));
        // "Sun-Yi Park" over her entries in an action list: whose they are.
        // "Key Questions" after the action list is the tool report's next part.
        let owner_over_entries = in_actions
            && next_is_list
            && names_only(&block.source)
            && !sections::is_generic(&block.source);
        match block.kind {
            RawKind::Paragraph if owner_over_entries || lead_in => {}
            RawKind::Paragraph
                if standalone
                    || (block.blank_before && next_is_prose)
                    || (label && next_is_list)
                    || over_indented
                    || (block.blank_before && next_is_list && words <= 6)
                    || under_heading
                    || bold_line
                    || stacked_caps
                    || part_name
                    || annex_over_part =>
            {
                in_actions = purpose == Purpose::Actions;
                raw[i].kind = RawKind::Heading(HeadingStyle::Plain)
            }
            // A numbered line on its own with a body after it is a section
            // title; inside a numbered list the next entry follows.
            RawKind::ListItem {
                numbered: Some(levels),
                depth: 0,
                scheme,
                ..
            // "11. The Expert Group made the following recommendations:"
            // leads into its sub-paragraphs; it names no section.
            } if (standalone
                || (block.blank_before && next_is_prose)
                // "1. Venue / logistics (Youssef)" over "- Tunis venue …":
                // a short numbered title over its bullets.
                || (block.blank_before
                    && words <= 8
                    && !block.source.trim_end().ends_with(['.', ':', ';', ','])
                    && next.is_some_and(|n| {
                        matches!(n.kind, RawKind::ListItem { numbered: None, .. })
                    })))
                && !(block.source.trim_end().ends_with(':') && (words > 6 || asks(&block.source))) =>
            {
                let next_is_sibling = next.is_some_and(|n| {
                    matches!(n.kind, RawKind::ListItem { numbered: Some(l), scheme: s, .. } if l <= levels && s == scheme)
                });
                if !next_is_sibling || (!standalone && next_is_prose) {
                    raw[i].kind = RawKind::Heading(HeadingStyle::Numbered(levels));
                }
            }
            _ => {}
        }
    }
}

/// "On Tue, Bo wrote:", "Ravi Subramanian wrote on Tue Jun 3 2025:": the
/// line over a quoted message.
pub(super) fn is_attribution(line: &str) -> bool {
    let line = line.trim_end();
    line.ends_with("wrote:")
        || line.ends_with(':') && (line.contains(" wrote on ") || line.contains(" wrote at "))
}

/// Whether the lines after a "--" go on with the record ("ACTION ITEMS:",
/// "Notes:", "1. WG members to …") rather than a signature.
fn parts_follow(rest: &[&str]) -> bool {
    rest.iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(2)
        .any(|l| {
            let lower = l.to_ascii_lowercase();
            [
                "action items",
                "actions:",
                "action points",
                "next steps",
                "notes:",
                "decisions",
            ]
            .iter()
            .any(|w| lower.starts_with(w))
        })
}

/// The words of a heading's title, without a pictogram before it or a
/// recording's time stamp after it.
fn heading_words(source: &str) -> usize {
    let text = without_pictograms(source.trim());
    let text = match text.rsplit_once(" (") {
        Some((title, stamp))
            if stamp
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b':' | b')' | b' ' | b'-')) =>
        {
            title
        }
        _ => text,
    };
    text.split_whitespace().count()
}

/// "The meeting requested the WSIS secretariat:": a request whose entries
/// follow, however short, is no title.
/// "Wei-Ling (Docs SIG lead):": who speaks, and as what, over what they
/// said.
fn speaker_over(source: &str) -> bool {
    let Some((name, rest)) = source.trim_end().trim_end_matches(':').split_once(" (") else {
        return false;
    };
    let role = rest.trim_end_matches(')').to_lowercase();
    (1..=3).contains(&name.split_whitespace().count())
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && [
            "lead",
            "chair",
            "coordinator",
            "facilitator",
            "editor",
            "manager",
            "secretary",
        ]
        .iter()
        .any(|r| role.split_whitespace().any(|w| w == *r))
}

/// "Chidinma gave the update:", "Ana reported:": someone speaking, over
/// what they said.
fn reports(source: &str) -> bool {
    if speaker_over(source) {
        return true;
    }
    const VERBS: [&str; 12] = [
        "gave",
        "said",
        "reported",
        "presented",
        "noted",
        "explained",
        "shared",
        "summarised",
        "summarized",
        "updated",
        "added",
        "asked",
    ];
    // "Jakob (Security WG chair) summarised:": an aside may come between.
    source
        .split_whitespace()
        .skip(1)
        .take(5)
        .any(|w| VERBS.contains(&w.trim_end_matches(':').to_lowercase().as_str()))
}

fn asks(source: &str) -> bool {
    source.split_whitespace().any(|w| {
        [
            "requested",
            "invited",
            "encouraged",
            "asked",
            "urged",
            "agreed",
            "decided",
        ]
        // "… were agreed:": the word before the colon counts too.
        .contains(
            &w.trim_end_matches([':', ',', '.'])
                .to_ascii_lowercase()
                .as_str(),
        )
    })
}

/// "Sun-Yi Park", "Rachel Goldberg, Ellie Hart": people's names only.
fn names_only(source: &str) -> bool {
    let words: Vec<&str> = source
        .split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .flat_map(str::split_whitespace)
        .collect();
    (2..=8).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
        })
}

/// `text` without the pictograms (emoji) it opens with.
fn without_pictograms(text: &str) -> &str {
    text.trim_start_matches(|c: char| {
        c.is_whitespace()
            || (!c.is_ascii()
                && !c.is_alphanumeric()
                && !matches!(c, '–' | '—' | '•' | '→' | '“' | '‘'))
    })
}

/// A line that is bold as a whole, but for a trailing note in parentheses:
/// "**Landing page** (00:11 - 00:19)", "**Ken Ito**".
fn is_bold_line(source: &str) -> bool {
    let Some(rest) = source.trim().strip_prefix("**") else {
        return false;
    };
    let Some(close) = rest.find("**") else {
        return false;
    };
    let after = rest[close + 2..].trim();
    close > 0 && (after.is_empty() || (after.starts_with('(') && after.ends_with(')')))
}

/// Short, no sentence-ending punctuation, starts with a capital or digit,
/// and not a field ("Regrets: Ana", "ACTION: Bob to call") or a list of names.
fn looks_like_heading(source: &str) -> bool {
    let text = source.trim().trim_matches('*').trim();
    // "[04:10] Security review backlog": an outline's topic at its time.
    let text = text
        .strip_prefix('[')
        .and_then(|t| t.split_once("] "))
        .filter(|(stamp, _)| stamp.bytes().all(|b| b.is_ascii_digit() || b == b':'))
        .map_or(text, |(_, title)| title);
    // Most lines are sentences; the cheapest test goes first.
    if text.len() > 120 || text.ends_with(['.', ',', ';', '!', '?']) {
        return false;
    }
    // "Topic: Audio description explainer": scribe.perl's text export
    // titles each part so.
    // "Topic 2: Scoring rubric" and "Item 3: Budget" number theirs.
    // "Issue #112: Timing model for extended descriptions": the issue
    // a part of the call is about.
    let topic = |label: &str| {
        let word = label.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '#');
        let numbered = word.len() < label.len();
        ["topic", "item", "agenda item"]
            .iter()
            .any(|t| word.eq_ignore_ascii_case(t))
            || numbered
                && ["issue", "pr", "pull request"]
                    .iter()
                    .any(|t| word.eq_ignore_ascii_case(t))
    };
    if let Some((label, value)) = text.split_once(':')
        && !value.trim().is_empty()
        && !topic(label.trim())
        && (speaker::is_field_label(label.trim().trim_matches('*'))
            || value
                .trim()
                .trim_start_matches('*')
                .trim_start()
                .starts_with(char::is_lowercase)
            || value.split_whitespace().count() >= 5
            // "Bartosz: +1", "Efua: agreed": a voice in the discussion.
            || value.trim().starts_with(['+', '-'])
            || ["yes", "no", "ok", "okay", "agreed", "sure", "thanks", "same"]
                .iter()
                .any(|w| value.trim().trim_end_matches(['.', '!']).eq_ignore_ascii_case(w))
            || opening_label(source.trim()).is_some_and(|(_, bold)| bold))
    {
        // A field ("Regrets: Ana"), or someone speaking ("Vlad: we agree").
        return false;
    }
    // A list of names, or a mail's "On Tue, Bo wrote:"; but "National,
    // Sub-regional, Regional and Youth IGF Initiatives (NRIs)" is a name.
    let named_body = text
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        .is_some_and(|(_, a)| super::glossary::is_acronym(a));
    if text.matches(',').count() >= 2 && !named_body || is_attribution(text) {
        return false;
    }
    // "See github issue #212": a pointer to elsewhere, no title.
    if text
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("see "))
    {
        return false;
    }
    // "🔐 Authentication": a pictogram may stand before the title.
    let text = without_pictograms(text);
    let words = text.split_whitespace().count();
    let first = text.chars().next();
    // "draft-ietf-cachex-status", "nodejs/TSC": a name written in lower
    // case, maybe with who presents it ("draft-ietf-x-02 (Ilse, 30 min)").
    let core = text
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        .map_or(text, |(core, _)| core.trim_end());
    let identifier = core.split_whitespace().count() == 1
        && core.contains(['-', '/', '_', '#'])
        && !core.contains("://");
    (1..=14).contains(&words)
        && text.len() <= 120
        && !text.ends_with(['.', ',', ';', '!', '?'])
        && (identifier || first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<BlockKind> {
        read(text).into_iter().map(|b| b.kind).collect()
    }

    #[test]
    fn a_signature_ends_the_mail_but_a_rule_over_its_actions_does_not() {
        let texts = |t: &str| read(t).into_iter().map(|b| b.text).collect::<Vec<_>>();
        let signed = texts("Call notes\n\nAll good.\n\n-- \nJane Doe\nACME Ltd\n");
        assert!(!signed.iter().any(|t| t.contains("Jane")), "{signed:?}");
        let ruled = texts("Call notes\n\n--\n\nACTION ITEMS:\n\n1. WG members to review it.\n");
        assert!(ruled.iter().any(|t| t.contains("WG members")), "{ruled:?}");
    }

    #[test]
    fn fields_of_a_definition_list_and_words_broken_at_line_ends() {
        let t: Vec<String> = read("Minutes\n\nPresent\n: Ana Lima, Bo Chen\n\nThe team will send the cor-\nrected GTFS-Real-\ntime feed be-\nfore Friday.\n")
            .into_iter()
            .map(|b| b.text)
            .collect();
        assert!(
            t.contains(&"Present: Ana Lima, Bo Chen".to_string()),
            "{t:?}"
        );
        assert!(
            t.contains(
                &"The team will send the corrected GTFS-Real-time feed before Friday.".to_string()
            ),
            "{t:?}"
        );
        assert!(!broken_word("follow-", "up with them"));
        // A numbered title straight over its bullets.
        let k = kinds(
            "Notes\n\n1. Venue / logistics (Youssef)\n- Tunis venue confirmed.\n- Catering pending.\n",
        );
        assert_eq!(k[1], BlockKind::Heading(HeadingStyle::Numbered(1)));
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
    fn titles_over_their_paragraph_become_headings() {
        let k = kinds(
            "Intro text that is long enough.\n\n1) CI migration\nTomasz presented it.\n\nDatabase migration\nPriya reported.\n\nAction items:\n- Ana: send it\n",
        );
        assert_eq!(k[1], BlockKind::Heading(HeadingStyle::Numbered(1)));
        assert_eq!(k[3], BlockKind::Heading(HeadingStyle::Plain));
        assert_eq!(k[5], BlockKind::Heading(HeadingStyle::Plain));
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
        assert_eq!(b[0].line_at(b[0].text.find("draft").unwrap_or(0)), 2);
    }

    #[test]
    fn mail_quotes_and_signatures_are_not_the_record() {
        let b = read(
            "Hi all,\n\nOn Tue, Bo wrote:\n> I will send it.\n\nThe chair will call.\n\n--\nAna\n",
        );
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["Hi all,", "On Tue, Bo wrote:", "The chair will call."]
        );
        let quote = read("# Minutes\n\n> **Action:** Bo to send it\n");
        assert_eq!(quote[1].text, "Action: Bo to send it");
    }

    #[test]
    fn a_list_archives_links_are_no_part_of_the_message() {
        let blocks = read(
            "Action items\n\n- Ana to send the report\n\n\
             ------------------------------\n\n\
             \x20   * Previous message (by thread): [ops] RS2 window?\n\
             \x20   * Next message (by thread): [ops] Summary of the call\n\
             \x20   * Messages sorted by: [ date ] [ thread ]\n\n\
             More information about the ops mailing list\n",
        );
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["Action items", "Ana to send the report"]);
    }

    #[test]
    fn arrows_are_their_own_marker() {
        let b = read("→ **MAG members are invited to review.**");
        assert_eq!(b[0].marker(), Marker::Arrow);
        assert_eq!(b[0].text, "MAG members are invited to review.");
    }

    #[test]
    fn meetbot_stamps_are_dropped() {
        let b = read("* ACTION: ana to fix it  (bob,\n  16:06:12)\n");
        assert_eq!(b[0].text, "ACTION: ana to fix it");
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
