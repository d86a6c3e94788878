//! Action tables laid out with spaces, as plain-text minutes and mail
//! write them:
//!
//! ```text
//! No.  Action                                  Owner        Due
//! 1    Feasibility note on a second site       E. Marx      20.11.2025
//! 5    Legal review of the policy (data        Director     20.11.2025
//!      protection section)
//! ```
//!
//! The header's columns say where each cell starts; a line whose first
//! columns are empty continues the row above. Such a table is rewritten as
//! tab-separated rows, line for line, so the reader's table rules apply
//! and every row keeps its line number (a continuation line becomes blank).

use super::table;

/// Runs of two or more spaces split a line into cells: (start column, text).
fn cells(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut spaces = 0;
    let mut byte_start = 0;
    for (column, (at, c)) in line.char_indices().enumerate() {
        if c == ' ' {
            spaces += 1;
            if spaces == 2
                && let Some(s) = start.take()
            {
                out.push((s, line[byte_start..at - 1].trim_end()));
            }
        } else {
            if start.is_none() {
                start = Some(column);
                byte_start = at;
            }
            spaces = 0;
        }
    }
    if let Some(s) = start {
        out.push((s, line[byte_start..].trim_end()));
    }
    out
}

/// The column a cell starting at `start` belongs to: the last one starting
/// at or before it (a cell may stand a column or two early).
fn column_of(starts: &[usize], start: usize) -> usize {
    starts.iter().rposition(|&s| s <= start + 2).unwrap_or(0)
}

/// The lines, with every space-aligned action table rewritten as tab-separated
/// rows; `None` when the record has no such table (nearly always).
pub fn retab(lines: &[&str]) -> Option<Vec<String>> {
    let mut out: Option<Vec<String>> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        // Three cells need two gaps of two spaces: most lines have none.
        if line.contains('\t') || line.contains('|') || line.matches("  ").nth(1).is_none() {
            i += 1;
            continue;
        }
        let head = cells(line);
        let names: Vec<String> = head.iter().map(|(_, t)| t.to_string()).collect();
        // "Name   Affiliation / role   Attended": who came, laid out the
        // same way; a wrapped line continues the name's row.
        let attendance = head.len() >= 2
            && names[0].eq_ignore_ascii_case("name")
            && names[1..].iter().any(|n| {
                let lower = n.to_lowercase();
                ["attended", "present", "attendance", "role", "affiliation"]
                    .iter()
                    .any(|w| lower.split([' ', '/']).any(|p| p == *w))
            });
        let task = match table::header(&names).filter(|_| head.len() >= 3) {
            Some(columns) => columns.task,
            None if attendance => 1,
            None => {
                i += 1;
                continue;
            }
        };
        let starts: Vec<usize> = head.iter().map(|&(s, _)| s).collect();
        let rewritten = out.get_or_insert_with(|| lines.iter().map(|l| l.to_string()).collect());
        rewritten[i] = names.join("\t");
        let mut row: Option<(usize, Vec<String>)> = None;
        let mut k = i + 1;
        while k < lines.len() {
            let text = lines[k];
            if text.trim().is_empty() {
                // A blank line ends the table unless a row follows it.
                let next_is_row = lines
                    .get(k + 1)
                    .is_some_and(|n| cells(n).first().is_some_and(|&(s, _)| s <= starts[0] + 2));
                if !next_is_row || row.is_none() {
                    break;
                }
                k += 1;
                continue;
            }
            let found = cells(text);
            let Some(&(first, _)) = found.first() else {
                break;
            };
            let continues = first + 2 >= starts[task.max(1).min(starts.len() - 1)] && row.is_some();
            if !continues && found.len() < 2 {
                break;
            }
            let target = match &mut row {
                Some((_, cells)) if continues => cells,
                _ => {
                    if let Some((at, done)) = row.take() {
                        rewritten[at] = done.join("\t");
                    }
                    &mut row.insert((k, vec![String::new(); starts.len()])).1
                }
            };
            for (start, piece) in found {
                let cell = &mut target[column_of(&starts, start)];
                if !cell.is_empty() {
                    cell.push(' ');
                }
                cell.push_str(piece);
            }
            if continues {
                rewritten[k] = String::new();
            }
            k += 1;
        }
        if let Some((at, done)) = row.take() {
            rewritten[at] = done.join("\t");
        }
        i = k;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_follow_the_header_columns_and_wrapped_cells_join() {
        let lines = [
            "ACTION ITEMS",
            "",
            "No.  Action                          Owner         Due",
            "1    Feasibility note on a site      E. Marx       20.11.2025",
            "2    Legal review of the policy      Director      -",
            "     (data protection section)",
            "",
            "Minutes taken by: Jonas Becker",
        ];
        let out = retab(&lines).expect("a table");
        assert_eq!(out[2], "No.\tAction\tOwner\tDue");
        assert_eq!(out[3], "1\tFeasibility note on a site\tE. Marx\t20.11.2025");
        assert_eq!(
            out[4],
            "2\tLegal review of the policy (data protection section)\tDirector\t-"
        );
        assert_eq!(out[5], "");
        assert_eq!(out[7], "Minutes taken by: Jonas Becker");
        assert_eq!(out.len(), lines.len());
    }

    #[test]
    fn prose_and_lists_are_no_table() {
        let lines = [
            "The Chair  thanked  the members.",
            "Name       Organisation   Country",
            "Ana Lima   ACME           Brazil",
        ];
        assert_eq!(retab(&lines), None);
    }
}
