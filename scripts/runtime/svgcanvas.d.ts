// svgcanvas 2.6 ships no types: the one class the print runtime uses, as far as it uses it.
declare module "svgcanvas" {
  /** A stand-in for a <canvas> whose 2D context writes SVG (`svg`) instead of pixels. */
  export class Element {
    constructor(options: { width: number; height: number });
    readonly svg: SVGSVGElement;
    width: number;
    height: number;
    getContext(type: "2d"): CanvasRenderingContext2D;
  }
}
