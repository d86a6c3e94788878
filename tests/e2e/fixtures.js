// Shared test setup: every page in every test fails the test on an
// uncaught error (a wasm panic shows up as one) or on any
// Content-Security-Policy violation, in the page or in its frames.
import { test as base, expect } from "@playwright/test";

const WATCH_CSP = () => {
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} in ${e.sourceFile || location.href}`);
  });
};

export const test = base.extend({
  context: async ({ context }, use) => {
    await context.addInitScript(WATCH_CSP);
    await use(context);
  },
  problems: [
    async ({ context }, use) => {
      const problems = [];
      const watch = (page) => {
        page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
        page.on("console", (message) => {
          if (/Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
        });
      };
      context.pages().forEach(watch);
      context.on("page", watch);
      await use(problems);
      for (const page of context.pages()) {
        for (const frame of page.frames()) {
          const found = await frame.evaluate(() => window.__cspViolations ?? []).catch(() => []);
          problems.push(...found.map((v) => `CSP violation: ${v}`));
        }
      }
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
