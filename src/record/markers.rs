//! What a line starts with: list bullets, arrows, numbering (`4.`, `2.1`,
//! `a)`, `IV.`), task boxes, table rows; and lines that are only rules.

use super::blocks::Marker;

/// Bullets, each before a space (a non-breaking one in pasted documents).
const BULLETS: [char; 12] = ['-', '*', '+', '•', '–', '—', '‣', '◦', '●', '○', '■', '▪'];

/// The text after a bullet and its space.
fn bullet_rest(trimmed: &str) -> Option<&str> {
    let mut chars = trimmed.chars();
    let bullet = chars.next().filter(|c| BULLETS.contains(c))?;
    let space = chars.next().filter(|c| *c == ' ' || *c == '\u{a0}')?;
    Some(&trimmed[bullet.len_utf8() + space.len_utf8()..])
}
const ARROWS: [&str; 4] = ["→", "->", "=>", "➔"];

/// Task boxes that stand for a bullet of their own (meeting assistants'
/// "[ ] Grace will update the forecast").
const BOXES: [&str; 7] = ["[ ] ", "[x] ", "[X] ", "☐ ", "☑ ", "□ ", "▢ "];

/// Open task boxes: like an arrow, the record's own flag of an action
/// (Otter writes "□ Grace Liu - Submit the report").
const OPEN_BOXES: [&str; 4] = ["[ ] ", "☐ ", "□ ", "▢ "];

pub fn bullet_marker(trimmed: &str) -> Option<Marker> {
    let boxed = bullet_rest(trimmed).unwrap_or(trimmed).trim_start();
    if ARROWS.iter().any(|a| trimmed.starts_with(a))
        || OPEN_BOXES.iter().any(|b| boxed.starts_with(b))
    {
        return Some(Marker::Arrow);
    }
    if BOXES.iter().any(|b| trimmed.starts_with(b)) {
        return Some(Marker::Bullet);
    }
    // `**bold**` at the start of a line is not a bullet.
    bullet_rest(trimmed).map(|_| Marker::Bullet)
}

/// Whether the line's task box is ticked: `- [x] …`, `☑ …`.
pub fn is_ticked(trimmed: &str) -> bool {
    let rest = bullet_rest(trimmed)
        .or_else(|| number_prefix(trimmed).map(|(_, len)| &trimmed[len..]))
        .unwrap_or(trimmed)
        .trim_start();
    ["[x] ", "[X] ", "☑ ", "✅ ", "✔ "]
        .iter()
        .any(|b| rest.starts_with(b))
}

/// The text after an arrow or bullet, without a task box (`[ ]`, `[x]`).
pub fn after_bullet(trimmed: &str) -> &str {
    let rest = ARROWS
        .iter()
        .find_map(|a| trimmed.strip_prefix(a))
        .or_else(|| bullet_rest(trimmed))
        .unwrap_or(trimmed)
        .trim_start();
    without_box(rest)
}

/// The text without the task box it starts with: numbered entries carry
/// them too ("1. [ ] **Sandra Kühn** – Publish …").
pub fn without_box(rest: &str) -> &str {
    BOXES
        .iter()
        .find_map(|b| rest.strip_prefix(b))
        .unwrap_or(rest)
        .trim_start()
}

/// Roman numbering of UN-style section titles: `I.` to `XX.`.
fn roman_prefix(bytes: &[u8]) -> Option<usize> {
    let len = bytes
        .iter()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
        .count();
    ((1..=5).contains(&len)
        && matches!(bytes.get(len), Some(b'.') | Some(b')'))
        && bytes.get(len + 1) == Some(&b' '))
    .then_some(len + 2)
}

/// How a line is numbered: 0 in digits, 1 in Roman numerals, 2 in capital
/// letters, 3 in parentheses. UN-style records number sections one way,
/// paragraphs another and sub-paragraphs a third.
pub fn numbering_scheme(trimmed: &str) -> u8 {
    let bytes = trimmed.as_bytes();
    if roman_prefix(bytes).is_some() {
        1
    } else if capital_prefix(bytes)
        .or_else(|| lettered_part(bytes))
        .is_some()
    {
        2
    } else if bytes.first() == Some(&b'(') {
        3
    } else {
        0
    }
}

/// The number a line starts with: "8." → 8.
pub fn ordinal(trimmed: &str) -> Option<u32> {
    let digits: String = trimmed.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// `A. ` to `Z. `: lettered sections — but not "E. Marx reported that …",
/// a person's initial.
fn capital_prefix(bytes: &[u8]) -> Option<usize> {
    (bytes.len() > 3
        && bytes[0].is_ascii_uppercase()
        && bytes[1] == b'.'
        && bytes[2] == b' '
        // "C. 2025-03 IRR Object Cleanup": a policy proposal's number.
        && (bytes[3].is_ascii_uppercase() || bytes[3].is_ascii_digit())
        && !opens_with_initial(&bytes[3..]))
    .then_some(3)
}

/// "C.1 Youth track": a part of lettered section C.
fn lettered_part(bytes: &[u8]) -> Option<usize> {
    let digits = bytes
        .iter()
        .skip(2)
        .take_while(|b| b.is_ascii_digit())
        .count();
    let end = 2 + digits + usize::from(bytes.get(2 + digits) == Some(&b'.'));
    (bytes.len() > end + 1
        && bytes[0].is_ascii_uppercase()
        && bytes[1] == b'.'
        && (1..=2).contains(&digits)
        && bytes[end] == b' '
        && bytes[end + 1].is_ascii_uppercase())
    .then_some(end + 1)
}

/// "Marx reported that the …", "Weiss will present the …": after an
/// initial, a surname and what the person did, said in a sentence.
fn opens_with_initial(rest: &[u8]) -> bool {
    let Ok(rest) = std::str::from_utf8(rest) else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let (Some(name), Some(verb)) = (words.next(), words.next()) else {
        return false;
    };
    // "P. Lindqvist, Anu Rautio, TE": one name of a list of them, not "E.
    // National, Regional and Youth IGF Initiatives".
    if let Some(surname) = name.strip_suffix(',')
        && surname.chars().all(|c| c.is_alphabetic() || c == '-')
        && let Some((_, after)) = rest.split_once(',')
    {
        let next: Vec<&str> = after
            .split(',')
            .next()
            .unwrap_or("")
            .split_whitespace()
            .collect();
        return (1..=3).contains(&next.len())
            && next
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    }
    let acts = verb.ends_with("ed")
        || [
            "will", "would", "said", "says", "asked", "to", "is", "was", "has",
        ]
        .contains(&verb);
    // "E. Marx and J. Weiss …" names two people; "C. Dissemination and the
    // way forward" is a lettered section.
    let next = words.next();
    let joined = verb == "and" && next.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    name.chars().all(char::is_alphabetic)
        && verb.starts_with(|c: char| c.is_ascii_lowercase())
        && (acts || joined)
        && next.is_some()
        && words.next().is_some()
}

/// `4. `, `4.1 `, `4.1. `, `2) `, `a) `, `IV. ` → (depth of the numbering, marker length).
pub fn number_prefix(trimmed: &str) -> Option<(u8, usize)> {
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
        if let Some(len) = roman_prefix(bytes).or_else(|| capital_prefix(bytes)) {
            return Some((1, len));
        }
        if let Some(len) = lettered_part(bytes) {
            return Some((2, len));
        }
        if let Some(len) = action_id(bytes) {
            return Some((1, len));
        }
        // UN-style sub-paragraphs: `(a) `, `(iv) `, `(2) `.
        if bytes.first() == Some(&b'(') {
            let inner = bytes[1..]
                .iter()
                .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                .count();
            let close = inner + 1;
            let roman = bytes[1..close].iter().all(|b| b"ivx".contains(b));
            let numbered = inner == 1
                || (roman && (1..=4).contains(&inner))
                || ((1..=2).contains(&inner) && bytes[1].is_ascii_digit());
            return (numbered
                && bytes.get(close) == Some(&b')')
                && bytes.get(close + 1) == Some(&b' ')
                && bytes.len() > close + 2)
                .then_some((1, close + 2));
        }
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
        // "3.1 Updates": a section's number; "3.1.4 and 3.0.9, released":
        // versions, in the running text.
        Some(b' ') if levels > 1 && !bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase) => {
            Some((levels, i + 1))
        }
        _ => None,
    }
}

/// `A26-01 `, `AI-3 `, `AP12-4 `, `AI-2023-11-1 `: an action log's numbers
/// for its entries (longer words, as "ACTION-41", are references to a
/// tracker).
fn action_id(bytes: &[u8]) -> Option<usize> {
    let letters = bytes.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let digits = bytes[letters..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let mut end = letters + digits;
    let mut groups = 0;
    while groups < 3 && bytes.get(end) == Some(&b'-') {
        let number = bytes[end + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if !(1..=4).contains(&number) {
            return None;
        }
        end += 1 + number;
        groups += 1;
    }
    ((1..=4).contains(&letters)
        && digits <= 4
        && groups >= 1
        && bytes.get(end) == Some(&b' ')
        && bytes.len() > end + 1)
        .then_some(end + 1)
}

/// A line that is only a rule or an underline: `-----`, `=====`, `***`.
pub fn is_rule(trimmed: &str) -> bool {
    let mut chars = trimmed.chars().filter(|c| !c.is_whitespace());
    let Some(first) = chars.next() else {
        return false;
    };
    trimmed.len() >= 3 && matches!(first, '-' | '=' | '_' | '*' | '~') && chars.all(|c| c == first)
}

pub fn setext_level(trimmed: &str) -> Option<u8> {
    if trimmed.len() >= 3 && trimmed.chars().all(|c| c == '=') {
        Some(1)
    } else if trimmed.len() >= 3 && trimmed.chars().all(|c| c == '-') {
        Some(2)
    } else {
        None
    }
}

/// `== Title ==`: the wiki headings of Trac, MediaWiki and mail that
/// follows them; the level is the number of `=` signs.
pub fn wiki_level(trimmed: &str) -> Option<u8> {
    let signs = trimmed.bytes().take_while(|&b| b == b'=').count();
    let inner = trimmed.get(signs..trimmed.len().checked_sub(signs)?)?;
    ((1..=6).contains(&signs)
        && trimmed.len() > 2 * signs + 2
        && trimmed.as_bytes()[trimmed.len() - signs - 1] == b' '
        && trimmed.ends_with(&trimmed[..signs])
        && inner.starts_with(' ')
        && !inner.trim().is_empty())
    .then(|| u8::try_from(signs).unwrap_or(6))
}

pub fn atx_level(trimmed: &str) -> Option<u8> {
    let hashes = trimmed.chars().take_while(|&c| c == '#').count();
    let rest = &trimmed[hashes..];
    ((1..=6).contains(&hashes) && (rest.is_empty() || rest.starts_with(' ')))
        .then(|| u8::try_from(hashes).unwrap_or(6))
}

pub fn is_row(line: &str) -> bool {
    line.contains('\t')
        || line.matches('|').count() >= 2 && line.trim_start().starts_with('|')
        || grid_border(line.trim())
}

/// "+---+--------+": the border of a table drawn in plain text, between
/// its rows like a markdown table's separator.
fn grid_border(trimmed: &str) -> bool {
    trimmed.len() >= 5
        && trimmed.starts_with('+')
        && trimmed.ends_with('+')
        && trimmed.matches('+').count() >= 3
        && trimmed.chars().all(|c| matches!(c, '+' | '-' | '=' | ':'))
}

pub fn row_cells(source: &str) -> Vec<String> {
    if grid_border(source.trim()) {
        return Vec::new();
    }
    let sep = if source.contains('\t') { '\t' } else { '|' };
    let cells: Vec<&str> = source.split(sep).map(str::trim).collect();
    // A markdown row's outer pipes leave an empty first and last cell.
    let inner = if sep == '|' {
        let start = usize::from(cells.first().is_some_and(|c| c.is_empty()));
        let end = cells.len()
            - usize::from(cells.len() > start && cells.last().is_some_and(|c| c.is_empty()));
        &cells[start..end.max(start)]
    } else {
        &cells[..]
    };
    if inner
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
    {
        return Vec::new();
    }
    let kept: Vec<String> = inner.iter().map(|c| c.to_string()).collect();
    // Tab-separated attendance lists end rows with a stray tab.
    if sep == '\t' {
        return kept.into_iter().filter(|c| !c.is_empty()).collect();
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering_forms() {
        assert_eq!(number_prefix("4. Updates"), Some((1, 3)));
        assert_eq!(number_prefix("2.1 Budget"), Some((2, 4)));
        // Versions in a wrapped line are no numbering.
        assert_eq!(number_prefix("3.1.4 and 3.0.9, released"), None);
        assert_eq!(number_prefix("1) CI migration"), Some((1, 3)));
        assert_eq!(number_prefix("IV. Any other business"), Some((1, 4)));
        assert_eq!(number_prefix("C.1 Youth track"), Some((2, 4)));
        assert_eq!(number_prefix("C.12. Youth track"), Some((2, 6)));
        assert_eq!(number_prefix("C. 2025-03 IRR cleanup"), Some((1, 3)));
        assert_eq!(number_prefix("U.S. delegation"), None);
        assert_eq!(number_prefix("16:06:12)"), None);
        assert_eq!(number_prefix("I'll do it"), None);
        assert_eq!(number_prefix("(a) The secretariat will"), Some((1, 4)));
        assert_eq!(number_prefix("(iv) Members"), Some((1, 5)));
        assert_eq!(number_prefix("(see below)"), None);
        assert_eq!(number_prefix("A26-01  Oleksandr: translate"), Some((1, 7)));
        assert_eq!(number_prefix("ACTION-41 (Ana) — done"), None);
        assert_eq!(
            number_prefix("AI-2023-11-1 [RDAP] Jorge: circulate"),
            Some((1, 13))
        );
        assert_eq!(number_prefix("COVID-19 measures"), None);
        // A table drawn in plain text: its borders are separator rows.
        assert!(is_row("+---+--------+-----+"));
        assert!(row_cells("+---+--------+-----+").is_empty());
        assert!(!is_row("+1 for the proposal"));
        // A wrapped list of names going on with an initial.
        assert_eq!(number_prefix("P. Lindqvist, Anu Rautio, TE"), None);
        assert_eq!(
            number_prefix("B. Programme, budget and dates"),
            Some((1, 3))
        );
        assert_eq!(
            number_prefix("E. National, Regional and Youth IGF Initiatives"),
            Some((1, 3))
        );
        assert_eq!(number_prefix("() empty"), None);
        assert_eq!(wiki_level("== Mirror infrastructure =="), Some(2));
        assert_eq!(wiki_level("=="), None);
        assert_eq!(wiki_level("= x = y"), None);
    }

    #[test]
    fn task_boxes_and_rules() {
        assert_eq!(after_bullet("* [ ] @ana: update"), "@ana: update");
        assert_eq!(
            after_bullet("□ Grace Liu - Submit it"),
            "Grace Liu - Submit it"
        );
        assert_eq!(
            bullet_marker("□ Grace Liu - Submit it"),
            Some(Marker::Arrow)
        );
        assert!(is_rule("======"));
        assert!(is_rule("- - -"));
        assert!(!is_rule("--"));
    }

    #[test]
    fn markdown_rows_keep_empty_cells_in_place() {
        assert_eq!(
            row_cells("| 1 | Send | | 05.11 |"),
            vec!["1", "Send", "", "05.11"]
        );
        assert!(row_cells("|---|:--|").is_empty());
    }
}
