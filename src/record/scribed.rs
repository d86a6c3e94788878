//! What minutes generated from a chat keep of it: the `<nick>` a line was
//! typed by, `[NEW]` / `[DONE]` before actions, `[recorded in …]` after
//! them, `[1]` link references, and the tracker's echo of an action.

use super::irc;

/// A line of generated minutes, cleaned: its text and who typed it.
pub struct Cleaned {
    pub text: String,
    /// The nick that typed the line, unless it is the scribe's own.
    pub nick: Option<String>,
}

/// Cleans one block's source.
pub fn clean(source: &str) -> Cleaned {
    let mut text = source.trim();
    let mut nick = None;
    if let Some(rest) = text.strip_prefix('<')
        && let Some(close) = rest.find('>')
        && close > 0
        && close <= 32
        && !rest[..close].contains(char::is_whitespace)
    {
        let who = &rest[..close];
        if !who.eq_ignore_ascii_case("scribe") {
            nick = Some(who.to_string());
        }
        text = rest[close + 1..].trim_start();
    }
    let mut out = String::with_capacity(text.len());
    // "[NEW] ACTION: …" is an action still to do; "[DONE]" one that is not.
    // Markdown exports bold it: "**[NEW] ACTION:** gunnar to …".
    let (bold, plain) = text
        .strip_prefix("**")
        .map_or(("", text), |rest| ("**", rest));
    for (status, replacement) in [
        ("[NEW] ", ""),
        ("[PENDING] ", ""),
        ("[CONTINUES] ", ""),
        ("[DONE] ", "Done: "),
    ] {
        if let Some(rest) = plain.strip_prefix(status) {
            out.push_str(replacement);
            out.push_str(bold);
            text = rest;
            break;
        }
    }
    // "RESOLVED, that the budget is approved": a resolution in the form
    // boards write it.
    for resolved in ["RESOLVED, ", "Resolved, "] {
        if let Some(rest) = text.strip_prefix(resolved) {
            out.push_str("RESOLVED: ");
            text = rest;
        }
    }
    // A MeetBot summary keeps the commands: "#action ana to …" is an
    // action, "#agreed …" a decision, "#idea"/"#help" notes, "#topic X" X.
    for (command, marker) in [
        ("#action ", "ACTION: "),
        ("#agreed ", "AGREED: "),
        ("#idea ", "IDEA: "),
        ("#help ", "HELP: "),
        ("#info ", ""),
        ("#link ", ""),
        ("#topic ", ""),
        ("#startmeeting ", ""),
    ] {
        if let Some(rest) = text
            .get(..command.len())
            .filter(|head| head.eq_ignore_ascii_case(command))
            .map(|_| &text[command.len()..])
        {
            out.push_str(marker);
            text = rest.trim_start();
            break;
        }
    }
    out.push_str(text);
    let mut text = drop_references(&out);
    if let Some(echo) = irc::tracker_echo(&text.replace('\n', " ")) {
        text = echo;
    }
    Cleaned { text, nick }
}

/// Drops "[recorded in …]" and numeric link references "[7]".
fn drop_references(text: &str) -> String {
    if !text.contains('[') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        // References are short: looking no further keeps this linear.
        let close = after
            .char_indices()
            .take(300)
            .find(|&(_, c)| c == ']')
            .map(|(k, _)| k);
        let inner = close.map(|c| &after[..c]);
        let reference = inner.is_some_and(|i| {
            (!i.is_empty() && i.len() <= 3 && i.bytes().all(|b| b.is_ascii_digit()))
                || i.starts_with("recorded in")
        });
        match (reference, close) {
            (true, Some(c)) => {
                out.push_str(&rest[..open]);
                rest = &after[c + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chat_artifacts_are_dropped() {
        let c =
            clean("<scribe> ACTION: kenta to send it [recorded in\nhttp://x.org/m.html#action02]");
        assert_eq!(c.text, "ACTION: kenta to send it");
        assert_eq!(c.nick, None);
        let bold = clean("**[NEW] ACTION:** gunnar to draft the agenda");
        assert_eq!(bold.text, "**ACTION:** gunnar to draft the agenda");
        let c = clean("[NEW] ACTION: soumya to add the cases");
        assert_eq!(c.text, "ACTION: soumya to add the cases");
        assert_eq!(
            clean("[DONE] ACTION: ana to go").text,
            "Done: ACTION: ana to go"
        );
        assert_eq!(clean("1. [7]minutes approved").text, "1. minutes approved");
        let c = clean(
            "<trackbot> Created ACTION-79 - Add the cases\nto the model [on Soumya Datta - due 2016-09-30].",
        );
        assert_eq!(
            c.text,
            "ACTION: Soumya Datta to add the cases to the model - due 2016-09-30"
        );
        assert_eq!(clean("<kaz> we agree").nick.as_deref(), Some("kaz"));
    }
}
