// pptxgenjs, typed as it runs. Its types are a CommonJS declaration (`export default` in a package
// without "type": "module"), so under NodeNext TypeScript sees the default import as the whole
// module; Node (and esbuild) load its ES build, whose default export is the class itself.
import pptxgenModule from "pptxgenjs";
import type pptxTypes from "pptxgenjs";

type Module = typeof pptxgenModule;
type PptxGenJSClass = Module extends { default: infer C } ? C : Module;

// Under NodeNext the types say the module object; at run time the default import is the class.
export const PptxGenJS: PptxGenJSClass = "default" in pptxgenModule ? pptxgenModule.default : pptxgenModule;
export type Presentation = InstanceType<PptxGenJSClass>;
export type Slide = ReturnType<Presentation["addSlide"]>;
export type TextProps = pptxTypes.default.TextProps;
export type TextPropsOptions = pptxTypes.default.TextPropsOptions;
export type TableRow = pptxTypes.default.TableRow;
export type ChartOptions = pptxTypes.default.IChartOpts;

/** A colour as OOXML writes it: "#0a4f9c" → "0A4F9C". */
export const pptxColor = (colour: string) => colour.replace(/^#/, "").toUpperCase();
