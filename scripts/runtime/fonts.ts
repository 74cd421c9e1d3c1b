// The theme's font, loaded before anything is measured: text measured in a fallback font would be
// laid out for the wrong widths (charts' labels, figures in their cards).
export async function fontsLoaded(font: string): Promise<void> {
  const family = `"${font}"`;
  await Promise.all([document.fonts.load(`400 20px ${family}`), document.fonts.load(`700 20px ${family}`)]);
  await document.fonts.ready;
}
