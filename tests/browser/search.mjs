// End-to-end browser test of swivi's search page: the theme's form (search.html), the page
// script (src/offline/page.js) and each language's Pagefind index (src/search.rs).
//
// Run it through the wrapper, from the repository root, after a build:
//   cargo run --release -- build && tests/browser/run.sh public
// which serves the folder with its _headers (so the Content-Security-Policy is the published
// one) and calls `node tests/browser/search.mjs http://127.0.0.1:PORT` with SWIVI_SITE_DIR.
//
// It drives Debian's Chromium, prints one `ok …` / `FAIL …` line per check and exits 1 if any
// failed:
//   a. in English, typing "host communities" lists the Chilean commitment on integration and
//      host communities, under its English title, with the words found marked;
//   b. in Spanish, typing "comunidades de acogida" lists the same commitment, in Spanish, and
//      only Spanish pages;
//   c. the country filter narrows the results to that country's pages;
//   d. a French address with ?q= searches at once, in French;
//   e. once searched online, the index is kept by the service worker, and offline a new
//      search (other words) still finds its results;
//   f. without JavaScript the page says search needs it and links to the indexes of countries,
//      pillars and commitments;
//   g. nothing was blocked by the Content-Security-Policy, and no page threw.
// The whole run stops itself after 90 s.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BASE, SITE_DIR, check, h1OnDisk, launch, message, normal, pageOnDisk, run } from "./common.mjs";

const STEP_TIMEOUT_MS = 15_000;

/** Whether the built page at `path` links to `target`. */
function linksTo(path, target) {
  const html = pageOnDisk(path);
  return path === target || html.includes(`href=${target}`) || html.includes(`href="${target}"`);
}

const CHILE_EN = "/en/commitments/cl-integration-host-communities/";
const CHILE_ES = "/es/commitments/cl-integration-host-communities/";
const CHILE_FR = "/fr/commitments/cl-integration-host-communities/";

/** The results the page shows once its status line has settled on a count. */
async function results(page) {
  await page.waitForFunction(() => {
    const status = document.querySelector("form.search [role=status]");
    return status && status.textContent.trim() !== "" &&
      (document.querySelectorAll("ol.results li").length > 0 || !/\d/.test(status.textContent));
  }, null, { timeout: STEP_TIMEOUT_MS });
  return page.$$eval("ol.results li", (items) => items.map((li) => ({
    href: new URL(li.querySelector("a").href).pathname,
    title: li.querySelector("a").textContent.trim(),
    marks: Array.from(li.querySelectorAll("mark")).map((m) => m.textContent.toLowerCase()),
    facts: Array.from(li.querySelectorAll(".hit-meta span")).map((s) => s.textContent.trim()),
    status: (li.querySelector(".hit-meta .status") || {}).className || "",
  })));
}

async function typeQuery(page, words) {
  const input = page.locator("form.search input[name=q]");
  await input.click();
  await input.fill("");
  await input.pressSequentially(words, { delay: 20 });
}

const policyViolations = [];
const pageErrors = [];
function watch(context) {
  context.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) policyViolations.push(message.text());
  });
  context.on("page", (page) => page.on("pageerror", (error) => pageErrors.push(error.message)));
  return context;
}

async function main() {
  const browser = await launch();
  try {
    const context = watch(await browser.newContext());
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    let offline = false;
    // Routed, so that no HTTP cache hides what the service worker does (see offline.mjs);
    // refused while offline, since Chromium lets routed requests through otherwise.
    await context.route("**/*", (route) => (offline ? route.abort("internetdisconnected") : route.continue()));
    const page = await context.newPage();

    // a. English.
    await page.goto(`${BASE}/en/search/`);
    check(normal(await page.locator("h1").textContent()) === message("en", "search-title"),
      `a. /en/search/ is titled "${message("en", "search-title")}"`);
    check(await page.getByLabel(message("en", "search-label")).count() === 1,
      `a. its search field is labelled "${message("en", "search-label")}"`);
    await typeQuery(page, "host communities");
    let found = await results(page);
    let chile = found.find((r) => r.href === CHILE_EN);
    check(chile && chile.title === h1OnDisk(CHILE_EN),
      `a. "host communities" lists ${CHILE_EN} as "${chile && chile.title}"`, JSON.stringify(found.slice(0, 5)));
    check(chile && chile.marks.some((m) => m.startsWith("host") || m.startsWith("communit")),
      "a. its excerpt marks the words found", JSON.stringify(chile));
    check(found.every((r) => r.href.startsWith("/en/")), `a. all ${found.length} results are English pages`);
    check(chile && chile.facts.join(" · ") === `${message("en", "search-kind-commitments")} · Chile · ${message("en", "status-not-assessed")}`
      && chile.status === "status status-not-assessed",
    "a. the result says what it is, its country and its status", JSON.stringify(chile));
    const status = normal(await page.locator("form.search [role=status]").textContent());
    check(status === `${message("en", "search-shown")} ${found.length}` || found.length === 20,
      `a. the status line says "${status}"`);
    check(new URL(page.url()).searchParams.get("q") === "host communities", "a. the address holds the query");

    // b. Spanish.
    await page.goto(`${BASE}/es/search/`);
    await typeQuery(page, "comunidades de acogida");
    found = await results(page);
    chile = found.find((r) => r.href === CHILE_ES);
    check(chile && chile.title === h1OnDisk(CHILE_ES),
      `b. "comunidades de acogida" lists ${CHILE_ES} as "${chile && chile.title}"`, JSON.stringify(found.slice(0, 5)));
    check(found.length > 0 && found.every((r) => r.href.startsWith("/es/")), `b. all ${found.length} results are Spanish pages`);
    check(chile && chile.facts[0] === message("es", "search-kind-commitments") && chile.facts[2] === message("es", "status-not-assessed"),
      "b. in Spanish, its kind and status too", JSON.stringify(chile));

    // c. The country filter.
    await page.goto(`${BASE}/en/search/`);
    // "Peru" is also named on pages of other countries (meetings, recommendations) that the
    // filter must leave out.
    await typeQuery(page, "Peru");
    const all = await results(page);
    const before = await page.locator("form.search [role=status]").textContent();
    await page.selectOption("form.search select[name=country]", "pe");
    await page.waitForFunction((before) => new URL(location.href).searchParams.get("country") === "pe" &&
      document.querySelector("form.search [role=status]").textContent !== before, before);
    const peruvian = await results(page);
    const outside = peruvian.filter((r) => !linksTo(r.href, "/en/countries/pe/"));
    check(peruvian.length > 0 && peruvian.length < all.length && outside.length === 0,
      `c. the country filter "pe" narrows "Peru" from ${all.length} to ${peruvian.length} results, all of Peru`,
      JSON.stringify(outside));

    // d. A French address with a query.
    await page.goto(`${BASE}/fr/search/?q=${encodeURIComponent("communautés d'accueil")}`);
    found = await results(page);
    check(found.some((r) => r.href === CHILE_FR && r.title === h1OnDisk(CHILE_FR)),
      `d. /fr/search/?q=communautés d'accueil lists ${CHILE_FR} at once`, JSON.stringify(found.slice(0, 5)));
    check(await page.locator("form.search input[name=q]").inputValue() === "communautés d'accueil", "d. the field shows the query");

    // e. Offline, once the worker keeps the index.
    await page.goto(`${BASE}/en/search/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await typeQuery(page, "asylum");
    await results(page);
    const files = JSON.parse(readFileSync(join(SITE_DIR, "en/pagefind/swivi-files.json"), "utf8"));
    const kept = await page.waitForFunction(async (count) => {
      let n = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        n += (await cache.keys()).filter((r) => new URL(r.url).pathname.startsWith("/en/pagefind/")).length;
      }
      return n >= count;
    }, files.length, { timeout: STEP_TIMEOUT_MS, polling: 250 }).then(() => true, () => false);
    check(kept, `e. the service worker keeps the ${files.length} files of the English index`);
    offline = true;
    await context.setOffline(true);
    await page.goto(`${BASE}/en/search/?q=host+communities`);
    found = await results(page).catch(() => []);
    check(found.some((r) => r.href === CHILE_EN), `e. offline, "host communities" still lists ${CHILE_EN}`,
      JSON.stringify(found.slice(0, 5)));
    offline = false;
    await context.setOffline(false);

    // f. Without JavaScript.
    const still = watch(await browser.newContext({ javaScriptEnabled: false }));
    const plain = await still.newPage();
    await plain.goto(`${BASE}/es/search/`);
    const text = normal(await plain.locator("main").textContent());
    check(text.includes(message("es", "search-no-script")) && (await plain.locator("form.search").count()) === 0,
      `f. without JavaScript /es/search/ says "${message("es", "search-no-script")}" and shows no form`);
    const links = await plain.$$eval("main ul.indexes a", (as) => as.map((a) => new URL(a.href).pathname));
    check(["/es/countries/", "/es/pillars/", "/es/commitments/"].every((l) => links.includes(l)),
      `f. and links to the indexes: ${links.join(", ")}`);
    await still.close();
  } finally {
    await browser.close();
  }
  check(policyViolations.length === 0, "g. nothing was blocked by the Content-Security-Policy", policyViolations.join("; "));
  check(pageErrors.length === 0, "g. no page threw", pageErrors.join("; "));
}

run(main, 90_000);
