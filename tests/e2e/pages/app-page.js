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
