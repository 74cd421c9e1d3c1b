// The dev server: serves one briefing's deck on 127.0.0.1 only and pushes every rebuild to the open
// page over server-sent events. Two routes, nothing else: "/" (the deck, or the problems page) and
// "/events" (what the live client, scripts/runtime/live.ts, listens to). The deck is one self-contained page (images, fonts and scripts
// are inside it, built by the same loader as `build`, which reads no file through a link that leads
// out of the folder), so no file on disk is ever served by path.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { contentSecurityPolicy } from "../render/content-security-policy.ts";
import { EVENT, EVENTS_PATH, PROBLEMS_ATTRIBUTE, ROOT } from "../runtime/page-contract.ts";
import { liveClient, type LiveBuild } from "./live-build.ts";

const HOST = "127.0.0.1";

export interface DevServer {
  server: Server;
  url: string;
  /** Show a new build in every open page: the slides swapped in, or the problems over them. */
  publish(build: LiveBuild, version: number, fullReload: boolean): void;
  close(): Promise<void>;
}

export async function startDevServer(first: LiveBuild, port: number, portIsExplicit: boolean): Promise<DevServer> {
  const clients = new Set<ServerResponse>();
  let lastGood = first.ok ? first.rendered : undefined;
  let lastProblems = first.ok ? undefined : first.problems;
  let version = 0;
  // Filled in once listening: the only Host headers answered (see handle).
  let ownHosts = new Set<string>();

  const send = (response: ServerResponse, event: string, data: unknown) =>
    response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(`Internal error: ${error.message}`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    // DNS rebinding: a web page whose name is re-pointed at 127.0.0.1 can reach this port, but its
    // requests carry its own name in Host. Only our own address, by number or as localhost, is served.
    if (!ownHosts.has((request.headers.host ?? "").toLowerCase()))
      return plain(response, 403, "wrong Host: open the address npm run dev printed");
    const rawPath = (request.url ?? "/").split("?")[0]!;
    if (request.method !== "GET" && request.method !== "HEAD") return plain(response, 405, "only GET");
    if (rawPath === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      return response.end(lastGood ? lastGood.deckHtml : problemsPage(lastProblems ?? "", version));
    }
    if (rawPath === EVENTS_PATH) {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(": connected\n\n");
      clients.add(response);
      request.on("close", () => clients.delete(response));
      if (lastProblems) send(response, EVENT.problems, { text: lastProblems, version });
      // A page that connects after a rebuild it has not seen (its stream not yet open when the save
      // came, or dropped and reopened) gets that deck now: an update sent to no one was lost before.
      else if (lastGood && pageVersion(request.url) < version) send(response, EVENT.update, { ...lastGood.live, version });
      return;
    }
    return plain(response, 404, "not found");
  }

  const actualPort = await listen(server, port, portIsExplicit);
  ownHosts = new Set([`${HOST}:${actualPort}`, `localhost:${actualPort}`]);
  return {
    server,
    url: `http://${HOST}:${actualPort}/`,
    publish(build, buildVersion, fullReload) {
      version = buildVersion;
      if (build.ok) {
        lastGood = build.rendered;
        lastProblems = undefined;
        for (const client of clients) {
          if (fullReload) send(client, EVENT.reload, { version });
          else send(client, EVENT.update, { ...build.rendered.live, version });
        }
      } else {
        lastProblems = build.problems;
        for (const client of clients) send(client, EVENT.problems, { text: build.problems, version });
      }
    },
    close() {
      for (const client of clients) client.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A page's keep-alive connection would hold close() open until the page is closed.
      server.closeAllConnections();
      return closed;
    },
  };
}

/** The build the page shows, as it says when it opens its event stream ("/events?v=3"). */
function pageVersion(url: string | undefined): number {
  const v = Number(new URL(url ?? "/", "http://localhost").searchParams.get("v"));
  return Number.isFinite(v) ? v : 0;
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

/**
 * Shown before the first good build: the problems, and the live client, which fills in new problems
 * and loads the deck once the briefing builds. Under the pages' one policy, which lets it connect back.
 */
function problemsPage(problems: string, version: number): string {
  const escaped = problems.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);
  const client = liveClient();
  return `<!doctype html><html ${ROOT.version}="${version}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([client], { connect: true })}">
<title>Briefing has problems</title></head><body style="font:15px/1.5 ui-monospace,monospace;padding:24px">
<h1 style="font:600 20px system-ui,sans-serif">The briefing has problems; the deck shows once they are fixed.</h1>
<pre ${PROBLEMS_ATTRIBUTE.name}="${PROBLEMS_ATTRIBUTE.value}" style="white-space:pre-wrap">${escaped}</pre>
<script>${client}</script></body></html>`;
}
