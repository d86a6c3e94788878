//! Embedding the app as a widget in another site's page: which sites may
//! host it, and the snippet a site pastes to do so.

use crate::link::{self, View};

/// Sites that may embed the widget and exchange messages with it.
const EMBED_HOSTS: [&str; 2] = ["https://www.intgovforum.org", "https://intgovforum.org"];

/// Whether `origin` may host the widget: the IGF website, or a local
/// address (a developer's own machine, and the test suite's host page).
pub fn is_allowed_host(origin: &str) -> bool {
    let local = ["http://localhost", "http://127.0.0.1", "http://[::1]"]
        .iter()
        .any(|base| {
            origin == *base
                || origin
                    .strip_prefix(base)
                    .and_then(|rest| rest.strip_prefix(':'))
                    .is_some_and(is_port)
        });
    local || EMBED_HOSTS.contains(&origin)
}

fn is_port(text: &str) -> bool {
    !text.is_empty() && text.len() <= 5 && text.bytes().all(|b| b.is_ascii_digit())
}

/// Escapes text for an HTML attribute value in double quotes.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The HTML a host site pastes: the widget's iframe showing `view`, and a
/// few lines that size the iframe to its content when the widget says so.
/// `app` is the app's address (origin and path), `host` the host's origin.
pub fn snippet(app: &str, app_origin: &str, view: &View, host: &str, title: &str) -> String {
    let mut view = view.clone();
    view.embed = true;
    view.host = Some(host.to_string());
    view.item = None;
    let src = format!("{app}{}", link::to_query(&view));
    format!(
        r#"<iframe src="{src}" title="{title}" style="width:100%;height:640px;border:0" loading="lazy"></iframe>
<script>
  // Follow-up widget: take its height from messages it sends (from {origin_js} only).
  window.addEventListener("message", function (event) {{
    if (event.origin !== "{origin_js}" || !event.data || event.data.type !== "followup:height") return;
    var height = Number(event.data.height);
    if (!(height > 0 && height < 100000)) return;
    document.querySelectorAll("iframe").forEach(function (frame) {{
      if (frame.contentWindow === event.source) frame.style.height = height + "px";
    }});
  }});
</script>"#,
        src = attribute(&src),
        title = attribute(title),
        origin_js = app_origin.replace(['"', '\\', '<', '>'], ""),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;

    #[test]
    fn only_known_sites_may_host_the_widget() {
        assert!(is_allowed_host("https://www.intgovforum.org"));
        assert!(is_allowed_host("http://localhost:4174"));
        assert!(is_allowed_host("http://127.0.0.1:8080"));
        assert!(!is_allowed_host("https://www.intgovforum.org.evil.example"));
        assert!(!is_allowed_host("http://localhost.evil.example"));
        assert!(!is_allowed_host("http://127.0.0.1:80a"));
    }

    #[test]
    fn the_snippet_embeds_the_view_for_the_host() {
        let view = View {
            filter: Filter {
                group: Some("PNAI".into()),
                ..Filter::default()
            },
            ..View::default()
        };
        let html = snippet(
            "https://followup.example/app/",
            "https://followup.example",
            &view,
            "https://www.intgovforum.org",
            "Action items: \"PNAI\"",
        );
        assert!(html.contains(
            r#"src="https://followup.example/app/?embed=1&amp;host=https%3A%2F%2Fwww.intgovforum.org&amp;group=PNAI""#
        ));
        assert!(html.contains(r#"title="Action items: &quot;PNAI&quot;""#));
        assert!(html.contains(r#"event.origin !== "https://followup.example""#));
    }
}
