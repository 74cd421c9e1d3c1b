// Puppeteer's side of --remote-debugging-pipe: JSON messages ended by a NUL byte, written to the
// browser's fd 3 and read from its fd 4. Puppeteer has this class too, but does not export it.
import type { Readable, Writable } from "node:stream";
import type { ConnectionTransport } from "puppeteer";

export class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  #pending: Buffer[] = [];
  #closed = false;

  /** `broken`: told when a message cannot be read (garbage on the pipe), which ends the connection. */
  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
    private readonly broken: (error: Error) => void = () => {},
  ) {
    fromBrowser.on("data", (chunk: Buffer) => this.#receive(chunk));
    fromBrowser.on("close", () => this.onclose?.());
    // A browser that died before we connected: say so, or Puppeteer waits out its 180 s timeout.
    if (fromBrowser.destroyed) queueMicrotask(() => this.onclose?.());
    // A browser that has died makes these fail; its exit is reported where it is awaited.
    fromBrowser.on("error", () => {});
    toBrowser.on("error", () => {});
  }

  send(message: string): void {
    if (this.#closed) return;
    // One write a message: each is a system call on the pipe.
    this.toBrowser.write(`${message}\0`);
  }

  close(): void {
    this.#closed = true;
  }

  #receive(chunk: Buffer): void {
    let end = chunk.indexOf(0);
    if (end === -1) {
      this.#pending.push(chunk);
      return;
    }
    let buffer = Buffer.concat([...this.#pending, chunk]);
    this.#pending = [];
    for (end = buffer.indexOf(0); end !== -1; end = buffer.indexOf(0)) {
      const message = buffer.toString("utf8", 0, end);
      // Every message of the protocol is a JSON object: anything else (a wrapper's chatter, a fake
      // browser) ends the connection at once, even before Puppeteer listens.
      if (!message.startsWith("{")) {
        this.close();
        this.broken(new Error(`«${message.slice(0, 40)}»`));
        queueMicrotask(() => this.onclose?.());
        return;
      }
      // Asynchronously, as Puppeteer's own transport does: its connection expects it.
      setImmediate(() => {
        if (this.#closed) return;
        try {
          this.onmessage?.(message);
        } catch (error) {
          // Not a message of the protocol: the connection is over, and whoever waits on it is told why.
          this.close();
          this.broken(error as Error);
          this.onclose?.();
        }
      });
      buffer = buffer.subarray(end + 1);
    }
    if (buffer.length > 0) this.#pending.push(buffer);
  }
}
