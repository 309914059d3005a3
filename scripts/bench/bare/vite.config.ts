import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import { REMIX_FUTURE } from "../../remix-future";

// The same Remix future flags as the app, so the floor runs the same framework code paths.
export default defineConfig({
  root: import.meta.dirname,
  build: { target: "es2022" },
  plugins: [
    remix({
      appDirectory: "app",
      buildDirectory: "build",
      future: REMIX_FUTURE,
    }),
  ],
});
