// The dev server rebuilds off its request loop: the real command line (its compiled bundle, as
// `npm run dev` runs it) keeps answering while a slow rebuild runs in its worker thread. The slow
// edit is a Markdown body of 19,800 characters that marked reads in about a second and a half.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { afterEach, expect, it } from "vitest";
import { CLI, PROJECT } from "../helpers/cli.ts";
import { copyFixture, freePort, get, lineMatching, within } from "../dev/dev-helpers.ts";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

it("answers a request while a slow rebuild runs, and serves its result after", async () => {
  const fixture = copyFixture();
  const port = await freePort();
  const child = spawn(process.execPath, [...CLI, "dev", fixture.folder, "--port", String(port)], {
    cwd: PROJECT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  cleanups.push(() => {
    child.kill("SIGKILL");
    fixture.remove();
  });
  // "Edit the briefing…" is said once the sources are watched.
  const [, url] = await within(
    45_000,
    "the dev command to start",
    lineMatching(child.stdout!, /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)[\s\S]*Edit the briefing/),
  );
  const rebuilt = lineMatching(child.stdout!, /rebuilt in (\d+) ms/);
  // Alternating "a_" is the slow shape left for marked's emphasis rule within the length limit.
  writeFileSync(
    fixture.yamlFile,
    fixture.original.replace("      Free **Markdown** content:\n", `      Free **Markdown** content: ${"a_".repeat(9900)}\n`),
  );
  // While it rebuilds (the watcher settles within a few hundred ms), the page is still served.
  const answered: number[] = [];
  const started = performance.now();
  let done = false;
  void rebuilt.then(() => (done = true));
  while (!done && performance.now() - started < 20_000) {
    const asked = performance.now();
    expect((await get(url!, "/")).status).toBe(200);
    answered.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const [, ms] = await rebuilt;
  expect(Number(ms), "the edit is a slow rebuild").toBeGreaterThan(500);
  // Requests were answered all through it: none waited for the rebuild.
  expect(answered.length).toBeGreaterThan(3);
  expect(Math.max(...answered)).toBeLessThan(Number(ms) / 2);
}, 60_000);
