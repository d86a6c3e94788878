// The page runs under a strict Content-Security-Policy, and the suite's
// watcher (fixtures.js) would see a violation.
import { test as base, expect } from "@playwright/test";
import { AppPage } from "../pages/app-page.js";

base("an inline script is blocked and reported", async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective));
  });
  const app = new AppPage(page);
  await app.open();
  const ran = await page.evaluate(async () => {
    window.__ran = false;
    const script = document.createElement("script");
    script.textContent = "window.__ran = true";
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return window.__ran;
  });
  expect(ran).toBe(false);
  expect(await page.evaluate(() => window.__violations)).toContain("script-src-elem");
});
