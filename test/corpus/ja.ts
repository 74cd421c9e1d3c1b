// Japanese truth corpus: the Tokyo market close (日経平均株価, TOPIX, 円相場, 売買代金), company earnings
// (純利益, 営業利益, 億円) and economic data, as Japanese financial news writes them: 「3万4279円92銭」,
// 「1.18%安」, 「3兆0857億8300万円」, 「0.1ポイント低下」. Numbers are written in digits throughout.
import type { LanguageCorpus } from "./corpus-types.ts";

const NIKKEI_CLOSE = "20日の東京株式市場で日経平均株価は大幅反落し、終値は前週末比410円14銭安の3万4279円92銭だった。";
const TOPIX_CLOSE = "東証株価指数（TOPIX）は1.18%安の2480.61で終えた。";
const TURNOVER = "東証プライムの売買代金は概算で3兆0857億8300万円、売買高は19億2140万株だった。";
const TOYOTA_Q1 = "トヨタ自動車が発表した2025年4～6月期の連結決算は、純利益が前年同期比37%減の8413億円だった。";
const YEN = "外国為替市場で円相場は1ドル=149円85銭近辺で推移した。";
const SONY_OP = "ソニーグループの4～9月期の営業利益は前年同期比15%増の7685億円となった。";
const CPI_SEP = "総務省が発表した9月の全国消費者物価指数（生鮮食品を除く総合）は前年同月比2.9%上昇した。";
const UNEMPLOYMENT = "完全失業率は2.5%で、前月から0.1ポイント低下した。";
const NTT_SALES = "NTTの4～9月期の売上高は前年同期比3.1%増の6兆6598億円だった。";
const KIRIN_H1 = "キリンホールディングスの1～6月期の純利益は前年同期比12.4%減の585億円だった。";
const ADVANTEST = "アドバンテストは反発し、8.4%高の1万2340円で引けた。";
const REAL_WAGES = "9月の実質賃金は前年同月比1.4%減少し、9カ月連続のマイナスとなった。";
const HONDA_Q1 = "ホンダの2025年4～6月期の連結決算は、営業利益が前年同期比49.6%減の2441億円だった。";
const NYK = "日本郵船の4～9月期の経常利益は前年同期比35%減の1420億円だった。";
const VISITORS = "9月の訪日客数は227万3000人と、前年同月比13.7%増えた。";
const STIMULUS = "政府は総額21兆9000億円の経済対策を閣議決定した。";
const SBG_OPENAI = "ソフトバンクグループは米オープンAIに最大300億ドルを追加出資する。";
const HITACHI = "日立製作所の4～9月期の純利益は前年同期比42%増の3832億円だった。";
const SONY_NET = "ソニーグループは13日、2025年4～9月期の決算を発表した。同社の純利益は前年同期比7.8%増の5702億円だった。";

export const CORPUS: LanguageCorpus = {
  lang: "ja",
  honest: {
    text: [
      {
        article: "トヨタ自動車は通期の純利益予想を従来の2兆6600億円から2兆9300億円に引き上げた。",
        deck: "トヨタは通期純利益予想を2兆9300億円に上方修正",
        note: "an upward revision, in the press's other word",
      },
      {
        article: "インフレ率は2.4%から2.3%に鈍化した。",
        deck: "消費者物価は2.3%上昇",
        note: "a rate's move or level read in its own clause",
      },
      {
        article: "トヨタの純利益は12%増、ホンダの純利益は5%減だった。",
        deck: "純利益：トヨタ12%増、ホンダ5%減",
      },
      {
        article: "9月のインフレ率は2.4%に鈍化した。",
        deck: "9月の物価は前年比2.4%上昇",
        note: "an inflation rate's level is a rise of prices",
      },
      {
        article: "7～9月期の実質GDP成長率は4.6%に減速した。",
        deck: "7～9月期のGDPは4.6%増",
        note: "a growth rate's level is a rise of the economy",
      },
      { article: "最終赤字は1624億円に縮小した。", deck: "純利益はマイナス1624億円", note: "a negative profit is the loss" },
      {
        article: "日産自動車は4～9月期に9億円の赤字となった。",
        deck: "日産、4～9月期は9億円の赤字",
        note: "the article's word for what the number is",
      },
      { article: NIKKEI_CLOSE, deck: "日経平均終値：3万4279円92銭（410円14銭安）" },
      {
        article: "東証株価指数（TOPIX）は29.55ポイント（1.18%）安の2480.61で終えた。",
        deck: "TOPIXは1.18%下落し2480.61",
        note: "the newspaper's 「（1.18%）安」",
      },
      { article: TURNOVER, deck: "プライム売買代金：3兆857億8300万円", note: "「0857」 written without its zero" },
      { article: TOYOTA_Q1, deck: "トヨタ：4～6月期の純利益は8413億円、37%減", note: "「2025年4～6月期」 as 「4～6月期」" },
      { article: YEN, deck: "円相場：1ドル=149円85銭" },
      { article: SONY_OP, deck: "ソニーグループ、4～9月期の営業益は7685億円（15%増）" },
      { article: "日経平均株価は3日続伸し、前日比562円45銭高の3万8923円08銭で取引を終えた。", deck: "日経平均は562円45銭高と3日続伸" },
      { article: CPI_SEP, deck: "9月の全国コアCPIは2.9%上昇" },
      { article: UNEMPLOYMENT, deck: "失業率は2.5%、前月比0.1ポイント低下", note: "ポイント stays ポイント" },
      { article: "日銀は政策金利を0.5%に据え置いた。", deck: "日銀、政策金利0.5%で据え置き", note: "a level" },
      {
        article: "三菱UFJフィナンシャル・グループの4～9月期の純利益は1兆1300億円と、中間期として過去最高だった。",
        deck: "三菱UFJ、4～9月期純利益1兆1300億円で過去最高",
      },
      {
        article: "ソフトバンクグループが発表した2025年4～6月期の連結決算は、最終損益が4218億円の黒字だった。",
        deck: "ソフトバンクグループ、4～6月期は4218億円の最終黒字",
      },
      { article: NTT_SALES, deck: "NTT：売上高6兆6598億円（3.1%増）" },
      {
        article: "東証プライムの値上がり銘柄数は1203、値下がりは381、変わらずは36だった。",
        deck: "値上がり1203銘柄、値下がり381銘柄",
        note: "値上がり and 値下がり name the counts, as in the article",
      },
      { article: "任天堂の4～9月期の純利益は前年同期比27%増の1988億円だった。", deck: "任天堂、純利益1988億円" },
      {
        article: "トヨタ自動車は2026年3月期の営業利益見通しを3兆2000億円に引き下げた。",
        deck: "トヨタ、今期営業益予想を3兆2000億円に下方修正",
        note: "「に」: a level",
      },
      { article: "日本の4～6月期の実質国内総生産（GDP）は前期比0.3%増、年率換算で1.0%増だった。", deck: "4～6月期GDPは年率1.0%増" },
      { article: "ファーストリテイリングは前日比1250円高の5万1320円で終えた。", deck: "ファーストリテイリング、1250円高の5万1320円" },
      { article: "東京エレクトロンが5.2%安となり、1銘柄で日経平均を約150円押し下げた。", deck: "東京エレクトロンは5.2%下落" },
      { article: ADVANTEST, deck: "アドバンテスト8.4%高" },
      { article: KIRIN_H1, deck: "キリンHD純利益：585億円（▲12.4%）", note: "▲ for a fall, as 減" },
      { article: REAL_WAGES, deck: "実質賃金は9カ月連続マイナス、9月は1.4%減" },
      { article: HITACHI, deck: "日立、4～9月期純利益42%増" },
      {
        article: "パナソニックホールディングスは、2026年3月期に国内外で1万人の人員削減を行うと発表した。",
        deck: "パナソニック、1万人削減へ",
      },
      {
        article: "東証株価指数（TOPIX）は4.12ポイント高の2713.44だった。",
        deck: "TOPIXは4.12ポイント上昇し2713.44",
        note: "index points, not percentage points",
      },
      { article: NYK, deck: "日本郵船：経常益1420億円、35%減" },
      { article: "キヤノンは自己株式の取得枠を上限1000億円に設定したと発表した。", deck: "キヤノン、最大1000億円の自社株買い" },
      {
        article: "10年物国債利回りは一時1.665%まで上昇し、約17年ぶりの高水準となった。",
        deck: "長期金利、一時1.665%に上昇",
        note: "「まで上昇」 and 「に上昇」: levels",
      },
      { article: HONDA_Q1, deck: "ホンダ、4～6月期営業益2441億円で49.6%減" },
      { article: "東証プライムの売買高は21億4300万株だった。", deck: "売買高21億4300万株" },
      {
        article: "日経平均は大幅続落し、終値は前日比1.8%安の3万7156円だった。下げ幅は683円に達した。",
        deck: "日経平均1.8%下落、683円下げ",
      },
      {
        article: "トヨタ自動車とホンダはそれぞれ2.1%、3.4%上昇した。",
        deck: "ホンダは3.4%上昇",
        note: "「それぞれ」: both names in the sentence",
      },
      { article: SONY_NET, deck: "ソニーグループの純利益は5702億円", note: "the number's sentence says 「同社」" },
      { article: NIKKEI_CLOSE, deck: "日経平均：34,279.92円", note: "3万4279円92銭 in digits" },
      { article: VISITORS, deck: "訪日客227万3000人（13.7%増）" },
      { article: STIMULUS, deck: "経済対策は総額21.9兆円", note: "21兆9000億円 as 21.9兆円" },
      {
        article: "日銀は政策金利を0.5%に引き上げた。",
        deck: "日銀、政策金利を0.5%に引き上げ",
        note: "「に引き上げ」: the level it was raised to",
      },
    ],
    figures: [
      {
        article: "ソフトバンクグループの4～6月期の最終損益は-4218億円だった。",
        figure: { value: -421.8, unit: "JPY", scale: "billion", label: "ソフトバンクグループの最終損益", quote: "最終損益は-4218億円" },
        note: "a minus written glued after は",
      },
      {
        article: NIKKEI_CLOSE,
        figure: { value: 34279.92, unit: "JPY", label: "日経平均株価の終値", quote: "3万4279円92銭" },
      },
      {
        article: NIKKEI_CLOSE,
        figure: { value: -410.14, unit: "JPY", label: "日経平均株価の前週末比", quote: "前週末比410円14銭安" },
      },
      {
        article: TURNOVER,
        figure: { value: 3.085783, unit: "JPY", scale: "trillion", label: "東証プライムの売買代金", quote: "3兆0857億8300万円" },
      },
      {
        article: TOYOTA_Q1,
        figure: { value: 841.3, unit: "JPY", scale: "billion", label: "トヨタ自動車の4～6月期純利益", quote: "37%減の8413億円" },
        note: "8413億 is 841.3 billion",
      },
      {
        article: TOYOTA_Q1,
        figure: { value: -37, unit: "%", label: "トヨタ自動車の純利益（前年同期比）", quote: "前年同期比37%減" },
      },
      {
        article: TOPIX_CLOSE,
        figure: { value: 1.18, unit: "%", label: "TOPIXの下落率", quote: "1.18%安", direction: "label" },
        note: "the label says the fall",
      },
      {
        article: UNEMPLOYMENT,
        figure: { value: -0.1, unit: "pp", label: "完全失業率の前月比", quote: "0.1ポイント低下" },
      },
      {
        article: SBG_OPENAI,
        figure: {
          value: 30,
          unit: "USD",
          scale: "billion",
          label: "ソフトバンクグループのオープンAI追加出資（上限）",
          quote: "最大300億ドル",
        },
        note: "300億ドル is 30 billion",
      },
      {
        article: VISITORS,
        figure: { value: 2.273, unit: "人", scale: "million", label: "9月の訪日客数", quote: "227万3000人" },
      },
      {
        article: SONY_NET,
        figure: { value: 570.2, unit: "JPY", scale: "billion", label: "ソニーグループの4～9月期純利益", quote: "5702億円" },
        note: "the quote's sentence says 「同社」",
      },
    ],
  },
  slips: {
    text: [
      {
        kind: "sign",
        article: "トヨタ自動車は通期の純利益予想を従来の2兆6600億円から2兆9300億円に引き上げた。",
        deck: "トヨタは通期純利益予想を2兆9300億円に下方修正",
        note: "a forecast raised said as revised down",
      },
      {
        kind: "sign",
        article: "インフレ率は鈍化した。失業率は2.6%に上昇した。",
        deck: "物価は2.6%上昇した",
        note: "another number's level or move given to this one",
      },
      {
        kind: "value",
        article: "9月の消費者物価指数は前年同月比2.4%上昇し、前月比では0.3%上昇した。",
        deck: "9月の物価は前年同月比0.3%上昇",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "subject",
        article: "トヨタの純利益は12%増、ホンダの純利益は5%減だった。",
        deck: "ホンダの純利益は12%増",
        note: "Toyota's 12% given to Honda, in a parallel clause",
      },
      {
        kind: "sign",
        article: "9月のインフレ率は2.4%に鈍化した。",
        deck: "9月の物価は前年比2.4%下落",
        note: "prices rose, at the rate the article gives",
      },
      {
        kind: "sign",
        article: "7～9月期の実質GDP成長率は4.6%に減速した。",
        deck: "7～9月期のGDPは4.6%減",
        note: "the economy grew",
      },
      {
        kind: "sign",
        article: "日産自動車は4～9月期に9億円の赤字となった。",
        deck: "日産、4～9月期は9億円の黒字",
        note: "the opposite of what the article calls the number",
      },
      // sign
      { kind: "sign", article: NIKKEI_CLOSE, deck: "日経平均は410円14銭高", note: "高 for 安" },
      { kind: "sign", article: TOPIX_CLOSE, deck: "TOPIXは1.18%上昇" },
      { kind: "sign", article: TOYOTA_Q1, deck: "トヨタ、4～6月期純利益37%増" },
      {
        kind: "sign",
        article: "日銀は政策金利を0.5%に引き上げた。",
        deck: "日銀、政策金利を0.5%引き上げ",
        note: "a level written as a change: 「に」 dropped",
      },
      {
        kind: "sign",
        article: "キリンホールディングスの1～6月期の純利益は前年同期比12.4%増の585億円だった。",
        deck: "キリンHD純利益585億円（▲12.4%）",
        note: "▲ for a rise",
      },
      { kind: "sign", article: ADVANTEST, deck: "アドバンテスト、8.4%反落" },
      { kind: "sign", article: REAL_WAGES, deck: "9月の実質賃金は1.4%増加" },
      { kind: "sign", article: NYK, deck: "日本郵船、経常益1420億円（35%増）" },
      // scale
      { kind: "scale", article: TURNOVER, deck: "売買代金は約3億円", note: "億 for 兆" },
      { kind: "scale", article: TOYOTA_Q1, deck: "トヨタ純利益8413万円" },
      { kind: "scale", article: SBG_OPENAI, deck: "ソフトバンクグループ、オープンAIに最大300万ドル出資" },
      {
        kind: "scale",
        article: "トヨタ自動車は2026年3月期の営業利益見通しを3兆2000億円に引き下げた。",
        deck: "トヨタ、営業益予想を3億2000万円に下方修正",
      },
      { kind: "scale", article: STIMULUS, deck: "経済対策は総額21.9億円" },
      { kind: "scale", article: HITACHI, deck: "日立、4～9月期純利益3832万円" },
      { kind: "scale", article: NTT_SALES, deck: "NTT売上高6億6598万円" },
      // subject
      {
        kind: "subject",
        article: "トヨタ自動車は2.1%上昇した。ホンダは3.4%上昇した。",
        deck: "トヨタは3.4%上昇",
        known: "names written in kanji and katakana are not read as subjects (only Latin-script names are)",
        note: "ホンダ's number",
      },
      {
        kind: "subject",
        article: "東京エレクトロンが5.2%安となった。アドバンテストは1.9%安だった。",
        deck: "アドバンテストは5.2%安",
        known: "names written in kanji and katakana are not read as subjects (only Latin-script names are)",
      },
      {
        kind: "subject",
        article: "日経平均株価は1.8%安で終えた。東証株価指数（TOPIX）は0.9%安だった。",
        deck: "TOPIXは1.8%下落",
        known: "names written in kanji and katakana are not read as subjects (only Latin-script names are)",
      },
      {
        kind: "subject",
        article: "ソニーグループの4～9月期の営業利益は7685億円だった。任天堂は2821億円だった。",
        deck: "任天堂の営業益は7685億円",
        known: "names written in kanji and katakana are not read as subjects (only Latin-script names are)",
      },
      {
        kind: "subject",
        article: "三菱UFJフィナンシャル・グループの純利益は1兆1300億円だった。三井住友フィナンシャルグループは7800億円だった。",
        deck: "三井住友フィナンシャルグループの純利益は1兆1300億円",
        known: "names written in kanji and katakana are not read as subjects (only Latin-script names are)",
      },
      { kind: "subject", article: "NTTの売上高は3.1%増の6兆6598億円だった。KDDIの売上高は2.9%増だった。", deck: "KDDI、売上高3.1%増" },
      // unit
      { kind: "unit", article: UNEMPLOYMENT, deck: "失業率は0.1%低下", note: "% for ポイント" },
      {
        kind: "unit",
        article: "東証株価指数（TOPIX）は29.55ポイント安の2480.61だった。",
        deck: "TOPIXは29.55%安",
        note: "index points read as a percentage",
      },
      { kind: "unit", article: SBG_OPENAI, deck: "ソフトバンクグループ、オープンAIに最大300億円出資", note: "円 for ドル" },
      { kind: "unit", article: "米ダウ工業株30種平均は前日比450ドル安の4万2000ドルで終えた。", deck: "ダウ平均は450円安" },
      { kind: "unit", article: "消費者物価指数の上昇率は3.0%と、前月から0.2ポイント縮小した。", deck: "物価上昇率は0.2%縮小" },
      // period
      { kind: "period", article: TOYOTA_Q1, deck: "トヨタ、7～9月期の純利益8413億円" },
      { kind: "period", article: SONY_OP, deck: "ソニーグループ、4～6月期の営業益7685億円" },
      { kind: "period", article: CPI_SEP, deck: "8月の全国コアCPIは2.9%上昇" },
      { kind: "period", article: KIRIN_H1, deck: "キリンHD、1～3月期純利益585億円" },
      // value
      { kind: "value", article: NIKKEI_CLOSE, deck: "日経平均終値は3万4729円92銭", note: "digits transposed" },
      { kind: "value", article: TOPIX_CLOSE, deck: "TOPIXは1.81%安" },
      { kind: "value", article: YEN, deck: "円相場は1ドル=148円85銭" },
      { kind: "value", article: HONDA_Q1, deck: "ホンダ営業益2441億円、46.9%減" },
      { kind: "value", article: VISITORS, deck: "訪日客272万3000人" },
    ],
    figures: [
      {
        kind: "sign",
        article: "日産自動車は4～9月期に9億円の赤字となった。",
        figure: { value: 900, unit: "JPY", scale: "million", label: "日産の黒字", quote: "9億円の赤字" },
        note: "the label names the opposite",
      },
      {
        kind: "sign",
        article: "ソフトバンクグループの4～6月期の最終損益は-4218億円だった。",
        figure: { value: 421.8, unit: "JPY", scale: "billion", label: "ソフトバンクグループの最終損益", quote: "最終損益は-4218億円" },
        note: "the minus glued after は, dropped",
      },
      {
        kind: "sign",
        article: NIKKEI_CLOSE,
        figure: { value: 410.14, unit: "JPY", label: "日経平均株価の前週末比", quote: "前週末比410円14銭安" },
        note: "安, but value is positive",
      },
      {
        kind: "sign",
        article: TOPIX_CLOSE,
        figure: { value: 1.18, unit: "%", label: "TOPIXの上昇率", quote: "1.18%安", direction: "label" },
        note: "the label says a rise",
      },
      {
        kind: "scale",
        article: TURNOVER,
        figure: { value: 3.085783, unit: "JPY", scale: "billion", label: "東証プライムの売買代金", quote: "3兆0857億8300万円" },
      },
      {
        kind: "scale",
        article: TOYOTA_Q1,
        figure: { value: 8413, unit: "JPY", scale: "billion", label: "トヨタ自動車の4～6月期純利益", quote: "37%減の8413億円" },
        note: "8413億 taken as 8413 billion",
      },
      {
        kind: "value",
        article: TURNOVER,
        figure: { value: 3, unit: "JPY", scale: "trillion", label: "東証プライムの売買代金", quote: "売買代金は概算で3兆" },
        note: "the quote stops inside 3兆0857億8300万円",
      },
      {
        kind: "subject",
        article: "東京エレクトロンが5.2%安となった。アドバンテストは1.9%安だった。",
        figure: { value: 5.2, unit: "%", label: "アドバンテストの下落率", quote: "東京エレクトロンが5.2%安", direction: "label" },
        known: "names written in kanji and katakana are not read as subjects (only Latin-script names are)",
      },
      {
        kind: "unit",
        article: UNEMPLOYMENT,
        figure: { value: -0.1, unit: "%", label: "完全失業率の前月比", quote: "0.1ポイント低下" },
      },
      {
        kind: "unit",
        article: SBG_OPENAI,
        figure: {
          value: 30,
          unit: "JPY",
          scale: "billion",
          label: "ソフトバンクグループのオープンAI追加出資（上限）",
          quote: "最大300億ドル",
        },
      },
      {
        kind: "period",
        article: TOYOTA_Q1,
        figure: { value: 841.3, unit: "JPY", scale: "billion", label: "トヨタ自動車の7～9月期純利益", quote: "37%減の8413億円" },
      },
    ],
  },
};
