#![cfg(target_arch = "wasm32")]
//! Figures, not a test: how long saving and loading 10,000 follow-ups
//! takes in the browser: saving everything (serialise + `setItem` of the
//! person and every record), saving after one change (the record that
//! changed), and loading (`getItem` + parse of every value). Run by
//! `scripts/bench.sh` on a release build; it asserts nothing about time.

use followup::followup::{FollowUps, ItemState, Status};
use followup::ui::persist;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FOLLOW_UPS: usize = 10_000;
const RUNS: usize = 15;
const RECORDS: usize = 200;

/// 200 records of 50 items: realistic texts, a third with a note, some
/// starred, statuses mixed.
fn many() -> FollowUps {
    let mut f = FollowUps::default();
    for n in 0..FOLLOW_UPS {
        let per_record = FOLLOW_UPS / RECORDS;
        let record = f
            .records
            .entry(format!("{:016x}", n / per_record))
            .or_default();
        record.title = format!("Working group meeting {}", n / per_record);
        let state = ItemState {
            status: Status::ALL[n % 4],
            note: if n % 3 == 0 {
                format!("Asked the secretariat on the {n}th; waiting for the draft.")
            } else {
                String::new()
            },
            star: n % 7 == 0,
            changed: 1_761_140_000_000 + n as i64,
            text: format!(
                "MAG members are invited to review item {n} of the draft report and send comments to the co-facilitators."
            ),
        };
        record.items.insert(format!("{:016x}", n * 7919), state);
    }
    f
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

#[wasm_bindgen_test]
fn save_and_load_of_10000_follow_ups() {
    let store = persist::storage().expect("local storage");
    store.clear().expect("clear");
    let followups = many();
    let count: usize = followups.records.values().map(|r| r.items.len()).sum();
    assert_eq!(count, FOLLOW_UPS);
    let (mut saves, mut loads, mut one) = (Vec::new(), Vec::new(), Vec::new());
    let mut bytes = 0;
    let first = followups.records.keys().next().cloned().unwrap_or_default();
    for _ in 0..RUNS {
        store.clear().expect("clear");
        let t0 = now();
        let stored = persist::save_all(&store, &followups).expect("fits in storage");
        saves.push(now() - t0);
        bytes = stored.raw.values().map(String::len).sum();
        let t0 = now();
        let json = followups.record_json(&first).expect("a record");
        persist::write(&store, &persist::record_storage_key(&first), &json).expect("fits");
        one.push(now() - t0);
        let t0 = now();
        let loaded = persist::load_from(&store);
        loads.push(now() - t0);
        assert_eq!(loaded.followups, followups);
    }
    store.clear().expect("clear");
    console_log!(
        "save all {FOLLOW_UPS} follow-ups ({RECORDS} records, {:.1} MB of JSON): median {:.1} ms over {RUNS} runs",
        bytes as f64 / 1_048_576.0,
        median(saves)
    );
    console_log!(
        "load all {FOLLOW_UPS} follow-ups: median {:.1} ms over {RUNS} runs",
        median(loads)
    );
    console_log!(
        "save after one change (one record of {} items): median {:.2} ms",
        FOLLOW_UPS / RECORDS,
        median(one)
    );
}
