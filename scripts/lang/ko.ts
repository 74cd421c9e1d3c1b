// Korean puts the word of change after the number, with its endings glued on ("17.4% 증가했다",
// "1.2% 내린", "3.2% 늘어난"): the lists hold stems, and a word that starts with one reads as it. A
// particle glued to the number makes it a level ("3.25%로 인하" cut to 3.25%, "2,461.18에 마감"), and
// so does a word of change before it ("17.4% 증가한 79조원": 79조원 is where sales ended). Amounts
// glue 만, 억 and 조 to the number (read-numbers.ts). Percentage points are "%포인트" or "%p".
import type { LanguageWords } from "./language.ts";

/** Sino-Korean nouns of change, which take 하다 and its endings ("감소했다", "감소한", "감소세"). */
const nounsOfFall = ["감소", "하락", "인하", "급락", "폭락", "급감", "반락", "축소", "하향", "약세", "후퇴", "둔화", "역성장", "증발",
  "삭감", "감액", "추락", "뒷걸음", "곤두박질", "반토막"];
const nounsOfRise = ["증가", "상승", "인상", "급등", "폭등", "급증", "폭증", "반등", "확대", "상향", "강세", "증대", "신장", "성장", "증액"];
/** Native verbs, by the first syllables of each form news writes ("줄었다", "줄어든", "줄며", "줄인"). */
const verbsOfFall = ["줄어", "줄었", "줄며", "줄면서", "줄인", "줄여", "줄였", "내려", "내렸", "내린", "내리며", "떨어", "빠졌",
  "빠진", "빠져", "밀렸", "밀린", "밀려", "낮아", "낮춰", "낮췄", "낮춘", "끌어내", "꺾였", "꺾인", "주저앉", "작아", "좁혀", "좁아",
  "쪼그라", "미끄러", "깎"];
const verbsOfRise = ["늘어", "늘었", "늘며", "늘면서", "늘린", "늘려", "늘렸", "올라", "올랐", "오른", "오르며", "올린", "올려",
  "올렸", "높아", "높여", "높였", "높인", "뛰었", "뛴", "뛰어", "뛰며", "끌어올", "불어", "치솟", "커졌", "커진", "커져", "넓어",
  "벌어"];
/** Before the number, these name what it is: "상승률은 3.2%", "하락폭은 30포인트". */
const ratesOfFall = ["하락률", "하락폭", "감소율", "감소폭", "인하폭", "낙폭"];
// Written as one word with what rises too: "경제성장률은 2.2%로", "물가상승률은 1.3%로".
const ratesOfRise = ["상승률", "상승폭", "증가율", "증가폭", "인상폭", "성장률", "경제성장률", "물가상승률", "소비자물가상승률", "실질성장률"];

export const ko: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "출처",
    article: "기사",
    published: "게재",
    figure: "수치",
    quote: "기사 원문",
    derivedFrom: "계산",
    unsourced: "기사 외 자료",
    unsourcedNote: "차트 데이터는 작성자가 제공한 것으로, 기사와 대조하지 않았습니다",
    own: "작성자 의견",
    ownNote: "기사 외 내용",
    notes: "발표자 노트",
    slide: "슬라이드",
    noNotes: "이 슬라이드에는 노트가 없습니다.",
    quotes: ["“", "”"],
    keyPoints: "핵심 내용",
    keyFigures: "주요 수치",
    sideBySide: "수치 비교",
    fromParagraph: "단락",
    review: "확인 필요",
    draftComments: {
      header:
        "{file}에서 `npm run draft`로 만든 초안입니다. 아래 수치는 모두 기사에서 인용해 확인했습니다. 라벨과 키는 각 수치 앞뒤의 단어로 추정한 것이니 확인하세요.",
      noDate: "기사에 날짜가 없어 오늘 날짜를 넣었습니다. 수정하세요",
      noFigures: "기사에서 수치를 찾지 못했습니다",
      shorten: "기사 첫머리의 문장입니다. 줄이세요",
      sharedTitle: "수치 라벨로 만든 제목입니다. 비교 대상을 제대로 나타내는지, 같은 종류를 비교하는지 확인하세요",
      nameTitle: "무엇을 비교하는지 쓰세요. 같은 종류를 비교할 때만 차트를 남기세요",
    },
  },
  units: {
    percent: ["퍼센트"],
    points: ["%포인트", "％포인트", "%p", "％p", "%P", "퍼센트포인트", "bp", "베이시스포인트"],
    basisPoints: ["bp", "베이시스포인트"],
    indexPoints: ["포인트"],
    // "1.9%에서 2.1% 사이": from one end to the other.
    rangeTo: ["~", "～", "〜", "에서"],
    rangeAnd: [],
    between: [],
    rangeArticles: [],
    scaleSpellings: {},
    currencies: { KRW: ["원"], USD: ["달러"], EUR: ["유로"], JPY: ["엔"], CNY: ["위안"] },
  },
  draft: {
    hedges: ["약", "가량", "수준", "안팎", "넘는", "이상"],
    links: ["연", "규모의", "기록했다", "전", "거래일"],
    joins: ["따르면", "반면", "한편", "이날", "또한", "특히", "그러나", "하지만"],
    particles: ["은", "는", "이", "가", "을", "를", "의", "에", "에서", "으로", "로", "와", "과", "도", "보다", "까지", "부터"],
    ranks: ["제"],
    units: { "%포인트": "%p", "%p": "%p", 원: "KRW", 달러: "USD", 포인트: "포인트", 배: "배" },
    counted: ["개", "명", "곳", "대", "건", "주", "가구"],
    bandAfter: ["대"],
    notCounted: ["년", "월", "일", "주일", "시", "분", "초", "분기", "개월", "위", "차", "번째", "회"],
  },
  dateWords: [],
  direction: {
    fall: ratesOfFall,
    rise: ratesOfRise,
    fallWithUnit: [],
    riseWithUnit: [],
    fallAfter: [...nounsOfFall, ...verbsOfFall],
    riseAfter: [...nounsOfRise, ...verbsOfRise],
    filler: ["약", "전년", "대비", "전년보다", "전월", "전월보다", "전월대비", "전년대비", "전분기", "전분기보다", "동기", "동월", "보다", "무려",
      "각각", "지난해보다", "가량", "전 거래일보다", "전일보다", "전일 대비"],
    // A word of change before the number ends a relative clause: "3.2% 늘어난 587억 달러" is where exports stood.
    level: [...nounsOfFall, ...nounsOfRise, ...verbsOfFall, ...verbsOfRise],
    from: [],
    to: [],
    respectively: ["각각"],
    restate: [],
    negative: ["마이너스"],
    // Korean accounts write a loss as △12.5% (▲ is a rise in Korean tables, unlike Japanese).
    signBefore: ["△", "▼"],
    stems: [...nounsOfFall, ...nounsOfRise, ...verbsOfFall, ...verbsOfRise, ...ratesOfFall, ...ratesOfRise],
    rates: [...ratesOfFall, ...ratesOfRise],
    levelEndings: ["으로", "로", "에서", "에", "까지"],
    toEndings: ["로", "까지"],
    listJoins: ["와", "과", "및"],
  },
  opposites: [["흑자", "적자"], ["이익", "손실"], ["순매수", "순매도"]],
  numberWords: {},
  ordinals: {},
  bases: { year: ["전년 동월 대비", "전년 동기 대비", "전년 대비", "1년 전보다", "작년 같은 기간보다"], previous: ["전월 대비", "전분기 대비", "전기 대비"] },
  periods: [
    { pattern: /(?<n>[1-4])분기/gu, kind: "quarter" },
    { pattern: /상반기/gu, kind: "half", n: 1 },
    { pattern: /하반기/gu, kind: "half", n: 2 },
    { pattern: /1\s?[~～〜-]\s?(?<n>\d{1,2})월/gu, kind: "months" },
  ],
};
