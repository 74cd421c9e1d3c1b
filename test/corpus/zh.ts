// Chinese truth corpus: the Shanghai and Hong Kong indexes, the National Bureau of Statistics' CPI,
// GDP and jobs, listed companies' results and the yuan, as Chinese financial news writes them
// ("116亿元", "同比增长5.2%", "0.1个百分点", "56个基点").
import type { LanguageCorpus } from "./corpus-types.ts";

const SHANGHAI = "上证指数收跌1.2%，报3245.67点。";
const HANG_SENG = "恒生指数下跌2.3%，收报19876点，科技股普遍走弱。";
const CPI = "国家统计局数据显示，10月份全国居民消费价格指数同比上涨0.2%，环比下降0.3%。";
const GDP = "初步核算，前三季度国内生产总值同比增长5.2%。";
const BYD = "比亚迪第三季度净利润为116亿元，同比增长11.5%。";
const MOUTAI = "贵州茅台前三季度实现营业收入1231亿元，同比增长16.9%。";
const TENCENT = "腾讯控股第二季度收入为1611亿元，同比增长8%。";
const UNEMPLOYMENT = "10月份全国城镇调查失业率为5.1%，比上月下降0.1个百分点。";
const EXPORTS = "以美元计价，10月出口同比下降3.5%，进口同比增长1.2%。";
const RRR = "中国人民银行决定下调金融机构存款准备金率0.5个百分点。";
const YUAN = "人民币兑美元中间价下调56个基点，报7.1250。";
const RETAIL = "10月份社会消费品零售总额为45396亿元，同比增长4.8%。";
const INDUSTRY = "9月份规模以上工业增加值同比增长4.5%，增速比上月回落0.6个百分点。";
const RESERVES = "截至10月末，我国外汇储备规模为32150亿美元，较9月末上升0.8%。";
const NIO = "蔚来汽车10月交付新车2.1万辆，同比减少12%。";
const ALIBABA = "阿里巴巴股价上涨4.6%，京东下跌1.8%。";
const PROPERTY = "1至10月份，全国房地产开发投资同比下降10.3%。";

export const CORPUS: LanguageCorpus = {
  lang: "zh",
  honest: {
    text: [
      {
        article: "9月CPI同比上涨0.4%，环比上涨0.2%。",
        deck: "9月CPI同比上涨0.4%",
        note: "a change against the basis the article gives it",
      },
      {
        article: "9月CPI同比上涨0.4%，环比上涨0.2%。",
        deck: "9月CPI环比上涨0.2%",
        note: "a change against the basis the article gives it",
      },
      {
        article: "比亚迪第三季度营收增长24%，特斯拉营收增长8%。",
        deck: "营收：比亚迪+24%，特斯拉+8%",
        note: "each company its own number",
      },
      {
        article: "比亚迪第三季度营收增长24%，特斯拉营收增长8%。",
        deck: "比亚迪三季度营收增长24%",
      },
      {
        article: "9月份通胀率降至2.4%。",
        deck: "9月物价同比上涨2.4%",
        note: "an inflation rate's level is a rise of prices",
      },
      {
        article: "三季度经济增速放缓至4.6%。",
        deck: "三季度经济同比增长4.6%",
        note: "a growth rate's level is a rise of the economy",
      },
      { article: "央行下调存款准备金率0.5个百分点。", deck: "降准50个基点" },
      {
        article: "万科2024年预计亏损约450亿元。",
        deck: "万科2024年净利润约−450亿元",
        note: "a year is nobody's profit; a negative profit is the loss",
      },
      {
        article: "今年前10个月贸易顺差为8000亿美元。",
        deck: "前10个月贸易顺差8000亿美元",
        note: "the article's word for what the number is",
      },
      { article: SHANGHAI, deck: "上证指数下跌1.2%，报3245.67点", note: "«收跌» as «下跌»" },
      { article: SHANGHAI, deck: "上证指数：-1.2%", note: "a fall as a minus sign" },
      { article: HANG_SENG, deck: "恒指跌2.3%，收于19876点" },
      { article: CPI, deck: "10月CPI同比上涨0.2%" },
      { article: CPI, deck: "CPI环比下降0.3%" },
      { article: GDP, deck: "前三季度GDP同比增长5.2%" },
      { article: BYD, deck: "比亚迪三季度净利润116亿元，增长11.5%", note: "第三季度 as 三季度" },
      { article: MOUTAI, deck: "贵州茅台前三季度营收1231亿元，同比增长16.9%" },
      { article: TENCENT, deck: "腾讯第二季度收入1611亿元，增长8%" },
      { article: UNEMPLOYMENT, deck: "城镇调查失业率5.1%，下降0.1个百分点", note: "points stay points" },
      { article: EXPORTS, deck: "10月出口同比下降3.5%" },
      { article: RRR, deck: "央行降准0.5个百分点" },
      { article: YUAN, deck: "人民币中间价报7.1250" },
      { article: RETAIL, deck: "社会消费品零售总额45396亿元，增长4.8%" },
      { article: INDUSTRY, deck: "9月规模以上工业增加值同比增长4.5%，增速回落0.6个百分点" },
      { article: RESERVES, deck: "外汇储备32150亿美元，上升0.8%" },
      { article: NIO, deck: "蔚来10月交付2.1万辆，同比减少12%" },
      { article: ALIBABA, deck: "阿里巴巴股价上涨4.6%" },
      { article: PROPERTY, deck: "1至10月房地产开发投资下降10.3%" },
    ],
    figures: [
      { article: SHANGHAI, figure: { value: -1.2, unit: "%", label: "上证指数", quote: "收跌1.2%" } },
      {
        article: BYD,
        figure: { value: 11.6, unit: "CNY", scale: "billion", label: "比亚迪净利润", quote: "116亿元" },
        note: "116亿 is 11.6 billion: the format's scales are the thousand's powers",
      },
      { article: GDP, figure: { value: 5.2, unit: "%", label: "GDP增速", quote: "同比增长5.2%" } },
      { article: EXPORTS, figure: { value: -3.5, unit: "%", label: "出口", quote: "出口同比下降3.5%" } },
      { article: NIO, figure: { value: -12, unit: "%", label: "蔚来交付量", quote: "同比减少12%" } },
    ],
  },
  slips: {
    text: [
      {
        kind: "sign",
        article: "通胀率从0.3%回落至0.2%。",
        deck: "通胀率升至0.3%",
        note: "a forecast cut said as raised, a level's move reversed, a start given as an end",
      },
      {
        kind: "sign",
        article: "通胀有所放缓。失业率上升至3.9%。",
        deck: "物价上涨3.9%",
        note: "another number's level or move given to this one",
      },
      {
        kind: "sign",
        article: "经济增速放缓，失业率上升至5.3%。",
        deck: "经济增长5.3%",
        note: "another number's level or move given to this one",
      },
      {
        kind: "sign",
        article: "通胀率降至2.4%。",
        deck: "通胀率升至2.4%",
        note: "another number's level or move given to this one",
      },
      {
        kind: "value",
        article: "9月CPI同比上涨0.4%，环比上涨0.2%。",
        deck: "9月CPI同比上涨0.2%",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "subject",
        article: "比亚迪第三季度营收增长24%，特斯拉营收增长8%。",
        deck: "特斯拉营收增长24%",
        note: "BYD's 24% given to Tesla: no capitals, so read by its parallel clauses",
      },
      {
        kind: "subject",
        article: "比亚迪第三季度营收增长24%，特斯拉营收增长8%。",
        deck: "比亚迪营收增长8%",
        note: "Tesla's 8% given to BYD",
      },
      {
        kind: "sign",
        article: "9月份通胀率降至2.4%。",
        deck: "9月物价同比下降2.4%",
        note: "prices rose, at the rate the article gives",
      },
      {
        kind: "sign",
        article: "三季度经济增速放缓至4.6%。",
        deck: "三季度经济同比下降4.6%",
        note: "the economy grew",
      },
      {
        kind: "sign",
        article: "今年前10个月贸易顺差为8000亿美元。",
        deck: "前10个月贸易逆差8000亿美元",
        note: "the opposite of what the article calls the number",
      },
      // sign
      { kind: "sign", article: SHANGHAI, deck: "上证指数上涨1.2%" },
      { kind: "sign", article: CPI, deck: "CPI环比上涨0.3%" },
      { kind: "sign", article: EXPORTS, deck: "10月出口同比增长3.5%" },
      { kind: "sign", article: NIO, deck: "蔚来10月交付量同比增长12%" },
      { kind: "sign", article: PROPERTY, deck: "房地产开发投资增长10.3%" },
      { kind: "sign", article: RESERVES, deck: "外汇储备下降0.8%" },
      // scale
      { kind: "scale", article: BYD, deck: "比亚迪三季度净利润116万元", note: "万 for 亿: 10⁴ for 10⁸" },
      { kind: "scale", article: RETAIL, deck: "社会消费品零售总额45396万元" },
      { kind: "scale", article: NIO, deck: "蔚来10月交付2.1亿辆" },
      // unit
      { kind: "unit", article: UNEMPLOYMENT, deck: "失业率下降0.1%", note: "points as a percentage" },
      { kind: "unit", article: INDUSTRY, deck: "工业增加值增速回落0.6%", note: "points as a percentage" },
      { kind: "unit", article: YUAN, deck: "人民币中间价下调56%", note: "basis points as a percentage" },
      // subject
      {
        kind: "subject",
        article: ALIBABA,
        deck: "京东股价上涨4.6%",
        note: "Alibaba's rise given to JD",
        known: "names in Chinese characters are not read as subjects (as in Japanese)",
      },
      // value
      { kind: "value", article: GDP, deck: "前三季度GDP同比增长5.3%" },
      { kind: "value", article: MOUTAI, deck: "贵州茅台营收1321亿元" },
    ],
    figures: [
      {
        kind: "sign",
        article: "今年前10个月贸易顺差为8000亿美元。",
        figure: { value: 800, unit: "USD", scale: "billion", label: "贸易逆差", quote: "贸易顺差为8000亿美元" },
        note: "the label names the opposite",
      },
      { kind: "sign", article: CPI, figure: { value: 0.3, unit: "%", label: "CPI环比", quote: "环比下降0.3%" } },
      { kind: "sign", article: GDP, figure: { value: -5.2, unit: "%", label: "GDP增速", quote: "同比增长5.2%" } },
      {
        kind: "scale",
        article: BYD,
        figure: { value: 116, unit: "CNY", scale: "billion", label: "比亚迪净利润", quote: "116亿元" },
        note: "亿 read as a billion: ten times the article",
      },
      { kind: "value", article: TENCENT, figure: { value: 1161, unit: "CNY", scale: "billion", label: "腾讯收入", quote: "1611亿元" } },
    ],
  },
};
