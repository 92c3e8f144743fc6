// swivi serve only: reloads the page when the site is rebuilt, and shows the build's errors
// over the last good page until they are fixed. Never part of a built site.
(() => {
  "use strict";
  // A service worker would answer from its cache what is being edited: serve has none, and
  // one left by an earlier visit is removed.
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => r.unregister()));
  }
  const OVERLAY = "swivi-errors";
  function hide() {
    const overlay = document.getElementById(OVERLAY);
    if (overlay) overlay.remove();
  }
  function show(text) {
    let overlay = document.getElementById(OVERLAY);
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = OVERLAY;
      overlay.setAttribute("role", "alert");
      overlay.style.cssText =
        "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.97);" +
        "color:#fff;padding:1.5rem;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;direction:ltr;text-align:left";
      document.body.append(overlay);
    }
    const heading = document.createElement("p");
    heading.style.cssText = "font-weight:bold;color:#ffb4a9;margin:0 0 1rem";
    heading.textContent = "swivi: the site did not build. This is the last good version; fix the errors below and save.";
    const details = document.createElement("pre");
    details.style.cssText = "white-space:pre-wrap;margin:0";
    details.textContent = text;
    overlay.replaceChildren(heading, details);
  }
  // One WebSocket per page: browsers open at most six HTTP connections to a host, and do not
  // count WebSockets among them. The page says which file it shows, so that it is reloaded
  // only when that file changes, and which build made it, so that a build it missed while
  // loading reloads it at once.
  const build = document.currentScript.dataset.build;
  function connect() {
    const address = new URL("/__swivi/live", location.href);
    address.protocol = location.protocol === "https:" ? "wss:" : "ws:";
    address.search = new URLSearchParams({ page: location.pathname, build }).toString();
    const socket = new WebSocket(address);
    socket.addEventListener("message", (message) => {
      const [name, ...text] = message.data.split("\n");
      if (name === "reload") location.reload();
      else if (name === "errors") show(text.join("\n"));
      else if (name === "fixed") hide();
    });
    // The server stopped or restarted: listen again once it is back.
    socket.addEventListener("close", () => setTimeout(connect, 1000));
  }
  connect();
})();
