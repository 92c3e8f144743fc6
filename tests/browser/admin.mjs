// Editing in a browser: /admin/ (Decap CMS) against decap-server, as an editor works.
// Run through tests/browser/admin.sh, which builds a copy of the example site
// (SWIVI_ADMIN_SITE), starts decap-server in it and serves the built copy; the address is
// the first argument. Checks, one `ok …` / `FAIL …` line each:
//   a. the page is served with the editor's Content-Security-Policy;
//   b. logging in with the local backend lists every commitment;
//   c. an edited summary is published ("Entry saved")…
//   d. …into the canonical file, and no translation changes;
//   e. `swivi check` accepts the site as Decap CMS left it;
//   f. nothing was asked of another host (the local backend aside), and the policy refused
//      nothing.
//   g. while the editor looks for its backend, its "Loading configuration" message reads at
//      4.5:1 or more against its background (Decap's own grey does not).
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";

const require = createRequire(import.meta.url);
const searchPaths = (process.env.NODE_PATH || "").split(delimiter).filter(Boolean);
const { chromium } = require(require.resolve("playwright-core", { paths: searchPaths }));

const BASE = process.argv[2];
const SITE = process.env.SWIVI_ADMIN_SITE;
const SLUG = "ca-asylum";
const DEFAULT = readFileSync(join(SITE, "site.toml"), "utf8").match(/^default_language *= *"(.*)"/m)[1];
const folder = join(SITE, "content/commitments");
const snapshot = () => Object.fromEntries(readdirSync(folder).filter((f) => f.startsWith(`${SLUG}.`)).map((f) => [f, readFileSync(join(folder, f), "utf8")]));
const before = snapshot();
const commitments = readdirSync(folder).filter((f) => f.endsWith(`.${DEFAULT}.md`));
const EDITED = "Le Canada joue un rôle clé sur les questions d'asile (modifié dans le navigateur).";

let failed = false;
const check = (name, ok, detail = "") => {
  console.log(`${ok ? "ok" : "FAIL"} ${name}${ok || !detail ? "" : `: ${detail}`}`);
  if (!ok) failed = true;
};

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  const elsewhere = [];
  const refused = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(BASE).origin && url.origin !== "http://localhost:8081" && !/^(data|blob):/.test(url.protocol)) elsewhere.push(request.url());
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text().slice(0, 200));
  });
  page.on("pageerror", (error) => refused.push(`page error: ${String(error).slice(0, 200)}`));

  // a. The page and its policy.
  const response = await page.goto(`${BASE}admin/`);
  const policy = response.headers()["content-security-policy"] || "";
  check("a. /admin/ is served with the editor's policy", response.ok() && policy.includes("script-src 'self' 'unsafe-eval'") && policy.includes("connect-src 'self' blob: http://localhost:8081"), `${response.status()} ${policy}`);

  // b. Log in (the local backend needs no account) and list the commitments.
  await page.getByRole("button", { name: /login/i }).click({ timeout: 30000 });
  await page.goto(`${BASE}admin/#/collections/commitments`);
  const entry = page.locator(`a[href$="#/collections/commitments/entries/${SLUG}"]`);
  await entry.waitFor({ timeout: 30000 });
  const listed = await page.locator('a[href*="#/collections/commitments/entries/"]').count();
  check("b. every commitment is listed", listed === commitments.length, `${listed} listed, ${commitments.length} files`);

  // c. Edit the summary in the default language and publish.
  await entry.click();
  const summary = page.getByLabel("Summary (optional)", { exact: true }).nth(0);
  await summary.waitFor({ timeout: 30000 });
  const original = await summary.inputValue();
  await summary.fill(EDITED);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByText("Publish now", { exact: true }).click();
  const saved = await page.getByText("Entry saved").waitFor({ timeout: 30000 }).then(() => true, () => false);
  check("c. the edit is published", saved && original.startsWith("Le Canada"), original);

  // d. What changed on disk.
  const after = snapshot();
  const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
  check(
    "d. the canonical file holds the edit, the translations are as they were",
    changed.length === 1 && changed[0] === `${SLUG}.${DEFAULT}.md` && after[changed[0]].includes(`summary = "${EDITED.replace(/"/g, '\\"')}"`),
    `changed: ${changed.join(", ")}\n${after[`${SLUG}.${DEFAULT}.md`]}`,
  );

  // e. swivi check on the site as Decap left it.
  let checked = "";
  let code = 0;
  try {
    checked = execFileSync(process.env.SWIVI, ["check", "--root", SITE], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    code = error.status;
    checked = `${error.stdout}${error.stderr}`;
  }
  check("e. swivi check accepts the edited site", code === 0, checked.slice(0, 2000));

  // f. Same origin only, and nothing refused.
  check("f. nothing from another host, nothing refused by the policy", elsewhere.length === 0 && refused.length === 0, [...elsewhere, ...refused].join("\n"));

  // g. The loading message, held on screen by a backend that answers late.
  const waiting = await browser.newPage();
  await waiting.route("http://localhost:8081/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await route.abort().catch(() => {});
  });
  await waiting.goto(`${BASE}admin/`);
  const loader = waiting.locator('[class*="-LoaderText"]').first();
  await loader.waitFor({ timeout: 10000 });
  const colours = await loader.evaluate((element) => {
    const background = (e) => {
      for (; e; e = e.parentElement) {
        const colour = getComputedStyle(e).backgroundColor;
        if (!/rgba\(0, 0, 0, 0\)|transparent/.test(colour)) return colour;
      }
      return "rgb(255, 255, 255)";
    };
    return [getComputedStyle(element).color, background(element), element.textContent];
  });
  const contrast = (a, b) => {
    const luminance = (rgb) => {
      const [r, g, b] = rgb.match(/\d+/g).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const ratio = contrast(colours[0], colours[1]);
  check(`g. "${colours[2]}" reads at ${ratio.toFixed(1)}:1 (${colours[0]} on ${colours[1]})`, ratio >= 4.5);
  await waiting.close();
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
