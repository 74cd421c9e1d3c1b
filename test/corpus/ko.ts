// Korean truth corpus, scale only: Korean has no word file yet (its rises and falls are not read),
// but its amounts are written with 만, 억 and 조 glued to the number and to 원 ("5,320억원",
// "9조1834억원") or spaced ("9조 1,834억 원"), and a wrong scale there is the 10⁴ or 10⁸ error.
import type { LanguageCorpus } from "./corpus-types.ts";

const FOREIGN_SELLING = "외국인 투자자는 유가증권시장에서 5,320억원어치를 순매도했다.";
const SAMSUNG_PROFIT = "삼성전자의 3분기 영업이익은 9조1834억원으로 집계됐다.";
const HYUNDAI = "현대차의 순이익은 3조 2,000억 원으로 집계됐다.";
const EXPORTS = "수출액은 587억 달러로 집계됐다.";
const SHARE_PRICE = "삼성전자 주가는 5만 8,300원에 마감했다.";

export const CORPUS: LanguageCorpus = {
  lang: "ko",
  honest: {
    text: [
      { article: FOREIGN_SELLING, deck: "외국인 5,320억원 순매도" },
      { article: FOREIGN_SELLING, deck: "외국인 5,320억 원 순매도", note: "spaced as well as glued" },
      { article: SAMSUNG_PROFIT, deck: "삼성전자 3분기 영업이익 9조 1,834억 원", note: "the pieces of one amount, spaced" },
      { article: HYUNDAI, deck: "현대차 순이익 3.2조 원", note: "3조 2,000억 as 3.2조" },
      { article: EXPORTS, deck: "수출 587억 달러" },
      { article: SHARE_PRICE, deck: "삼성전자 5만 8,300원 마감" },
    ],
    figures: [
      { article: FOREIGN_SELLING, figure: { value: 532, unit: "KRW", scale: "billion", label: "외국인 순매도", quote: "5,320억원" } },
      {
        article: SAMSUNG_PROFIT,
        figure: { value: 9.1834, unit: "KRW", scale: "trillion", label: "삼성전자 영업이익", quote: "9조1834억원" },
      },
      { article: SHARE_PRICE, figure: { value: 58300, unit: "KRW", label: "삼성전자 주가", quote: "5만 8,300원" } },
    ],
  },
  slips: {
    text: [
      { kind: "scale", article: FOREIGN_SELLING, deck: "외국인 5,320만원 순매도", note: "만 for 억: 10⁴ times too small" },
      { kind: "scale", article: SAMSUNG_PROFIT, deck: "삼성전자 3분기 영업이익 9조1834만원" },
      { kind: "scale", article: SAMSUNG_PROFIT, deck: "삼성전자 3분기 영업이익 9,1834억원", note: "the 조 dropped" },
      { kind: "scale", article: EXPORTS, deck: "수출 58.7억 달러", note: "10× too small" },
    ],
    figures: [
      {
        kind: "scale",
        article: FOREIGN_SELLING,
        figure: { value: 5320, unit: "KRW", label: "외국인 순매도", quote: "5,320억원" },
        note: "no scale: the deck showed ₩5,320, 10⁸ times too small",
      },
      {
        kind: "scale",
        article: SAMSUNG_PROFIT,
        figure: { value: 9.1834, unit: "KRW", scale: "billion", label: "삼성전자 영업이익", quote: "9조1834억원" },
      },
    ],
  },
};
