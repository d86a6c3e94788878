//! Every record under `tests/fixtures/records/` reads as its expected file
//! says: the meeting, every action item (line, owner, group, due date, kind
//! and, where the expected file gives it, timing), and the number of
//! decisions and participants where given. A failure names the record and
//! the line of each item that differs.
//!
//! `cargo test --no-default-features --test records -- --nocapture` also
//! prints precision, recall and owner / group / due accuracy over the set.

mod common;

use common::{Figures, RECORDS, differences, fixtures_in, items, read, sample};

/// The fixture records and the built-in sample, whose reference reading
/// belongs to the set too.
fn fixtures() -> Vec<common::Fixture> {
    let mut out = fixtures_in(RECORDS);
    out.push(sample());
    out
}

#[test]
fn every_record_reads_as_expected() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 10, "fewer than ten fixture records");
    let failures: Vec<String> = fixtures
        .iter()
        .flat_map(|f| differences(f, &read(f)))
        .collect();
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn negative_controls_give_no_items() {
    for fixture in fixtures()
        .iter()
        .filter(|f| f.name.starts_with("negative-"))
    {
        let got = items(&read(fixture));
        assert!(
            got.is_empty(),
            "{}: items where none are: {:?}",
            fixture.name,
            got.iter()
                .map(|g| format!("line {}: {}", g["line"], g["text"]))
                .collect::<Vec<_>>()
        );
    }
}

/// Figures over the whole set, for the lead to quote; it only prints.
/// `RECORDS=name,name` limits them to some records (a batch written
/// after the rules, say), and each record's own figures are printed too.
#[test]
fn figures_over_the_fixture_set() {
    let only: Vec<String> = std::env::var("RECORDS")
        .map(|v| v.split(',').map(|n| n.trim().to_string()).collect())
        .unwrap_or_default();
    let mut all = Figures::default();
    for fixture in fixtures() {
        if !only.is_empty() && !only.contains(&fixture.name) {
            continue;
        }
        let one = all.add(&fixture, &read(&fixture));
        println!(
            "{:<32} expected {:>2} read {:>2} matched {:>2} owner {} group {} due {} date {}",
            fixture.name,
            one.expected,
            one.read,
            one.matched,
            one.owner,
            one.group,
            one.due,
            if one.dates == 1 { "ok" } else { "WRONG" }
        );
    }
    println!("fixture set: {}", all.line());
}
