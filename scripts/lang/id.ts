// Indonesian. Words do not inflect for tense or number, but take prefixes: each form the press writes
// is listed ("turun", "menurunkan", "diturunkan", "penurunan"), with the bare root of headlines ("BI
// pangkas suku bunga"). The object may stand between a verb and its size ("menurunkan BI-Rate sebesar
// 25 bps"). "Semester" is a half year, quarters are Roman ("kuartal III-2024"). Left out of the number
// words: "satu", as in "salah satu" (one of). "Dari" is "from", not a level: "lebih dari 10%" is a hedge.
import { countWords, type LanguageWords } from "./language.ts";

const small = ["nol", "", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "dua belas",
  "tiga belas", "empat belas", "lima belas", "enam belas", "tujuh belas", "delapan belas", "sembilan belas", "dua puluh"];
const tens = ["tiga puluh", "empat puluh", "lima puluh", "enam puluh", "tujuh puluh", "delapan puluh", "sembilan puluh"];
const months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

export const id: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "Sumber",
    article: "Artikel",
    published: "Terbit",
    figure: "Angka",
    quote: "Kutipan artikel",
    derivedFrom: "Dihitung",
    unsourced: "Bukan dari artikel",
    unsourcedNote: "Data grafik dari penyusun, belum dicocokkan dengan artikel",
    own: "Kata-kata penyusun",
    ownNote: "Bukan dari artikel",
    notes: "Catatan pembicara",
    slide: "Slide",
    noNotes: "Tidak ada catatan untuk slide ini.",
    quotes: ["“", "”"],
    approx: "sekitar ",
    keyPoints: "Pokok-pokok",
    keyFigures: "Angka-angka utama",
    sideBySide: "Perbandingan angka",
    fromParagraph: "Dari paragraf",
    review: "periksa",
    draftComments: {
      header:
        "Draf awal dari {file}, dibuat dengan `npm run draft`. Setiap angka di bawah dikutip dari artikel dan sudah diperiksa; label dan kuncinya ditebak dari kata-kata di sekitar tiap angka: periksa kembali.",
      noDate: "artikel tidak mencantumkan tanggal: diisi tanggal hari ini; perbaiki",
      noFigures: "tidak ada angka yang ditemukan dalam artikel",
      shorten: "kalimat-kalimat teras berita: persingkat",
      sharedTitle: "dari label angka-angkanya: pastikan judul menyebut apa yang dibandingkan, dan yang dibandingkan setara",
      nameTitle: "sebutkan apa yang dibandingkan; pertahankan grafik hanya bila angkanya setara",
    },
  },
  units: {
    percent: ["persen"],
    // BPS writes "persen poin", others "poin persentase".
    points: ["persen poin", "poin persentase", "poin persen", "basis poin", "bps", "bp"],
    basisPoints: ["basis poin", "bps", "bp"],
    indexPoints: ["poin"],
    rangeTo: ["hingga", "sampai", "sampai dengan"],
    rangeAnd: ["dan"],
    between: ["antara"],
    rangeArticles: [],
    // Older spellings, still in print.
    scaleSpellings: { milyar: "miliar", trilyun: "triliun" },
    // Not "dolar" alone: "dolar Singapura", "dolar Australia".
    currencies: { IDR: ["rupiah"], USD: ["dolar AS", "dolar Amerika Serikat", "dolar Amerika"], EUR: ["euro"] },
  },
  draft: {
    hedges: ["sekitar", "hampir", "nyaris", "kurang lebih", "lebih dari", "kurang dari", "kira-kira", "sekira", "setidaknya", "sedikitnya",
      "mendekati"],
    ranks: ["peringkat", "nomor", "no.", "urutan", "top", "versi", "kuartal", "triwulan", "semester", "tahap", "jilid"],
    units: {
      persen: "%",
      // Headlines capitalise every word ("Tumbuh 4,95 Persen").
      Persen: "%",
      "persen poin": "persen poin",
      "poin persentase": "poin persentase",
      "basis poin": "basis poin",
      bps: "bps",
      poin: "poin",
      rupiah: "IDR",
      "dolar AS": "USD",
      kali: "kali",
    },
    links: ["sebesar", "senilai", "sebanyak", "mencapai", "menjadi", "ke", "di", "pada", "dari", "yang", "adalah", "ialah", "yakni", "tercatat",
      "mencatatkan", "membukukan", "meraup", "dengan", "untuk", "oleh", "level", "posisi", "secara", "dalam", "itu", "ini", "juga",
      "telah", "sudah", "masih", "berada", "hanya", "total", "sekitar", "hingga"],
    // With the verbs that report a clause ("BPS mencatat ekonomi … tumbuh"), which often stand for "bahwa" (that).
    joins: ["dan", "sementara", "sedangkan", "namun", "tetapi", "tapi", "setelah", "sehingga", "karena", "ketika", "seiring", "sebelum",
      "meski", "meskipun", "adapun", "bahwa", "mencatat", "mengatakan", "menyatakan", "menyebutkan", "melaporkan", "memperkirakan",
      "dibandingkan", "dibanding"],
    counted: ["orang", "bank", "perusahaan", "emiten", "unit", "saham", "pekerja", "karyawan", "nasabah", "rumah", "kendaraan", "mobil",
      "negara", "provinsi", "kabupaten", "kantor", "cabang", "gerai", "proyek", "kasus", "investor", "rekening", "BPR"],
    notCounted: ["tahun", "bulan", "minggu", "pekan", "hari", "jam", "menit", "detik", "kuartal", "triwulan", "semester", "dekade",
      "peringkat", "tingkat", "sesi"],
  },
  dateWords: ["tanggal", "tgl."],
  direction: {
    fall: ["turun", "menurun", "menurunkan", "diturunkan", "turunkan", "penurunan", "melemah", "pelemahan", "anjlok", "merosot",
      "kemerosotan", "terkoreksi", "koreksi", "terkontraksi", "kontraksi", "berkurang", "menyusut", "susut", "penyusutan", "memangkas",
      "dipangkas", "pangkas", "terpangkas", "pemangkasan", "melandai", "melambat", "perlambatan", "ambles", "amblas", "ambruk",
      "jatuh", "longsor", "tergelincir", "terjun", "jeblok", "rontok", "tertekan", "tergerus", "terdepresiasi", "depresiasi",
      "menyempit", "deflasi"],
    rise: ["naik", "menaikkan", "dinaikkan", "naikkan", "kenaikan", "meningkat", "meningkatkan", "ditingkatkan", "peningkatan", "menguat",
      "penguatan", "melonjak", "lonjakan", "melesat", "meroket", "melambung", "melejit", "terdongkrak", "terkerek", "terangkat",
      "tumbuh", "bertumbuh", "pertumbuhan", "bertambah", "penambahan", "menanjak", "terapresiasi", "apresiasi", "membaik", "melebar",
      "membengkak", "mendaki", "menghijau"],
    // Verbs that take an object: "memotong 5.000 karyawan" cuts a count, it is no fall of it.
    fallWithUnit: ["kehilangan", "memotong", "mengurangi"],
    riseWithUnit: ["menambah", "plus"],
    fallAfter: [],
    riseAfter: [],
    // "Rp" written apart ("menjadi Rp 3,4 triliun") is no currency sign to the readers: read past it.
    filler: ["rp", "sebesar", "sekitar", "hampir", "nyaris", "lebih", "tipis", "tajam", "signifikan", "hingga", "sedikit", "lagi", "sebanyak",
      "masing-masing", "berturut-turut", "kurang", "setidaknya", "sedalam", "sekira"],
    level: ["ke", "menjadi", "jadi", "di", "pada", "ke level", "di level", "pada level", "ke posisi", "di posisi", "ke angka", "di angka",
      "ke kisaran", "di kisaran", "tercatat", "mencapai", "senilai", "bertahan di"],
    from: ["dari"],
    previous: ["setelah"],
    to: ["menjadi", "ke", "jadi"],
    by: ["sebesar"],
    objectBefore: true,
    // "Pertumbuhan ekonomi sebesar 4,95%", "inflasi melandai ke 1,71%": rates of change, a rise of what
    // grew or of prices ("inflasi naik ke 1,71%" is still refused there: the rate reached it by a fall).
    rates: ["pertumbuhan", "laju pertumbuhan", "tingkat pertumbuhan", "inflasi"],
    respectively: ["masing-masing", "berturut-turut"],
    restate: ["atau", "setara", "setara dengan", "yakni", "yaitu"],
    negative: ["minus", "negatif"],
  },
  // "Aksi ambil untung" is profit-taking; "laba rugi" the income statement.
  notOpposites: ["ambil untung", "laba rugi", "laba/rugi", "untung rugi"],
  opposites: [["laba bersih", "rugi bersih"], ["laba", "rugi"], ["untung", "merugi"], ["keuntungan", "kerugian"], ["surplus", "defisit"], ["inflasi", "deflasi"],
    ["beli bersih", "jual bersih"], ["net buy", "net sell"]],
  numberWords: countWords(small, tens),
  ordinals: { pertama: 1, kedua: 2, ketiga: 3, keempat: 4 },
  bases: { year: ["secara tahunan", "yoy", "year on year"], previous: ["secara bulanan", "mtm", "secara kuartalan", "qtq"] },
  periods: [
    { pattern: /(?:kuartal|triwulan) (?:ke-?)?(?<n>iv|i{1,3}|[1-4]|pertama|kedua|ketiga|keempat)(?![\p{L}\p{N}])/giu, kind: "quarter" },
    { pattern: /semester (?:ke-?)?(?<n>ii|i|[12]|pertama|kedua)(?![\p{L}\p{N}])/giu, kind: "half" },
    { pattern: /paruh (?<n>pertama|kedua)/giu, kind: "half" },
    { pattern: /(?<n>\p{L}+|\d{1,2}) bulan pertama/giu, kind: "months" },
    // BPS: "Januari–September 2024" is the first nine months.
    ...months.slice(1).map((month, m) => ({ pattern: new RegExp(`Januari ?[–-] ?${month}`, "giu"), kind: "months" as const, n: m + 2 })),
  ],
};
