// What the browser tests of a built site share (offline.mjs, search.mjs): the browser, the
// address and folder they test, the `ok …` / `FAIL …` lines, and what they read of the build
// from disk to compare with what the browser shows.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { delimiter, join } from "node:path";

const require = createRequire(import.meta.url);
// ES modules ignore NODE_PATH: resolve playwright-core through it explicitly.
const searchPaths = (process.env.NODE_PATH || "").split(delimiter).filter(Boolean);
const { chromium } = require(require.resolve("playwright-core", { paths: searchPaths }));

export const BASE = (process.argv[2] || "").replace(/\/$/, "");
export const SITE_DIR = process.env.SWIVI_SITE_DIR;
if (!BASE || !SITE_DIR) {
  console.error("usage: SWIVI_SITE_DIR=DIR node <test>.mjs http://127.0.0.1:PORT (use tests/browser/run.sh)");
  process.exit(2);
}

/** Debian's Chromium, headless, with nothing of its own on the network. */
export function launch() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    timeout: 30_000,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

let failures = 0;
export function check(ok, label, detail) {
  console.log(`${ok ? "ok" : "FAIL"} ${label}${!ok && detail !== undefined ? ` — ${detail}` : ""}`);
  if (!ok) failures += 1;
  return ok;
}

/** Runs `main`, stops everything after `limitMs`, and exits 1 if any check failed. */
export function run(main, limitMs) {
  const timer = setTimeout(() => {
    console.log(`FAIL the test did not finish in ${limitMs / 1000} s`);
    process.exit(1);
  }, limitMs);
  main().then(
    () => {
      clearTimeout(timer);
      console.log(failures === 0 ? "# all checks passed" : `# ${failures} check(s) failed`);
      process.exit(failures === 0 ? 0 : 1);
    },
    (error) => {
      clearTimeout(timer);
      console.log(`FAIL ${error.stack || error.message}`);
      process.exit(1);
    },
  );
}

/** The value of message `id` in i18n/<lang>.ftl (a one-line message). */
export function message(lang, id) {
  const ftl = readFileSync(new URL(`../../i18n/${lang}.ftl`, import.meta.url), "utf8");
  const found = ftl.match(new RegExp(`^${id}\\s*=\\s*(.+)$`, "m"));
  if (!found) throw new Error(`no message ${id} in i18n/${lang}.ftl`);
  return found[1].trim();
}

export const normal = (text) => (text || "").replace(/\s+/g, " ").trim();

function decodeEntities(text) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, code) => {
    if (code[0] === "#") {
      const n = code[1].toLowerCase() === "x" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(n);
    }
    return named[code.toLowerCase()] ?? all;
  });
}

/** The built page at `path` (a URL path ending in /), read from disk. */
export function pageOnDisk(path, dir = SITE_DIR) {
  return readFileSync(join(dir, decodeURIComponent(path), "index.html"), "utf8");
}

/** The <h1> of the built page at `path`, as a reader sees it. */
export function h1OnDisk(path, dir = SITE_DIR) {
  const found = pageOnDisk(path, dir).match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i);
  if (!found) throw new Error(`no <h1> in ${path}index.html`);
  return normal(decodeEntities(found[1].replace(/<[^>]*>/g, "")));
}
