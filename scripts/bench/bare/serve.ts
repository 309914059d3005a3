/**
 * Serves the bare page's production build the way server.ts serves the app: node:http,
 * @remix-run/node-fetch-server, Remix's request handler. Prints its port on stdout.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { createRequest, sendResponse } from "@remix-run/node-fetch-server";

const build = (await import(
  pathToFileURL(path.join(import.meta.dirname, "build/server/index.js")).href
)) as ServerBuild;
const handleRemix = createRequestHandler(build, "production");

const server = createServer((req, res) => {
  handleRemix(createRequest(req, res))
    .then((response) => sendResponse(res, response))
    .catch(() => res.writeHead(500).end());
});
server.listen(0, "127.0.0.1", () => console.log((server.address() as AddressInfo).port));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
