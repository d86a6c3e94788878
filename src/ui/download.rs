//! Hands a text to the person as a file: a Blob, an object URL and a
//! click on a temporary link (no server is involved).

use wasm_bindgen::JsCast;

/// Starts the download of `text` as `file_name`; the error is worded for
/// the person.
pub fn download(file_name: &str, text: &str) -> Result<(), String> {
    let fail = |_| "The browser would not create the file.".to_string();
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = leptos::prelude::document();
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or("The page has no body.")?;
    body.append_child(&link).map_err(fail)?;
    link.click();
    link.remove();
    // The click has handed the Blob to the browser's download; revoking
    // later keeps browsers that read it lazily happy.
    let _ = leptos::prelude::set_timeout_with_handle(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}
