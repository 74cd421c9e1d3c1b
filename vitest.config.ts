import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One Chromium for the run and one build of the seed decks, which the files share
    // (test/helpers/global-setup.ts): each file connects to the browser instead of starting one.
    globalSetup: ["test/helpers/global-setup.ts"],
    // Chromium and the PDF printing need more than the default 5 s on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
