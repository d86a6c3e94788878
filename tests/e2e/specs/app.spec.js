// A person opens Follow-up on the sample record, filters, ticks and notes.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "../fixtures.js";
import { AppPage } from "../pages/app-page.js";

const PNAI_ITEMS = [
  "MAG members are invited to review the brief as well.",
  "The next PNAI call is scheduled on 23 October at 13:00 UTC and MAG members are welcome to register here.",
  "MAG members can explore the new IGF webpage of the PNAI.",
];

test("opens on the sample record with all its action items", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("IGF 2025 MAG Meeting XI");
  await expect(page.getByText("Wednesday 22 October 2025 · 14:00 UTC")).toBeVisible();
  await expect(app.items).toHaveCount(18);
  await expect(app.done(PNAI_ITEMS[0])).not.toBeChecked();
  await expect(app.item(PNAI_ITEMS[1]).getByText("Thu 23 Oct 2025, 13:00 UTC")).toBeVisible();
});

test("filters by working group, owner, status and search, combined", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();

  await app.group.selectOption("PNAI");
  await expect(app.items).toHaveCount(3);
  expect(await app.itemTexts()).toEqual(PNAI_ITEMS);
  await expect(page.getByText("Showing 3 of 18 action items")).toBeVisible();

  await app.group.selectOption("");
  await app.owner.selectOption("IGF Secretariat");
  await expect(app.items).toHaveCount(3);
  for (const item of await app.items.all()) {
    await expect(item.locator(".meta", { hasText: "Owner" }).locator("dd")).toHaveText("IGF Secretariat");
  }

  // Filters combine: no PNAI item is the Secretariat's.
  await app.group.selectOption("PNAI");
  await expect(app.items).toHaveCount(0);
  await expect(page.getByText("No action items match these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Show all items" }).click();
  await expect(app.items).toHaveCount(18);

  await app.search.fill("webpage");
  await expect(app.items).toHaveCount(4);
  await app.search.fill("webpage pnif");
  await expect(app.items).toHaveCount(1);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(app.items).toHaveCount(18);
});

test("a ticked item and a note survive a reload", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.done(PNAI_ITEMS[0]).check();
  await app.note(PNAI_ITEMS[2]).fill("Share with the regional IGF list");
  await expect(page.getByText("18 action items · 1 done")).toBeVisible();

  await page.reload();
  await expect(app.items).toHaveCount(18);
  await expect(app.done(PNAI_ITEMS[0])).toBeChecked();
  await expect(app.note(PNAI_ITEMS[2])).toHaveValue("Share with the regional IGF list");

  await app.status.selectOption("done");
  await expect(app.items).toHaveCount(1);
  await app.status.selectOption("open");
  await expect(app.items).toHaveCount(17);
});

test("has no WCAG 2.2 AA violations, before and after filtering", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const scan = () =>
    new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect((await scan()).violations).toEqual([]);
  await app.group.selectOption("PNAI");
  await app.done(PNAI_ITEMS[0]).check();
  expect((await scan()).violations).toEqual([]);
});

test("fits a phone screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const app = new AppPage(page);
  await app.open();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(app.group).toBeVisible();
});

test.describe("in another time zone", () => {
  test.use({ timezoneId: "Europe/Zurich" });

  test("times are shown in UTC and in the viewer's own time", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    // 22 October 2025 is still summer time in Switzerland (UTC+2).
    await expect(page.getByText("Wednesday 22 October 2025 · 14:00 UTC")).toBeVisible();
    await expect(page.locator(".meeting__local")).toHaveText("16:00 CEST your time");
    await expect(app.item(PNAI_ITEMS[1]).getByText("Thu 23 Oct 2025, 13:00 UTC (15:00 CEST your time)")).toBeVisible();
  });
});
