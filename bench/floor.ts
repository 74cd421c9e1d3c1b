// The floor of any PDF build here: the same Chromium, launched exactly as the build launches it,
// printing a blank page, then closed. Compiled and run as its own process by bench.ts.
import { launchBrowser } from "../scripts/export/browser.ts";

const session = await launchBrowser();
try {
  const page = await session.newTab();
  await page.pdf();
} finally {
  await session[Symbol.asyncDispose]();
}
