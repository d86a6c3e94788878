// The widget embedded in a host page on another site: it renders, sizes
// its iframe through postMessage, and keeps its own follow-up state.
import { test, expect } from "../fixtures.js";
import { AppPage } from "../pages/app-page.js";

const PORT = Number(process.env.E2E_PORT ?? 4173);
// The demo host page (host/index.html) at another origin of the same site
// as the app (127.0.0.1), and at another site (localhost), where browsers
// keep the widget's storage apart or refuse it.
const HOST = `http://127.0.0.1:${PORT + 1}`;
const OTHER_SITE = `http://localhost:${PORT + 1}`;

/** The snippet the app's "Embed this view" dialog gives for `view`. */
async function snippetFor(page, view) {
  const app = new AppPage(page);
  await app.open(view);
  await page.getByRole("button", { name: "Embed this view" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await dialog.getByLabel("Your site's address").fill(HOST);
  const code = await dialog.getByLabel("Code to paste").inputValue();
  await dialog.getByRole("button", { name: "Close" }).click();
  return code;
}

/** Opens the demo host page, which embeds the PNAI view. */
async function openHost(page, origin = HOST) {
  await page.goto(`${origin}/`);
}

test("the demo host page holds exactly the snippet the dialog gives", async ({ page, request }) => {
  const snippet = await snippetFor(page, "/?group=PNAI");
  const host = await (await request.get(`${HOST}/`)).text();
  expect(host).toContain(snippet);
});

test("the widget renders in a host page, sized to its content", async ({ page }) => {
  await openHost(page);

  const frame = page.frameLocator("iframe");
  const widget = new AppPage(page, frame);
  await expect(widget.items).toHaveCount(3);
  // The group was fixed by the host: no control to change it, and it is the
  // widget's whole scope.
  await expect(widget.group).toHaveCount(0);
  await expect(frame.getByText("Showing all 3 action items")).toBeVisible();
  await expect(frame.getByRole("button", { name: "Clear filters" })).toHaveCount(0);
  await expect(widget.owner).toBeVisible();
  await expect(frame.getByRole("link", { name: "Open full view" })).toHaveAttribute("href", /\?group=PNAI$/);

  // The iframe takes the widget's height: nothing scrolls inside it.
  const iframe = page.locator("iframe");
  await expect
    .poll(async () => {
      const outer = (await iframe.boundingBox()).height;
      const inner = await frame.locator("#app").evaluate((el) => el.getBoundingClientRect().height);
      return Math.abs(outer - Math.ceil(inner));
    })
    .toBeLessThanOrEqual(1);
  const tall = (await iframe.boundingBox()).height;

  // Fewer items: the iframe shrinks with them.
  await widget.status.selectOption("done");
  await expect(widget.items).toHaveCount(0);
  await expect.poll(async () => (await iframe.boundingBox()).height).toBeLessThan(tall - 100);
  const scrolls = await frame
    .locator("html")
    .evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  expect(scrolls).toBe(false);
});

test("the widget keeps its follow-ups across visits of the host page", async ({ page }) => {
  await openHost(page);
  const widget = new AppPage(page, page.frameLocator("iframe"));
  const item = "MAG members are invited to review the brief as well.";
  await widget.done(item).check();
  await widget.note(item).fill("Comment by Friday");
  await page.reload();
  await expect(widget.done(item)).toBeChecked();
  await expect(widget.note(item)).toHaveValue("Comment by Friday");
});

test("on another site, where the browser refuses the widget storage, it says so and still works", async ({ page }) => {
  await openHost(page, OTHER_SITE);
  const frame = page.frameLocator("iframe");
  const widget = new AppPage(page, frame);
  await expect(widget.items).toHaveCount(3);
  const saved = await page.frames()[1].evaluate(() => {
    try {
      return typeof localStorage.length === "number";
    } catch {
      return false;
    }
  });
  if (saved) {
    // A browser that partitions instead of refusing: the state is kept, per site.
    await widget.done("review the brief").check();
    await page.reload();
    await expect(widget.done("review the brief")).toBeChecked();
  } else {
    await expect(frame.getByText("does not let this embedded view save")).toBeVisible();
    await widget.done("review the brief").check();
    await expect(widget.done("review the brief")).toBeChecked();
    await expect(frame.getByRole("link", { name: "Open full view" })).toBeVisible();
    // What cannot be saved here can still be taken along.
    await expect(frame.getByRole("button", { name: "Export my follow-ups" })).toBeVisible();
  }
});

test("messages from the host are data: filters only, markup stays text", async ({ page }) => {
  await openHost(page);
  const widget = new AppPage(page, page.frameLocator("iframe"));
  await expect(widget.items).toHaveCount(3);
  await page.evaluate(() => {
    const frame = document.querySelector("iframe").contentWindow;
    frame.postMessage({ type: "followup:filter", group: "PNIF" }, "*");
  });
  await expect(widget.items).toHaveCount(1);
  await page.evaluate(() => {
    const frame = document.querySelector("iframe").contentWindow;
    frame.postMessage({ type: "followup:filter", q: "<img src=x onerror=alert(1)>" }, "*");
    frame.postMessage({ type: "followup:eval", code: "alert(1)" }, "*");
  });
  await expect(widget.search).toHaveValue("<img src=x onerror=alert(1)>");
  await expect(widget.items).toHaveCount(0);
  await expect(page.frameLocator("iframe").locator("img")).toHaveCount(0);
});
