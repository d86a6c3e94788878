//! Action tables: a header row naming the task, owner and due-date
//! columns ("| Action | Owner | Due |"), then one item a row.

/// Where a table keeps the task, its owner and its due date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Columns {
    pub task: usize,
    pub owner: Option<usize>,
    pub due: Option<usize>,
    /// "| Area |", "| Workstream |": the part of the work a row belongs to.
    pub group: Option<usize>,
    /// "| Status |": whether an older action is still open.
    pub status: Option<usize>,
}

const TASK: [&str; 9] = [
    "action",
    "actions",
    "action item",
    "task",
    "what",
    "item",
    "description",
    "next step",
    "to do",
];
const OWNER: [&str; 9] = [
    "owner",
    "owners",
    "who",
    "responsible",
    "assignee",
    "assigned to",
    "lead",
    "by whom",
    "person",
];
const DUE: [&str; 7] = [
    "due", "due date", "deadline", "when", "date", "by when", "timeline",
];

/// The columns of a header row, when it names at least a task and an owner or date.
pub fn header(cells: &[String]) -> Option<Columns> {
    // "Owner(s)", "Due date(s)": a plural in brackets names the column too.
    let find = |names: &[&str]| {
        cells.iter().position(|c| {
            let name = c.trim().trim_matches('*').to_lowercase();
            let name = name.strip_suffix("(s)").unwrap_or(&name).trim_end();
            names.contains(&name)
        })
    };
    let task = find(&TASK)?;
    let owner = find(&OWNER);
    let due = find(&DUE);
    let group = find(&[
        "area",
        "topic",
        "group",
        "workstream",
        "working group",
        "track",
    ]);
    let status = find(&["status", "state", "progress"]);
    (owner.is_some() || due.is_some()).then_some(Columns {
        task,
        owner,
        due,
        group,
        status,
    })
}

/// The part of the work a data row names, when the table has a column for it.
pub fn row_group(columns: Columns, cells: &[String]) -> Option<&str> {
    let cell = cells.get(columns.group?)?.trim();
    (cell.chars().any(char::is_alphanumeric) && cell != "-").then_some(cell)
}

/// What a row's status cell says of it: closed ("closed — merged in PR
/// #1405", "dropped — superseded", "done") rows are no one's to follow
/// up; an open one may carry its new date ("continued, new due
/// 2026-02-18").
pub fn row_status(columns: Columns, cells: &[String]) -> RowStatus<'_> {
    let Some(cell) = columns.status.and_then(|i| cells.get(i)).map(|c| c.trim()) else {
        return RowStatus::Open(None);
    };
    // ASCII case only: the offsets found in it are used on the cell itself.
    let lower = cell.to_ascii_lowercase();
    let first = lower
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    const CLOSED: [&str; 11] = [
        "closed",
        "done",
        "complete",
        "completed",
        "dropped",
        "withdrawn",
        "superseded",
        "cancelled",
        "canceled",
        "resolved",
        "finished",
    ];
    if CLOSED.contains(&first) || cell.starts_with(['✅', '✔', '☑']) {
        return RowStatus::Closed;
    }
    // "continued, new due 2026-02-18", "open — moved to 3 March".
    let new_date = ["new due ", "due ", "moved to ", "now "]
        .iter()
        .find_map(|w| lower.find(w).map(|at| &cell[at + w.len()..]))
        .map(str::trim);
    RowStatus::Open(new_date)
}

/// A row's standing, from its status column.
#[derive(Debug, PartialEq, Eq)]
pub enum RowStatus<'a> {
    Closed,
    /// Still open; perhaps with the date it was moved to.
    Open(Option<&'a str>),
}

/// A data row: (task, owner, due) as written.
pub fn row(columns: Columns, cells: &[String]) -> Option<(&str, Option<&str>, Option<&str>)> {
    let cell = |i: Option<usize>| {
        i.and_then(|i| cells.get(i))
            .map(|c| c.trim())
            .filter(|c| !c.is_empty() && !matches!(*c, "-" | "–" | "n/a" | "N/A" | "TBD" | "tbd"))
    };
    let task = cell(Some(columns.task))?;
    Some((task, cell(columns.owner), cell(columns.due)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(row: &[&str]) -> Vec<String> {
        row.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn header_and_rows() {
        let area = header(&cells(&["#", "Area", "Owner(s)", "Item", "Due"])).expect("a header");
        assert_eq!(area.owner, Some(2));
        assert_eq!(
            row_group(
                area,
                &cells(&["1", "Release 2.4", "@jhlim", "Fix #4483", "6 Feb"])
            ),
            Some("Release 2.4")
        );
        let columns = header(&cells(&["#", "Action", "Owner", "Due"])).expect("a header");
        assert_eq!(
            row(
                columns,
                &cells(&["2", "Circulate the draft", "WG-OS chair", "05.11.2025"])
            ),
            Some((
                "Circulate the draft",
                Some("WG-OS chair"),
                Some("05.11.2025")
            ))
        );
        assert_eq!(header(&cells(&["Name", "Organisation"])), None);
        let status = header(&cells(&["Action", "Owner", "Due", "Status"])).expect("a header");
        let row = |s: &str| cells(&["ACTION-88: Collect feedback", "Elsa", "2026-01-28", s]);
        assert_eq!(
            row_status(status, &row("closed — merged in PR #1405")),
            RowStatus::Closed
        );
        assert_eq!(row_status(status, &row("Dropped")), RowStatus::Closed);
        assert_eq!(
            row_status(status, &row("continued, new due 2026-02-18")),
            RowStatus::Open(Some("2026-02-18"))
        );
        assert_eq!(row_status(status, &row("open")), RowStatus::Open(None));
        // "Ⱥ" grows when lower-cased; the date after "due" is still found.
        assert_eq!(
            row_status(status, &row("ȺȺ, new due 3 March")),
            RowStatus::Open(Some("3 March"))
        );
    }
}
