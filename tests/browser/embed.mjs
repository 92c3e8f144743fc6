// Badges and cards in another site (made by tests/browser/embed.sh): an organisation copies
// the HTML a commitment's, a country's and a pillar's pages offer ("Embed this") into a page
// of its own, at another origin, and its readers open it in headless Chromium.
//
// - each badge shows (an image of its own size) and says what it shows in words (`alt`);
// - each card shows in its frame, styled by the tracker's stylesheet, with the entry's title;
// - an entry's own page put in a frame the same way is refused by the browser (only the
//   cards may be framed elsewhere);
// - everything the badges and cards load comes from the tracker's own address.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { BASE, check, h1OnDisk, launch, run } from "./common.mjs";

/** The other site: another origin on this machine (embed.sh serves HOST_DIR there). Chromium
 * refuses a public origin's requests to a local address, so it is local too. */
const HOST = process.env.SWIVI_HOST_ORIGIN;
const HOST_DIR = process.env.SWIVI_HOST_DIR;

/** Entries whose page offers its badge and card, in French and Haitian Creole. */
const ENTRIES = ["/fr/commitments/us-funding-870m/", "/ht/countries/us/", "/fr/pillars/humane-management/"];

/** A page that is not a card, put in a frame by the other site. */
const NOT_A_CARD = "/fr/countries/us/";

run(async () => {
  const browser = await launch();
  try {
    const tracker = await browser.newPage();
    const snippets = [];
    for (const path of ENTRIES) {
      await tracker.goto(BASE + path, { waitUntil: "load" });
      const offered = await tracker.evaluate(() => ({
        badge: document.querySelector("#embed-badge")?.value,
        card: document.querySelector("#embed-card")?.value,
      }));
      check(Boolean(offered.badge && offered.card), `${path} offers its badge and its card to copy`);
      // The snippets name the published address; here, the tracker is served locally.
      const local = (html) => (html || "").replace(/https?:\/\/[^/"]+\//g, `${BASE}/`);
      snippets.push({ path, badge: local(offered.badge), card: local(offered.card) });
    }
    await tracker.close();

    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>An organisation</title></head><body>
<h1>Our monitoring</h1>
${snippets.map((s, i) => `<p>${s.badge}</p>${s.card.replace("<iframe ", `<iframe name="card-${i}" `)}`).join("\n")}
<iframe name="not-a-card" title="Not a card" src="${BASE}${NOT_A_CARD}"></iframe>
</body></html>`;
    writeFileSync(join(HOST_DIR, "index.html"), html);
    const page = await browser.newPage();
    const requested = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(`${HOST}/`, { waitUntil: "load" });

    const badges = await page.evaluate(() =>
      [...document.querySelectorAll("img")].map((img) => ({ src: img.src, alt: img.alt, width: img.naturalWidth })));
    check(badges.length === ENTRIES.length, `${badges.length} badges in the other site's page`);
    for (const badge of badges) {
      check(badge.width > 0 && badge.alt.length > 0, `the badge ${badge.src} shows and says “${badge.alt}”`,
        `${badge.width} px wide`);
    }

    for (const [i, { path }] of snippets.entries()) {
      const frame = page.frame({ name: `card-${i}` });
      const shown = frame && await frame.evaluate(() => ({
        title: document.querySelector(".embed-card h1")?.textContent.trim(),
        // `.embed-card h1` of the tracker's style.css: 1.1rem.
        styled: getComputedStyle(document.querySelector(".embed-card h1")).fontSize === "17.6px",
      })).catch(() => null);
      const title = h1OnDisk(path);
      check(shown?.title === title, `the card of ${path} shows in its frame: “${title}”`, JSON.stringify(shown));
      check(shown?.styled === true, `the card of ${path} is styled by the tracker's stylesheet`);
    }

    const refused = page.frame({ name: "not-a-card" });
    const refusedUrl = refused ? refused.url() : "";
    const readable = refused && await refused.evaluate(() => document.querySelector("main") !== null).catch(() => false);
    check(!readable, `${NOT_A_CARD} is refused in another site's frame`, refusedUrl);

    const elsewhere = requested.filter((url) => !url.startsWith(`${BASE}/`) && !url.startsWith(`${HOST}/`));
    check(elsewhere.length === 0, "badges and cards load nothing from another host", elsewhere.join(" "));
    await page.close();
  } finally {
    await browser.close();
  }
}, 120_000);
