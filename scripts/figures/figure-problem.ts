// A problem with one figure, before check-figures places it in briefing.yaml (file, line, column).

export interface FigureProblem {
  id: string;
  /** The figure's field the problem is about; locates it in briefing.yaml. */
  field: "quote" | "scale" | "derived" | "value" | "unit" | "label" | "short";
  message: string;
  hint: string;
}
