// Bringing records in — files, drops, pastes, links — and keeping several
// meetings; every bad input gets its message and loses nothing.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "../fixtures.js";
import { AppPage } from "../pages/app-page.js";

const PORT = Number(process.env.E2E_PORT ?? 4173);
const RECORDS = `http://127.0.0.1:${PORT + 3}`;
const INPUTS = "../fixtures/inputs";
const SAMPLE_TITLE = "IGF 2025 MAG Meeting XI";
const SAMPLE_ITEM = "MAG members can explore the new IGF webpage of the PNIF.";

const title = (page) => page.getByRole("heading", { level: 1 });

test("a Word file picked from the device becomes a meeting of its own", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.chooseFile(`${INPUTS}/board-minutes.docx`);
  await expect(title(page)).toHaveText("Riverside Library Trust — Board meeting");
  await expect(app.loadDialog).toBeHidden();
  await expect(app.item("Trustees are invited to recruit two volunteers")).toBeVisible();
  await expect(app.meeting.locator("option")).toHaveText([
    "All meetings — open items",
    `Wed 22 Oct 2025 — ${SAMPLE_TITLE}`,
    "Tue 12 Mar 2024 — Riverside Library Trust — Board meeting",
  ]);

  // Switching back and forth keeps each meeting's own follow-ups.
  await app.done("Trustees are invited").check();
  await app.meeting.selectOption({ label: `Wed 22 Oct 2025 — ${SAMPLE_TITLE}` });
  await expect(title(page)).toHaveText(SAMPLE_TITLE);
  await page.reload();
  await expect(title(page)).toHaveText(SAMPLE_TITLE);
  await app.meeting.selectOption({ label: "Tue 12 Mar 2024 — Riverside Library Trust — Board meeting" });
  await expect(app.done("Trustees are invited")).toBeChecked();
});

test("a file dropped on the page opens", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.dropFile("council.html", "text/html", readFileSync(`${INPUTS}/word-clipboard.html`));
  await expect(title(page)).toHaveText("Staff council");
});

test("rich text pasted from Word keeps its structure; plain text pastes too", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.pasteRich(readFileSync(`${INPUTS}/word-clipboard.html`, "utf8"), "Staff council");
  await expect(title(page)).toHaveText("Staff council");
  await expect(app.item("Team leads are asked to collect feedback")).toBeVisible();

  const dialog = await app.addRecord();
  await dialog.getByLabel("Paste the minutes").fill("Editorial call, 2 May 2025\n\n- Ana will merge the glossary by 9 May.\n");
  await dialog.getByRole("button", { name: "Read pasted text" }).click();
  await expect(title(page)).toHaveText("Editorial call");
  await expect(app.items).toHaveCount(1);
});

test("a link with ?src= opens the record from another site, and reopens offline from the library", async ({ page, context }) => {
  const app = new AppPage(page);
  const src = `${RECORDS}/inputs/saved-page.html`;
  await app.open(`/?src=${encodeURIComponent(src)}`);
  await expect(title(page)).toHaveText("Open Data Working Group");
  await expect(app.item("publish the cleaned dataset")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?src=${encodeURIComponent(src).replace(/[.]/g, "\\.")}$`));
  await app.done("publish the cleaned dataset").check();

  // Offline, the same link opens the copy kept in this browser.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await expect(title(page)).toHaveText("Open Data Working Group");
  await expect(app.done("publish the cleaned dataset")).toBeChecked();
  await expect(page.getByText("The copy kept in this browser is shown.")).toBeVisible();
  await context.setOffline(false);
});

test("each way a link can fail has its own message, and nothing is lost", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.done(SAMPLE_ITEM).check();
  const cases = [
    [`${RECORDS}/no-cors/inputs/saved-page.html`, "does not let other sites read its files"],
    [`${RECORDS}/inputs/missing.txt`, "404 Not Found"],
    [`${RECORDS}/image.png`, "leads to “image/png”, not to a meeting record"],
    [`${RECORDS}/huge.txt`, "records up to 20 MB can be read"],
  ];
  for (const [url, message] of cases) {
    const dialog = await app.addRecord();
    await dialog.getByLabel("Address of the record").fill(url);
    await dialog.getByRole("button", { name: "Open link" }).click();
    await expect(dialog.getByRole("alert")).toContainText(message);
    await dialog.getByRole("button", { name: "Close" }).click();
  }
  await expect(title(page)).toHaveText(SAMPLE_TITLE);
  await expect(app.done(SAMPLE_ITEM)).toBeChecked();
  await expect(app.meeting.locator("option")).toHaveCount(1);
});

test("every bad file gets its own message, runs nothing, and loses nothing", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  const huge = join(mkdtempSync(join(tmpdir(), "followup-")), "huge.txt");
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, "a"));
  const app = new AppPage(page);
  await app.open();
  await app.done(SAMPLE_ITEM).check();
  const cases = [
    [`${INPUTS}/empty.txt`, "is empty"],
    [`${INPUTS}/image.png.txt`, "is not text"],
    [`${INPUTS}/not-a-zip.docx`, "it is not a zip archive"],
    [`${INPUTS}/zip-without-document.docx`, "without a Word document in it"],
    [`${INPUTS}/zip-bomb.docx`, "was refused and not opened"],
    [huge, "is 50.0 MB"],
  ];
  for (const [file, message] of cases) {
    const dialog = await app.chooseFile(file);
    await expect(dialog.getByRole("alert")).toContainText(message);
    await dialog.getByRole("button", { name: "Close" }).click();
  }
  await expect(title(page)).toHaveText(SAMPLE_TITLE);
  await expect(app.done(SAMPLE_ITEM)).toBeChecked();
  await expect(app.meeting.locator("option")).toHaveCount(1);

  // A page full of scripts opens as text only: nothing of it runs or loads.
  await app.chooseFile(`${INPUTS}/saved-page.html`);
  await expect(title(page)).toHaveText("Open Data Working Group");
  await expect(page.locator("img, iframe, script:not([src])")).toHaveCount(0);
  await expect(page).toHaveTitle("Follow-up — meeting action items");
  expect(dialogs).toBe(0);

  // Text in other encodings opens, with a word on how it was read.
  await app.chooseFile(`${INPUTS}/windows-1252.txt`);
  await expect(title(page)).toHaveText("Comité de coordination");
  await expect(page.getByText("it was read as Windows-1252")).toBeVisible();
});

test("meetings can be renamed, and removed with undo", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.chooseFile(`${INPUTS}/board-minutes.docx`);
  await expect(title(page)).toHaveText("Riverside Library Trust — Board meeting");

  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("New name").fill("Library board, March");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(app.meeting.locator("option:checked")).toHaveText("Tue 12 Mar 2024 — Library board, March");

  await page.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("“Library board, March” was removed.")).toBeVisible();
  await expect(title(page)).toHaveText(SAMPLE_TITLE);
  await expect(app.meeting.locator("option")).toHaveCount(1);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(app.meeting.locator("option")).toHaveCount(3);
  await expect(title(page)).toHaveText("Riverside Library Trust — Board meeting");
  await page.reload();
  await expect(app.meeting.locator("option:checked")).toHaveText("Tue 12 Mar 2024 — Library board, March");
});

test("all meetings: every open item at once, a carried-over action shown once", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const paste = async (text) => {
    const dialog = await app.addRecord();
    await dialog.getByLabel("Paste the minutes").fill(text);
    await dialog.getByRole("button", { name: "Read pasted text" }).click();
    await expect(dialog).toBeHidden();
  };
  await paste("Library board, 12 March 2024\n\n1. Budget\n\n- The Secretariat will circulate the draft budget report.\n- Trustees are invited to propose speakers.\n");
  await paste("Library board, 9 April 2024\n\n1. Budget\n\n- The Secretariat will circulate the revised draft budget report.\n- The chair will book the hall.\n");

  await app.meeting.selectOption({ label: "All meetings — open items" });
  await expect(title(page)).toHaveText("All meetings");
  await expect(page).toHaveURL(/\?all=1&status=open$/);
  // 18 sample items, and from the board: the budget report (once), the speakers, the hall.
  await expect(app.items).toHaveCount(21);
  const carried = app.item("circulate the revised draft budget report");
  await expect(carried).toContainText("Library board (Tue 9 Apr 2024) · open since Library board (Tue 12 Mar 2024)");
  await expect(app.item("circulate the draft budget report.")).toHaveCount(0);

  await app.group.selectOption("Budget");
  await expect(app.items).toHaveCount(3);
  // Done leaves the list of open items at once.
  await app.done("circulate the revised draft budget report").click();
  await expect(app.items).toHaveCount(2);

  // Done across meetings is done in the meeting where it was last recorded.
  await app.meeting.selectOption({ label: "Tue 9 Apr 2024 — Library board" });
  await expect(app.done("circulate the revised draft budget report")).toBeChecked();
  await page.goBack();
  await expect(title(page)).toHaveText("All meetings");
});

test("the load dialog, the embed dialog and all meetings: no WCAG 2.2 AA violations", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const scan = async () =>
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()).violations;
  const dialog = await app.addRecord();
  expect(await scan()).toEqual([]);
  await dialog.getByLabel("Paste the minutes").fill("Library board, 9 April 2024\n\n1. Budget\n\n- The chair will book the hall.\n");
  await dialog.getByRole("button", { name: "Read pasted text" }).click();
  await app.meeting.selectOption({ label: "All meetings — open items" });
  await expect(title(page)).toHaveText("All meetings");
  expect(await scan()).toEqual([]);
  await page.getByRole("button", { name: "Embed this view" }).click();
  expect(await scan()).toEqual([]);
});
