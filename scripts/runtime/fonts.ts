// The deck's fonts, loaded before anything is measured: text measured in a fallback font would be
// laid out for the wrong widths (charts' labels, figures in their cards). Every face the page declares
// is loaded, not only those some text asks for: an East Asian face is split by unicode-range, and a
// canvas label asks for its face only when it is drawn, after it was measured.
export async function fontsLoaded(): Promise<void> {
  await Promise.all([...document.fonts].map((face) => face.load()));
  await document.fonts.ready;
}
