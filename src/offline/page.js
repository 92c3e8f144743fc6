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
  // this script the list pages per status, country and pillar do the same.
  function offerFilter() {
    const template = document.getElementById("filter-commitments");
    if (!template) return;
    const form = template.content.firstElementChild.cloneNode(true);
    template.replaceWith(form);
    const count = form.querySelector("[role=status]");
    const cards = Array.from(document.querySelectorAll("main li.card[data-status]"));
    function apply() {
      const country = form.elements.country.value;
      const pillar = form.elements.pillar.value;
      const status = form.elements.status.value;
      let shown = 0;
      for (const card of cards) {
        const keep = (!country || card.dataset.country === country) &&
          (!pillar || card.dataset.pillars.split(" ").includes(pillar)) &&
          (!status || card.dataset.status === status);
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

  function enhance() {
    offerKeep();
    offerFilter();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
  else enhance();
})();
