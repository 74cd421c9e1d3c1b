// Indonesian truth corpus: the IHSG, Bank Indonesia's BI-Rate, BPS's inflation, GDP, trade and jobs,
// banks' and companies' results, as Antara, Kontan, Bisnis and CNBC Indonesia write them: a decimal
// comma ("4,95%", "persen"), the rupiah glued to its amount ("Rp41,1 triliun"), "miliar" for a billion,
// "basis poin" and "persen poin", Roman quarters ("kuartal III-2024") and "semester I" for a half.
import type { LanguageCorpus } from "./corpus-types.ts";

const IHSG = "Indeks Harga Saham Gabungan (IHSG) ditutup melemah 1,25% ke level 7.105,42 pada perdagangan Jumat (15/11/2024).";
const BI_RATE = "Bank Indonesia (BI) memutuskan menurunkan BI-Rate sebesar 25 basis poin (bps) menjadi 5,75%.";
const INFLASI =
  "Inflasi tahunan Indonesia melandai ke 1,71% pada Oktober 2024 dari 1,84% pada September, menurut Badan Pusat Statistik (BPS).";
const PDB = "Ekonomi Indonesia pada kuartal III-2024 tumbuh 4,95% secara tahunan (year on year/yoy).";
const BCA =
  "PT Bank Central Asia Tbk (BBCA) membukukan laba bersih Rp41,1 triliun pada sembilan bulan pertama 2024, naik 12,8% secara tahunan.";
const GARUDA = "PT Garuda Indonesia (Persero) Tbk (GIAA) mencatatkan rugi bersih US$131,22 juta pada semester I-2024.";
const EKSPOR = "Nilai ekspor Indonesia pada September 2024 mencapai US$22,08 miliar, turun 5,80 persen dibandingkan Agustus 2024.";
const NERACA = "Neraca perdagangan Indonesia pada September 2024 mencatat surplus US$3,26 miliar, menurut BPS.";
const KONTRAKSI = "Ekonomi Indonesia pada kuartal II-2020 terkontraksi 5,32% secara tahunan.";
const RUPIAH = "Rupiah ditutup melemah 55 poin atau 0,35% ke level Rp15.750 per dolar AS.";
const TPT = "Tingkat pengangguran terbuka (TPT) pada Agustus 2024 sebesar 4,91%, turun 0,41 persen poin dibandingkan Agustus 2023.";
const PENGANGGUR = "Jumlah pengangguran pada Agustus 2024 mencapai 7,47 juta orang.";
const BPR = "Otoritas Jasa Keuangan (OJK) telah mencabut izin usaha 15 bank perekonomian rakyat (BPR) sepanjang tahun ini.";
const PROYEKSI = "Bank Indonesia memperkirakan pertumbuhan ekonomi 2025 berada di kisaran 4,7-5,5%.";
const CADEV =
  "Posisi cadangan devisa Indonesia pada akhir Oktober 2024 sebesar US$151,2 miliar, naik dari US$149,9 miliar pada akhir September.";
const APBN = "APBN mencatat defisit Rp 309,2 triliun atau 1,37% dari produk domestik bruto (PDB) hingga akhir Oktober 2024.";
const APBN_OKTOBER = "Defisit APBN hingga akhir Oktober 2024 mencapai Rp309,2 triliun atau 1,37% dari PDB.";
const ASING = "Investor asing mencatatkan jual bersih (net sell) Rp1,2 triliun di seluruh pasar pada perdagangan hari ini.";
const SAHAM = "Saham BBRI anjlok 3,5% ke Rp4.250 per saham, sementara saham BMRI naik 1,2%.";
const MOBIL = "Penjualan mobil secara wholesales pada Oktober 2024 naik 13% menjadi 77.000 unit, menurut Gaikindo.";
const UNVR = "Laba bersih PT Unilever Indonesia Tbk (UNVR) turun 10,2% menjadi Rp 3,4 triliun pada semester I-2024.";
const DEFLASI = "Indonesia mengalami deflasi 0,12 persen secara bulanan pada September 2024, menurut BPS.";
const GOTO = "Saham GOTO melonjak lebih dari 10% dalam sepekan.";
const PDB_LAMBAT = "Pertumbuhan ekonomi kuartal III-2024 melambat menjadi 4,95% dari 5,05% pada kuartal sebelumnya.";
const PROYEKSI_TURUN = "BI menurunkan proyeksi pertumbuhan ekonomi dari 5,1% menjadi 4,9%.";
const EMAS = "Harga emas Antam naik Rp 10.000 menjadi Rp 1.510.000 per gram.";
const FED = "The Fed memangkas suku bunga acuan sebesar 50 bps ke kisaran 4,75%-5%.";

export const CORPUS: LanguageCorpus = {
  lang: "id",
  honest: {
    text: [
      {
        article:
          "Badan Pusat Statistik (BPS) mencatat inflasi tahunan pada Oktober 2024 melandai ke 1,71% secara tahunan (yoy), dari 1,84% yoy pada September 2024.",
        deck: "Harga konsumen naik 1,84% yoy pada September 2024",
        note: "the start of the rate's move, said of its own month",
      },
      {
        article: "Inflasi tahunan turun menjadi 1,84% pada September 2024.",
        deck: "Harga konsumen naik 1,84% secara tahunan pada September 2024",
        note: "an inflation rate's level is a rise of prices",
      },
      {
        article: "Pertumbuhan ekonomi China melambat menjadi 4,6% pada kuartal ketiga.",
        deck: "Ekonomi China tumbuh 4,6% pada kuartal ketiga",
        note: "a growth rate's level is a rise of the economy",
      },
      { article: IHSG, deck: "IHSG turun 1,25% ke 7.105,42", note: "another verb for the same fall, and the level" },
      { article: IHSG, deck: "IHSG terkoreksi 1,25%, ditutup di level 7.105,42" },
      { article: IHSG, deck: "IHSG: -1,25%", note: "the fall as a minus sign" },
      { article: BI_RATE, deck: "BI memangkas BI-Rate 25 bps menjadi 5,75%", note: "the object between the verb and its size" },
      { article: BI_RATE, deck: "BI-Rate turun 0,25 poin persentase ke 5,75%", note: "25 basis points as 0.25 percentage points" },
      { article: INFLASI, deck: "Inflasi Oktober turun ke 1,71%", note: "a level reached by a fall" },
      { article: INFLASI, deck: "Inflasi melandai dari 1,84% ke 1,71%" },
      { article: INFLASI, deck: "Inflasi tahunan: 1,71% pada Oktober, dari 1,84% pada September", note: "levels" },
      { article: PDB, deck: "Ekonomi kuartal III-2024 tumbuh 4,95% yoy" },
      { article: PDB, deck: "Pertumbuhan ekonomi kuartal ketiga 2024: 4,95%", note: "kuartal III as kuartal ketiga" },
      { article: BCA, deck: "Laba bersih BCA 9M 2024: Rp41,1 triliun (+12,8%)", note: "«sembilan bulan pertama» as 9M" },
      { article: BCA, deck: "BCA raup laba Rp 41,1 triliun dalam sembilan bulan, naik 12,8%" },
      { article: GARUDA, deck: "Garuda rugi bersih US$131,22 juta pada semester I-2024", note: "the amount of a loss, no fall" },
      { article: GARUDA, deck: "Garuda Indonesia merugi US$131,22 juta di paruh pertama 2024", note: "semester I as paruh pertama" },
      { article: EKSPOR, deck: "Ekspor September: US$22,08 miliar (-5,8%)" },
      { article: EKSPOR, deck: "Nilai ekspor merosot 5,8 persen menjadi US$22,08 miliar", note: "a level reached by a fall" },
      { article: NERACA, deck: "Surplus neraca dagang September: 3,26 miliar USD", note: "telegraphic, the code after" },
      { article: KONTRAKSI, deck: "Ekonomi kuartal II-2020 tumbuh minus 5,32%", note: "a negative growth in words" },
      { article: KONTRAKSI, deck: "PDB kuartal II-2020: -5,32% yoy" },
      { article: RUPIAH, deck: "Rupiah melemah 0,35% ke Rp15.750 per dolar AS" },
      { article: RUPIAH, deck: "Rupiah melemah 55 poin (0,35%)", note: "the article's «atau» as brackets" },
      { article: TPT, deck: "TPT turun 0,41 poin persentase menjadi 4,91%", note: "persen poin as poin persentase" },
      { article: PENGANGGUR, deck: "Pengangguran: 7,47 juta orang (Agustus 2024)" },
      { article: BPR, deck: "OJK mencabut izin lima belas bank perekonomian rakyat tahun ini", note: "15 as «lima belas»" },
      { article: CADEV, deck: "Cadangan devisa naik ke US$151,2 miliar", note: "a level reached by a rise" },
      { article: APBN, deck: "Defisit APBN Rp 309,2 triliun (1,37% PDB)" },
      { article: ASING, deck: "Asing net sell Rp1,2 triliun", note: "the article's own English word" },
      { article: SAHAM, deck: "Saham BBRI anjlok 3,5%, BMRI naik 1,2%" },
      { article: MOBIL, deck: "Penjualan mobil Oktober naik 13% jadi 77.000 unit" },
      { article: FED, deck: "The Fed pangkas suku bunga 0,5 poin persentase ke 4,75%-5%" },
      { article: UNVR, deck: "Laba UNVR semester I: Rp 3,4 triliun (-10,2%)" },
      {
        article: UNVR,
        deck: "Laba Unilever Indonesia turun ke Rp 3,4 triliun pada paruh pertama 2024",
        note: "«Rp» apart from its number",
      },
      { article: DEFLASI, deck: "Harga konsumen turun 0,12% (mtm) pada September", note: "deflasi is a fall of prices" },
      { article: GOTO, deck: "Saham GOTO naik lebih dari 10% sepekan", note: "«lebih dari» is a hedge, not «from»" },
      { article: PROYEKSI_TURUN, deck: "BI pangkas proyeksi pertumbuhan dari 5,1% menjadi 4,9%" },
      {
        article: PROYEKSI,
        deck: "BI: ekonomi 2025 tumbuh antara 4,7% dan 5,5%",
        note: "a range said with «antara … dan»; a rate of growth that stands in a range",
      },
      {
        article: PDB_LAMBAT,
        deck: "Ekonomi tumbuh 4,95% di kuartal III",
        note: "the economy grew 4.95%, a rate that slowed to it",
      },
    ],
    figures: [
      { article: IHSG, figure: { value: -1.25, unit: "%", label: "IHSG, perubahan harian", quote: "melemah 1,25%" } },
      {
        article: BCA,
        figure: { value: 41.1, unit: "IDR", scale: "trillion", label: "Laba bersih BCA (9M 2024)", quote: "laba bersih Rp41,1 triliun" },
      },
      {
        article: UNVR,
        figure: {
          value: 3.4,
          unit: "IDR",
          scale: "trillion",
          label: "Laba bersih Unilever Indonesia (semester I-2024)",
          quote: "Rp 3,4 triliun",
        },
      },
      {
        article: GARUDA,
        figure: {
          value: 131.22,
          unit: "USD",
          scale: "million",
          label: "Rugi bersih Garuda (semester I-2024)",
          quote: "rugi bersih US$131,22 juta",
        },
      },
      { article: EKSPOR, figure: { value: -5.8, unit: "%", label: "Ekspor, perubahan bulanan", quote: "turun 5,80 persen" } },
      {
        article: KONTRAKSI,
        figure: { value: -5.32, unit: "%", label: "Pertumbuhan ekonomi kuartal II-2020", quote: "terkontraksi 5,32%" },
      },
      { article: TPT, figure: { value: -0.41, unit: "pp", label: "Perubahan TPT", quote: "turun 0,41 persen poin" } },
    ],
  },
  slips: {
    text: [
      {
        kind: "period",
        article:
          "Badan Pusat Statistik (BPS) mencatat inflasi tahunan pada Oktober 2024 melandai ke 1,71% secara tahunan (yoy), dari 1,84% yoy pada September 2024.",
        deck: "Harga konsumen naik 1,84% yoy pada Oktober 2024",
        note: "September's rate given to October",
      },
      {
        kind: "value",
        article: "Inflasi Oktober 2024 tercatat 0,08% secara bulanan dan 1,71% secara tahunan.",
        deck: "Inflasi Oktober 0,08% secara tahunan",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "sign",
        article: "Inflasi tahunan turun menjadi 1,84% pada September 2024.",
        deck: "Harga konsumen turun 1,84% pada September 2024",
        note: "prices rose, at the rate the article gives",
      },
      {
        kind: "sign",
        article: "Pertumbuhan ekonomi China melambat menjadi 4,6% pada kuartal ketiga.",
        deck: "Ekonomi China menyusut 4,6% pada kuartal ketiga",
        note: "the economy grew",
      },
      {
        kind: "sign",
        article: "Cadangan devisa naik dari 150,2 miliar dolar AS menjadi 155,7 miliar dolar AS.",
        deck: "Cadangan devisa turun dari 155,7 miliar dolar AS menjadi 150,2 miliar dolar AS",
        note: "start and end swapped",
      },
      { kind: "sign", article: IHSG, deck: "IHSG menguat 1,25%" },
      { kind: "sign", article: IHSG, deck: "IHSG: +1,25%" },
      { kind: "sign", article: BI_RATE, deck: "BI menaikkan BI-Rate 25 bps", note: "the object between the verb and its size" },
      {
        kind: "sign",
        article: INFLASI,
        deck: "Inflasi Oktober naik ke 1,71%",
        note: "a level reached by a fall, said as reached by a rise",
      },
      { kind: "sign", article: EKSPOR, deck: "Ekspor September naik 5,8%" },
      { kind: "sign", article: KONTRAKSI, deck: "Ekonomi kuartal II-2020 tumbuh 5,32%" },
      { kind: "sign", article: GARUDA, deck: "Garuda cetak laba bersih US$131,22 juta", note: "the opposite of what the article calls it" },
      { kind: "sign", article: APBN, deck: "Surplus APBN Rp 309,2 triliun" },
      { kind: "sign", article: RUPIAH, deck: "Rupiah menguat 0,35%" },
      { kind: "sign", article: RUPIAH, deck: "Rupiah menguat 55 poin" },
      { kind: "sign", article: BCA, deck: "Laba BCA turun 12,8% dalam sembilan bulan" },
      { kind: "sign", article: TPT, deck: "TPT naik 0,41 persen poin" },
      { kind: "sign", article: UNVR, deck: "Laba Unilever Indonesia naik menjadi Rp 3,4 triliun", note: "a level reached by a fall" },
      { kind: "sign", article: DEFLASI, deck: "Inflasi: 0,12% pada September", note: "deflasi named inflasi" },
      { kind: "sign", article: DEFLASI, deck: "Harga konsumen naik 0,12% pada September" },
      { kind: "sign", article: GOTO, deck: "Saham GOTO turun 10%" },
      {
        kind: "sign",
        article: "Investor asing mencatatkan jual bersih Rp 1,2 triliun di seluruh pasar.",
        deck: "Asing catat beli bersih Rp 1,2 triliun",
      },
      {
        kind: "sign",
        article: ASING,
        deck: "Asing catat beli bersih Rp1,2 triliun",
        known: "wordsAround (opposite-words.ts) stops at the bracket of «jual bersih (net sell) Rp1,2»",
      },
      {
        kind: "sign",
        article: APBN_OKTOBER,
        deck: "Surplus APBN Rp 309,2 triliun",
        known:
          "wordsAround (opposite-words.ts) reads back from the number only to the year («Defisit APBN hingga akhir Oktober 2024 mencapai Rp309,2»): a digit stops it, so «defisit» is not read",
      },
      {
        kind: "sign",
        article: APBN_OKTOBER,
        deck: "Surplus APBN Rp309,2 triliun",
        known: "wordsAround (opposite-words.ts) stops at the year of «akhir Oktober 2024 mencapai Rp309,2 triliun»",
      },
      {
        kind: "sign",
        article: EMAS,
        deck: "Emas Antam turun Rp 10.000",
      },
      {
        kind: "sign",
        article: DEFLASI,
        deck: "Inflasi September 0,12%",
        note: "a month name before the number; «inflasi» is a rate of rise, where the article has a deflation",
      },
      {
        kind: "sign",
        article: PROYEKSI_TURUN,
        deck: "BI menaikkan proyeksi pertumbuhan ke 4,9%",
        known:
          "moveBeforeFrom (move-reach.ts) reads back from «dari» over filler words only, not past the verb's object («menurunkan proyeksi pertumbuhan ekonomi dari 5,1%»): the 4,9% is a level reached by no move",
      },
      { kind: "scale", article: APBN, deck: "Defisit APBN Rp 309,2 miliar", note: "miliar for triliun: 1000×" },
      { kind: "scale", article: NERACA, deck: "Surplus neraca dagang US$3,26 juta" },
      { kind: "scale", article: UNVR, deck: "Laba Unilever Indonesia Rp 3,4 miliar" },
      { kind: "scale", article: BCA, deck: "Laba bersih BCA Rp41,1 miliar" },
      { kind: "unit", article: BI_RATE, deck: "BI memangkas BI-Rate 0,25% menjadi 5,75%", note: "percentage points as percent" },
      { kind: "unit", article: TPT, deck: "TPT turun 0,41%" },
      { kind: "unit", article: GARUDA, deck: "Garuda rugi bersih Rp131,22 juta", note: "rupiah for dollars" },
      { kind: "unit", article: "Nilai ekspor mencapai 22,08 miliar dolar AS.", deck: "Ekspor Rp 22,08 miliar" },
      { kind: "unit", article: UNVR, deck: "Laba Unilever Indonesia US$3,4 triliun" },
      { kind: "value", article: IHSG, deck: "IHSG ditutup di level 7.150,42" },
      { kind: "value", article: INFLASI, deck: "Inflasi Oktober 1,81%" },
      { kind: "value", article: PENGANGGUR, deck: "Pengangguran: 7,74 juta orang" },
      { kind: "subject", article: SAHAM, deck: "Saham BMRI anjlok 3,5%", note: "BBRI's number" },
      { kind: "period", article: BCA, deck: "Laba bersih BCA semester I 2024: Rp41,1 triliun", note: "nine months as a half" },
      { kind: "period", article: PDB, deck: "Ekonomi kuartal II-2024 tumbuh 4,95%" },
      { kind: "period", article: GARUDA, deck: "Garuda rugi US$131,22 juta pada kuartal I-2024" },
      { kind: "number-words", article: MOBIL, deck: "Penjualan mobil naik tiga persen", note: "tiga belas heard as tiga" },
      { kind: "number-words", article: BPR, deck: "OJK mencabut izin lima bank perekonomian rakyat tahun ini" },
      {
        kind: "number-words",
        article: BPR,
        deck: "OJK mencabut izin lima BPR tahun ini",
        known:
          "a number word is read as a claim only with a unit, a scale word, or a word the article counts with a number (here «bank», not «BPR»)",
      },
    ],
    figures: [
      { kind: "sign", article: IHSG, figure: { value: 1.25, unit: "%", label: "IHSG, perubahan harian", quote: "melemah 1,25%" } },
      {
        kind: "sign",
        article: GARUDA,
        figure: { value: 131.22, unit: "USD", scale: "million", label: "Laba bersih Garuda", quote: "rugi bersih US$131,22 juta" },
        note: "the label names the opposite",
      },
      {
        kind: "sign",
        article: EKSPOR,
        figure: { value: 5.8, unit: "%", label: "Kenaikan ekspor September", quote: "turun 5,80 persen", direction: "label" },
      },
      {
        kind: "unit",
        article: GARUDA,
        figure: { value: 131.22, unit: "IDR", scale: "million", label: "Rugi bersih Garuda", quote: "rugi bersih US$131,22 juta" },
      },
      {
        kind: "scale",
        article: UNVR,
        figure: { value: 3.4, unit: "IDR", scale: "billion", label: "Laba bersih Unilever Indonesia", quote: "Rp 3,4 triliun" },
      },
      { kind: "unit", article: TPT, figure: { value: -0.41, unit: "%", label: "Perubahan TPT", quote: "turun 0,41 persen poin" } },
      {
        kind: "period",
        article: UNVR,
        figure: {
          value: 3.4,
          unit: "IDR",
          scale: "trillion",
          label: "Laba bersih Unilever Indonesia (kuartal II-2024)",
          quote: "Rp 3,4 triliun",
        },
      },
    ],
  },
};
