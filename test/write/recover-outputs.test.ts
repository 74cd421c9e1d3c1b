// A build killed between the two renames of its swap leaves dist/NAME aside as .previous-NAME-TOKEN.
// Every command that touches the deck puts it back first: check and build alike (dev too). The
// folder's token names its process by id and start time, so a process that got the same id later
// (or a zombie) is not taken for the build that left it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive, processToken } from "../../scripts/processes.ts";
import { recoverOutputs } from "../../scripts/write/write-outputs.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "recover-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An out folder where a killed build left the deck's old outputs aside under `token`. */
function leftAside(token: string): string {
  const out = mkdtempSync(path.join(dir, "out-"));
  const aside = path.join(out, `.previous-seed-${token}`);
  mkdirSync(aside);
  writeFileSync(path.join(aside, "index.html"), "the old deck");
  return out;
}

describe("process tokens", () => {
  it("name this process while it runs, and not another that got its id", () => {
    const token = processToken();
    expect(token).toMatch(new RegExp(`^${process.pid}(x\\d+)?$`));
    expect(isAlive(token)).toBe(true);
    // The same id with another start time: a later process, not the one that left the folder.
    if (token.includes("x")) expect(isAlive(`${process.pid}x1`)).toBe(false);
    expect(isAlive("4194304x1")).toBe(false); // above Linux's highest process id
  });
});

describe("recoverOutputs", () => {
  it("puts back the outputs a dead build left aside", async () => {
    const out = leftAside(`${process.pid}x1`);
    await recoverOutputs(out, "seed");
    expect(readFileSync(path.join(out, "seed", "index.html"), "utf8")).toBe("the old deck");
    expect(existsSync(path.join(out, `.previous-seed-${process.pid}x1`))).toBe(false);
  });
  it("leaves alone what a running build has aside (it is mid-swap)", async () => {
    const out = leftAside(processToken());
    await recoverOutputs(out, "seed");
    expect(existsSync(path.join(out, "seed"))).toBe(false);
  });
  it("takes the leftovers of the deck named, not of a deck whose name starts the same", async () => {
    const out = leftAside(`${process.pid}x1`);
    await recoverOutputs(out, "se");
    expect(existsSync(path.join(out, "se"))).toBe(false);
    expect(existsSync(path.join(out, `.previous-seed-${process.pid}x1`))).toBe(true);
  });
});
