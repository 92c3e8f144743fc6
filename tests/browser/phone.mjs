// Every page of a built site on a phone, 320×640 in headless Chromium (made by
// tests/browser/phone.sh): what a reader with a small screen meets.
//
// On each page:
// - nothing scrolls sideways (the page is no wider than the screen);
// - the header takes at most a fifth of the first screen;
// - every target a thumb aims at alone (a link or control that is not a word inside a
//   sentence) is at least 24×24 px (WCAG 2.2, 2.5.8);
// - every form field writes its text at 16 px or more (smaller, and phones zoom into it);
// - every label of every chart renders at 12 px or more;
// and on a commitment's page, its title and its status are on the first screen.
// Each failure names the page and what is too wide, too small or too low.

import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { BASE, SITE_DIR, check, launch, run } from "./common.mjs";

const WIDTH = 320;
const HEIGHT = 640;

/** Every page of the site: each `index.html` and `404.html` under its folder, as a URL path. */
function pages(dir) {
  const found = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        // The browser editor is Decap CMS's own page, not the site's.
        if (relative(dir, path) !== "admin") walk(path);
      } else if (name === "index.html" || name === "404.html") {
        const url = `/${relative(dir, folder)}/`.replace(/^\/\/$/, "/").replace(/\/+/g, "/");
        found.push(name === "index.html" ? url : `${url}404.html`);
      }
    }
  };
  walk(dir);
  return found;
}

/** What the page shows at this size, measured in the browser. */
function measure(height) {
  const box = (el) => el.getBoundingClientRect();
  const describe = (el) => {
    const r = box(el);
    const name = el.tagName.toLowerCase() + (el.className && typeof el.className === "string"
      ? `.${el.className.trim().split(/\s+/).join(".")}` : "");
    const text = (el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 40);
    return `${name} "${text}" [${Math.round(r.left)}..${Math.round(r.right)} × ${Math.round(r.top)}..${Math.round(r.bottom)}]`;
  };
  const visible = (el) => el.checkVisibility() && box(el).width > 0;
  const width = document.documentElement.clientWidth;

  // What sticks out on the right (or the left, in a right-to-left page): the innermost
  // elements past the edge, outside any box that scrolls on its own.
  const rtl = getComputedStyle(document.documentElement).direction === "rtl";
  const past = (el) => (rtl ? box(el).left < -0.5 : box(el).right > width + 0.5);
  const wide = [];
  if (document.documentElement.scrollWidth > width) {
    for (const el of document.body.querySelectorAll("*")) {
      if (!visible(el) || el.closest(".scroll") || !past(el)) continue;
      if (![...el.children].some((c) => visible(c) && past(c))) wide.push(describe(el));
    }
  }

  const header = document.querySelector("header.site");

  // A target alone: a control, or a link that is all the text of its line's container.
  const inSentence = (el) => {
    const parent = el.parentElement;
    if (!parent || parent.closest("svg")) return false;
    const own = [...parent.childNodes].filter((n) => n !== el)
      .map((n) => n.textContent).join("").replace(/[\s·,|()]+/g, "");
    return own.length > 0;
  };
  const small = [];
  for (const el of document.querySelectorAll("a[href], button, summary, select, input, textarea")) {
    if (!visible(el) || el.closest("template")) continue;
    if (el.tagName === "A" && inSentence(el)) continue;
    const r = box(el);
    if (r.width < 23.5 || r.height < 23.5) small.push(describe(el));
  }

  const smallText = [];
  for (const el of document.querySelectorAll("input, select, textarea")) {
    if (!visible(el)) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 16) smallText.push(`${describe(el)} at ${size}px`);
  }

  const smallLabels = [];
  for (const svg of document.querySelectorAll("svg")) {
    if (!visible(svg)) continue;
    const view = svg.viewBox.baseVal;
    const scale = view && view.width ? box(svg).width / view.width : 1;
    for (const text of svg.querySelectorAll("text")) {
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < 11.95) smallLabels.push(`"${text.textContent}" at ${size.toFixed(1)}px`);
    }
  }

  // A commitment's own status, under its title; a country's report has one per commitment.
  const status = document.querySelector("main > .standing .status");
  const title = document.querySelector("main h1");
  return {
    scrollWidth: document.documentElement.scrollWidth,
    width,
    wide: wide.slice(0, 5),
    header: header ? Math.round(box(header).height) : 0,
    small: small.slice(0, 8),
    smallCount: small.length,
    smallText,
    smallLabels: smallLabels.slice(0, 5),
    commitment: !!status,
    statusBottom: status ? Math.round(box(status).bottom + window.scrollY) : null,
    titleBottom: title ? Math.round(box(title).bottom + window.scrollY) : null,
    height,
  };
}

run(async () => {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  const page = await context.newPage();
  const all = pages(SITE_DIR);
  check(all.length > 0, `${all.length} pages found under ${SITE_DIR}`);
  let commitments = 0;
  for (const path of all) {
    const response = await page.goto(`${BASE}${path}`, { waitUntil: "load" });
    if (!check(response && response.status() < 500, `${path} opens`, response && response.status())) continue;
    const m = await page.evaluate(measure, HEIGHT);
    const failures = [];
    if (m.scrollWidth > m.width) failures.push(`scrolls sideways: ${m.scrollWidth}px wide; ${m.wide.join("; ")}`);
    if (m.header > HEIGHT / 5) failures.push(`the header is ${m.header}px tall, over a fifth of ${HEIGHT}px`);
    if (m.smallCount > 0) failures.push(`${m.smallCount} target(s) under 24×24 px: ${m.small.join("; ")}`);
    if (m.smallText.length > 0) failures.push(`form text under 16 px: ${m.smallText.join("; ")}`);
    if (m.smallLabels.length > 0) failures.push(`chart labels under 12 px: ${m.smallLabels.join("; ")}`);
    if (m.commitment) {
      commitments += 1;
      if (m.statusBottom > HEIGHT) failures.push(`the status ends at ${m.statusBottom}px, below the first screen`);
      if (m.titleBottom > HEIGHT) failures.push(`the title ends at ${m.titleBottom}px, below the first screen`);
    }
    check(failures.length === 0, `${path} at ${WIDTH}×${HEIGHT}`, failures.join(" | "));
  }
  check(commitments > 0, `${commitments} commitment pages had their title and status measured`);
  await browser.close();
}, 900_000);
