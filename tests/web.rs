#![cfg(target_arch = "wasm32")]
//! In-browser tests: the app mounts and renders the sample's items, and the
//! person's follow-ups go through the browser's local storage and back,
//! whatever the storage does (unreadable values, a full or blocked store).

use followup::followup::{FollowUps, Status};
use followup::record::{self, SAMPLE};
use followup::ui::persist::{self, StorageProblem};
use followup::ui::{App, autosave};
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
    sleep(20).await;
}

/// Past the save debounce.
async fn after_save() {
    sleep(autosave::DEBOUNCE.as_millis() as i32 + 100).await;
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
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
    assert!(keys().is_empty(), "not on every change");
    after_save().await;
    let followups = persist::load().followups;
    let states: Vec<Status> = followups
        .records
        .values()
        .flat_map(|r| r.items.values().map(|s| s.status))
        .collect();
    assert_eq!(states, vec![Status::Done]);
    assert_eq!(
        keys().len(),
        1,
        "one record written, nothing for the person"
    );
    host.remove();
}

fn sample_followups() -> FollowUps {
    let record = record::read_text(SAMPLE).expect("sample");
    let key = followup::followup::record_key(&record.meeting);
    let mut followups = FollowUps::default();
    followups.set_done(&key, &record.items[0], true, 1);
    followups.set_note(&key, &record.items[1], "Ask Anja about the survey", 2);
    followups.set_star(&key, &record.items[2], true, 3);
    followups
}

fn keys() -> Vec<String> {
    let store = storage();
    (0..store.length().expect("length"))
        .filter_map(|i| store.key(i).ok().flatten())
        .collect()
}

#[wasm_bindgen_test]
fn follow_ups_round_trip_through_local_storage() {
    storage().clear().expect("clear");
    let followups = sample_followups();
    persist::save_all(&storage(), &followups).expect("saved");
    assert_eq!(keys().len(), 2, "the person, and one record");
    let loaded = persist::load();
    assert_eq!(loaded.notice, None);
    assert!(loaded.may_save);
    assert_eq!(loaded.followups, followups);
}

#[wasm_bindgen_test]
fn a_version_1_value_is_migrated_and_left_in_place() {
    storage().clear().expect("clear");
    let v1 = include_str!("fixtures/followups-v1.json");
    storage().set_item(persist::LEGACY_KEY, v1).expect("set");
    let loaded = persist::load();
    assert_eq!(loaded.notice, None);
    assert_eq!(loaded.followups.len(), 4);
    assert!(
        loaded.stored.raw.is_empty(),
        "the new keys are written on the first save"
    );
    assert_eq!(
        storage()
            .get_item(persist::LEGACY_KEY)
            .expect("get")
            .as_deref(),
        Some(v1)
    );
}

#[wasm_bindgen_test]
fn a_corrupt_saved_value_is_kept_aside_not_lost() {
    storage().clear().expect("clear");
    storage()
        .set_item(persist::KEY, "{this is not json")
        .expect("set");
    let loaded = persist::load();
    assert_eq!(loaded.followups, FollowUps::default());
    assert!(loaded.may_save, "kept aside, so it may be saved over");
    let notice = loaded.notice.expect("a notice");
    assert!(notice.text.contains("could not be read"), "{}", notice.text);
    let download = notice.download.expect("offers the value");
    assert_eq!(download.text, "{this is not json");
    let backups = persist::backups(&storage());
    assert_eq!(backups.len(), 1);
    assert_eq!(
        storage().get_item(&backups[0]).expect("get").as_deref(),
        Some("{this is not json")
    );
    // Kept aside, its old place is cleared: the next load is clean.
    assert_eq!(storage().get_item(persist::KEY).expect("get"), None);
    assert_eq!(persist::load().notice, None);
}

#[wasm_bindgen_test]
fn one_unreadable_record_costs_that_record_only() {
    storage().clear().expect("clear");
    let mut followups = sample_followups();
    followups.set_done(
        "other-record",
        &record::read_text(SAMPLE).expect("sample").items[4],
        true,
        4,
    );
    persist::save_all(&storage(), &followups).expect("saved");
    let broken = persist::record_storage_key("other-record");
    storage()
        .set_item(&broken, r#"{"app":"followup","schema":2,"items":"#)
        .expect("set");
    let loaded = persist::load();
    assert_eq!(
        loaded.followups.len(),
        3,
        "the sample record's three states"
    );
    assert!(!loaded.followups.records.contains_key("other-record"));
    assert!(loaded.may_save);
    assert!(
        loaded
            .notice
            .expect("a notice")
            .text
            .contains("could not be read")
    );
    assert_eq!(persist::backups(&storage()).len(), 1);
}

#[wasm_bindgen_test]
fn a_newer_schema_is_kept_and_never_saved_over() {
    storage().clear().expect("clear");
    let newer = r#"{"app":"followup","schema":3,"records":{}}"#;
    storage().set_item(persist::KEY, newer).expect("set");
    let loaded = persist::load();
    assert!(!loaded.may_save);
    let text = loaded.notice.expect("a notice").text;
    assert!(text.contains("newer version"), "{text}");
    assert!(text.contains("not saved"), "{text}");
    assert_eq!(persist::backups(&storage()).len(), 1);
    assert_eq!(
        storage().get_item(persist::KEY).expect("get").as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
async fn the_app_never_saves_over_a_newer_value() {
    storage().clear().expect("clear");
    let newer = r#"{"app":"followup","schema":3,"records":{}}"#;
    storage().set_item(persist::KEY, newer).expect("set");
    let host = mount_fresh();
    let checkbox: HtmlInputElement = items(&host)[0]
        .query_selector("input[type=checkbox]")
        .expect("selector")
        .expect("checkbox")
        .unchecked_into();
    checkbox.click();
    after_save().await;
    assert_eq!(
        storage().get_item(persist::KEY).expect("get").as_deref(),
        Some(newer)
    );
    assert!(
        host.text_content()
            .unwrap_or_default()
            .contains("newer version")
    );
    host.remove();
}

/// A stand-in for `localStorage` whose writes throw `name`, as a full
/// (or blocked) store does.
fn throwing_store(name: &str) -> web_sys::Storage {
    let make = js_sys::Function::new_with_args(
        "name",
        "return { getItem() { return null; }, setItem() { throw new DOMException('no room', name); } };",
    );
    make.call1(&wasm_bindgen::JsValue::NULL, &name.into())
        .expect("fake store")
        .unchecked_into()
}

#[wasm_bindgen_test]
fn storage_errors_are_told_apart_by_name() {
    let write = |name: &str| persist::write(&throwing_store(name), persist::KEY, "{}");
    assert_eq!(write("QuotaExceededError"), Err(StorageProblem::Full));
    assert_eq!(
        write("NS_ERROR_DOM_QUOTA_REACHED"),
        Err(StorageProblem::Full)
    );
    assert_eq!(write("SecurityError"), Err(StorageProblem::Unavailable));
    assert_eq!(
        write("InvalidStateError"),
        Err(StorageProblem::Failed("InvalidStateError".into()))
    );
    let notice = StorageProblem::Full.notice(None);
    assert!(notice.text.contains("full"), "{}", notice.text);
}

#[wasm_bindgen_test]
fn a_full_store_keeps_the_previous_value() {
    storage().clear().expect("clear");
    let record = record::read_text(SAMPLE).expect("sample");
    let key = followup::followup::record_key(&record.meeting);
    let part = persist::record_storage_key(&key);
    let before = sample_followups().record_json(&key).expect("a record");
    storage().set_item(&part, &before).expect("set");
    // Fill the rest of the store with junk until the browser refuses.
    let chunk = "x".repeat(512 * 1024);
    let mut n = 0;
    while storage().set_item(&format!("junk.{n}"), &chunk).is_ok() {
        n += 1;
        assert!(n < 200, "the store never filled up");
    }
    let mut bigger = sample_followups();
    bigger.set_note(&key, &record.items[5], &chunk, 9);
    let json = bigger.record_json(&key).expect("a record");
    let result = persist::write(&storage(), &part, &json);
    assert_eq!(result, Err(StorageProblem::Full));
    assert_eq!(storage().get_item(&part).expect("get"), Some(before));
    storage().clear().expect("clear");
}

#[wasm_bindgen_test]
async fn another_tabs_save_is_merged_before_writing() {
    storage().clear().expect("clear");
    let host = mount_fresh();
    settle().await;
    // Another tab saves a note on item 2 after this app loaded.
    let record = record::read_text(SAMPLE).expect("sample");
    let key = followup::followup::record_key(&record.meeting);
    let mut theirs = FollowUps::default();
    theirs.set_note(&key, &record.items[1], "from the other tab", 1);
    let part = persist::record_storage_key(&key);
    let json = theirs.record_json(&key).expect("a record");
    storage().set_item(&part, &json).expect("set");
    // This tab ticks item 1.
    let checkbox: HtmlInputElement = items(&host)[0]
        .query_selector("input[type=checkbox]")
        .expect("selector")
        .expect("checkbox")
        .unchecked_into();
    checkbox.click();
    after_save().await;
    let saved = persist::load().followups;
    let status = saved.item(&key, &record.items[0].id).map(|s| s.status);
    assert_eq!(status, Some(Status::Done));
    let note = saved
        .item(&key, &record.items[1].id)
        .map(|s| s.note.as_str());
    assert_eq!(note, Some("from the other tab"));
    host.remove();
}

#[wasm_bindgen_test]
fn nothing_is_written_for_a_person_who_did_nothing() {
    storage().clear().expect("clear");
    let loaded = persist::load();
    assert!(loaded.followups.is_empty() && loaded.stored.raw.is_empty());
    assert!(keys().is_empty());
}
