import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

// The same Remix future flags as the app, so the floor runs the same framework code paths.
export default defineConfig({
  root: import.meta.dirname,
  build: { target: "es2022" },
  plugins: [
    remix({
      appDirectory: "app",
      buildDirectory: "build",
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
});
