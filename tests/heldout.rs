//! The held-out records: batches written by hand, each after the rules it
//! is read with, by writers who saw only `../shared/records/README.md` and
//! the sample, never the extractor or the other fixtures. Their readings
//! are kept as written (each batch's `NOTES.md` gives the writer's
//! judgement calls), so they measure how the extractor reads a record it
//! was not made for; they are not bent to match it.
//!
//! The figures are printed by batch and over the set; the test fails when
//! they fall below the floors, set a little under the figures measured
//! when the set was last extended (see README, "Tests and figures").
//!
//! `cargo test --no-default-features --test heldout -- --nocapture`

mod common;

use std::collections::BTreeMap;

use common::{Figures, HELD_OUT, fixtures_in, read};

/// Lowest figures accepted over the whole held-out set. The group floor
/// went from .77 to .76 in the twelfth session: its 84 new records read
/// at group .69 on first reading (of the nine writers who said, five
/// filed a closing list's entries under the topic discussed, four under
/// the list's heading), and took the set from .773 to .768. Its last
/// round (batches 221–226, read with all of its rules) took owners from
/// .871 to .869 and due dates to just under .960, so those floors are .86
/// and .95. The thirteenth session's first round of 48 new records
/// (batches 227–234) read at group .62, and batch 236 (its writer
/// shortened headings to a few words: "Work plan" for "Work plan and
/// thematic focus for 2026") at .32: the set went to .759, so the group
/// floor is .75. Its 192 new records (batches 227–258) took
/// the set to .783 / .820 / .864 / .756 / .958. The fourteenth session's
/// 144 (batches 259–282) read at owner .77–.83 on first reading, and the
/// set, with that session's rules, is at .782 / .818 / .862 / .755 / .957.
const FLOOR: Floor = Floor {
    precision: 0.77,
    recall: 0.81,
    owner: 0.86,
    group: 0.75,
    due: 0.95,
};

struct Floor {
    precision: f64,
    recall: f64,
    owner: f64,
    group: f64,
    due: f64,
}

#[test]
fn held_out_figures_stay_above_their_floors() {
    let mut batches: BTreeMap<String, Figures> = BTreeMap::new();
    let mut all = Figures::default();
    for fixture in fixtures_in(HELD_OUT) {
        let reading = read(&fixture);
        let batch = fixture.name.split('-').next().unwrap_or("").to_string();
        let one = all.add(&fixture, &reading);
        batches.entry(batch).or_default().add(&fixture, &reading);
        if one.dates == 0 {
            println!("{}: meeting date wrong", fixture.name);
        }
    }
    for (batch, figures) in &batches {
        println!("{batch}: {}", figures.line());
    }
    println!("held-out set: {}", all.line());
    assert!(all.records >= 1608, "the held-out set lost records");
    let checks = [
        ("precision", all.precision(), FLOOR.precision),
        ("recall", all.recall(), FLOOR.recall),
        ("owner", all.owner_right(), FLOOR.owner),
        ("group", all.group_right(), FLOOR.group),
        ("due", all.due_right(), FLOOR.due),
    ];
    let low: Vec<String> = checks
        .iter()
        .filter(|(_, got, floor)| got < floor)
        .map(|(name, got, floor)| format!("{name} {got:.3} < {floor:.2}"))
        .collect();
    assert!(low.is_empty(), "held-out figures fell: {}", low.join(", "));
    assert_eq!(all.dates, all.records, "a held-out meeting date is wrong");
}
