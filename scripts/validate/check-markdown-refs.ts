// Images named in Markdown must be files inside the briefing folder: the deck is opened offline,
// so a remote image would be a broken frame in the meeting (and a request leaving the laptop).
import type { Token } from "marked";
import { markdownLexer } from "../model/markdown-runs.ts";
import { isInside, type LoadedBriefing } from "../load/load-briefing.ts";
import { imagePath } from "../model/images.ts";
import type { Problem } from "../errors.ts";
import type { Briefing } from "../model/briefing.ts";
import { textFields } from "../model/text-fields.ts";
import { problemAt, type ProblemContext } from "./zod-problems.ts";

export function checkMarkdownRefs(briefing: Briefing, loaded: LoadedBriefing, context: ProblemContext): Problem[] {
  const problems: Problem[] = [];
  for (const { path, text } of textFields(briefing).filter((f) => f.markdown)) {
    for (const { href, html } of imageSources(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) {
        problems.push(
          problemAt(
            context,
            path,
            `remote resource "${href}" is not allowed`,
            "save the image into the briefing folder and name it by its relative path: the deck must open with no network",
          ),
        );
      } else if (html) {
        problems.push(
          problemAt(
            context,
            path,
            `image "${href}" is written as HTML, which the deck does not show`,
            `write it as Markdown: ![what it shows](${href})`,
          ),
        );
      } else if (!isInside(loaded.dir, href)) {
        problems.push(
          problemAt(context, path, `image "${href}" is outside the briefing folder`, "images must be inside the briefing folder"),
        );
      } else if (!loaded.images.has(imagePath(href))) {
        problems.push(
          problemAt(
            context,
            path,
            `image "${href}" is not in the briefing folder`,
            "check the file name; images may be .png, .jpg, .gif, .webp, .svg or .avif",
          ),
        );
      }
    }
  }
  return problems;
}

function imageSources(markdown: string): { href: string; html: boolean }[] {
  const sources: { href: string; html: boolean }[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "image") sources.push({ href: (token as { href: string }).href, html: false });
      if (token.type === "html") {
        sources.push(...[...token.raw.matchAll(/\bsrc\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => ({ href: m[1]!, html: true })));
      }
      const t = token as { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
      const children = t.tokens ?? t.items;
      if (children) visit(children);
      // A table keeps its cells' tokens under header and rows, not tokens: an image there is an image too.
      for (const cell of [...(t.header ?? []), ...(t.rows ?? []).flat()]) visit(cell.tokens);
    }
  };
  visit(markdownLexer().lex(markdown));
  return sources;
}
