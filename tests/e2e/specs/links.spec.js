// Links carry the view: filters, the selected item, and nothing hostile.
import { test, expect } from "../fixtures.js";
import { AppPage } from "../pages/app-page.js";

const PNAI_CALL = "The next PNAI call is scheduled on 23 October";

test("a link opens exactly the view it carries", async ({ page }) => {
  const app = new AppPage(page);
  await app.open("/?group=PNAI&status=open&q=register");
  await expect(app.group).toHaveValue("PNAI");
  await expect(app.status).toHaveValue("open");
  await expect(app.search).toHaveValue("register");
  await expect(app.items).toHaveCount(1);
  await expect(app.item(PNAI_CALL)).toBeVisible();
});

test("every change of view is a step back and forward can retrace", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.group.selectOption("PNAI");
  await expect(page).toHaveURL(/\?group=PNAI$/);
  await app.owner.selectOption("MAG members");
  await expect(page).toHaveURL(/\?group=PNAI&owner=MAG\+members$/);
  await app.search.fill("webpage");
  await expect(page).toHaveURL(/&q=webpage$/);
  await expect(app.items).toHaveCount(1);

  await page.goBack();
  await expect(app.search).toHaveValue("");
  await expect(app.owner).toHaveValue("MAG members");
  await expect(app.group).toHaveValue("PNAI");
  await expect(app.items).toHaveCount(3);
  await page.goBack();
  await expect(app.owner).toHaveValue("");
  await expect(app.items).toHaveCount(3);
  await page.goBack();
  await expect(app.group).toHaveValue("");
  await expect(app.items).toHaveCount(18);
  await page.goForward();
  await expect(app.group).toHaveValue("PNAI");
  await expect(app.items).toHaveCount(3);
});

test("copied links reproduce the view and point at one item", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const app = new AppPage(page);
  await app.open();
  await app.group.selectOption("BPF Cybersecurity");
  await page.getByRole("button", { name: "Copy link to this view" }).click();
  await expect(page.getByRole("button", { name: "Copy link to this view" })).toHaveText("Copied");
  const viewLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(viewLink).toMatch(/\?group=BPF\+Cybersecurity$/);

  await app.item("next BPF call").getByRole("button", { name: "Copy link" }).click();
  const itemLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(itemLink).toMatch(/\?group=BPF\+Cybersecurity&item=[0-9a-f]{16}$/);

  const other = await context.newPage();
  const otherApp = new AppPage(other);
  await otherApp.open(itemLink);
  await expect(otherApp.group).toHaveValue("BPF Cybersecurity");
  await expect(otherApp.items).toHaveCount(2);
  const selected = otherApp.item("next BPF call");
  await expect(selected).toHaveClass(/item--selected/);
  await expect(selected).toBeInViewport();
});

test("malformed and hostile parameters are ignored with a notice, never run", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const app = new AppPage(page);
  await app.open(
    "/?src=javascript:alert(1)&status=%3Cscript%3Ealert(1)%3C/script%3E&owner=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&group=Nowhere&item=zzz",
  );
  await expect(app.items).toHaveCount(18);
  const notices = page.getByRole("status").locator(".notice");
  await expect(notices.filter({ hasText: "“src” is not an http(s) address" })).toBeVisible();
  await expect(notices.filter({ hasText: "“status” is not one of open, done, all" })).toBeVisible();
  await expect(notices.filter({ hasText: "“item” is not an item of this app" })).toBeVisible();
  await expect(notices.filter({ hasText: "the working group “Nowhere”" })).toBeVisible();
  // The markup came back as text, not as an element.
  await expect(notices.filter({ hasText: "the owner “<img src=x onerror=alert(1)>”" })).toBeVisible();
  await expect(page.locator("img")).toHaveCount(0);
  expect(dialogs).toBe(0);
});
