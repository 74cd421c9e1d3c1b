// The dev server: serves one briefing's deck on 127.0.0.1 only, pushes every rebuild to the open
// page over server-sent events, and serves the briefing's own files — nothing else.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isInside } from "../load/load-briefing.ts";
import { IMAGE_TYPES } from "../load/image-types.ts";
import type { LiveBuild } from "./live-build.ts";

export const HOST = "127.0.0.1";

export interface DevServer {
  server: Server;
  url: string;
  /** Show a new build in every open page: the slides swapped in, or the problems over them. */
  publish(build: LiveBuild, version: number, fullReload: boolean): void;
  close(): Promise<void>;
}

const TEXT_TYPES: Record<string, string> = {
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".yaml": "text/plain; charset=utf-8",
  ".yml": "text/plain; charset=utf-8",
};

export async function startDevServer(folder: string, first: LiveBuild, port: number, portIsExplicit: boolean): Promise<DevServer> {
  const dir = path.resolve(folder);
  const clients = new Set<ServerResponse>();
  let lastGood = first.ok ? first.rendered : undefined;
  let lastProblems = first.ok ? undefined : first.problems;
  let version = 0;

  const send = (response: ServerResponse, event: string, data: unknown) =>
    response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(`Internal error: ${error.message}`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const rawPath = (request.url ?? "/").split("?")[0]!;
    if (request.method !== "GET" && request.method !== "HEAD") return plain(response, 405, "only GET");
    if (rawPath === "/" || rawPath === "/index.html") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      return response.end(lastGood ? lastGood.deckHtml : problemsPage(lastProblems ?? "", version));
    }
    if (rawPath === "/events") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(": connected\n\n");
      clients.add(response);
      request.on("close", () => clients.delete(response));
      if (lastProblems) send(response, "problems", { text: lastProblems, version });
      return;
    }
    if (rawPath.startsWith("/files/")) return serveFile(rawPath.slice("/files/".length), response);
    return plain(response, 404, "not found");
  }

  async function serveFile(encoded: string, response: ServerResponse) {
    let relative: string;
    try {
      relative = decodeURIComponent(encoded);
    } catch {
      return plain(response, 400, "bad path");
    }
    // Only the briefing's own files: no "..", no absolute path, no way out of the folder.
    if (relative.split(/[\\/]/).includes("..") || !isInside(dir, relative)) return plain(response, 403, "outside the briefing");
    const type = IMAGE_TYPES[path.extname(relative).toLowerCase()] ?? TEXT_TYPES[path.extname(relative).toLowerCase()];
    if (!type) return plain(response, 403, "not a briefing file");
    try {
      const body = await readFile(path.join(dir, relative));
      response.writeHead(200, { "content-type": type, "cache-control": "no-store" });
      response.end(body);
    } catch {
      plain(response, 404, "not found");
    }
  }

  const actualPort = await listen(server, port, portIsExplicit);
  return {
    server,
    url: `http://${HOST}:${actualPort}/`,
    publish(build, buildVersion, fullReload) {
      version = buildVersion;
      if (build.ok) {
        lastGood = build.rendered;
        lastProblems = undefined;
        for (const client of clients) {
          if (fullReload) send(client, "reload", { version });
          else send(client, "update", { ...build.rendered.live, version });
        }
      } else {
        lastProblems = build.problems;
        for (const client of clients) send(client, "problems", { text: build.problems, version });
      }
    },
    close() {
      for (const client of clients) client.end();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Listen on 127.0.0.1; a busy default port moves to the next free one, a busy --port is an error. */
async function listen(server: Server, port: number, explicit: boolean): Promise<number> {
  for (let candidate = port; candidate < port + 20; candidate++) {
    const result = await new Promise<number | "busy">((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => {
        server.off("listening", onListening);
        if (error.code === "EADDRINUSE") resolve("busy");
        else reject(error);
      };
      const onListening = () => {
        server.off("error", onError);
        resolve((server.address() as { port: number }).port);
      };
      server.once("error", onError);
      server.once("listening", onListening);
      server.listen(candidate, HOST);
    });
    if (result !== "busy") return result;
    if (explicit) throw new PortBusyError(candidate);
  }
  throw new PortBusyError(port);
}

export class PortBusyError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} on ${HOST} is in use: stop what uses it, or pick another with --port N`);
  }
}

function plain(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  response.end(text);
}

/** Shown before the first good build: the problems, and the live client that loads the deck once fixed. */
function problemsPage(problems: string, version: number): string {
  const escaped = problems.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);
  return `<!doctype html><html data-version="${version}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'">
<title>Briefing has problems</title></head><body style="font:15px/1.5 ui-monospace,monospace;padding:24px">
<h1 style="font:600 20px system-ui,sans-serif">The briefing has problems; the deck shows once they are fixed.</h1>
<pre data-briefing="problems" style="white-space:pre-wrap">${escaped}</pre>
<script>${PROBLEMS_PAGE_CLIENT}</script></body></html>`;
}

const PROBLEMS_PAGE_CLIENT = `var events = new EventSource("/events");
events.addEventListener("update", function () { location.reload(); });
events.addEventListener("reload", function () { location.reload(); });
events.addEventListener("problems", function (e) { var p = JSON.parse(e.data);
  document.querySelector('[data-briefing="problems"]').textContent = p.text;
  document.documentElement.setAttribute("data-version", String(p.version)); });`;
