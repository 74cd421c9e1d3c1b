// The image files a slide may show, by extension. Anything else is not inlined into the deck.
export const IMAGE_TYPES: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
  ".avif": "image/avif",
};

/**
 * The largest image file a slide may use: 20 MB. A slide fills at most a 4K screen (3840×2160), and
 * a photo that size is 1–5 MB as JPEG or WebP, a screenshot rarely over 15 MB as PNG. Anything bigger
 * is a camera original or an uncompressed export: it shows no sharper, and every byte is inlined
 * into the deck as base64 (a third larger) and again into the handout, which makes the deck slow to
 * open and the build slow to print. Checked from the file's size, before it is read.
 */
export const MAX_IMAGE_BYTES = 20_000_000;
