#![cfg(target_arch = "wasm32")]
//! Figures, not a test: how long saving and loading 10,000 follow-ups
//! takes in the browser (serialise + `localStorage.setItem`, and
//! `getItem` + parse + migrate check). Run by `scripts/bench.sh` on a
//! release build; it asserts nothing about time.

use followup::followup::{FollowUps, ItemState, Status};
use followup::ui::persist;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FOLLOW_UPS: usize = 10_000;
const RUNS: usize = 15;

/// 200 records of 50 items: realistic texts, a third with a note, some
/// starred, statuses mixed.
fn many() -> FollowUps {
    let mut f = FollowUps::default();
    for n in 0..FOLLOW_UPS {
        let record = f.records.entry(format!("{:016x}", n / 50)).or_default();
        record.title = format!("Working group meeting {}", n / 50);
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
    let (mut saves, mut loads) = (Vec::new(), Vec::new());
    let (mut serialise, mut parse) = (Vec::new(), Vec::new());
    let mut bytes = 0;
    for _ in 0..RUNS {
        let t0 = now();
        let json = followups.to_json();
        let t1 = now();
        persist::write(&store, persist::KEY, &json).expect("fits in storage");
        saves.push(now() - t0);
        serialise.push(t1 - t0);
        bytes = json.len();
        let t0 = now();
        let loaded = persist::load_from(&store);
        loads.push(now() - t0);
        assert_eq!(loaded.followups.records.len(), FOLLOW_UPS / 50);
        let t0 = now();
        let _ = FollowUps::from_json(&json);
        parse.push(now() - t0);
    }
    store.clear().expect("clear");
    console_log!(
        "save {FOLLOW_UPS} follow-ups ({:.1} MB of JSON): median {:.1} ms over {RUNS} runs",
        bytes as f64 / 1_048_576.0,
        median(saves)
    );
    console_log!(
        "load {FOLLOW_UPS} follow-ups: median {:.1} ms over {RUNS} runs",
        median(loads)
    );
    console_log!(
        "  of which JSON: serialise median {:.1} ms, parse median {:.1} ms",
        median(serialise),
        median(parse)
    );
}
