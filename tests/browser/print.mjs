// A country's report printed from headless Chromium (made by tests/browser/print.sh): what
// an organisation gets when it prints one, or saves it as a PDF, to carry the tracker's
// findings into its own report.
//
// For each report it prints, in the languages below:
// - the PDF's sheets are A4;
// - every sheet begins with the running title and shows the report's address, the day it
//   was made and its number;
// - each commitment starts a sheet of its own, after the first sheet (title, figures,
//   contents);
// - nothing of the screen's chrome is printed (menu, breadcrumbs, how to print);
// - nothing is wider than the sheet.
// The PDF's text is read with poppler's pdftotext and pdfinfo.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BASE, check, launch, normal, run } from "./common.mjs";

/** Reports with commitments, in French and Haitian Creole; one without any. */
const REPORTS = ["/fr/countries/us/report/", "/ht/countries/pe/report/", "/fr/countries/cl/report/",
  "/ht/countries/ar/report/"];

/** A4 in PostScript points, as pdfinfo gives it. */
const A4 = [595.28, 841.89];
/** The width of an A4 sheet less the theme's margins (14 mm each side), in CSS pixels. */
const PRINTED_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96);

/** Text compared as a reader sees it: ligatures and spaces as plain letters and one space. */
const plain = (text) => normal((text || "").normalize("NFKC"));

function sheets(pdf) {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const count = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
  const size = info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m).slice(1).map(Number);
  const texts = [];
  for (let n = 1; n <= count; n += 1) {
    texts.push(plain(execFileSync("pdftotext", ["-f", `${n}`, "-l", `${n}`, "-enc", "UTF-8", pdf, "-"],
      { encoding: "utf8" })));
  }
  return { size, texts };
}

run(async () => {
  const browser = await launch();
  const work = mkdtempSync(join(tmpdir(), "swivi-print-"));
  try {
    for (const path of REPORTS) {
      const page = await browser.newPage();
      await page.goto(BASE + path, { waitUntil: "load" });
      const shown = await page.evaluate(() => ({
        running: document.querySelector(".sheet > thead .running")?.textContent,
        foot: document.querySelector(".sheet > tfoot .running")?.textContent,
        commitments: [...document.querySelectorAll(".reported > h2")].map((h) => h.textContent),
        chrome: [document.querySelector(".how-to-print")?.textContent,
          document.querySelector(".crumbs")?.textContent, document.querySelector(".menu summary")?.textContent],
      }));
      const pdf = join(work, "report.pdf");
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const { size, texts } = sheets(pdf);
      check(Math.abs(size[0] - A4[0]) < 1 && Math.abs(size[1] - A4[1]) < 1, `${path} prints on A4`,
        `${size.join(" × ")} pt`);
      const running = plain(shown.running);
      const foot = plain(shown.foot);
      check(running.length > 0 && foot.length > 0, `${path} has a running title and foot`);
      const unheaded = texts.findIndex((text) => !text.startsWith(running));
      check(unheaded < 0, `${path}: every sheet begins with “${running}”`,
        `sheet ${unheaded + 1} begins “${(texts[unheaded] || "").slice(0, 80)}”`);
      const unfooted = texts.findIndex((text, i) =>
        !text.includes(foot) || !new RegExp(`\\b${i + 1} ?/ ?${texts.length}\\b`).test(text));
      check(unfooted < 0, `${path}: every sheet shows “${foot}” and its number`,
        `sheet ${unfooted + 1}: “${(texts[unfooted] || "").slice(-160)}”`);
      check(texts.length >= 1 + shown.commitments.length,
        `${path}: ${texts.length} sheets for ${shown.commitments.length} commitment(s) and the first`);
      for (const heading of shown.commitments.map(plain)) {
        const at = texts.findIndex((text) => text.slice(running.length).trim().startsWith(heading));
        check(at > 0, `${path}: “${heading}” starts a sheet of its own`);
      }
      const whole = texts.join(" ");
      const printedChrome = shown.chrome.map(plain).filter((text) => text && whole.includes(text));
      check(printedChrome.length === 0, `${path}: no menu, breadcrumbs or printing advice on paper`,
        printedChrome.join(" | "));
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: PRINTED_WIDTH, height: 1100 });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      check(wide <= PRINTED_WIDTH, `${path}: nothing wider than the sheet`, `${wide} px of ${PRINTED_WIDTH}`);
      await page.close();
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}, 300_000);
