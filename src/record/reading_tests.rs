//! Small whole records read end to end: rules that only show when the
//! parts (participants, sections, owners, merging) work together.

use super::{Kind, Record, read_text};

fn read(text: &str) -> Record {
    read_text(text).expect("a readable record")
}

/// (line, owner) of every item.
fn items(record: &Record) -> Vec<(usize, Option<&str>)> {
    record
        .items
        .iter()
        .map(|i| (i.line, i.owner.as_deref()))
        .collect()
}

/// (line, due) of every item.
fn dues(record: &Record) -> Vec<(usize, Option<String>)> {
    record
        .items
        .iter()
        .map(|i| (i.line, i.due.map(|d| d.iso())))
        .collect()
}

/// (line, owner, due) of every item.
fn owned_dues(record: &Record) -> Vec<(usize, Option<&str>, Option<String>)> {
    record
        .items
        .iter()
        .map(|i| (i.line, i.owner.as_deref(), i.due.map(|d| d.iso())))
        .collect()
}

#[test]
fn a_pronoun_means_the_person_its_own_clause_names() {
    let r = read(
        "Team sync, 3 March 2026\n\
         \n\
         Attendees: Marisol Vega, Devon Achterberg\n\
         \n\
         Devon suggested posting on the forum; Marisol said she would send the schedule to everyone by Friday.\n",
    );
    assert_eq!(items(&r), vec![(5, Some("Marisol Vega"))]);
}

#[test]
fn a_he_after_a_status_line_with_a_colon_is_its_speaker() {
    let r = read(
        "Team sync, 3 March 2026\n\
         \n\
         Attendees: Wes Abernathy, Hannah Lindgren\n\
         \n\
         Wes gave a status update: the migration was completed on 27 February. He will give everyone read-only access next week.\n",
    );
    assert_eq!(items(&r), vec![(5, Some("Wes Abernathy"))]);
}

#[test]
fn a_nickname_in_quotes_names_the_listed_person() {
    let r = read(
        "Operations Committee, 3 March 2026\n\
         \n\
         Attendees: Marisol Vega (chair), Terrence \"TJ\" Okoro, Hannah Lindgren\n\
         \n\
         ## Next steps\n\
         \n\
         - TJ to contact the three tenants who have not answered the survey.\n",
    );
    assert_eq!(items(&r), vec![(7, Some("Terrence Okoro"))]);
    assert!(r.participants.iter().any(|p| p.name == "Terrence Okoro"));
}

#[test]
fn additions_to_the_next_steps_are_entries_and_meetings_in_them_are_not() {
    let r = read(
        "Operations Committee, 3 March 2026\n\
         \n\
         Attendees: Marisol Vega, Priya Nandakumar\n\
         \n\
         ## Chair's additions to next steps\n\
         \n\
         - Reminder that the board meets on Thursday, March 19, at 6:00 PM PT.\n\
         - Priya to circulate the final grant PDF to the board once submitted.\n\
         - Next ops sync: Tuesday, March 10th, same time.\n",
    );
    assert_eq!(items(&r), vec![(8, Some("Priya Nandakumar"))]);
    assert_eq!(r.items[0].kind, Kind::Explicit);
}

#[test]
fn an_entry_that_has_its_mention_does_not_take_another_by_one_shared_name() {
    let r = read(
        "IGF 2026 MAG Virtual Meeting IV, 11 March 2026\n\
         \n\
         I. Updates\n\
         \n\
         1. The IGF Secretariat will circulate the full synthesis of the thematic inputs to the MAG mailing list by Friday, 20 March 2026.\n\
         \n\
         II. Any other business\n\
         \n\
         2. The Secretariat will liaise with the host country on visa support procedures and report back to the MAG.\n\
         \n\
         III. Next steps\n\
         \n\
         (a) The Secretariat to circulate the synthesis of thematic inputs by 20 March 2026;\n",
    );
    let lines: Vec<usize> = r.items.iter().map(|i| i.line).collect();
    assert_eq!(lines, vec![5, 9]);
}

#[test]
fn the_working_group_of_a_section_is_that_group() {
    let r = read(
        "IGF 2026 MAG Virtual Meeting IV, 11 March 2026\n\
         \n\
         Working Group on Hybrid Meetings (WG-Hybrid)\n\
         \n\
         1. The working group will prepare a set of technical guidelines for session organizers by 30 April 2026.\n",
    );
    // The owner is the group, by the name the record heads it with.
    assert_eq!(r.items.len(), 1);
    assert_eq!(r.items[0].owner, r.items[0].group);
    assert_ne!(r.items[0].owner.as_deref(), Some("Working group"));
}

#[test]
fn a_preposition_in_common_does_not_make_two_tasks_one() {
    let r = read(
        "IGF 2026 MAG Virtual Meeting IV, 11 March 2026\n\
         \n\
         I. Updates\n\
         \n\
         1. MAG members were invited to share the call for session proposals through their networks once it is launched.\n\
         \n\
         II. Next steps\n\
         \n\
         (a) MAG members to send comments on the draft criteria by 27 March 2026;\n\
         (b) MAG members interested in the Working Group on Outreach (WG-Outreach) to volunteer through the MAG mailing list.\n",
    );
    let lines: Vec<usize> = r.items.iter().map(|i| i.line).collect();
    assert_eq!(lines, vec![5, 9, 10]);
}

#[test]
fn a_body_that_says_it_will_act_owns_the_task_and_an_unresolved_we_owns_none() {
    let r = read(
        "DCCG virtual meeting, 12 March 2024\n\
         \n\
         1. The Secretariat indicated that it would share the updated branding guidance in the coming weeks.\n\
         \n\
         Please send corrections by Friday; after that date we will consider the minutes final.\n",
    );
    assert_eq!(items(&r), vec![(3, Some("Secretariat"))]);
}

#[test]
fn an_archived_mails_note_on_a_scrubbed_attachment_is_no_entry() {
    let r = read(
        "RSWG call, 12 February 2026\n\
         \n\
         Action items\n\
         * Priya Raman: ask the list about a joint comment\n\
         \n\
         -------------- next part --------------\n\
         A non-text attachment was scrubbed...\n\
         Name: demo.pdf\n\
         Type: application/pdf\n\
         Desc: not available\n",
    );
    assert_eq!(items(&r), vec![(4, Some("Priya Raman"))]);
}

#[test]
fn a_summary_does_not_take_items_from_the_agenda_mail_it_quotes() {
    let r = read(
        "[CCWG-RDA] Summary of CCWG-RDA call 09/11/2021\n\
         \n\
         On Mon, 8 Nov 2021 at 11:03, Amara Okonkwo-Reyes wrote:\n\
         > Proposed agenda:\n\
         >    - ACTION (26/10): Staff to update the workplan.\n\
         \n\
         Attendance: Amara Okonkwo-Reyes (Chair), Graham Pettigrew\n\
         \n\
         In reply to a question on the list:\n\
         \n\
         > Could staff also circulate the updated timeline?\n\
         \n\
         Yes - Graham will send the timeline slide as a PDF to the list tomorrow.\n",
    );
    assert_eq!(items(&r), vec![(13, Some("Graham Pettigrew"))]);
}

#[test]
fn owners_written_in_haste_are_read_whole() {
    let r = read(
        "IWG sync, 8 February 2024\n\
         \n\
         Attendees: Tomasz Wisniewski, Aiko Nakamura, Ifeoma Chukwu\n\
         \n\
         ## Action items\n\
         \n\
         - The Terminology sub-group will complete the remaining mappings by 15 Feb.\n\
         - Security SIG (@ifeoma-c) — enable private vulnerability reporting (due 26 Feb)\n\
         - ALL MEMBERS: review the draft letter to the Board by 16 Feb.\n\
         - Tomasz / Aiko: draft track descriptions by 30/03.\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (7, Some("Terminology sub-group")),
            (8, Some("Security SIG")),
            (9, Some("All members")),
            (10, Some("Tomasz Wisniewski, Aiko Nakamura")),
        ]
    );
}

#[test]
fn entries_by_bracketed_name_and_by_name_and_dash_are_each_an_item() {
    let r = read(
        "ORMC monthly call, 4 February 2026\n\
         \n\
         Present: Farida Osei, Mei-Ling Chou, Lise Marchetti-Voss\n\
         \n\
         ACTION ITEMS\n\
         \n\
         \x20 [Farida Osei]      Data-sharing policy v2 to the list, Fri 13 Feb\n\
         \x20 [Mei-Ling Chou]    Chase RIR contacts on workshop venues\n\
         \n\
         Summary of actions\n\
         \n\
         - Lise - add FDN presentation to next agenda\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (7, Some("Farida Osei")),
            (8, Some("Mei-Ling Chou")),
            (12, Some("Lise Marchetti-Voss")),
        ]
    );
}

#[test]
fn a_line_saying_who_reports_heads_no_section() {
    let r = read(
        "# Fernwood TSC Meeting — January 15th, 2026\n\
         \n\
         Attendees: Chidinma Eze, Matteo Galli\n\
         \n\
         ## 3. SIG-Security\n\
         \n\
         Chidinma gave the update:\n\
         \n\
         - CVE-2025-48811 was fixed in\n\
         \x20 3.1.4 and 3.0.9, released on December 18.\n\
         - Chidinma will write the scoping document by January 29.\n",
    );
    assert_eq!(
        r.meeting.date.map(|d| d.to_string()).as_deref(),
        Some("2026-01-15")
    );
    assert_eq!(items(&r), vec![(11, Some("Chidinma Eze"))]);
    assert_eq!(r.items[0].group.as_deref(), Some("SIG-Security"));
}

#[test]
fn a_nick_and_i_are_the_speaker_then_the_nick() {
    let r = read(
        "Sensors WG, 19 February 2026\n\
         \n\
         Present: Ingmar Tollefsen, Rukhsana Bibi\n\
         \n\
         Ingmar Tollefsen: rukhsana and I will draft the F2F agenda.\n",
    );
    assert_eq!(
        items(&r),
        vec![(5, Some("Ingmar Tollefsen, Rukhsana Bibi"))]
    );
}

#[test]
fn a_reviewers_corrections_to_ai_notes_are_taken() {
    let r = read(
        "Operations sync, 12 February 2026\n\
         \n\
         Attendees: Marcus Oyelowo, Ravi Shankar, Elena Sokolova, Marco Bellini, Dana Whitfield\n\
         \n\
         ### Next steps\n\
         \n\
         - Ravi will contact the county about the Hollis Road permit.\n\
         \x20 [ed.: Ravi was absent — Marcus took this one.]\n\
         - The team will look into a new ticketing system.\n\
         \x20 [ed.: not agreed in the meeting — dropped from the action list.]\n\
         - Marco to upgrade the shared Grafana instance before the change freeze.\n\
         - Dana will send the grant narrative to the board by Friday.\n\
         \n\
         ## Corrections\n\
         \n\
         - The Grafana upgrade is Elena's, not Marco's.\n\
         - The AI summary says Dana will send the grant narrative. That is wrong: it was Ravi Shankar who took that on.\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (7, Some("Marcus Oyelowo")),
            (11, Some("Elena Sokolova")),
            (12, Some("Ravi Shankar")),
        ]
    );
}

#[test]
fn the_chair_is_the_one_the_annex_lists_as_chair_not_her_adviser() {
    let r = read(
        "Fourth Virtual Meeting of the 2026 MAG, 17 March 2026\n\
         \n\
         1. The Chair said that she would consult the Secretariat and revert to Members by e-mail.\n\
         \n\
         Annex II\n\
         \n\
         List of participants\n\
         \n\
         Chair\n\
         \x20   H.E. Ms. OKONKWO-BERG Nadia\n\
         \n\
         Special Adviser to the Chair\n\
         \x20   Mr. TAVARES-KIM Rui\n",
    );
    assert_eq!(items(&r), vec![(3, Some("Nadia Okonkwo-Berg"))]);
    let roles: Vec<(&str, Option<&str>)> = r
        .participants
        .iter()
        .map(|p| (p.name.as_str(), p.role.as_deref()))
        .collect();
    assert_eq!(
        roles,
        vec![
            ("Nadia Okonkwo-Berg", Some("Chair")),
            ("Rui Tavares-Kim", Some("Special Adviser to the Chair"))
        ]
    );
}

#[test]
fn a_speaker_over_their_points_heads_nothing_and_a_handle_stands_for_no_name() {
    let r = read(
        "# Kestrel TSC meeting, 2026-03-04\n\
         \n\
         | Name | Handle | Affiliation | Role |\n\
         |---|---|---|---|\n\
         | Wei-Ling Tsai | @wltsai | Acme | Docs SIG lead |\n\
         | — | @zx-spectrum | — | guest |\n\
         \n\
         ## 4. Docs SIG update\n\
         \n\
         Wei-Ling (Docs SIG lead):\n\
         \n\
         - Wei-Ling will write a short blog post announcing the new docs site.\n\
         \n\
         ## Action items\n\
         \n\
         - [ ] @zx-spectrum — read the maintainer onboarding doc\n",
    );
    assert_eq!(
        items(&r),
        vec![(12, Some("Wei-Ling Tsai")), (16, Some("@zx-spectrum"))]
    );
    assert_eq!(r.items[0].group.as_deref(), Some("Docs SIG"));
}

#[test]
fn a_name_the_notes_got_wrong_is_corrected_and_merges_with_its_mention() {
    let r = read(
        "Chapters council, 14 January 2026\n\
         \n\
         Attendees: Lena Hartmann, Jamila Osei, Anneke Visser\n\
         \n\
         ### Next steps\n\
         \n\
         - Jamal will draft the updated grant guidelines by January 23.\n\
         - Anneke: cut-off reminder to remaining registries (this week)\n\
         \n\
         ### Summary\n\
         \n\
         Jamila will draft the updated grant guidelines and share them by January 23.\n\
         \n\
         ### Corrections\n\
         \n\
         - The AI next-steps list says \"Jamal\"; it's Jamila who is drafting the grant guidelines.\n",
    );
    assert_eq!(
        items(&r),
        vec![(7, Some("Jamila Osei")), (8, Some("Anneke Visser"))]
    );
}

#[test]
fn an_action_tables_done_and_struck_rows_are_no_items() {
    let r = read(
        "# Makerspace board, 7 April 2026\n\
         \n\
         ## Action items\n\
         \n\
         | Done | Owner | Task | Due |\n\
         |------|-------|------|-----|\n\
         | [ ] | Priya Raman | Send revised budget to the board | Fri Apr 10 |\n\
         | [x] | Helen Cho | Renew liability insurance | done 4/2 |\n\
         | ~~[ ]~~ | ~~Gabriel Stone~~ | ~~Set up weekly ops sync~~ — *not agreed* | — |\n",
    );
    assert_eq!(r.items.len(), 1);
    assert_eq!(r.items[0].owner.as_deref(), Some("Priya Raman"));
}

#[test]
fn a_correction_in_brackets_gives_the_item_to_who_will_do_it() {
    let r = read(
        "Digital services sync, 5 March 2024\n\
         \n\
         Attendees: Dana Whitfield, Hannah Liu\n\
         \n\
         ### Next steps\n\
         \n\
         - Dana to write the budget memo for the CMS licences. *[Correction: Hannah will write the memo; Dana will only provide branch headcounts.]*\n",
    );
    assert_eq!(items(&r), vec![(7, Some("Hannah Liu"))]);
}

#[test]
fn a_numbered_speaker_is_whom_the_note_says() {
    let r = read(
        "Harbor mesh ops, 12 March 2026\n\
         \n\
         Attendees: Tomás Reyes, Priya Shah\n\
         \n\
         ### Next steps\n\
         \n\
         - Speaker 3 will draft the rooftop access addendum by April 2. [LO: \"Speaker 3\" was Tomás Reyes]\n",
    );
    assert_eq!(items(&r), vec![(7, Some("Tomás Reyes"))]);
}

#[test]
fn the_owners_reply_just_before_an_action_line_dates_it() {
    let r = read(
        "# Sensors WG telecon, 18 November 2025\n\
         \n\
         Present: François Dubois, Kenji Mori\n\
         \n\
         **François:** yes, will do by next Tuesday.\n\
         \n\
         ACTION: François to update the privacy mitigations section\n\
         \n\
         **Kenji:** Sure, I can do that by Friday.\n\
         \n\
         ACTION: François to check the fixtures\n",
    );
    // Kenji's reply dates his own offer, not François's second action.
    let dues: Vec<Option<String>> = r
        .items
        .iter()
        .filter(|i| i.kind == Kind::Explicit)
        .map(|i| i.due.map(|d| d.iso()))
        .collect();
    assert_eq!(dues, vec![Some("2025-11-25".to_string()), None]);
}

#[test]
fn a_deadline_with_a_time_in_the_discussion_does_not_date_the_meeting() {
    let r = read(
        "MAG Third Virtual Meeting\n\
         Summary Report\n\
         \n\
         Wednesday, 18 March 2026\n\
         14:00 to 16:00 Geneva time (CET, UTC+1), online\n\
         \n\
         1. The call for proposals had closed on 13 March 2026 at 23:59 UTC.\n",
    );
    let date = r.meeting.date.map(|d| d.to_string());
    assert_eq!(date.as_deref(), Some("2026-03-18"));
    let time = r.meeting.time_utc.map(|t| t.format("%H:%M").to_string());
    assert_eq!(time.as_deref(), Some("13:00"));
}

#[test]
fn a_mail_summary_with_its_actions_up_front_and_at_the_end() {
    let r = read(
        "[rstf] Summary of task force call #7 (3 March 2026)\n\
         \n\
         TL;DR -- ACTION ITEMS (details further down)\n\
         \n\
         \x20 * [DNSSEC TF] Marek Novak to share the rollover timeline with the list.\n\
         \x20 * [Registry lock] Everyone: fill in the survey by 9 March.\n\
         \n\
         On the call (3): Marek Novak, Thandiwe Nkosi, Jean-Baptiste Mukendi Kabila\n\
         \n\
         3. RPKI training programme (Training WG)\n\
         \n\
         ACTION (Thandiwe Nkosi, Jean-Baptiste Mukendi): migrate the lab VMs to the\n\
         shared cloud account by Friday 27 March.\n\
         \n\
         Action items from this call:\n\
         - Marek: book the room for the workshop\n",
    );
    assert_eq!(r.participants.len(), 3);
    let read: Vec<_> = r
        .items
        .iter()
        .map(|i| (i.line, i.owner.as_deref(), i.group.as_deref(), i.kind))
        .collect();
    assert_eq!(
        read,
        vec![
            (5, Some("Marek Novak"), Some("DNSSEC TF"), Kind::Explicit),
            (6, Some("Everyone"), Some("Registry lock"), Kind::Explicit),
            (
                12,
                Some("Thandiwe Nkosi, Jean-Baptiste Mukendi Kabila"),
                Some("Training WG"),
                Kind::Explicit
            ),
            (
                16,
                Some("Marek Novak"),
                Some("Action items from this call"),
                Kind::Explicit
            ),
        ]
    );
}

#[test]
fn a_he_after_a_handle_means_that_handle() {
    let r = read(
        "# TSC Meeting 2025-09-30\n\
         \n\
         ## Release\n\
         \n\
         - @jpmorel shared early numbers for the new parser. He will send the full numbers to the list by Thursday.\n",
    );
    assert_eq!(items(&r), vec![(5, Some("@jpmorel"))]);
}

#[test]
fn initials_joined_by_a_slash_and_a_lowercase_all_own_their_entries() {
    let r = read(
        "WG call, 18 November 2025\n\
         \n\
         Attendees: Ilse Verhoeven (IV), Kieran Halloran (KH), Tomo Nakamura (TN)\n\
         \n\
         Actions (new):\n\
         \x20- IV/KH plenary agenda draft, by 2 Dec\n\
         \x20- all   review the slides on the wiki, comments to list\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (6, Some("Ilse Verhoeven, Kieran Halloran")),
            (7, Some("All"))
        ]
    );
}

#[test]
fn entries_reported_done_are_no_items() {
    let r = read(
        "WG call, 18 November 2025\n\
         \n\
         Attendees: Jo Sato (JS), Ana Pinto (AP)\n\
         \n\
         Open actions:\n\
         - JS: survey text sent 10/11, done.\n\
         - AP: update CODEOWNERS for the parser tree — done in #1419.\n\
         - AP: ask NCC about the credits, report when done.\n",
    );
    assert_eq!(items(&r), vec![(8, Some("Ana Pinto"))]);
}

#[test]
fn convening_a_new_call_and_a_request_after_but_are_items() {
    let r = read(
        "CG call, 3 March 2026\n\
         \n\
         Present: Shreya Patel, Tamsir Diallo\n\
         \n\
         The Secretariat will convene a coordination call of NRI focal points in April 2026.\n\
         \n\
         The CG will convene its next meeting on 7 April.\n\
         \n\
         tdiallo: the CG is not a research body, but Shreya, please check what your university needs\n",
    );
    assert_eq!(
        items(&r),
        vec![(5, Some("Secretariat")), (9, Some("Shreya Patel"))]
    );
}

#[test]
fn a_next_steps_entry_pointing_at_its_paragraph_is_that_paragraphs_item() {
    let r = read(
        "MAG Fourth Virtual Meeting\n\
         Summary Report\n\
         \n\
         18 March 2026\n\
         \n\
         II. Preparations for the Open Consultations\n\
         \n\
         21. The Secretariat will circulate logistical information, including the hotel list, by 27 March.\n\
         \n\
         III. Next steps\n\
         \n\
         30. The following next steps were agreed:\n\
         \n\
         (a) The Secretariat to circulate logistics and registration information for the Geneva meeting (para. 21).\n",
    );
    let read: Vec<_> = r
        .items
        .iter()
        .map(|i| (i.line, i.group.as_deref(), i.due.map(|d| d.iso())))
        .collect();
    assert_eq!(
        read,
        vec![(
            8,
            Some("Preparations for the Open Consultations"),
            Some("2026-03-27".to_string())
        )]
    );
}

#[test]
fn the_dc_coordination_groups_tasks_are_filed_under_the_dcs() {
    let r = read(
        "MAG Fourth Virtual Meeting\n\
         \n\
         18 March 2026\n\
         \n\
         1. Secretariat\n\
         \n\
         The Secretariat reported on the survey.\n\
         \n\
         2. Dynamic Coalitions (DCs)\n\
         \n\
         The DC Coordination Group will submit a short paper on DC participation before the next meeting.\n",
    );
    let groups: Vec<_> = r.items.iter().map(|i| i.group.as_deref()).collect();
    assert_eq!(groups, vec![Some("DCs")]);
}

#[test]
fn a_numbered_paragraph_headed_by_a_group_files_its_items_there() {
    let r = read(
        "MAG Fourth Virtual Meeting\n\
         \n\
         18 March 2026\n\
         \n\
         I. Opening\n\
         \n\
         1. The Chair opened the meeting.\n\
         \n\
         II. Intersessional work and NRIs\n\
         \n\
         16. National and Regional IGF Initiatives (NRIs): 31 NRIs have confirmed their dates. The focal point will share the updated calendar with the MAG.\n\
         \n\
         17. The Task Force on Statistics (TF-Stat) offered a chapter. The Secretariat was requested to prepare a list of initiatives.\n",
    );
    let groups: Vec<_> = r
        .items
        .iter()
        .map(|i| (i.line, i.group.as_deref()))
        .collect();
    assert_eq!(
        groups,
        vec![
            (11, Some("NRIs")),
            (13, Some("Intersessional work and NRIs"))
        ]
    );
}

#[test]
fn an_offer_to_take_a_reassigned_action_is_that_action() {
    let r = read(
        "15:00:01 <tomw> Meeting: Immersive Audio CG, 18 February 2026\n\
         15:00:05 <tomw> present+ tomw, lukas, lea\n\
         15:07:31 <tomw> ACTION: lukas to contact the i18n WG about localizable labels\n\
         15:07:32 <RRSAgent> I see 2 open action items saved in https://www.w3.org/2026/02/18-ia-actions.rdf :\n\
         15:07:32 <RRSAgent> ACTION: lukas to contact the i18n WG about localizable labels [2]\n\
         15:07:32 <RRSAgent>   recorded in https://www.w3.org/2026/02/18-ia-irc#T15-07-31\n\
         15:07:58 <lukas> I'm travelling for the next two weeks, can someone else take it?\n\
         15:08:15 <lea> I'll take it, I know Addison's team\n\
         15:08:22 <tomw> s/ACTION: lukas to contact/ACTION: lea to contact/\n",
    );
    assert_eq!(items(&r), vec![(3, Some("lea"))]);
}

#[test]
fn a_passive_next_steps_entry_takes_whom_its_paragraph_asked() {
    let r = read(
        "MAG Fourth Virtual Meeting\n\
         Summary Report\n\
         \n\
         18 March 2026\n\
         \n\
         II. Thematic tracks\n\
         \n\
         17. Members wishing to contribute in writing were invited to send their input to the Secretariat by 24 March 2026.\n\
         \n\
         III. Next steps\n\
         \n\
         (a) Written input on the thematic tracks to be sent to the Secretariat by 24 March 2026 (see para. 17).\n",
    );
    let read: Vec<_> = r
        .items
        .iter()
        .map(|i| (i.line, i.owner.as_deref(), i.group.as_deref()))
        .collect();
    assert_eq!(read, vec![(12, Some("Members"), Some("Thematic tracks"))]);
}

#[test]
fn a_roll_call_headed_tsc_member_maps_handles_to_names() {
    let r = read(
        "# Larchwood TSC — Meeting Minutes\n\
         \n\
         - **Date:** 2026-01-22 (Thursday)\n\
         \n\
         ## Attendance\n\
         \n\
         | TSC member | Handle | Present |\n\
         |---|---|---|\n\
         | Sakura Ishii | @sakura-i | yes |\n\
         | Rebecca Stone | @rstone | no (regrets) |\n\
         \n\
         ## Action items\n\
         \n\
         - @sakura-i: finish the needs-repro triage\n",
    );
    assert_eq!(items(&r), vec![(14, Some("Sakura Ishii"))]);
}

#[test]
fn a_time_line_whose_last_zone_falls_on_the_next_day() {
    let r = read(
        "# Quillmesh TSC — Meeting Minutes\n\
         \n\
         - **Date:** 2026/04/08 (Wed)\n\
         - **Time:** 20:00 BRT / 23:00 UTC / 08:00 JST (Thu 9 Apr)\n\
         \n\
         ## Notes\n\
         \n\
         - Release is on track.\n",
    );
    let time = r.meeting.time_utc.map(|t| t.format("%H:%M").to_string());
    assert_eq!(time.as_deref(), Some("23:00"));
}

#[test]
fn a_nordic_date_after_its_weekday_and_a_correction_naming_who_it_is_not() {
    let r = read(
        "# NBODA Steering Group — monthly meeting\n\
         \n\
         Date: 4 March 2026\n\
         \n\
         Present: Aino Virtanen (chair, FI), Mikko Laaksonen (FI), Jānis Ozoliņš (LV), Rasa Petrauskienė (LT)\n\
         \n\
         ## Next steps\n\
         \n\
         - Mikko to send the comparison of DCAT-AP versions to the group by Friday 13.3.\n\
         - Jānis to book the venue for the spring workshop in Vilnius and send the registration link.\n\
         \n\
         ## Corrections by the secretariat\n\
         \n\
         - The AI summary is wrong about the Vilnius venue: it is **Rasa** (LT) who books the venue and sends the\n\
           registration link, not Jānis. Jānis only sends the list of Latvian speakers to Rasa, until 31 March.\n\
         ",
    );
    let read = owned_dues(&r);
    assert_eq!(
        read,
        vec![
            (9, Some("Mikko Laaksonen"), Some("2026-03-13".to_string())),
            (10, Some("Rasa Petrauskienė"), None)
        ]
    );
}

#[test]
fn a_body_by_its_acronym_is_named_as_its_section_names_it() {
    let r = read(
        "MAG Fourth Virtual Meeting\n\
         \n\
         18 March 2026\n\
         \n\
         1. Secretariat\n\
         \n\
         The Secretariat reported on the survey.\n\
         \n\
         2. Best Practice Forum on Cybersecurity (BPF)\n\
         \n\
         The BPF will launch a call for case studies in April 2026.\n",
    );
    let read: Vec<_> = r
        .items
        .iter()
        .map(|i| (i.owner.as_deref(), i.group.as_deref()))
        .collect();
    assert_eq!(
        read,
        vec![(Some("BPF Cybersecurity"), Some("BPF Cybersecurity"))]
    );
}

#[test]
fn a_plural_possessive_names_its_group() {
    let r = read(
        "MAG Fifth Virtual Meeting\n\
         \n\
         18 March 2026\n\
         \n\
         1. Secretariat\n\
         \n\
         The Secretariat reported on the survey.\n\
         \n\
         2. Programme\n\
         \n\
         The themes were discussed.\n\
         \n\
         3. Dynamic Coalitions (DCs)\n\
         \n\
         The coalitions met twice.\n\
         \n\
         4. Any other business\n\
         \n\
         Ms. Ana Lima will report back on the DCs' plans at the fifth meeting.\n",
    );
    let groups: Vec<_> = r.items.iter().map(|i| i.group.as_deref()).collect();
    assert_eq!(groups, vec![Some("DCs")]);
}

#[test]
fn a_body_holding_its_call_for_a_cycle_is_the_calendar() {
    let r = read(
        "MAG Second Virtual Meeting\n\
         \n\
         18 January 2026\n\
         \n\
         1. Secretariat\n\
         \n\
         The Secretariat reported on the survey.\n\
         \n\
         2. Programme\n\
         \n\
         The themes were discussed.\n\
         \n\
         3. Best Practice Forum on Cybersecurity (BPF)\n\
         \n\
         The BPF Cybersecurity will hold its kick-off call for the 2026 cycle on 19 February 2026 at 14:00 UTC.\n\
         \n\
         The Secretariat will hold a briefing session for new MAG members on 20 February.\n",
    );
    assert_eq!(items(&r), vec![(17, Some("Secretariat"))]);
}

#[test]
fn a_weekday_beside_a_numeric_date_says_which_reading_it_is() {
    let r = read(
        "Data Platform Weekly Sync -- notes\n\
         Tue 5/12/2026, 9:30-10:15 AM PT (Zoom)\n\
         \n\
         attendees: Elena Petrova (lead), Raj Malhotra (notes)\n",
    );
    let date = r.meeting.date.map(|d| d.to_string());
    assert_eq!(date.as_deref(), Some("2026-05-12"));
    let time = r.meeting.time_utc.map(|t| t.format("%H:%M").to_string());
    assert_eq!(time.as_deref(), Some("16:30"));
}

#[test]
fn attendees_with_double_hyphen_roles_and_absent_owners_by_handle() {
    let r = read(
        "# Kestrel TSC Meeting -- 2026-02-05\n\
         \n\
         Meeting held on Zoom, Thursday 5 Feb 2026, 16:00 UTC.\n\
         \n\
         ## Attendees\n\
         \n\
         * Irene Castellano (@icastellano) -- TSC chair\n\
         * Bogdan Marinescu (@bmarinescu)\n\
         \n\
         Absent: Mikael Strand (@mstrand, TSC)\n\
         \n\
         ## Action items\n\
         \n\
         - [ ] @icastellano -- update GOVERNANCE.md\n\
         - [ ] @mstrand -- update CI runners to Ubuntu 24.04 (carried over)\n",
    );
    let names: Vec<_> = r.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Irene Castellano", "Bogdan Marinescu"]);
    assert_eq!(
        items(&r),
        vec![(14, Some("Irene Castellano")), (15, Some("Mikael Strand"))]
    );
}

#[test]
fn mag_members_as_readers_write_them() {
    let r = read(
        "MAG Fourth Virtual Meeting\n\
         \n\
         18 March 2026\n\
         \n\
         1. Secretariat\n\
         \n\
         MAG Members were invited to send comments by 25 March 2026.\n",
    );
    assert_eq!(items(&r), vec![(7, Some("MAG members"))]);
}

#[test]
fn owners_joined_by_an_ampersand_a_reminder_and_initials_with_a_particle() {
    let r = read(
        "WG call, 5 February 2026\n\
         \n\
         Attendees: Daniel Okoro, Ines Barbosa, Bram de Vries (BdV, co-chair)\n\
         \n\
         ACTION: Daniel & Ines — complete the privacy questionnaire before the next call\n\
         \n\
         Ines: Reminder to everyone: please run the suite on your implementation.\n\
         \n\
         BdV to submit the slot request by 20 Feb.\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (5, Some("Daniel Okoro, Ines Barbosa")),
            (7, Some("Everyone")),
            (9, Some("Bram de Vries"))
        ]
    );
}

#[test]
fn open_tracker_actions_gone_through_are_no_new_items() {
    let r = read(
        "# Web Payments Interop WG — 12 November 2025\n\
         \n\
         Present: Oskar Lindahl, Liang Wei, Marco Bellandi\n\
         \n\
         #### 2. Open action items\n\
         \n\
         **oskar**: ACTION-112 on Liang, check the abort semantics with the browser vendors\n\
         \n\
         **liang**: done, sent a summary to the list on Monday\n\
         \n\
         **oskar**: ACTION-115 on Marco, edit the security considerations section\n\
         \n\
         **marco**: still open, sorry. I will ping the editors again on Monday.\n",
    );
    assert_eq!(items(&r), vec![(13, Some("Marco Bellandi"))]);
}

#[test]
fn a_speaker_quoted_mid_paragraph_and_names_with_particles() {
    let r = read(
        "[oc] Summary of OC call #4, 12 March 2025\n\
         \n\
         Attendees: Emil Stanescu, Pieter van Dam, Sandra Okafor\n\
         \n\
         Two sponsors have confirmed. Emil: \"I'll send the updated deck to the three remaining prospects this week.\"\n\
         \n\
         Next OC call: 26 March.\n\
         \n\
         SUMMARY OF ACTIONS\n\
         \n\
         \x20 1. Pieter van Dam -- Mastodon account + credentials\n",
    );
    assert_eq!(
        items(&r),
        vec![(5, Some("Emil Stanescu")), (11, Some("Pieter van Dam"))]
    );
}

#[test]
fn a_membership_asked_two_things_that_share_one_word_has_two_items() {
    let r = read(
        "MAG Fourth Virtual Meeting\n\
         Summary Report\n\
         \n\
         11 March 2026\n\
         \n\
         I. Updates\n\
         \n\
         6. Members were invited to disseminate the call for session proposals widely within their communities.\n\
         \n\
         II. Closing\n\
         \n\
         7. The meeting was closed at 15:04 UTC.\n\
         \n\
         Next steps\n\
         \n\
         - MAG members to submit nominations for the main session facilitators as soon as possible.\n",
    );
    let lines: Vec<_> = r.items.iter().map(|i| i.line).collect();
    assert_eq!(lines, vec![8, 16]);
}

#[test]
fn a_chat_promise_without_its_i_is_the_speakers() {
    let r = read(
        "15:00:01 <bheller> Meeting: Media Timing WG\n\
         15:00:02 <bheller> Date: 19 February 2026\n\
         15:00:05 <bheller> present+ akimura, bheller, sanjay\n\
         15:00:10 <bheller> scribe: bheller\n\
         15:01:00 <bheller> topic: Liaisons\n\
         15:12:10 <bheller> akimura: ok, will contact them this month\n\
         15:12:30 <bheller> sanjay: yes, will need a few days\n\
         15:12:40 <bheller> sanjay: will do\n",
    );
    assert_eq!(items(&r), vec![(6, Some("akimura"))]);
}

#[test]
fn a_new_promise_while_old_actions_are_reviewed_is_an_item() {
    let r = read(
        "14:51:17 <trackbot> Meeting: Vertical Text Layout Task Force Teleconference\n\
         14:51:17 <trackbot> Date: 12 February 2026\n\
         14:53:00 <ngozi> scribe: kenjim\n\
         14:54:00 <hamidr> present+\n\
         15:01:00 <kenjim> topic: Review of previous action items\n\
         15:02:00 <kenjim> hamidr: ACTION-12 is done\n\
         15:06:00 <kenjim> hamidr: I will send them the link of the editor's draft tomorrow\n",
    );
    assert_eq!(items(&r), vec![(7, Some("hamidr"))]);
}

#[test]
fn a_date_said_in_the_sentence_before() {
    let r = read(
        "MAG Fourth Virtual Meeting\n\
         \n\
         11 March 2026\n\
         \n\
         1. Intersessional work\n\
         \n\
         The next PNAI open call will take place on 26 March 2026 at 14:00 UTC. MAG members were encouraged to join the call.\n\
         \n\
         The call for experts closes on 27 March 2026. Members were encouraged to nominate experts before that date.\n\
         \n\
         The BPF published its report on 2 March 2026. Members were encouraged to read it.\n",
    );
    let dues = dues(&r);
    assert_eq!(
        dues,
        vec![
            (7, Some("2026-03-26T14:00Z".to_string())),
            (9, Some("2026-03-27".to_string())),
            (11, None)
        ]
    );
}

#[test]
fn an_attendance_table_laid_out_with_spaces_names_the_owners() {
    let r = read(
        "[rnog-pc] Summary of PC call, Tuesday 3 February 2026\n\
         \n\
         Attendance\n\
         ----------\n\
         \n\
         \x20 Name                   Affiliation / role        Attended\n\
         \x20 ---------------------  ------------------------  --------\n\
         \x20 Oskar Lindqvist        PC vice-chair             yes\n\
         \x20 Priya Ramaswamy        Netherlink BV             yes\n\
         \x20 Ben Achterberg         Sponsorship lead          regrets\n\
         \n\
         Action items\n\
         ------------\n\
         \n\
         \x20 #   Action                                 Owner      Due\n\
         \x20 --  -------------------------------------  ---------  -----------\n\
         \x20 A1  Finish speaker guidelines              Priya      18 Feb 2026\n\
         \x20 A2  CfP reminder #1 to announce list       Oskar      Tue 10 Feb\n",
    );
    let names: Vec<_> = r.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Oskar Lindqvist", "Priya Ramaswamy"]);
    assert_eq!(
        items(&r),
        vec![(17, Some("Priya Ramaswamy")), (18, Some("Oskar Lindqvist"))]
    );
}

#[test]
fn a_numbered_lead_in_to_the_next_steps_heads_their_list() {
    let r = read(
        "MAG Fourth Virtual Meeting\n\
         Summary Report\n\
         \n\
         11 March 2026\n\
         \n\
         I. Updates from the Secretariat\n\
         \n\
         3. The Secretariat was requested to circulate the synthesis of thematic inputs to MAG members ahead of the next meeting.\n\
         \n\
         II. Closing\n\
         \n\
         22. The following next steps were identified:\n\
         \n\
         (a) The Secretariat to circulate the synthesis of thematic inputs to MAG members by 27 March 2026;\n",
    );
    let read: Vec<_> = r
        .items
        .iter()
        .map(|i| (i.line, i.group.as_deref(), i.kind))
        .collect();
    // One item, where the discussion first gave it, explicit for the list.
    assert_eq!(read, vec![(8, Some("Secretariat"), Kind::Explicit)]);
}

#[test]
fn struck_out_words_are_no_longer_said() {
    let r = read(
        "Data council, 12 March 2026\n\
         \n\
         Attendees: Marcus Ellery, Gareth Moss, Kenji Sato\n\
         \n\
         ## Next steps\n\
         \n\
         - ~~Marcus Ellery~~ Gareth Moss to complete the legal review by April 3.\n\
         - ~~Kenji to pre-aggregate the county map tiles by end of May.~~ [HO: removed, not agreed.]\n\
         - Kenji Sato will circulate the draft inventory by ~~March 20~~ March 27.\n\
         - Teen programme — ~~Marcus Ellery~~ Gareth Moss to draft the flyer.\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (7, Some("Gareth Moss")),
            (9, Some("Kenji Sato")),
            (10, Some("Gareth Moss"))
        ]
    );
    // The date that replaced the struck one.
    assert_eq!(
        r.items[1].due.map(|d| d.date.to_string()).as_deref(),
        Some("2026-03-27")
    );
}

#[test]
fn a_she_after_a_name_and_an_adverb() {
    let r = read(
        "Council, 12 March 2026\n\
         \n\
         Jo Lindqvist also said she would forward the meeting recording to Delphine, who could not attend.\n",
    );
    assert_eq!(items(&r), vec![(3, Some("Jo Lindqvist"))]);
}

#[test]
fn the_line_with_the_weekday_settles_a_title_date() {
    let r = read(
        "# Tessellate TSC Meeting — 04/07/2026\n\
         \n\
         - **Date:** Tuesday 04/07/2026\n\
         - **Time:** 16:00–17:00 UTC\n\
         \n\
         ## Notes\n\
         \n\
         - Release on track.\n",
    );
    let date = r.meeting.date.map(|d| d.to_string());
    assert_eq!(date.as_deref(), Some("2026-04-07"));
}

/// (line, group) of every item.
fn groups(record: &Record) -> Vec<(usize, Option<&str>)> {
    record
        .items
        .iter()
        .map(|i| (i.line, i.group.as_deref()))
        .collect()
}

#[test]
fn a_summary_of_actions_files_each_entry_under_the_topic_it_sums_up() {
    let record = |list: &str| {
        format!(
            "Steering call, 3 March 2026\n\n\
             1. Sponsorship\n\n\
             Two companies asked about sponsoring the release party. We have no sponsorship prospectus yet.\n\n\
             2. Mirror migration\n\n\
             The primary mirror moves to the new hosting provider on Saturday; it will be read-only for two hours.\n\n\
             3. Wiki\n\n\
             The wiki needs a new sponsorship page.\n\n\
             {list}\n\n\
             - Hannah: send the sponsorship prospectus to the candidate sponsors\n\
             - Rui: announce the mirror migration and its read-only window\n\
             - Oskar: book a room for the next call\n"
        )
    };
    // Each entry shares its words with one topic; the last with none.
    assert_eq!(
        groups(&read(&record("Summary of actions"))),
        vec![
            (17, Some("Sponsorship")),
            (18, Some("Mirror migration")),
            (19, Some("Summary of actions"))
        ]
    );
    // A list that is no summary keeps its own name.
    assert_eq!(
        groups(&read(&record("Action items"))),
        vec![
            (17, Some("Action items")),
            (18, Some("Action items")),
            (19, Some("Action items"))
        ]
    );
}

#[test]
fn a_heading_in_capitals_reads_in_sentence_case_outside_formal_reports() {
    let r = read(
        "Organising committee call, 3 March 2026\n\n\
         1. REMOTE PARTICIPATION (Olek Wisniewski)\n\n\
         Olek will test live captioning with the venue before Friday.\n",
    );
    assert_eq!(groups(&r), vec![(5, Some("Remote participation"))]);
}

#[test]
fn an_absent_persons_handle_is_known_through_a_remark_on_why() {
    let r = read(
        "# TSC meeting, 3 March 2026\n\n\
         Attendees: Ana Lima (@ana-l), Bo Chen (@bochen)\n\n\
         Absent: Kwame Asante (@kwame-asante) — voting member, sent regrets.\n\n\
         ## Action items\n\n\
         - [ ] @kwame-asante — CI cost report for April\n",
    );
    assert_eq!(items(&r), vec![(9, Some("Kwame Asante"))]);
}

#[test]
fn an_item_naming_another_task_force_by_its_short_name_is_that_task_forces() {
    let r = read(
        "# Joint task force call, 15 January 2026\n\n\
         ## 1. Vocabulary Task Force\n\n\
         **ACTION:** David to coordinate the Privacy TF review of the location terms\n\n\
         ## 2. Privacy Task Force\n\n\
         **ACTION:** Hiroshi to add permission-denied test cases to the backlog\n",
    );
    assert_eq!(
        groups(&r),
        vec![(5, Some("Privacy TF")), (9, Some("Privacy TF"))]
    );
}

#[test]
fn a_guest_listed_by_handle_first_is_known_by_name() {
    let r = read(
        "# TSC meeting, 19 February 2026\n\n\
         ## Attendees\n\n\
         - Mariana Fernandes (@mfernandes), chair\n\
         - @tkaur — Tanvir Kaur, SIG-Docs lead\n\n\
         ## Docs\n\n\
         - [ ] @tkaur to add a security-policy page to the docs site.\n",
    );
    assert_eq!(items(&r), vec![(10, Some("Tanvir Kaur"))]);
}

#[test]
fn a_he_after_sentences_that_open_with_he_means_who_the_paragraph_began_with() {
    let r = read(
        "Steering group, 14 April 2026\n\n\
         Attendees: Daniel Okoro, Marcus Lindgren\n\n\
         Daniel reported that the export missed dock IDs. He explained that the issue had been fixed. \
         He will re-run the March export by Friday.\n",
    );
    assert_eq!(items(&r), vec![(5, Some("Daniel Okoro"))]);
}

#[test]
fn a_role_the_header_gives_is_its_holders() {
    let r = read(
        "# WG call, 16 April 2026\n\n\
         Present: Beatriz Lemos, Daniel Osei, Samir Haddou\n\
         Chairs: Beatriz Lemos, Samir Haddou\n\n\
         ## Topic\n\n\
         Chairs to set up a joint call with APA before the end of May.\n",
    );
    assert_eq!(items(&r), vec![(8, Some("Beatriz Lemos, Samir Haddou"))]);
}

#[test]
fn a_role_beside_the_tick_of_a_roll_call_is_its_holders() {
    let r = read(
        "# TSC, 3 June 2026\n\n## Attendees\n\n\
         | Name | GitHub | Affiliation | Voting |\n|---|---|---|---|\n\
         | Kwame Asante | @kwasante | Northwind | ✅ (TSC chair) |\n\
         | Fatou Sarr | @fatousarr | independent | no (maintainer) |\n\n\
         ## Topic\n\n\
         - The chair will finish the governance section.\n\
         - @fatousarr to update the release notes.\n",
    );
    assert_eq!(
        items(&r),
        vec![(12, Some("Kwame Asante")), (13, Some("Fatou Sarr"))]
    );
}

#[test]
fn a_forge_team_is_the_group_the_record_names_so() {
    let r = read(
        "# TSC meeting, 3 June 2026\n\n\
         ## 2. v3.2 release planning (Release WG)\n\n\
         - The schedule slipped by a week.\n\n\
         ## Action items\n\n\
         - [ ] @lumen-project/release-wg — publish the updated release schedule\n",
    );
    assert_eq!(items(&r), vec![(9, Some("Release WG"))]);
}

#[test]
fn a_role_in_brackets_before_an_entry_is_its_holders() {
    let r = read(
        "Summary of PC call, 3 February 2026\n\n\
         Attendees:\n  Ana Ribeiro (PC chair)\n  Mehmet Kaya (vice-chair)\n  Lauri Tamm\n\n\
         Action items\n------------\n\n\
         \x20 [chair]        ask the CoC team to confirm availability\n\
         \x20 [Lauri]        HotCRP review assignment\n",
    );
    assert_eq!(
        items(&r),
        vec![(11, Some("Ana Ribeiro")), (12, Some("Lauri Tamm"))]
    );
}

#[test]
fn several_roles_are_each_their_holders() {
    let r = read(
        "Finance committee, 14 April 2026\n\n\
         **Committee members present:**\n\
         - Denise Albright - Committee Chair\n\
         - Yolanda Pruitt - Board Secretary\n\n\
         Next steps\n\n\
         - Committee Chair and Board Secretary to draft the revised policy language.\n",
    );
    assert_eq!(
        items(&r),
        vec![(9, Some("Denise Albright, Yolanda Pruitt"))]
    );
}

#[test]
fn corrections_that_attribute_wrongly_or_say_who_will_instead_are_taken() {
    let record = |note: &str| {
        read(&format!(
            "# Council, 14 April 2026\n\n\
             Attendees: Daniel Okoro, Leah Moskowitz, Yuki Morimoto, Dana Whitcombe, Marisol Vega, Marcus Bell\n\n\
             ## Next steps\n\n\
             - Daniel will draft a memo on data retention periods for trip-level data.\n\n\
             ## Review\n\n\
             - {note}\n"
        ))
    };
    let owner = |r: &Record| r.items.first().and_then(|i| i.owner.clone());
    let moved = record(
        "The AI next steps attribute the data-retention memo to Daniel. It was agreed in the \
         meeting that Leah Moskowitz will draft it; Daniel will only supply the operator's \
         current retention schedule for the data memo.",
    );
    assert_eq!(owner(&moved).as_deref(), Some("Leah Moskowitz"));
    assert_eq!(moved.items.len(), 1);
    let wrong = record(
        "The AI summary says Daniel will draft the retention memo. That is wrong: Yuki Morimoto will draft it.",
    );
    assert_eq!(owner(&wrong).as_deref(), Some("Yuki Morimoto"));
    let misheard =
        record("It's Marcus Reyes, not \"Daniel Okoro\" -- the AI misheard. The memo is his.");
    assert_eq!(owner(&misheard).as_deref(), Some("Marcus Reyes"));
}

#[test]
fn members_of_one_group_are_not_the_members_a_closing_list_asks() {
    let r = read(
        "MAG meeting, 18 March 2026\n\n\
         Working Group on Strategy (WG-Strategy)\n\n\
         13. WG-Strategy members were encouraged to provide comments on the options paper by Friday, 27 March 2026.\n\n\
         Next steps\n\n\
         32. The following next steps were agreed:\n\n\
         (a) MAG members to send comments on the draft Guidance Note by 31 March 2026;\n",
    );
    assert_eq!(
        items(&r),
        vec![(5, Some("WG-Strategy members")), (11, Some("MAG members"))]
    );
}

#[test]
fn someone_who_volunteers_as_the_notes_are_taken_commits() {
    let r = read(
        "WG call, 3 March 2026\n\n\
         Attendees: Diego Arancibia, Ana Lima\n\n\
         Diego volunteers to write up the low-vision use case for the wiki.\n",
    );
    assert_eq!(items(&r), vec![(5, Some("Diego Arancibia"))]);
}

#[test]
fn plain_lines_under_next_steps_are_its_entries_and_take_in_the_discussion() {
    let r = read(
        "Materials team sync, 17 February 2026\n\n\
         Attendees: Marcus Oyelaran, Renata Okafor\n\n\
         Next steps\n\n\
         Marcus to set up the readability checker for the whole team and share\n\
         login instructions.\n\n\
         Summary\n\n\
         Readability checker rollout\n\
         Marcus demonstrated the new readability checker. Marcus will set up accounts \
         for the whole team and send login instructions.\n",
    );
    assert_eq!(items(&r), vec![(7, Some("Marcus Oyelaran"))]);
    assert_eq!(r.items[0].kind, Kind::Explicit);
}

#[test]
fn a_partner_named_with_a_title_shares_the_task() {
    let r = read(
        "MAG meeting, 3 March 2026\n\n\
         1. Working modalities\n\n\
         Ms. Amara Okonkwo-Bell undertook to prepare, together with Ms. Sunita Raghavan, a note on the format.\n",
    );
    assert_eq!(
        items(&r),
        vec![(5, Some("Amara Okonkwo-Bell, Sunita Raghavan"))]
    );
}

#[test]
fn a_tagged_entry_whose_owner_a_dash_follows_is_the_tags() {
    let r = read(
        "# TSC meeting, 27 January 2026\n\n\
         Attendees: Henrik Aas (@haas), Mira Patel (@mirap)\n\n\
         ## Action items\n\n\
         - [ ] [SIG Release] @haas — open the 3.0.1 tracking issue\n",
    );
    assert_eq!(items(&r), vec![(7, Some("Henrik Aas"))]);
    assert_eq!(r.items[0].group.as_deref(), Some("SIG Release"));
}

#[test]
fn an_archives_byline_run_on_from_the_subject_still_names_who_says_i() {
    let r = read(
        "[routing-wg] Notes from the Routing WG interim call, 4 February 2026\n\
         Hanna Lindqvist hanna.lindqvist at nornog.example\n\
         Thu Feb 5 09:41:27 CET 2026\n\n\
         Hi all,\n\n\
         Corrections welcome until Wednesday; after that I'll upload the notes to the wiki.\n",
    );
    assert_eq!(items(&r), vec![(7, Some("Hanna Lindqvist"))]);
}

#[test]
fn a_note_signed_at_its_end_is_its_signers() {
    let r = read(
        "# TAG call, 8 April 2026\n\n\
         Attendees: Ines Calderón, Raj Patil\n\n\
         ## Notes from the chairs\n\n\
         - I will post the charter vote to the mailing list on Monday. — Ines\n",
    );
    assert_eq!(items(&r), vec![(7, Some("Ines Calderón"))]);
}

#[test]
fn a_reviewers_note_inside_a_sentence_corrects_that_sentences_owner() {
    let r = read(
        "# Board, 3 March 2026\n\n\
         Attendees: Rosalind Greaves, Obi Nwachukwu, Tamsin Achterberg\n\n\
         ## Next steps\n\n\
         - Tamsin will send the revised volunteer policy to all volunteers.\n\n\
         ## Membership\n\n\
         The spring member drive will run from April 1 to April 30. \
         Tamsin [TA: it was Rosalind, not Tamsin] will also ask the two neighbouring co-ops \
         whether they want to cross-promote.\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (7, Some("Tamsin Achterberg")),
            (11, Some("Rosalind Greaves"))
        ]
    );
}

#[test]
fn a_name_ending_in_an_initial_still_owns_what_follows() {
    let r = read(
        "Steering, 3 March 2026\n\n\
         Attendees: Kemal Arslan, Sarah Whitlock\n\n\
         Kemal and Sarah W. will present the revised lending policy to the board.\n",
    );
    assert_eq!(items(&r), vec![(5, Some("Kemal Arslan, Sarah Whitlock"))]);
}

#[test]
fn where_an_owner_comes_from_and_a_please_are_no_part_of_the_owner() {
    let r = read(
        "# TSC, 3 March 2026\n\n\
         Attendees: Ingrid Falk (LF), Ana Lima\n\n\
         ## Action items\n\n\
         - Ingrid Falk (LF) — ask about a one-off infrastructure grant\n\
         - please everyone send her the names of contributors who should get a travel grant, by Friday.\n",
    );
    assert_eq!(
        items(&r),
        vec![(7, Some("Ingrid Falk")), (8, Some("Everyone"))]
    );
}

#[test]
fn a_passive_sentence_takes_no_owner_from_a_part_of_the_meeting_or_a_stray_word() {
    let r = read(
        "Call, 3 March 2026\n\n\
         5. AOB\n\n\
         - Chioma presented the new logo options; the poll closes on Sunday and results will be shared at the next call.\n\n\
         Below is the summary. The full minutes will be uploaded to the materials page next week.\n",
    );
    assert!(r.items.iter().all(|i| i.owner.is_none()), "{:?}", items(&r));
}

#[test]
fn terse_notes_name_people_by_the_codes_their_list_puts_first() {
    let r = read(
        "PANDA WG virtual interim\n\
         Wed 21 Jan 2026, 15:00-16:05 UTC\n\n\
         Chairs: MH Maren Holt, DK Dev Kapoor\n\
         Notes:  MH\n\
         Present (besides the above):\n\
         \x20 SO Samuel Okafor, RB Rahel Bekele\n\n\
         Actions\n\
         \x20 [MH]     confirm #83 resolution on the list\n\
         \x20 [SO]     fix #85 and post -05\n\
         \x20 [all]    review attestation-model-01\n\n\
         Open (no owner)\n\
         \x20 - ops considerations text for framework\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (10, Some("Maren Holt")),
            (11, Some("Samuel Okafor")),
            (12, Some("All"))
        ]
    );
    let names: Vec<&str> = r.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Samuel Okafor", "Rahel Bekele"]);
}

#[test]
fn a_word_naming_no_one_in_particular_keeps_the_words_saying_who() {
    let r = read(
        "TSC meeting, 14 May 2026\n\n\
         ## CI\n\n\
         Anyone with Windows runners available is asked to help triage the flaky tests.\n\n\
         Volunteers for booth duty should sign up in the spreadsheet.\n\n\
         Everyone please review the release notes.\n\n\
         MAG members wishing to join the drafting team were invited to write to the Secretariat.\n\n\
         Members with contacts in national procurement agencies were encouraged to share them.\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (5, Some("Anyone with Windows runners available")),
            (7, Some("Volunteers for booth duty")),
            (9, Some("Everyone")),
            (11, Some("MAG members")),
            // Members the record calls MAG members elsewhere.
            (13, Some("MAG members"))
        ]
    );
}

#[test]
fn numbered_topics_of_a_log_and_anchored_headings_lose_their_numbers() {
    let log = read(
        "15:00 <sofiam> Meeting: BPF Cybersecurity editorial call, 3 March 2026\n\
         15:02 <sofiam> topic: 1. Status of the work plan\n\
         15:03 <sofiam> ACTION: kemal to draft the case study\n",
    );
    let scribed = read(
        "# Timed Text WG, 28 January 2026\n\n\
         ### <a id=\"t02\"></a>2. Caption timing tolerances\n\n\
         ACTION: Hiroshi to prepare the pull request\n",
    );
    let groups = |r: &Record| r.items.iter().map(|i| i.group.clone()).collect::<Vec<_>>();
    assert_eq!(groups(&log), [Some("Status of the work plan".to_string())]);
    assert_eq!(
        groups(&scribed),
        [Some("Caption timing tolerances".to_string())]
    );
}

#[test]
fn a_correction_under_an_entry_corrects_it_and_a_suggestion_is_no_item() {
    let r = read(
        "# APAC NRIs call, 8 April 2026\n\n\
         ### Action items\n\n\
         - Nadir Rahman to compile the list of co-organizers by April 14.\n\
         \x20 - [Correction — Siew Ling Tan]: the owner is Nadia Rahimova, and the agreed deadline is Friday, 17 April, not 14 April.\n\
         - Bui Thanh Ha to launch a regional newsletter.\n\
         \x20 - [Correction — Bui Thanh Ha]: I did not agree to this. Please disregard this item.\n\n\
         ### Suggested follow-ups\n\n\
         - Consider creating a shared calendar of NRI events.\n",
    );
    let read = owned_dues(&r);
    assert_eq!(
        read,
        vec![(5, Some("Nadia Rahimova"), Some("2026-04-17".to_string()))]
    );
}

#[test]
fn a_heading_in_capitals_spells_words_as_the_record_does() {
    let r = read(
        "Subject: Org Team call #7, 18 Feb 2026\n\n\
         3. YOUTHDIG TASK FORCE\n\n\
         Ines gave the update for the YOUthDIG task force. Ines will send the shortlist by Friday.\n",
    );
    let groups: Vec<_> = r.items.iter().map(|i| i.group.as_deref()).collect();
    assert_eq!(groups, [Some("YOUthDIG task force")]);
}

#[test]
fn a_summary_reports_would_is_a_reported_will() {
    let r = read(
        "Dynamic Coalition coordination meeting\n\n12 February 2026\n\n\
         9. Mr. Wierzbicki would share the draft analysis with the Coalition before the next meeting.\n\n\
         10. TF1 would revise the definitions section by 27 February 2026.\n\n\
         11. It would be useful to hold a joint session at some point.\n\n\
         12. The host would confirm the final venue booking by 27 February 2026.\n",
    );
    let lines: Vec<usize> = r.items.iter().map(|i| i.line).collect();
    assert_eq!(lines, vec![5, 7, 11]);
}

#[test]
fn people_asked_with_please_and_a_reviewers_missing_action_are_items() {
    let r = read(
        "# WoT main call, 11 March 2026\n\n\
         ## Marketing\n\n\
         TF members please send me use case blurbs for the landing page by April 3.\n\n\
         ## Reviewer corrections\n\n\
         - **Missing action item:** Omar — call the county health office by Friday, March 13.\n",
    );
    let read: Vec<_> = r
        .items
        .iter()
        .map(|i| (i.line, i.owner.as_deref(), i.kind))
        .collect();
    assert_eq!(
        read,
        vec![
            (5, Some("TF members"), Kind::Implicit),
            (9, Some("Omar"), Kind::Explicit)
        ]
    );
}

#[test]
fn chairs_by_given_name_are_the_people_present() {
    let r = read(
        "# TT call\n\n## 05 February 2026\n\n\
         Present\n:   Gary_Kowalczyk, Nigel_Ashworth\n\n\
         Chair\n:   Gary, Nigel\n\n\
         ## Topic\n\n\
         **ACTION:** Nigel to send the agenda.\n",
    );
    assert_eq!(items(&r), vec![(13, Some("Nigel Ashworth"))]);
}

#[test]
fn members_with_something_are_those_members() {
    let r = read(
        "Coalition meeting, 12 February 2026\n\n\
         12. Members with contacts in national procurement agencies were encouraged to share them with Ms. Ferrer.\n\n\
         13. NRIs using OpenNRI are encouraged to share feedback.\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (
                3,
                Some("Members with contacts in national procurement agencies")
            ),
            (5, Some("NRIs"))
        ]
    );
}

#[test]
fn a_signed_edit_speaks_for_its_reviewer() {
    let r = read(
        "# Data quality sync, 17 March 2026\n\n\
         Attendees: Dana Whitfield, Rohan Mehta\n\n\
         ## Notes\n\n\
         **[Edit - DW]** The AI missed one follow-up: I will send the announcement to the list by 27 March.\n",
    );
    assert_eq!(items(&r), vec![(7, Some("Dana Whitfield"))]);
}

#[test]
fn a_reviewers_numbered_corrections_fix_the_entries_they_name() {
    let r = read(
        "# CCG weekly, 10 February 2026\n\n\
         Attendees: Marta Ilves, Marcus Feld, Priya Raman, Kwame Mensah\n\n\
         ## Action items (AI-generated)\n\n\
         1. Marcus to publish the updated draft to the repository by Friday, 13 February.\n\
         2. Priya to circulate the test-suite survey by March 3.\n\
         3. Kwame to survey implementers on rendering approaches.\n\n\
         ## Corrections by the chairs\n\n\
         - **Action item 1:** the owner is Marta Ilves, not Marcus Feld.\n\
         - **Action item 2:** Priya said \"next Tuesday\", i.e. 17 February, not 3 March.\n\
         - **Action item 3:** Kwame only suggested a survey; nobody took this on. Remove.\n",
    );
    let read = owned_dues(&r);
    assert_eq!(
        read,
        vec![
            (7, Some("Marta Ilves"), Some("2026-02-13".to_string())),
            (8, Some("Priya Raman"), Some("2026-02-17".to_string()))
        ]
    );
}

#[test]
fn a_repeat_keeps_the_hour_either_mention_gives() {
    let r = read(
        "MAG meeting, 12 March 2026\n\n\
         I. Evaluation\n\n\
         9. MAG members were requested to complete their first-round evaluations by 9 April 2026, 23:59 UTC.\n\n\
         II. Next steps\n\n\
         (a) MAG members to complete their first-round evaluations by 9 April 2026;\n",
    );
    let read = dues(&r);
    assert_eq!(read, vec![(5, Some("2026-04-09T23:59Z".to_string()))]);
}

#[test]
fn a_correction_moves_the_date_it_rejects() {
    let r = read(
        "Team call\n\n20 January 2026\n\n\
         > Tove will put together a first draft by 10 February and everyone is\n\
         > asked to send her a paragraph on their workstream by 3 February.\n\
         [CORR] The paragraphs are due Friday 6 February, not 3 February --\n\
         Tove confirmed she can wait until then.\n\n\
         - [ ] **Lior** to share the alumni survey draft by next Friday.\n\
         \x20 **[Correction]** Lior said \"by Wednesday\", i.e. 28 January 2026, so we can review it.\n",
    );
    let read = dues(&r);
    assert_eq!(
        read,
        vec![
            (5, Some("2026-02-10".to_string())),
            (5, Some("2026-02-06".to_string())),
            (10, Some("2026-01-28".to_string()))
        ]
    );
}

#[test]
fn an_assistants_notes_keep_an_item_at_its_entry_under_its_topic() {
    let r = read(
        "# Partner sync - Notes by Gemini\n\n\
         Date: 14 March 2024\n\n\
         ## Authentication\n\n\
         Ben will test token refresh with expired credentials before Friday.\n\n\
         ## Suggested next steps\n\n\
         - Ben Whitaker will test token refresh with expired credentials.\n",
    );
    let read: Vec<_> = r
        .items
        .iter()
        .map(|i| (i.line, i.group.as_deref(), i.kind))
        .collect();
    assert_eq!(read, vec![(11, Some("Authentication"), Kind::Explicit)]);
}

#[test]
fn members_at_a_mag_working_groups_meeting_are_that_groups() {
    let r = read(
        "IGF MAG Working Group on Strategy (WG-Strategy) Meeting 2\n\n\
         Summary Report\n\n12 February 2026\n\n\
         1. MAG members will receive the draft from the Secretariat.\n\n\
         2. Members were invited to send comments to the co-facilitators by 27 February.\n",
    );
    let owners: Vec<_> = r.items.iter().map(|i| i.owner.as_deref()).collect();
    assert_eq!(owners.last(), Some(&Some("WG-Strategy members")));
}

#[test]
fn a_name_in_brackets_owns_a_task_written_as_a_noun_phrase() {
    let r = read(
        "PC call, 12 February 2026\n\
         \n\
         Attendees: Sipho Ndlovu, Thandiwe \"Tee\" Mokoena\n\
         \n\
         ACTIONS\n\
         \x20 [Sipho]   confirm tutorial timings, put on wiki\n\
         \x20 [Tee]     sponsor logo pack to design agency\n",
    );
    assert_eq!(
        items(&r),
        vec![(6, Some("Sipho Ndlovu")), (7, Some("Thandiwe Mokoena"))]
    );
}

#[test]
fn a_carried_over_entry_marked_done_is_no_item() {
    let r = read(
        "Board call, 3 February 2026\n\
         \n\
         Action items:\n\
         \n\
         - Otieno to open the paybill account -- DONE\n\
         - Peter to renew the domain and hosting -- DONE (renewed to 2028)\n\
         - Hannah to send the protocol to the ethics board -- done, sent 12 March.\n\
         - Grace to contact KICTANet about co-hosting.\n",
    );
    assert_eq!(items(&r), vec![(8, Some("Grace"))]);
}

#[test]
fn a_mail_does_not_take_items_from_an_older_action_list_it_quotes() {
    let r = read(
        "From: Leila Hassan <leila@example.org>\n\
         Subject: Summary of Board call, Tuesday 3 February 2026\n\
         \n\
         Present: Grace Achieng, Peter Mwenda, Leila Hassan\n\
         \n\
         For reference, the action items from the December call were:\n\
         \n\
         > - Grace to contact KICTANet about co-hosting Kenya IGF -- ongoing\n\
         > - Peter to renew the domain and hosting\n\
         \n\
         1. Kenya IGF 2026\n\
         \n\
         Grace gave an update on the conversations with KICTANet. Grace will\n\
         follow up with KICTANet and report back at the next Board call.\n\
         \n\
         2. Finances\n\
         \n\
         Peter will send the annual accounts to the auditor by 20 February.\n\
         \n\
         Leila\n",
    );
    assert_eq!(
        items(&r),
        vec![(13, Some("Grace Achieng")), (18, Some("Peter Mwenda"))]
    );
}

#[test]
fn a_reviewer_striking_an_entry_out_makes_no_item() {
    let r = read(
        "# Operations Committee, 10 February 2026\n\
         \n\
         ## Next steps (AI-generated, reviewed)\n\
         \n\
         - Marcus Bell will collect two quotes from roofers by February 20.\n\
         - ~~Dana Whitfield will schedule the board retreat for March.~~ **DW:** removed - the retreat was only mentioned in passing, nothing was agreed.\n\
         - Dana Whitfield will send the approved budget to the treasurer.\n",
    );
    assert_eq!(
        items(&r),
        vec![(5, Some("Marcus Bell")), (7, Some("Dana Whitfield"))]
    );
}

#[test]
fn numbered_corrections_count_the_entries_of_a_bulleted_action_list() {
    let r = read(
        "# Partnerships sync\n\
         \n\
         **When:** Thu, Mar 12, 2026\n\
         **Attendees (from calendar invite):** Dana Whitcombe (chair), Marcus Oyelaran,\n\
         Priya Venkataraman, Funmilayo Adeyemi, Greta Lindqvist\n\
         \n\
         ## Action items\n\
         \n\
         - [ ] **Marco Bellini** – Review the city redline with counsel — *due next week*\n\
         - [ ] **Greta Lindqvist** – Apply to the Sloan Foundation — *due Apr 1*\n\
         - [ ] **Committee** – Prepare a partnerships update for the retreat — *due Apr 24*\n\
         - [ ] **Dr. Adeyemi** – Submit the mapping fund report — *due Mar 6*\n\
         \n\
         ## Decisions\n\
         \n\
         1. Donations over $25k need the ED's sign-off.\n\
         2. A 40% revenue target.\n\
         \n\
         ## Corrections (human-edited)\n\
         \n\
         - Action item 1: the name is wrong. It's **Marcus Oyelaran and me (Dana)**, not Marco. Due date: a response before the next sync on Thursday, March 26, not \"next week\".\n\
         - Action item 2 (Sloan): this was explicitly NOT agreed. Please ignore.\n\
         - Action item 3: owner should be Dana + Priya, not \"Committee\"; Priya volunteered to draft the slides, I'll present.\n\
         - Action item 4: already submitted on March 6. Removed.\n\
         - Decision 2 is wrong. Dr. Adeyemi will pull the revenue figures so we can propose a number.\n",
    );
    assert_eq!(
        owned_dues(&r),
        vec![
            (
                9,
                Some("Marcus Oyelaran, Dana Whitcombe"),
                Some("2026-03-26".to_string())
            ),
            (
                11,
                Some("Dana Whitcombe, Priya Venkataraman"),
                Some("2026-04-24".to_string())
            ),
            (25, Some("Funmilayo Adeyemi"), None),
        ]
    );
    assert_eq!(r.participants.len(), 5);
}

#[test]
fn a_note_signed_with_initials_under_an_entry_corrects_it() {
    let r = read(
        "# Steering committee, 24 February 2026\n\
         \n\
         Attendees: Marcus Oyelaran, Jen Castellanos-Wu, Kezia Baptiste (KB)\n\
         \n\
         ### Next steps\n\
         \n\
         - Marcus Oyelaran will send the revised budget to the Finance subcommittee by March 3.\n\
         \x20 - **[KB] Correction: the date agreed in the meeting was March 13, not March 3.**\n\
         - Jon Castellano will present the Q1 financial dashboard at the next meeting.\n\
         \x20 - **[KB] This is Jen Castellanos-Wu (treasurer), not \"Jon Castellano\".**\n\
         - Kezia Baptiste will book the venue for Open Data Day.\n\
         \x20 - **[KB] The venue was already booked in January. No action.**\n",
    );
    assert_eq!(
        owned_dues(&r),
        vec![
            (7, Some("Marcus Oyelaran"), Some("2026-03-13".to_string())),
            (9, Some("Jen Castellanos-Wu"), None),
        ]
    );
}

#[test]
fn a_numbered_correction_names_the_person_and_the_date_said_instead() {
    let r = read(
        "# Digital inclusion committee, 23 March 2026, 11:00 AM ET\n\
         \n\
         Attendees: Evelyn Hartley, Yusuf Demir, Ben Salazar, Joanna Pike\n\
         \n\
         ## Action Items (AI-generated)\n\
         \n\
         1. **Evelyn Hartley** — Finalize the budget request. *Due: April 14, 2026*\n\
         2. **Ben Salazar** — Update the loan period in the circulation system before April 1.\n\
         \n\
         ## Reviewer corrections (added by Joanna Pike, March 24)\n\
         \n\
         - **Item 1:** Evelyn will send the final request to me by **Thursday March 26, 5pm ET**; the AI merged two tasks.\n\
         - **Item 2:** Correct, but Yusuf is doing it, not Ben (Ben is out next week).\n",
    );
    assert_eq!(
        owned_dues(&r),
        vec![
            (
                7,
                Some("Evelyn Hartley"),
                Some("2026-03-26T21:00Z".to_string())
            ),
            (8, Some("Yusuf Demir"), Some("2026-04-01".to_string())),
        ]
    );
}

#[test]
fn a_role_with_its_holder_in_brackets_and_a_tracker_echo_naming_two() {
    let r = read(
        "16:55 <mkaur> Meeting: WebPerf WG call\n\
         16:55 <mkaur> Date: 24 February 2026\n\
         16:55 <mkaur> Chair: Manpreet Kaur, Oskar Hansen\n\
         17:06 <bk> ACTION: chairs to draft the F2F agenda and circulate to the list\n\
         17:06 <trackbot> Created ACTION-231 - Draft the f2f agenda and circulate to the list [on Manpreet Kaur, Oskar Hansen - due 2026-03-03].\n\
         17:26 <bk> ACTION: chairs + team contact (Helene Marchand) to send the draft charter to W3M\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (4, Some("Manpreet Kaur, Oskar Hansen")),
            (6, Some("Manpreet Kaur, Oskar Hansen, Helene Marchand")),
        ]
    );
}

#[test]
fn members_of_the_body_a_report_is_titled_for() {
    let r = read(
        "PIIGF 2026 Multistakeholder Organizing Committee (MOC) Second Meeting\n\
         \n\
         17 March 2026\n\
         \n\
         1. Members were invited to submit proposals for sub-themes to the Secretariat no later than 3 April 2026.\n\
         \n\
         2. Anyone on this list who would like to help review the applications is invited to reply by 21 March.\n",
    );
    assert_eq!(
        items(&r),
        vec![(5, Some("MOC members")), (7, Some("Anyone on this list"))]
    );
}

#[test]
fn a_reviewers_missing_entry_is_an_item_and_carried_over_names_nobody() {
    let r = read(
        "# Senate IT committee, 18 February 2026\n\
         \n\
         Attendees: Nadia Haddad, Li Chen (@lchen)\n\
         \n\
         ## Action items (AI-generated)\n\
         \n\
         - Missing: Nadia Haddad — share the classroom readiness checklist with the committee.\n\
         - [ ] @lchen — draft the trademark FAQ (in progress; carried over to next meeting)\n",
    );
    assert_eq!(
        items(&r),
        vec![(7, Some("Nadia Haddad")), (8, Some("Li Chen"))]
    );
}

#[test]
fn a_bots_roll_of_those_present_names_the_nicks() {
    let r = read(
        "19:00 <rhea> meeting: Lumen Linux Council, 10 March 2026\n\
         19:01 <rhea> present+ rhea, dvasquez, meilin\n\
         19:01 <lumenbot> Present: Rhea_Okonkwo, Dana_Vasquez, Mei_Lin_Tan\n\
         19:10 <rhea> action: dvasquez to contact the admins of the lagging mirrors\n\
         19:20 <meilin> I'll fold them in and send the revised draft by Friday\n",
    );
    assert_eq!(
        items(&r),
        vec![(4, Some("Dana Vasquez")), (5, Some("Mei Lin Tan"))]
    );
}

#[test]
fn he_and_a_named_partner_and_a_reviewer_naming_who_does_it() {
    let r = read(
        "Organising committee call, 4 February 2026\n\
         \n\
         Present: Per Sandstrom, Fatima Yusuf\n\
         \n\
         Per has already been in touch with the ministry. He and Fatima will\n\
         put together a sponsorship pack by 17 February.\n",
    );
    assert_eq!(items(&r), vec![(5, Some("Per Sandstrom, Fatima Yusuf"))]);
    let r = read(
        "# Mapathon sync, 9 April 2026\n\
         \n\
         Attendees: Marta Ribeiro, Rui Carvalho, Joana Ferreira (JF)\n\
         \n\
         ## Action items\n\
         \n\
         - [ ] **Marta Ribeiro** – Book the room at FCUL for May 16. *Due: Apr 16*\n\
         \x20 - **[JF] Wrong person: Rui is doing the booking, Marta only passed on the contact.**\n\
         - [ ] **Everyone** – Bring own laptops to the event.\n\
         \x20 - **[JF] Strike this – nothing was agreed.**\n\
         - [ ] **Joana Ferreira** – Send the feedback survey to last year's participants.\n\
         \x20 - **[JF] Already done on 2 April. Not an action.**\n",
    );
    assert_eq!(items(&r), vec![(7, Some("Rui Carvalho"))]);
}

#[test]
fn coalitions_are_asked_as_people_are() {
    let r = read(
        "MAG meeting, 20 February 2012\n\
         \n\
         12. The Secretariat reminded dynamic coalitions of the deadline. Dynamic\n\
         coalitions were requested to submit their reports by 15 April 2012.\n\
         \n\
         13. Members of other coalitions were encouraged to take part in the consultation.\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (3, Some("Dynamic coalitions")),
            (6, Some("Members of other coalitions"))
        ]
    );
}

#[test]
fn labels_corrections_and_requests_to_the_scribe_are_no_items() {
    let r = read(
        "# TSC meeting, 3 March 2026\n\
         \n\
         ## Maintainer policy\n\
         \n\
         - Result: +6 / 0 / 0 (Sam absent, will vote async).\n\
         - Discussion on #4712: @hvoss thinks the change is normative and should wait for 3.3.\n\
         \n\
         ## Rechartering\n\
         \n\
         **Gary:** I'll put something on the issue.\n\
         \n\
         **Gary:** s/I'll put something on the issue/I'll comment on the issue before Tuesday/\n\
         \n\
         **Nigel:** scribe, please move that action to Tobias\n",
    );
    assert_eq!(items(&r), vec![(10, Some("Gary"))]);
}

#[test]
fn members_who_had_not_yet_done_so_are_the_members() {
    let r = read(
        "MAG Third Virtual Meeting\n\
         \n\
         18 March 2026\n\
         \n\
         1. Secretariat\n\
         \n\
         MAG members who had not yet done so were invited to complete the survey.\n",
    );
    assert_eq!(items(&r), vec![(7, Some("MAG members"))]);
}

#[test]
fn quoted_review_notes_and_a_transcripts_time_stamped_speakers() {
    let r = read(
        "# Partnerships weekly sync\n\
         \n\
         **Date:** March 3, 2026\n\
         **Attendees:** Dev Patel, Marcus Lindahl, Sofia Almeida\n\
         \n\
         ## Action items (AI-generated)\n\
         \n\
         - [ ] **Dev Patel** — Send the final MoU draft to legal for sign-off — *due Friday, March 6*\n\
         - [ ] **Marcus Lindahl** — Look into costs for a partner dinner at the Summit\n\
         \n\
         ### Review notes (Sofia, March 4)\n\
         \n\
         > **[Review]** Item 2 (Marcus, partner dinner): not an action. Please ignore.\n\
         >\n\
         > **[Review]** Nothing else to add.\n\
         \n\
         ## Transcript highlights (AI-generated)\n\
         \n\
         **Dev (00:04:35):** So they came back with commas. I'll send it to legal by Friday.\n",
    );
    assert_eq!(
        owned_dues(&r),
        vec![(8, Some("Dev Patel"), Some("2026-03-06".to_string()))]
    );
    assert_eq!(r.items[0].group.as_deref(), Some("Action items"));
}

#[test]
fn edits_under_an_ai_list_and_a_lead_into_what_it_missed() {
    let r = read(
        "# Working group call, 11 March 2026\n\
         \n\
         Attendees: Rafael Duarte, Ravi Subramanian, Olga Petrenko, Lina Haddad\n\
         \n\
         ## Next steps\n\
         \n\
         - Rafael Duarte will finalise the budget request and submit it to the Board by 31 March.\n\
         \x20 **[Edit: wrong person. Ravi Subramanian presented the budget and will\n\
         \x20 submit it, not Rafael.]**\n\
         - Olga Petrenko will find a new volunteer for the Portuguese translation.\n\
         \x20 **[Edit: removed — this was not agreed.]**\n\
         - Added from my notes (missed by the AI):\n\
         - Lina Haddad will send the welcome pack to the youth IGFs.\n",
    );
    assert_eq!(
        items(&r),
        vec![(7, Some("Ravi Subramanian")), (13, Some("Lina Haddad"))]
    );
}

#[test]
fn a_numbered_entry_with_a_task_box_is_owned_by_its_bold_name() {
    let r = read(
        "# Org team call, 12 February 2026\n\
         \n\
         ## Action items (AI-generated)\n\
         \n\
         1. [ ] **Sandra Kühn** – Publish the confirmed list of focus areas on the wiki by Friday, Feb 20.\n\
         2. [x] **Tom Baptiste** – Book the venue.\n\
         3. [ ] **All** – Review the focus area descriptions.\n",
    );
    assert_eq!(
        owned_dues(&r),
        vec![
            (5, Some("Sandra Kühn"), Some("2026-02-20".to_string())),
            (7, Some("All"), None)
        ]
    );
}

#[test]
fn a_list_entry_names_its_topic_then_after_a_dash_who_acts() {
    let r = read(
        "# Library group, 12 May 2026\n\
         \n\
         ### Follow-up tasks\n\
         \n\
         - [ ] **Catalog migration** — Marcus Oyelowo to send Vendor B the field\n\
         \x20     mapping file by Friday, May 22.\n\
         - [ ] **Teen programme** — Elena Castro to confirm the volunteer instructors.\n\
         - Lise - add the FDN presentation to the next agenda\n\
         - Makerspace — All group members to test the booking page by May 27.\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (5, Some("Marcus Oyelowo")),
            (7, Some("Elena Castro")),
            (8, Some("Lise")),
            (9, Some("All group members"))
        ]
    );
}

#[test]
fn a_heading_in_capitals_names_its_group_in_words_but_keeps_acronyms() {
    let r = read(
        "Subject: NRIs call, 4 February 2026\n\
         \n\
         Dear colleagues, the IGF Secretariat thanks you.\n\
         \n\
         FOLLOW-UPS\n\
         ----------\n\
         - Kenji Sato will draft the session description.\n\
         \n\
         IGF 2026 PLANNING\n\
         -----------------\n\
         - Ana Lima will book the room.\n",
    );
    let groups: Vec<Option<&str>> = r.items.iter().map(|i| i.group.as_deref()).collect();
    assert_eq!(groups, vec![Some("Follow-ups"), Some("IGF 2026 planning")]);
}

#[test]
fn signed_notes_at_the_end_of_an_entry_correct_strike_or_take_it() {
    let r = read(
        "# Docs sync, 9 March 2026\n\
         \n\
         Attendees: Greta Lindholm, Priya Raman, Tomás Ibáñez, Mark O'Donoghue, Oluwaseun Adeyemi\n\
         \n\
         ## Action items\n\
         \n\
         - [ ] **Greta Lindholm**: Replace old screenshots, *due Thu 12 Mar* [Greta: I said Friday, not Thu. → Fri 13 Mar]\n\
         - [ ] **Priya Raman**: Send updated style guide to LinguaMed [Priya: no, Tomás owns it. Owner = Tomás]\n\
         - [ ] **Oluwaseun Adeyemi**: Migrate glossary into CMS [Seun: this was NOT agreed, pls remove!!]\n\
         - [ ] **Unassigned**: Follow up with Legal on the consent wording [Mark: I'll take this one]\n",
    );
    assert_eq!(
        owned_dues(&r),
        vec![
            (7, Some("Greta Lindholm"), Some("2026-03-13".to_string())),
            (8, Some("Tomás Ibáñez"), None),
            (10, Some("Mark O'Donoghue"), None)
        ]
    );
    assert_eq!(
        r.items[2].text,
        "Follow up with Legal on the consent wording"
    );
}

#[test]
fn a_reviewers_words_in_place_of_struck_ones_are_read_with_the_entry() {
    let r = read(
        "# Organising committee, 16 March 2026\n\
         \n\
         Attendees: Roshan Wickramasinghe, Tharushi Jayasinghe, Dana Whitfield\n\
         \n\
         ## Next steps\n\
         \n\
         - ~~Ruwan~~ *[Sec: Roshan Wickramasinghe]* will update the website with the new dates by Friday. *[Sec: the AI confused the names; Ruwan is an observer and took no tasks.]*\n\
         - Tharushi Jayasinghe will ~~finalize~~ *[Sec: circulate a revised version of]* logo option B to the committee.\n\
         - Dana to compile usage statistics by March 27. **[Correction: Dana confirmed after the meeting that she will have them by April 3.]**\n",
    );
    assert_eq!(
        owned_dues(&r),
        vec![
            (
                7,
                Some("Roshan Wickramasinghe"),
                Some("2026-03-20".to_string())
            ),
            (8, Some("Tharushi Jayasinghe"), None),
            (9, Some("Dana Whitfield"), Some("2026-04-03".to_string()))
        ]
    );
    assert_eq!(
        r.items[1].text,
        "Tharushi Jayasinghe will circulate a revised version of logo option B to the committee."
    );
}

#[test]
fn an_edit_note_under_an_entry_reassigns_or_strikes_it() {
    let r = read(
        "# Grants committee, 2 March 2026\n\
         \n\
         Attendees: Ravi Subramaniam, Lena Ortiz, Jonas Richter, Mehmet Demir, Carla Mendes\n\
         \n\
         ## Next steps\n\
         \n\
         - Ravi will send the revised budget to the arts council by Friday.\n\
         \x20 - **[Edit]** Lena is sending the budget, not Ravi. Ravi only prepared the numbers.\n\
         - Team to apply for the Coastal Heritage grant.\n\
         \x20 - **[Edit]** Not an action item. We decided NOT to apply this cycle.\n\
         - [ ] Jonas Richter will order 12 outdoor routers by Friday.\n\
         - [ ] **[Correction]** ~~Carla Mendes will file the grant report by March 31.~~ The grant report will be filed by Mehmet Demir, not Carla.\n",
    );
    let read: Vec<(usize, Option<&str>, Option<String>)> = owned_dues(&r);
    assert_eq!(
        read[0],
        (7, Some("Lena Ortiz"), Some("2026-03-06".to_string()))
    );
    // The correction on its own struck entry leaves Jonas's alone.
    assert_eq!(
        read[1],
        (11, Some("Jonas Richter"), Some("2026-03-06".to_string()))
    );
    assert!(
        read.iter().all(|(line, _, _)| ![8, 9, 10].contains(line)),
        "{read:?}"
    );
}

#[test]
fn a_chair_going_through_tracker_actions_gives_no_new_items() {
    let r = read(
        "# i18n WG, 5 March 2026\n\
         \n\
         Present: Keiko Tanabe, Hamid Rahimi, Jonas Berg\n\
         \n\
         ### Action items\n\
         \n\
         Keiko: action-412 on Hamid, check CLDR data for Persian month names\n\
         \n\
         Keiko: action-409 on Jonas, still open, he is not here today, we keep it\n",
    );
    assert_eq!(items(&r), vec![]);
}

#[test]
fn an_entry_labelled_with_full_names_is_theirs() {
    let r = read(
        "Subject: [dnsop] Summary of the interim, 27 January 2026\n\
         \n\
         Action items:\n\
         \n\
         - Pieter van Roosendaal, Akosua Frimpong: review zone-digest-bis during WGLC\n\
         - Tariq Al-Masri, Nele Vercauteren: post delegation-hints -02\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (5, Some("Pieter van Roosendaal, Akosua Frimpong")),
            (6, Some("Tariq Al-Masri, Nele Vercauteren"))
        ]
    );
}

#[test]
fn what_each_person_is_in_brackets_joins_nobody() {
    let r = read(
        "Summary of the meeting of the DCCG, 12 March 2026\n\
         \n\
         5. Ms. Leilani Kahale (civil society, Western European and Others Group) volunteered to draft a one-page note.\n\
         6. Mr. Tomasz Wierzbicki (DC on Internet Standards, Security and Safety) and Ms. Lina Haddad (DC on Schools) offered to draft the description.\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (3, Some("Leilani Kahale")),
            (4, Some("Tomasz Wierzbicki, Lina Haddad"))
        ]
    );
}

#[test]
fn a_passive_names_who_does_it() {
    let r = read(
        "Summary of the fourth meeting of the MSC, 20 February 2025\n\
         \n\
         Participants: Ms. Mere Tuilau (Fiji), Mr. Tomasz Wierzbicki (Poland)\n\
         \n\
         Youth and capacity-building\n\
         \n\
         14. The concept note for the youth pre-event will be shared with the MSC by Ms. Tuilau in the coming weeks.\n\
         15. The recording will be made available once processed.\n",
    );
    assert_eq!(items(&r), vec![(7, Some("Mere Tuilau"))]);
}

#[test]
fn a_note_signed_in_round_brackets_is_no_item_of_its_own() {
    let r = read(
        "# Technical committee, 10 March 2026\n\
         \n\
         Attendees: Marcus Bell, Luis Ortega, Priya Raman, Dana Whitfield\n\
         \n\
         ## Action Items (AI-generated, edited by RD)\n\
         \n\
         1. **Dana Whitfield** — Get quotes from two splicing contractors by March 20.\n\
         2. ~~**Luis Ortega**~~ **Marcus Bell** — Send the outage report to the board by Friday (March 13). *(RD: Luis presented the report at the meeting; Marcus agreed to send it.)*\n\
         3. ~~**Priya Raman** — Order 40 ONTs.~~ *(RD: not an action — the order was placed on March 6. Moved to decisions.)*\n\
         4. **Luis Ortega** — Update the network diagram (Owner: Luis, due: March 27).\n",
    );
    assert_eq!(
        owned_dues(&r),
        vec![
            (7, Some("Dana Whitfield"), Some("2026-03-20".to_string())),
            (8, Some("Marcus Bell"), Some("2026-03-13".to_string())),
            (10, Some("Luis Ortega"), Some("2026-03-27".to_string()))
        ]
    );
}

#[test]
fn numbered_corrections_of_next_steps_reassign_and_strike_them() {
    let r = read(
        "# Planning call, 27 February 2026\n\
         \n\
         ## Next steps\n\
         \n\
         - Kwame Asante will share the budget with sponsors by March 6.\n\
         - Ibrahim Sulemana will issue a press release.\n\
         \n\
         ## Corrections by the Secretariat\n\
         \n\
         1. Next step 1: the budget action belongs to **Ms. Efua Mensah** (Treasurer), not Dr. Asante.\n\
         2. Next step 2: nobody agreed to a press release. Please disregard this item.\n",
    );
    assert_eq!(
        owned_dues(&r),
        vec![(5, Some("Efua Mensah"), Some("2026-03-06".to_string()))]
    );
}

#[test]
fn a_passive_forecast_with_no_doer_is_no_item() {
    let r = read(
        "Summary of the interim call, 4 March 2026\n\
         \n\
         The recording will be made available on the website once it has been processed.\n\
         Please send corrections to the list by Friday; after that the minutes will be uploaded as final.\n\
         Ana Lima will be contacted by the chairs.\n",
    );
    // The request stays, though it names no one; the forecast goes.
    assert!(r.items.iter().all(|i| i.line != 3));
    assert!(r.items.iter().any(|i| i.line == 4));
}

#[test]
fn bracketed_action_tags_open_entries_that_name_their_owner() {
    let r = read(
        "Subject: [ops-wg] Call #41 summary, 3 March 2026\n\n\
         Actions\n\n\
         [ACTION] Jonas Albrecht: document the RS2 rollback procedure in the\n\
         \x20        wiki before the change window (by Mon 16 March)\n\
         [ACTION] Timo Rautiainen: contact the two members announcing\n\
         \x20        RPKI-invalid prefixes\n\
         [ACTION] Ruben de Groot: deploy alice-lg as public beta\n\
         ACTION: Mirela Stanciu: update the migration page\n",
    );
    let read: Vec<_> = r
        .items
        .iter()
        .map(|i| (i.line, i.owner.as_deref(), i.text.as_str()))
        .collect();
    assert_eq!(
        read,
        vec![
            (
                5,
                Some("Jonas Albrecht"),
                "document the RS2 rollback procedure in the wiki before the change window (by Mon 16 March)"
            ),
            (
                7,
                Some("Timo Rautiainen"),
                "contact the two members announcing RPKI-invalid prefixes"
            ),
            (9, Some("Ruben de Groot"), "deploy alice-lg as public beta"),
            (10, Some("Mirela Stanciu"), "update the migration page"),
        ]
    );
}

#[test]
fn a_signed_note_on_its_own_line_under_an_entry_strikes_it() {
    let r = read(
        "# Editorial board, 24 February 2026\n\n\
         ## Action items\n\n\
         5. **Tomasz Wierzbicki** — Confirm the print order with the local printer\n\
         6. **Mauricio Pena** — Update the Montevideo case study\n\
         \x20  **[RK: not agreed either, Mauricio only raised the possibility.]**\n",
    );
    let lines: Vec<usize> = r.items.iter().map(|i| i.line).collect();
    assert_eq!(lines, vec![5]);
}

#[test]
fn an_entry_tagged_removed_is_no_item() {
    let r = read(
        "Subject: DNSOP interim, 24 February 2026\n\n\
         Action items:\n\
         \x20- Marisol: upload these minutes to the datatracker by Friday.\n\
         \x20- [removed] Otter had \"Chioma to send IANA review\". That was\n\
         \x20  already done in January.\n",
    );
    let owners: Vec<_> = r.items.iter().map(|i| i.owner.as_deref()).collect();
    assert_eq!(owners, vec![Some("Marisol")]);
}

#[test]
fn he_in_notes_on_what_a_speaker_said_is_the_speaker() {
    let r = read(
        "# Ops call, 3 March 2026\n\n\
         Present: Jonas Albrecht, Beatriz Nunes\n\n\
         ## Route server migration\n\n\
         Jonas: yes, the old VM image is kept for two weeks. He will write the\n\
         rollback procedure down in the wiki before the change window.\n",
    );
    let owners: Vec<_> = r.items.iter().map(|i| i.owner.as_deref()).collect();
    assert_eq!(owners, vec![Some("Jonas Albrecht")]);
}

#[test]
fn attendees_nested_under_their_label_are_the_people_present() {
    let r = read(
        "# Tideway TSC Meeting — 2026-02-18\n\n\
         - **Attendees:**\n\
         \x20 - TSC: @lwmarques (Luana Marques), @okonkwo-e (Emeka Okonkwo)\n\
         \x20 - Others: @chenyu-dev (Chen Yu)\n\
         - **Absent:**\n\
         \x20 - @hkoivisto (Hanna Koivisto)\n\n\
         ## Notes\n\n\
         - @lwmarques will update MAINTAINERS.md.\n",
    );
    let names: Vec<_> = r.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Luana Marques", "Emeka Okonkwo", "Chen Yu"]);
    let owners: Vec<_> = r.items.iter().map(|i| i.owner.as_deref()).collect();
    assert_eq!(owners, vec![Some("Luana Marques")]);
}

#[test]
fn a_correction_signed_by_its_heading_takes_the_entry_it_claims() {
    let r = read(
        "# Civic tech steering group, 3 March 2026\n\n\
         Attendees: Aroha Ngata, Hemi Walker, Daniel Cho\n\n\
         ## Next steps\n\n\
         - Hemi Walker will confirm the booking and catering with the council.\n\
         - Daniel Cho will prepare the budget annex.\n\n\
         ## Corrections (added by Aroha Ngata, 4 March 2026)\n\n\
         1. The venue and catering confirmation with the council is **mine (Aroha)**, not Hemi's. I'll do it by 20 March.\n",
    );
    let read: Vec<_> = r
        .items
        .iter()
        .map(|i| {
            (
                i.line,
                i.owner.as_deref(),
                i.due.map(|d| d.date.to_string()),
            )
        })
        .collect();
    assert_eq!(
        read,
        vec![
            (7, Some("Aroha Ngata"), Some("2026-03-20".to_string())),
            (8, Some("Daniel Cho"), None)
        ]
    );
}

#[test]
fn initialled_notes_in_an_action_table_strike_rows_and_name_owners() {
    let r = read(
        "# Open data network coordination, 12 February 2026\n\n\
         ## Action items\n\n\
         | # | Owner | Action | Due |\n\
         |---|---|---|---|\n\
         | 1 | All members | Prepare hackathon topics **[IK] please ignore, not agreed** | 27.02.2026 |\n\
         | 2 | Mario Vitols **[IK] Māris Vītols** | Coordinate the Interreg application | 31.03.2026 |\n\
         | 3 | – | Open Data Day 2026 takes place in Tartu | 07.03.2026 |\n",
    );
    let read: Vec<_> = r
        .items
        .iter()
        .map(|i| (i.line, i.owner.as_deref()))
        .collect();
    assert_eq!(read, vec![(8, Some("Māris Vītols"))]);
}

#[test]
fn a_pronoun_after_an_aside_means_who_the_sentence_names() {
    let r = read(
        "# IoT coalition call, 29 January 2026\n\n\
         Present: Oleksandr Hnatiuk, Kwame Mensah\n\n\
         ## Website\n\n\
         (question from Kwame in the chat) -- Oleksandr said yes, he will fix it.\n",
    );
    let owners: Vec<_> = r.items.iter().map(|i| i.owner.as_deref()).collect();
    assert_eq!(owners, vec![Some("Oleksandr Hnatiuk")]);
}

#[test]
fn bare_co_facilitators_are_those_of_the_body_the_letterhead_names() {
    let r = read(
        "Internet Governance Forum (IGF)\n\
         Multistakeholder Advisory Group (MAG)\n\
         MAG Working Group on Strategy (WG-Strategy)\n\
         Summary Report of the Fourth Meeting of 2026\n\n\
         Virtual meeting, 12 February 2026, 13:00 - 14:30 UTC\n\n\
         I. Strategic priorities\n\n\
         1. The co-facilitators will share the revised list on the mailing list by Friday 6 March 2026.\n",
    );
    let owners: Vec<_> = r.items.iter().map(|i| i.owner.as_deref()).collect();
    assert_eq!(owners, vec![Some("WG-Strategy co-facilitators")]);
}

#[test]
fn an_entry_quoted_struck_through_in_a_correction_is_off_the_list() {
    let r = read(
        "# Broadband co-op board, 12 September 2026\n\n\
         ### Next steps\n\n\
         - Ravi Sundaram to send revised construction cost estimates.\n\
         - Ravi Sundaram to publish the engineering report on the co-op website.\n\n\
         ### Corrections\n\n\
         2. **Engineering report.** Nobody agreed to publish it. ~~Ravi Sundaram to publish the engineering report on the co-op website~~ — delete this item.\n",
    );
    let lines: Vec<usize> = r.items.iter().map(|i| i.line).collect();
    assert_eq!(lines, vec![5]);
}

#[test]
fn a_quoted_i_is_the_person_the_sentence_names() {
    let r = read(
        "# Kestrel TSC, 17 February 2026\n\n\
         Attendees: Ben Carter (@bencarter), Mia Khan (@mkhan)\n\n\
         ## Release 2.4\n\n\
         - @bencarter offered to pick up #1833 (docs) — \"I'll have a PR up by Friday\".\n",
    );
    assert!(
        !r.items.is_empty()
            && r.items
                .iter()
                .all(|i| i.owner.as_deref() == Some("Ben Carter")),
        "{:?}",
        r.items
    );
}

#[test]
fn an_action_log_in_columns_names_each_owner() {
    let r = read(
        "Subject: Routing WG interim, 12 February 2026\n\n\
         Action items\n\
         ------------\n\
         RT-26-01  Ivo       Publish anonymised ROV survey dataset on RIPE Labs\n\
         RT-26-02  RIPE NCC  Final reminder to maintainers of stale route\n\
         \x20                   objects (2 March)\n",
    );
    let owners: Vec<_> = r.items.iter().map(|i| i.owner.as_deref()).collect();
    assert_eq!(owners, vec![Some("Ivo"), Some("RIPE NCC")]);
}

#[test]
fn initials_name_the_owner_not_the_task_when_mentions_are_compared() {
    let r = read(
        "PC call, 24 February 2026\n\
         \n\
         Attendees: Anika Kowalski (AK), Timo Virtanen (TV)\n\
         \n\
         Recap of the January call:\n\
         \n\
         - AK to set up the review spreadsheet\n\
         - TV to ask the venue about the second room\n\
         \n\
         ## Review process\n\
         \n\
         ACTION: AK to assign three reviewers per submission by Wed 4 March.\n",
    );
    assert_eq!(
        owned_dues(&r),
        vec![
            (7, Some("Anika Kowalski"), None),
            (8, Some("Timo Virtanen"), None),
            (12, Some("Anika Kowalski"), Some("2026-03-04".to_string())),
        ]
    );
}

#[test]
fn a_note_under_an_entry_struck_whole_is_no_item_and_takes_no_mention() {
    let r = read(
        "Board meeting, 15 January 2026\n\
         \n\
         Attendees: Hannah Osei (HO), Darnell King (DK)\n\
         \n\
         ## Action items\n\
         \n\
         - [ ] ~~**All attendees** — Review the new licence text before adoption~~\n\
         \x20 - **[HO]** *Remove — the licence was approved at the meeting; nobody was asked to review anything.*\n\
         - [ ] **DK** — Draft the hackathon announcement\n\
         \n\
         ## Next meeting\n\
         \n\
         HO will send the agenda a week before the meeting.\n",
    );
    assert_eq!(
        items(&r),
        vec![(9, Some("Darnell King")), (13, Some("Hannah Osei"))]
    );
}

#[test]
fn entries_labelled_with_people_joined_by_a_slash_or_all_of_some() {
    let r = read(
        "WG call, 19 March 2026\n\
         \n\
         Present: Jan Torres, Jonas Weber, Hana Svobodova\n\
         \n\
         ## Action items\n\
         \n\
         - Jonas Weber / Hana Svobodova: validator v0.9 on PyPI, by 13 April\n\
         - All DCs: annual reports to the Secretariat by 28 April\n\
         - Security WG: the CNA process draft\n\
         - Everyone on the list: volunteer as reviewer by Fri 27 March\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (7, Some("Jonas Weber, Hana Svobodova")),
            (8, Some("All DCs")),
            (9, Some("Security WG")),
            (10, Some("Everyone on the list")),
        ]
    );
}

#[test]
fn an_attendee_written_code_first_is_known_by_the_code() {
    let r = read(
        "# Programme Committee sync, 12 March 2026\n\
         \n\
         **Attendees:**\n\
         - RM — Rosa Martínez (chair)\n\
         - DK — Diego Kahn (volunteer coordinator)\n\
         \n\
         ## Action items\n\
         \n\
         - [ ] **DK** to share the volunteer roster with the Events team before next week's sync\n",
    );
    assert_eq!(items(&r), vec![(9, Some("Diego Kahn"))]);
    assert_eq!(
        r.participants
            .iter()
            .map(|p| (p.name.as_str(), p.role.as_deref()))
            .collect::<Vec<_>>(),
        vec![
            ("Rosa Martínez", Some("chair")),
            ("Diego Kahn", Some("volunteer coordinator"))
        ]
    );
}

#[test]
fn entries_saying_what_is_so_give_no_one_a_task() {
    let r = read(
        "# Drafting call, 3 March 2026\n\
         \n\
         Attendees: Mariam Haddad, Ingrid Fosse\n\
         \n\
         ## Next steps\n\
         \n\
         - Mariam Haddad will share the chapter template by March 6.\n\
         - Renew domain\n\
         - It may be useful to track volunteer shift coverage in a shared spreadsheet.\n\
         \n\
         **[Correction by coordinators]**\n\
         \n\
         - \"Maria\" in the first item is Mariam Haddad, and the agreed date is 13 March.\n\
         - The struck-through items were not agreed during the call.\n\
         - wrong person.\n",
    );
    assert_eq!(items(&r), vec![(7, Some("Mariam Haddad")), (8, None)]);
}

#[test]
fn a_reviewers_edit_tag_before_an_entry_is_not_its_owner() {
    let r = read(
        "Interim call, 19 February 2026\n\
         \n\
         Attendees: Priya Venkataraman, Jonas Brekke\n\
         \n\
         ACTION: [rev] Priya Venkataraman to draft the operational considerations section.\n\
         ACTION: [rev] Jonas Brekke to review the text once Priya has a first draft.\n\
         \n\
         ## Next steps\n\
         \n\
         - [Added – WN] All members to send names of potential sponsors by 18 March.\n",
    );
    assert_eq!(
        items(&r),
        vec![
            (5, Some("Priya Venkataraman")),
            (6, Some("Jonas Brekke")),
            (10, Some("All members")),
        ]
    );
}
