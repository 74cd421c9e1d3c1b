// An SVG in a briefing folder is taken for what it draws: scripts, event handlers, links to other
// servers and foreign objects are taken out before any writer sees its bytes, and one whose <use>
// references expand without bound (or that nests without end) is refused with what to do.
import sharp from "sharp";
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

/** Whether librsvg (sharp's SVG reader, a strict XML parser) draws it: a broken file throws. */
const draws = async (svg: string) => (await sharp(Buffer.from(svg)).png().toBuffer()).length > 0;

describe("safeSvg on files as editors write them", () => {
  it("keeps Inkscape's metadata, empty attributes and a CDATA style valid", async () => {
    const inkscape =
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" ' +
      'xmlns:cc="http://creativecommons.org/ns#" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" width="20" height="10">' +
      '<metadata><rdf:RDF><cc:Work rdf:about=""/></rdf:RDF></metadata><sodipodi:namedview pagecolor="#ffffff"/>' +
      '<style><![CDATA[ .a > .b { fill: #0b5cab } ]]></style><path d=""/><rect class="a" width="5" height="5"/></svg>';
    const out = clean(inkscape);
    expect(out).toContain('rdf:about=""');
    expect(out).toContain("<![CDATA[ .a > .b { fill: #0b5cab } ]]>");
    expect(await draws(out)).toBe(true);
  });

  it("puts Illustrator's namespace entities in the text and drops its document type", async () => {
    const illustrator =
      '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [' +
      '<!ENTITY ns_svg "http://www.w3.org/2000/svg"><!ENTITY ns_xlink "http://www.w3.org/1999/xlink">]>' +
      '<svg xmlns="&ns_svg;" xmlns:xlink="&ns_xlink;" width="20" height="10"><rect width="5" height="5" fill="#e0a100"/></svg>';
    const out = clean(illustrator);
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(out).not.toMatch(/DOCTYPE|&ns_/);
    expect(await draws(out)).toBe(true);
    // An entity that holds markup could carry a script past every check: refused.
    const smuggled = illustrator.replace('<!ENTITY ns_xlink "http://www.w3.org/1999/xlink">', '<!ENTITY x "&lt;script&gt;">');
    expect(safeSvg(Buffer.from(smuggled)).ok).toBe(false);
  });

  it("reads names through their namespace prefixes, entities and CSS escapes", () => {
    const prefixed =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">' +
      "<s:script>alert(1)</s:script><s:foreignObject><p/></s:foreignObject>" +
      '<a x:href="&#x6A;avascript:alert(2)"><rect width="1" height="1"/></a>' +
      '<set attributeName="href" to="javascript:alert(3)"/><animate attributeName="onclick" values="alert(4)"/>' +
      '<rect fill="url(http://evil.example/f.svg#p)" style="fill:u\\72l(http://evil.example/g)" width="1" height="1"/>' +
      "<s:style>rect { fill: u&#x72;l(http://evil.example/h) }</s:style></svg>";
    const out = clean(prefixed);
    expect(out).not.toMatch(/script|foreignObject|javascript|alert|evil\.example/i);
    let bomb =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink"><s:path id="l0" d="M0 0h1v1z"/>';
    for (let level = 1; level <= 8; level++) bomb += `<s:g id="l${level}">${`<s:use x:href="#l${level - 1}"/>`.repeat(10)}</s:g>`;
    expect(safeSvg(Buffer.from(`${bomb}</svg>`)).ok).toBe(false);
  });
});
