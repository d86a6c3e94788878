// End-to-end tests run Debian's Chromium (never a downloaded browser)
// against the release build in ../../dist, served by server.mjs.
import { defineConfig } from "@playwright/test";

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "./specs",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
    trace: "off",
  },
  webServer: [
    {
      command: `node server.mjs ../../dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The demo host page, embedding the widget as the "Embed this view"
      // snippet says: another origin (127.0.0.1:PORT+1, same site) or
      // another site (localhost:PORT+1), depending on the address used.
      command: `node server.mjs host ${PORT + 1} '${JSON.stringify({
        __APP__: `http://127.0.0.1:${PORT}/`,
        __APP_ORIGIN__: `http://127.0.0.1:${PORT}`,
      })}'`,
      url: `http://127.0.0.1:${PORT + 1}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // Another site serving records (with CORS, and misbehaving addresses).
      command: `node server.mjs ../fixtures ${PORT + 3} records`,
      url: `http://127.0.0.1:${PORT + 3}/inputs/saved-page.html`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
