//! A person's follow-up state, as a specification: item ids that never
//! change, the operations, the saved schema and its migration, merging two
//! copies, re-attaching state after the record was edited, and "Mine".

use followup::filter::Filter;
use followup::followup::{
    FollowUps, ImportError, ItemState, Person, SCHEMA, StateError, Status, orphans,
    person_from_json, reattach, record_from_json, record_key,
};
use followup::record::{self, ActionItem, Record, SAMPLE};

const V1_SAVED: &str = include_str!("fixtures/followups-v1.json");

fn sample() -> Record {
    record::read_text(SAMPLE).expect("the sample reads")
}

fn item<'a>(record: &'a Record, starts: &str) -> &'a ActionItem {
    record
        .items
        .iter()
        .find(|i| i.text.starts_with(starts))
        .unwrap_or_else(|| panic!("igf-2025-mag-xi: no item starts with {starts:?}"))
}

/// The ids of the sample's 18 items, computed once. Saved follow-ups in
/// people's browsers point at these: they must never change.
const GOLDEN_IDS: [(usize, &str); 18] = [
    (10, "95b816ef78f6c1c5"),
    (12, "b8c3f5895b3ac690"),
    (14, "5699e85238a8484b"),
    (21, "d8bcbbf299de9df2"),
    (22, "e26722fb8cf80b5f"),
    (34, "86a7f79061854dc2"),
    (45, "294dbdac5e7bc46a"),
    (50, "b2ab8819dba8d576"),
    (54, "80e10d184e6e4fa6"),
    (56, "f307f81aa72e2790"),
    (58, "d717aedb6f14506a"),
    (64, "d6fbb1db6efbdacb"),
    (69, "0a4229642038b10a"),
    (70, "1076ea98955becee"),
    (75, "b9c672e579e6d657"),
    (81, "07c7f66e2d7d4ecc"),
    (85, "6b122696bf630d08"),
    (89, "55745c5e46338981"),
];

/// Follow-ups kept for a record before its shown title was tidied stay
/// with it: the key is the title as the record writes it.
#[test]
fn a_tidied_title_keeps_the_record_key_it_had() {
    let record = record::read_text(
        "Lumen TSC meeting — 2025-10-02\n\n## Action items\n\n- Ana Lima will publish the notes.\n",
    )
    .expect("reads");
    assert_eq!(record.meeting.title, "Lumen TSC meeting");
    let before = record::Meeting {
        title: "Lumen TSC meeting — 2025-10-02".into(),
        date: record.meeting.date,
        ..record::Meeting::default()
    };
    assert_eq!(record_key(&record.meeting), record_key(&before));
}

#[test]
fn item_ids_of_the_sample_never_change() {
    let record = sample();
    let got: Vec<(usize, &str)> = record
        .items
        .iter()
        .map(|i| (i.line, i.id.as_str()))
        .collect();
    assert_eq!(got, GOLDEN_IDS, "igf-2025-mag-xi: item ids changed");
    assert_eq!(record_key(&record.meeting), "4a177fc65b3ac8c9");
}

#[test]
fn each_operation_stamps_its_time_and_the_item_text() {
    let record = sample();
    let key = record_key(&record.meeting);
    let pnai = item(
        &record,
        "MAG members can explore the new IGF webpage of the PNAI",
    );
    let mut f = FollowUps::default();
    f.set_status(&key, pnai, Status::InProgress, 10);
    f.set_note(&key, pnai, "Share with the regional list", 20);
    f.set_star(&key, pnai, true, 30);
    let state = f.item(&key, &pnai.id).expect("a state");
    assert_eq!(
        *state,
        ItemState {
            status: Status::InProgress,
            note: "Share with the regional list".into(),
            star: true,
            changed: 30,
            text: pnai.text.clone(),
        }
    );
    f.set_done(&key, pnai, true, 40);
    assert_eq!(f.item(&key, &pnai.id).map(|s| s.status), Some(Status::Done));
    assert_eq!(f.len(), 1);
}

#[test]
fn undoing_everything_leaves_a_blank_state_with_its_time() {
    let record = sample();
    let key = record_key(&record.meeting);
    let first = &record.items[0];
    let mut f = FollowUps::default();
    f.set_done(&key, first, true, 5);
    f.set_done(&key, first, false, 6);
    let state = f.item(&key, &first.id).expect("kept");
    assert!(state.is_blank());
    assert_eq!(state.changed, 6);
    assert_eq!(f.len(), 0, "blank states do not count");
}

#[test]
fn statuses_have_form_keys_and_labels() {
    for s in Status::ALL {
        assert_eq!(Status::from_key(s.key()), Some(s));
    }
    assert_eq!(Status::NotForMe.label(), "Not for me");
    assert!(Status::NotForMe.is_closed() && !Status::InProgress.is_closed());
}

// ---- Schema ----

#[test]
fn the_current_schema_round_trips() {
    let record = sample();
    let key = record_key(&record.meeting);
    let mut f = FollowUps::default();
    f.set_done(&key, &record.items[3], true, 5);
    f.set_star(&key, &record.items[4], true, 6);
    f.person.set_name("Ana Neves", &record.participants, 7);
    f.person.follow("PNAI", true, 8);
    let json = f.to_json();
    assert!(
        json.starts_with(r#"{"app":"followup","schema":2,"#),
        "{json}"
    );
    assert_eq!(FollowUps::from_json(&json), Ok(f));
    assert_eq!(SCHEMA, 2);
}

#[test]
fn a_version_1_value_migrates_to_the_current_schema() {
    let f = FollowUps::from_json(V1_SAVED).expect("schema 1 reads");
    assert_eq!(f.schema, SCHEMA);
    let key = "4a177fc65b3ac8c9";
    let done = f.item(key, "80e10d184e6e4fa6").expect("ticked item kept");
    assert_eq!(
        (done.status, done.changed),
        (Status::Done, 1_761_140_000_000)
    );
    let noted = f.item(key, "d717aedb6f14506a").expect("noted item kept");
    assert_eq!(noted.note, "Share with the regional IGF list");
    let skipped = f.item(key, "55745c5e46338981").expect("not-for-me kept");
    assert_eq!(skipped.status, Status::NotForMe);
    assert!(!done.star && done.text.is_empty(), "new fields start empty");
    assert_eq!(f.len(), 4);
    assert!(f.person.is_blank());
    // Migrated once, it is saved as schema 2 and reads back the same.
    assert_eq!(FollowUps::from_json(&f.to_json()).as_ref(), Ok(&f));
    // And its states still attach to the sample's items.
    let record = sample();
    assert_eq!(
        record
            .items
            .iter()
            .filter(|i| f.item(key, &i.id).is_some())
            .count(),
        4
    );
}

#[test]
fn unreadable_values_are_errors_not_panics() {
    let corrupt = |json: &str| matches!(FollowUps::from_json(json), Err(StateError::Corrupt(_)));
    assert!(corrupt("{not json"));
    assert!(corrupt(r#"{"schema": 2, "records": {"k": {"items": 5}}}"#));
    assert!(corrupt(r#"{"schema": 1, "records": [1]}"#));
    for foreign in [
        "[1,2]",
        "42",
        r#"{"theme":"dark"}"#,
        r#"{"app":"other","schema":2}"#,
    ] {
        assert_eq!(
            FollowUps::from_json(foreign),
            Err(StateError::Foreign),
            "{foreign}"
        );
    }
    assert_eq!(
        FollowUps::from_json(r#"{"app":"followup","schema": 3, "whatever": []}"#),
        Err(StateError::Newer(3))
    );
    assert_eq!(
        FollowUps::from_json(r#"{"schema": 99999999999}"#),
        Err(StateError::Newer(u32::MAX))
    );
}

#[test]
fn unknown_fields_from_a_newer_build_of_the_same_schema_are_ignored() {
    let json = r#"{"app":"followup","schema":2,"records":{"k":{"items":{"a":{"status":"done","changed":3,"colour":"red"}}}},"later":1}"#;
    let f = FollowUps::from_json(json).expect("reads");
    assert_eq!(f.item("k", "a").map(|s| s.status), Some(Status::Done));
}

// ---- Merge ----

fn state(status: Status, note: &str, changed: i64) -> ItemState {
    ItemState {
        status,
        note: note.into(),
        changed,
        ..ItemState::default()
    }
}

fn with(items: &[(&str, ItemState)]) -> FollowUps {
    let mut f = FollowUps::default();
    let record = f.records.entry("r".into()).or_default();
    for (id, s) in items {
        record.items.insert(id.to_string(), s.clone());
    }
    f
}

#[test]
fn merging_keeps_the_newer_change_of_each_item_and_both_sides_items() {
    let mut ours = with(&[
        ("a", state(Status::Done, "", 10)),
        ("b", state(Status::Open, "old note", 10)),
    ]);
    let theirs = with(&[
        ("a", state(Status::Open, "", 5)),
        ("b", state(Status::Open, "new note", 20)),
        ("c", state(Status::InProgress, "", 7)),
    ]);
    let merged = ours.merge(&theirs);
    assert_eq!((merged.added, merged.updated), (1, 1));
    assert_eq!(ours.item("r", "a").map(|s| s.status), Some(Status::Done));
    assert_eq!(
        ours.item("r", "b").map(|s| s.note.as_str()),
        Some("new note")
    );
    assert_eq!(
        ours.item("r", "c").map(|s| s.status),
        Some(Status::InProgress)
    );
    // Merging again changes nothing.
    assert!(!ours.clone().merge(&theirs).changed_anything());
}

#[test]
fn an_undo_wins_over_an_older_tick() {
    let mut ours = with(&[("a", state(Status::Done, "", 10))]);
    let theirs = with(&[("a", state(Status::Open, "", 11))]);
    ours.merge(&theirs);
    assert!(ours.item("r", "a").is_some_and(ItemState::is_blank));
}

#[test]
fn equal_times_keep_our_state() {
    let mut ours = with(&[("a", state(Status::Done, "ours", 10))]);
    let theirs = with(&[("a", state(Status::Open, "theirs", 10))]);
    assert!(!ours.merge(&theirs).changed_anything());
    assert_eq!(ours.item("r", "a").map(|s| s.note.as_str()), Some("ours"));
}

#[test]
fn the_newer_person_wins() {
    let mut ours = FollowUps::default();
    ours.person.set_name("Ana Neves", &[], 5);
    let mut theirs = FollowUps::default();
    theirs.person.set_name("Xiao Zhang", &[], 9);
    assert!(ours.merge(&theirs).person);
    assert_eq!(ours.person.name, "Xiao Zhang");
}

// ---- Re-attachment after edits ----

/// The sample as it might come back: one word changed in the PNAI webpage
/// item, two PNAI items swapped, one item added, the PNMA item removed.
fn edited_sample() -> Record {
    let text = SAMPLE
        .replace(
            "MAG members can explore the new [IGF webpage of the PNAI]",
            "MAG members can explore the redesigned [IGF webpage of the PNAI]",
        )
        .replace(
            "→ **MAG members can explore the redesigned",
            "→ **MAG members are invited to share the brief with their networks.**\n\n→ **MAG members can explore the redesigned",
        )
        .replace("- MAG members can explore the new [IGF webpage of PNMA](#).\n", "");
    let (a, b) = (
        "→ The Draft version of the PNAI Policy Brief report is [now available here](#), and has been shared with the community for input. **MAG members are invited to review the brief as well.**",
        "→ **The next PNAI call is scheduled on 23 October at 13:00 UTC and MAG members are welcome to register [here](#).**",
    );
    let text = text.replace(a, "@@A@@").replace(b, a).replace("@@A@@", b);
    record::read_text(&text).expect("edited sample reads")
}

#[test]
fn state_follows_its_item_through_an_edited_record() {
    let before = sample();
    let after = edited_sample();
    assert_eq!(after.items.len(), 18, "one added, one removed");
    let key = record_key(&before.meeting);
    assert_eq!(record_key(&after.meeting), key);

    let mut f = FollowUps::default();
    let pnai_web = item(
        &before,
        "MAG members can explore the new IGF webpage of the PNAI",
    );
    let pnai_call = item(&before, "The next PNAI call");
    let pnma = item(
        &before,
        "MAG members can explore the new IGF webpage of PNMA",
    );
    f.set_note(&key, pnai_web, "Share with the regional IGF list", 10);
    f.set_star(&key, pnai_call, true, 11);
    f.set_done(&key, pnma, true, 12);
    // The app re-attaches whenever it loads a record: the first time
    // nothing moves, and the record's items are remembered.
    let record = f.records.get_mut(&key).expect("record");
    assert!(reattach(record, &before.items, 13).is_empty());

    let moved = reattach(record, &after.items, 100);
    let new_web = item(
        &after,
        "MAG members can explore the redesigned IGF webpage of the PNAI",
    );
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(
        (moved[0].from.as_str(), moved[0].to.as_str()),
        (pnai_web.id.as_str(), new_web.id.as_str())
    );
    let moved_state = f.item(&key, &new_web.id).expect("moved");
    assert_eq!(moved_state.note, "Share with the regional IGF list");
    assert_eq!(
        moved_state.changed, 10,
        "moving is not a change by the person"
    );
    assert_eq!(moved_state.text, new_web.text);
    // Re-ordered: the star stays on its item.
    assert!(f.item(&key, &pnai_call.id).is_some_and(|s| s.star));
    // The PNIF item, almost the same words but there before, got nothing.
    let pnif = item(
        &after,
        "MAG members can explore the new IGF webpage of the PNIF",
    );
    assert!(f.item(&key, &pnif.id).is_none());
    // The removed item's tick is kept, and reported.
    let lost = orphans(&f.records[&key], &after.items);
    assert_eq!(lost.len(), 1);
    assert_eq!(lost[0].id, pnma.id);
    assert_eq!(lost[0].state.status, Status::Done);
    // Loading the edited record again moves nothing more.
    let record = f.records.get_mut(&key).expect("record");
    assert!(reattach(record, &after.items, 200).is_empty());
    assert_eq!(orphans(&f.records[&key], &after.items).len(), 1);
}

#[test]
fn a_moved_state_does_not_come_back_as_an_orphan_from_another_tab() {
    let before = sample();
    let after = edited_sample();
    let key = record_key(&before.meeting);
    let pnai_web = item(
        &before,
        "MAG members can explore the new IGF webpage of the PNAI",
    );
    let mut tab_a = FollowUps::default();
    tab_a.set_note(&key, pnai_web, "note", 10);
    let tab_b = tab_a.clone();
    reattach(
        tab_a.records.get_mut(&key).expect("record"),
        &after.items,
        50,
    );
    tab_a.merge(&tab_b);
    assert!(orphans(&tab_a.records[&key], &after.items).is_empty());
}

#[test]
fn states_without_text_from_schema_1_stay_with_their_id() {
    let mut f = FollowUps::from_json(V1_SAVED).expect("reads");
    let after = edited_sample();
    let record = f.records.get_mut("4a177fc65b3ac8c9").expect("record");
    assert!(reattach(record, &after.items, 1).is_empty());
    // The v1 note was on the PNAI webpage item, whose text changed; the
    // PNMA item is gone.
    let lost: Vec<String> = orphans(record, &after.items)
        .into_iter()
        .map(|o| o.state.note)
        .collect();
    assert_eq!(lost, ["Ask Ana", "Share with the regional IGF list"]);
}

#[test]
fn states_from_schema_1_take_their_item_text_on_the_first_load() {
    let mut f = FollowUps::from_json(V1_SAVED).expect("reads");
    let (before, after) = (sample(), edited_sample());
    let record = f.records.get_mut("4a177fc65b3ac8c9").expect("record");
    reattach(record, &before.items, 1);
    assert!(record.items.values().all(|s| !s.text.is_empty()));
    let moved = reattach(record, &after.items, 2);
    assert_eq!(moved.len(), 1, "the PNAI note follows its edited item");
    assert_eq!(orphans(record, &after.items).len(), 1, "PNMA's is kept");
}

// ---- The person and "Mine" ----

#[test]
fn a_mag_member_sees_the_mag_members_items_as_theirs() {
    let record = sample();
    let mut me = Person::default();
    me.set_name("ana neves", &record.participants, 1);
    assert_eq!(me.name, "Ana Neves", "the participant's own spelling");
    assert_eq!(me.role.as_deref(), Some("MAG Members"));
    let mine: Vec<usize> = record
        .items
        .iter()
        .filter(|i| me.is_mine(i))
        .map(|i| i.line)
        .collect();
    // Owned by "MAG members" (and "MAG"); not the Secretariat's or IMSB's.
    assert_eq!(mine, [12, 22, 54, 56, 58, 64, 69, 70, 75, 81]);
}

#[test]
fn followed_groups_and_a_typed_name_make_items_mine() {
    let record = sample();
    let mut me = Person::default();
    me.set_name("Someone Else", &record.participants, 1);
    assert_eq!(me.role, None);
    assert!(!record.items.iter().any(|i| me.is_mine(i)));
    me.follow("IMSB", true, 2);
    me.follow("IGF Secretariat", true, 3);
    let mine: Vec<usize> = record
        .items
        .iter()
        .filter(|i| me.is_mine(i))
        .map(|i| i.line)
        .collect();
    assert_eq!(mine, [10, 21, 22, 85, 89]);
    me.follow("IMSB", false, 4);
    assert_eq!(me.groups, ["IGF Secretariat"]);
}

#[test]
fn an_owner_named_as_a_person_is_theirs() {
    let mut item = sample().items[0].clone();
    item.owner = Some("Carol Roach, IGF Secretariat".into());
    let mut me = Person::default();
    me.set_name("Carol Roach", &[], 1);
    assert!(me.is_mine(&item));
    me.set_name("Carol", &[], 2);
    assert!(!Person::default().is_mine(&item));
}

#[test]
fn the_mine_filter_shows_only_the_persons_items() {
    let record = sample();
    let mut me = Person::default();
    me.follow("PNAI", true, 1);
    let filter = Filter {
        mine: true,
        ..Filter::default()
    };
    let shown = record
        .items
        .iter()
        .filter(|i| filter.fits(i, None, &me))
        .count();
    assert_eq!(shown, 3);
    assert_eq!(
        record
            .items
            .iter()
            .filter(|i| filter.fits(i, None, &Person::default()))
            .count(),
        0,
        "nobody chosen: nothing is theirs"
    );
    assert!(!filter.is_default());
    // A filter saved before "mine" existed still reads.
    let old: Filter =
        serde_json::from_str(r#"{"group":null,"owner":null,"status":"open","search":""}"#)
            .expect("reads");
    assert!(!old.mine);
}

// ---- Export and import ----

#[test]
fn an_export_imports_back_merged_item_by_item() {
    let record = sample();
    let key = record_key(&record.meeting);
    let mut exported = FollowUps::default();
    exported.set_done(&key, &record.items[0], true, 10);
    exported.set_note(&key, &record.items[1], "from the widget", 30);
    let mut here = FollowUps::default();
    here.set_note(&key, &record.items[1], "newer here", 40);
    here.set_star(&key, &record.items[2], true, 20);
    let merged = here.import_into(&exported.to_json()).expect("imports");
    assert_eq!((merged.added, merged.updated), (1, 0));
    assert_eq!(here.len(), 3);
    assert_eq!(
        here.item(&key, &record.items[1].id)
            .map(|s| s.note.as_str()),
        Some("newer here")
    );
    // A schema 1 value (a downloaded backup) imports too.
    assert!(FollowUps::default().import_into(V1_SAVED).is_ok());
}

#[test]
fn a_wrong_or_damaged_file_is_refused_with_a_reason() {
    let good = FollowUps::default().to_json();
    let cut = &good[..good.len() - 3];
    assert!(matches!(
        FollowUps::import(cut),
        Err(ImportError::Damaged(_))
    ));
    assert_eq!(
        FollowUps::import("Meeting notes\n- a\n"),
        Err(ImportError::NotJson)
    );
    assert_eq!(
        FollowUps::import(r#"{"title":"x"}"#),
        Err(ImportError::NotFollowUps)
    );
    assert_eq!(
        FollowUps::import(r#"{"app":"followup","schema":7}"#),
        Err(ImportError::Newer(7))
    );
    let message = ImportError::NotFollowUps.to_string();
    assert!(message.contains("Nothing was imported"), "{message}");
}

// ---- Parts: how storage keeps it (a value per record, one for the person) ----

#[test]
fn each_record_and_the_person_round_trip_as_parts() {
    let record = sample();
    let key = record_key(&record.meeting);
    let mut f = FollowUps::default();
    f.set_done(&key, &record.items[0], true, 5);
    f.name_record(&key, &record.meeting.title);
    f.person.set_name("Ana Neves", &record.participants, 6);
    reattach(f.records.get_mut(&key).expect("record"), &record.items, 7);

    let json = f.record_json(&key).expect("a record part");
    assert!(
        json.starts_with(r#"{"app":"followup","schema":2,"title":"IGF 2025 MAG Meeting XI","#),
        "{json}"
    );
    assert_eq!(record_from_json(&json).as_ref(), Ok(&f.records[&key]));
    assert_eq!(person_from_json(&f.person_json()), Ok(f.person.clone()));
    assert_eq!(f.record_json("no such record"), None);
}

#[test]
fn unreadable_parts_say_why() {
    assert!(matches!(
        record_from_json("{cut"),
        Err(StateError::Corrupt(_))
    ));
    assert!(matches!(
        record_from_json(r#"{"app":"followup","schema":2,"items":[1]}"#),
        Err(StateError::Corrupt(_))
    ));
    assert_eq!(
        record_from_json(r#"{"app":"followup","schema":5}"#),
        Err(StateError::Newer(5))
    );
    assert_eq!(
        record_from_json(r#"{"schema":1,"items":{}}"#),
        Err(StateError::Foreign)
    );
    assert_eq!(person_from_json("[]"), Err(StateError::Foreign));
    assert_eq!(
        person_from_json(r#"{"app":"followup","schema":3}"#),
        Err(StateError::Newer(3))
    );
}

#[test]
fn decisions_follow_the_group_and_search_and_no_owner() {
    let record = followup::record::read_text(
        "Board call, 3 March 2025\n\nBudget\n\nRESOLUTION: the budget is adopted.\n\n\
         Website\n\nRESOLUTION: the new website goes live in May.\n",
    )
    .expect("reads");
    let all = Filter::default();
    assert_eq!(all.decisions(&record.decisions).len(), 2);
    let budget = Filter {
        group: Some("Budget".into()),
        ..Filter::default()
    };
    let texts: Vec<&str> = budget
        .decisions(&record.decisions)
        .iter()
        .map(|d| d.text.as_str())
        .collect();
    assert_eq!(texts, ["the budget is adopted."]);
    let search = Filter {
        search: "WEBSITE may".into(),
        ..Filter::default()
    };
    assert_eq!(search.decisions(&record.decisions).len(), 1);
    let owner = Filter {
        owner: Some("Treasurer".into()),
        ..Filter::default()
    };
    assert!(owner.decisions(&record.decisions).is_empty());
}
