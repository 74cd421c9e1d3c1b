// Content that once broke the page: a photo-sized image in Markdown (marked's stack) and "<!--" in
// chart data (the deck's JSON could not parse).
import { describe, expect, it } from "vitest";
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

  it("cannot be forged by text that looks like a placeholder", () => {
    const html = markdownRenderer(images).block("![x](x.png) and the text ;base64,0 and ;base64,BRIEFINGIMAGE0");
    expect(html).toContain(";base64,0 and ;base64,BRIEFINGIMAGE0");
  });
});
