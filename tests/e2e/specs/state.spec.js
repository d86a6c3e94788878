// A person's follow-up state is never lost: two tabs, unreadable saved
// values, a full storage, an old schema, export and import, "Mine".
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { AppPage, KEY, LEGACY_KEY, SAMPLE_KEY } from "../pages/app-page.js";

const V1_SAVED = readFileSync(new URL("../../fixtures/followups-v1.json", import.meta.url), "utf8");
const FIRST = "The results will be shared by the IGF Secretariat";
const SECOND = "MAG members are encouraged to explore the website.";
const PNAI_WEB = "MAG members can explore the new IGF webpage of the PNAI.";
const REVIEW = "MAG members are invited to review the brief as well.";

// Any uncaught error in a page (a panic in the wasm shows up here) fails the test.
let pageErrors = [];
const watch = (page) => page.on("pageerror", (error) => pageErrors.push(error.message));
test.beforeEach(async ({ page }) => {
  pageErrors = [];
  watch(page);
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test("a tick in one tab appears in the other, and edits in both are kept", async ({ context, page }) => {
  const a = new AppPage(page);
  const pageB = await context.newPage();
  watch(pageB);
  const b = new AppPage(pageB);
  await a.open();
  await b.open();

  await a.done(FIRST).check();
  await expect(b.done(FIRST)).toBeChecked({ timeout: 1_000 });

  // Both tabs edit different items before either has saved.
  await a.note(SECOND).fill("written in tab A");
  await b.star(PNAI_WEB).click();
  await expect(a.star(PNAI_WEB)).toHaveAttribute("aria-pressed", "true", { timeout: 2_000 });
  await expect(b.note(SECOND)).toHaveValue("written in tab A", { timeout: 2_000 });
  await expect(b.done(FIRST)).toBeChecked();

  // And storage holds all three, whichever tab saved last.
  await expect
    .poll(async () => {
      const items = Object.values(await a.savedItems());
      return [items.some((s) => s.status === "done"), items.some((s) => s.note === "written in tab A"), items.some((s) => s.star)];
    })
    .toEqual([true, true, true]);
});

test("a corrupt saved value: the app loads, says so, keeps a backup to download", async ({ page }) => {
  const app = new AppPage(page);
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem(key, "{ this is not JSON");
      }
    },
    [SAMPLE_KEY],
  );
  await app.open();
  await expect(app.items).toHaveCount(18);
  await expect(app.notices).toContainText("could not be read");
  const backups = await app.backupKeys();
  expect(backups).toHaveLength(1);
  expect(await app.stored(backups[0])).toBe("{ this is not JSON");
  await expect(app.notices).toContainText(backups[0]);

  const file = await app.download(page.getByRole("button", { name: "Download the saved value" }));
  expect(file.text).toBe("{ this is not JSON");

  // The app works, saves over the (kept) value, and the backup stays.
  await app.done(FIRST).check();
  await expect.poll(() => app.stored()).toContain('"schema":2');
  expect(await app.stored(backups[0])).toBe("{ this is not JSON");
  expect(await app.backupKeys()).toEqual(backups);
  await page.reload();
  await expect(app.done(FIRST)).toBeChecked();
  await expect(app.notice("could not be read")).toHaveCount(0);
});

test("storage full: a clear message, the saved state intact, the session keeps working", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.done(FIRST).check();
  await expect.poll(async () => Object.keys(await app.savedItems()).length).toBe(1);
  const before = await app.stored();
  expect(before).toContain('"status":"done"');

  const filled = await page.evaluate(() => {
    const chunk = "x".repeat(256 * 1024);
    let n = 0;
    try {
      for (; n < 400; n++) localStorage.setItem(`junk.${n}`, chunk);
    } catch (e) {
      return e.name;
    }
    return "never full";
  });
  expect(filled).toBe("QuotaExceededError");

  await app.note(SECOND).fill("a note that cannot be saved: ".repeat(20_000).slice(0, 300_000));
  await expect(app.notices).toContainText("storage for this page is full", { timeout: 2_000 });
  expect(await app.stored()).toBe(before);
  // In memory, everything still works.
  await app.done(REVIEW).check();
  await expect(app.done(REVIEW)).toBeChecked();
  await expect(page.getByText("18 action items · 2 done")).toBeVisible();
  expect(await app.stored()).toBe(before);
  const file = await app.download(page.getByRole("button", { name: "Download your follow-ups" }));
  expect(JSON.parse(file.text).schema).toBe(2);

  // Room again: the next change saves everything and the message goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("junk.")).forEach((k) => localStorage.removeItem(k)));
  await app.note(SECOND).fill("short now");
  await expect(app.notice("full")).toHaveCount(0, { timeout: 2_000 });
  await expect.poll(async () => Object.values(await app.savedItems()).filter((s) => s.status === "done").length).toBe(2);
});

test("a value saved by the previous version (schema 1) is migrated", async ({ page }) => {
  const app = new AppPage(page);
  await page.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    [LEGACY_KEY, V1_SAVED],
  );
  await app.open();
  await expect(app.done(REVIEW)).toBeChecked();
  await expect(app.note(PNAI_WEB)).toHaveValue("Share with the regional IGF list");
  await expect(app.progress("The IGF Secretariat will inform MAG members")).toHaveValue("not_for_me");
  await expect(app.progress("MAG members can explore the new IGF webpage of PNMA")).toHaveValue("in_progress");
  await expect(page.getByText("18 action items · 2 done")).toBeVisible();
  const saved = await app.saved();
  expect(saved.schema).toBe(2);
  expect(Object.keys(saved.items)).toHaveLength(4);
  expect(await app.stored(LEGACY_KEY)).toBe(V1_SAVED);
});

test("export, clear storage, import: everything is back", async ({ page }) => {
  let app = new AppPage(page);
  await app.open();
  await app.done(FIRST).check();
  await app.note(SECOND).fill("Ask the Secretariat");
  await app.star(PNAI_WEB).click();
  await app.progress(REVIEW).selectOption("in_progress");
  await app.iAmPerson("Ana Neves", ["PNAI"]);
  const file = await app.download(app.exportButton);
  expect(file.name).toMatch(/^followup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(file.text).app).toBe("followup");

  // An open tab keeps (and re-saves) what it holds, so storage is
  // cleared in a new tab, before the app starts there.
  await page.close();
  const fresh = await page.context().newPage();
  watch(fresh);
  await fresh.addInitScript(() => {
    if (!sessionStorage.getItem("cleared")) {
      sessionStorage.setItem("cleared", "1");
      localStorage.clear();
    }
  });
  page = fresh;
  app = new AppPage(page);
  await app.open();
  await expect(app.done(FIRST)).not.toBeChecked();
  await expect(app.note(SECOND)).toHaveValue("");

  await app.importInput.setInputFiles(file.path);
  await expect(app.notices).toContainText("Imported: 4 follow-ups added or updated.");
  await expect(app.done(FIRST)).toBeChecked();
  await expect(app.note(SECOND)).toHaveValue("Ask the Secretariat");
  await expect(app.star(PNAI_WEB)).toHaveAttribute("aria-pressed", "true");
  await expect(app.progress(REVIEW)).toHaveValue("in_progress");
  await expect(app.person.locator("summary")).toContainText("Ana Neves");

  await page.reload();
  await expect(app.done(FIRST)).toBeChecked();
  await expect(app.star(PNAI_WEB)).toHaveAttribute("aria-pressed", "true");
});

test("a wrong file is refused with a clear message, nothing changes", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.done(FIRST).check();
  await app.importInput.setInputFiles({ name: "minutes.json", mimeType: "application/json", buffer: Buffer.from('{"title":"x"}') });
  await expect(app.notices).toContainText("not a Follow-up export. Nothing was imported.");
  await app.importInput.setInputFiles({ name: "cut.json", mimeType: "application/json", buffer: Buffer.from('{"app":"followup","schema":2,"records":{"a') });
  await expect(app.notices).toContainText("damaged");
  await expect(app.done(FIRST)).toBeChecked();
});

test("'I am' a MAG member, and Mine shows my items", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.iAmPerson("Ana Neves");
  await expect(app.person.locator("summary")).toHaveText("You: Ana Neves · MAG Members");
  await app.mine.check();
  await expect(app.items).toHaveCount(10);
  await app.iAmPerson("Someone Else", ["IMSB"]);
  await expect(app.items).toHaveCount(2);
  await page.reload();
  await app.mine.check();
  await expect(app.items).toHaveCount(2);
});

test("state of an item that left the record is kept and shown", async ({ page }) => {
  const app = new AppPage(page);
  const orphan = {
    app: "followup",
    schema: 2,
    title: "IGF 2025 MAG Meeting XI",
    items: {
      "0000000000000001": { status: "done", note: "Called Anja", changed: 5, text: "An item that was removed from the minutes." },
    },
  };
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [SAMPLE_KEY, JSON.stringify(orphan)]);
  await app.open();
  await expect(app.orphans).toContainText("1 follow-up belongs to items no longer in this record");
  await app.orphans.locator("summary").click();
  await expect(app.orphans).toContainText("Note: Called Anja");
});

test("stars, progress, the person panel and notices: no WCAG 2.2 AA violations", async ({ page }) => {
  const app = new AppPage(page);
  await page.addInitScript(([key]) => localStorage.setItem(key, "[1, 2, 3]"), [KEY]);
  await app.open();
  await expect(app.notices).toContainText("could not be read");
  await app.star(PNAI_WEB).click();
  await app.progress(REVIEW).selectOption("not_for_me");
  await app.progress(SECOND).selectOption("in_progress");
  await app.iAmPerson("Ana Neves", ["PNAI"]);
  await app.mine.check();
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(scan.violations).toEqual([]);
});
