// End-to-end browser test of swivi's offline reading: the service worker (src/offline/sw.js,
// built as sw.js) and the page script (src/offline/page.js, built as swivi.<hash>.js).
//
// Run it through the wrapper, from the repository root, after a build:
//   cargo run --release -- build && tests/browser/run.sh public
// The wrapper serves the folder on 127.0.0.1, sets NODE_PATH to the folder holding
// playwright-core and calls `node tests/browser/offline.mjs http://127.0.0.1:PORT`, with
// SWIVI_SITE_DIR (the served folder, to read the expected <h1> of each page from disk) and,
// for the optional rebuild check, SWIVI_SECOND_BUILD, SWIVI_SERVED_LINK and
// SWIVI_REBUILD_MARKER.
//
// It drives Debian's Chromium (/usr/bin/chromium, headless; no browser is downloaded) and
// checks, printing one `ok …` or `FAIL …` line per check, exiting 1 if any failed:
//   a. /en/ registers the worker, which precaches the homes, offline pages, style and script,
//      and controls the page;
//   b. pages read online …
//   c. … open again offline with their real content;
//   d. offline, a page never read shows the offline page of its language (Spanish here, whose
//      <h1> is `offline-title` of i18n/es.ftl);
//   j. offline, the root opens the home of the browser's language, and an address outside
//      every language's folder the offline page of the site's default language;
//   k. offline, for a reader whose browser asks for none of the site's languages, the root
//      opens the language chooser the worker kept;
//   e. the "keep" button of a country page keeps the pages it links to: once the status says
//      `offline-kept`, a commitment linked from it, never opened, opens offline;
//   f. without JavaScript a country page shows no button (the template stays inert);
//   h. the commitments list narrows by country and pillar as the reader chooses;
//   g. (only with SWIVI_REBUILD_CHECK=1 in the wrapper) a new build's worker replaces the old
//      caches, keeping the pages the reader kept, refreshed from the new build, and dropping
//      what the new build no longer has.
// The whole run stops itself after 90 s.

import { readFileSync, renameSync, symlinkSync, rmSync } from "node:fs";
import { join } from "node:path";
import { BASE, SITE_DIR, check, h1OnDisk, launch, message, normal, run } from "./common.mjs";

const TOTAL_TIMEOUT_MS = 90_000;
const STEP_TIMEOUT_MS = 15_000;

function worker(dir) {
  const source = readFileSync(join(dir, "sw.js"), "utf8");
  const version = source.match(/const VERSION = "([^"]+)"/)?.[1];
  const precache = JSON.parse(source.match(/const PRECACHE = (\[.*?\]);/)?.[1] ?? "[]");
  const defaultLanguage = source.match(/const DEFAULT_LANGUAGE = "([^"]+)"/)?.[1];
  const languages = Object.keys(JSON.parse(source.match(/const OFFLINE = (\{.*?\});/)?.[1] ?? "{}")).length;
  return { version, precache, defaultLanguage, languages };
}

const OFFLINE_TITLE = { en: message("en", "offline-title"), es: message("es", "offline-title"), fr: message("fr", "offline-title") };
const KEEP = message("en", "offline-keep");
const KEPT = message("en", "offline-kept");

const US = "/en/countries/us/";
const FR_COMMITMENT = "/fr/commitments/us-funding-870m/";
const NEVER_READ = "/es/meetings/accra-2023-11/";
const CHILE = "/en/countries/cl/";

// --- Helpers -------------------------------------------------------------------------------

async function waitForServer() {
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      const response = await fetch(`${BASE}/sw.js`);
      if (response.ok) return;
    } catch (error) {
      if (Date.now() > until) throw new Error(`no server at ${BASE}: ${error.message}`);
    }
    if (Date.now() > until) throw new Error(`the server at ${BASE} does not serve /sw.js`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function h1(page) {
  const heading = page.locator("h1").first();
  return normal(await heading.textContent({ timeout: 5_000 }).catch(() => null));
}

/** Opens `path` (or reloads) and checks it shows its real content, not an offline page. */
async function expectReal(page, step, path, how, { reload = false, mustInclude } = {}) {
  const response = reload ? await page.reload() : await page.goto(BASE + path);
  const lang = path.split("/")[1];
  const got = await h1(page);
  const want = h1OnDisk(path);
  const ok = response !== null && response.ok() && got === want && got !== OFFLINE_TITLE[lang] &&
    (!mustInclude || got.includes(mustInclude));
  return check(ok, `${step}. ${how} ${path} shows its real content: <h1> "${got}"`,
    `status ${response && response.status()}, expected <h1> "${want}"`);
}

async function poll(what, fn, timeout = STEP_TIMEOUT_MS) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last.done) return last;
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what}: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// --- The checks ----------------------------------------------------------------------------

async function main() {
  await waitForServer();
  const built = worker(SITE_DIR);
  const browser = await launch();
  try {
    const context = watchPolicy(await browser.newContext());
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
    // No HTTP cache, for the pages and the worker: `python3 -m http.server` sends no
    // Cache-Control, so Chromium would otherwise reuse its responses heuristically, offline
    // too, and hide what the worker does (the published site is served with max-age=0).
    // Playwright disables the cache of every session, the worker's included, when requests
    // are routed; this route lets every request through unchanged, but for an offline context.
    await context.route("**/*", (route) =>
      offlineContexts.has(context) ? route.abort("internetdisconnected") : route.continue());
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    let keptLink = null;

    try {
      // a. Registration, precache, control.
      await page.goto(`${BASE}/en/`);
      await page.evaluate((ms) => Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`navigator.serviceWorker.ready not resolved after ${ms} ms`)), ms)),
      ]), STEP_TIMEOUT_MS);
      let controlled = await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 5_000 })
        .then(() => true, () => false);
      let reloaded = false;
      if (!controlled) {
        reloaded = true;
        await page.reload();
        controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
      }
      check(controlled, `a. /en/ is controlled by the service worker${reloaded ? " (after one reload)" : ""}`);
      const precached = await page.evaluate(async (name) => {
        if (!(await caches.has(name))) return null;
        const cache = await caches.open(name);
        return (await cache.keys()).map((request) => new URL(request.url).pathname);
      }, `swivi-static-${built.version}`);
      const missing = built.precache.filter((path) => !(precached || []).includes(path));
      check(precached !== null && built.precache.length > 0 && missing.length === 0,
        `a. cache swivi-static-${built.version} holds the ${built.precache.length} precached files (homes, offline pages, stylesheet, favicon, page script)`,
        precached === null ? "no such cache" : `missing ${missing.join(", ")}`);

      // b. Read two pages online.
      await expectReal(page, "b", US, "online,", { mustInclude: "United States" });
      await expectReal(page, "b", FR_COMMITMENT, "online,");

      // c. Offline, they open again.
      await setOffline(context, true);
      check(await page.evaluate(() => navigator.onLine === false), "c. the browser is offline (navigator.onLine is false)");
      await expectReal(page, "c", FR_COMMITMENT, "offline, reloading", { reload: true });
      await expectReal(page, "c", US, "offline,", { mustInclude: "United States" });

      // d. Offline, a page never read: the offline page of its language.
      const response = await page.goto(BASE + NEVER_READ);
      const offlineH1 = await h1(page);
      const lang = await page.evaluate(() => document.documentElement.lang);
      check(offlineH1 === OFFLINE_TITLE.es && lang === "es" && new URL(page.url()).pathname === NEVER_READ,
        `d. offline, never-read ${NEVER_READ} shows the Spanish offline page: <h1> "${offlineH1}", lang=${lang}`,
        `expected <h1> "${OFFLINE_TITLE.es}" (i18n/es.ftl offline-title), lang=es; status ${response && response.status()}, url ${page.url()}`);

      // j. Offline, the root opens the home of the browser's language (Chromium asks for
      // en-US), as the host's redirects do online; an address outside every language's folder
      // shows the offline page of the site's default language.
      await page.goto(`${BASE}/`);
      const rootPath = new URL(page.url()).pathname;
      const rootH1 = await h1(page);
      check(rootPath === "/en/" && rootH1 === h1OnDisk("/en/"),
        `j. offline, / opens the English home: ${rootPath}, <h1> "${rootH1}"`,
        `expected /en/ with <h1> "${h1OnDisk("/en/")}"`);
      await page.goto(`${BASE}/nowhere/`);
      const strayH1 = await h1(page);
      const strayLang = await page.evaluate(() => document.documentElement.lang);
      check(strayH1 === OFFLINE_TITLE[built.defaultLanguage] && strayLang === built.defaultLanguage,
        `j. offline, /nowhere/ shows the offline page of the default language (${built.defaultLanguage}): <h1> "${strayH1}"`,
        `expected <h1> "${OFFLINE_TITLE[built.defaultLanguage]}", lang=${built.defaultLanguage}, got lang=${strayLang}`);

      // e. Keep a country's pages, then read one of them offline.
      await setOffline(context, false);
      await page.goto(BASE + CHILE);
      const button = page.locator("main button", { hasText: KEEP });
      const shown = (await button.count()) === 1 && (await button.isVisible()) &&
        normal(await button.textContent()) === KEEP;
      check(shown, `e. ${CHILE} offers the button "${KEEP}"`, `found ${await button.count()} such button(s) in <main>`);
      const links = await page.$$eval('main a[href*="/commitments/"]', (as) => as.map((a) => new URL(a.href).pathname));
      keptLink = links.find((path) => /\/commitments\/[^/]+\/$/.test(path) &&
        ![US, FR_COMMITMENT, NEVER_READ, CHILE, "/en/"].includes(path)) ?? null;
      if (!check(keptLink !== null, `e. ${CHILE} links to a commitment page: ${keptLink}`, `links found: ${links.join(", ")}`)) {
        throw new Error("nothing to keep");
      }
      await button.click();
      const statusText = () => page.evaluate((keep) => {
        const b = [...document.querySelectorAll("main button")].find((el) => el.textContent.trim() === keep);
        const status = b && b.parentElement.querySelector("[role=status]");
        return status ? status.textContent : null;
      }, KEEP);
      const saved = await poll("the kept status", async () => {
        const text = await statusText();
        return { done: text === KEPT || text === message("en", "offline-failed"), text };
      }).catch((error) => ({ text: error.message }));
      check(saved.text === KEPT, `e. after a click the status says "${saved.text}"`, `expected "${KEPT}"`);
      await setOffline(context, true);
      await expectReal(page, "e", keptLink, "offline, never-opened kept");
      await setOffline(context, false);
    } catch (error) {
      check(false, "a–e. the offline checks ran to the end", error.stack || error.message);
    }
    check(errors.length === 0, "a–e. no script error on the pages", errors.join(" | "));

    // k. A reader whose browser asks for none of the site's languages: offline, the root is
    // the language chooser the worker kept when it was installed.
    try {
      const german = watchPolicy(await browser.newContext({ locale: "de-DE" }));
      german.setDefaultTimeout(STEP_TIMEOUT_MS);
      await german.route("**/*", (route) =>
        offlineContexts.has(german) ? route.abort("internetdisconnected") : route.continue());
      const reader = await german.newPage();
      await reader.goto(`${BASE}/en/`);
      await reader.evaluate(() => navigator.serviceWorker.ready);
      await reader.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 5_000 })
        .catch(() => reader.reload());
      await setOffline(german, true);
      await reader.goto(`${BASE}/`);
      const path = new URL(reader.url()).pathname;
      const choices = await reader.locator("main ul.choices a").count();
      const languages = await reader.evaluate(() => navigator.languages.join(","));
      check(path === "/" && choices === built.languages,
        `k. offline, for a reader asking for ${languages}, / shows the chooser with ${choices} languages`,
        `url ${reader.url()}, ${choices} choices, expected ${built.languages}`);
      await german.close();
    } catch (error) {
      check(false, "k. the chooser check ran to the end", error.stack || error.message);
    }

    // f. Without JavaScript.
    try {
      const noScript = watchPolicy(await browser.newContext({ javaScriptEnabled: false }));
      noScript.setDefaultTimeout(STEP_TIMEOUT_MS);
      const bare = await noScript.newPage();
      const response = await bare.goto(BASE + CHILE);
      const buttons = await bare.locator("main button").filter({ visible: true }).count();
      const templates = await bare.locator("main template#keep-offline").count();
      const heading = await h1(bare);
      check(response.ok() && buttons === 0 && templates === 1 && heading === h1OnDisk(CHILE),
        `f. without JavaScript ${CHILE} has <h1> "${heading}", ${buttons} visible button in <main>, the template inert`,
        `status ${response.status()}, ${buttons} visible button(s), ${templates} template(s), expected <h1> "${h1OnDisk(CHILE)}"`);
      await noScript.close();
    } catch (error) {
      check(false, "f. the no-JavaScript check ran to the end", error.stack || error.message);
    }

    // i. The pages come with the published site's Content-Security-Policy.
    try {
      const probe = await browser.newContext();
      const response = await (await probe.newPage()).goto(BASE + "/en/");
      const policy = response.headers()["content-security-policy"] || "";
      check(policy.includes("default-src 'self'"),
        `i. /en/ is served with _headers' Content-Security-Policy "${policy}"`);
      const pageCache = response.headers()["cache-control"] || "";
      // The stylesheet's name carries the hash of its bytes: browsers may keep it a year.
      const stylesheet = await (await probe.pages())[0].evaluate(
        () => document.querySelector("link[rel=stylesheet]").href);
      const styleResponse = await probe.request.get(stylesheet);
      const styleCache = styleResponse.headers()["cache-control"] || "";
      check(/\/style\.[0-9a-f]{10}\.css$/.test(stylesheet) && styleCache.includes("immutable")
          && pageCache.includes("max-age=0"),
        `i. ${new URL(stylesheet).pathname} is kept for a year ("${styleCache}"), /en/ is checked each time ("${pageCache}")`);
      await probe.close();
    } catch (error) {
      check(false, "i. the policy check ran to the end", error.stack || error.message);
    }

    // h. The commitments list narrows as the reader chooses, without a reload.
    try {
      const lister = watchPolicy(await browser.newContext());
      lister.setDefaultTimeout(STEP_TIMEOUT_MS);
      const list = await lister.newPage();
      await list.goto(BASE + "/en/commitments/");
      const all = await list.locator("main li.card").count();
      await list.locator("form.filter select[name=country]").selectOption("pe");
      const peru = await list.locator("main li.card:not([hidden])").count();
      await list.locator("form.filter select[name=pillar]").selectOption("regular-pathways");
      const both = await list.locator("main li.card:not([hidden])").count();
      const said = (await list.locator("form.filter [role=status]").textContent()).trim();
      check(all === 11 && peru === 2 && both === 1 && said.endsWith(" 1"),
        `h. /en/commitments/ filters ${all} commitments to ${peru} for Peru, ${both} for Peru under Pillar II, and says "${said}"`);
      await lister.close();
    } catch (error) {
      check(false, "h. the list filter check ran to the end", error.stack || error.message);
    }

    // g. A new build replaces the stale caches.
    const second = process.env.SWIVI_SECOND_BUILD;
    if (!second) {
      console.log("skip g. a new build replaces stale caches (set SWIVI_REBUILD_CHECK=1 to run it)");
    } else {
      try {
        await rebuildCheck(page, built, worker(second), second);
      } catch (error) {
        check(false, "g. the rebuild check ran to the end", error.stack || error.message);
      }
    }
    await context.close();
    check(policyViolations.length === 0,
      "i. nothing on the pages read above broke the Content-Security-Policy",
      policyViolations.join(" | "));
  } finally {
    await browser.close();
  }
}

// What Chromium reported as blocked by the Content-Security-Policy, on any page of any context.
const policyViolations = [];
function watchPolicy(context) {
  context.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) {
      policyViolations.push(`${message.location().url}: ${message.text()}`);
    }
  });
  return context;
}

// The contexts set offline. Chromium lets a request that Playwright routes reach the network
// even when its context is offline (seen with Debian's Chromium 148), the service worker's
// requests included, so the route itself refuses them while the context is offline.
const offlineContexts = new WeakSet();
async function setOffline(context, offline) {
  if (offline) offlineContexts.add(context);
  else offlineContexts.delete(context);
  await context.setOffline(offline);
}

async function rebuildCheck(page, before, after, secondDir) {
  const marker = process.env.SWIVI_REBUILD_MARKER;
  const link = process.env.SWIVI_SERVED_LINK;
  const target = "/en/commitments/cl-integration-host-communities/"; // where the wrapper put the marker
  const context = page.context();
  await setOffline(context, false);
  check(before.version !== after.version, `g. the second build has a new VERSION (${before.version} → ${after.version})`);
  await page.goto(`${BASE}/en/`);
  const inOld = await page.evaluate(async ([name, path]) => !!(await (await caches.open(name)).match(path)),
    [`swivi-pages-${before.version}`, target]);
  check(inOld, `g. before the new build, ${target} is in swivi-pages-${before.version} (kept in e)`);
  // A file the new build does not have, as a search index file of the old build is.
  const gone = "/en/pagefind/fragment/en_swivi-gone.pf_fragment";
  await page.evaluate(async ([name, path]) => (await caches.open(name)).put(path, new Response("old")),
    [`swivi-pages-${before.version}`, gone]);

  // Serve the second build, atomically, and ask the browser for the new worker.
  symlinkSync(secondDir, `${link}.new`);
  renameSync(`${link}.new`, link);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const state = await poll("the new worker to replace the old caches", async () => {
    const keys = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { keys: await caches.keys(), active: registration.active && registration.active.state };
    });
    const done = keys.active === "activated" &&
      keys.keys.includes(`swivi-static-${after.version}`) && keys.keys.includes(`swivi-pages-${after.version}`) &&
      !keys.keys.some((name) => name.includes(before.version));
    return { done, ...keys };
  });
  check(state.done, `g. after the new build the caches are ${state.keys.join(", ")} (none of ${before.version})`);
  const kept = await page.evaluate(async ([name, paths, marker]) => {
    const cache = await caches.open(name);
    const out = {};
    for (const path of paths) {
      const response = await cache.match(path);
      out[path] = response ? (await response.text()).includes(marker) : null;
    }
    return out;
  }, [`swivi-pages-${after.version}`, [target, US, gone], marker]);
  check(kept[target] === true, `g. ${target}, kept before, is in the new cache with the new build's content`, JSON.stringify(kept));
  check(kept[US] !== null, `g. ${US}, read before, is still kept in the new cache`, JSON.stringify(kept));
  check(kept[gone] === null, `g. ${gone}, which the new build does not have, is not kept`, JSON.stringify(kept));
  await setOffline(context, true);
  await page.goto(BASE + target);
  const body = await page.locator("main").textContent();
  check(body.includes(marker), `g. offline, ${target} shows the new build's content`);
  await setOffline(context, false);
}

run(main, TOTAL_TIMEOUT_MS);
