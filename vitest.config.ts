import { defineConfig } from "vitest/config";

// Two tiers; CI runs both (.ci/run), the README says what each proves.
// `slow` holds what takes a separate process, or a matrix of full renders, to prove:
const SLOW = [
  // builds killed with SIGKILL and `npm run dev` stopped, each a real process with its own Chromium;
  // the PowerPoint read by LibreOffice
  "test/process/**/*.test.ts",
  // every layout in two themes, with and without a brand, pictured and checked by axe: seven builds
  "test/e2e/themes.test.ts",
  // every handout kind of two decks, and US Letter: eight builds with their PDFs
  "test/e2e/handout.test.ts",
  // the seed built again and again: every output the same bytes each time
  "test/e2e/rebuild-bytes.test.ts",
  // camera-sized pictures made and scaled (a 17 MB logo): seconds of image work
  "test/load/fit-images.test.ts",
  // a second full build of its own (a Japanese deck with its PowerPoint), fonts and line breaks read back
  "test/e2e/east-asian.test.ts",
];

const shared = {
  // Chromium and the PDF printing need more than the default 5 s on a 2-core machine.
  testTimeout: 60_000,
  hookTimeout: 180_000,
  // One Chromium for the run and one build of the seed decks, which the files share
  // (test/helpers/global-setup.ts): each file connects to the browser instead of starting one.
  globalSetup: ["test/helpers/global-setup.ts"],
  // Files import the pipeline once per worker, not once each (about 40 s of CPU a run): no test
  // file changes module state another reads (an environment stub is undone where it is made).
  isolate: false,
};

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      // `npm test`: every module, the command line and the pipeline in-process, the seed decks end
      // to end (deck, PDF, handout, the PowerPoint's package, policy, dev server) — in about a minute.
      { test: { ...shared, name: "fast", include: ["test/**/*.test.ts"], exclude: SLOW } },
      // `npm run test:slow`
      { test: { ...shared, name: "slow", include: SLOW } },
    ],
  },
});
