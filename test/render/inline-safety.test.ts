// Content that once broke the page: a photo-sized image in Markdown (marked's stack) and "<!--" in
// chart data (the deck's JSON could not parse).
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { parse } from "node-html-parser";
import { markdownRenderer } from "../../scripts/render/markdown.ts";
import { jsonScript } from "../../scripts/render/assets.ts";

describe("inlining into the deck", () => {
  it("inlines a 6 MB image in Markdown", () => {
    const bytes = Buffer.alloc(6 * 1024 * 1024, 7);
    const html = markdownRenderer(new Map([["photo.png", { mime: "image/png", bytes }]])).block("A photo:\n\n![the harbour](photo.png)");
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
  const images = new Map([["my logo.png", { mime: "image/png", bytes: Buffer.from("logo") }], ["x.png", { mime: "image/png", bytes: Buffer.from("x") }]]);
  const srcs = (md: string) => parse(markdownRenderer(images).block(md)).querySelectorAll("img").map((img) => img.getAttribute("src"));

  it("inlines <angle brackets> around a name with a space, and references", () => {
    expect(srcs("![logo](<my logo.png>)")).toEqual([`data:image/png;base64,${Buffer.from("logo").toString("base64")}`]);
    expect(srcs("![x][r]\n\n[r]: x.png")).toEqual([`data:image/png;base64,${Buffer.from("x").toString("base64")}`]);
    expect(srcs("![x](./x.png) and ![logo](my%20logo.png)")).toHaveLength(2);
  });

});

// What marked hands the sanitizer: the HTML with an image's placeholder, before it is filled.
const sanitized = vi.hoisted(() => [] as string[]);
vi.mock("sanitize-html", async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof import("sanitize-html") }>()).default;
  const recording = (html: string, options?: object) => {
    sanitized.push(html);
    return real(html, options);
  };
  return { default: Object.assign(recording, real) };
});

describe("an image placeholder", () => {
  const bytes = Buffer.from("the real image's bytes");
  const base64 = bytes.toString("base64");
  const images = new Map([["x.png", { mime: "image/png", bytes }]]);
  /** The placeholder a renderer put where ![x](x.png) was, before it was filled. */
  function placeholderOf(renderer: ReturnType<typeof markdownRenderer>): string {
    sanitized.length = 0;
    renderer.block("![x](x.png)");
    return /data:image\/png;base64,[^"]*/.exec(sanitized.join(""))![0];
  }
  const timesInlined = (html: string) => html.split(base64).length - 1;

  it("is filled with the image's bytes", () => {
    const renderer = markdownRenderer(images);
    const placeholder = placeholderOf(renderer);
    expect(placeholder).not.toContain(base64);
    expect(renderer.block("![x](x.png)")).toContain(`src="data:image/png;base64,${base64}"`);
  });

  it("differs for every renderer, so text written before a build cannot hold the build's placeholder", () => {
    const seen = placeholderOf(markdownRenderer(images));
    const renderer = markdownRenderer(images);
    expect(placeholderOf(renderer)).not.toBe(seen);
    // The text knows a placeholder exactly (from an earlier build), written as text, a link and an image.
    const forged = `${seen} as text, [a link](${seen}), ![an image](${seen}) and the real ![x](x.png)`;
    const html = renderer.block(forged);
    expect(timesInlined(html)).toBe(1);
    expect(html).toContain(`${seen} as text`);
    expect(renderer.inline(forged).split(base64)).toHaveLength(2);
  });

  it("is never filled in for text shaped like one", () => {
    const renderer = markdownRenderer(images);
    const shape = placeholderOf(renderer).replace(/[0-9a-f]{32}\d+$/, "");
    const guess = fc.tuple(fc.stringMatching(/^[0-9a-f]{0,40}$/), fc.nat(3), fc.constantFrom("", " ", ")", "\n"));
    fc.assert(fc.property(guess, ([nonce, index, after]) => {
      const text = `${shape}${nonce}${index}${after}`;
      expect(timesInlined(renderer.block(`${text} and ![x](x.png) and ![t](${text})`))).toBe(1);
    }), { numRuns: 200 });
  });
});
