// Korean truth corpus. Amounts are written with 만, 억 and 조 glued to the number and to 원
// ("5,320억원", "9조1834억원") or spaced ("9조 1,834억 원"): a wrong scale there is the 10⁴ or 10⁸
// error. The word of change follows the number with its endings glued on ("4.6% 늘었다", "1.24% 내린"),
// a particle on the number makes it a level ("3.25%로 인하": cut to 3.25%), and a move in a rate is
// "%포인트" or "%p", never "%".
import type { LanguageCorpus } from "./corpus-types.ts";

const FOREIGN_SELLING = "외국인 투자자는 유가증권시장에서 5,320억원어치를 순매도했다.";
const SAMSUNG_PROFIT = "삼성전자의 3분기 영업이익은 9조1834억원으로 집계됐다.";
const HYUNDAI = "현대차의 순이익은 3조 2,000억 원으로 집계됐다.";
const EXPORTS = "수출액은 587억 달러로 집계됐다.";
const SHARE_PRICE = "삼성전자 주가는 5만 8,300원에 마감했다.";
// Yonhap's style for the policy rate, the index's close and the monthly trade figures.
const RATE_CUT = "한국은행 금융통화위원회는 기준금리를 연 3.50%에서 3.25%로 0.25%포인트 인하했다.";
const KOSPI = "코스피는 전 거래일보다 1.24%(30.5포인트) 내린 2,461.18에 거래를 마쳤다.";
const TRADE = "산업통상자원부에 따르면 10월 수출은 587억 달러로 전년 동월 대비 4.6% 늘었다. 반면 수입은 2.1% 줄어든 531억 달러를 기록했다.";
const EARNINGS = "삼성전자의 3분기 영업이익은 9조1834억원으로 전년 동기 대비 274.5% 증가했다.";
const INFLATION = "10월 소비자물가 상승률은 1.3%로 3년 8개월 만에 가장 낮았다.";
const UNEMPLOYMENT = "실업률은 2.5%로 전년 동월보다 0.3%p 상승했다.";
// 천 inside an amount ("1조2천억원" is 1.2조, "5천억원" 5000억), lists whose verb follows the last
// number, an accounting minus, ranges and the move that reached a level after it.
const BUDGET = "정부는 1조2천억원 규모의 추가경정예산을 편성했다. 외국인은 5천억원어치를 순매도했다.";
const BOTH = "삼성전자와 SK하이닉스 주가는 각각 2.1%, 3.4% 상승했다.";
const BOTH_JOINED = "코스피와 코스닥은 0.5%와 1.2% 내렸다.";
const LOSS = "영업이익은 전년비 △12.5%를 기록했다.";
const GDP = "1분기 실질 국내총생산(GDP)은 전기 대비 0.2% 역성장했다.";
const MARKET_CAP = "이날 하루 동안 시가총액 21조원이 증발했다.";
const GUIDANCE = "회사는 올해 매출 성장률 목표를 3~4%로, 영업이익률 목표를 7~8%로 하향 조정했다.";
const RATE_HIKE = "한은은 기준금리를 연 3.25%에서 3.50%로 0.25%포인트 인상했다.";
const CPI_SLOWER = "소비자물가 상승률은 2.0%로 전월(2.4%)보다 0.4%포인트 낮아졌다.";
const TRADE_BALANCE = "10월 무역수지는 12억 달러 적자를 기록했다.";
const FOREIGN_BUYING = "외국인은 유가증권시장에서 1조2000억원어치를 순매수했다.";

export const CORPUS: LanguageCorpus = {
  lang: "ko",
  honest: {
    text: [
      {
        article: "소비자물가 상승률은 1.6%에서 1.3%로 낮아졌다.",
        deck: "소비자물가 1.3% 상승",
        note: "a rate's move or level read in its own clause",
      },
      {
        article: "삼성전자 주가는 2.1% 올랐고, SK하이닉스 주가는 3.4% 떨어졌다.",
        deck: "SK하이닉스 주가 3.4% 하락",
      },
      {
        article: "소비자물가 상승률은 2.0%로 낮아졌다.",
        deck: "소비자물가 2.0% 상승",
        note: "prices rose 2.0%: the rate of their rise fell to it",
      },
      {
        article: "한국은행은 내년 물가 상승률이 1.9%에서 2.1% 사이가 될 것으로 전망했다.",
        deck: "내년 물가 1.9~2.1% 전망",
        note: "에서 … 사이 is a range",
      },
      { article: "현대차의 영업이익은 1천500억 원으로 집계됐다.", deck: "현대차 영업이익 1,500억 원", note: "1천500억 is 1,500억" },
      { article: FOREIGN_SELLING, deck: "외국인 5,320억원 순매도" },
      { article: FOREIGN_SELLING, deck: "외국인 5,320억 원 순매도", note: "spaced as well as glued" },
      { article: SAMSUNG_PROFIT, deck: "삼성전자 3분기 영업이익 9조 1,834억 원", note: "the pieces of one amount, spaced" },
      { article: HYUNDAI, deck: "현대차 순이익 3.2조 원", note: "3조 2,000억 as 3.2조" },
      { article: EXPORTS, deck: "수출 587억 달러" },
      { article: SHARE_PRICE, deck: "삼성전자 5만 8,300원 마감" },
      { article: RATE_CUT, deck: "기준금리 0.25%p 인하, 연 3.25%", note: "%p for the article's %포인트" },
      { article: RATE_CUT, deck: "기준금리 3.50%에서 3.25%로 0.25%포인트 인하" },
      { article: RATE_CUT, deck: "기준금리 0.25%포인트 내려 3.25%", note: "a verb of change before the number: the level it reached" },
      { article: KOSPI, deck: "코스피 1.24% 하락한 2,461.18 마감" },
      { article: KOSPI, deck: "코스피 30.5포인트 내려", note: "the points in the article's brackets, the verb after them" },
      { article: TRADE, deck: "10월 수출 587억 달러, 4.6% 증가" },
      { article: TRADE, deck: "10월 수입 2.1% 감소한 531억 달러", note: "줄어든 before 531: the level, reached by a fall" },
      { article: EARNINGS, deck: "삼성전자 3분기 영업이익 9조1834억원 (274.5% 증가)" },
      { article: EARNINGS, deck: "영업이익이 274.5% 늘어 9조 1,834억 원" },
      { article: INFLATION, deck: "10월 소비자물가 상승률 1.3%" },
      { article: INFLATION, deck: "10월 소비자물가 1.3% 상승", note: "an inflation rate is a rise of prices, though 로 gives its level" },
      { article: UNEMPLOYMENT, deck: "실업률 2.5%, 0.3%포인트 상승", note: "a level, then a move: no list without 각각" },
      { article: BUDGET, deck: "추경 1.2조 원 편성" },
      { article: BUDGET, deck: "외국인 5,000억원 순매도", note: "5천억 is 5000억" },
      { article: BOTH, deck: "삼성전자 2.1% 상승, SK하이닉스 3.4% 상승", note: "the verb after the list's last number is each number's" },
      { article: BOTH_JOINED, deck: "코스피 0.5% 하락" },
      { article: LOSS, deck: "영업이익 12.5% 감소", note: "△ is the accounts' minus" },
      { article: GDP, deck: "1분기 GDP 0.2% 감소" },
      { article: GUIDANCE, deck: "매출 성장률 목표 3~4%로 하향", note: "a range said as the level it was lowered to" },
      { article: GUIDANCE, deck: "목표: 매출 성장률 3~4%, 영업이익률 7~8%", note: "a single tilde is a range, not strikethrough" },
      { article: RATE_HIKE, deck: "기준금리 3.50%로 인상" },
      { article: CPI_SLOWER, deck: "소비자물가 상승률 2.0%, 0.4%p 둔화" },
      { article: TRADE_BALANCE, deck: "10월 무역적자 12억 달러" },
      {
        article: "반면 생활가전 사업부는 1,200억 원의 영업손실을 기록했다.",
        deck: "생활가전 영업이익 -1,200억 원",
        note: "a negative profit is the loss the article names",
      },
      {
        article: CPI_SLOWER,
        deck: "물가상승률 0.4%p 낮아진 2.0%",
        note: "the rate named by 상승률 is a rise of prices, and a level the rate fell to",
      },
    ],
    figures: [
      { article: FOREIGN_SELLING, figure: { value: 532, unit: "KRW", scale: "billion", label: "외국인 순매도", quote: "5,320억원" } },
      {
        article: SAMSUNG_PROFIT,
        figure: { value: 9.1834, unit: "KRW", scale: "trillion", label: "삼성전자 영업이익", quote: "9조1834억원" },
      },
      { article: SHARE_PRICE, figure: { value: 58300, unit: "KRW", label: "삼성전자 주가", quote: "5만 8,300원" } },
      { article: RATE_CUT, figure: { value: -0.25, unit: "%p", label: "기준금리 변동", quote: "0.25%포인트 인하했다" } },
      { article: RATE_CUT, figure: { value: -0.25, unit: "%포인트", label: "기준금리 변동", quote: "0.25%포인트 인하했다" } },
      { article: RATE_CUT, figure: { value: 3.25, unit: "%", label: "기준금리", quote: "3.25%로" } },
      { article: KOSPI, figure: { value: -1.24, unit: "%", label: "코스피", quote: "1.24%(30.5포인트) 내린" } },
      { article: KOSPI, figure: { value: 2461.18, label: "코스피 종가", quote: "2,461.18에 거래를 마쳤다" } },
      { article: TRADE, figure: { value: 4.6, unit: "%", label: "10월 수출 증가율", quote: "4.6% 늘었다" } },
      { article: TRADE, figure: { value: -2.1, unit: "%", label: "10월 수입", quote: "2.1% 줄어든" } },
      { article: TRADE, figure: { value: 53.1, unit: "USD", scale: "billion", label: "10월 수입액", quote: "531억 달러" } },
      { article: EARNINGS, figure: { value: 274.5, unit: "%", label: "영업이익 증가율", quote: "274.5% 증가" } },
      { article: UNEMPLOYMENT, figure: { value: 0.3, unit: "%p", label: "실업률 변동", quote: "0.3%p 상승" } },
      { article: BUDGET, figure: { value: 1.2, unit: "KRW", scale: "trillion", label: "추경 규모", quote: "1조2천억원" } },
      { article: BUDGET, figure: { value: 500, unit: "KRW", scale: "billion", label: "외국인 순매도", quote: "5천억원어치를 순매도했다" } },
      { article: BOTH, figure: { value: 2.1, unit: "%", label: "삼성전자 주가", quote: "각각 2.1%, 3.4% 상승했다" } },
      { article: LOSS, figure: { value: -12.5, unit: "%", label: "영업이익 증감률", quote: "△12.5%" } },
      { article: MARKET_CAP, figure: { value: -21, unit: "KRW", scale: "trillion", label: "시가총액 변동", quote: "21조원이 증발했다" } },
    ],
  },
  slips: {
    text: [
      {
        kind: "value",
        article: "10월 소비자물가는 전년 동월 대비 1.3% 올랐고, 전월 대비로는 0.2% 상승했다.",
        deck: "10월 소비자물가 전년 동월 대비 0.2% 상승",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "subject",
        article: "삼성전자 주가는 2.1% 올랐고, SK하이닉스 주가는 3.4% 떨어졌다.",
        deck: "SK하이닉스 주가 2.1% 상승",
        note: "Samsung's rise given to SK hynix",
      },
      {
        kind: "sign",
        article: "소비자물가 상승률은 2.0%로 낮아졌다.",
        deck: "소비자물가 상승률은 2.0%로 높아졌다",
        note: "the rate's level reached by a fall, said as reached by a rise",
      },
      {
        kind: "scale",
        article: "현대차의 영업이익은 1천500억 원으로 집계됐다.",
        deck: "현대차 영업이익 500억 원",
        note: "the 1천 dropped",
      },
      {
        kind: "value",
        article: "회사는 올해 매출 성장률 목표를 3~4%로 하향 조정했다. 지난해 성장률은 5%였다.",
        deck: "매출 성장률 목표 3~5%",
      },
      { kind: "scale", article: FOREIGN_SELLING, deck: "외국인 5,320만원 순매도", note: "만 for 억: 10⁴ times too small" },
      { kind: "scale", article: SAMSUNG_PROFIT, deck: "삼성전자 3분기 영업이익 9조1834만원" },
      { kind: "scale", article: SAMSUNG_PROFIT, deck: "삼성전자 3분기 영업이익 9,1834억원", note: "the 조 dropped" },
      { kind: "scale", article: EXPORTS, deck: "수출 58.7억 달러", note: "10× too small" },
      { kind: "unit", article: RATE_CUT, deck: "기준금리 0.25% 인하", note: "percentage points printed as a percentage" },
      { kind: "sign", article: RATE_CUT, deck: "기준금리 0.25%p 인상" },
      { kind: "sign", article: RATE_CUT, deck: "기준금리 3.25% 인하", note: "cut to 3.25% said as cut by 3.25%" },
      { kind: "sign", article: KOSPI, deck: "코스피 1.24% 상승" },
      { kind: "sign", article: KOSPI, deck: "코스피 30.5포인트 상승", note: "the points in brackets take the verb after them" },
      { kind: "sign", article: TRADE, deck: "10월 수출 4.6% 감소" },
      { kind: "sign", article: TRADE, deck: "10월 수입 2.1% 증가" },
      { kind: "sign", article: TRADE, deck: "10월 수출 587억 달러 증가", note: "the level said as the size of the rise" },
      { kind: "sign", article: TRADE, deck: "수입 531억 달러 감소" },
      { kind: "sign", article: EARNINGS, deck: "삼성전자 영업이익 274.5% 감소" },
      { kind: "sign", article: EARNINGS, deck: "영업이익 9조1834억원 증가" },
      { kind: "sign", article: INFLATION, deck: "10월 소비자물가 1.3% 하락" },
      { kind: "unit", article: UNEMPLOYMENT, deck: "실업률 0.3% 상승" },
      { kind: "sign", article: UNEMPLOYMENT, deck: "실업률 0.3%p 하락" },
      { kind: "scale", article: BUDGET, deck: "추경 1조2천만원 편성", note: "천만 for 천억: 10⁴ times too small" },
      { kind: "scale", article: BUDGET, deck: "외국인 5천만원 순매도" },
      { kind: "sign", article: BOTH, deck: "삼성전자 2.1% 하락", note: "the first number of the list" },
      { kind: "sign", article: BOTH_JOINED, deck: "코스피 0.5% 상승" },
      { kind: "sign", article: LOSS, deck: "영업이익 12.5% 증가" },
      { kind: "sign", article: GDP, deck: "1분기 GDP 0.2% 성장" },
      { kind: "sign", article: MARKET_CAP, deck: "시가총액 21조원 증가" },
      { kind: "sign", article: GUIDANCE, deck: "매출 성장률 목표 3~4% 하향", note: "the level lowered to, said as the size of the cut" },
      { kind: "sign", article: GUIDANCE, deck: "매출 성장률 목표 3~4%로 상향" },
      { kind: "sign", article: RATE_HIKE, deck: "기준금리 3.50%로 인하", note: "the move after the level's 로 is the one that reached it" },
      { kind: "sign", article: CPI_SLOWER, deck: "물가상승률 0.4%p 상승" },
      { kind: "sign", article: TRADE_BALANCE, deck: "10월 무역수지 12억 달러 흑자", note: "적자 (deficit) said as 흑자 (surplus)" },
      { kind: "sign", article: FOREIGN_BUYING, deck: "외국인 1조2000억원 순매도" },
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
      {
        kind: "unit",
        article: RATE_CUT,
        figure: { value: -0.25, unit: "%", label: "기준금리 변동", quote: "0.25%포인트 인하했다" },
        note: "the slide would print -0.25%",
      },
      { kind: "sign", article: RATE_CUT, figure: { value: 0.25, unit: "%p", label: "기준금리 변동", quote: "0.25%포인트 인하했다" } },
      { kind: "sign", article: KOSPI, figure: { value: 1.24, unit: "%", label: "코스피", quote: "1.24%(30.5포인트) 내린" } },
      { kind: "sign", article: KOSPI, figure: { value: 30.5, unit: "포인트", label: "코스피", quote: "30.5포인트) 내린" } },
      { kind: "sign", article: TRADE, figure: { value: 2.1, unit: "%", label: "10월 수입", quote: "2.1% 줄어든" } },
      { kind: "sign", article: TRADE, figure: { value: -4.6, unit: "%", label: "10월 수출", quote: "4.6% 늘었다" } },
      {
        kind: "sign",
        article: TRADE,
        figure: { value: 2.1, unit: "%", label: "10월 수입 증가", quote: "2.1% 줄어든", direction: "label" },
        note: "the label says a rise where the article says a fall",
      },
      { kind: "unit", article: UNEMPLOYMENT, figure: { value: 0.3, unit: "%", label: "실업률 변동", quote: "0.3%p 상승" } },
      { kind: "sign", article: BOTH, figure: { value: -2.1, unit: "%", label: "삼성전자 주가", quote: "각각 2.1%, 3.4% 상승했다" } },
      {
        kind: "sign",
        article: MARKET_CAP,
        figure: { value: 21, unit: "KRW", scale: "trillion", label: "시가총액 변동", quote: "21조원이 증발했다" },
      },
      {
        kind: "scale",
        article: BUDGET,
        figure: { value: 1.2, unit: "KRW", scale: "billion", label: "추경 규모", quote: "1조2천억원" },
        note: "1조2천억 is 1.2 trillion",
      },
    ],
  },
};
