// Trunk post-build hook (also runnable by hand: node scripts/post-build.mjs <dir>).
//
// 1. Moves the loader Trunk writes inline into index.html into its own file,
//    so the page runs under a Content-Security-Policy with no inline script.
// 2. Writes sw.js from src/ui/offline/sw.js with the list of this build's
//    files and a version hashed from their contents (a new build is a new
//    service worker; the same build gives the same worker).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("usage: node scripts/post-build.mjs <dist dir> (or run as a Trunk hook)");
  process.exit(2);
}

const hash = (data) => createHash("sha256").update(data).digest("hex").slice(0, 16);

// 1. The inline loader → boot-<hash>.js
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (found) {
  const code = found[1].trim() + "\n";
  const name = `boot-${hash(code)}.js`;
  writeFileSync(join(dir, name), code);
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
  writeFileSync(indexPath, html);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error("post-build: index.html still has an inline script; the CSP would block it");
  process.exit(1);
}

// 2. sw.js with the precache list
const files = [];
const walk = (at) => {
  for (const entry of readdirSync(at)) {
    const path = join(at, entry);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(dir);
const precache = files
  .map((path) => relative(dir, path).split(sep).join("/"))
  .filter((path) => path !== "sw.js" && !path.startsWith("."))
  .sort();
const version = hash(precache.map((path) => path + "\0" + hash(readFileSync(join(dir, path)))).join("\n"));
const template = readFileSync(join(root, "src/ui/offline/sw.js"), "utf8");
const worker = template
  .replace('"__FOLLOWUP_VERSION__"', JSON.stringify(version))
  .replace("__FOLLOWUP_PRECACHE__", JSON.stringify(precache.map((path) => `./${path}`)));
writeFileSync(join(dir, "sw.js"), worker);
console.log(`post-build: ${precache.length} files precached, version ${version}`);
