// Vietnamese. Chosen to be unambiguous next to a number. Left out on purpose: comparatives ("rẻ hơn
// 96,4%"), verbs with other senses ("mất 60 USD" is "costs 60 USD", "hạ" starts "hạ tầng"), and the
// number words "một" (also "a"), "năm" (also "year": "năm 2025") and "không" (also "not").
import type { LanguageWords } from "./language.ts";

const units = ["không", "", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
const numberWords: Record<string, number> = { hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, "mười lăm": 15, "mười tư": 14 };
for (let i = 1; i <= 9; i++) if (i !== 5) numberWords[`mười ${i === 1 ? "một" : units[i]}`] = 10 + i;
for (let t = 2; t <= 9; t++) numberWords[`${units[t]} mươi`] = 10 * t;

export const vi: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "Nguồn",
    article: "Bài viết",
    published: "Đăng",
    figure: "Số liệu",
    quote: "Trích dẫn từ bài viết",
    derivedFrom: "Tính toán",
    unsourced: "Không lấy từ bài viết",
    unsourcedNote: "Dữ liệu biểu đồ do người soạn cung cấp, chưa đối chiếu với bài viết",
    own: "Lời của người soạn",
    ownNote: "Không lấy từ bài viết",
    notes: "Ghi chú của người trình bày",
    slide: "Slide",
    noNotes: "Không có ghi chú cho slide này.",
    quotes: ["“", "”"],
    currencyWords: { VND: "đồng" },
    longDate: "ngày {day} tháng {month} năm {year}",
    keyPoints: "Những điểm chính",
    keyFigures: "Các con số chính",
    sideBySide: "So sánh các con số",
    fromParagraph: "Từ đoạn",
    review: "xem lại",
    draftComments: {
      header: "Bản nháp đầu tiên từ {file}, tạo bằng `npm run draft`. Mọi số liệu dưới đây đều trích từ bài báo và đã được kiểm tra; nhãn và khóa là phỏng đoán từ các chữ quanh mỗi con số: hãy xem lại.",
      noDate: "bài báo không ghi ngày: đây là ngày hôm nay; hãy sửa lại",
      noFigures: "không tìm thấy số liệu nào trong bài báo",
      shorten: "các câu của đoạn mở đầu: hãy rút gọn",
      sharedTitle: "lấy từ nhãn của các số liệu: kiểm tra xem tiêu đề có nói đúng điều được so sánh, cùng loại với nhau",
      nameTitle: "ghi rõ điều được so sánh; chỉ giữ biểu đồ nếu các số liệu cùng loại",
    },
  },
  units: {
    percent: ["phần trăm"],
    points: ["điểm phần trăm", "điểm cơ bản"],
    basisPoints: ["điểm cơ bản"],
    indexPoints: ["điểm"],
    rangeTo: ["đến", "tới"],
    rangeAnd: ["và"],
    between: ["giữa"],
    rangeArticles: [],
    scaleSpellings: { ngàn: "nghìn" },
    currencies: { VND: ["đồng"], USD: ["đô la"] },
  },
  draft: {
  // Not "hơn" ("rẻ hơn 96,4%" is "96,4% cheaper"), nor "trên"/"dưới" (also "on"/"below").
    hedges: ["gần", "khoảng", "chừng", "xấp xỉ", "ước", "ước tính", "gần như"],
    ranks: ["thứ", "hạng", "top", "số", "vị trí", "phiên bản", "quý", "tháng", "ngày", "năm", "tuần", "lần"],
    units: { "điểm phần trăm": "điểm phần trăm", "điểm": "điểm", "đồng": "VND", "lần": "lần" },
    links: ["đạt", "là", "ở mức", "ở", "mức", "của", "đã", "có", "mất", "chỉ cần", "cần", "tới", "đến", "lên", "xuống", "còn", "về", "được",
      "bị", "thêm", "trong", "tiếp tục", "hiện", "từ", "theo", "so với", "hơn", "tổng cộng", "cho", "tại"],
    joins: ["khi", "và", "còn", "trong khi", "qua đó", "với", "để", "nhưng", "song", "trong đó", "theo đó", "sau khi", "trước khi", "mà"],
    counted: ["ngân hàng", "doanh nghiệp", "công ty", "người", "lao động", "cổ phiếu", "mã", "dự án", "tỉnh", "thành phố", "quốc gia",
      "nước", "khách hàng", "tài khoản", "hộ", "chi nhánh", "nhà máy", "xe", "căn hộ", "sản phẩm", "đơn hàng", "vụ"],
    notCounted: ["bậc", "hạng", "năm", "tháng", "quý", "tuần", "ngày", "giờ", "phút", "giây", "phiên", "thập kỷ", "nhiệm kỳ"],
  },
  dateWords: ["ngày", "tháng", "năm"],
  direction: {
    fall: ["giảm", "sụt", "sụt giảm", "lao dốc", "tụt", "rớt", "đi xuống", "bốc hơi", "mức giảm", "đà giảm", "giảm sâu", "lỗ"],
    rise: ["tăng", "tăng trưởng", "tăng vọt", "đi lên", "vọt", "nhảy vọt", "bật tăng", "mức tăng", "đà tăng", "tăng thêm"],
    // A verb and its object, whose level follows ("nâng dự báo tăng trưởng … lên 6,6%"); not "hạ" alone,
    // a syllable of "hạ tầng".
    fallWithUnit: ["hạ dự báo", "hạ lãi suất", "hạ mục tiêu", "hạ triển vọng", "giảm dự báo"],
    riseWithUnit: ["nâng dự báo", "nâng lãi suất", "nâng mục tiêu", "nâng triển vọng", "tăng dự báo"],
    fallAfter: [],
    riseAfter: [],
    filler: ["gần", "tới", "khoảng", "thêm", "mạnh", "hơn", "đến", "tiếp", "nhẹ", "sâu", "chừng", "cỡ", "có lúc", "lên tới", "lần lượt", "tương ứng", "là", "ước"],
    level: ["xuống", "lên", "còn", "về", "mức", "ở mức", "đạt", "từ", "ở"],
    from: ["từ"],
    objectBefore: true,
    // "Tăng trưởng tín dụng … đạt 13,4%": a rate of growth, a rise of what grew.
    rates: ["tăng trưởng", "tốc độ tăng trưởng", "mức tăng trưởng", "tốc độ tăng", "lạm phát"],
    to: ["xuống", "lên", "còn", "về"],
    respectively: ["lần lượt", "tương ứng"],
    restate: ["tương đương", "tức", "hay", "tức là", "tương đương với"],
    negative: ["âm"],
  },
  opposites: [["lãi ròng", "lỗ ròng"], ["lãi", "lỗ"], ["có lãi", "thua lỗ"], ["báo lãi", "báo lỗ"], ["lợi nhuận", "lỗ"], ["thặng dư", "thâm hụt"], ["xuất siêu", "nhập siêu"], ["mua ròng", "bán ròng"]],
  numberWords,
  ordinals: { i: 1, ii: 2, iii: 3, iv: 4 },
  bases: { year: ["so với cùng kỳ", "so với cùng kỳ năm trước", "so với cùng kỳ năm ngoái"], previous: ["so với tháng trước", "so với quý trước"] },
  periods: [
    { pattern: /quý (?<n>[1-4]|iv|i{1,3})(?![\p{L}\p{N}])/giu, kind: "quarter" },
    { pattern: /(?<n>\d{1,2}|[\p{L}]+) tháng đầu (?:năm|\d{4})/giu, kind: "months" },
    { pattern: /(?<![\p{L}\p{N}])(?<n>\d{1,2})T(?=\/?\d{2,4}(?!\d)|(?![\p{L}\p{N}]))/gu, kind: "months" },
    { pattern: /nửa đầu năm/giu, kind: "half", n: 1 },
    { pattern: /nửa cuối năm|nửa sau năm/giu, kind: "half", n: 2 },
  ],
};
