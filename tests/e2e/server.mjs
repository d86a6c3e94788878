// A small static server for the end-to-end tests: serves a built `dist/`
// (never `trunk serve`, which injects a reload socket) with the right MIME
// types. Usage: node server.mjs <dir> <port> [<JSON of text replacements>]
// The replacements apply to HTML pages: the demo host page learns the
// app's address this way, and its own origin (as the browser asked for it)
// from __REQUEST_ORIGIN__ / __REQUEST_ORIGIN_ENCODED__.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "../../dist");
const port = Number(process.argv[3] ?? 4173);
const replacements = Object.entries(JSON.parse(process.argv[4] ?? "{}"));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
  if (path.endsWith("/")) path += "index.html";
  const file = join(root, path);
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a file");
    let body = await readFile(file);
    if (extname(file) === ".html") {
      let text = body.toString("utf8");
      const origin = `http://${req.headers.host}`;
      const all = [...replacements, ["__REQUEST_ORIGIN_ENCODED__", encodeURIComponent(origin)], ["__REQUEST_ORIGIN__", origin]];
      for (const [from, to] of all) text = text.split(from).join(to);
      body = Buffer.from(text);
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
