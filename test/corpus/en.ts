// English truth corpus: article passages in the styles of wire and business news (bank earnings,
// Wall Street closes, trade and inflation data, central-bank decisions) against what a deck says of them.
import type { LanguageCorpus } from "./corpus-types.ts";

// A central bank's move stands after its object ("cut interest rates by"), and British papers glue
// units on ("$5bn", "3pc", "50bp").
const FED_CUT = "The Federal Reserve cut interest rates by 50 basis points on Wednesday, to a range of 4.75% to 5%.";
const BOE_FORECAST = "The Bank of England raised its growth forecast for this year by 0.3 percentage points to 1.5%.";
const APPLE_VALUE = "Apple lost $5bn in market value on Monday.";
const BT_SHARES = "Shares in BT fell 3pc on Monday after the results.";
const TESCO = "Tesco's annual profit rose by £300 million to £2.8 billion.";
const OECD = "The OECD trimmed its 2025 growth forecast by 0.1 point to 3.1%.";
const NVIDIA_WIPE = "DeepSeek's R1 model wiped $600 billion off Nvidia's market value.";
const GUIDANCE_RANGE = "The company expects revenue of $5-6 billion this year.";

export const CORPUS: LanguageCorpus = {
  lang: "en",
  honest: {
    text: [
      {
        article: "The so-called core CPI increased 3.1% year-on-year in September, down from 3.2% in August.",
        deck: "Core CPI eased to 3.1% y/y from 3.2%",
        note: "the CPI is a rate: its rise of 3.1% is the level it eased to",
      },
      {
        article: "Core inflation, which excludes energy and food, slowed to 4.2%.",
        deck: "Core prices rose 4.2%",
        note: "the rate named before an aside between commas",
      },
      {
        article: "The IMF cut its 2025 growth forecast to 3.0% from 3.2%.",
        deck: "The IMF cut its growth forecast to 3.0%",
        note: "a level's move read past the verb's object, a month's percentage, a move's start",
      },
      {
        article: "The IMF cut its 2025 growth forecast to 3.0% from 3.2%.",
        deck: "IMF sees 3.0% growth in 2025",
        note: "a level's move read past the verb's object, a month's percentage, a move's start",
      },
      {
        article: "Shares of the company rose to $52.30 on Monday.",
        deck: "Shares rose to $52.30",
        note: "a level's move read past the verb's object, a month's percentage, a move's start",
      },
      {
        article: "The Fed kept its benchmark rate at 4.5%.",
        deck: "The Fed held rates at 4.5%",
        note: "a level's move read past the verb's object, a month's percentage, a move's start",
      },
      {
        article: "Annual inflation eased to 3.2% in March from 3.5% in February, the statistics office said.",
        deck: "Inflation: 3.2% in March, down from 3.5%",
        note: "a level's move read past the verb's object, a month's percentage, a move's start",
      },
      {
        article: "Inflation rose to 2.0% in October, after 1.6% in September.",
        deck: "Consumer prices rose 1.6% in September",
        note: "the month before, named",
      },
      {
        article: "Inflation fell 0.3 percentage points more than economists had expected.",
        deck: "Inflation fell 0.3 percentage points.",
        note: "a rate's move or level read in its own clause",
      },
      {
        article: "Growth was -0.5% in the quarter.",
        deck: "The economy shrank 0.5% in the quarter",
        note: "a rate's move or level read in its own clause",
      },
      {
        article: "Inflation rose to 2.0% in October, after 1.6% in September.",
        deck: "Inflation was 1.6% in September",
        note: "a rate's move or level read in its own clause",
      },
      {
        article: "Consumer prices rose 2.0% year on year in October. Month on month, prices rose 0.4%.",
        deck: "Prices rose 0.4% month on month in October",
        note: "a change against the basis the article gives it",
      },
      {
        article: "Consumer prices rose 2.0% year on year in October. Month on month, prices rose 0.4%.",
        deck: "Prices rose 0.4% in October",
        note: "a change against the basis the article gives it",
      },
      {
        article: "Consumer prices rose 2.0% from a year earlier and 0.4% from the previous month.",
        deck: "Prices up 2.0% y/y, 0.4% m/m",
        note: "a change against the basis the article gives it",
      },
      {
        article: "Prices rose 0.4% on the month, and 2.0% from a year earlier.",
        deck: "Prices rose 0.4% month on month",
        note: "a change against the basis the article gives it",
      },
      {
        article: "Annual inflation eased to 3.2% in March from 3.5% in February, the statistics office said.",
        deck: "Consumer prices rose 3.2% year on year in March",
        note: "inflation is a rate of change: its level of 3.2%, reached by a fall, is a rise of prices",
      },
      {
        article: "China's economic growth slowed to 4.6% in the third quarter from 4.7% in the second quarter.",
        deck: "China's economy grew 4.6% in the third quarter",
        note: "growth's level is a rise of the economy",
      },
      {
        article: "Average hourly earnings rose 0.3% after gaining 0.4% in November.",
        deck: "Wage growth slowed to 0.3% m/m from 0.4%",
        note: "a rate's level in the deck, a rise in the article",
      },
      {
        article: "Shipments to the United States fell 3% in May. Sales in China rose 5%.",
        deck: "Exports to the US dropped 3%",
        note: "«US» for «the United States»",
      },
      {
        article: "The company reported revenue of $10 billion. That was 5% more than a year earlier. Profit fell 2%.",
        deck: "Revenue up 5%",
        note: "the measure named in the sentence before («That was 5% more»)",
      },
      {
        article: "Alphabet posted revenue of $102.3 billion in the third quarter, up 16% from a year earlier.",
        deck: "Revenue up 16%",
        note: "a clause that names no measure of its own restates its sentence's",
      },
      {
        article: "The unemployment rate is expected to rise to 4.5% from the current 4.2%.",
        deck: "Unemployment seen rising from 4.2% to 4.5%",
        note: "from and to in the other order",
      },
      {
        article: "The trade gap narrowed to $60 billion as the petroleum surplus grew.",
        deck: "US trade deficit narrowed to $60 billion",
        note: "the surplus three words past the scale word is another thing's",
      },
      {
        article: "The European Central Bank cut its deposit rate by 25 basis points to 2%, while the Bank of England held rates at 4%.",
        deck: "ECB cuts its deposit rate to 2%",
        note: "an acronym of a name the article writes whole",
      },
      {
        article: "The Fed cut its key rate by a quarter of a percentage point to a range of 4.25% to 4.50%.",
        deck: "Fed cuts its key rate by 25 bp to 4.25–4.50%",
        note: "a quarter of a percentage point, in basis points",
      },
      { article: "Employers added 256,000 jobs in December.", deck: "Payrolls +256k in December" },
      {
        article: "The IMF expects growth of 3.2% in 2024 and 3.3% in 2025.",
        deck: "IMF sees growth of 3.2–3.3% through 2025",
        note: "years between a range's ends",
      },
      { article: "The jobless rate fell from 4.3% to 4.1%.", deck: "Jobless rate down to 4.1% (from 4.3%)" },
      {
        article: "The FTSE 100 fell 0.4% to 9,712.35.",
        deck: "FTSE 100 -0.4% at 9,712.35",
        note: "a minus sign after an index's number is no range",
      },
      {
        article: "Investors pulled a net $200 million from bitcoin ETFs on Monday after ten days of inflows.",
        deck: "Bitcoin ETFs: net outflows of $200 million",
        note: "the opposite word is another event's",
      },
      { article: "The S&P 500 fell 1% on profit-taking.", deck: "S&P 500 notched a 1% loss", note: "profit-taking is no profit" },
      {
        article: "Intel's net loss stood at $16.6 billion in the third quarter.",
        deck: "Intel net income: -$16.6 billion",
        note: "a negative income is the loss",
      },
      {
        article: "The IMF sees growth of 3% to 4% this year, down from 5% last year.",
        deck: "IMF: growth of 3–4% this year",
        note: "a range the article writes with to",
      },
      {
        article: "Intel reported a net loss of $16.6 billion for the third quarter.",
        deck: "Intel Q3 profit: −$16.6bn",
        note: "a negative profit is the loss",
      },
      {
        article: "Intel reported a net loss of $16.6 billion for the third quarter.",
        deck: "Intel: net loss of $16.6bn in Q3",
        note: "the article's word for what the number is",
      },
      {
        article: "Oil prices fell 4,2% over the quarter, the company said.",
        deck: "Oil prices fell 4,2% over the quarter",
        note: "the article's own «4,2», repeated as it stands: no more and no less than the article says",
      },
      {
        article: "JPMorgan Chase reported third-quarter net income of $14.4 billion, up 12% from a year earlier.",
        deck: "JPMorgan Q3 profit: $14.4bn, +12%",
        note: "third-quarter as Q3, billion as bn",
      },
      {
        article: "The Nasdaq Composite rose 1.2% to close at 19,341.43, a record high.",
        deck: "Nasdaq closes at record 19,341.43",
      },
      {
        article: "The S&P 500 fell 2.7% on Monday, its steepest one-day drop since December 2022.",
        deck: "S&P 500 down 2.7% on Monday",
      },
      {
        article: "Consumer prices rose 2.9% in August from a year earlier, the Labor Department said.",
        deck: "CPI up 2.9% year on year in August",
      },
      {
        article: "The Federal Reserve cut its benchmark rate by 0.25 percentage point to a range of 4% to 4.25%.",
        deck: "Fed cuts rates by 0.25 percentage point",
      },
      {
        article: "The Federal Reserve cut its benchmark rate by 0.25 percentage point to a range of 4% to 4.25%.",
        deck: "Fed trims 0.25pp; range now 4% to 4.25%",
        note: "percentage point abbreviated pp; the range is a level",
      },
      {
        article: "Net income at Bank of America, Citigroup and Wells Fargo rose 23%, 16% and 9%, respectively.",
        deck: "Citigroup profit up 16%",
        note: "respectively: the deck names one of the three subjects of the sentence",
      },
      {
        article: "Microsoft reported results after the bell on Tuesday. Its revenue rose 18% to $77.7 billion in the quarter.",
        deck: "Microsoft revenue climbs 18% to $77.7bn",
        note: "the sentence with the numbers says «Its»; the subject is named one sentence before",
      },
      {
        article: "Exports rose 4.1% to $280.8 billion in July, while imports fell 1.3%.",
        deck: "Exports: $280.8bn in July",
        note: "no proper name on either side",
      },
      {
        article: "Trade in July. Exports 22.3 billion dollars, imports 19.8 billion dollars.",
        deck: "Exports 22.3 billion dollars in July",
      },
      { article: "The CAC 40 fell 1.2% on Friday.", deck: "CAC 40: −1.2%", note: "an index's name and its number" },
      {
        article: "Reliance Industries posted a net profit of Rs 16,563 crore in the quarter.",
        deck: "Reliance profit ₹16,563 crore",
        note: "«Rs» before the number is the rupee, as «₹» is",
      },
      {
        article: "Reliance Industries posted a net profit of Rs 16,563 crore in the quarter.",
        deck: "Reliance profit Rs 165.63 billion",
        note: "a crore is 10⁷",
      },
      {
        article: "Revenue was $1.91 billion in the first quarter, $2.05 billion in the second and $2.4 billion in the third.",
        deck: "Q3 revenue: $2.4 billion",
        note: "the third quarter named by its ordinal alone, after the first quarter in the same sentence",
      },
      {
        article: "Apple shares have fallen in five of the past six sessions.",
        deck: "Apple down in 5 of the last 6 sessions",
        note: "number words in the article, digits in the deck",
      },
      {
        article: "The Bank of Japan has held rates steady for 10 consecutive meetings.",
        deck: "BOJ on hold for ten straight meetings",
        note: "digits in the article, a number word in the deck",
      },
      {
        article: "Alphabet posted revenue of $102.3 billion in the third quarter of 2025, up 16% from a year earlier.",
        deck: "Alphabet Q3 2025 revenue: $102.3bn",
      },
      {
        article: "Alphabet posted revenue of $102.3 billion in the third quarter of 2025, up 16% from a year earlier.",
        deck: "Alphabet revenue up 16% in Q3/2025",
        note: "third quarter of 2025 written as Q3/2025",
      },
      {
        article: "In the first half of 2025, Tesla delivered 720,803 vehicles, down 13% from a year earlier.",
        deck: "Tesla H1 2025 deliveries: 720,803",
        note: "first half of 2025 written as H1 2025",
      },
      {
        article: "Netflix added 18.9 million paid subscribers in the fourth quarter.",
        deck: "Netflix adds 18.9 million subscribers in Q4",
      },
      {
        article: "China's exports grew 8.3% in September from a year earlier, beating forecasts.",
        deck: "China exports up 8.3% in September",
      },
      {
        article: "The Dow Jones Industrial Average lost 537.36 points, or 1.2%, to 44,593.65.",
        deck: "Dow loses 1.2% to 44,593.65",
        note: "a fall word before the change, «to» before the level",
      },
      {
        article: "Britain's annual inflation rate eased to 3.8% in September from 4.1% in August.",
        deck: "UK inflation 3.8% in September",
        note: "no direction word in the deck",
      },
      {
        article: "The European Central Bank left its deposit rate unchanged at 2%.",
        deck: "ECB holds deposit rate at 2%",
      },
      {
        article: "The euro and the yen weakened 0.4% and 0.7% against the dollar, respectively.",
        deck: "Yen slips 0.7% against the dollar",
      },
      {
        article: "HSBC reported pre-tax profit of $6.1 billion for the quarter. The bank's revenue fell 3% to $16.5 billion.",
        deck: "HSBC revenue down 3% to $16.5bn",
        note: "the revenue sentence names no bank, only «the bank's»",
      },
      {
        article: "The U.S. economy grew at a 3.8% annualized rate in the second quarter of 2025.",
        deck: "US GDP: 3.8% annualized growth in Q2 2025",
      },
      {
        article: "The unemployment rate rose 0.1 percentage point to 4.3% in August.",
        deck: "Unemployment up 0.1 pp to 4.3%",
      },
      {
        article: "Berkshire Hathaway's cash pile swelled to a record $344.1 billion at the end of September.",
        deck: "Berkshire cash: record $344.1bn",
      },
      {
        article: "Nvidia on Wednesday became the first company to reach a market value of $5 trillion.",
        deck: "Nvidia worth $5 trillion",
      },
      {
        article: "Employers added 22,000 jobs in August, well below economists' forecasts.",
        deck: "Only 22,000 jobs added in August",
      },
      {
        article: "Shell said it would buy back $3.5 billion of shares over the next three months.",
        deck: "Shell: $3.5bn buyback over 3 months",
      },
      {
        article: "Siemens posted net profit of €2.2 billion in its fiscal fourth quarter.",
        deck: "Siemens net profit €2.2bn",
      },
      {
        article: "Brent crude fell 4 percent to $62.10 a barrel on Thursday.",
        deck: "Brent -4% to $62.10",
        note: "«percent» as «%», a minus sign for the article's fall",
      },
      {
        article: "Gold rose 1.5% to $4,021.50 an ounce.",
        deck: "Gold: $4,021.50 an ounce",
      },
      {
        article: "Tesla shares jumped 22% on Thursday after the company reported stronger-than-expected deliveries.",
        deck: "Tesla stock +22% on deliveries",
      },
      {
        article: "Japan's Nikkei 225 index closed up 2.2% at 48,088.80.",
        deck: "Nikkei ends at 48,088.80, up 2.2%",
      },
      {
        article: "Goldman Sachs' third-quarter profit rose 37% to $4.1 billion.",
        deck: "Goldman Q3 profit $4.1bn, up 37%",
      },
      {
        article: "Eight of the S&P 500's 11 sectors ended higher.",
        deck: "8 of 11 S&P 500 sectors closed higher",
      },
      {
        article: "Starbucks said it would close 40 stores in North America.",
        deck: "Starbucks to close forty stores",
        note: "a tens number word against digits",
      },
      { article: FED_CUT, deck: "Fed cuts rates by 50 bp" },
      { article: FED_CUT, deck: "The Fed lowered its benchmark rate by 50 basis points, to 4.75%–5%" },
      { article: BOE_FORECAST, deck: "BoE lifts its growth forecast by 0.3 percentage points, to 1.5%" },
      { article: APPLE_VALUE, deck: "Apple lost $5bn in market value" },
      { article: BT_SHARES, deck: "BT shares fell 3pc", note: "a unit glued on, the same word as the article's" },
      { article: TESCO, deck: "Tesco profit up £300m to £2.8bn", note: "m for million after a currency sign" },
      { article: OECD, deck: "OECD cuts its 2025 forecast by 0.1 point, to 3.1%" },
      { article: NVIDIA_WIPE, deck: "R1 wiped $600bn off Nvidia" },
    ],
    figures: [
      {
        article:
          "Fed holds rates at 4.25%-4.5%, signals two cuts. The Federal Reserve held its benchmark overnight interest rate steady in the 4.25%-4.50% range on Wednesday.",
        figure: { value: 4.25, unit: "%", label: "Fed funds target, lower bound", quote: "in the 4.25%" },
        note: "«Fed», the article's own short form of «Federal Reserve»",
      },
      {
        article: "The European Central Bank cut its deposit rate by 25 basis points to 2%, while the Bank of England held rates at 4%.",
        figure: { value: 2, unit: "%", label: "ECB deposit rate", quote: "to 2%" },
      },
      {
        article: "JPMorgan Chase reported third-quarter net income of $14.4 billion, up 12% from a year earlier.",
        figure: { value: 14.4, unit: "USD", scale: "billion", label: "JPMorgan Chase Q3 net income", quote: "$14.4 billion" },
      },
      {
        article: "The S&P 500 fell 2.7% on Monday, its steepest one-day drop since December 2022.",
        figure: { value: -2.7, unit: "%", label: "S&P 500 on Monday", quote: "fell 2.7%" },
      },
      {
        article: "In the first half of 2025, Tesla delivered 720,803 vehicles, down 13% from a year earlier.",
        figure: { value: 13, unit: "%", label: "Tesla H1 deliveries down", direction: "label", quote: "down 13%" },
        note: "direction: label, and the label says the fall",
      },
      {
        article: "The Federal Reserve cut its benchmark rate by 0.25 percentage point to a range of 4% to 4.25%.",
        figure: {
          value: -0.25,
          unit: "pp",
          label: "Federal Reserve benchmark rate",
          quote: "cut its benchmark rate by 0.25 percentage point",
        },
      },
      {
        article: "The unemployment rate rose 0.1 percentage point to 4.3% in August.",
        figure: { value: 0.1, unit: "pp", label: "Unemployment rate, August", quote: "rose 0.1 percentage point" },
      },
      {
        article: "Net income at Bank of America, Citigroup and Wells Fargo rose 23%, 16% and 9%, respectively.",
        figure: { value: 16, unit: "%", label: "Citigroup net income growth", quote: "16%" },
        note: "respectively: the label names one of the subjects of the sentence",
      },
      {
        article: "Microsoft reported results after the bell on Tuesday. Its revenue rose 18% to $77.7 billion in the quarter.",
        figure: { value: 77.7, unit: "USD", scale: "billion", label: "Microsoft quarterly revenue", quote: "$77.7 billion" },
        note: "the quote's sentence says «Its»; Microsoft is named one sentence before",
      },
      {
        article: "The Nasdaq Composite rose 1.2% to close at 19,341.43, a record high.",
        figure: { value: 19341.43, label: "Nasdaq Composite close", quote: "close at 19,341.43" },
      },
      {
        article: "Siemens posted net profit of €2.2 billion in its fiscal fourth quarter.",
        figure: { value: 2.2, unit: "EUR", scale: "billion", label: "Siemens net profit", quote: "€2.2 billion" },
      },
      {
        article: "The Dow Jones Industrial Average lost 537.36 points, or 1.2%, to 44,593.65.",
        figure: { value: -537.36, unit: "points", label: "Dow Jones Industrial Average", quote: "lost 537.36 points" },
      },
      { article: FED_CUT, figure: { value: -50, unit: "bp", label: "Fed rate move", quote: "cut interest rates by 50 basis points" } },
      { article: GUIDANCE_RANGE, figure: { value: 5, unit: "USD", scale: "billion", label: "Revenue, low end", quote: "$5-6 billion" } },
    ],
  },
  slips: {
    text: [
      {
        kind: "sign",
        article: "Core inflation, which excludes energy and food, slowed to 4.2%.",
        deck: "Core inflation rose 4.2%",
        note: "the rate moved by it",
      },
      {
        kind: "sign",
        article: "The IMF cut its 2025 growth forecast to 3.0% from 3.2%.",
        deck: "The IMF raised its growth forecast to 3.0%",
        note: "a forecast cut said as raised, a level's move reversed, a start given as an end",
      },
      {
        kind: "period",
        article: "Inflation rose to 2.0% in October, after 1.6% in September.",
        deck: "Consumer prices rose 1.6% in October",
        note: "September's level given to October",
      },
      {
        kind: "sign",
        article: "Inflation was 2.4%, unemployment fell to 3.9%.",
        deck: "Consumer prices rose 3.9%.",
        note: "another number's level or move given to this one",
      },
      {
        kind: "sign",
        article: "Inflation fell 0.3 percentage points more than economists had expected.",
        deck: "Inflation rose 0.3 percentage points.",
        note: "another number's level or move given to this one",
      },
      {
        kind: "sign",
        article: "Amid slowing growth the company's quarterly revenue rose to $5 billion.",
        deck: "Revenue rose $5 billion.",
        note: "another number's level or move given to this one",
      },
      {
        kind: "sign",
        article: "Growth was -0.5% in the quarter.",
        deck: "The economy grew 0.5% in the quarter",
        note: "another number's level or move given to this one",
      },
      {
        kind: "sign",
        article: "Inflation rose to 2.0% in October, after 1.6% in September.",
        deck: "Consumer prices rose 1.6%",
        note: "another number's level or move given to this one",
      },
      {
        kind: "value",
        article: "Consumer prices rose 2.0% year on year in October. Month on month, prices rose 0.4%.",
        deck: "Consumer prices rose 0.4% year on year in October",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "value",
        article: "Consumer prices rose 2.0% from a year earlier and 0.4% from the previous month.",
        deck: "Prices up 0.4% y/y",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "sign",
        article: "Growth slowed and unemployment rose to 4.5% in May.",
        deck: "Unemployment rose 4.5% in May",
        note: "growth is named before «and»: the 4.5% is unemployment's level",
      },
      {
        kind: "sign",
        article: "Annual inflation eased to 3.2% in March from 3.5% in February, the statistics office said.",
        deck: "Inflation rose to 3.2% in March",
        note: "the rate fell to 3.2%",
      },
      {
        kind: "sign",
        article: "Annual inflation eased to 3.2% in March from 3.5% in February, the statistics office said.",
        deck: "Inflation fell 3.2% in March",
        note: "a fall of 3.2 where the rate fell to 3.2%",
      },
      {
        kind: "sign",
        article: "China's economic growth slowed to 4.6% in the third quarter from 4.7% in the second quarter.",
        deck: "China's economy shrank 4.6% in the third quarter",
        note: "growth of 4.6% said as a contraction",
      },
      {
        kind: "subject",
        article: "Shipments to the United States fell 3% in May. Sales in China rose 5%.",
        deck: "Exports to the US rose 5%",
        note: "China's 5% given to «the United States»",
      },
      {
        kind: "subject",
        article: "Harbor's revenue rose 4.1% to $14.6 billion in the quarter. Same-store sales rose 3.2%.",
        deck: "Revenue grew 3.2% to $14.6 billion",
        note: "a lower-case measure of another number: the 3.2% is same-store sales",
        known:
          "«revenue» stands in the sentence before the 3.2%'s, and the 3.2% naming its own measure («same-store sales») is no proof: an article's synonym reads the same (measure-words.ts)",
      },
      {
        kind: "sign",
        article: "The unemployment rate is expected to rise to 4.5% from the current 4.2%.",
        deck: "Unemployment expected to fall from 4.5% to 4.2%",
        note: "start and end swapped",
      },
      {
        kind: "sign",
        article: "The unemployment rate is expected to rise to 4.5% from the current 4.2%.",
        deck: "Unemployment to rise from 4.5% to 4.2%",
        note: "start and end swapped, the verb kept",
      },
      {
        kind: "sign",
        article: "Uber swung to a net profit of $2 billion from a net loss of $1 billion a year earlier.",
        deck: "Uber posted a net loss of $2 billion",
        note: "the loss after «from» is the other number's",
      },
      {
        kind: "subject",
        article: "The European Central Bank cut its deposit rate by 25 basis points to 2%, while the Bank of England held rates at 4%.",
        deck: "ECB holds at 4%",
        note: "the Bank of England's rate; its «Bank» is not the ECB's",
      },
      {
        kind: "sign",
        article: "The Fed cut its key rate by a quarter of a percentage point to a range of 4.25% to 4.50%.",
        deck: "Fed hikes by 25 bp",
      },
      {
        kind: "sign",
        article: "Intel reported a net loss of $16.6 billion in the third quarter.",
        deck: "Intel earned $16.6 billion in Q3",
        note: "a verb on the positive side for the article's loss",
      },
      { kind: "sign", article: "The jobless rate fell from 4.3% to 4.1%.", deck: "Jobless rate rose to 4.1%" },
      {
        kind: "value",
        article: "The IMF sees growth of 3% to 4% this year, down from 5% last year.",
        deck: "IMF: growth of 3–5% this year",
        note: "each end is in the article, the range is not",
      },
      {
        kind: "sign",
        article: "Intel reported a net loss of $16.6 billion for the third quarter.",
        deck: "Intel net income: $16.6 billion in Q3",
        note: "the opposite of what the article calls the number",
      },
      { kind: "sign", article: FED_CUT, deck: "Fed raises rates by 50 basis points", note: "the verb's object between it and its number" },
      { kind: "sign", article: FED_CUT, deck: "Fed hikes by 50bp" },
      { kind: "sign", article: TESCO, deck: "Tesco profit down £300m" },
      { kind: "sign", article: OECD, deck: "OECD raised its 2025 growth forecast by 0.1 point", note: "a year inside the verb's object" },
      { kind: "sign", article: NVIDIA_WIPE, deck: "R1 adds $600bn to Nvidia's value" },
      { kind: "sign", article: BOE_FORECAST, deck: "BoE cuts its growth forecast by 0.3 percentage points" },
      { kind: "sign", article: APPLE_VALUE, deck: "Apple gained $5bn in market value", note: "«$5bn» passed as a name the article has" },
      { kind: "sign", article: BT_SHARES, deck: "BT shares rose 3pc" },
      {
        kind: "unit",
        article: "The 10-year Treasury yield rose 8 basis points to 4.41%.",
        deck: "10-year yield up 8 percentage points",
        note: "basis points as percentage points: a hundred times the move",
      },
      {
        kind: "value",
        article: "Oil prices fell 4,2% over the quarter, the company said.",
        deck: "Oil prices fell 2% over the quarter",
        note: "«4,2» is no number in English: its 2 is not a number the article states",
      },
      {
        kind: "value",
        article: "Oil prices fell 4.2% over the quarter, the company said.",
        deck: "Oil prices fell 4,2% over the quarter",
        note: "a decimal comma in an English deck: neither 4 nor 2",
      },
      // sign
      {
        kind: "sign",
        article: "JPMorgan Chase reported third-quarter net income of $14.4 billion, up 12% from a year earlier.",
        deck: "JPMorgan profit fell 12% in Q3",
      },
      {
        kind: "sign",
        article: "The S&P 500 fell 2.7% on Monday, its steepest one-day drop since December 2022.",
        deck: "S&P 500 rose 2.7% on Monday",
      },
      {
        kind: "sign",
        article: "China's exports grew 8.3% in September from a year earlier, beating forecasts.",
        deck: "China exports dropped 8.3% in September",
      },
      {
        kind: "sign",
        article: "The Nasdaq Composite rose 1.2% to close at 19,341.43, a record high.",
        deck: "Nasdaq fell to 19,341.43",
        note: "a level both sides, but the deck says it was reached by a fall",
      },
      {
        kind: "sign",
        article: "Britain's annual inflation rate eased to 3.8% in September from 4.1% in August.",
        deck: "UK inflation falls 3.8% in September",
        note: "the article's 3.8% is the level inflation eased to, not the size of the fall",
      },
      {
        kind: "sign",
        article: "Tesla shares jumped 22% on Thursday after the company reported stronger-than-expected deliveries.",
        deck: "Tesla stock -22% on deliveries",
        note: "a minus sign for the article's rise",
      },
      {
        kind: "sign",
        article: "Gold rose 1.5% to $4,021.50 an ounce.",
        deck: "Gold down 1.5%",
      },
      // scale
      {
        kind: "scale",
        article: "JPMorgan Chase reported third-quarter net income of $14.4 billion, up 12% from a year earlier.",
        deck: "JPMorgan Q3 net income: $14.4 million",
      },
      {
        kind: "scale",
        article: "Netflix added 18.9 million paid subscribers in the fourth quarter.",
        deck: "Netflix adds 18.9bn subscribers in Q4",
      },
      {
        kind: "scale",
        article: "Berkshire Hathaway's cash pile swelled to a record $344.1 billion at the end of September.",
        deck: "Berkshire cash: record $344.1 million",
      },
      {
        kind: "scale",
        article: "Nvidia on Wednesday became the first company to reach a market value of $5 trillion.",
        deck: "Nvidia worth $5 billion",
      },
      {
        kind: "scale",
        article: "Microsoft reported results after the bell on Tuesday. Its revenue rose 18% to $77.7 billion in the quarter.",
        deck: "Microsoft revenue $77.7 million",
      },
      {
        kind: "scale",
        article: "Exports rose 4.1% to $280.8 billion in July, while imports fell 1.3%.",
        deck: "Exports: $280.8 million in July",
      },
      {
        kind: "scale",
        article: "Reliance Industries posted a net profit of Rs 16,563 crore in the quarter.",
        deck: "Reliance profit Rs 16,563 lakh",
        note: "lakh (10⁵) for crore (10⁷), read in English as in Hindi",
      },
      {
        kind: "unit",
        article: "Reliance Industries posted a net profit of Rs 16,563 crore in the quarter.",
        deck: "Reliance profit $16,563 crore",
      },
      {
        kind: "scale",
        article: "Maybank's revenue rose to RM2.5 billion.",
        deck: "Maybank revenue RM2.5 million",
        note: "«RM» glued on is the ringgit, no name",
      },
      {
        kind: "scale",
        article: "Trade in July. Exports 22.3 billion dollars, imports 19.8 billion dollars.",
        deck: "Exports 22.3 million dollars",
        note: "a word and a number in both, as a name is (CAC 40); a scale after the number makes it a measure",
      },
      // subject
      {
        kind: "subject",
        article: "Net income at Bank of America rose 23% in the quarter. Citigroup's profit rose 16%.",
        deck: "Bank of America profit up 16%",
      },
      {
        kind: "subject",
        article: "The Nasdaq Composite rose 1.2% on Friday. The S&P 500 gained 0.8%.",
        deck: "S&P 500 up 1.2%",
      },
      {
        kind: "subject",
        article: "Goldman Sachs' third-quarter profit rose 37% to $4.1 billion. Morgan Stanley earned $4.6 billion.",
        deck: "Morgan Stanley Q3 profit $4.1bn",
      },
      {
        kind: "subject",
        article: "Microsoft's revenue rose 18% to $77.7 billion. Alphabet's cloud revenue grew 34%.",
        deck: "Alphabet revenue up 18%",
      },
      {
        kind: "subject",
        article: "Brent crude fell 4 percent to $62.10 a barrel. West Texas Intermediate settled at $58.50.",
        deck: "West Texas Intermediate at $62.10",
        known:
          "the article writes the other subject only at the start of a sentence, where a capital says nothing: it is read as a name only when the deck writes it too",
      },
      {
        kind: "subject",
        article: "Toyota's operating profit fell 18% in the quarter. Honda's slid 41%.",
        deck: "Toyota profit down 41%",
      },
      // unit
      {
        kind: "unit",
        article: "The unemployment rate rose 0.1 percentage point to 4.3% in August.",
        deck: "Unemployment up 0.1% in August",
        note: "percentage points written as percent",
      },
      {
        kind: "unit",
        article: "The Federal Reserve cut its benchmark rate by 0.25 percentage point to a range of 4% to 4.25%.",
        deck: "Fed cuts rates by 0.25%",
      },
      {
        kind: "unit",
        article: "The Dow Jones Industrial Average lost 537.36 points, or 1.2%, to 44,593.65.",
        deck: "Dow loses 1.2 points",
        note: "a percentage written as index points",
      },
      {
        kind: "unit",
        article: "Siemens posted net profit of €2.2 billion in its fiscal fourth quarter.",
        deck: "Siemens net profit $2.2bn",
        note: "euros written as dollars",
      },
      {
        kind: "unit",
        article: "Toyota's operating profit fell 18% to ¥1.2 trillion in the quarter.",
        deck: "Toyota operating profit $1.2 trillion",
      },
      {
        kind: "unit",
        article: "Japan's Nikkei 225 index closed up 2.2% at 48,088.80.",
        deck: "Nikkei up 2.2 points",
        note: "points are no percentage, though the article counts no points",
      },
      // number-words
      {
        kind: "number-words",
        article: "Costco's net sales rose 13% to $86.2 billion in the quarter.",
        deck: "Costco posts a three percent rise in net sales",
        note: "«three» is 3, not the article's 13",
      },
      {
        kind: "number-words",
        article: "Apple shares have fallen in five of the past six sessions.",
        deck: "Apple down in 4 of the last 6 sessions",
      },
      {
        kind: "number-words",
        article: "The Bank of Japan has held rates steady for 10 consecutive meetings.",
        deck: "BOJ on hold for eleven straight meetings",
        known: "a number word is read as a claim only with a unit, a scale word, or a word the article counts with a number",
      },
      {
        kind: "number-words",
        article: "Shell said it would buy back $3.5 billion of shares over the next three months.",
        deck: "Shell: $3.5bn buyback over 6 months",
      },
      {
        kind: "number-words",
        article: "Eight of the S&P 500's 11 sectors ended higher.",
        deck: "Eighteen S&P 500 sectors closed higher",
        known: "a number word is read as a claim only with a unit, a scale word, or a word the article counts with a number",
      },
      {
        kind: "number-words",
        article: "Starbucks said it would close 40 stores in North America.",
        deck: "Starbucks to close fourteen stores",
      },
      // period
      {
        kind: "period",
        article: "Alphabet posted revenue of $102.3 billion in the third quarter of 2025, up 16% from a year earlier.",
        deck: "Alphabet Q2 2025 revenue: $102.3bn",
      },
      {
        kind: "period",
        article: "In the first half of 2025, Tesla delivered 720,803 vehicles, down 13% from a year earlier.",
        deck: "Tesla H2 2025 deliveries: 720,803",
      },
      {
        kind: "period",
        article: "Consumer prices rose 2.9% in August from a year earlier, the Labor Department said.",
        deck: "CPI up 2.9% in July",
      },
      {
        kind: "period",
        article: "Netflix added 18.9 million paid subscribers in the fourth quarter.",
        deck: "Netflix adds 18.9 million subscribers in Q3",
      },
      {
        kind: "period",
        article: "The U.S. economy grew at a 3.8% annualized rate in the second quarter of 2025.",
        deck: "US GDP grew 3.8% in Q2 2024",
        note: "the right quarter, the wrong year",
      },
      // value
      {
        kind: "value",
        article: "The Nasdaq Composite rose 1.2% to close at 19,341.43, a record high.",
        deck: "Nasdaq closes at 19,314.43",
        note: "two digits swapped",
      },
      {
        kind: "value",
        article: "JPMorgan Chase reported third-quarter net income of $14.4 billion, up 12% from a year earlier.",
        deck: "JPMorgan Q3 net income $14.1bn",
      },
      {
        kind: "value",
        article: "Employers added 22,000 jobs in August, well below economists' forecasts.",
        deck: "220,000 jobs added in August",
      },
      {
        kind: "value",
        article: "Berkshire Hathaway's cash pile swelled to a record $344.1 billion at the end of September.",
        deck: "Berkshire cash: record $341.4bn",
      },
      {
        kind: "value",
        article: "Consumer prices rose 2.9% in August from a year earlier, the Labor Department said.",
        deck: "CPI up 2.7% in August",
      },
    ],
    figures: [
      {
        kind: "sign",
        article: "Intel reported a net loss of $16.6 billion for the third quarter.",
        figure: { value: 16.6, unit: "USD", scale: "billion", label: "Intel net income", quote: "net loss of $16.6 billion" },
        note: "the label names the opposite",
      },
      {
        kind: "sign",
        article: FED_CUT,
        figure: { value: 50, unit: "bp", label: "Fed rate move", quote: "cut interest rates by 50 basis points" },
      },
      {
        kind: "scale",
        article: GUIDANCE_RANGE,
        figure: { value: 5, unit: "USD", label: "Revenue, low end", quote: "$5-6 billion" },
        note: "a range's scale word is its first end's too: the slide printed $5.00",
      },
      {
        kind: "unit",
        article: FED_CUT,
        figure: { value: -50, unit: "%", label: "Fed rate move", quote: "cut interest rates by 50" },
        note: "the quote stops before «basis points»",
      },
      {
        kind: "unit",
        article: "The Federal Reserve cut rates by 0.25 percentage points.",
        figure: { value: 0.25, unit: "basis points", label: "Fed rate cut", quote: "0.25 percentage points" },
        note: "the figure would print 0.25 basis points, a hundredth of the cut",
      },
      {
        kind: "value",
        article: "Oil prices fell 4,2% over the quarter, the company said.",
        figure: { value: -2, unit: "%", label: "Oil prices", quote: "fell 4,2%" },
        note: "the 2 of «4,2» took a figure of 2% as the article's (the draft wrote it so from an Arabic article)",
      },
      {
        kind: "sign",
        article: "The S&P 500 fell 2.7% on Monday, its steepest one-day drop since December 2022.",
        figure: { value: 2.7, unit: "%", label: "S&P 500 on Monday", quote: "fell 2.7%" },
        note: "a fall written as a positive value without direction: label",
      },
      {
        kind: "sign",
        article: "In the first half of 2025, Tesla delivered 720,803 vehicles, down 13% from a year earlier.",
        figure: { value: 13, unit: "%", label: "Tesla H1 deliveries up", direction: "label", quote: "down 13%" },
        note: "direction: label, but the label says a rise",
      },
      {
        kind: "scale",
        article: "JPMorgan Chase reported third-quarter net income of $14.4 billion, up 12% from a year earlier.",
        figure: { value: 14.4, unit: "USD", scale: "million", label: "JPMorgan Chase Q3 net income", quote: "$14.4 billion" },
      },
      {
        kind: "subject",
        article: "Net income at Bank of America rose 23% in the quarter. Citigroup's profit rose 16%.",
        figure: { value: 16, unit: "%", label: "Bank of America net income growth", quote: "rose 16%" },
      },
      {
        kind: "unit",
        article: "The unemployment rate rose 0.1 percentage point to 4.3% in August.",
        figure: { value: 0.1, unit: "%", label: "Unemployment rate, August", quote: "rose 0.1 percentage point" },
      },
      {
        kind: "unit",
        article: "Siemens posted net profit of €2.2 billion in its fiscal fourth quarter.",
        figure: { value: 2.2, unit: "USD", scale: "billion", label: "Siemens net profit", quote: "€2.2 billion" },
      },
      {
        kind: "value",
        article: "Microsoft reported results after the bell on Tuesday. Its revenue rose 18% to $77.7 billion in the quarter.",
        figure: { value: 7.77, unit: "USD", scale: "billion", label: "Microsoft quarterly revenue", quote: "$77.7 billion" },
      },
      {
        kind: "period",
        article: "Alphabet posted revenue of $102.3 billion in the third quarter of 2025, up 16% from a year earlier.",
        figure: { value: 102.3, unit: "USD", scale: "billion", label: "Alphabet Q2 2025 revenue", quote: "$102.3 billion" },
      },
    ],
  },
};
