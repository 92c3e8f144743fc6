// swivi page script: registers the service worker and, where a page offers it, the button
// that keeps a country's pages for offline reading. Without it every page still works.
"use strict";

(function () {
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  const script = document.currentScript;
  const worker = new URL("sw.js", script.src);
  navigator.serviceWorker.register(worker.href, { scope: new URL("./", worker).pathname });

  function offerKeep() {
    const template = document.getElementById("keep-offline");
    if (!template) return;
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

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", offerKeep);
  else offerKeep();
})();
