// The command line of the run's Chromium. We start it ourselves, the moment a build begins, and
// connect Puppeteer to it later: Puppeteer's own launch waited for Puppeteer to load (about 0.2 s)
// and for the briefing's check to give the event loop back, so Chromium started a second late.

/**
 * What puppeteer.launch() passes to Chrome for a headless run (puppeteer.defaultArgs()), kept in
 * step by test/export/chromium-args.test.ts: a Puppeteer update that changes them fails that test.
 */
export const PUPPETEER_DEFAULT_ARGS = [
  "--allow-pre-commit-input",
  "--disable-background-networking",
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
  "--disable-breakpad",
  "--disable-client-side-phishing-detection",
  "--disable-component-extensions-with-background-pages",
  "--disable-crash-reporter",
  "--disable-default-apps",
  "--disable-dev-shm-usage",
  "--disable-hang-monitor",
  "--disable-infobars",
  "--disable-ipc-flooding-protection",
  "--disable-popup-blocking",
  "--disable-prompt-on-repost",
  "--disable-renderer-backgrounding",
  "--disable-search-engine-choice-screen",
  "--disable-sync",
  "--enable-automation",
  "--export-tagged-pdf",
  "--force-color-profile=srgb",
  "--generate-pdf-document-outline",
  "--metrics-recording-only",
  "--no-first-run",
  "--password-store=basic",
  "--use-mock-keychain",
  "--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes",
  "--enable-features=PdfOopif",
  "--headless=new",
  "--hide-scrollbars",
  "--mute-audio",
  "--disable-extensions",
];

/**
 * Ours on top: on a closed network Chromium otherwise stalls on its own update and sync calls.
 * --no-first-run, --disable-background-networking, --disable-sync and --disable-dev-shm-usage are
 * among Puppeteer's defaults above, so they are not repeated here.
 */
export const BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-component-update", "--font-render-hinting=none"];

/**
 * Renderers a print never uses, each about 75 MB of a build's memory (Chromium 156): the browser
 * window's address-bar popups, made ahead of use (two WebUI pages), and the spare renderer kept ready
 * for the next site. Added to Puppeteer's one --disable-features flag (Chromium reads only the last).
 */
export const DISABLED_FEATURES = ["PreloadTopChromeWebUI", "WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "SpareRendererForSitePerProcess"];

export function chromiumArgs(profileDir: string): string[] {
  const defaults = PUPPETEER_DEFAULT_ARGS.map((arg) =>
    arg.startsWith("--disable-features=") ? `${arg},${DISABLED_FEATURES.join(",")}` : arg,
  );
  // The DevTools protocol over file descriptors 3 (to Chromium) and 4 (from it): Chromium sees the
  // pipe close and quits when this process dies, even by SIGKILL (over a WebSocket it outlived us).
  return [...defaults, ...BROWSER_ARGS, `--user-data-dir=${profileDir}`, "--remote-debugging-pipe", "about:blank"];
}
