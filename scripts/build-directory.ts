import path from "node:path";

export class BuildDirectoryError extends Error {}

/**
 * Where `vite build` writes and server.ts reads the build: NUMERAI_BUILD_DIR (default `build`). It must
 * be inside the project: the server bundle imports its packages (react, kysely…) by name, and Node finds
 * them only in a node_modules folder above the bundle. Both sides refuse a folder outside, by name.
 */
export function buildDirectory(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
  const dir = path.resolve(root, env.NUMERAI_BUILD_DIR || "build");
  const relative = path.relative(root, dir);
  if (!relative || relative.startsWith("..") || path.isAbsolute(relative)) {
    throw new BuildDirectoryError(
      `NUMERAI_BUILD_DIR must be a folder inside the project (${root}), for the server bundle to find the project's packages; got ${dir}`,
    );
  }
  return dir;
}
