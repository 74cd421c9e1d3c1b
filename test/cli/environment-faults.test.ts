// Which errors are the machine's (exit 3, with their cause) and which are ours (70): read from the
// error and its causes, as Node and Puppeteer nest them.
import { describe, expect, it } from "vitest";
import { environmentFault } from "../../scripts/environment-faults.ts";
import { EXIT } from "../../scripts/errors.ts";

const systemError = (code: string, syscall: string, file: string) =>
  Object.assign(new Error(`${code}: ${syscall} '${file}'`), { code, syscall, path: file });

describe("environmentFault", () => {
  it.each(["ENOSPC", "EROFS", "EACCES", "EPERM", "EDQUOT", "EIO", "EMFILE"])("takes %s for the machine's, naming the file", (code) => {
    const fault = environmentFault(systemError(code, "write", "/out/x.pdf"));
    expect(fault?.exitCode).toBe(EXIT.environment);
    expect(fault?.message).toContain(`write /out/x.pdf (${code})`);
  });
  it("reads a cause nested in another error (a wrapped write)", () => {
    const wrapped = new Error("export: could not save", { cause: systemError("ENOSPC", "write", "/tmp/p.pdf") });
    expect(environmentFault(wrapped)?.message).toContain("(ENOSPC)");
  });
  it.each([
    "Protocol error (Page.printToPDF): Target closed",
    "Protocol error (Page.printToPDF): Printing failed",
    "Page crashed!",
    "Navigating frame was detached",
  ])("takes «%s» for the browser gone under the print", (message) => {
    expect(environmentFault(new Error(`export: ${message}`))?.message).toMatch(/^the browser stopped while printing/);
  });
  it("takes Puppeteer's deadline run out (a stopped renderer) for the machine's", () => {
    const timeout = Object.assign(new Error("Timed out after waiting 60000ms"), { name: "TimeoutError" });
    expect(environmentFault(new Error("export: Timed out after waiting 60000ms", { cause: timeout }))?.message).toMatch(
      /^the browser did not finish within its time \(Timed out after waiting 60000ms\): a renderer stopped/,
    );
  });
  it("takes a browser call that never returned (the protocol's deadline) for the machine's", () => {
    const stuck = new Error(
      "Target.createTarget timed out. Increase the 'protocolTimeout' setting in launch/connect calls for a higher timeout if needed.",
    );
    expect(environmentFault(stuck)?.exitCode).toBe(3);
  });
  it("leaves our own bugs to be reported as such", () => {
    expect(environmentFault(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBeUndefined();
    expect(environmentFault(Object.assign(new Error("odd"), { code: "ERR_INVALID_ARG_TYPE" }))).toBeUndefined();
  });
});
