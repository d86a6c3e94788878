//! The built-in sample record gives exactly the reference reading.

use followup::reading::Reading;
use followup::record::{self, SAMPLE};
use serde_json::Value;

const EXPECTED: &str = include_str!("fixtures/igf-2025-mag-xi.expected.json");

#[test]
fn sample_reads_exactly_as_the_reference() {
    let expected: Value = serde_json::from_str(EXPECTED).expect("reference reading is JSON");
    let record = record::read_text(SAMPLE).expect("sample reads");
    let reading: Value = serde_json::to_value(Reading::from(&record)).expect("reading serialises");

    assert_eq!(
        reading["meeting"], expected["meeting"],
        "meeting of igf-2025-mag-xi"
    );
    assert_eq!(
        reading["participants_count"], expected["participants_count"],
        "participants of igf-2025-mag-xi"
    );

    let want = expected["action_items"].as_array().expect("items");
    let got = reading["action_items"].as_array().expect("items");
    let fields = ["line", "owner", "group", "due", "kind"];
    let project = |items: &Vec<Value>| -> Vec<Value> {
        items
            .iter()
            .map(|i| {
                fields
                    .iter()
                    .map(|f| (f.to_string(), i[*f].clone()))
                    .collect()
            })
            .collect()
    };
    let (want, got) = (project(want), project(got));
    for w in &want {
        assert!(
            got.contains(w),
            "igf-2025-mag-xi line {}: expected {w}, got {:?}",
            w["line"],
            got.iter().find(|g| g["line"] == w["line"])
        );
    }
    for g in &got {
        assert!(
            want.contains(g),
            "igf-2025-mag-xi line {}: unexpected item {g}",
            g["line"]
        );
    }
    assert_eq!(got.len(), want.len());
}
