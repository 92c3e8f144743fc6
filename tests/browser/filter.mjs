// End-to-end browser test of the commitments' filter over a list cut into pages: the theme's
// form (commitments.html), the page script (src/offline/page.js) and the language's index of
// every commitment (`/<lang>/commitments/index.json`, src/render/mod.rs).
//
// Run it on a site whose commitments take more than one page ([lists] per_page), e.g.
//   python3 benches/generate.py 1000 /tmp/t1k && (cd /tmp/t1k && swivi build)
//   tests/browser/run.sh /tmp/t1k/public
// which calls `node tests/browser/filter.mjs http://127.0.0.1:PORT` with SWIVI_SITE_DIR.
//
// It prints one `ok …` / `FAIL …` line per check and exits 1 if any failed:
//   a. the index is not loaded until the reader chooses;
//   b. choosing a status lists the matches of the whole list (more than a page holds), each
//      linked to its commitment's page, and hides the page's cards and pager;
//   c. the count says how many, and choosing a country too narrows the list to that country;
//   d. back to "all", the page's own cards and pager are shown again;
//   e. without JavaScript the pager leads to page 2.
// The whole run stops itself after 60 s.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BASE, SITE_DIR, check, launch, run } from "./common.mjs";

run(async function main() {
  const index = JSON.parse(readFileSync(join(SITE_DIR, "en/commitments/index.json"), "utf8"));
  const browser = await launch();
  try {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    let loaded = 0;
    page.on("request", (request) => {
      if (request.url().endsWith("/en/commitments/index.json")) loaded += 1;
    });
    await page.goto(`${BASE}/en/commitments/`);
    const cardsOnPage = await page.locator("main li.card").count();
    check(loaded === 0, "a. the index is not loaded before the reader chooses", `${loaded} loads`);

    // b. A status: the matches of the whole list.
    const status = "in-progress";
    const expected = index.commitments.filter((c) => c[3] === status);
    await page.selectOption("form.filter select[name=status]", status);
    await page.waitForFunction(() => document.querySelectorAll("ul.filter-results li").length > 0);
    const shown = await page.$$eval("ul.filter-results li a", (links) => links.map((a) => new URL(a.href).pathname));
    check(loaded === 1, "b. choosing loads the index once", `${loaded} loads`);
    check(shown.length === expected.length && shown.length > cardsOnPage,
      `b. ${expected.length} commitments ${status} are listed, more than the page's ${cardsOnPage} cards`,
      `${shown.length} listed`);
    check(shown[0] === `/en/commitments/${expected[0][0]}/`, "b. each is linked to its page", shown[0]);
    const hidden = await page.$$eval("main .status-group, main nav.pager", (parts) => parts.every((p) => p.hidden));
    check(hidden, "b. the page's cards and pager are hidden");

    // c. And a country.
    const country = expected[0][2];
    await page.selectOption("form.filter select[name=country]", country);
    const narrower = expected.filter((c) => c[2] === country).length;
    await page.waitForFunction((n) => document.querySelectorAll("ul.filter-results li").length === n, narrower);
    const count = await page.textContent("form.filter [role=status]");
    check(count.includes(String(narrower)), `c. the count says ${narrower}`, count);

    // d. Back to all.
    await page.selectOption("form.filter select[name=country]", "");
    await page.selectOption("form.filter select[name=status]", "");
    const back = await page.$$eval("main .status-group, main nav.pager", (parts) => parts.every((p) => !p.hidden));
    const resultsHidden = await page.$eval("ul.filter-results", (ul) => ul.hidden);
    check(back && resultsHidden, "d. with every choice back to all, the page shows its own cards again");
    await context.close();

    // e. Without JavaScript, the pager.
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto(`${BASE}/en/commitments/`);
    await noScript.click("nav.pager a[rel=next]");
    check(new URL(noScript.url()).pathname === "/en/commitments/page/2/", "e. without script the pager leads to page 2", noScript.url());
    check(await noScript.locator("nav.pager [aria-current=page]").textContent() === "2", "e. page 2 is marked current");
    await plain.close();
  } finally {
    await browser.close();
  }
}, 60_000);
