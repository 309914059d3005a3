import { fileURLToPath } from "node:url";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import { REMIX_FUTURE } from "./scripts/remix-future";
import { buildDirectory } from "./scripts/build-directory";
import { evaluatedForBrowser } from "./scripts/vite-evaluated-module";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  build: { target: "es2022" },
  ssr: { noExternal: [] },
  plugins: [
    remix({
      // Separate build folders let several checkouts' browser tests run side by side.
      buildDirectory: buildDirectory(),
      ignoredRouteFiles: ["**/*.test.*"],
      future: REMIX_FUTURE,
    }),
    evaluatedForBrowser(["app/forms/constraints.ts"]),
  ],
});
