// The libraries the page inlines before the runtime (reveal.js, its notes plugin, Chart.js,
// chartjs-plugin-datalabels), as the runtime uses them: only the calls and fields it touches, the
// private ones of chartjs-plugin-datalabels included, so what the runtime relies on is written once.
// The versions are pinned in package.json; a change in the private fields is caught where they are
// read (chart-labels.ts counts the labels against the points).

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Our chart options (scripts/render/chart-config.ts writes them as JSON), as far as the runtime reads or sets them. */
export interface ChartOptions {
  indexAxis?: "x" | "y";
  devicePixelRatio?: number;
  animation?: boolean;
  responsive?: boolean;
  layout: { padding: { left?: number; right?: number } };
  scales: Record<string, { min?: number; max?: number; ticks: { font: { size: number } } }>;
  plugins: {
    datalabels: DataLabelOptions;
    /** Per dataset, per point: the side of its bar or point a value label stands on. */
    valueLabelSides?: Side[][] | null;
    /** A pie's values are all in its legend too: a slice too small for its label may leave it out. */
    valuesInLegend?: boolean;
    zeroLine?: { color: string } | false;
  };
}

export type Side = "top" | "bottom" | "left" | "right";

export interface LabelContext {
  chart: ChartInstance;
  datasetIndex: number;
  dataIndex: number;
}

export interface DataLabelOptions {
  font: { size: number };
  /** Pixels between a label and its anchor. */
  offset?: number;
  formatter?: (value: unknown, context: LabelContext) => string;
  anchor?: string | ((context: LabelContext) => string);
  /** A side, or a clockwise angle in degrees (0: right): where the label stands from its anchor. */
  align?: (context: LabelContext) => string | number;
  display?: (context: LabelContext) => boolean;
}

export interface ChartConfig {
  type: string;
  data: { labels: unknown[]; datasets: { data: unknown[]; segment?: object }[] };
  options: ChartOptions;
  plugins?: ChartPlugin[];
  /** Chart.js's platform: its basic one draws on any 2D context (print's SVG one). */
  platform?: unknown;
}

export interface ChartPlugin {
  id: string;
  beforeDatasetsDraw?: (chart: ChartInstance, args: unknown, options: { color?: string } | undefined) => void;
}

interface LabelItem {
  label: string | string[];
  font: { string: string; lineHeight: number };
  textOffset: number;
  options: { translation: [number, number]; textAlign: string };
}

export interface Scale {
  id: string;
  min: number;
  max: number;
  options: { display: boolean; reverse?: boolean };
  getLabelItems(): LabelItem[];
  getPixelForValue(value: number): number;
}

/** A label as chartjs-plugin-datalabels 2.2 keeps it (private fields: read only here and in the tests). */
export interface DataLabel {
  $layout: { _set: number; _idx: number; _visible: boolean; _box: { _rect: { x: number; y: number; w: number; h: number } } };
}

export interface ChartInstance {
  config: { type: string };
  options: ChartOptions;
  data: { datasets: { data: unknown[] }[] };
  ctx: CanvasRenderingContext2D;
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
  chartArea: Box;
  scales: Record<string, Scale>;
  legend?: {
    options: { display: boolean };
    legendHitBoxes?: { left: number; top: number; width: number; height: number }[];
    legendItems: { text: string }[];
  };
  $datalabels?: { _labels?: DataLabel[] };
  update(mode?: string): void;
  destroy(): void;
  isDatasetVisible(index: number): boolean;
  getDataVisibility(index: number): boolean;
  getDatasetMeta(index: number): { data: { getProps(names: string[], final: boolean): Record<string, number> }[] };
}

export interface ChartLibrary {
  new (canvas: HTMLCanvasElement, config: ChartConfig): ChartInstance;
  BasicPlatform: unknown;
  register(plugin: unknown): void;
  defaults: { font: { family: string; lineHeight: number }; color: string };
}

export interface RevealLibrary {
  initialize(options: Record<string, unknown>): void;
  on(event: string, listener: (event: { currentSlide: Element }) => void): void;
  getIndices(): { h: number; v?: number; f?: number };
  getCurrentSlide(): Element;
  sync(): void;
  slide(h: number, v?: number, f?: number): void;
}

interface Libraries {
  Chart: ChartLibrary;
  ChartDataLabels: unknown;
  Reveal: RevealLibrary;
  /** Absent from the print document. */
  RevealNotes?: unknown;
}

/** The inlined libraries' globals (reveal's notes plugin only in the presented deck). */
export function libraries(): Libraries {
  return window as Window & typeof globalThis & Libraries;
}
