// An image far larger than its largest use on a slide is scaled down once, here, for every writer
// (the deck and its PDFs inline it, the PowerPoint stores it): a 17 MB logo shows no sharper at 80
// pixels high, and every copy of its bytes made the deck slow to open and the files too big to mail.
// The largest use is a slide on a 4K screen (3840×2160, three times the deck's 1280×720); the logo's
// is the title slide's, three times its 360×80 box. The format stays the file's; SVG and GIF (which
// may move) are left as they are. sharp (libvips) does the scaling.
import type sharp from "sharp";
import type { LoadedImage } from "../model/images.ts";

const SLIDE_BOX = { width: 3840, height: 2160 };
const LOGO_BOX = { width: 1080, height: 240 };

export interface ScaledImage {
  name: string;
  from: { width: number; height: number; bytes: number };
  to: { width: number; height: number; bytes: number };
}

const SCALABLE: Record<string, keyof sharp.FormatEnum> = {
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/webp": "webp",
  "image/avif": "avif",
};

/** The images with the oversized ones scaled to their box, and what was scaled. */
export async function fitImages(
  images: ReadonlyMap<string, LoadedImage>,
  logo: string | undefined,
): Promise<{ images: Map<string, LoadedImage>; scaled: ScaledImage[] }> {
  const fitted = new Map(images);
  const scaled: ScaledImage[] = [];
  for (const [name, image] of images) {
    const format = SCALABLE[image.mime];
    if (!format) continue;
    const box = name === logo ? LOGO_BOX : SLIDE_BOX;
    // Its size as load read it from the header: no decoding here unless it must be scaled.
    const { width, height } = image;
    if (!width || !height || (width <= box.width && height <= box.height)) continue;
    // A file whose header promises more than its data holds is left as it is: the page shows what it can.
    // (libvips is loaded only when an image must be scaled: most briefings have none that large.)
    const { default: scale } = await import("sharp");
    const resized = await scale(image.bytes)
      .rotate() // the camera's orientation applied, as a browser shows the photo
      .resize({ ...box, fit: "inside", withoutEnlargement: true })
      .toFormat(format)
      .toBuffer({ resolveWithObject: true })
      .catch(() => undefined);
    if (!resized) continue;
    const { data, info } = resized;
    fitted.set(name, { mime: image.mime, bytes: data, width: info.width, height: info.height });
    scaled.push({
      name,
      from: { width, height, bytes: image.bytes.length },
      to: { width: info.width, height: info.height, bytes: data.length },
    });
  }
  return { images: fitted, scaled };
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** "logo.png scaled 8000×6000 → 320×240 (17.0 MB → 0.1 MB)" */
export const scaledLine = (s: ScaledImage) =>
  `${s.name} scaled ${s.from.width}×${s.from.height} → ${s.to.width}×${s.to.height} (${megabytes(s.from.bytes)} → ${megabytes(s.to.bytes)})`;
