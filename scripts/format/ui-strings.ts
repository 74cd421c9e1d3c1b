// The few words the deck itself writes. Vietnamese and English ship; any other language falls back
// to English words with its own number and date formatting.
export interface UiStrings {
  sources: string;
  article: string;
  published: string;
  figure: string;
  quote: string;
  derivedFrom: string;
  unsourced: string;
  unsourcedNote: string;
  /** Words the author marked as their own ({{own: …}}). */
  own: string;
  ownNote: string;
  notes: string;
  slide: string;
  noNotes: string;
}

const STRINGS: Record<string, UiStrings> = {
  en: {
    sources: "Sources",
    article: "Article",
    published: "Published",
    figure: "Figure",
    quote: "Where the article says it",
    derivedFrom: "Calculated",
    unsourced: "Not from the article",
    unsourcedNote: "Chart data supplied by the author, not checked against the article",
    own: "The author's own",
    ownNote: "Not from the article",
    notes: "Speaker notes",
    slide: "Slide",
    noNotes: "No notes for this slide.",
  },
  vi: {
    sources: "Nguồn",
    article: "Bài viết",
    published: "Đăng", // Intl writes "lúc 10:43 …" itself
    figure: "Số liệu",
    quote: "Trích dẫn từ bài viết",
    derivedFrom: "Tính toán",
    unsourced: "Không lấy từ bài viết",
    unsourcedNote: "Dữ liệu biểu đồ do người soạn cung cấp, chưa đối chiếu với bài viết",
    own: "Lời của người soạn",
    ownNote: "Không lấy từ bài viết",
    notes: "Ghi chú của người trình bày",
    slide: "Trang",
    noNotes: "Không có ghi chú cho trang này.",
  },
};

export function uiStrings(lang: string): UiStrings {
  const base = new Intl.Locale(lang).language;
  return STRINGS[base] ?? STRINGS.en!;
}
