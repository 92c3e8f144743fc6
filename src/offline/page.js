// swivi page script: registers the service worker and, where a page offers it, the button
// that keeps a country's pages for offline reading. Without it every page still works.
"use strict";

(function () {
  const workers = "serviceWorker" in navigator && /^https?:$/.test(location.protocol);
  if (workers) {
    const worker = new URL("sw.js", document.currentScript.src);
    navigator.serviceWorker.register(worker.href, { scope: new URL("./", worker).pathname });
  }

  function offerKeep() {
    const template = document.getElementById("keep-offline");
    if (!template || !workers) return;
    const box = template.content.firstElementChild.cloneNode(true);
    template.replaceWith(box);
    const button = box.querySelector("button");
    const status = box.querySelector("[role=status]");
    button.addEventListener("click", async function () {
      button.disabled = true;
      status.textContent = box.dataset.saving;
      const here = new URL(location.href);
      const urls = new Set([here.pathname]);
      for (const link of document.querySelectorAll("main a[href]")) {
        const url = new URL(link.href);
        if (url.origin === here.origin && url.pathname.endsWith("/")) urls.add(url.pathname);
      }
      try {
        const registration = await navigator.serviceWorker.ready;
        const answer = await new Promise(function (resolve) {
          const channel = new MessageChannel();
          channel.port1.onmessage = function (event) { resolve(event.data); };
          registration.active.postMessage({ type: "keep", urls: Array.from(urls) }, [channel.port2]);
        });
        status.textContent = answer.kept === answer.asked ? box.dataset.kept : box.dataset.failed;
      } catch (error) {
        status.textContent = box.dataset.failed;
      }
      button.disabled = false;
    });
  }

  // The commitments list: narrow it by country, pillar and status without a reload. Without
  // this script the list pages per status, country and pillar do the same. When the list
  // takes several pages, the form names the index of every commitment (`data-index`), loaded
  // the first time the reader chooses, and the matches of the whole list replace the page's
  // cards and pager until every choice is back to "all".
  function offerFilter() {
    const template = document.getElementById("filter-commitments");
    if (!template) return;
    const form = template.content.firstElementChild.cloneNode(true);
    template.replaceWith(form);
    const count = form.querySelector("[role=status]");
    const cards = Array.from(document.querySelectorAll("main li.card[data-status]"));
    let index = null;
    let results = null;
    // The form offers it only when some commitment of the site has a due date.
    function overdueOnly() {
      return Boolean(form.elements.overdue && form.elements.overdue.checked);
    }
    async function applyToAll() {
      const country = form.elements.country.value;
      const pillar = form.elements.pillar.value;
      const status = form.elements.status.value;
      const overdue = overdueOnly();
      const pageParts = document.querySelectorAll("main .status-group, main nav.pager");
      if (!country && !pillar && !status && !overdue) {
        for (const part of pageParts) part.hidden = false;
        if (results) results.hidden = true;
        count.textContent = "";
        return;
      }
      const url = new URL(form.dataset.index, location.href);
      try {
        if (!index) {
          count.textContent = form.dataset.loading;
          const response = await fetch(url);
          if (!response.ok) throw new Error(response.status);
          index = await response.json();
        }
      } catch (error) {
        count.textContent = form.dataset.failed;
        form.removeEventListener("change", applyToAll);
        form.addEventListener("change", apply);
        apply();
        return;
      }
      if (!results) {
        results = document.createElement("ul");
        results.className = "filter-results";
        form.after(results);
      }
      const matching = index.commitments.filter(function (c) {
        return (!country || c[2] === country) && (!pillar || c[4].includes(pillar)) &&
          (!status || c[3] === status) && (!overdue || c[5] === 1);
      });
      const items = document.createDocumentFragment();
      matching.forEach(function (c) {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = new URL(c[0] + "/", url).href;
        link.textContent = c[1];
        const status = document.createElement("span");
        status.className = "status status-" + c[3];
        status.textContent = index.statuses[c[3]] || c[3];
        item.append(link, " · " + (index.countries[c[2]] || c[2]) + " · ", status);
        items.append(item);
      });
      results.replaceChildren(items);
      results.hidden = false;
      for (const part of pageParts) part.hidden = true;
      count.textContent = form.dataset.shown + " " + matching.length;
    }
    // An offline copy opened from disk cannot load the index: it filters the page's cards.
    if (form.dataset.index && location.protocol !== "file:") {
      form.addEventListener("change", applyToAll);
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      return;
    }
    function apply() {
      const country = form.elements.country.value;
      const pillar = form.elements.pillar.value;
      const status = form.elements.status.value;
      const overdue = overdueOnly();
      let shown = 0;
      for (const card of cards) {
        const keep = (!country || card.dataset.country === country) &&
          (!pillar || card.dataset.pillars.split(" ").includes(pillar)) &&
          (!status || card.dataset.status === status) && (!overdue || "overdue" in card.dataset);
        card.hidden = !keep;
        if (keep) shown += 1;
      }
      for (const group of document.querySelectorAll("main .status-group")) {
        group.hidden = !group.querySelector("li.card:not([hidden])");
      }
      count.textContent = form.dataset.shown + " " + shown;
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
  }

  // The search page: Pagefind's index of the page's language, loaded when the reader first
  // searches, so that no other page pays for it. The query and filters go in the address, so
  // a search can be shared, bookmarked and reloaded.
  function offerSearch() {
    const template = document.getElementById("search-form");
    if (!template) return;
    const form = template.content.firstElementChild.cloneNode(true);
    template.replaceWith(form);
    const filters = ["country", "pillar", "status"];
    const count = form.querySelector("[role=status]");
    const list = form.querySelector("ol.results");
    const more = form.querySelector("button.more");
    const bundle = new URL(form.dataset.bundle, location.href);
    let pagefind = null;
    let pending = [];
    let asked = 0;

    function load() {
      if (!pagefind) {
        pagefind = import(new URL("pagefind.js", bundle).href).then(async function (module) {
          // Results carry their whole address already.
          await module.options({ baseUrl: "/" });
          await module.init();
          keepForOffline();
          return module;
        });
        pagefind.catch(function () { pagefind = null; });
      }
      return pagefind;
    }

    // Once the index works, the service worker keeps all of it, so that search works
    // without a connection too.
    async function keepForOffline() {
      if (!workers || !navigator.onLine) return;
      try {
        const list = new URL(form.dataset.files, location.href);
        const files = await (await fetch(list, { cache: "no-cache" })).json();
        const registration = await navigator.serviceWorker.ready;
        const urls = files.map(function (name) { return new URL(name, list).pathname; });
        registration.active.postMessage({ type: "keep", urls: urls, missing: true });
      } catch (error) {
        // Search still works online; offline it has what was already fetched.
      }
    }

    // Pagefind marks the words found with <mark>: those are kept, everything else is text.
    function excerpt(html) {
      const paragraph = document.createElement("p");
      const parsed = new DOMParser().parseFromString(html, "text/html");
      for (const node of parsed.body.childNodes) {
        if (node.nodeName === "MARK") {
          const mark = document.createElement("mark");
          mark.textContent = node.textContent;
          paragraph.append(mark);
        } else {
          paragraph.append(node.textContent);
        }
      }
      return paragraph;
    }

    // A result's kind, countries and status, named as the page's filters name them.
    function labels(select) {
      const names = {};
      for (const option of select.options) if (option.value) names[option.value] = option.textContent;
      return names;
    }
    const countryNames = labels(form.elements.country);
    const statusNames = labels(form.elements.status);

    function facts(meta) {
      const line = document.createElement("p");
      line.className = "hit-meta";
      const add = function (text, className) {
        const span = document.createElement("span");
        span.textContent = text;
        if (className) span.className = className;
        line.append(span);
      };
      const kind = meta.kind && form.dataset["kind" + meta.kind[0].toUpperCase() + meta.kind.slice(1)];
      if (kind) add(kind);
      if (meta.country && meta.kind !== "countries") {
        const names = meta.country.split(",").map(function (c) { return countryNames[c]; }).filter(Boolean);
        if (names.length) add(names.join(", "));
      }
      if (meta.status && statusNames[meta.status]) {
        add(statusNames[meta.status], "status status-" + meta.status);
      }
      return line;
    }

    function item(data) {
      const li = document.createElement("li");
      const link = document.createElement("a");
      const url = new URL(data.url, location.href);
      const meta = data.meta || {};
      link.href = url.origin === location.origin ? url.href : "#";
      link.textContent = meta.title || url.pathname;
      li.append(link, facts(meta), excerpt(data.excerpt || ""));
      return li;
    }

    async function showMore(ask) {
      const next = pending.splice(0, 20);
      const data = await Promise.all(next.map(function (result) { return result.data(); }));
      if (ask !== asked) return;
      for (const d of data) list.append(item(d));
      more.hidden = pending.length === 0;
    }

    async function run() {
      const ask = ++asked;
      const query = form.elements.q.value.trim();
      const chosen = {};
      const address = new URL(location.href);
      address.search = "";
      if (query) address.searchParams.set("q", query);
      for (const name of filters) {
        const value = form.elements[name].value;
        if (value) {
          chosen[name] = value;
          address.searchParams.set(name, value);
        }
      }
      history.replaceState(null, "", address);
      if (!query && Object.keys(chosen).length === 0) {
        list.replaceChildren();
        count.textContent = "";
        more.hidden = true;
        return;
      }
      let search;
      try {
        search = await (await load()).search(query || null, { filters: chosen });
      } catch (error) {
        if (ask === asked) count.textContent = form.dataset.failed;
        return;
      }
      if (ask !== asked || !search) return;
      list.replaceChildren();
      pending = search.results.slice();
      count.textContent = pending.length ? form.dataset.shown + " " + pending.length : form.dataset.none;
      await showMore(ask);
    }

    let timer = 0;
    form.elements.q.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 200);
    });
    form.elements.q.addEventListener("focus", function () { load().catch(function () {}); }, { once: true });
    form.addEventListener("change", function (event) { if (event.target.name !== "q") run(); });
    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    more.addEventListener("click", function () { showMore(asked); });

    const given = new URLSearchParams(location.search);
    form.elements.q.value = given.get("q") || "";
    for (const name of filters) {
      const value = given.get(name);
      if (value && form.elements[name].querySelector("option[value=\"" + CSS.escape(value) + "\"]")) {
        form.elements[name].value = value;
      }
    }
    if (given.toString()) run();
  }

  function enhance() {
    offerKeep();
    offerFilter();
    offerSearch();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
  else enhance();
})();
