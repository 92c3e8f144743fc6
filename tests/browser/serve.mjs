// A page left open on `swivi serve` while its source is edited, broken and fixed.
// Run through tests/browser/serve.sh, which starts the server on a copy of the example site
// (SWIVI_SERVE_ROOT) and passes its address. Checks, one `ok …` / `FAIL …` line each:
//   a. the page is served with the reload script, and no service worker is registered;
//   b. saving a change to the page's source reloads it with the change;
//   c. saving a broken file shows its error (file:line:column) over the last good page…
//   d. …and a page opened while it is broken shows it too;
//   e. fixing it removes the overlay and shows the fixed content;
//   f. ten pages open at once in one browser all load (each listens on a WebSocket, which
//      browsers do not count among their six HTTP connections to a host)…
//   g. …and all ten reload after an edit;
//   h. the published Content-Security-Policy applies: an image from another host is blocked…
//   i. …and nothing else is: the reload script, its WebSocket and the overlay work under it.
// With SWIVI_SCREENSHOTS=DIR it also saves DIR/serve-errors.png, the overlay as seen.
import { createRequire } from "node:module";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
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
// Saved as many editors save, whole: written beside the site and renamed over the file, so
// the server never reads it half written (a rebuild between the emptying and the writing of
// the file would show the error of an empty file).
const save = (text) => {
  const saving = join(ROOT, "saving.tmp");
  writeFileSync(saving, text);
  renameSync(saving, SOURCE);
};
const heading = (page) => page.locator("h1").first().textContent({ timeout: 10000 });

// What Chromium reports of the Content-Security-Policy: "Refused to load the image '…'".
const violations = [];
const watch = (page) => {
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  return page;
};

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = watch(await browser.newPage());
  await page.goto(`${BASE}fr/countries/cl/`);
  const scripts = await page.locator("script[src='/__swivi/live.js']").count();
  await page.waitForTimeout(300);
  const workers = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  check("a. the page has the reload script and no service worker", scripts === 1 && workers === 0, `${scripts} scripts, ${workers} workers`);

  // b. An edit: the page reloads by itself.
  const reloaded = page.waitForEvent("load", { timeout: 10000 });
  save(original.replace('title = "Chili"', 'title = "Chili (modifié)"'));
  await reloaded;
  check("b. a saved edit reloads the page with it", (await heading(page)) === "Chili (modifié)", await heading(page));

  // c. A broken file: the error is shown over the last good page.
  save(original.replace('title = "Chili"', 'title = "Chili'));
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
  const other = watch(await browser.newPage());
  // The overlay is the page's own script at work: the page need not have loaded all else.
  await other.goto(`${BASE}en/`, { waitUntil: "domcontentloaded", timeout: 15000 });
  await other.locator("#swivi-errors").waitFor({ timeout: 10000 });
  check("d. a page opened meanwhile shows the error", true);

  // e. The fix: the overlay goes and the page shows the fixed content.
  const fixed = page.waitForEvent("load", { timeout: 10000 });
  save(original.replace('title = "Chili"', 'title = "Chili (corrigé)"'));
  await fixed;
  check(
    "e. the fix removes the error and shows the content",
    (await overlay.count()) === 0 && (await heading(page)) === "Chili (corrigé)",
    await heading(page),
  );

  // f, g. Ten pages in one browser context, which shares its connections to the host.
  const context = await browser.newContext();
  const tabs = await Promise.all(Array.from({ length: 10 }, async () => watch(await context.newPage())));
  const opened = await Promise.all(
    tabs.map((tab) => tab.goto(`${BASE}fr/countries/cl/`, { timeout: 30000 }).then(() => true, () => false)),
  );
  check("f. ten pages open at once all load", opened.every(Boolean), `${opened.filter(Boolean).length} of 10 loaded`);
  const reloadsOfTabs = tabs.map((tab) => tab.waitForEvent("load", { timeout: 30000 }).then(() => true, () => false));
  save(original.replace('title = "Chili"', 'title = "Chili (dix)"'));
  const tabsReloaded = await Promise.all(reloadsOfTabs);
  const headings = await Promise.all(tabs.map(heading));
  check(
    "g. all ten reload after an edit",
    tabsReloaded.every(Boolean) && headings.every((text) => text === "Chili (dix)"),
    `${tabsReloaded.filter(Boolean).length} of 10 reloaded; ${headings.join(", ")}`,
  );

  // h. An image from another host (this server under another name) is refused, as readers'
  // browsers refuse it under the published policy.
  // The site's own icon, which loads when nothing blocks it.
  const icon = await page.locator("link[rel=icon]").getAttribute("href");
  const elsewhere = new URL(icon, BASE.replace("127.0.0.1", "localhost")).href;
  const refused = await page.evaluate(
    (address) =>
      new Promise((resolve) => {
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.blockedURI));
        const image = new Image();
        image.addEventListener("load", () => resolve(`loaded ${address}`));
        image.src = address;
        document.body.append(image);
      }),
    elsewhere,
  );
  check("h. an image from another host is blocked, as on the published site", refused === elsewhere, refused);
  await context.close();
  const others = violations.filter((text) => !text.includes(elsewhere));
  check("i. the reload script, its WebSocket and the overlay work under the policy", others.length === 0, others.join("; "));
} catch (error) {
  check("the run", false, error.message);
} finally {
  save(original);
  await browser.close();
}
process.exit(failed ? 1 : 0);
