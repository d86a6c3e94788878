// Page object: what a person sees and does on the Follow-up page, by the
// accessible names the app promises.
import { expect } from "@playwright/test";

/** Storage keys the app uses (see src/ui/persist.rs). */
export const KEY = "followup.v2";
export const RECORD_PREFIX = "followup.v2.record.";
/** The sample record's follow-ups. */
export const SAMPLE_KEY = `${RECORD_PREFIX}4a177fc65b3ac8c9`;
export const LEGACY_KEY = "followup.v1";
export const BACKUP_PREFIX = "followup.v2.backup.";

export class AppPage {
  /**
   * @param {import('@playwright/test').Page} page
   * @param {import('@playwright/test').FrameLocator} [frame] the widget's
   *   iframe, when the app is embedded in a host page
   */
  constructor(page, frame) {
    this.page = page;
    const root = frame ?? page;
    this.root = root;
    this.list = root.getByRole("list", { name: "Action items" });
    this.items = this.list.locator(":scope > li");
    this.group = root.getByLabel("Working group");
    this.owner = root.getByLabel("Owner");
    this.status = root.getByLabel("Status");
    this.search = root.getByLabel("Search");
    this.mine = root.getByRole("checkbox", { name: "Mine" });
    this.person = root.locator("details.person");
    this.iAm = root.getByLabel("I am");
    this.notices = root.getByRole("status");
    this.exportButton = root.getByRole("button", { name: "Export my follow-ups" });
    this.importInput = root.locator("#import-file");
    this.orphans = root.locator(".data__orphans");
  }

  /** The "Meeting" switcher and the "Add a record" dialog. */
  get meeting() {
    return this.root.getByLabel("Meeting", { exact: true });
  }

  get loadDialog() {
    return this.root.getByRole("dialog", { name: "Add a meeting record" });
  }

  async addRecord() {
    await this.root.getByRole("button", { name: "Add a record" }).click();
    await expect(this.loadDialog).toBeVisible();
    return this.loadDialog;
  }

  /** Picks files (paths, or {name, mimeType, buffer}) in the dialog. */
  async chooseFile(files) {
    const dialog = await this.addRecord();
    await dialog.getByLabel("Choose a file").setInputFiles(files);
    return dialog;
  }

  /** Pastes rich text (as a browser or Word puts it on the clipboard). */
  async pasteRich(html, text) {
    const dialog = await this.addRecord();
    const box = dialog.getByLabel("Paste the minutes");
    await box.focus();
    await box.evaluate(
      (el, [html, text]) => {
        const data = new DataTransfer();
        data.setData("text/html", html);
        data.setData("text/plain", text);
        el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [html, text],
    );
    return dialog;
  }

  /** Drops a file on the page, as dragging it from the desktop does. */
  async dropFile(name, mimeType, bytes) {
    await this.page.evaluate(
      ([name, mimeType, bytes]) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
        document.body.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
        document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [name, mimeType, [...bytes]],
    );
  }

  async open(path = "/") {
    await this.page.goto(path);
    await expect(this.list).toBeVisible();
  }

  /** The item whose text contains `text`. */
  item(text) {
    return this.items.filter({ hasText: text });
  }

  done(text) {
    return this.item(text).getByRole("checkbox", { name: "Done" });
  }

  note(text) {
    return this.item(text).getByRole("textbox", { name: "Note" });
  }

  star(text) {
    return this.item(text).getByRole("button", { name: "Star" });
  }

  progress(text) {
    return this.item(text).getByRole("combobox", { name: "Progress" });
  }

  /** A notice (shown or not) whose text contains `text`. */
  notice(text) {
    return this.page.locator(".notice").filter({ hasText: text });
  }

  async itemTexts() {
    return this.items.locator(".item__text").allTextContents();
  }

  /** "I am …", then the groups to follow. */
  async iAmPerson(name, groups = []) {
    if (!(await this.person.evaluate((d) => d.open))) await this.person.locator("summary").click();
    await this.iAm.fill(name);
    await this.iAm.press("Enter");
    await this.iAm.blur();
    for (const g of groups) await this.person.getByRole("checkbox", { name: g, exact: true }).check();
  }

  /** The raw value under `key` (by default the sample record's follow-ups). */
  stored(key = SAMPLE_KEY) {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }

  /** The sample record's saved follow-ups, parsed, once saved. */
  async saved() {
    await expect.poll(() => this.stored(), { timeout: 2_000 }).not.toBeNull();
    return JSON.parse(await this.stored());
  }

  /** Every saved item state, across records, by item id. */
  async savedItems() {
    const values = await this.page.evaluate(
      (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)),
      RECORD_PREFIX,
    );
    return Object.assign({}, ...values.map((v) => JSON.parse(v).items));
  }

  backupKeys() {
    return this.page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), BACKUP_PREFIX);
  }

  /** Clicks `button` and returns the downloaded file's path and text. */
  async download(button) {
    const [file] = await Promise.all([this.page.waitForEvent("download"), button.click()]);
    const path = await file.path();
    const { readFile } = await import("node:fs/promises");
    return { name: file.suggestedFilename(), path, text: await readFile(path, "utf8") };
  }
}
