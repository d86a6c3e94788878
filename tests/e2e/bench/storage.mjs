// What a year of meetings costs in this browser's storage, and how much
// the browser gives: opens 25 records (the sample re-dated, padded to a
// realistic mix of sizes) through the app, then measures localStorage.
// node bench/storage.mjs <app url>
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";

const url = process.argv[2] ?? "http://127.0.0.1:4173/";
const sample = readFileSync(new URL("../../../src/sample/igf-2025-mag-xi.txt", import.meta.url), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const page = await browser.newPage();
await page.goto(url);
await page.locator("ul[aria-label='Action items'] > li").first().waitFor();
const sizes = [];
for (let i = 0; i < 25; i++) {
  // Sizes from one sample (8 k) to five samples (40 k), as minutes vary.
  const copies = 1 + (i % 5);
  const month = String((i % 12) + 1).padStart(2, "0");
  const text = `MAG meeting ${i + 1}\n\n${String((i % 27) + 1).padStart(2, "0")}.${month}.2025 | 14:00 UTC\n\n` +
    Array.from({ length: copies }, () => sample.split("\n").slice(7).join("\n")).join("\n");
  sizes.push(text.length);
  await page.getByRole("button", { name: "Add a record" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a meeting record" });
  await dialog.getByLabel("Paste the minutes").fill(text);
  await dialog.getByRole("button", { name: "Read pasted text" }).click();
  await dialog.waitFor({ state: "hidden" });
}
const used = await page.evaluate(() => {
  let chars = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    chars += key.length + localStorage.getItem(key).length;
  }
  return chars;
});
// The quota: fill with 100 k-character values until the browser refuses.
const quota = await page.evaluate(() => {
  const block = "x".repeat(100_000);
  let added = 0;
  try {
    for (let i = 0; i < 1000; i++) {
      localStorage.setItem(`probe-${i}`, block);
      added += block.length + `probe-${i}`.length;
    }
  } catch {
    // QuotaExceededError: this is the limit.
  }
  return added;
});
await browser.close();
const k = (n) => `${(n / 1000).toFixed(0)} k`;
console.log(`a year of meetings: 25 records of ${k(Math.min(...sizes))}–${k(Math.max(...sizes))} characters`);
console.log(`localStorage used: ${k(used)} characters (records, library, follow-ups)`);
console.log(`room left when full: ${k(quota)} more characters; quota about ${k(used + quota)} characters`);
