// What the meeting decided, shown apart from the action items and narrowed
// by the same group and search.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "../fixtures.js";
import { AppPage } from "../pages/app-page.js";

const MINUTES = `Board call, 3 March 2025

Budget

RESOLUTION: the 2025 budget is adopted.
The Treasurer will send the adopted budget to the funders by 14 March.

Website

RESOLUTION: the new website goes live in May.
Ana Lima will move the news archive next week.
`;

test("decisions are listed apart, follow the group and search, and pass axe", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  // The sample decides nothing: no section at all.
  await expect(page.locator(".decisions")).toHaveCount(0);

  const dialog = await app.addRecord();
  await dialog.getByLabel("Paste the minutes").fill(MINUTES);
  await dialog.getByRole("button", { name: "Read pasted text" }).click();
  await expect(app.items).toHaveCount(2);

  const section = page.getByRole("region", { name: "Decisions" });
  await expect(section).toContainText("2 decisions");
  const decisions = section.locator(".decision");
  await expect(decisions.first()).toBeHidden();
  await section.locator("summary").click();
  await expect(decisions).toHaveCount(2);
  await expect(decisions.first()).toContainText("the 2025 budget is adopted.");
  await expect(decisions.first()).toContainText("Budget · line 5");
  // Decisions are not action items: nothing to tick.
  await expect(section.getByRole("checkbox")).toHaveCount(0);

  await app.group.selectOption("Website");
  await expect(decisions).toHaveCount(1);
  await expect(decisions).toContainText("goes live in May");
  await app.group.selectOption("");
  await app.search.fill("BUDGET");
  await expect(decisions).toHaveCount(1);
  await expect(section).toContainText("1 decision");

  const scan = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(scan.violations).toEqual([]);

  // Narrowed to one owner, the view has no decisions to show.
  await app.search.fill("");
  await app.owner.selectOption("Treasurer");
  await expect(section).toHaveCount(0);
});
