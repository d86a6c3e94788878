// Offline after the first visit, and updates offered, never forced.
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "../fixtures.js";
import { AppPage } from "../pages/app-page.js";

const ITEM = "MAG members can explore the new IGF webpage of the PNIF.";

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
    }
  });
}

test("after one visit the app, its record and the follow-ups work offline", async ({ page, context }) => {
  const app = new AppPage(page);
  await app.open();
  await controlled(page);
  await app.done(ITEM).check();
  await app.note(ITEM).fill("Read on the train");

  await context.setOffline(true);
  await page.reload();
  await expect(app.items).toHaveCount(18);
  await expect(app.done(ITEM)).toBeChecked();
  await expect(app.note(ITEM)).toHaveValue("Read on the train");
  // A deep link works offline too.
  await page.goto("/?group=PNIF");
  await expect(app.items).toHaveCount(1);
  await context.setOffline(false);
});

test.describe("a new deploy", () => {
  const port = Number(process.env.E2E_PORT ?? 4173) + 2;
  let dir;
  let server;

  test.beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "followup-deploy-"));
    cpSync("../../dist", dir, { recursive: true });
    server = spawn("node", ["server.mjs", dir, String(port)], { stdio: "ignore" });
    for (let i = 0; i < 50; i++) {
      const up = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok).catch(() => false);
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  test.afterEach(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test("is offered in the background and runs after Reload", async ({ page }) => {
    const app = new AppPage(page);
    await app.open(`http://127.0.0.1:${port}/`);
    await controlled(page);
    await expect(page).toHaveTitle("Follow-up — meeting action items");

    // Deploy a changed build: a new page title, and the service worker
    // list regenerated as the build's post-build hook does.
    const index = join(dir, "index.html");
    writeFileSync(index, readFileSync(index, "utf8").replace("<title>Follow-up — meeting action items", "<title>Follow-up (new build)"));
    execFileSync("node", ["../../scripts/post-build.mjs", dir]);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.getByRole("status").filter({ hasText: "A new version of Follow-up is available." });
    await expect(banner).toBeVisible();
    // Until the person says so, the running page stays on its own build.
    await expect(page).toHaveTitle("Follow-up — meeting action items");
    await banner.getByRole("button", { name: "Reload" }).click();
    await expect(page).toHaveTitle("Follow-up (new build)");
    await expect(app.items).toHaveCount(18);
  });
});
