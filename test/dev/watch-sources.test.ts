// The rebuild schedule of `npm run dev`, on fake timers: when a rebuild starts is decided by the
// schedule alone, so every count below is exact.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { coalesceChanges, type ChangeBatch } from "../../scripts/dev/watch-sources.ts";

const SETTLE_MS = 25;

/** A rebuild the test finishes by hand: calls are recorded, each stays running until finish(). */
function heldRebuild() {
  const calls: ChangeBatch[] = [];
  const finishers: (() => void)[] = [];
  const rebuild = (batch: ChangeBatch) => {
    calls.push(batch);
    return new Promise<void>((resolve) => finishers.push(resolve));
  };
  /** Finish the oldest running rebuild and let its promise callbacks run. */
  const finish = async () => {
    finishers.shift()!();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { calls, rebuild, finish };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("rebuilds of npm run dev", () => {
  it("several quick saves make one rebuild, once they settle", async () => {
    const { calls, rebuild } = heldRebuild();
    const changes = coalesceChanges(rebuild, SETTLE_MS);
    for (let i = 0; i < 5; i++) {
      changes.changed(false);
      await vi.advanceTimersByTimeAsync(SETTLE_MS - 5); // each save comes before the last one settled
    }
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5);
    expect(calls).toEqual([{ templates: false }]);
    await vi.advanceTimersByTimeAsync(10 * SETTLE_MS);
    expect(calls).toHaveLength(1);
  });

  it("saves during a rebuild make exactly one more, after it", async () => {
    const { calls, rebuild, finish } = heldRebuild();
    const changes = coalesceChanges(rebuild, SETTLE_MS);
    changes.changed(false);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(calls).toHaveLength(1);
    // Three saves while the first rebuild runs, settled or not: none starts a rebuild alongside it.
    changes.changed(false);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    changes.changed(true);
    changes.changed(false);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(calls).toHaveLength(1);
    await finish();
    expect(calls).toEqual([{ templates: false }, { templates: true }]);
    await finish();
    await vi.advanceTimersByTimeAsync(10 * SETTLE_MS);
    expect(calls).toHaveLength(2);
  });

  it("a template change anywhere in a batch reloads the page", async () => {
    const { calls, rebuild } = heldRebuild();
    const changes = coalesceChanges(rebuild, SETTLE_MS);
    changes.changed(true);
    changes.changed(false);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(calls).toEqual([{ templates: true }]);
  });

  it("close() drops waiting saves and waits for the running rebuild", async () => {
    const { calls, rebuild, finish } = heldRebuild();
    const changes = coalesceChanges(rebuild, SETTLE_MS);
    changes.changed(false);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    changes.changed(false);
    let closed = false;
    void changes.close().then(() => (closed = true));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(closed).toBe(false);
    await finish();
    expect(closed).toBe(true);
    await vi.advanceTimersByTimeAsync(10 * SETTLE_MS);
    expect(calls).toHaveLength(1);
  });
});
