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
const replacements = Object.entries(JSON.parse(process.argv[4] && process.argv[4] !== "records" ? process.argv[4] : "{}"));

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
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

// `node server.mjs <dir> <port> records`: a site that serves records to
// the app from another origin, with CORS allowed (except under /no-cors/),
// and a few misbehaving addresses for the error messages.
const records = process.argv[4] === "records";

function recordsRoute(url, res) {
  if (url.pathname === "/image.png") {
    res.writeHead(200, { "content-type": "image/png", "access-control-allow-origin": "*" });
    res.end(Buffer.from("89504e470d0a1a0a", "hex"));
    return true;
  }
  if (url.pathname === "/huge.txt") {
    // 21 MB of text, sent in chunks without announcing its length.
    res.writeHead(200, { "content-type": "text/plain", "access-control-allow-origin": "*" });
    const chunk = Buffer.alloc(1 << 20, "a");
    let sent = 0;
    const next = () => {
      while (sent < 21) {
        sent += 1;
        if (!res.write(chunk)) return res.once("drain", next);
      }
      res.end();
    };
    res.on("close", () => (sent = 99));
    next();
    return true;
  }
  return false;
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (records && recordsRoute(url, res)) return;
  const cors = records && !url.pathname.startsWith("/no-cors/");
  if (records) url.pathname = url.pathname.replace(/^\/no-cors\//, "/");
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
      ...(cors ? { "access-control-allow-origin": "*" } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain", ...(cors ? { "access-control-allow-origin": "*" } : {}) }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
