//! Inline markup (markdown-ish): bold, emphasis, code and links become plain
//! text, with the bold ranges and the safe links kept beside it.

use super::model::Link;

/// The first words struck out ("~~…~~") in `text`, which `parse` leaves
/// as written because reviewers' corrections are read from them: what
/// comes before the "~~", the struck words, and what follows the closing
/// "~~". `None` when nothing is struck, or a "~~" is never closed.
pub fn split_struck(text: &str) -> Option<(&str, &str, &str)> {
    let (before, rest) = text.split_once("~~")?;
    let (struck, after) = rest.split_once("~~")?;
    Some((before, struck, after))
}

/// Plain text of one block plus what the markup said about it.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Inline {
    pub text: String,
    pub strong: Vec<(usize, usize)>,
    pub links: Vec<Link>,
}

/// Only these schemes may ever become a clickable link in the app.
pub fn is_safe_href(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        && !lower
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
}

/// Whether `src` is plain already: no markup, no link, no whitespace to
/// collapse. Most lines of most records are; they skip the parser.
fn is_plain(src: &str) -> bool {
    let bytes = src.as_bytes();
    let mut previous_space = true;
    let mut ascii = true;
    for &b in bytes {
        if matches!(
            b,
            b'*' | b'_' | b'`' | b'[' | b'<' | b'\\' | b'\t' | b'\n' | b'\r'
        ) || (b == b' ' && previous_space)
        {
            return false;
        }
        previous_space = b == b' ';
        ascii &= b < 0x80;
    }
    !previous_space
        && !src.contains("http")
        && (ascii || !src.chars().any(|c| c.is_whitespace() && c != ' '))
}

/// Reads markdown-style inline markup out of `src`.
pub fn parse(src: &str) -> Inline {
    if is_plain(src) {
        return Inline {
            text: src.to_string(),
            ..Inline::default()
        };
    }
    let mut out = Inline::default();
    let mut bold_start: Option<usize> = None;
    let chars: Vec<char> = src.chars().collect();
    // Where the last "](" is: a "[" after it cannot open a link.
    let last_link_middle = chars.windows(2).rposition(|w| w == [']', '(']);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // `**` / `__` toggles bold; a lone `*`/`_` next to a word boundary is emphasis.
        if (c == '*' || c == '_') && chars.get(i + 1) == Some(&c) {
            match bold_start.take() {
                Some(start) => out.strong.push((start, out.text.len())),
                None => bold_start = Some(out.text.len()),
            }
            i += 2;
            continue;
        }
        if c == '*' && is_emphasis_mark(&chars, i) {
            i += 1;
            continue;
        }
        if c == '`' {
            i += 1;
            continue;
        }
        // "Issue \#214", "\*": markdown's escapes stand for the mark itself.
        if c == '\\' && chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) {
            out.text.push(chars[i + 1]);
            i += 2;
            continue;
        }
        // "![W3C logo](…/logo.png)": an image says nothing of the meeting.
        if c == '!'
            && chars.get(i + 1) == Some(&'[')
            && last_link_middle.is_some_and(|m| m > i + 1)
            && let Some((_, _, next)) = link_at(&chars, i + 1)
        {
            i = next;
            continue;
        }
        if c == '['
            && last_link_middle.is_some_and(|m| m > i)
            && let Some((text, href, next)) = link_at(&chars, i)
        {
            let inner = parse(&text);
            let offset = out.text.len();
            out.text.push_str(&inner.text);
            out.strong
                .extend(inner.strong.iter().map(|(a, b)| (a + offset, b + offset)));
            if is_safe_href(&href) {
                out.links.push(Link {
                    text: inner.text,
                    href: href.trim().to_string(),
                });
            }
            i = next;
            continue;
        }
        // `<a id="a01"></a>**ACTION:**`: scribe.perl's anchor for links to
        // the line, no word of it.
        if c == '<'
            && let Some(next) = empty_anchor_at(&chars, i)
        {
            i = next;
            continue;
        }
        if c == '<'
            && let Some((url, next)) = autolink_at(&chars, i)
        {
            out.text.push_str(&url);
            if is_safe_href(&url) {
                out.links.push(Link {
                    text: url.clone(),
                    href: url,
                });
            }
            i = next;
            continue;
        }
        out.text.push(c);
        i += 1;
    }
    if let Some(start) = bold_start {
        // An unclosed `**` is literal text in markdown; keeping it as bold
        // to the end is harmless and matches what a reader sees.
        out.strong.push((start, out.text.len()));
    }
    bare_urls(&mut out);
    collapse_whitespace(out)
}

fn is_emphasis_mark(chars: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).map(|j| chars[j]);
    let after = chars.get(i + 1).copied();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    // Opening `*word` or closing `word*`, but not `a * b`.
    (word(after) && !word(before)) || (word(before) && !word(after))
}

/// `[text](href)` starting at `i`: returns text, href and the index after it.
fn link_at(chars: &[char], i: usize) -> Option<(String, String, usize)> {
    // A link's text and address are short; looking no further keeps a line
    // of a thousand "[" from taking a thousand times as long.
    const REACH: usize = 2048;
    let limit = chars.len().min(i + REACH);
    let mut depth = 0;
    let mut j = i;
    while j < limit {
        match chars[j] {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        j += 1;
    }
    if j >= limit || chars.get(j + 1) != Some(&'(') {
        return None;
    }
    // URLs may hold balanced parentheses (Wikipedia links do).
    let mut parens = 0usize;
    let close = (j + 2..chars.len().min(j + 2 + REACH)).find(|&k| match chars[k] {
        '(' => {
            parens += 1;
            false
        }
        ')' if parens > 0 => {
            parens -= 1;
            false
        }
        ')' => true,
        _ => false,
    })?;
    let text: String = chars[i + 1..j].iter().collect();
    let href: String = chars[j + 2..close].iter().collect();
    // Markdown allows a title after the URL: `(url "title")`.
    let href = href.split_whitespace().next().unwrap_or("").to_string();
    Some((text, href, close + 1))
}

/// `<a id="x"></a>` or `<a name="x"></a>` at `i`: where it ends.
fn empty_anchor_at(chars: &[char], i: usize) -> Option<usize> {
    let rest: String = chars[i..chars.len().min(i + 80)].iter().collect();
    if !(rest.starts_with("<a id=") || rest.starts_with("<a name=")) {
        return None;
    }
    let close = rest.find("></a>")?;
    (!rest[..close].contains(['<', '>'][1])).then(|| i + rest[..close + 5].chars().count())
}

fn autolink_at(chars: &[char], i: usize) -> Option<(String, usize)> {
    let close = (i + 1..chars.len()).take(2048).find(|&k| chars[k] == '>')?;
    let inner: String = chars[i + 1..close].iter().collect();
    is_safe_href(&inner).then_some((inner, close + 1))
}

/// Bare `https://…` in running text also becomes a link.
fn bare_urls(out: &mut Inline) {
    for word in out.text.split_whitespace() {
        let url = word.trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
        let url = url.trim_start_matches('(');
        if (url.starts_with("http://") || url.starts_with("https://"))
            && is_safe_href(url)
            && !out.links.iter().any(|l| l.href == url)
        {
            out.links.push(Link {
                text: url.to_string(),
                href: url.to_string(),
            });
        }
    }
}

/// Collapses runs of whitespace to one space, moving bold ranges along.
fn collapse_whitespace(inline: Inline) -> Inline {
    let mut text = String::with_capacity(inline.text.len());
    let mut map = vec![0usize; inline.text.len() + 1];
    let mut pending_space = false;
    for (pos, c) in inline.text.char_indices() {
        if c.is_whitespace() {
            pending_space = !text.is_empty();
        } else {
            if pending_space {
                text.push(' ');
                pending_space = false;
            }
            map[pos] = text.len();
            text.push(c);
            continue;
        }
        map[pos] = text.len();
    }
    map[inline.text.len()] = text.len();
    // Bytes inside a multi-byte char were never set; carry the previous value.
    for k in 1..map.len() {
        if map[k] < map[k - 1] {
            map[k] = map[k - 1];
        }
    }
    let strong = inline
        .strong
        .iter()
        .map(|&(a, b)| (map[a].min(text.len()), map[b].min(text.len())))
        .filter(|(a, b)| a < b)
        .collect();
    Inline {
        text,
        strong,
        links: inline.links,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_and_links_become_plain_text() {
        let r = parse("**MAG members can explore the new [IGF webpage](https://igf.org/p).**");
        assert_eq!(r.text, "MAG members can explore the new IGF webpage.");
        assert_eq!(r.strong, vec![(0, r.text.len())]);
        assert_eq!(
            r.links,
            vec![Link {
                text: "IGF webpage".into(),
                href: "https://igf.org/p".into()
            }]
        );
    }

    #[test]
    fn scribe_anchors_are_no_text() {
        let r = parse("<a id=\"a01\"></a>**ACTION:** Priya to prepare a pull request");
        assert_eq!(r.text, "ACTION: Priya to prepare a pull request");
        // Any other markup stays as written: it is shown, never run.
        assert_eq!(parse("<b>x</b> y").text, "<b>x</b> y");
    }

    #[test]
    fn unsafe_links_keep_their_text_only() {
        let r = parse("see [here](#) and [x](javascript:alert(1)) and [m](mailto:a@b.org)");
        assert_eq!(r.text, "see here and x and m");
        assert_eq!(r.links.len(), 1);
        assert_eq!(r.links[0].href, "mailto:a@b.org");
    }

    #[test]
    fn arithmetic_stars_stay() {
        assert_eq!(parse("2 * 3 = 6").text, "2 * 3 = 6");
    }

    #[test]
    fn bare_urls_are_links() {
        let r = parse("Details at https://example.org/a.");
        assert_eq!(r.links[0].href, "https://example.org/a");
    }
}
