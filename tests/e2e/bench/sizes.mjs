// Prints (and optionally checks) the compressed size of the built app:
// node sizes.mjs <dist> [--budget <gzip bytes>]
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "../../dist";
const budgetAt = process.argv.indexOf("--budget");
const budget = budgetAt > 0 ? Number(process.argv[budgetAt + 1]) : null;

const kinds = { ".wasm": "wasm", ".js": "js", ".css": "css", ".html": "html" };
const rows = readdirSync(dist)
  .filter((f) => kinds[extname(f)])
  .map((f) => {
    const bytes = readFileSync(join(dist, f));
    return {
      file: f,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
console.log(`${"file".padEnd(44)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
console.log(`${"total".padEnd(44)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
if (budget !== null) {
  if (total.gzip > budget) {
    console.error(`over budget: ${total.gzip} bytes gzip > ${budget}`);
    process.exit(1);
  }
  console.log(`within budget: ${total.gzip} of ${budget} bytes gzip`);
}
