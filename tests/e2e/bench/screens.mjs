// Screenshots to look at (not a test): the page on desktop and phone, the
// embed dialog, and the widget in the demo host page.
// node bench/screens.mjs <app url> <host url> <out dir>
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";

const [app = "http://127.0.0.1:4173/", host = "http://127.0.0.1:4174/", out = "/tmp/followup-screens"] =
  process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const shoot = async (name, url, viewport, act) => {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  await page.locator("ul[aria-label='Action items'] > li, iframe").first().waitFor();
  if (act) await act(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: false });
  await page.close();
  console.log(`${out}/${name}.png`);
};
await shoot("desktop", app, { width: 1280, height: 900 });
await shoot("phone", app, { width: 390, height: 844 });
await shoot("phone-filtered", `${app}?group=PNAI`, { width: 390, height: 844 }, async (page) => {
  await page.getByRole("checkbox", { name: "Done" }).first().check();
});
await shoot("embed-dialog", app, { width: 1280, height: 900 }, async (page) => {
  await page.getByRole("button", { name: "Embed this view" }).click();
});
await shoot("widget", host, { width: 900, height: 900 });
await shoot("load-dialog-phone", app, { width: 390, height: 844 }, async (page) => {
  await page.getByRole("button", { name: "Add a record" }).click();
});
await shoot("all-meetings", app, { width: 1280, height: 900 }, async (page) => {
  await page.getByRole("button", { name: "Add a record" }).click();
  await page.getByLabel("Paste the minutes").fill(
    "Library board, 9 April 2025\n\n1. Budget\n\n- The Secretariat will circulate the revised budget report by 2 May.\n- Trustees are invited to propose speakers.\n",
  );
  await page.getByRole("button", { name: "Read pasted text" }).click();
  await page.getByLabel("Meeting", { exact: true }).selectOption("all");
});
// A record that decides things: the decisions below the items, opened.
await shoot("decisions-phone", app, { width: 390, height: 844 }, async (page) => {
  await page.getByRole("button", { name: "Add a record" }).click();
  await page.getByLabel("Paste the minutes").fill(
    "Board call, 3 March 2025\n\nBudget\n\nRESOLUTION: the 2025 budget is adopted.\nThe Treasurer will send the adopted budget to the funders by 14 March.\n\nWebsite\n\nRESOLUTION: the new website goes live in May.\n",
  );
  await page.getByRole("button", { name: "Read pasted text" }).click();
  const decisions = page.locator(".decisions summary");
  await decisions.click();
  await decisions.scrollIntoViewIfNeeded();
});
await browser.close();
