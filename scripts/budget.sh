#!/usr/bin/env bash
# Fails when the built app (wasm + JS + CSS + HTML, gzip -9) grows past its
# byte budget. Run after `trunk build --release`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The aim is 120 KB (not met: see README, Figures). The budget is what the
# app weighs now plus a margin, so growth is a decision, not an accident.
# The follow-up state (person and "Mine", star, progress, export/import,
# two-tab sync, a value per record, recovery notices) took the app from
# 181 KB to 240 KB; links, the widget, offline use, reading Word and HTML
# and the library took it to 354 KB; the full extraction engine to 401 KB;
# the second session's extraction rounds (space-aligned tables, generated
# W3C pages, participant categories, owners by initial, US dates, timing
# spans, held-out batches 6 to 12, decisions shown in the app) to 438 KB,
# after integer-only size formatting took 8 KB off. The third session's
# rules (IRC nicks and tracker echoes, roles named in prose and lists,
# UN participant lists, city time zones, held-out batches 15 to 25) took
# it to 453 KB; the fourth session's (action-log numbers, bodies opening
# headings, IRC start times and due changes, owners in brackets, more
# zones and deadline forms, held-out batches 26 to 35) to 465 KB; the
# fifth session's (action-log ids, entry tags, definition lists, PDF
# hyphens, wrapped IRC lines, role appositions, zones by city and region,
# forge topics, roll calls by representative, held-out batches 42 to 53)
# to 476 KB; the sixth session's (reviewers' corrections to AI notes,
# editorial notes, bracketed-name entries, reversed and capitalised family
# names, remarks and presenters' roles in headings, more date forms,
# held-out batches 54 to 86) to 487 KB; the seventh session's (paragraph
# pointers, tracker reviews, struck-out words, attendance tables laid out
# with spaces, more zones, date and owner forms, held-out batches 87 to
# 116) to 497 KB; the eighth session's (topics of a summary of actions,
# roles from header fields and sentences, W3C text logs, tables drawn in
# plain text, reviewers' corrections in more words, held-out batches 117
# to 140) to 508 KB; the ninth session's (speaker codes put first,
# reviewers' numbered and dated corrections, a meeting assistant's notes
# read by their list, people named with what sets them apart, headings in
# capitals spelled as the record does, held-out batches 153 to 164) to
# 517 KB; the tenth session's (reviewers' notes signed under an entry and
# numbered over a bulleted list, struck entries taken off before merging,
# quoted older action lists in mail, bots' rolls of those present, bodies
# by the name the sentence gives, held-out batches 165 to 182) to 523 KB;
# the eleventh session's (titles without their date or the document's word,
# signed notes at the end of an entry, status columns of action tables,
# headings in capitals, dates labelled "Date/time:", irssi logs, held-out
# batches 183 to 206) to 531 KB, after reading an irssi log's date with
# the record's own date reader instead of chrono's format parser took 9 KB
# off; the twelfth session's (requests in any clause, bracketed action
# tags, signed notes on their own line, refused tracker actions, attendees
# nested under their label, bare co-facilitators named by their body,
# corrections quoted struck through, held-out batches 207 to 220) to
# 535 KB; the thirteenth session's (a scribe's continued lines, words
# struck and replaced, notes signed in round brackets and "[Edit]" notes,
# a timed passive's doer, asides in brackets around owners, columns of
# names read in the record's own order, transcript speakers with a time)
# to 539 KB; the fourteenth session's (the home body's secretariat, code
# and dash attendee lines, reviewers' edit tags, notes under struck
# entries, numbered tracks and workstreams as groups, held-out batches
# 259 to 282) to 541 KB.
BUDGET_BYTES=$((545 * 1024))
node "$ROOT/tests/e2e/bench/sizes.mjs" "$ROOT/dist" --budget "$BUDGET_BYTES"
