//! Word documents (.docx) → the markdown-ish text the record reader reads:
//! heading styles become `#` lines, list paragraphs `-` entries, bold runs
//! `**…**`, hyperlinks `[text](url)`, table rows `| a | b |` lines.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::zip::{Archive, ZipError};
use crate::record::inline::is_safe_href;

const DOCUMENT: &str = "word/document.xml";
const STYLES: &str = "word/styles.xml";
const RELS: &str = "word/_rels/document.xml.rels";

/// Why a .docx file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocxError {
    Zip(ZipError),
    NoDocument,
    Xml(String),
}

impl From<ZipError> for DocxError {
    fn from(e: ZipError) -> Self {
        DocxError::Zip(e)
    }
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    let value = e.try_get_attribute(name).ok().flatten()?;
    value
        .normalized_value(XmlVersion::Implicit1_0)
        .ok()
        .map(|v| v.into_owned())
}

fn utf8(bytes: &[u8]) -> Result<&str, DocxError> {
    std::str::from_utf8(bytes).map_err(|_| DocxError::Xml("not UTF-8".into()))
}

/// Style id → its built-in name ("Titre1" → "heading 1" in a French Word).
fn style_names(xml: &str) -> HashMap<String, String> {
    let mut names = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<String> = None;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "w:style" => current = attr(&e, "w:styleId"),
                "w:name" => {
                    if let (Some(id), Some(name)) = (current.take(), attr(&e, "w:val")) {
                        names.insert(id, name.to_lowercase());
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    names
}

/// Relationship id → external link target (only http(s) and mailto).
fn links(xml: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut reader = Reader::from_str(xml);
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "Relationship" => {
                if let (Some(id), Some(target)) = (attr(&e, "Id"), attr(&e, "Target"))
                    && is_safe_href(&target)
                {
                    out.insert(id, target);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// What kind of line a paragraph makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Body,
    Heading(usize),
    List(usize),
}

fn shape_of(
    style: Option<&str>,
    names: &HashMap<String, String>,
    list_level: Option<usize>,
) -> Shape {
    let name = style.map(|id| names.get(id).cloned().unwrap_or_else(|| id.to_lowercase()));
    let name = name.as_deref().unwrap_or("");
    let compact = name.replace(' ', "");
    if let Some(level) = compact
        .strip_prefix("heading")
        .and_then(|n| n.parse::<usize>().ok())
    {
        return Shape::Heading(level.clamp(1, 6));
    }
    if compact == "title" {
        return Shape::Heading(1);
    }
    match list_level {
        Some(level) => Shape::List(level),
        None if compact.starts_with("list") => Shape::List(0),
        None => Shape::Body,
    }
}

/// The paragraph being read: its shape and its text so far.
#[derive(Default)]
struct Paragraph {
    style: Option<String>,
    list_level: Option<usize>,
    text: String,
}

/// A run of text and whether it was bold.
#[derive(Default)]
struct Run {
    bold: bool,
    text: String,
}

struct Writer {
    out: String,
    /// The shape of the last line written, to place blank lines.
    last: Option<Shape>,
}

impl Writer {
    fn line(&mut self, shape: Shape, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        // Entries of one list stay together; everything else is separated.
        let together = matches!((self.last, shape), (Some(Shape::List(_)), Shape::List(_)));
        if self.last.is_some() && !together {
            self.out.push('\n');
        }
        match shape {
            Shape::Heading(level) => {
                self.out.push_str(&"#".repeat(level));
                self.out.push(' ');
            }
            Shape::List(level) => {
                self.out.push_str(&"  ".repeat(level));
                self.out.push_str("- ");
            }
            Shape::Body => {}
        }
        self.out.push_str(text);
        self.out.push('\n');
        self.last = Some(shape);
    }

    fn row(&mut self, cells: &[String]) {
        if cells.iter().all(|c| c.trim().is_empty()) {
            return;
        }
        if self.last.is_some_and(|s| s != Shape::Body)
            || self.last.is_some() && !self.out.ends_with("|\n")
        {
            self.out.push('\n');
        }
        let cells: Vec<String> = cells
            .iter()
            .map(|c| c.replace('|', "/").trim().to_string())
            .collect();
        self.out.push_str(&format!("| {} |\n", cells.join(" | ")));
        self.last = Some(Shape::Body);
    }
}

fn resolve_entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let code = name.strip_prefix("#x").map_or_else(
                || name.strip_prefix('#').and_then(|n| n.parse::<u32>().ok()),
                |hex| u32::from_str_radix(hex, 16).ok(),
            )?;
            char::from_u32(code)
        }
    }
}

/// Reads a .docx file into markdown-ish text.
pub fn to_text(bytes: &[u8]) -> Result<String, DocxError> {
    let archive = Archive::open(bytes)?;
    let document = archive.read(DOCUMENT)?.ok_or(DocxError::NoDocument)?;
    let names = match archive.read(STYLES)? {
        Some(xml) => style_names(utf8(&xml)?),
        None => HashMap::new(),
    };
    let targets = match archive.read(RELS)? {
        Some(xml) => links(utf8(&xml)?),
        None => HashMap::new(),
    };
    read_document(utf8(&document)?, &names, &targets)
}

fn read_document(
    xml: &str,
    names: &HashMap<String, String>,
    targets: &HashMap<String, String>,
) -> Result<String, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut writer = Writer {
        out: String::new(),
        last: None,
    };
    let mut paragraph = Paragraph::default();
    let mut run = Run::default();
    let mut in_text = false;
    let mut in_run_props = false;
    let mut link: Option<(Option<String>, String)> = None;
    // Open table cells and rows (tables may nest: inner ones are flattened).
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut cell: Option<String> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| DocxError::Xml(e.to_string()))?;
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "w:p" => paragraph = Paragraph::default(),
                "w:pStyle" => paragraph.style = attr(&e, "w:val"),
                "w:ilvl" => {
                    paragraph.list_level =
                        attr(&e, "w:val").and_then(|v| v.parse().ok()).or(Some(0))
                }
                "w:numPr" => paragraph.list_level = paragraph.list_level.or(Some(0)),
                "w:r" => run = Run::default(),
                "w:rPr" => in_run_props = true,
                "w:b" if in_run_props => {
                    run.bold = !matches!(attr(&e, "w:val").as_deref(), Some("0" | "false"))
                }
                "w:t" => in_text = true,
                "w:tab" => run.text.push(' '),
                "w:br" | "w:cr" => run.text.push(' '),
                "w:hyperlink" => {
                    link = Some((
                        attr(&e, "r:id").and_then(|id| targets.get(&id).cloned()),
                        String::new(),
                    ))
                }
                "w:tr" => rows.push(Vec::new()),
                "w:tc" => cell = Some(String::new()),
                _ => {}
            },
            Event::Text(t) if in_text => run.text.push_str(&t),
            Event::GeneralRef(r) if in_text => run.text.extend(resolve_entity(&r)),
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_text = false,
                "w:rPr" => in_run_props = false,
                "w:r" => {
                    let text = if run.bold && !run.text.trim().is_empty() {
                        format!("**{}**", run.text.trim())
                    } else {
                        std::mem::take(&mut run.text)
                    };
                    match link.as_mut() {
                        Some((_, link_text)) => link_text.push_str(&text),
                        None => paragraph.text.push_str(&text),
                    }
                }
                "w:hyperlink" => {
                    if let Some((target, text)) = link.take() {
                        match target {
                            Some(url) if !text.trim().is_empty() => {
                                paragraph
                                    .text
                                    .push_str(&format!("[{}]({url})", text.trim()));
                            }
                            _ => paragraph.text.push_str(&text),
                        }
                    }
                }
                "w:p" => {
                    let text = paragraph.text.replace("****", "");
                    match cell.as_mut() {
                        Some(c) => {
                            if !c.is_empty() {
                                c.push(' ');
                            }
                            c.push_str(text.trim());
                        }
                        None => {
                            let shape =
                                shape_of(paragraph.style.as_deref(), names, paragraph.list_level);
                            writer.line(shape, &text);
                        }
                    }
                }
                "w:tc" => {
                    if let (Some(text), Some(row)) = (cell.take(), rows.last_mut()) {
                        row.push(text);
                    }
                }
                "w:tr" => {
                    if let Some(row) = rows.pop() {
                        writer.row(&row);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(writer.out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(body: &str) -> String {
        let xml = format!(
            r#"<?xml version="1.0"?><w:document xmlns:w="w" xmlns:r="r"><w:body>{body}</w:body></w:document>"#
        );
        let names = HashMap::from([("Titre1".to_string(), "heading 1".to_string())]);
        let targets = HashMap::from([("rId4".to_string(), "https://igf.example/pnai".to_string())]);
        read_document(&xml, &names, &targets).unwrap()
    }

    #[test]
    fn paragraphs_become_markdownish_lines() {
        let text = read(concat!(
            r#"<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr><w:r><w:t>PNAI</w:t></w:r></w:p>"#,
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr>"#,
            r#"<w:r><w:rPr><w:b/></w:rPr><w:t>MAG members</w:t></w:r><w:r><w:t xml:space="preserve"> can explore the </w:t></w:r>"#,
            r#"<w:hyperlink r:id="rId4"><w:r><w:t>webpage</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>"#,
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:r><w:t>Q&amp;A</w:t></w:r></w:p>"#,
            r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Action</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Owner</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
        ));
        assert_eq!(
            text,
            "# PNAI\n\n- **MAG members** can explore the [webpage](https://igf.example/pnai).\n  - Q&A\n\n| Action | Owner |\n"
        );
    }

    #[test]
    fn unsafe_link_targets_keep_only_their_text() {
        let rels = r#"<Relationships><Relationship Id="rId1" Target="javascript:alert(1)" TargetMode="External"/></Relationships>"#;
        assert!(links(rels).is_empty());
    }
}
