//! What the fixture tests share: loading a folder of records with their
//! expected readings, reading them, pairing expected and read items, and
//! counting how far they agree. Each test crate uses a part of it.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use followup::reading::Reading;
use followup::record;
use serde_json::Value;

pub const RECORDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/records");
pub const HELD_OUT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/heldout");
const ITEM_FIELDS: [&str; 6] = ["line", "owner", "group", "due", "kind", "timing"];

/// A fixture: the record file and its expected reading.
pub struct Fixture {
    pub name: String,
    pub record: PathBuf,
    pub expected: Value,
}

/// The records of `dir`, each beside its `.expected.json`, by name.
pub fn fixtures_in(dir: &str) -> Vec<Fixture> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("fixture folder") {
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
            .map(|ext| Path::new(dir).join(format!("{name}.{ext}")))
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
    out
}

pub fn read(fixture: &Fixture) -> Value {
    let text = fs::read_to_string(&fixture.record).expect("record file");
    let record = record::read_text(&text)
        .unwrap_or_else(|e| panic!("{}: cannot be read: {e}", fixture.name));
    serde_json::to_value(Reading::from(&record)).expect("reading serialises")
}

/// The fields of an item the expected file speaks about.
pub fn project(item: &Value, like: &Value) -> Value {
    ITEM_FIELDS
        .iter()
        .filter(|f| like.get(**f).is_some())
        .map(|f| (f.to_string(), item[*f].clone()))
        .collect()
}

pub fn items(reading: &Value) -> Vec<Value> {
    reading["action_items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Pairs expected and read items by line (and owner, when a line holds several).
pub fn pair<'a>(want: &'a [Value], got: &'a [Value]) -> Vec<(&'a Value, Option<&'a Value>)> {
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

pub fn differences(fixture: &Fixture, reading: &Value) -> Vec<String> {
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

/// The sample record and its reference reading, as a fixture.
pub fn sample() -> Fixture {
    let root = env!("CARGO_MANIFEST_DIR");
    let expected = fs::read_to_string(format!(
        "{root}/tests/fixtures/igf-2025-mag-xi.expected.json"
    ))
    .expect("sample's expected file");
    Fixture {
        name: "igf-2025-mag-xi".to_string(),
        record: Path::new(root).join("src/sample/igf-2025-mag-xi.txt"),
        expected: serde_json::from_str(&expected).expect("sample's expected file is JSON"),
    }
}

/// How far readings agree with their expected files: items found and
/// missed, and of those found, owner, group and due date right.
#[derive(Default, Clone, Copy)]
pub struct Figures {
    pub records: usize,
    pub expected: usize,
    pub read: usize,
    pub matched: usize,
    pub owner: usize,
    pub group: usize,
    pub due: usize,
    pub dates: usize,
}

impl Figures {
    /// Adds one record's reading; returns its own figures.
    pub fn add(&mut self, fixture: &Fixture, reading: &Value) -> Figures {
        let want = items(&fixture.expected);
        let got = items(reading);
        let mut one = Figures {
            records: 1,
            expected: want.len(),
            read: got.len(),
            dates: usize::from(reading["meeting"]["date"] == fixture.expected["meeting"]["date"]),
            ..Figures::default()
        };
        for (w, g) in pair(&want, &got) {
            let Some(g) = g else { continue };
            one.matched += 1;
            one.owner += usize::from(g["owner"] == w["owner"]);
            one.group += usize::from(g["group"] == w["group"]);
            one.due += usize::from(g["due"] == w["due"]);
        }
        self.records += one.records;
        self.expected += one.expected;
        self.read += one.read;
        self.matched += one.matched;
        self.owner += one.owner;
        self.group += one.group;
        self.due += one.due;
        self.dates += one.dates;
        one
    }

    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 { 1.0 } else { a as f64 / b as f64 }
    }

    pub fn precision(&self) -> f64 {
        Self::ratio(self.matched, self.read)
    }
    pub fn recall(&self) -> f64 {
        Self::ratio(self.matched, self.expected)
    }
    pub fn owner_right(&self) -> f64 {
        Self::ratio(self.owner, self.matched)
    }
    pub fn group_right(&self) -> f64 {
        Self::ratio(self.group, self.matched)
    }
    pub fn due_right(&self) -> f64 {
        Self::ratio(self.due, self.matched)
    }

    /// "precision 0.925  recall 0.961  owner …": one line of figures.
    pub fn line(&self) -> String {
        format!(
            "{} records, {} expected items, {} read: precision {:.3}  recall {:.3}  owner {:.3}  group {:.3}  due {:.3}  meeting dates {}/{}",
            self.records,
            self.expected,
            self.read,
            self.precision(),
            self.recall(),
            self.owner_right(),
            self.group_right(),
            self.due_right(),
            self.dates,
            self.records
        )
    }
}
