// The one Content-Security-Policy of every page we serve or write: the deck, the handout, the
// overview sheet and the dev server's problems page.
import { scriptHash } from "./assets.ts";

export interface PolicyOptions {
  /** The speaker view (S) shows the deck itself in two frames; its popup inherits this policy. */
  frames?: boolean;
  /** Only the dev server's pages talk back, to the server that served them. */
  connect?: boolean;
}

/**
 * Nothing a page needs comes from the network: fonts and images are data: URLs, styles and scripts
 * are inline. Only the page's own scripts run: each is allowed by its hash, so a script that slipped
 * into the page any other way is refused. Styles stay 'unsafe-inline': reveal's print view (the PDF)
 * adds two <style> elements whose text it computes, and the dev server rewrites the theme's <style>
 * on an edit; with nothing allowed from the network, a style cannot send anything anywhere.
 */
export function contentSecurityPolicy(scripts: readonly string[], options: PolicyOptions = {}): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.length > 0 ? [...new Set(scripts.map(scriptHash))].join(" ") : "'none'"}`,
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    `frame-src ${options.frames ? "'self'" : "'none'"}`,
    `connect-src ${options.connect ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
