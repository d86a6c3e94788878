//! Properties of reading any text: it never panics, whatever the bytes,
//! and line endings (LF, CRLF, CR) or a byte-order mark never change the
//! reading.

#![cfg(not(target_arch = "wasm32"))]

use followup::reading::Reading;
use followup::record;
use proptest::prelude::*;

/// Pieces real records are made of, and the characters that trip parsers
/// (multi-byte letters, lone markup, colons, brackets, dashes).
const PIECES: [&str; 57] = [
    "ACTION: ana to send the draft - due 2018-03-27",
    "From: Hanne =?utf-8?q?S=C3=B8rli?= <hanne () sorli ! no>",
    "1. Treasurer's report",
    "  TODO Edwin: send the reminders by Friday.",
    "No.  Action                   Owner        Due",
    "1    Feasibility note é       E. Marx      20.11.2025",
    "     (wrapped  cell)   more    text",
    "Task    Who",
    "E. Marx reported that the bank served 1,240 households.",
    "National, Regional and Youth IGF initiatives",
    "RESOLUTION: adopt it",
    "14:02:10 <jroy> aurelien: I'll write tests by next Tuesday",
    "[15:05] <gmann> #action slaweq to look",
    "s/tests/test cases/",
    "<trackbot> Created ACTION-52 - Write [on Aurélien Gautier - due 2018-03-27].",
    "→ **MAG members are invited to review the brief.**",
    "- The IGF Secretariat will share the results as of next week.",
    "* [ ] @rshankar: update GOVERNANCE.md (#5012)",
    "1. Updates from the Secretariat",
    "II. Preparations",
    "A. Opening",
    "2.1 Budget 2025",
    "## 4. AOB",
    "Working Group on Workshop Process (WG-WSP)",
    "| # | Action | Owner | Due |",
    "|---|---|---|---|",
    "| 1 | Send it | Treasurer | 05.11.2025 |",
    "Aguerre\tCarolina",
    "MAG Members\t",
    "Present: Ana Lima, Bo Chen (BC), Cy Díaz @cyd",
    "Date: 22.10.2025",
    "22 October 2025 | 14:00 UTC | Online",
    "Geneva, 9–11 April 2019",
    "Meeting summary for Sync (10/22/2025)",
    "Subject: Re: [list] Minutes, Aug 8, 2018",
    "> quoted line",
    "--",
    "=====",
    "-----",
    "**Ken Ito**",
    "**Landing page** (00:11 - 00:19)",
    "Kenji: Sure, I can do that by Friday.",
    "He will draft the rules.",
    "Ms. Lind offered to coordinate.",
    "It was noted that the host country would share it in due course.",
    "Évaluateurs: ünïcödé ß ﬁ İ ǅ 🎉 \u{202e} \u{200b} \u{0301}x",
    "()[]{}<>**__``:;,.!?",
    "(",
    ")",
    ":",
    "**",
    "[",
    "](",
    "@",
    "#",
    "  indented continuation with (kgarcia, 16:06:12)",
    "",
];

fn record_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(&PIECES[..]).prop_map(str::to_string),
            1 => any::<String>(),
            1 => prop::collection::vec(any::<char>(), 0..40)
                .prop_map(|c| c.into_iter().collect::<String>()),
        ],
        0..40,
    )
    .prop_map(|lines| lines.join("\n"))
}

fn reading(text: &str) -> Option<String> {
    record::read_text(text)
        .ok()
        .map(|r| Reading::from(&r).to_json())
}

proptest! {
    // 256 cases by default; PROPTEST_CASES=20000 for a longer search.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = record::read_text(&text);
    }

    #[test]
    fn record_like_text_never_panics(text in record_like()) {
        let _ = record::read_text(&text);
    }

    #[test]
    fn line_endings_and_bom_do_not_change_the_reading(text in record_like()) {
        let lf = text.replace("\r\n", "\n").replace('\r', "\n");
        let crlf = lf.replace('\n', "\r\n");
        let cr = lf.replace('\n', "\r");
        let bom = format!("\u{feff}{lf}");
        let expected = reading(&lf);
        prop_assert_eq!(&reading(&crlf), &expected, "CRLF");
        prop_assert_eq!(&reading(&cr), &expected, "CR");
        prop_assert_eq!(&reading(&bom), &expected, "BOM");
    }
}

#[test]
fn the_sample_reads_the_same_whatever_the_line_endings() {
    let lf = record::SAMPLE.replace("\r\n", "\n");
    let crlf = lf.replace('\n', "\r\n");
    assert_eq!(reading(&crlf), reading(&lf));
    assert_eq!(reading(&format!("\u{feff}{crlf}")), reading(&lf));
}
