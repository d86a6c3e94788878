// Time from navigation to the first rendered action item, in headless
// Chromium, over several cold loads (fresh browser context each time).
// node load.mjs <url> [runs]
import { chromium } from "@playwright/test";

const url = process.argv[2] ?? "http://127.0.0.1:4173/";
const runs = Number(process.argv[3] ?? 9);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});
const firstItem = [];
const filter = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("ul[aria-label='Action items'] > li").first().waitFor();
  // performance.now() is measured from navigation start inside the page.
  firstItem.push(await page.evaluate(() => performance.now()));
  const took = await page.evaluate(async () => {
    const select = document.getElementById("filter-group");
    const t0 = performance.now();
    select.value = "PNAI";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - t0;
  });
  filter.push(took);
  await context.close();
}
await browser.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`navigation → first item: median ${median(firstItem).toFixed(0)} ms over ${runs} cold loads (min ${Math.min(...firstItem).toFixed(0)}, max ${Math.max(...firstItem).toFixed(0)})`);
console.log(`filter by group → next frame: median ${median(filter).toFixed(1)} ms`);
