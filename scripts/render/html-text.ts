// The HTML writer's text: the deck model's runs and blocks → HTML. Every text is escaped here and
// every element is one this file writes, so nothing an author typed becomes markup; links are the
// model's (http, https, mailto only) and images the briefing's own, inlined as data: URLs.
import Handlebars from "handlebars";
import type { Block, DeckImage, Inline, Run } from "../model/deck.ts";
import { numberParts } from "../format/number-sign.ts";

const escapeHtml = (text: string) => Handlebars.escapeExpression(text);

/** A number's text with its sign held to it (format/number-sign.ts): the sign in a span of its own. */
export function numberHtml(text: string): string {
  return numberParts(text)
    .map((part) => (part.sign ? `<span class="sign">${escapeHtml(part.text)}</span>` : escapeHtml(part.text)))
    .join("");
}

export function inlineHtml(runs: Inline): string {
  return runs.map(runHtml).join("");
}

function runHtml(run: Run): string {
  if (run.lineBreak) return "<br>";
  let html = run.figure ? numberHtml(run.text) : escapeHtml(run.text);
  if (run.code) html = `<code>${html}</code>`;
  if (run.sup) html = `<sup>${html}</sup>`;
  if (run.sub) html = `<sub>${html}</sub>`;
  if (run.strike) html = `<del>${html}</del>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  // Links open outside the deck so a click in the meeting never navigates the presentation away.
  if (run.link) html = `<a href="${escapeHtml(run.link)}" target="_blank" rel="noopener noreferrer">${html}</a>`;
  return html;
}

export function blocksHtml(blocks: Block[], images: ReadonlyMap<string, DeckImage>): string {
  return blocks.map((block) => blockHtml(block, images)).join("\n");
}

function blockHtml(block: Block, images: ReadonlyMap<string, DeckImage>): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${inlineHtml(block.runs)}</p>`;
    case "heading": {
      // A slide's own title is its h2: Markdown's headings stand below it.
      const level = Math.min(6, Math.max(3, block.level));
      return `<h${level}>${inlineHtml(block.runs)}</h${level}>`;
    }
    case "quote":
      return `<blockquote>${blocksHtml(block.blocks, images)}</blockquote>`;
    case "code":
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case "list": {
      const items = block.items
        .map((item) => `<li>${inlineHtml(item.runs)}${item.lists.map((list) => blockHtml(list, images)).join("")}</li>`)
        .join("");
      return block.ordered ? `<ol${block.start !== 1 ? ` start="${block.start}"` : ""}>${items}</ol>` : `<ul>${items}</ul>`;
    }
    case "table": {
      const align = (i: number) => (block.align[i] ? ` align="${block.align[i]}"` : "");
      const head = block.header.map((cell, i) => `<th${align(i)}>${inlineHtml(cell)}</th>`).join("");
      const rows = block.rows.map((row) => `<tr>${row.map((cell, i) => `<td${align(i)}>${inlineHtml(cell)}</td>`).join("")}</tr>`).join("");
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case "image": {
      const image = images.get(block.image);
      if (!image) return "";
      const title = block.title ? ` title="${escapeHtml(block.title)}"` : "";
      return `<p><img src="data:${image.mime};base64,${image.bytes.toString("base64")}" alt="${escapeHtml(block.alt)}"${title}></p>`;
    }
    case "rule":
      return "<hr>";
  }
}
