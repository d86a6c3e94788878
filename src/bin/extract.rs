//! `extract FILE`: prints the reading of a meeting record as JSON.

use std::process::ExitCode;

use followup::input::{self, Format};
use followup::reading::Reading;
use followup::record;

const USAGE: &str = "usage: extract [--text] FILE\n\nPrints the meeting, action items, decisions, sections and participants\nof a meeting record (plain text, Markdown, a mail archive, an IRC log, a\nweb page or a Word .docx document) as JSON. Records over 20 MB are refused.\n\n--text prints the text the file was read into instead: the lines the\nreading's line numbers count.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `--text` prints the text a web page or Word document was read into:
    // the text whose lines the reading's line numbers count.
    let (as_text, path) = match args.as_slice() {
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [path] => (false, path),
        [flag, path] if flag == "--text" => (true, path),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("extract: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    // The app's own reader: a Word document, a saved web page or a file in
    // another encoding reads here exactly as it does in the browser.
    let name = std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.clone(), |n| n.to_string_lossy().into_owned());
    let read = match input::from_file(&name, &bytes) {
        Ok(read) => read,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::FAILURE;
        }
    };
    if read.format != Format::Text && read.format != Format::Markdown {
        eprintln!(
            "extract: {path} was read as a {}; lines count in the text it was read into.",
            read.format.label()
        );
    }
    for note in &read.notes {
        eprintln!("extract: {note}");
    }
    if as_text {
        return emit(&read.text);
    }
    match record::read_text(&read.text) {
        Ok(record) => emit(&format!("{}\n", Reading::from(&record).to_json())),
        Err(e) => {
            eprintln!("extract: {path}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes the output; a reader that went away ("extract … | head") ends
/// the run with a message, not a panic.
fn emit(text: &str) -> ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: cannot write the reading: {e}");
            ExitCode::FAILURE
        }
    }
}
