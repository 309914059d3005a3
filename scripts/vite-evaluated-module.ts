import path from "node:path";
import { pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";
import type { Plugin } from "vite";

/**
 * The browser build gets these modules' exported values (JSON) instead of their code: data computed
 * from server-side sources (e.g. the forms' HTML constraints from their zod schemas) reaches the
 * browser without the libraries that compute it. The server build and the tests import the real module.
 */
export function evaluatedForBrowser(files: string[]): Plugin {
  const wanted = new Set(files.map((file) => path.resolve(file)));
  return {
    name: "numerai:evaluated-for-browser",
    async load(id, options) {
      if (options?.ssr || !wanted.has(id)) return null;
      const exports: Record<string, unknown> = await tsImport(pathToFileURL(id).href, import.meta.url);
      return Object.entries(exports)
        .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
        .join("\n");
    },
  };
}
