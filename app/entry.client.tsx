import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RemixBrowser />
    </StrictMode>,
  );
});

function registerServiceWorker() {
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
    // The app works without its service worker, so a failed registration is not worth an error.
  });
}

if ("serviceWorker" in navigator && import.meta.env.PROD) {
  // This module is imported dynamically, so the load event may already have passed.
  if (document.readyState === "complete") registerServiceWorker();
  else window.addEventListener("load", registerServiceWorker, { once: true });
}
