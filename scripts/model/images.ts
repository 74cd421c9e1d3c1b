// The images of a briefing folder, and how a text names one: a rule of the format (an image is a file in
// the folder, named relative to it, "./" or %-escapes allowed), so the validator that finds a named image
// and the renderer that inlines it read a name alike.

/** An image file of the briefing folder, read: its type, its bytes and its size in pixels where its header says. */
export interface LoadedImage {
  mime: string;
  bytes: Buffer;
  width?: number;
  height?: number;
}

/** An image reference as a path in the folder; a malformed %-escape is taken as written. */
export function imagePath(href: string): string {
  let decoded = href;
  try {
    decoded = decodeURI(href);
  } catch {
    // "a%zz.png": not an escape, so the name as typed
  }
  return decoded.replace(/^\.\//, "");
}
