// No browser can be downloaded here or on CI: use an installed Chrome/Chromium (see scripts/browser/find-browser.ts).
/** @type {import("puppeteer").Configuration} */
module.exports = { skipDownload: true };
