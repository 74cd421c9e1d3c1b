// Content that once broke the page: a photo-sized image in Markdown (marked's stack) and "<!--" in
// chart data (the deck's JSON could not parse); and text that tries to become an image or markup.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { markdownReader } from "../../scripts/model/markdown-blocks.ts";
import { blocksHtml, inlineHtml } from "../../scripts/render/html-text.ts";
import { jsonScript } from "../../scripts/render/assets.ts";
import type { DeckImage } from "../../scripts/model/deck.ts";

/** Markdown → the model's blocks → the HTML writer's HTML, as a build does. */
function render(images: ReadonlyMap<string, DeckImage>) {
  const reader = markdownReader({ hasImage: (p) => images.has(p), figureText: (id) => id });
  return { block: (md: string) => blocksHtml(reader.blocks(md), images), inline: (md: string) => inlineHtml(reader.inline(md)) };
}

describe("inlining into the deck", () => {
  it("inlines a 6 MB image in Markdown", () => {
    const bytes = Buffer.alloc(6 * 1024 * 1024, 7);
    const html = render(new Map([["photo.png", { mime: "image/png", bytes }]])).block("A photo:\n\n![the harbour](photo.png)");
    const src = parse(html).querySelector("img")?.getAttribute("src") ?? "";
    expect(src.startsWith("data:image/png;base64,")).toBe(true);
    expect(Buffer.from(src.slice("data:image/png;base64,".length), "base64").equals(bytes)).toBe(true);
  });

  it("writes data with <!-- and </script> as JSON that parses back, inside one <script>", () => {
    const data = { labels: ["Q1 <!-- est", "Q2 </script><script>alert(1)</script>"] };
    const page = parse(`<script type="application/json" id="d">${jsonScript(data)}</script>`);
    expect(page.querySelectorAll("script")).toHaveLength(1);
    expect(JSON.parse(page.querySelector("#d")!.textContent)).toEqual(data);
  });
});

describe("every way Markdown names an image", () => {
  const images = new Map([
    ["my logo.png", { mime: "image/png", bytes: Buffer.from("logo") }],
    ["x.png", { mime: "image/png", bytes: Buffer.from("x") }],
  ]);
  const srcs = (md: string) =>
    parse(render(images).block(md))
      .querySelectorAll("img")
      .map((img) => img.getAttribute("src"));

  it("inlines <angle brackets> around a name with a space, and references", () => {
    expect(srcs("![logo](<my logo.png>)")).toEqual([`data:image/png;base64,${Buffer.from("logo").toString("base64")}`]);
    expect(srcs("![x][r]\n\n[r]: x.png")).toEqual([`data:image/png;base64,${Buffer.from("x").toString("base64")}`]);
    expect(srcs("![x](./x.png) and ![logo](my%20logo.png)")).toHaveLength(0); // inside a line: their words
    expect(srcs("![x](./x.png)\n\n![logo](my%20logo.png)")).toHaveLength(2);
  });

  it("drops an image that is not in the folder: nothing is fetched from elsewhere", () => {
    expect(srcs("![remote](https://example.com/x.png)\n\n![missing](nothere.png)")).toEqual([]);
  });
});

describe("text that tries to become markup", () => {
  const bytes = Buffer.from("the real image's bytes");
  const images = new Map([["x.png", { mime: "image/png", bytes }]]);
  const timesInlined = (html: string) => html.split(bytes.toString("base64")).length - 1;

  it("inlines an image only where the Markdown names one of the folder's images", () => {
    const html = render(images).block(`data:image/png;base64,${bytes.toString("base64").slice(0, 4)} as text\n\n![x](x.png)`);
    expect(timesInlined(html)).toBe(1);
  });

  it("never lets a typed string become an element, an attribute or a link that runs", () => {
    const typed = fc.string({
      unit: fc.constantFrom("<", ">", '"', "'", "&", "a", "=", " ", "(", ")", "[", "]", "!", "*", "`", "j", "s", ":", "/", "\n"),
      maxLength: 60,
    });
    fc.assert(
      fc.property(typed, (text) => {
        for (const html of [render(images).block(text), render(images).inline(text)]) {
          const page = parse(`<div>${html}</div>`);
          for (const element of page.querySelectorAll("*")) {
            expect([
              "DIV",
              "P",
              "STRONG",
              "EM",
              "DEL",
              "CODE",
              "PRE",
              "A",
              "BR",
              "UL",
              "OL",
              "LI",
              "BLOCKQUOTE",
              "H3",
              "H4",
              "H5",
              "H6",
              "HR",
              "TABLE",
              "THEAD",
              "TBODY",
              "TR",
              "TH",
              "TD",
              "SUP",
              "SUB",
              "IMG",
            ]).toContain(element.tagName);
            for (const name of Object.keys(element.attributes)) expect(name.toLowerCase().startsWith("on"), name).toBe(false);
            const href = element.getAttribute("href");
            if (href !== undefined) expect(href).toMatch(/^(https?:|mailto:)/i);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
