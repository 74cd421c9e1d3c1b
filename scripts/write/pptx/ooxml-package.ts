// A PowerPoint (or its embedded workbook) as its files by name, read and written with fflate: JSZip,
// which pptxgenjs writes with, read and compressed a deck's hundred XML files through its stream
// workers and pako, the largest part of Node's work in a run of many briefings (measured: about a
// tenth of a second a briefing).
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export class OoxmlPackage {
  private constructor(private readonly files: Map<string, Uint8Array>) {}

  /** The files of a zip; its folder entries are dropped (an Office package needs none). */
  static read(zip: Uint8Array): OoxmlPackage {
    return new OoxmlPackage(new Map(Object.entries(unzipSync(zip)).filter(([name]) => !name.endsWith("/"))));
  }

  names(): string[] {
    return [...this.files.keys()];
  }

  bytes(name: string): Uint8Array | undefined {
    return this.files.get(name);
  }

  text(name: string): string | undefined {
    const data = this.files.get(name);
    return data && strFromU8(data);
  }

  set(name: string, content: string | Uint8Array): void {
    this.files.set(name, typeof content === "string" ? strToU8(content) : content);
  }

  remove(name: string): void {
    this.files.delete(name);
  }

  /** Each file renamed by `rename`, in the same order. */
  renamed(rename: (name: string) => string): OoxmlPackage {
    return new OoxmlPackage(new Map([...this.files].map(([name, data]) => [rename(name), data])));
  }

  /**
   * The zip, every entry dated `isoDate` (the briefing's day, at noon): the same files give the same
   * bytes on any machine. A zip's dates are local times, and fflate writes the date's local fields: a
   * local date of that day and hour has them in every zone (noon, not midnight, which some zones skip
   * when their summer time starts). A zip can date nothing before 1980 or after 2099: a briefing
   * about 1975 dates its entries 1980-01-01.
   */
  write(isoDate: string): Buffer {
    const [year, month, day] = isoDate.split("-").map(Number);
    const inZip = Math.min(Math.max(year!, 1980), 2099);
    const mtime =
      inZip === year ? new Date(year, month! - 1, day!, 12) : new Date(inZip, inZip > year! ? 0 : 11, inZip > year! ? 1 : 31, 12);
    const entries: Zippable = {};
    for (const [name, data] of this.files) entries[name] = [data, { mtime }];
    return Buffer.from(zipSync(entries, { level: 6 }));
  }
}
