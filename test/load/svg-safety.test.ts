// An SVG in a briefing folder is taken for what it draws: scripts, event handlers, links to other
// servers and foreign objects are taken out before any writer sees its bytes, and one whose <use>
// references expand without bound (or that nests without end) is refused with what to do.
import { describe, expect, it } from "vitest";
import { MAX_SVG_ELEMENTS, safeSvg } from "../../scripts/load/svg-safety.ts";

const clean = (svg: string) => {
  const read = safeSvg(Buffer.from(svg));
  if (!read.ok) throw new Error(read.reason);
  return read.bytes.toString("utf8");
};

describe("safeSvg", () => {
  it("keeps a logo's drawing as it is: shapes, gradients by fragment, styles, embedded pictures", () => {
    const logo =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 20 10">' +
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#0b5cab"/></linearGradient><path id="p" d="M0 0h4v4z"/></defs>' +
      "<style>.a{fill:url(#g)}</style>" +
      '<rect class="a" width="10" height="10" style="fill:url(#g)"/><use xlink:href="#p" x="12"/>' +
      '<image href="data:image/png;base64,iVBORw0KGgo=" width="2" height="2"/></svg>';
    const out = clean(logo);
    for (const kept of [
      '<linearGradient id="g">',
      ".a{fill:url(#g)}",
      'style="fill:url(#g)"',
      'xlink:href="#p"',
      'href="data:image/png;base64,iVBORw0KGgo="',
    ])
      expect(out).toContain(kept);
  });

  it("takes out scripts, handlers, foreign objects and whatever reaches outside the file", () => {
    const hostile =
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>fetch("https://evil.example/")</script>' +
      '<foreignObject><iframe src="https://evil.example/"/></foreignObject>' +
      '<a href="javascript:alert(2)"><rect width="5" height="5" onclick="alert(3)"/></a>' +
      '<image href="https://evil.example/pixel.png"/><use href="https://evil.example/sprite.svg#x"/>' +
      '<style>@import url("https://evil.example/x.css"); rect { fill: url(https://evil.example/f.svg#p) }</style>' +
      '<rect style="fill:url(https://evil.example/f.svg#p)" width="1" height="1"/></svg>';
    const out = clean(hostile);
    expect(out).not.toMatch(/script|onload|onclick|foreignObject|iframe|javascript:|evil\.example|@import/i);
    expect(out).toContain('<rect width="5" height="5"');
  });

  it("refuses a <use> bomb, and a cycle of references", () => {
    // Ten levels of ten: 10^10 elements from 2 KB.
    let bomb = '<svg xmlns="http://www.w3.org/2000/svg"><defs><path id="l0" d="M0 0h1v1z"/>';
    for (let level = 1; level <= 10; level++)
      bomb += `<g id="l${level}">${Array.from({ length: 10 }, () => `<use href="#l${level - 1}"/>`).join("")}</g>`;
    bomb += '</defs><use href="#l10"/></svg>';
    const read = safeSvg(Buffer.from(bomb));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(/elements once its <use> references are expanded/);
    const cycle = '<svg xmlns="http://www.w3.org/2000/svg"><g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g></svg>';
    expect(safeSvg(Buffer.from(cycle))).toEqual({ ok: false, reason: expect.stringMatching(/endlessly many/) });
  });

  it("passes many plain elements, and refuses nesting without end", () => {
    const many = `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(MAX_SVG_ELEMENTS / 10)}</svg>`;
    expect(safeSvg(Buffer.from(many)).ok).toBe(true);
    const deep = `<svg xmlns="http://www.w3.org/2000/svg">${"<g>".repeat(20_000)}${"</g>".repeat(20_000)}</svg>`;
    expect(safeSvg(Buffer.from(deep))).toEqual({ ok: false, reason: expect.stringMatching(/nests elements more than/) });
  });
});
