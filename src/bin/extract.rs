//! `extract FILE`: prints the reading of a meeting record as JSON.

use std::process::ExitCode;

use followup::reading::Reading;
use followup::record;

const USAGE: &str = "usage: extract FILE\n\nPrints the meeting, action items, decisions, sections and participants\nof a meeting record (plain text, Markdown, a mail archive or an IRC log)\nas JSON. Records over 20 MB are refused.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = match args.as_slice() {
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [path] => path,
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
    let text = String::from_utf8_lossy(&bytes);
    match record::read_text(&text) {
        Ok(record) => {
            println!("{}", Reading::from(&record).to_json());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("extract: {path}: {e}");
            ExitCode::FAILURE
        }
    }
}
