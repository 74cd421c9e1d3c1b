// Shared by the dev tests: a fresh copy of a fixture per test, raw HTTP requests, ports and
// processes waited on by what they do (a line printed, a port closed, an exit), never by a sleep.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { connect, createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { FIXTURES } from "../helpers/render-fixture.ts";

/** A copy of good/all-layouts in its own temp folder, named harbour; remove() deletes both. */
export function copyFixture() {
  const root = mkdtempSync(path.join(os.tmpdir(), "dev-"));
  const folder = path.join(root, "harbour");
  cpSync(path.join(FIXTURES, "good", "all-layouts"), folder, { recursive: true });
  const yamlFile = path.join(folder, "briefing.yaml");
  return { root, folder, yamlFile, original: readFileSync(yamlFile, "utf8"), remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface Reply {
  status: number;
  type: string;
  body: string;
}

/** GET rawPath as written (no normalising), with the headers given; the body is read up to 64 KiB. */
export function get(baseUrl: string, rawPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: rawPath, method: "GET", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      const done = () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), body });
      res.on("data", (chunk: string) => {
        body += chunk;
        // An event stream never ends: what has come is enough to judge it.
        if (body.length > 65536 || res.headers["content-type"] === "text/event-stream") {
          req.destroy();
          done();
        }
      });
      res.on("end", done);
    });
    req.on("error", reject);
    req.end();
  });
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** True when nothing accepts connections on 127.0.0.1:port. */
export function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

/** Settles with the promise, or fails after ms naming what it waited for. */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`waited ${ms} ms for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The first match of pattern in a stream's text; rejects if the stream ends first. */
export function lineMatching(stream: Readable, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const match = pattern.exec(text);
      if (match) {
        stream.off("data", onData);
        resolve(match);
      }
    };
    stream.on("data", onData);
    stream.once("close", () => reject(new Error(`the output ended without ${pattern}:\n${text}`)));
  });
}

/** Resolves once condition() holds, checking every 50 ms; fails after ms naming what it waited for. */
export function until(ms: number, what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const check = async () => {
      if (await condition()) resolve();
      else if (Date.now() > deadline) reject(new Error(`waited ${ms} ms for ${what}`));
      else setTimeout(() => void check(), 50);
    };
    void check();
  });
}
