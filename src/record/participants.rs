//! The list of participants: tables of "Family<TAB>Given" rows under role
//! headings, or lists of "Name (Role)" / "Name, Role" entries.

use super::blocks::{Block, BlockKind};
use super::model::Participant;
use super::sections::{Outline, Purpose};

/// Reads every participant listed in the record's participants sections.
pub fn read(blocks: &[Block], outline: &Outline) -> Vec<Participant> {
    let mut rows: Vec<(Option<String>, [String; 2])> = Vec::new();
    let mut out = Vec::new();
    let mut role: Option<String> = None;
    for (i, block) in blocks.iter().enumerate() {
        if block.is_heading() || !outline.within(i, Purpose::Participants) {
            continue;
        }
        match &block.kind {
            BlockKind::Row(cells) if cells.len() == 1 => role = Some(cells[0].clone()),
            BlockKind::Row(cells) if cells.len() >= 2 => {
                rows.push((role.clone(), [cells[0].clone(), cells[1].clone()]))
            }
            // A line of its own between rows is a role heading ("MAG Members").
            BlockKind::Paragraph if !block.text.contains(',') => role = Some(block.text.clone()),
            _ => out.extend(listed(&block.text, role.as_deref())),
        }
    }
    let family_first = family_name_first(&rows);
    out.extend(rows.into_iter().map(|(role, [a, b])| Participant {
        name: if family_first {
            format!("{b} {a}")
        } else {
            format!("{a} {b}")
        },
        role,
    }));
    out
}

/// Attendance tables are sorted by family name: if the first column is in
/// order more often than the second, it holds family names.
fn family_name_first(rows: &[(Option<String>, [String; 2])]) -> bool {
    let ordered = |col: usize| {
        rows.windows(2)
            .filter(|w| {
                w[0].0 == w[1].0 && w[0].1[col].to_lowercase() <= w[1].1[col].to_lowercase()
            })
            .count()
    };
    ordered(0) > ordered(1)
}

/// "Jane Doe (ISOC)", "Jane Doe, Chair", "Jane Doe; John Roe".
fn listed(text: &str, role: Option<&str>) -> Vec<Participant> {
    let entries: Vec<&str> = if text.contains(';') {
        text.split(';').collect()
    } else {
        vec![text]
    };
    let many = entries.len() > 1 || text.matches(',').count() >= 2;
    let entries: Vec<&str> = if many && !text.contains(';') {
        text.split(',').collect()
    } else {
        entries
    };
    entries
        .into_iter()
        .filter_map(|entry| {
            let entry = entry.trim().trim_end_matches('.');
            let (name, detail) = match entry.split_once('(') {
                Some((n, d)) => (n.trim(), Some(d.trim_end_matches(')').trim())),
                None if !many => match entry.split_once([',', '—', '–']) {
                    Some((n, d)) => (n.trim(), Some(d.trim())),
                    None => (entry, None),
                },
                None => (entry, None),
            };
            let words = name.split_whitespace().count();
            ((1..=5).contains(&words) && name.starts_with(char::is_uppercase)).then(|| {
                Participant {
                    name: name.to_string(),
                    role: detail
                        .map(str::to_string)
                        .or_else(|| role.map(str::to_string)),
                }
            })
        })
        .collect()
}
