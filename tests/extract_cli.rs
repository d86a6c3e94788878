//! The `extract` command as a person runs it: a record in, its reading as
//! JSON out; a file it cannot read, a message and a non-zero exit.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn run(path: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_extract"))
        .arg(path)
        .output()
        .expect("the extract binary runs")
}

fn fixture(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn reading(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

#[test]
fn the_sample_prints_its_meeting_and_items() {
    let json = reading(&run(&fixture("src/sample/igf-2025-mag-xi.txt")));
    assert_eq!(json["meeting"]["date"], "2025-10-22");
    assert_eq!(json["meeting"]["time_utc"], "14:00");
    assert_eq!(json["action_items"].as_array().map(Vec::len), Some(18));
    assert_eq!(json["participants_count"], 50);
}

#[test]
fn a_web_page_and_a_word_document_read_as_in_the_app() {
    let page = run(&fixture("tests/fixtures/inputs/saved-page.html"));
    let json = reading(&page);
    assert_eq!(json["meeting"]["date"], "2025-09-04");
    let items = json["action_items"].as_array().expect("items");
    assert!(
        items.iter().any(|i| i["owner"] == "Piotr Nowak"),
        "{items:#?}"
    );
    // Nothing of the page's scripts reaches the reading.
    assert!(!String::from_utf8_lossy(&page.stdout).contains("<script"));
    assert!(String::from_utf8_lossy(&page.stderr).contains("web page (HTML)"));

    let word = reading(&run(&fixture("tests/fixtures/inputs/board-minutes.docx")));
    assert_eq!(word["meeting"]["date"], "2024-03-12");
    assert!(!word["action_items"].as_array().expect("items").is_empty());
}

#[test]
fn unreadable_files_give_a_message_and_a_failing_exit() {
    for (file, says) in [
        ("tests/fixtures/inputs/image.png.txt", "is not text"),
        ("tests/fixtures/inputs/empty.txt", "is empty"),
        ("tests/fixtures/inputs/zip-bomb.docx", "refused"),
        ("tests/fixtures/inputs/no-such-file.txt", "cannot read"),
    ] {
        let out = run(&fixture(file));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{file} exited 0");
        assert!(out.stdout.is_empty(), "{file} printed a reading");
        assert!(stderr.contains(says), "{file}: {stderr}");
        assert!(!stderr.contains("panicked"), "{file}: {stderr}");
    }
}

#[test]
fn generated_w3c_minutes_read_from_their_web_page() {
    let json = reading(&run(&fixture(
        "tests/fixtures/inputs/w3c-scribe-minutes.html",
    )));
    // "– DRAFT –<br>Accessible Maps Community Group" is the title, unmarked.
    assert_eq!(json["meeting"]["title"], "Accessible Maps Community Group");
    assert_eq!(json["meeting"]["date"], "2025-10-22");
    let items: Vec<(String, String, String)> = json["action_items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            let field = |k: &str| i[k].as_str().unwrap_or("-").to_string();
            (field("owner"), field("group"), field("due"))
        })
        .collect();
    // The offer "I can test it … by Friday" and its ACTION line are one
    // item, due that Friday; the summary at the end repeats, adds nothing.
    assert_eq!(
        items,
        [
            (
                "Lucia Ferreira".into(),
                "Tile descriptions".into(),
                "2025-10-29".into()
            ),
            (
                "Tomoko Ito".into(),
                "Keyboard panning".into(),
                "2025-10-24".into()
            ),
        ]
    );
    assert_eq!(json["decisions"].as_array().map(Vec::len), Some(1));
    assert_eq!(json["participants_count"], 4);
}

#[test]
fn older_generated_w3c_minutes_join_the_action_and_the_trackers_echo() {
    let json = reading(&run(&fixture(
        "tests/fixtures/inputs/w3c-scribe-v1-minutes.html",
    )));
    assert_eq!(
        json["meeting"]["title"],
        "Web Fonts Working Group Teleconference"
    );
    assert_eq!(json["meeting"]["date"], "2016-09-27");
    let items = json["action_items"].as_array().expect("items");
    // "ACTION: Raph to …", trackbot's "[on Raph Levien - due 2016-10-04]"
    // and the summary's "[NEW] ACTION: …" are one action, in full name.
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(items[0]["owner"], "Raph Levien");
    assert_eq!(items[0]["due"], "2016-10-04");
    assert_eq!(items[0]["line"], 40);
    assert_eq!(json["decisions"].as_array().map(Vec::len), Some(1));
}

#[test]
fn a_reader_that_goes_away_ends_the_run_without_a_panic() {
    use std::process::Stdio;
    // A reading larger than a pipe holds (64 KB), so that writing it
    // meets the closed pipe whatever the timing.
    let mut record = String::from("Team call, 3 March 2026\n\nAttendees: Ana Lima\n\n");
    for n in 0..3000 {
        record.push_str(&format!("- Ana Lima will send report {n} to the list.\n"));
    }
    let path = std::env::temp_dir().join(format!("followup-pipe-{}.txt", std::process::id()));
    std::fs::write(&path, record).expect("a temporary record");
    let mut child = Command::new(env!("CARGO_BIN_EXE_extract"))
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the extract binary runs");
    // "extract … | head -c 0": the pipe closes before anything is read.
    child.stdout = None;
    let out = child.wait_with_output().expect("it ends");
    std::fs::remove_file(&path).ok();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "exit {:?}: {stderr}", out.status);
}
