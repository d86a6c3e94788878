//! HTML (saved web pages, rich text pasted from a browser or from Word) →
//! the markdown-ish text the record reader reads.
//!
//! Only text and structure are taken: headings, paragraphs, list entries,
//! bold, table rows and links. Nothing is ever put into a page, so no script
//! can run and no image or frame is fetched; `script`, `style`, `template`,
//! `iframe`, `object`, `svg` and site navigation are skipped whole, and only
//! http(s) and mailto links are kept.

use crate::record::inline::is_safe_href;

/// Elements whose content is not record text. `address` is the page's
/// colophon ("formatted by scribe.perl …"), not what the meeting said.
const SKIPPED: [&str; 14] = [
    "script", "style", "template", "iframe", "object", "svg", "noscript", "head", "nav", "aside",
    "select", "button", "math", "address",
];

/// Elements that end the current line.
const BLOCKS: [&str; 24] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tbody",
    "thead",
    "hr",
    "form",
    "fieldset",
    "figure",
    "figcaption",
    "address",
    "center",
];

/// Named character references records use; others stay as written.
const ENTITIES: [(&str, &str); 24] = [
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("ndash", "–"),
    ("mdash", "—"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("hellip", "…"),
    ("bull", "•"),
    ("middot", "·"),
    ("rarr", "→"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("agrave", "à"),
    ("ccedil", "ç"),
    ("ouml", "ö"),
    ("uuml", "ü"),
    ("auml", "ä"),
    ("euro", "€"),
];

fn decode_entity(name: &str) -> Option<String> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code)
            .filter(|c| !c.is_control() || c.is_whitespace())
            .map(String::from);
    }
    ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| (*v).to_string())
}

/// Replaces character references in text.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        match end.and_then(|e| decode_entity(&after[..e]).map(|v| (e, v))) {
            Some((e, value)) => {
                out.push_str(&value);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A start or end tag as read.
struct Tag<'a> {
    name: String,
    closing: bool,
    attributes: &'a str,
}

impl Tag<'_> {
    /// An attribute's value (quoted or not), unescaped.
    fn attribute(&self, wanted: &str) -> Option<String> {
        let lower = self.attributes.to_ascii_lowercase();
        let mut from = 0;
        while let Some(found) = lower[from..].find(wanted) {
            let at = from + found;
            from = at + wanted.len();
            let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
            let rest = self.attributes[at + wanted.len()..].trim_start();
            let Some(value) = rest.strip_prefix('=').map(str::trim_start) else {
                continue;
            };
            if !before_ok {
                continue;
            }
            let value = match value.chars().next() {
                Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
                _ => value
                    .split(|c: char| c.is_whitespace() || c == '>')
                    .next()
                    .unwrap_or(""),
            };
            return Some(unescape(value));
        }
        None
    }
}

fn parse_tag(inner: &str) -> Option<Tag<'_>> {
    let (closing, body) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name_end = body
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(body.len());
    let name = body[..name_end].to_ascii_lowercase();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ':' || c == '-')
    {
        return None;
    }
    Some(Tag {
        name,
        closing,
        attributes: &body[name_end..],
    })
}

/// Builds the output line by line.
#[derive(Default)]
struct Out {
    text: String,
    line: String,
    /// What the current line starts with ("## ", "  - ").
    prefix: String,
    /// Whether the last finished line was a list entry or table row (no blank line between those).
    last_was_entry: bool,
    row: Option<Vec<String>>,
    list_depth: usize,
    link: Option<(String, usize)>,
    bold_at: Option<usize>,
}

impl Out {
    fn push_text(&mut self, text: &str) {
        let target = match self.row.as_mut().and_then(|r| r.last_mut()) {
            Some(cell) => cell,
            None => &mut self.line,
        };
        for c in text.chars() {
            if c.is_whitespace() {
                if !target.is_empty() && !target.ends_with(' ') {
                    target.push(' ');
                }
            } else {
                target.push(c);
            }
        }
    }

    fn end_line(&mut self, entry: bool) {
        let line = self.line.trim().to_string();
        self.line.clear();
        let prefix = std::mem::take(&mut self.prefix);
        let content = line.trim_start_matches(['•', '·', '▪', '◦', '§']).trim();
        if content.is_empty() || content == "**" || content == "****" {
            return;
        }
        let continues_entries = entry && self.last_was_entry;
        if !self.text.is_empty() && !continues_entries {
            self.text.push('\n');
        }
        self.text.push_str(&prefix);
        self.text.push_str(content);
        self.text.push('\n');
        self.last_was_entry = entry;
    }

    fn start_bold(&mut self) {
        self.bold_at = Some(self.line.len());
        self.line.push_str("**");
    }

    fn end_bold(&mut self) {
        if let Some(at) = self.bold_at.take() {
            if self.line[at + 2..].trim().is_empty() {
                self.line.truncate(at);
            } else {
                let trimmed = self.line.trim_end().len();
                let space = self.line.len() > trimmed;
                self.line.truncate(trimmed);
                self.line.push_str("**");
                if space {
                    self.line.push(' ');
                }
            }
        }
    }
}

/// Heading level of Word's paragraph classes ("MsoTitle", "MsoHeading2").
fn word_heading(class: &str) -> Option<usize> {
    let lower = class.to_ascii_lowercase();
    if lower.contains("msotitle") {
        return Some(1);
    }
    lower
        .split_whitespace()
        .find_map(|c| c.strip_prefix("msoheading")?.parse().ok())
}

/// Word marks list paragraphs with `mso-list: l0 level2 lfo1`.
fn word_list_level(style: &str) -> Option<usize> {
    let lower = style.to_ascii_lowercase();
    let at = lower.find("mso-list:")?;
    let rest = &lower[at..];
    let level = rest
        .find("level")
        .and_then(|l| rest[l + 5..].chars().next()?.to_digit(10));
    Some(level.map_or(0, |l| (l as usize).saturating_sub(1)))
}

/// Reads HTML into markdown-ish text.
pub fn to_text(html: &str) -> String {
    let mut out = Out::default();
    let mut rest = html;
    // Name of the element whose content is being skipped, with its nesting.
    let mut skipping: Option<(String, usize)> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skipping.is_none() {
                out.push_text(&unescape(rest));
            }
            break;
        };
        if skipping.is_none() {
            out.push_text(&unescape(&rest[..lt]));
        }
        rest = &rest[lt..];
        // Comments, Word's conditional sections, doctype and processing instructions.
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        if rest.starts_with("<![if") {
            rest = rest.find("<![endif]>").map_or("", |e| &rest[e + 10..]);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            rest = rest.find('>').map_or("", |e| &rest[e + 1..]);
            continue;
        }
        // "a < b": a `<` that starts no tag is text.
        let starts_tag = rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
        let Some(gt) = tag_end(rest).filter(|_| starts_tag) else {
            if skipping.is_none() {
                out.push_text("<");
            }
            rest = &rest[1..];
            continue;
        };
        let inner = &rest[1..gt];
        rest = &rest[gt + 1..];
        let Some(tag) = parse_tag(inner.trim_end_matches('/')) else {
            if skipping.is_none() {
                out.push_text(&unescape(&format!("<{inner}>")));
            }
            continue;
        };
        if let Some((name, depth)) = skipping.as_mut() {
            if *name == tag.name {
                if tag.closing {
                    *depth -= 1;
                    if *depth == 0 {
                        skipping = None;
                    }
                } else if !inner.ends_with('/') {
                    *depth += 1;
                }
            }
            continue;
        }
        if !tag.closing
            && (SKIPPED.contains(&tag.name.as_str())
                || tag.attribute("role").as_deref() == Some("navigation"))
        {
            if !inner.ends_with('/') {
                skipping = Some((tag.name.clone(), 1));
            }
            continue;
        }
        // Word's bullet characters sit in spans marked mso-list:Ignore.
        if !tag.closing
            && tag.name == "span"
            && tag
                .attribute("style")
                .is_some_and(|s| s.to_ascii_lowercase().contains("mso-list:ignore"))
        {
            skipping = Some(("span".into(), 1));
            continue;
        }
        handle(&mut out, &tag);
    }
    out.end_line(false);
    out.text
}

/// The `>` that ends the tag at the start of `text`, outside quotes.
fn tag_end(text: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

fn handle(out: &mut Out, tag: &Tag<'_>) {
    let name = tag.name.as_str();
    match (name, tag.closing) {
        // A heading is one line: "– DRAFT –<br>Web Fonts WG" is one title.
        ("br", _) if out.prefix.starts_with('#') => out.line.push(' '),
        ("br", _) => out.end_line(out.prefix.contains("- ")),
        ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", false) => {
            out.end_line(false);
            let level = usize::from(name.as_bytes()[1] - b'0');
            out.prefix = format!("{} ", "#".repeat(level));
        }
        ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", true) => out.end_line(false),
        ("ul" | "ol", false) => {
            // A nested list ends its parent entry's line, still inside the list.
            out.end_line(out.list_depth > 0);
            out.list_depth += 1;
        }
        ("ul" | "ol", true) => {
            out.end_line(true);
            out.list_depth = out.list_depth.saturating_sub(1);
            out.last_was_entry = out.list_depth > 0;
        }
        ("li", false) => {
            out.end_line(true);
            out.prefix = format!("{}- ", "  ".repeat(out.list_depth.saturating_sub(1)));
        }
        ("li", true) => out.end_line(true),
        ("p", false) => {
            out.end_line(false);
            let class = tag.attribute("class").unwrap_or_default();
            if let Some(level) = word_heading(&class) {
                out.prefix = format!("{} ", "#".repeat(level));
            } else if let Some(level) = tag.attribute("style").as_deref().and_then(word_list_level)
            {
                out.prefix = format!("{}- ", "  ".repeat(level));
            }
        }
        ("p", true) => {
            let entry = out.prefix.contains("- ");
            out.end_line(entry);
        }
        ("tr", false) => {
            out.end_line(false);
            out.row = Some(Vec::new());
        }
        ("td" | "th", false) => {
            if let Some(row) = out.row.as_mut() {
                row.push(String::new());
            }
        }
        ("tr", true) => {
            if let Some(row) = out.row.take() {
                let cells: Vec<String> = row.iter().map(|c| c.trim().replace('|', "/")).collect();
                if cells.iter().any(|c| !c.is_empty()) {
                    out.line = format!("| {} |", cells.join(" | "));
                    out.end_line(true);
                }
            }
        }
        ("b" | "strong", false) if out.row.is_none() => out.start_bold(),
        ("b" | "strong", true) if out.row.is_none() => out.end_bold(),
        ("a", false) => {
            let href = tag.attribute("href").filter(|h| is_safe_href(h));
            if let Some(href) = href {
                out.link = Some((href, out.line.len()));
                out.line.push('[');
            }
        }
        ("a", true) => {
            if let Some((href, at)) = out.link.take() {
                if out.line[at + 1..].trim().is_empty() {
                    out.line.truncate(at);
                } else {
                    let text = out.line[at + 1..].trim_end().to_string();
                    out.line.truncate(at + 1);
                    out.line.push_str(&text);
                    out.line.push_str(&format!("]({href})"));
                }
            }
        }
        (block, _) if BLOCKS.contains(&block) => {
            let entry = out.prefix.contains("- ");
            out.end_line(entry);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure_and_text_only() {
        let html = r#"<html><head><title>x</title><script>alert(1)</script></head><body>
            <nav><a href="/">Home</a></nav>
            <h1>MAG Meeting &amp; Notes</h1>
            <p>The <b>Secretariat</b> will <a href="https://igf.example/r">report</a>.</p>
            <ul><li>MAG members are invited to reply.<ul><li>By Friday</li></ul></li><li onclick="steal()">Second</li></ul>
            <table><tr><th>Action</th><th>Owner</th></tr><tr><td>Send notes</td><td>Anja</td></tr></table>
            <img src="https://tracker.example/pixel.gif"><a href="javascript:alert(1)">click</a>
            </body></html>"#;
        assert_eq!(
            to_text(html),
            "# MAG Meeting & Notes\n\nThe **Secretariat** will [report](https://igf.example/r).\n\n\
             - MAG members are invited to reply.\n  - By Friday\n- Second\n\n\
             | Action | Owner |\n| Send notes | Anja |\n\nclick\n"
        );
    }

    #[test]
    fn word_clipboard_lists_and_headings() {
        let html = concat!(
            "<p class=MsoTitle>Board minutes</p>",
            "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]>",
            "<span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span><![endif]>Chair to circulate the draft<o:p></o:p></p>",
            "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>o</span>Details</p>",
        );
        assert_eq!(
            to_text(html),
            "# Board minutes\n\n- Chair to circulate the draft\n  - Details\n"
        );
    }

    #[test]
    fn broken_markup_never_panics_or_loses_text() {
        assert_eq!(to_text("a < b and <p>c"), "a < b and\n\nc\n");
        assert_eq!(to_text("<p>unterminated <b>bold"), "unterminated **bold\n");
        assert_eq!(to_text("<script>never closed"), "");
    }
}
