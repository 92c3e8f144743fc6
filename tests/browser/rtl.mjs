// An Arabic site in headless Chromium (made by tests/browser/rtl.sh): what a reader of a
// right-to-left language sees on a phone and on a desktop.
//
// On each page, at 320×640 and 1280×900:
// - every label of every chart lies inside its chart, and the labels of a line chart keep
//   clear of its plot (in a right-to-left page, SVG text takes the page's direction, and a
//   label anchored for left to right crosses the plot or is cut: "ople 0");
// - every text in another language than Arabic says so: no Latin word is left in the page's
//   own language, and an interface message still in French (the fallback) carries
//   lang="fr" dir="ltr";
// - a French text has French dates: no Arabic month name or digit inside it;
// - nothing is wider than the screen.
// With SWIVI_SCREENSHOTS=DIR, a screenshot of each page at each size goes to DIR.

import { mkdirSync } from "node:fs";
import { BASE, check, launch, run } from "./common.mjs";

const PAGES = [
  ["home", "/ar/"],
  // A commitment with a line chart (its indicator), and one not verified for too long (a
  // done commitment, as the first is, never is).
  ["commitment", "/ar/commitments/us-funding-870m/"],
  ["stale commitment", "/ar/commitments/pe-xenophobia/"],
  ["country", "/ar/countries/us/"],
  ["map", "/ar/countries/"],
  ["commitments", "/ar/commitments/"],
];
const SIZES = [
  [320, 640],
  [1280, 900],
];
const SHOTS = process.env.SWIVI_SCREENSHOTS;

async function serverUp() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${BASE}/ar/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${BASE} does not answer`);
}

/** What the page shows, measured in the browser. */
function measure() {
  const ARABIC_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
    "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
  const inside = (box, outer) => box.left >= outer.left - 0.5 && box.right <= outer.right + 0.5
    && box.top >= outer.top - 0.5 && box.bottom <= outer.bottom + 0.5;
  const overlaps = (a, b) => a.left < b.right - 0.5 && a.right > b.left + 0.5
    && a.top < b.bottom - 0.5 && a.bottom > b.top + 0.5;
  const round = (box) => [box.left, box.top, box.right, box.bottom].map((n) => Math.round(n)).join(",");

  const labelsOutside = [];
  const labelsOnPlot = [];
  let labels = 0;
  for (const svg of document.querySelectorAll("svg.chart")) {
    const box = svg.getBoundingClientRect();
    const axes = [...svg.querySelectorAll("line.axis")].map((l) => l.getBoundingClientRect());
    // A line chart's plot: right of its vertical axis, above its horizontal one.
    const plot = svg.classList.contains("line-chart") && axes.length === 2
      ? { left: axes[1].left, right: axes[0].right, top: axes[1].top, bottom: axes[0].bottom }
      : null;
    for (const text of svg.querySelectorAll("text")) {
      labels += 1;
      const t = text.getBoundingClientRect();
      const what = `"${text.textContent}" [${round(t)}] in ${svg.getAttribute("class")} [${round(box)}]`;
      if (!inside(t, box)) labelsOutside.push(what);
      if (plot && overlaps(t, plot)) labelsOnPlot.push(`${what}, plot [${round(plot)}]`);
    }
  }

  // Text nodes as shown, with the language and direction they are in.
  const shown = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = node.textContent.replace(/\s+/g, " ").trim();
    if (!text || element.closest("svg, script, style, template")) continue;
    if (!element.checkVisibility()) continue;
    const marked = element.closest("[lang]");
    shown.push({
      text,
      lang: marked.getAttribute("lang"),
      dir: element.closest("[dir]")?.getAttribute("dir"),
    });
  }
  // A word of three Latin letters or more with a small letter: not a code such as "USD".
  const latinWord = /[A-Za-zÀ-ɏ]*[a-zß-ÿ][A-Za-zÀ-ɏ]{2,}/;
  const unmarkedLatin = shown.filter((s) => s.lang === "ar" && latinWord.test(s.text)).map((s) => s.text);
  const french = shown.filter((s) => s.lang === "fr");
  const frenchNotLtr = french.filter((s) => s.dir !== "ltr").map((s) => s.text);
  const arabicDatesInFrench = french
    .filter((s) => /[٠-٩]/.test(s.text) || ARABIC_MONTHS.some((m) => s.text.includes(m)))
    .map((s) => s.text);
  const stale = french.filter((s) => s.text.startsWith("Non vérifié depuis")).map((s) => s.text);

  return {
    labels,
    labelsOutside,
    labelsOnPlot,
    french: french.length,
    unmarkedLatin,
    frenchNotLtr,
    arabicDatesInFrench,
    stale,
    pageWidth: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    dir: document.documentElement.dir,
  };
}

run(async () => {
  await serverUp();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  const browser = await launch();
  try {
    for (const [width, height] of SIZES) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      for (const [name, path] of PAGES) {
        const at = `${path} at ${width}×${height}`;
        const response = await page.goto(`${BASE}${path}`, { waitUntil: "load" });
        check(response.ok(), `${at} loads`, response.status());
        const seen = await page.evaluate(measure);
        check(seen.dir === "rtl", `${at} is right to left`, seen.dir);
        check(seen.labelsOutside.length === 0, `${at}: all ${seen.labels} chart labels inside their chart`,
          seen.labelsOutside.join("; "));
        check(seen.labelsOnPlot.length === 0, `${at}: no chart label on a line chart's plot`,
          seen.labelsOnPlot.join("; "));
        check(seen.french > 0, `${at} shows French fallbacks (so the next checks see some)`);
        check(seen.unmarkedLatin.length === 0, `${at}: no text in another language without its lang`,
          seen.unmarkedLatin.slice(0, 8).join(" | "));
        check(seen.frenchNotLtr.length === 0, `${at}: French texts are left to right`,
          seen.frenchNotLtr.slice(0, 8).join(" | "));
        check(seen.arabicDatesInFrench.length === 0, `${at}: no Arabic date inside a French text`,
          seen.arabicDatesInFrench.slice(0, 8).join(" | "));
        check(seen.pageWidth <= seen.viewport, `${at}: nothing wider than the screen`,
          `${seen.pageWidth} > ${seen.viewport}`);
        if (name === "stale commitment") {
          check(seen.stale.length > 0 && seen.stale.every((s) => /^Non vérifié depuis le \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$/.test(s)),
            `${at}: "Non vérifié depuis" in French with a French date`, JSON.stringify(seen.stale));
        }
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}, 140_000);
