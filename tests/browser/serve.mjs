// A page left open on `swivi serve` while its source is edited, broken and fixed.
// Run through tests/browser/serve.sh, which starts the server on a copy of the example site
// (SWIVI_SERVE_ROOT) and passes its address. Checks, one `ok …` / `FAIL …` line each:
//   a. the page is served with the reload script, and no service worker is registered;
//   b. saving a change to the page's source reloads it with the change;
//   c. saving a broken file shows its error (file:line:column) over the last good page…
//   d. …and a page opened while it is broken shows it too;
//   e. fixing it removes the overlay and shows the fixed content.
// With SWIVI_SCREENSHOTS=DIR it also saves DIR/serve-errors.png, the overlay as seen.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";

const require = createRequire(import.meta.url);
const searchPaths = (process.env.NODE_PATH || "").split(delimiter).filter(Boolean);
const { chromium } = require(require.resolve("playwright-core", { paths: searchPaths }));

const BASE = process.argv[2];
const ROOT = process.env.SWIVI_SERVE_ROOT;
const SOURCE = join(ROOT, "content/countries/cl.md");
const original = readFileSync(SOURCE, "utf8");
let failed = false;
const check = (name, ok, detail = "") => {
  console.log(`${ok ? "ok" : "FAIL"} ${name}${ok || !detail ? "" : `: ${detail}`}`);
  if (!ok) failed = true;
};
const heading = (page) => page.locator("h1").first().textContent({ timeout: 10000 });

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  await page.goto(`${BASE}fr/countries/cl/`);
  const scripts = await page.locator("script[src='/__swivi/live.js']").count();
  await page.waitForTimeout(300);
  const workers = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  check("a. the page has the reload script and no service worker", scripts === 1 && workers === 0, `${scripts} scripts, ${workers} workers`);

  // b. An edit: the page reloads by itself.
  const reloaded = page.waitForEvent("load", { timeout: 10000 });
  writeFileSync(SOURCE, original.replace('title = "Chili"', 'title = "Chili (modifié)"'));
  await reloaded;
  check("b. a saved edit reloads the page with it", (await heading(page)) === "Chili (modifié)", await heading(page));

  // c. A broken file: the error is shown over the last good page.
  writeFileSync(SOURCE, original.replace('title = "Chili"', 'title = "Chili'));
  const overlay = page.locator("#swivi-errors");
  await overlay.waitFor({ timeout: 10000 });
  const text = await overlay.textContent();
  // SWIVI_SCREENSHOTS=DIR keeps a picture of the overlay, to look at.
  if (process.env.SWIVI_SCREENSHOTS) await page.screenshot({ path: join(process.env.SWIVI_SCREENSHOTS, "serve-errors.png") });
  check(
    "c. a broken file shows its error over the last good page",
    text.includes("content/countries/cl.md:2:15") && (await heading(page)) === "Chili (modifié)",
    text.slice(0, 200),
  );

  // d. A page opened while the site does not build shows the error too.
  const other = await browser.newPage();
  // The overlay is the page's own script at work: the page need not have loaded all else.
  // This navigation once timed out in CI (and never here since): when it does, say what the
  // server answers a plain request meanwhile, then try the navigation once more.
  try {
    await other.goto(`${BASE}en/`, { waitUntil: "domcontentloaded", timeout: 15000 });
  } catch (error) {
    const plain = await fetch(`${BASE}en/`, { signal: AbortSignal.timeout(10000) }).then(
      (response) => `${response.status}, ${response.headers.get("content-type")}`,
      (failure) => `no answer (${failure.message})`,
    );
    console.log(`# d. the page did not open in 15 s (${error.message.split("\n")[0]}); a plain request got: ${plain}`);
    await other.goto(`${BASE}en/`, { waitUntil: "domcontentloaded", timeout: 15000 });
  }
  await other.locator("#swivi-errors").waitFor({ timeout: 10000 });
  check("d. a page opened meanwhile shows the error", true);

  // e. The fix: the overlay goes and the page shows the fixed content.
  const fixed = page.waitForEvent("load", { timeout: 10000 });
  writeFileSync(SOURCE, original.replace('title = "Chili"', 'title = "Chili (corrigé)"'));
  await fixed;
  check(
    "e. the fix removes the error and shows the content",
    (await overlay.count()) === 0 && (await heading(page)) === "Chili (corrigé)",
    await heading(page),
  );
} catch (error) {
  check("the run", false, error.message);
} finally {
  writeFileSync(SOURCE, original);
  await browser.close();
}
process.exit(failed ? 1 : 0);
