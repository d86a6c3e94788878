// Page object: what a person sees and does on the Follow-up page, by the
// accessible names the app promises.
import { expect } from "@playwright/test";

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

  async itemTexts() {
    return this.items.locator(".item__text").allTextContents();
  }
}
