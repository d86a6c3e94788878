//! Every way a record comes in — Word, web pages, pasted rich text, other
//! encodings — reads into the same text; every bad input gets its own message.

use std::path::Path;
use std::time::Instant;

use followup::input::{self, Format, InputError};
use followup::record;

fn fixture(name: &str) -> (String, Vec<u8>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/inputs")
        .join(name);
    (
        name.to_string(),
        std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {name}: {e}")),
    )
}

fn read(name: &str) -> input::Input {
    let (name, bytes) = fixture(name);
    input::from_file(&name, &bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn refused(name: &str) -> String {
    let (name, bytes) = fixture(name);
    match input::from_file(&name, &bytes) {
        Ok(input) => panic!("{name} was read, but should be refused:\n{}", input.text),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_word_document_reads_into_headings_lists_links_and_rows() {
    let input = read("board-minutes.docx");
    assert_eq!(input.format, Format::Docx);
    assert_eq!(
        input.text,
        "# Riverside Library Trust — Board meeting\n\n\
         Minutes of 12 March 2024, 18:30 CET, Community Room\n\n\
         # 1. Budget 2024\n\n\
         The treasurer presented the [draft budget](https://example.org/budget-2024.pdf) and the board discussed the reading-room repairs.\n\n\
         - **The treasurer will** send the revised budget to all trustees by 22 March.\n\n\
         # 2. Volunteers\n\n\
         - Trustees are invited to recruit two volunteers for the summer reading programme.\n  \
         - The chair could ask the council for more funding (proposal).\n\n\
         # Action items\n\n\
         | Action | Owner | Due |\n\
         | Book the hall for the AGM | Secretary | 5 April 2024 |\n\
         | Update the website | Webmaster | next month |\n"
    );
    let record = record::read_text(&input.text).expect("reads");
    assert_eq!(
        record.meeting.title,
        "Riverside Library Trust — Board meeting"
    );
    assert_eq!(
        record.meeting.date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-12")
    );
    let trustees = record
        .items
        .iter()
        .find(|i| i.text.contains("recruit two volunteers"))
        .expect("the trustees' item");
    assert_eq!(trustees.owner.as_deref(), Some("Trustees"));
    assert_eq!(trustees.group.as_deref(), Some("Volunteers"));
    assert!(
        record.items.iter().all(|i| !i.text.contains("could ask")),
        "a hedge is not an item"
    );
}

#[test]
fn a_word_document_without_styles_still_has_headings() {
    assert_eq!(
        read("no-styles.docx").text,
        "# Short note\n\nThe clerk will file the report.\n"
    );
}

#[test]
fn a_saved_web_page_gives_its_text_and_nothing_it_would_run_or_fetch() {
    let input = read("saved-page.html");
    assert_eq!(input.format, Format::Html);
    for hostile in [
        "alert",
        "script",
        "onload",
        "onclick",
        "tracker.example",
        "ads.example",
        "javascript:",
        "data:",
        "Home",
    ] {
        assert!(
            !input.text.contains(hostile),
            "saved-page.html kept {hostile:?}:\n{}",
            input.text
        );
    }
    assert!(
        input
            .text
            .starts_with("# Open Data Working Group — 4 September 2025\n")
    );
    assert!(input.text.contains("- **Piotr** will publish the cleaned dataset on the [portal](https://data.example.org/portal) by 15 September."));
    let record = record::read_text(&input.text).expect("reads");
    assert_eq!(
        record.meeting.date.map(|d| d.to_string()).as_deref(),
        Some("2025-09-04")
    );
    assert!(
        record
            .items
            .iter()
            .any(|i| i.text.contains("publish the cleaned dataset"))
    );
}

#[test]
fn rich_text_pasted_from_word_keeps_its_list() {
    let (_, bytes) = fixture("word-clipboard.html");
    let html = String::from_utf8(bytes).expect("utf-8");
    let input = input::from_paste(Some(&html), "plain fallback").expect("reads");
    assert_eq!(
        input.text,
        "# Staff council — 3 June 2025\n\nNext steps agreed at the meeting:\n\n\
         - **HR** to circulate the revised leave policy by Friday.\n\
         - Team leads are asked to collect feedback from their teams.\n"
    );
}

#[test]
fn other_encodings_read_the_same_and_say_so() {
    let utf16 = read("utf16.txt");
    let cp1252 = read("windows-1252.txt");
    assert_eq!(utf16.text, cp1252.text);
    assert!(utf16.text.contains("Comité de coordination – 7 May 2025"));
    assert!(utf16.notes[0].contains("UTF-16"));
    assert!(cp1252.notes[0].contains("Windows-1252"));
}

#[test]
fn every_bad_file_gets_its_own_message() {
    assert!(refused("empty.txt").contains("is empty"));
    assert!(refused("image.png.txt").contains("is not text"));
    assert!(refused("not-a-zip.docx").contains("it is not a zip archive"));
    assert!(refused("zip-without-document.docx").contains("without a Word document"));
    let bomb = refused("zip-bomb.docx");
    assert!(
        bomb.contains("was refused and not opened") && bomb.contains("zip bomb"),
        "{bomb}"
    );
}

#[test]
fn a_file_over_the_cap_is_refused_before_it_is_read() {
    let big = vec![b'a'; 50 * 1024 * 1024];
    let started = Instant::now();
    let error = input::from_file("huge.txt", &big).unwrap_err();
    assert!(matches!(error, InputError::TooLarge { .. }));
    assert!(error.to_string().contains("50.0 MB"), "{error}");
    // Refusing must not depend on the content: it is immediate.
    assert!(started.elapsed().as_secs() < 1);
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use followup::input;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn no_bytes_make_a_reader_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048), docx in any::<bool>()) {
            let name = if docx { "x.docx" } else { "x.html" };
            let _ = input::from_file(name, &bytes);
            let mut zipped = b"PK\x03\x04".to_vec();
            zipped.extend(&bytes);
            let _ = input::from_file("y.docx", &zipped);
        }

        #[test]
        fn no_markup_makes_the_html_reader_panic(html in "(<[a-z/!?]{0,3}[^>]{0,12}>?|&[a-z#0-9]{0,6};?|[^<&]{0,20}){0,40}") {
            let _ = input::html::to_text(&html);
        }
    }
}
