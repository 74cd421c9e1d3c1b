// A published deck folder takes the user's umask, as any folder they make (it was private, 0700,
// because the staging folder it is renamed from is made so).
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const work = mkdtempSync(path.join(os.tmpdir(), "published-mode-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it("publishes the deck's folder with the umask's permissions, not 0700", async () => {
  const run = await runMain(["build", path.join(FIXTURES, "good", "wide-figures"), "--no-pdf", "--out", work]);
  expect(run.status, run.stderr).toBe(0);
  const mode = statSync(path.join(work, "wide-figures")).mode & 0o777;
  expect(mode.toString(8)).toBe((0o777 & ~process.umask()).toString(8));
});
