// End-to-end browser test of what a person sees of the feeds, and of a one-language offline
// copy opened from disk. Run by tests/browser/run.sh after offline.mjs, against the same
// served build, with SWIVI_COPY_DIR (the Haitian Creole copy, unzipped by the wrapper).
//
// Checks, one `ok …` / `FAIL …` line each, exiting 1 if any failed:
//   a. a feed opened in the browser (/ht/countries/cl/feed.xml) shows the page its stylesheet
//      (/ht/feed.xsl) makes: in Haitian Creole, the site's stylesheet applied, the feed's
//      title as <h1>, the feed's own address in a field to copy, links to the page it follows
//      and to every feed of the site, and each entry with its title and the date as the pages
//      write it; nothing the site sends breaks its Content-Security-Policy (Chromium's own
//      banner announcing the end of XSLT, whose inline style the policy blocks, aside);
//   b. the feeds page (/ht/feeds/) gives every country's feed with its address, as text;
//   c. the Haitian Creole offline copy, opened from disk, opens on the Haitian Creole home,
//      and its links to the sections lead to files of the copy.
// The whole run stops itself after 60 s.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BASE, SITE_DIR, check, h1OnDisk, launch, message, normal, run } from "./common.mjs";

const FEED = "/ht/countries/cl/feed.xml";

/** What the feed file says: its title, its own address, its entries' titles. */
function feedOnDisk(path) {
  const xml = readFileSync(join(SITE_DIR, path), "utf8");
  const decode = (text) => text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const head = xml.slice(0, xml.indexOf("<entry>") === -1 ? xml.length : xml.indexOf("<entry>"));
  return {
    stylesheet: xml.match(/<\?xml-stylesheet type="text\/xsl" href="([^"]+)"\?>/)?.[1],
    title: decode(head.match(/<title>([^<]*)<\/title>/)?.[1] ?? ""),
    self: head.match(/<link href="([^"]+)" rel="self"/)?.[1],
    entries: [...xml.matchAll(/<entry><title>([^<]*)<\/title>/g)].map((m) => decode(m[1])),
  };
}

async function main() {
  const browser = await launch();
  try {
    // a. The feed, as a person opening it sees it.
    try {
      const context = await browser.newContext();
      const violations = [];
      context.on("console", (m) => {
        if (m.text().includes("Content Security Policy")) violations.push(m.text());
      });
      const page = await context.newPage();
      const response = await page.goto(BASE + FEED);
      const feed = feedOnDisk(FEED);
      const seen = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelector("h1")?.textContent,
        address: document.querySelector("input#feed-address")?.value,
        readonly: document.querySelector("input#feed-address")?.readOnly,
        label: document.querySelector("label[for=feed-address]")?.textContent,
        links: [...document.querySelectorAll("main a")].map((a) => new URL(a.href).pathname),
        entries: [...document.querySelectorAll("ol.feed-entries > li h3")].map((h) => h.textContent),
        dates: [...document.querySelectorAll("ol.feed-entries time")].map((t) => t.textContent),
        styled: getComputedStyle(document.querySelector("header.site")).backgroundColor,
        // What the site's own markup would need the policy to allow: inline style or handlers.
        inline: [...document.querySelectorAll("body *")]
          .filter((el) => !el.closest("xslt-warning-banner"))
          .filter((el) => [...el.attributes].some((a) => a.name === "style" || a.name.startsWith("on"))).length,
        banner: document.querySelector("xslt-warning-banner") !== null,
      }));
      check(response.ok() && feed.stylesheet === "/ht/feed.xsl" && seen.lang === "ht",
        `a. ${FEED} names ${feed.stylesheet} and shows a page in lang=${seen.lang}`);
      check(normal(seen.h1) === normal(feed.title), `a. its <h1> is the feed's title "${normal(seen.h1)}"`,
        `expected "${feed.title}"`);
      check(seen.address === feed.self && seen.readonly && normal(seen.label) === message("ht", "feed-page-follow"),
        `a. the field "${normal(seen.label)}" holds the feed's address ${seen.address}, read-only`,
        `expected ${feed.self}`);
      check(seen.links.includes("/ht/countries/cl/") && seen.links.includes("/ht/feeds/"),
        "a. it links to the page it follows and to every feed of the site", seen.links.join(", "));
      check(seen.entries.length === feed.entries.length && seen.entries.every((t, i) => normal(t) === normal(feed.entries[i])),
        `a. it lists the feed's ${feed.entries.length} entries by title`, JSON.stringify(seen.entries));
      // The commitment of October 2022 says its month, as its page does, not a day.
      check(seen.dates.includes("oktòb 2022"), `a. entry dates as the pages write them: ${seen.dates.join(" | ")}`);
      check(seen.styled !== "rgba(0, 0, 0, 0)", `a. the site's stylesheet applies (header ${seen.styled})`);
      const blocked = violations.filter((text) => !(seen.banner && /inline style|inline event handler/.test(text)));
      check(seen.inline === 0 && blocked.length === 0,
        `a. nothing the site sends needs more than its Content-Security-Policy allows (${violations.length - blocked.length} report(s) about Chromium's own XSLT banner)`,
        `${seen.inline} element(s) with inline style or handlers; ${blocked.join(" | ")}`);
      await context.close();
    } catch (error) {
      check(false, "a. the feed check ran to the end", error.stack || error.message);
    }

    // b. The feeds page: every country's feed, with its address as text to copy.
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${BASE}/ht/feeds/`);
      const countries = readdirSync(join(SITE_DIR, "ht/countries"), { withFileTypes: true })
        .filter((d) => d.isDirectory()).map((d) => d.name);
      const listed = await page.$$eval("#feeds-countries ~ ul code", (codes) => codes.map((c) => c.textContent));
      const missing = countries.filter((c) => !listed.some((address) => address.endsWith(`/ht/countries/${c}/feed.xml`)));
      check(countries.length > 0 && missing.length === 0 && listed.length === countries.length,
        `b. /ht/feeds/ gives the address of each of the ${countries.length} countries' feeds`,
        `missing ${missing.join(", ")}; listed ${listed.length}`);
      const footer = await page.$$eval("footer a", (as) => as.map((a) => new URL(a.href).pathname));
      check(footer.includes("/ht/feeds/"), "b. the footer links to it");
      await context.close();
    } catch (error) {
      check(false, "b. the feeds page check ran to the end", error.stack || error.message);
    }

    // c. The Haitian Creole copy, opened from disk.
    const copy = process.env.SWIVI_COPY_DIR;
    if (!copy) {
      check(false, "c. SWIVI_COPY_DIR names the unzipped Haitian Creole copy (run through run.sh)");
    } else {
      try {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(pathToFileURL(join(copy, "offline-ht/index.html")).href);
        const lang = await page.evaluate(() => document.documentElement.lang);
        const heading = normal(await page.locator("h1").first().textContent());
        check(lang === "ht" && heading === h1OnDisk("/ht/"),
          `c. the copy's index.html is the Haitian Creole home: lang=${lang}, <h1> "${heading}"`,
          `expected <h1> "${h1OnDisk("/ht/")}"`);
        const sections = await page.$$eval("nav.sections li:not(.search) a", (as) => as.map((a) => a.href));
        const local = sections.filter((href) => href.startsWith("file:"));
        check(sections.length > 0 && local.length === sections.length,
          `c. its ${local.length} section links lead to files of the copy`, sections.join(", "));
        await page.goto(local[0]);
        const first = normal(await page.locator("h1").first().textContent());
        check(first === h1OnDisk("/ht/countries/"), `c. the first opens from disk: <h1> "${first}"`);
        await context.close();
      } catch (error) {
        check(false, "c. the copy check ran to the end", error.stack || error.message);
      }
    }
  } finally {
    await browser.close();
  }
}

run(main, 60_000);
