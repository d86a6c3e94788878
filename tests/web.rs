#![cfg(target_arch = "wasm32")]
//! In-browser tests: the app mounts and renders the sample's items, and the
//! person's follow-ups go through the browser's local storage and back.

use followup::followup::{FollowUps, Status};
use followup::ui::{App, persist};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("window")
        .document()
        .expect("document")
}

fn storage() -> web_sys::Storage {
    web_sys::window()
        .expect("window")
        .local_storage()
        .expect("storage allowed")
        .expect("storage")
}

/// Lets effects (which run after the current task) happen.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .expect("timer");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("timer fires");
}

/// Mounts the app in a fresh element; it stays mounted (and its element is
/// removed) when the test ends.
fn mount_fresh() -> HtmlElement {
    let host: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    leptos::mount::mount_to(host.clone(), App).forget();
    host
}

fn items(host: &Element) -> Vec<Element> {
    let list = host
        .query_selector("ul[aria-label='Action items']")
        .expect("selector")
        .expect("the items list");
    let lis = list.query_selector_all(":scope > li").expect("selector");
    (0..lis.length())
        .filter_map(|i| lis.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

#[wasm_bindgen_test]
async fn app_mounts_with_the_sample_items() {
    storage().clear().expect("clear");
    let host = mount_fresh();
    let title = host
        .query_selector("h1")
        .expect("selector")
        .expect("h1")
        .text_content()
        .unwrap_or_default();
    assert_eq!(title, "IGF 2025 MAG Meeting XI");
    let items = items(&host);
    assert_eq!(items.len(), 18);
    // Every item carries a "Done" checkbox and a "Note" textbox.
    for item in &items {
        let label = item
            .query_selector("label")
            .expect("selector")
            .expect("label")
            .text_content();
        assert_eq!(label.as_deref(), Some("Done"));
        assert!(item.query_selector("textarea").expect("selector").is_some());
    }
    host.remove();
}

#[wasm_bindgen_test]
async fn ticking_done_is_saved_to_local_storage() {
    storage().clear().expect("clear");
    let host = mount_fresh();
    let first = items(&host).remove(0);
    let checkbox: HtmlInputElement = first
        .query_selector("input[type=checkbox]")
        .expect("selector")
        .expect("checkbox")
        .unchecked_into();
    checkbox.click();
    settle().await;
    let saved = storage()
        .get_item(persist::KEY)
        .expect("get")
        .expect("a saved value");
    let followups = FollowUps::from_json(&saved).expect("saved value reads back");
    let states: Vec<Status> = followups
        .records
        .values()
        .flat_map(|r| r.items.values().map(|s| s.status))
        .collect();
    assert_eq!(states, vec![Status::Done]);
    host.remove();
}

#[wasm_bindgen_test]
fn follow_ups_round_trip_through_local_storage() {
    storage().clear().expect("clear");
    let mut followups = FollowUps::default();
    followups.set_done("record", "item-a", true, 1);
    followups.set_note("record", "item-b", "Ask Anja about the survey", 2);
    persist::save(&followups.to_json()).expect("saved");
    let (loaded, notice) = persist::load();
    assert_eq!(notice, None);
    assert_eq!(loaded, followups);
}

#[wasm_bindgen_test]
fn a_corrupt_saved_value_is_kept_aside_not_lost() {
    storage().clear().expect("clear");
    storage()
        .set_item(persist::KEY, "{this is not json")
        .expect("set");
    let (loaded, notice) = persist::load();
    assert_eq!(loaded, FollowUps::default());
    assert!(notice.expect("a notice").text.contains("could not be read"));
    let store = storage();
    let backups: Vec<String> = (0..store.length().expect("length"))
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with("followup.v1.backup."))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        store.get_item(&backups[0]).expect("get").as_deref(),
        Some("{this is not json")
    );
}
