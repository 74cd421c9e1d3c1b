// Vietnamese truth corpus: article passages in the styles of Vietnamese business news (bank earnings,
// VN-Index closes, trade statistics from the GSO, CPI, interest rates) against what a deck says of them.
// Numbers are written the Vietnamese way: "." for thousands, "," for decimals.
import type { LanguageCorpus } from "./corpus-types.ts";

export const CORPUS: LanguageCorpus = {
  lang: "vi",
  honest: {
    text: [
      {
        article:
          "Ngân hàng Thế giới (WB) ngày 7/10 đã nâng dự báo tăng trưởng GDP năm 2025 của Việt Nam lên 6,6%, từ mức 5,8% đưa ra hồi tháng 6.",
        deck: "WB nâng dự báo tăng trưởng năm 2025 lên 6,6%",
        note: "a forecast raised, its verb twelve syllables before the level",
      },
      {
        article: "Tính chung 9 tháng đầu năm, GDP tăng 7,85% so với cùng kỳ năm trước, chỉ thấp hơn mức tăng của năm 2022.",
        deck: "Tăng trưởng 9 tháng 7,85%, chỉ sau năm 2022",
        note: "«tháng 7» of «9 tháng 7,85%» is no month",
      },
      {
        article: "CPI tháng 10 tăng 0,33% so với tháng trước và tăng 2,89% so với cùng kỳ năm trước.",
        deck: "CPI tháng 10 tăng 2,89% so với cùng kỳ",
        note: "a change against the basis the article gives it",
      },
      {
        article: "Lạm phát tháng 3 giảm xuống 3,2% so với cùng kỳ năm trước.",
        deck: "Giá tiêu dùng tháng 3 tăng 3,2% so với cùng kỳ",
        note: "an inflation rate's level is a rise of prices",
      },
      {
        article: "Tăng trưởng GDP quý III chậm lại còn 4,6%.",
        deck: "GDP quý III tăng 4,6%",
        note: "a growth rate's level is a rise of the economy",
      },
      { article: "Tỷ lệ nợ xấu giảm từ 1,62% xuống còn 1,38%.", deck: "Nợ xấu giảm còn 1,38%" },
      {
        article: "Tăng trưởng tín dụng toàn hệ thống đạt 13,4% tính đến 30/9.",
        deck: "Tín dụng tăng 13,4% tính đến 30/9",
        note: "a rate of growth that stands at 13,4% is a rise of 13,4%",
      },
      {
        article: "Công ty báo lỗ 120 tỷ đồng trong quý 3.",
        deck: "Công ty lỗ 120 tỷ đồng trong quý 3",
        note: "the article's word for what the number is",
      },
      {
        article: "Ngân hàng Nhà nước giảm lãi suất điều hành 0,5 điểm phần trăm, có hiệu lực từ ngày 19/6.",
        deck: "NHNN giảm lãi suất điều hành 0,5 điểm phần trăm",
        note: "a central bank’s move: the verb, its object, then the size",
      },
      {
        article: "Vietcombank báo lãi trước thuế năm 2024 đạt 42.210 tỷ đồng, tăng 2,6% so với năm trước.",
        deck: "Vietcombank lãi trước thuế 42.210 tỷ đồng năm 2024",
      },
      {
        article: "Vietcombank báo lãi trước thuế năm 2024 đạt 42.210 tỷ đồng, tăng 2,6% so với năm trước.",
        deck: "Lợi nhuận Vietcombank tăng 2,6%",
        note: "the deck drops the year and the amount, keeps the growth",
      },
      {
        article: "Kết thúc phiên 15/10, VN-Index giảm 12,34 điểm (-0,98%) xuống 1.245,67 điểm.",
        deck: "VN-Index lùi 0,98%, đóng cửa ở 1.245,67 điểm",
        note: "a fall word for the change and a level for the close, both as the article says",
      },
      {
        article: "Trong quý III/2025, Techcombank ghi nhận lợi nhuận trước thuế 8.070 tỷ đồng, tăng 46,8% so với cùng kỳ.",
        deck: "Techcombank: lãi trước thuế Q3/2025 đạt 8.070 tỷ đồng",
        note: "quý III/2025 written as Q3/2025",
      },
      {
        article: "Lũy kế 9 tháng đầu năm 2025, MB đạt lợi nhuận trước thuế 22.400 tỷ đồng, hoàn thành 71% kế hoạch năm.",
        deck: "MB lãi 22.400 tỷ đồng trong 9T2025",
        note: "9 tháng đầu năm 2025 written as 9T2025",
      },
      {
        article: "Lợi nhuận quý 2 của BIDV, VietinBank và Vietcombank lần lượt tăng 8,5%, 12,1% và 4,3%.",
        deck: "VietinBank tăng 12,1% lợi nhuận quý 2",
        note: "lần lượt: the deck names one of the three subjects of the sentence",
      },
      {
        article: "SHB vừa công bố kết quả kinh doanh quý 1/2025. Ngân hàng này lãi trước thuế 3.349 tỷ đồng, tăng 33% so với cùng kỳ.",
        deck: "SHB lãi trước thuế 3.349 tỷ đồng quý 1/2025",
        note: "the sentence with the number says «ngân hàng này»; the subject is named one sentence before",
      },
      {
        article: "Xuất khẩu tháng 8 đạt 40,1 tỷ USD, tăng 14,5% so với cùng kỳ năm trước.",
        deck: "Xuất khẩu tháng 8: 40,1 tỷ USD, +14,5%",
        note: "no proper name on either side; a plus sign for a rise",
      },
      {
        article: "Tổng kim ngạch xuất nhập khẩu 6 tháng đầu năm 2025 ước đạt 432,03 tỷ USD.",
        deck: "Kim ngạch XNK 6T2025: 432,03 tỷ USD",
      },
      {
        article: "VPBank thăng 3 bậc, lên vị trí thứ 5 trong bảng xếp hạng lợi nhuận ngân hàng năm nay.",
        deck: "VPBank thăng ba bậc, lên thứ năm",
        note: "digits in the article, number words in the deck",
      },
      {
        article: "Ngân hàng Nhà nước đã giữ nguyên lãi suất điều hành trong mười tháng liên tiếp.",
        deck: "NHNN giữ nguyên lãi suất điều hành 10 tháng liên tiếp",
        note: "a number word in the article, digits in the deck",
      },
      {
        article: "Chỉ số giá tiêu dùng (CPI) tháng 9/2025 tăng 0,42% so với tháng trước và tăng 3,38% so với cùng kỳ năm trước.",
        deck: "CPI tháng 9 tăng 3,38% so với cùng kỳ",
      },
      {
        article: "Tỷ lệ nợ xấu của Techcombank giảm 0,25 điểm phần trăm so với đầu năm, về mức 1,12%.",
        deck: "Nợ xấu Techcombank giảm 0,25 điểm phần trăm, còn 1,12%",
        note: "percentage points kept as points, the level kept as a level",
      },
      {
        article: "Vietcombank giảm lãi suất tiết kiệm kỳ hạn 12 tháng xuống còn 4,6%/năm.",
        deck: "Lãi suất 12 tháng tại Vietcombank còn 4,6%/năm",
      },
      {
        article: "Chỉ số Nasdaq Composite tăng 1,2%, lên 19.341,43 điểm, mức cao kỷ lục.",
        deck: "Nasdaq lập đỉnh mới ở 19.341,43 điểm",
      },
      {
        article: "S&P 500 mất 2,7% trong phiên thứ Hai, mức giảm mạnh nhất kể từ tháng 12/2022.",
        deck: "S&P 500 giảm 2,7% phiên thứ Hai",
        note: "«mất» in the article, «giảm» in the deck",
      },
      {
        article: "Khối ngoại bán ròng 12,5 triệu cổ phiếu HPG trong phiên hôm qua.",
        deck: "Khối ngoại bán ròng 12,5 triệu cp HPG",
      },
      {
        article: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng đầu năm 2025 ước đạt 5.000,2 nghìn tỷ đồng.",
        deck: "Bán lẻ 9T2025 đạt 5.000,2 nghìn tỷ đồng",
        note: "nghìn tỷ is 1e12",
      },
      {
        article: "Giá vàng miếng SJC giảm 1,2 triệu đồng/lượng, về 118,5 triệu đồng/lượng.",
        deck: "Vàng SJC điều chỉnh 1,2 triệu đồng/lượng",
        note: "the deck gives no direction word, which is fine either way",
      },
      {
        article: "Lợi nhuận trước thuế quý 2/2025 của SeABank đạt 1.945 tỷ đồng, gấp 1,8 lần cùng kỳ.",
        deck: "SeABank lãi 1.945 tỷ đồng trong quý II/2025",
        note: "quý 2/2025 written as quý II/2025",
      },
      {
        article: "Cán cân thương mại hàng hóa 8 tháng ước tính xuất siêu 12,06 tỷ USD.",
        deck: "Xuất siêu 12,06 tỷ USD sau 8 tháng",
      },
      {
        article: "Nhập khẩu từ Trung Quốc 9 tháng đầu năm 2025 đạt 134,2 tỷ USD, tăng 26,3%.",
        deck: "Nhập khẩu từ Trung Quốc 9T2025: 134,2 tỷ USD",
      },
      {
        article: "GDP quý III/2025 ước tính tăng 8,23% so với cùng kỳ năm trước.",
        deck: "Tăng trưởng GDP quý 3/2025 đạt 8,23%",
        note: "quý III/2025 written as quý 3/2025",
      },
      {
        article: "Tỷ giá trung tâm được Ngân hàng Nhà nước niêm yết ở mức 25.163 đồng/USD, tăng 5 đồng so với phiên trước.",
        deck: "Tỷ giá trung tâm: 25.163 đồng/USD",
      },
      {
        article: "Lợi nhuận trước thuế quý 3 của VPBank đạt 6.287 tỷ đồng. Lợi nhuận của ngân hàng này tăng 75% so với cùng kỳ.",
        deck: "VPBank: lãi quý 3 tăng 75%",
        note: "the 75% stands in a sentence that names no bank, only «ngân hàng này»",
      },
      {
        article: "Xuất khẩu sang Mỹ và EU lần lượt đạt 112,5 tỷ USD và 39,8 tỷ USD.",
        deck: "Xuất khẩu sang EU: 39,8 tỷ USD",
        note: "lần lượt with two markets; the deck names the second",
      },
      {
        article: "VN-Index giảm 26,02 điểm, tương đương 2,1%, xuống 1.620,4 điểm.",
        deck: "VN-Index -2,1%",
        note: "a minus sign for the article's fall",
      },
      {
        article: "Bốn ngân hàng đã công bố tăng lãi suất huy động trong tuần qua.",
        deck: "4 ngân hàng tăng lãi suất huy động trong tuần",
      },
      {
        article: "Từ đầu tháng đến nay, đã có 20 ngân hàng công bố giảm lãi suất cho vay.",
        deck: "Hai mươi ngân hàng giảm lãi suất cho vay",
        note: "a tens number word against digits",
      },
      {
        article: "Ngân hàng TMCP Quân đội (MB) báo lãi trước thuế quý 3/2025 đạt 7.205 tỷ đồng.",
        deck: "MB lãi 7.205 tỷ đồng quý III/2025",
      },
      {
        article: "Vốn FDI thực hiện 9 tháng năm 2025 ước đạt 18,8 tỷ USD, tăng 8,5% so với cùng kỳ năm trước, là mức cao nhất trong 5 năm.",
        deck: "FDI giải ngân 18,8 tỷ USD, cao nhất năm năm",
        note: "«năm năm» is five years: the first «năm» a number word, the second the word for year",
      },
      {
        article: "Từ 15 giờ chiều nay, giá xăng RON95-III tăng 350 đồng/lít, lên 20.850 đồng/lít.",
        deck: "Xăng RON95-III lên 20.850 đồng/lít",
        note: "«lên» before a level, as the article writes it",
      },
      {
        article: "Doanh thu 9 tháng của FPT đạt 49.887 tỷ đồng, lợi nhuận trước thuế 9.540 tỷ đồng, tăng 17,8%.",
        deck: "FPT: lãi trước thuế 9.540 tỷ đồng, +17,8%",
      },
      {
        article: "Xuất khẩu gạo 7 tháng đầu năm đạt 2,72 tỷ USD, giảm 1,5% về giá trị so với cùng kỳ.",
        deck: "Xuất khẩu gạo 7 tháng: 2,72 tỷ USD, giảm 1,5%",
      },
      {
        article: "Vinamilk lãi sau thuế 9 tháng đạt 6.960 tỷ đồng, giảm 4,1% so với cùng kỳ.",
        deck: "Lãi sau thuế 9 tháng của Vinamilk sụt 4,1%",
      },
    ],
    figures: [
      {
        article: "Trong quý III/2025, Techcombank ghi nhận lợi nhuận trước thuế 8.070 tỷ đồng, tăng 46,8% so với cùng kỳ.",
        figure: { value: 8070, unit: "VND", scale: "billion", label: "Lãi trước thuế Techcombank Q3/2025", quote: "8.070 tỷ đồng" },
      },
      {
        article: "VN-Index giảm 26,02 điểm, tương đương 2,1%, xuống 1.620,4 điểm.",
        figure: { value: -2.1, unit: "%", label: "VN-Index trong phiên", quote: "giảm 26,02 điểm, tương đương 2,1%" },
        note: "a fall is a negative value; the points beside it are not the figure",
      },
      {
        article: "Xuất khẩu gạo 7 tháng đầu năm đạt 2,72 tỷ USD, giảm 1,5% về giá trị so với cùng kỳ.",
        figure: { value: 1.5, unit: "%", label: "Xuất khẩu gạo giảm", direction: "label", quote: "giảm 1,5%" },
        note: "direction: label, and the label says the fall",
      },
      {
        article: "Tỷ lệ nợ xấu của Techcombank giảm 0,25 điểm phần trăm so với đầu năm, về mức 1,12%.",
        figure: { value: -0.25, unit: "điểm phần trăm", label: "Nợ xấu Techcombank so với đầu năm", quote: "giảm 0,25 điểm phần trăm" },
      },
      {
        article: "Lợi nhuận quý 2 của BIDV, VietinBank và Vietcombank lần lượt tăng 8,5%, 12,1% và 4,3%.",
        figure: { value: 12.1, unit: "%", label: "Tăng trưởng lãi quý 2 của VietinBank", quote: "12,1%" },
        note: "lần lượt: the label names one of the subjects of the sentence",
      },
      {
        article: "Xuất khẩu tháng 8 đạt 40,1 tỷ USD, tăng 14,5% so với cùng kỳ năm trước.",
        figure: { value: 40.1, unit: "USD", scale: "billion", label: "Xuất khẩu tháng 8", quote: "40,1 tỷ USD" },
      },
      {
        article: "Chỉ số Nasdaq Composite tăng 1,2%, lên 19.341,43 điểm, mức cao kỷ lục.",
        figure: { value: 19341.43, unit: "điểm", label: "Nasdaq Composite đóng cửa", quote: "19.341,43 điểm" },
      },
      {
        article: "Chỉ số giá tiêu dùng (CPI) tháng 9/2025 tăng 0,42% so với tháng trước và tăng 3,38% so với cùng kỳ năm trước.",
        figure: { value: 3.38, unit: "%", label: "CPI tháng 9/2025 so với cùng kỳ", quote: "tăng 3,38%" },
      },
      {
        article: "SHB vừa công bố kết quả kinh doanh quý 1/2025. Ngân hàng này lãi trước thuế 3.349 tỷ đồng, tăng 33% so với cùng kỳ.",
        figure: { value: 3349, unit: "VND", scale: "billion", label: "Lãi trước thuế SHB quý 1/2025", quote: "3.349 tỷ đồng" },
        note: "the quote's sentence names no bank (ngân hàng này); SHB is named one sentence before",
      },
    ],
  },
  slips: {
    text: [
      {
        kind: "sign",
        article:
          "Ngân hàng Thế giới (WB) ngày 7/10 đã nâng dự báo tăng trưởng GDP năm 2025 của Việt Nam lên 6,6%, từ mức 5,8% đưa ra hồi tháng 6.",
        deck: "WB hạ dự báo tăng trưởng năm 2025 xuống 6,6% từ 5,8%",
        note: "a forecast raised said as cut",
      },
      {
        kind: "sign",
        article: "Lạm phát ở mức 3,2%, thất nghiệp giảm xuống 2,1%.",
        deck: "Giá tiêu dùng tăng 2,1%.",
        note: "another number's level or move given to this one",
      },
      {
        kind: "value",
        article: "CPI tháng 10 tăng 0,33% so với tháng trước và tăng 2,89% so với cùng kỳ năm trước.",
        deck: "CPI tháng 10 tăng 0,33% so với cùng kỳ",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "sign",
        article: "Lạm phát tháng 3 giảm xuống 3,2% so với cùng kỳ năm trước.",
        deck: "Giá tiêu dùng tháng 3 giảm 3,2% so với cùng kỳ",
        note: "prices rose, at the rate the article gives",
      },
      {
        kind: "sign",
        article: "Tăng trưởng GDP quý III chậm lại còn 4,6%.",
        deck: "GDP quý III giảm 4,6%",
        note: "the economy grew",
      },
      {
        kind: "sign",
        article: "Tăng trưởng tín dụng giảm xuống còn 13,4%.",
        deck: "Tăng trưởng tín dụng tăng lên 13,4%",
        note: "a rate's level reached by a fall, said as reached by a rise",
      },
      {
        kind: "sign",
        article: "Tỷ lệ nợ xấu giảm từ 1,62% xuống còn 1,38%.",
        deck: "Nợ xấu tăng lên 1,38%",
        note: "the move stands before the number it started from",
      },
      { kind: "sign", article: "Tăng trưởng tín dụng toàn hệ thống đạt 13,4% tính đến 30/9.", deck: "Tín dụng giảm 13,4%" },
      {
        kind: "sign",
        article: "Công ty báo lỗ 120 tỷ đồng trong quý 3.",
        deck: "Công ty lãi 120 tỷ đồng trong quý 3",
        note: "the opposite of what the article calls the number",
      },
      {
        kind: "sign",
        article: "Ngân hàng Nhà nước giảm lãi suất điều hành 0,5 điểm phần trăm, có hiệu lực từ ngày 19/6.",
        deck: "NHNN tăng lãi suất điều hành 0,5 điểm phần trăm",
        note: "the verb’s object between it and the size",
      },
      // sign
      {
        kind: "sign",
        article: "Vietcombank báo lãi trước thuế năm 2024 đạt 42.210 tỷ đồng, tăng 2,6% so với năm trước.",
        deck: "Lợi nhuận Vietcombank giảm 2,6% trong năm 2024",
      },
      {
        kind: "sign",
        article: "VN-Index giảm 26,02 điểm, tương đương 2,1%, xuống 1.620,4 điểm.",
        deck: "VN-Index tăng 2,1% trong phiên",
      },
      {
        kind: "sign",
        article: "Xuất khẩu tháng 8 đạt 40,1 tỷ USD, tăng 14,5% so với cùng kỳ năm trước.",
        deck: "Xuất khẩu tháng 8 sụt 14,5% so với cùng kỳ",
      },
      {
        kind: "sign",
        article: "Chỉ số Nasdaq Composite tăng 1,2%, lên 19.341,43 điểm, mức cao kỷ lục.",
        deck: "Nasdaq giảm xuống còn 19.341,43 điểm",
        note: "a level both sides, but the deck says it was reached by a fall",
      },
      {
        kind: "sign",
        article: "Lợi nhuận trước thuế quý 2 của SeABank tăng 2,1% so với cùng kỳ.",
        deck: "SeABank: lãi quý 2 -2,1%",
        note: "a minus sign for the article's rise",
      },
      {
        kind: "sign",
        article: "Cổ phiếu NVL tăng 6,9% trong phiên sáng nay.",
        deck: "NVL lao dốc 6,9% phiên sáng",
      },
      {
        kind: "sign",
        article: "Vietcombank giảm lãi suất tiết kiệm kỳ hạn 12 tháng thêm 0,2 điểm phần trăm, xuống còn 4,6%/năm.",
        deck: "Vietcombank giảm lãi suất 12 tháng 4,6%",
        note: "the article's 4,6% is the level the rate fell to, not the size of the cut",
      },
      // scale
      {
        kind: "scale",
        article: "Trong quý III/2025, Techcombank ghi nhận lợi nhuận trước thuế 8.070 tỷ đồng, tăng 46,8% so với cùng kỳ.",
        deck: "Techcombank lãi 8.070 triệu đồng quý 3",
      },
      {
        kind: "scale",
        article: "Xuất khẩu tháng 8 đạt 40,1 tỷ USD, tăng 14,5% so với cùng kỳ năm trước.",
        deck: "Xuất khẩu tháng 8 đạt 40,1 triệu USD",
      },
      {
        kind: "scale",
        article: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng đầu năm 2025 ước đạt 5.000,2 nghìn tỷ đồng.",
        deck: "Bán lẻ 9 tháng đạt 5.000,2 tỷ đồng",
        note: "nghìn tỷ dropped to tỷ",
      },
      {
        kind: "scale",
        article: "Khối ngoại bán ròng 12,5 triệu cổ phiếu HPG trong phiên hôm qua.",
        deck: "Khối ngoại bán ròng 12,5 tỷ cổ phiếu HPG",
      },
      {
        kind: "scale",
        article: "Vốn FDI thực hiện 9 tháng năm 2025 ước đạt 18,8 tỷ USD, tăng 8,5% so với cùng kỳ năm trước.",
        deck: "FDI giải ngân 18,8 triệu USD trong 9 tháng",
      },
      // subject
      {
        kind: "subject",
        article: "Lợi nhuận trước thuế quý 3 của Techcombank giảm 4,2% so với cùng kỳ. Trong khi đó, MB báo lãi tăng 11%.",
        deck: "MB: lợi nhuận quý 3 giảm 4,2%",
      },
      {
        kind: "subject",
        article: "Xuất khẩu sang Mỹ đạt 112,5 tỷ USD. Xuất khẩu sang EU đạt 39,8 tỷ USD.",
        deck: "Xuất khẩu sang EU đạt 112,5 tỷ USD",
      },
      {
        kind: "subject",
        article: "BIDV báo lãi trước thuế 9 tháng đạt 24.000 tỷ đồng. VietinBank đạt 26.300 tỷ đồng.",
        deck: "VietinBank lãi trước thuế 24.000 tỷ đồng sau 9 tháng",
      },
      {
        kind: "subject",
        article: "Chỉ số Nasdaq tăng 1,2% trong phiên cuối tuần. S&P 500 tăng 0,8%, lên 6.735,11 điểm.",
        deck: "S&P 500 tăng 1,2%",
      },
      {
        kind: "subject",
        article: "Lợi nhuận trước thuế năm 2024 của Vietcombank đạt 42.210 tỷ đồng. BIDV xếp thứ hai với 31.500 tỷ đồng.",
        deck: "BIDV dẫn đầu với 42.210 tỷ đồng lợi nhuận",
      },
      {
        kind: "subject",
        article: "Cổ phiếu Vinhomes tăng 6,9%, lên 92.500 đồng. Vingroup cũng tăng 3,2%.",
        deck: "Vingroup tăng 6,9% trong phiên",
      },
      // unit
      {
        kind: "unit",
        article: "Tỷ lệ nợ xấu của Techcombank giảm 0,25 điểm phần trăm so với đầu năm, về mức 1,12%.",
        deck: "Nợ xấu Techcombank giảm 0,25%",
        note: "percentage points written as percent",
      },
      {
        kind: "unit",
        article: "Biên lãi thuần (NIM) của MB thu hẹp 0,4 điểm phần trăm so với cùng kỳ, còn 4,1%.",
        deck: "NIM của MB giảm 0,4%",
      },
      {
        kind: "unit",
        article: "Chỉ số giá tiêu dùng (CPI) tháng 9/2025 tăng 0,42% so với tháng trước.",
        deck: "CPI tháng 9 tăng 0,42 điểm phần trăm so với tháng trước",
        note: "a percent change written as percentage points",
      },
      {
        kind: "unit",
        article: "Xuất khẩu tháng 8 đạt 40,1 tỷ USD, tăng 14,5% so với cùng kỳ năm trước.",
        deck: "Xuất khẩu tháng 8 đạt 40,1 tỷ đồng",
        note: "USD written as đồng",
      },
      {
        kind: "unit",
        article: "VN-Index giảm 26,02 điểm, tương đương 2,1%, xuống 1.620,4 điểm.",
        deck: "VN-Index mất 26,02% trong phiên",
        note: "index points written as a percentage",
      },
      {
        kind: "unit",
        article: "Vinamilk lãi sau thuế 9 tháng đạt 6.960 tỷ đồng, giảm 4,1% so với cùng kỳ.",
        deck: "Vinamilk lãi 6.960 tỷ USD sau 9 tháng",
      },
      // number-words
      {
        kind: "number-words",
        article: "Doanh thu thuần quý 3 của Masan tăng 13% so với cùng kỳ.",
        deck: "Masan: doanh thu quý 3 tăng ba phần trăm",
        note: "«ba» is 3, not the article's 13",
      },
      {
        kind: "number-words",
        article: "VPBank thăng 3 bậc, lên vị trí thứ 5 trong bảng xếp hạng lợi nhuận ngân hàng năm nay.",
        deck: "VPBank thăng năm bậc trong bảng xếp hạng",
        known: "a number word is read as a claim only with a unit, a scale word, or a word the article counts with a number",
      },
      {
        kind: "number-words",
        article: "Ngân hàng Nhà nước đã giữ nguyên lãi suất điều hành trong mười tháng liên tiếp.",
        deck: "Lãi suất điều hành đứng yên 6 tháng liên tiếp",
      },
      {
        kind: "number-words",
        article: "Bốn ngân hàng đã công bố tăng lãi suất huy động trong tuần qua.",
        deck: "14 ngân hàng tăng lãi suất huy động trong tuần",
      },
      {
        kind: "number-words",
        article: "Vốn FDI thực hiện 9 tháng năm 2025 ước đạt 18,8 tỷ USD, là mức cao nhất trong 5 năm.",
        deck: "FDI giải ngân cao nhất ba năm",
      },
      {
        kind: "number-words",
        article: "Từ đầu năm, giá xăng đã được điều chỉnh tăng 7 lần.",
        deck: "Giá xăng tăng mười bảy lần từ đầu năm",
      },
      // period
      {
        kind: "period",
        article: "Trong quý III/2025, Techcombank ghi nhận lợi nhuận trước thuế 8.070 tỷ đồng, tăng 46,8% so với cùng kỳ.",
        deck: "Techcombank lãi 8.070 tỷ đồng trong Q2/2025",
      },
      {
        kind: "period",
        article: "Lũy kế 9 tháng đầu năm 2025, MB đạt lợi nhuận trước thuế 22.400 tỷ đồng, hoàn thành 71% kế hoạch năm.",
        deck: "MB lãi 22.400 tỷ đồng trong 6T2025",
      },
      {
        kind: "period",
        article: "GDP quý III/2025 ước tính tăng 8,23% so với cùng kỳ năm trước.",
        deck: "GDP quý 3/2024 tăng 8,23%",
        note: "the right quarter, the wrong year",
      },
      {
        kind: "period",
        article: "Chỉ số giá tiêu dùng (CPI) tháng 9/2025 tăng 0,42% so với tháng trước và tăng 3,38% so với cùng kỳ năm trước.",
        deck: "CPI tháng 8/2025 tăng 3,38% so với cùng kỳ",
      },
      {
        kind: "period",
        article: "Lợi nhuận trước thuế quý 2/2025 của SeABank đạt 1.945 tỷ đồng, gấp 1,8 lần cùng kỳ.",
        deck: "SeABank lãi 1.945 tỷ đồng trong quý IV/2025",
      },
      {
        kind: "period",
        article: "Tổng kim ngạch xuất nhập khẩu 6 tháng đầu năm 2025 ước đạt 432,03 tỷ USD.",
        deck: "Kim ngạch XNK 9T2025: 432,03 tỷ USD",
      },
      // value
      {
        kind: "value",
        article: "Vietcombank báo lãi trước thuế năm 2024 đạt 42.210 tỷ đồng, tăng 2,6% so với năm trước.",
        deck: "Vietcombank lãi 42.120 tỷ đồng năm 2024",
        note: "two digits swapped",
      },
      {
        kind: "value",
        article: "Chỉ số giá tiêu dùng (CPI) tháng 9/2025 tăng 0,42% so với tháng trước và tăng 3,38% so với cùng kỳ năm trước.",
        deck: "CPI tháng 9 tăng 3,83% so với cùng kỳ",
      },
      {
        kind: "value",
        article: "Chỉ số Nasdaq Composite tăng 1,2%, lên 19.341,43 điểm, mức cao kỷ lục.",
        deck: "Nasdaq đóng cửa ở 19.314,43 điểm",
      },
      {
        kind: "value",
        article: "Tỷ giá trung tâm được Ngân hàng Nhà nước niêm yết ở mức 25.163 đồng/USD, tăng 5 đồng so với phiên trước.",
        deck: "Tỷ giá trung tâm: 25.136 đồng/USD",
      },
      {
        kind: "value",
        article: "Cán cân thương mại hàng hóa 8 tháng ước tính xuất siêu 12,06 tỷ USD.",
        deck: "Xuất siêu 12,6 tỷ USD sau 8 tháng",
        note: "the zero after the decimal comma dropped",
      },
      {
        kind: "value",
        article: "Doanh thu 9 tháng của FPT đạt 49.887 tỷ đồng, lợi nhuận trước thuế 9.540 tỷ đồng, tăng 17,8%.",
        deck: "FPT: lãi trước thuế 9 tháng tăng 18,7%",
      },
    ],
    figures: [
      {
        kind: "sign",
        article: "Công ty báo lỗ 120 tỷ đồng trong quý 3.",
        figure: { value: 120, unit: "VND", scale: "billion", label: "Lãi quý 3", quote: "báo lỗ 120 tỷ đồng" },
        note: "the label names the opposite",
      },
      {
        kind: "sign",
        article: "VN-Index giảm 26,02 điểm, tương đương 2,1%, xuống 1.620,4 điểm.",
        figure: { value: 2.1, unit: "%", label: "VN-Index trong phiên", quote: "giảm 26,02 điểm, tương đương 2,1%" },
        note: "a fall written as a positive value without direction: label",
      },
      {
        kind: "sign",
        article: "Xuất khẩu gạo 7 tháng đầu năm đạt 2,72 tỷ USD, giảm 1,5% về giá trị so với cùng kỳ.",
        figure: { value: 1.5, unit: "%", label: "Xuất khẩu gạo tăng", direction: "label", quote: "giảm 1,5%" },
        note: "direction: label, but the label says a rise",
      },
      {
        kind: "scale",
        article: "Trong quý III/2025, Techcombank ghi nhận lợi nhuận trước thuế 8.070 tỷ đồng, tăng 46,8% so với cùng kỳ.",
        figure: { value: 8070, unit: "VND", scale: "million", label: "Lãi trước thuế Techcombank Q3/2025", quote: "8.070 tỷ đồng" },
      },
      {
        kind: "scale",
        article: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng đầu năm 2025 ước đạt 5.000,2 nghìn tỷ đồng.",
        figure: { value: 5000.2, unit: "VND", scale: "billion", label: "Tổng mức bán lẻ 9T2025", quote: "5.000,2 nghìn tỷ đồng" },
        note: "nghìn tỷ is trillion",
      },
      {
        kind: "subject",
        article: "Lợi nhuận trước thuế quý 3 của Techcombank giảm 4,2% so với cùng kỳ. Trong khi đó, MB báo lãi tăng 11%.",
        figure: { value: -4.2, unit: "%", label: "Lãi quý 3 của MB", quote: "giảm 4,2%" },
      },
      {
        kind: "unit",
        article: "Tỷ lệ nợ xấu của Techcombank giảm 0,25 điểm phần trăm so với đầu năm, về mức 1,12%.",
        figure: { value: -0.25, unit: "%", label: "Nợ xấu Techcombank so với đầu năm", quote: "giảm 0,25 điểm phần trăm" },
      },
      {
        kind: "unit",
        article: "Xuất khẩu tháng 8 đạt 40,1 tỷ USD, tăng 14,5% so với cùng kỳ năm trước.",
        figure: { value: 40.1, unit: "VND", scale: "billion", label: "Xuất khẩu tháng 8", quote: "40,1 tỷ USD" },
      },
      {
        kind: "value",
        article: "Xuất khẩu tháng 8 đạt 40,1 tỷ USD, tăng 14,5% so với cùng kỳ năm trước.",
        figure: { value: 41, unit: "USD", scale: "billion", label: "Xuất khẩu tháng 8", quote: "40,1 tỷ USD" },
      },
      {
        kind: "period",
        article: "Trong quý III/2025, Techcombank ghi nhận lợi nhuận trước thuế 8.070 tỷ đồng, tăng 46,8% so với cùng kỳ.",
        figure: { value: 8070, unit: "VND", scale: "billion", label: "Lãi trước thuế Techcombank Q2/2025", quote: "8.070 tỷ đồng" },
      },
    ],
  },
};
