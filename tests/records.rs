//! Every record under `tests/fixtures/records/` reads as its expected file
//! says: the meeting, every action item (line, owner, group, due date, kind
//! and, where the expected file gives it, timing), and the number of
//! decisions and participants where given. A failure names the record and
//! the line of each item that differs.
//!
//! `cargo test --no-default-features --test records -- --nocapture` also
//! prints precision, recall and owner / group / due accuracy over the set.

use std::fs;
use std::path::{Path, PathBuf};

use followup::reading::Reading;
use followup::record;
use serde_json::Value;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/records");
const ITEM_FIELDS: [&str; 6] = ["line", "owner", "group", "due", "kind", "timing"];

/// A fixture: the record file and its expected reading.
struct Fixture {
    name: String,
    record: PathBuf,
    expected: Value,
}

fn fixtures() -> Vec<Fixture> {
    let mut out = Vec::new();
    for entry in fs::read_dir(DIR).expect("fixture folder") {
        let path = entry.expect("fixture entry").path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".expected.json"))
        else {
            continue;
        };
        let record = ["txt", "md"]
            .iter()
            .map(|ext| Path::new(DIR).join(format!("{name}.{ext}")))
            .find(|p| p.exists())
            .unwrap_or_else(|| panic!("{name}: no record beside its expected file"));
        let expected = serde_json::from_str(&fs::read_to_string(&path).expect("expected file"))
            .unwrap_or_else(|e| panic!("{name}.expected.json: {e}"));
        out.push(Fixture {
            name: name.to_string(),
            record,
            expected,
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    // The built-in sample and its reference reading belong to the set too.
    let root = env!("CARGO_MANIFEST_DIR");
    let expected = fs::read_to_string(format!(
        "{root}/tests/fixtures/igf-2025-mag-xi.expected.json"
    ))
    .expect("sample's expected file");
    out.push(Fixture {
        name: "igf-2025-mag-xi".to_string(),
        record: Path::new(root).join("src/sample/igf-2025-mag-xi.txt"),
        expected: serde_json::from_str(&expected).expect("sample's expected file is JSON"),
    });
    out
}

fn read(fixture: &Fixture) -> Value {
    let text = fs::read_to_string(&fixture.record).expect("record file");
    let record = record::read_text(&text)
        .unwrap_or_else(|e| panic!("{}: cannot be read: {e}", fixture.name));
    serde_json::to_value(Reading::from(&record)).expect("reading serialises")
}

/// The fields of an item the expected file speaks about.
fn project(item: &Value, like: &Value) -> Value {
    ITEM_FIELDS
        .iter()
        .filter(|f| like.get(**f).is_some())
        .map(|f| (f.to_string(), item[*f].clone()))
        .collect()
}

fn items(reading: &Value) -> Vec<Value> {
    reading["action_items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Pairs expected and read items by line (and owner, when a line holds several).
fn pair<'a>(want: &'a [Value], got: &'a [Value]) -> Vec<(&'a Value, Option<&'a Value>)> {
    let mut used = vec![false; got.len()];
    let mut out = Vec::new();
    for w in want {
        let same_line = |g: &Value| g["line"] == w["line"];
        let pick = (0..got.len())
            .find(|&k| !used[k] && same_line(&got[k]) && got[k]["owner"] == w["owner"])
            .or_else(|| (0..got.len()).find(|&k| !used[k] && same_line(&got[k])));
        if let Some(k) = pick {
            used[k] = true;
        }
        out.push((w, pick.map(|k| &got[k])));
    }
    out
}

fn differences(fixture: &Fixture, reading: &Value) -> Vec<String> {
    let name = &fixture.name;
    let mut out = Vec::new();
    let expected = &fixture.expected;
    if reading["meeting"] != expected["meeting"] {
        out.push(format!(
            "{name}: meeting {} , expected {}",
            reading["meeting"], expected["meeting"]
        ));
    }
    for key in ["participants_count"] {
        if expected.get(key).is_some() && reading[key] != expected[key] {
            out.push(format!(
                "{name}: {key} {} , expected {}",
                reading[key], expected[key]
            ));
        }
    }
    if let Some(n) = expected.get("decisions_count") {
        let got = reading["decisions"].as_array().map_or(0, Vec::len);
        if Some(got as u64) != n.as_u64() {
            out.push(format!("{name}: {got} decisions, expected {n}"));
        }
    }
    let want = items(expected);
    let got = items(reading);
    let pairs = pair(&want, &got);
    for (w, g) in &pairs {
        match g {
            None => out.push(format!("{name} line {}: missing item {w}", w["line"])),
            Some(g) if project(g, w) != *(*w) => out.push(format!(
                "{name} line {}: expected {w}\n{:>width$} got      {} ({})",
                w["line"],
                "",
                project(g, w),
                g["text"],
                width = name.len()
            )),
            Some(_) => {}
        }
    }
    for g in &got {
        if !pairs
            .iter()
            .any(|(_, p)| p.is_some_and(|p| std::ptr::eq(p, g)))
        {
            out.push(format!(
                "{name} line {}: unexpected item {} ({})",
                g["line"],
                project(g, &want.first().cloned().unwrap_or(Value::Null)),
                g["text"]
            ));
        }
    }
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
    let (mut want_n, mut got_n, mut matched) = (0usize, 0usize, 0usize);
    let (mut owner, mut group, mut due, mut dates, mut records) = (0, 0, 0, 0, 0);
    for fixture in fixtures() {
        if !only.is_empty() && !only.contains(&fixture.name) {
            continue;
        }
        let reading = read(&fixture);
        let want = items(&fixture.expected);
        let got = items(&reading);
        want_n += want.len();
        got_n += got.len();
        records += 1;
        let dated = reading["meeting"]["date"] == fixture.expected["meeting"]["date"];
        dates += usize::from(dated);
        let (mut m, mut o, mut g_ok, mut d) = (0, 0, 0, 0);
        for (w, g) in pair(&want, &got) {
            let Some(g) = g else { continue };
            m += 1;
            o += usize::from(g["owner"] == w["owner"]);
            g_ok += usize::from(g["group"] == w["group"]);
            d += usize::from(g["due"] == w["due"]);
        }
        matched += m;
        owner += o;
        group += g_ok;
        due += d;
        println!(
            "{:<32} expected {:>2} read {:>2} matched {:>2} owner {o} group {g_ok} due {d} date {}",
            fixture.name,
            want.len(),
            got.len(),
            m,
            if dated { "ok" } else { "WRONG" }
        );
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    println!(
        "fixture set: {records} records, {want_n} expected items, {got_n} read\n\
         precision {:.3}  recall {:.3}  owner {:.3}  group {:.3}  due {:.3}  meeting dates {dates}/{records}",
        ratio(matched, got_n),
        ratio(matched, want_n),
        ratio(owner, matched),
        ratio(group, matched),
        ratio(due, matched),
    );
}
