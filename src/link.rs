//! The view a link carries (record source, filters, selected item, embed
//! mode) ⇄ the page's query string. Parameters are data: anything malformed
//! or hostile is dropped and reported, never executed or echoed as markup.

use std::fmt;

use crate::filter::{Filter, StatusFilter};

/// Longest value accepted for a free-text parameter; a filter value longer
/// than any heading or owner name is not a real link.
const MAX_VALUE_CHARS: usize = 200;
/// Longest record address accepted.
const MAX_SRC_CHARS: usize = 2048;

/// Everything a link can say about what to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    pub filter: Filter,
    /// The item to select and scroll to.
    pub item: Option<String>,
    /// Where to load the record from (`http(s)` only).
    pub src: Option<String>,
    /// A meeting of this browser's library (opened from a file or a paste).
    pub meeting: Option<String>,
    /// "All meetings": the open items of every meeting kept here.
    pub all: bool,
    /// Show as a compact widget inside another site's page.
    pub embed: bool,
    /// The embedding page's origin, so the widget can talk to it.
    pub host: Option<String>,
}

/// A parameter that was not used, and why (shown to the person).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    pub name: String,
    pub reason: &'static str,
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "“{}” {}", self.name, self.reason)
    }
}

fn clean_text(value: &str) -> Result<String, &'static str> {
    if value.chars().count() > MAX_VALUE_CHARS {
        return Err("is too long to be a filter");
    }
    if value.chars().any(|c| c.is_control()) {
        return Err("contains control characters");
    }
    Ok(value.trim().to_string())
}

/// An `http(s)` address without spaces or quotes; anything else (such as
/// `javascript:` or `data:`) is refused.
pub fn clean_url(value: &str) -> Result<String, &'static str> {
    let lower = value.trim().to_ascii_lowercase();
    if value.len() > MAX_SRC_CHARS {
        return Err("is too long to be an address");
    }
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return Err("is not an http(s) address");
    }
    if value
        .trim()
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`'))
    {
        return Err("is not a valid address");
    }
    Ok(value.trim().to_string())
}

/// `https://host[:port]`, the form `postMessage` origins take.
pub fn clean_origin(value: &str) -> Result<String, &'static str> {
    let url = clean_url(value)?;
    let after_scheme = url.split_once("://").map_or("", |(_, rest)| rest);
    if after_scheme.is_empty() || after_scheme.contains(['/', '?', '#', '@']) {
        return Err("is not an origin (scheme://host[:port])");
    }
    Ok(url.to_ascii_lowercase())
}

fn is_item_id(value: &str) -> bool {
    let (hash, suffix) = value.split_once('-').unwrap_or((value, "1"));
    hash.len() == 16
        && hash
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        && !suffix.is_empty()
        && suffix.len() <= 4
        && suffix.bytes().all(|b| b.is_ascii_digit())
}

/// Reads a query string (with or without the leading `?`).
pub fn parse(query: &str) -> (View, Vec<Ignored>) {
    let mut view = View::default();
    let mut ignored = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        let mut refuse = |reason| {
            ignored.push(Ignored {
                name: name.to_string(),
                reason,
            })
        };
        let value = value.as_ref();
        match name.as_ref() {
            "group" | "owner" | "q" => match clean_text(value) {
                Ok(text) if text.is_empty() => {}
                Ok(text) => match name.as_ref() {
                    "group" => view.filter.group = Some(text),
                    "owner" => view.filter.owner = Some(text),
                    _ => view.filter.search = text,
                },
                Err(reason) => refuse(reason),
            },
            "status" => match StatusFilter::from_key(value) {
                Some(status) => view.filter.status = status,
                None => refuse("is not one of open, done, all"),
            },
            "item" if is_item_id(value) => view.item = Some(value.to_string()),
            "item" => refuse("is not an item of this app"),
            "meeting" if is_item_id(value) => view.meeting = Some(value.to_string()),
            "meeting" => refuse("is not a meeting of this app"),
            "src" => match clean_url(value) {
                Ok(url) => view.src = Some(url),
                Err(reason) => refuse(reason),
            },
            "embed" => view.embed = matches!(value, "1" | "true" | ""),
            "mine" => view.filter.mine = matches!(value, "1" | "true" | ""),
            "all" => view.all = matches!(value, "1" | "true" | ""),
            "host" => match clean_origin(value) {
                Ok(origin) => view.host = Some(origin),
                Err(reason) => refuse(reason),
            },
            // Analytics and other sites' parameters are not ours to judge.
            _ => {}
        }
    }
    (view, ignored)
}

/// Writes the view as a query string (with the leading `?`, or empty),
/// parameters in a fixed order so equal views give equal links.
pub fn to_query(view: &View) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    if let Some(src) = &view.src {
        out.append_pair("src", src);
    }
    if let Some(meeting) = &view.meeting {
        out.append_pair("meeting", meeting);
    }
    if view.all {
        out.append_pair("all", "1");
    }
    if view.embed {
        out.append_pair("embed", "1");
    }
    if let Some(host) = &view.host {
        out.append_pair("host", host);
    }
    if let Some(group) = &view.filter.group {
        out.append_pair("group", group);
    }
    if let Some(owner) = &view.filter.owner {
        out.append_pair("owner", owner);
    }
    if view.filter.status != StatusFilter::default() {
        out.append_pair("status", view.filter.status.key());
    }
    if !view.filter.search.is_empty() {
        out.append_pair("q", &view.filter.search);
    }
    if view.filter.mine {
        out.append_pair("mine", "1");
    }
    if let Some(item) = &view.item {
        out.append_pair("item", item);
    }
    let query = out.finish();
    if query.is_empty() {
        query
    } else {
        format!("?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_survives_the_round_trip() {
        let view = View {
            filter: Filter {
                group: Some("BPF Cybersecurity".into()),
                owner: Some("MAG members".into()),
                status: StatusFilter::Open,
                search: "webpage & more".into(),
                mine: true,
            },
            item: Some("0123456789abcdef".into()),
            src: Some("https://example.org/minutes.txt?x=1&y=2".into()),
            meeting: Some("fedcba9876543210".into()),
            all: true,
            embed: true,
            host: Some("https://www.intgovforum.org".into()),
        };
        let query = to_query(&view);
        assert_eq!(parse(&query), (view, vec![]));
    }

    #[test]
    fn the_default_view_is_the_bare_page() {
        assert_eq!(to_query(&View::default()), "");
        assert_eq!(parse(""), (View::default(), vec![]));
    }

    #[test]
    fn hostile_values_are_refused_and_reported() {
        let (view, ignored) = parse(
            "?src=javascript:alert(1)&status=<b>&item=../../etc&host=https://evil.example/path&group=%00x",
        );
        assert_eq!(view, View::default());
        let names: Vec<&str> = ignored.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, vec!["src", "status", "item", "host", "group"]);
    }

    #[test]
    fn markup_in_a_filter_is_only_text() {
        let (view, _) = parse("?owner=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        assert_eq!(
            view.filter.owner.as_deref(),
            Some("<img src=x onerror=alert(1)>")
        );
    }

    #[test]
    fn other_sites_parameters_are_left_alone() {
        assert_eq!(
            parse("?utm_source=newsletter&fbclid=x"),
            (View::default(), vec![])
        );
    }
}
