// A figure too wide for its card ("28.677 Anlagen" in a three-column stats slide) is set smaller on
// one line, down to 65 %; failing that it may wrap between number and unit, and a single word still
// too wide is set smaller again. Never clipped: a number must not lose digits. Measured where it is
// laid out, so on screen when its slide shows.
import { SLIDE } from "./page-contract.ts";

export function fitFigures(scope: ParentNode): void {
  for (const value of Array.from(scope.querySelectorAll<HTMLElement>(SLIDE.figureValue))) {
    value.style.fontSize = "";
    value.style.whiteSpace = "nowrap";
    const size = parseFloat(getComputedStyle(value).fontSize);
    if (shrink(value, size, 65)) continue;
    value.style.whiteSpace = "normal";
    value.style.fontSize = "";
    shrink(value, size, 60);
  }
}

/** Smaller in 5 % steps down to `least` % until the text fits its box; says whether it does. */
function shrink(value: HTMLElement, size: number, least: number): boolean {
  for (let percent = 95; value.scrollWidth > value.clientWidth + 1 && percent >= least; percent -= 5) {
    value.style.fontSize = `${(size * percent) / 100}px`;
  }
  return value.scrollWidth <= value.clientWidth + 1;
}
