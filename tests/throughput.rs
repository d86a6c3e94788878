//! Figures, not tests: parse + extract throughput on synthetic 1 MB and
//! 10 MB records, natively and in the browser, and whether time grows
//! linearly with size. Run with
//!
//! `cargo test --release --no-default-features --test throughput -- --ignored --nocapture`
//!
//! and in headless Chromium with
//!
//! `cargo test --release --target wasm32-unknown-unknown --test throughput`

use followup::record;

/// One agenda item's worth of minutes, about as dense in items as the
/// sample (one in every 500 bytes or so); `n` varies names, numbers and
/// dates so that no two sections are the same text.
fn section(n: usize) -> String {
    let day = n % 28 + 1;
    let group = ["PNAI", "PNIF", "BPF", "WG-WSP", "DCs", "NRIs"][n % 6];
    let person = ["Ana Lima", "Bo Chen", "Cy Díaz", "Dana Ono", "Eli Sá"][n % 5];
    format!(
        "{n}. Updates from the Working Group on Topic {n} ({group})\n\n\
         The group met on {day} October and reviewed {n} proposals from the community. The \
         results were discussed at length, including the timeline, the budget and the \
         outreach to regional initiatives, which several participants found too limited so far.\n\
         Participants noted that the survey had received {n} responses, most of them from \
         civil society and the technical community, and that the analysis was still ongoing.\n\n\
         - The IGF Secretariat will share the summary with MAG members as of next week.\n\
         - The draft report of the {group} is available on the website in six languages.\n\
         - The next call is scheduled on {day} December at 13:00 UTC and members are welcome to register.\n\
         - The MAG could consider a redesign of the programme, which may be taken up later.\n\
         → **{person} to send the minutes to the list before the next meeting.**\n\
         RESOLUTION: the report of group {n} is adopted.\n\n"
    )
}

/// A record of about `bytes` bytes: a header, sections, a participants annex.
fn synthetic(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 4096);
    text.push_str("IGF 2025 MAG Meeting XI\nAction items & next steps\n\n22 October 2025 | 14:00 UTC | Online\n\n");
    let mut n = 1;
    while text.len() < bytes.saturating_sub(2048) {
        text.push_str(&section(n));
        n += 1;
    }
    text.push_str("Annex 2: List of Participants\n\nMAG Members\t\n");
    while text.len() < bytes {
        text.push_str(&format!("Family{n}\tGiven{n}\n"));
        n += 1;
    }
    text
}

/// Reads the record `runs` times; the best time in seconds, and the items.
fn best_of(text: &str, runs: usize, now: &dyn Fn() -> f64) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut items = 0;
    for _ in 0..runs {
        let start = now();
        let record = record::read_text(text).expect("the synthetic record reads");
        let took = now() - start;
        items = record.items.len();
        best = best.min(took);
    }
    (best, items)
}

/// The figures, as lines of text.
fn figures(now: &dyn Fn() -> f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut times = Vec::new();
    for (label, size, runs) in [("1 MB", 1 << 20, 5), ("10 MB", 10 << 20, 2)] {
        let text = synthetic(size);
        let (secs, items) = best_of(&text, runs, now);
        let mb = text.len() as f64 / 1_048_576.0;
        lines.push(format!(
            "{label}: {:.1} MB in {:.1} ms, {:.1} MB/s, {items} items",
            mb,
            secs * 1000.0,
            mb / secs
        ));
        times.push((mb, secs));
    }
    let (small, large) = (times[0], times[1]);
    lines.push(format!(
        "10 MB / 1 MB: size ×{:.1}, time ×{:.1}",
        large.0 / small.0,
        large.1 / small.1
    ));
    // Where the time goes: reading text that holds no item, against
    // reading a list of nothing but items.
    for (label, part) in [
        ("prose only", prose as fn(usize) -> String),
        ("items only", entries),
    ] {
        let text = repeated(1 << 20, part);
        let (secs, items) = best_of(&text, 3, now);
        lines.push(format!(
            "1 MB of {label}: {:.1} MB/s, {items} items",
            text.len() as f64 / 1_048_576.0 / secs
        ));
    }
    lines
}

/// Discussion that asks nothing of anyone.
fn prose(n: usize) -> String {
    format!(
        "{n}. Updates from the Working Group on Topic {n} (PNAI)\n\n\
         The group met on 3 October and reviewed {n} proposals from the community. The results \
         were discussed at length, including the timeline, the budget and the outreach to \
         regional initiatives, which several participants found too limited so far.\n\n"
    )
}

/// A next-steps list: every line an item with an owner, most with a date,
/// each about things of its own ("vusa", "kelo"): items about the same
/// things would be one task said twice, and merged.
fn entries(n: usize) -> String {
    let (a, b, c) = (word(3 * n), word(3 * n + 1), word(3 * n + 2));
    format!(
        "- The IGF Secretariat will share the {a} with MAG members as of next week.\n\
         - Ana Lima will send the {b} to the list before the next meeting.\n\
         - Bo Chen will draft the {c} by 3 December.\n\n"
    )
}

/// A made-up word for a number: syllables, so that it stems as a word.
fn word(mut n: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze", "bo", "du", "fi", "ga", "he",
        "jo",
    ];
    let mut out = String::new();
    loop {
        out.push_str(SYLLABLES[n % 16]);
        n /= 16;
        if n == 0 {
            break;
        }
    }
    out.push('x');
    out
}

fn repeated(bytes: usize, part: fn(usize) -> String) -> String {
    let mut text = String::from("IGF 2025 MAG Meeting XI\n\n22 October 2025 | 14:00 UTC\n\n");
    let mut n = 1;
    while text.len() < bytes {
        text.push_str(&part(n));
        n += 1;
    }
    text
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
#[ignore = "a benchmark: prints figures"]
fn throughput_native() {
    let origin = std::time::Instant::now();
    let now = move || origin.elapsed().as_secs_f64();
    for line in figures(&now) {
        println!("native {line}");
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn records_over_the_cap_are_refused() {
    let text = "a".repeat(record::MAX_RECORD_BYTES + 1);
    let error = record::read_text(&text).expect_err("too large");
    assert!(error.to_string().contains("MB"), "{error}");
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn throughput_wasm() {
        let now = || js_sys::Date::now() / 1000.0;
        for line in super::figures(&now) {
            console_log!("wasm {line}");
        }
    }
}
