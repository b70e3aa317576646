import type { Direction } from "../../../src/core/model/schema";
import { placedIndicators } from "../../../src/core/model/walk";
import { directionOf } from "../../../src/core/vn/direction";
import { parseTarget, type Target } from "../../../src/core/vn/target";
import { SEED_IDS, seedPlan } from "../../support/seeds";

interface Expected {
  op: Target["op"];
  value?: number;
  min?: number;
  max?: number;
  of?: number;
  unit: string | null;
  change?: Target["change"];
  /** How many warnings; default 1 for "text" (assess by hand), else 0. */
  warnings?: number;
  direction: Direction;
}

/**
 * Every target, stretch and milestone of the five seed plans, keyed
 * "<plan id> <code> <target | stretch | year>", with the phrase as the plan
 * prints it and its reading written out by hand.
 */
const TABLE: Record<string, [phrase: string, expected: Expected]> = {
  // thap-muoi-2024
  "thap-muoi-2024 CT01 target": ["14.780 tỷ đồng", { op: "=", value: 14780, unit: "tỷ đồng", direction: "higher" }],
  "thap-muoi-2024 CT01.1 target": ["trên 5.547 tỷ đồng", { op: ">", value: 5547, unit: "tỷ đồng", direction: "higher" }],
  "thap-muoi-2024 CT01.2 target": ["trên 1.869 tỷ đồng", { op: ">", value: 1869, unit: "tỷ đồng", direction: "higher" }],
  "thap-muoi-2024 CT01.3 target": ["trên 7.364 tỷ đồng", { op: ">", value: 7364, unit: "tỷ đồng", direction: "higher" }],
  "thap-muoi-2024 CT02 target": ["72 triệu đồng", { op: "=", value: 72, unit: "triệu đồng", direction: "higher" }],
  "thap-muoi-2024 CT03 target": ["175.700 triệu đồng", { op: "=", value: 175700, unit: "triệu đồng", direction: "higher" }],
  "thap-muoi-2024 CT04 target": ["Có thêm ít nhất 01 HTX", { op: ">=", value: 1, unit: "hợp tác xã", change: "increase", direction: "higher" }],
  "thap-muoi-2024 CT05 target": ["110.920 ha", { op: "=", value: 110920, unit: "ha", direction: "higher" }],
  "thap-muoi-2024 CT05.1 target": ["110.000 ha", { op: "=", value: 110000, unit: "ha", direction: "higher" }],
  "thap-muoi-2024 CT05.2 target": ["920 ha", { op: "=", value: 920, unit: "ha", direction: "higher" }],
  "thap-muoi-2024 CT05.3 target": ["trên 795.200 tấn", { op: ">", value: 795200, unit: "tấn", direction: "higher" }],
  "thap-muoi-2024 CT06 target": ["trên 30.800 ha", { op: ">", value: 30800, unit: "ha", direction: "higher" }],
  "thap-muoi-2024 CT06.1 target": ["28% diện tích xuống giống", { op: "=", value: 28, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT07 target": ["99,86%", { op: "=", value: 99.86, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT08 target": ["ít nhất 5.500 lao động", { op: ">=", value: 5500, unit: "lao động", direction: "higher" }],
  "thap-muoi-2024 CT08.1 target": ["ít nhất 192 lao động", { op: ">=", value: 192, unit: "lao động", direction: "higher" }],
  "thap-muoi-2024 CT09 target": ["trên 72%", { op: ">", value: 72, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT09.1 target": ["58%", { op: "=", value: 58, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT10 target": ["dưới 11,2%", { op: "<", value: 11.2, unit: "%", direction: "lower" }],
  "thap-muoi-2024 CT10.1 target": ["16,25%", { op: "=", value: 16.25, unit: "%", direction: "lower" }],
  "thap-muoi-2024 CT11 target": ["từ 95% trở lên", { op: ">=", value: 95, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT12 target": ["dưới 1%", { op: "<", value: 1, unit: "%", direction: "lower" }],
  "thap-muoi-2024 CT13 target": ["95%", { op: "=", value: 95, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT14 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT15.1 target": ["31,19%", { op: "=", value: 31.19, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT15.2 target": ["93,52%", { op: "=", value: 93.52, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT15.3 target": ["99,9%", { op: "=", value: 99.9, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT15.4 target": ["trên 99,9%", { op: ">", value: 99.9, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT15.5 target": ["trên 99,6%", { op: ">", value: 99.6, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT16 target": ["01 trường", { op: "=", value: 1, unit: "trường", direction: "higher" }],
  "thap-muoi-2024 CT17 target": ["96,2%", { op: "=", value: 96.2, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT18 target": ["từ 95% trở lên", { op: ">=", value: 95, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT19 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT20 target": ["hoàn thành", { op: "text", unit: null, direction: "higher" }],
  "thap-muoi-2024 CT21 target": ["ít nhất 01 xã", { op: ">=", value: 1, unit: "xã", direction: "higher" }],
  "thap-muoi-2024 CT21.1 target": ["01 xã", { op: "=", value: 1, unit: "xã", direction: "higher" }],
  "thap-muoi-2024 CT22 target": ["100% chỉ tiêu trên giao", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT23 target": ["giảm 5%", { op: "=", value: 5, unit: "%", change: "decrease", direction: "lower" }],
  "thap-muoi-2024 CT23.1 target": ["75%", { op: "=", value: 75, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT23.1.1 target": ["90%", { op: "=", value: 90, unit: "%", direction: "higher" }],
  "thap-muoi-2024 CT24 target": ["giảm từ 5-10%", { op: "between", min: 5, max: 10, unit: "%", change: "decrease", direction: "lower" }],
  // cau-ngang-2030
  "cau-ngang-2030 CT01 target": ["khoảng 12,96%/năm", { op: "~", value: 12.96, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT01.1 target": ["tăng 18,5%/năm", { op: "=", value: 18.5, unit: "%", change: "increase", direction: "higher" }],
  "cau-ngang-2030 CT01.1.1 target": ["tăng 21,48%/năm", { op: "=", value: 21.48, unit: "%", change: "increase", direction: "higher" }],
  "cau-ngang-2030 CT01.1.2 target": ["tăng 17%/năm", { op: "=", value: 17, unit: "%", change: "increase", direction: "higher" }],
  "cau-ngang-2030 CT01.2 target": ["tăng 15%/năm", { op: "=", value: 15, unit: "%", change: "increase", direction: "higher" }],
  "cau-ngang-2030 CT01.3 target": ["tăng 2,54%/năm", { op: "=", value: 2.54, unit: "%", change: "increase", direction: "higher" }],
  "cau-ngang-2030 CT02 target": ["khoảng 6.794 USD", { op: "~", value: 6794, unit: "USD", direction: "higher" }],
  "cau-ngang-2030 CT03 target": ["từ 12%/năm", { op: ">=", value: 12, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT04 target": ["trên 75 nghìn tỷ đồng", { op: ">", value: 75, unit: "nghìn tỷ đồng", direction: "higher" }],
  "cau-ngang-2030 CT04 2025": ["25 nghìn tỷ đồng", { op: "=", value: 25, unit: "nghìn tỷ đồng", direction: "higher" }],
  "cau-ngang-2030 CT05 target": ["82%", { op: "=", value: 82, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT05.1 target": ["50%", { op: "=", value: 50, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT05.2 target": ["khoảng 3.000 lao động", { op: "~", value: 3000, unit: "lao động", direction: "higher" }],
  "cau-ngang-2030 CT06 target": ["11-13 bác sĩ/1 vạn dân", { op: "between", min: 11, max: 13, unit: "bác sĩ/1 vạn dân", direction: "higher" }],
  "cau-ngang-2030 CT06.1 target": ["30-32 giường bệnh/1 vạn dân", { op: "between", min: 30, max: 32, unit: "giường bệnh/1 vạn dân", direction: "higher" }],
  "cau-ngang-2030 CT07 target": ["98%", { op: "=", value: 98, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT08.1 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT08.2 target": ["99,5%", { op: "=", value: 99.5, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT08.3 target": ["95,5%", { op: "=", value: 95.5, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT09 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT09 2025": ["99,85%", { op: "=", value: 99.85, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT10 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT10.1 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT11 target": ["trên 3% diện tích tự nhiên", { op: ">", value: 3, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT12.1 target": ["Đạt huyện nông thôn mới", { op: "text", unit: null, direction: "higher" }],
  "cau-ngang-2030 CT12.2 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT12.2 2025": ["08 xã", { op: "=", value: 8, unit: "xã", warnings: 1, direction: "higher" }],
  "cau-ngang-2030 CT12.3 2025": ["13 xã", { op: "=", value: 13, unit: "xã", direction: "higher" }],
  "cau-ngang-2030 CT12.3.1 2025": ["100% tổng số xã", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT13 target": ["Hạ tầng đầu tư phát triển cơ bản theo hướng đồng bộ, hiện đại", { op: "text", unit: null, direction: "higher" }],
  "cau-ngang-2030 CT14 target": ["Giữ vững ổn định chính trị, trật tự an toàn xã hội", { op: "text", unit: null, direction: "higher" }],
  "cau-ngang-2030 CT15 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT15.1 target": ["95%", { op: "=", value: 95, unit: "%", direction: "higher" }],
  "cau-ngang-2030 CT16 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  // dong-thap-2024
  "dong-thap-2024 CT01 target": ["tăng 8,0%", { op: "=", value: 8, unit: "%", change: "increase", direction: "higher" }],
  "dong-thap-2024 CT02 target": ["76,56 triệu đồng", { op: "=", value: 76.56, unit: "triệu đồng", direction: "higher" }],
  "dong-thap-2024 CT02.1 target": ["3.203 USD", { op: "=", value: 3203, unit: "USD", direction: "higher" }],
  "dong-thap-2024 CT03 target": ["9.266 tỷ đồng", { op: "=", value: 9266, unit: "tỷ đồng", direction: "higher" }],
  "dong-thap-2024 CT04 target": ["24,09% GRDP", { op: "=", value: 24.09, unit: "%", direction: "higher" }],
  "dong-thap-2024 CT05 target": ["39,65%", { op: "=", value: 39.65, unit: "%", direction: "higher" }],
  "dong-thap-2024 CT05.1 target": ["28,85%", { op: "=", value: 28.85, unit: "%", direction: "higher" }],
  "dong-thap-2024 CT06 target": ["41,8%", { op: "=", value: 41.8, unit: "%", direction: "lower" }],
  "dong-thap-2024 CT07 target": ["77,2%", { op: "=", value: 77.2, unit: "%", direction: "higher" }],
  "dong-thap-2024 CT07.1 target": ["55,6%", { op: "=", value: 55.6, unit: "%", direction: "higher" }],
  "dong-thap-2024 CT08 target": ["Giảm 0,4%", { op: "=", value: 0.4, unit: "%", change: "decrease", direction: "lower" }],
  "dong-thap-2024 CT09 target": ["93,89% dân số", { op: "=", value: 93.89, unit: "%", direction: "higher" }],
  "dong-thap-2024 CT10 target": ["Có thêm 10 xã", { op: "=", value: 10, unit: "xã", change: "increase", direction: "higher" }],
  "dong-thap-2024 CT10.1 target": ["03 xã", { op: "=", value: 3, unit: "xã", direction: "higher" }],
  "dong-thap-2024 CT10.2 target": ["có thêm 03 huyện", { op: "=", value: 3, unit: "huyện", change: "increase", direction: "higher" }],
  "dong-thap-2024 CT11 target": ["07 hợp tác xã", { op: "=", value: 7, unit: "hợp tác xã", direction: "higher" }],
  "dong-thap-2024 CT12 target": ["96,2%", { op: "=", value: 96.2, unit: "%", direction: "higher" }],
  "dong-thap-2024 CT13 target": ["96%", { op: "=", value: 96, unit: "%", direction: "higher" }],
  "dong-thap-2024 CT14 target": ["90%", { op: "=", value: 90, unit: "%", direction: "higher" }],
  "dong-thap-2024 CT15 target": ["từ 3 - 4% tổng số đảng viên của Đảng bộ Tỉnh", { op: "between", min: 3, max: 4, unit: "%", direction: "higher" }],
  "dong-thap-2024 CT15.1 target": ["từ 1.900 đảng viên trở lên", { op: ">=", value: 1900, unit: "đảng viên", direction: "higher" }],
  "dong-thap-2024 CT16 target": ["93,5%", { op: "=", value: 93.5, unit: "%", direction: "higher" }],
  // tien-lu-2024
  "tien-lu-2024 CT01.1 target": ["41,7", { op: "=", value: 41.7, unit: "%", direction: "band" }],
  "tien-lu-2024 CT01.1 stretch": ["41,7", { op: "=", value: 41.7, unit: "%", direction: "band" }],
  "tien-lu-2024 CT01.2 target": ["47,12", { op: "=", value: 47.12, unit: "%", direction: "band" }],
  "tien-lu-2024 CT01.2 stretch": ["47,12", { op: "=", value: 47.12, unit: "%", direction: "band" }],
  "tien-lu-2024 CT01.3 target": ["11,18", { op: "=", value: 11.18, unit: "%", direction: "band" }],
  "tien-lu-2024 CT01.3 stretch": ["11,18", { op: "=", value: 11.18, unit: "%", direction: "band" }],
  "tien-lu-2024 CT02 target": ["8,61", { op: "=", value: 8.61, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT02 stretch": ["8,61", { op: "=", value: 8.61, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT03 target": ["559,8", { op: "=", value: 559.8, unit: "tỷ đồng", direction: "higher" }],
  "tien-lu-2024 CT03 stretch": ["559,8", { op: "=", value: 559.8, unit: "tỷ đồng", direction: "higher" }],
  "tien-lu-2024 CT04 target": ["654,247", { op: "=", value: 654.247, unit: "tỷ đồng", direction: "higher" }],
  "tien-lu-2024 CT04 stretch": ["654,247", { op: "=", value: 654.247, unit: "tỷ đồng", direction: "higher" }],
  "tien-lu-2024 CT04.1 target": ["155,282", { op: "=", value: 155.282, unit: "tỷ đồng", direction: "higher" }],
  "tien-lu-2024 CT04.1 stretch": ["155,282", { op: "=", value: 155.282, unit: "tỷ đồng", direction: "higher" }],
  "tien-lu-2024 CT04.2 target": ["498,965", { op: "=", value: 498.965, unit: "tỷ đồng", direction: "higher" }],
  "tien-lu-2024 CT04.2 stretch": ["498,965", { op: "=", value: 498.965, unit: "tỷ đồng", direction: "higher" }],
  "tien-lu-2024 CT05 target": ["155,282", { op: "=", value: 155.282, unit: "tỷ đồng", direction: "higher" }],
  "tien-lu-2024 CT05 stretch": ["155,282", { op: "=", value: 155.282, unit: "tỷ đồng", direction: "higher" }],
  "tien-lu-2024 CT06 target": ["95,1", { op: "=", value: 95.1, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT06 stretch": ["95,1", { op: "=", value: 95.1, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT07 target": ["98", { op: "=", value: 98, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT07 stretch": ["98", { op: "=", value: 98, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT09 target": ["13", { op: "=", value: 13, unit: "xã", direction: "higher" }],
  "tien-lu-2024 CT09 stretch": ["13", { op: "=", value: 13, unit: "xã", direction: "higher" }],
  "tien-lu-2024 CT10 target": ["100", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT10 stretch": ["100", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT11 target": ["237", { op: "=", value: 237, unit: "triệu đồng", direction: "higher" }],
  "tien-lu-2024 CT11 stretch": ["237", { op: "=", value: 237, unit: "triệu đồng", direction: "higher" }],
  "tien-lu-2024 CT12 target": ["39", { op: "=", value: 39, unit: "trường", direction: "higher" }],
  "tien-lu-2024 CT12 stretch": ["39", { op: "=", value: 39, unit: "trường", direction: "higher" }],
  "tien-lu-2024 CT13 target": ["<1%", { op: "<", value: 1, unit: "%", direction: "lower" }],
  "tien-lu-2024 CT13 stretch": ["<1%", { op: "<", value: 1, unit: "%", direction: "lower" }],
  "tien-lu-2024 CT15 target": ["67", { op: "=", value: 67, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT15 stretch": ["67", { op: "=", value: 67, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT16 target": ["67", { op: "=", value: 67, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT16 stretch": ["67", { op: "=", value: 67, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT17 target": ["95", { op: "=", value: 95, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT17 stretch": ["95", { op: "=", value: 95, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT18 target": ["100", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT18 stretch": ["100", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT19 target": ["5,8", { op: "=", value: 5.8, unit: "bác sĩ", direction: "higher" }],
  "tien-lu-2024 CT19 stretch": ["5,8", { op: "=", value: 5.8, unit: "bác sĩ", direction: "higher" }],
  "tien-lu-2024 CT20 target": ["47", { op: "=", value: 47, unit: "giường bệnh", direction: "higher" }],
  "tien-lu-2024 CT20 stretch": ["47", { op: "=", value: 47, unit: "giường bệnh", direction: "higher" }],
  "tien-lu-2024 CT21 target": ["<1", { op: "<", value: 1, unit: "%", direction: "lower" }],
  "tien-lu-2024 CT21 stretch": ["<1", { op: "<", value: 1, unit: "%", direction: "lower" }],
  "tien-lu-2024 CT22 target": ["100", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT22 stretch": ["100", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT23 target": ["100", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT23 stretch": ["100", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT24 target": ["14", { op: "=", value: 14, unit: "khu", direction: "higher" }],
  "tien-lu-2024 CT24 stretch": ["14", { op: "=", value: 14, unit: "khu", direction: "higher" }],
  "tien-lu-2024 CT25 target": ["3", { op: "=", value: 3, unit: "xã", direction: "higher" }],
  "tien-lu-2024 CT25 stretch": ["3", { op: "=", value: 3, unit: "xã", direction: "higher" }],
  "tien-lu-2024 CT26 target": ["2", { op: "=", value: 2, unit: "xã", direction: "higher" }],
  "tien-lu-2024 CT26 stretch": ["2", { op: "=", value: 2, unit: "xã", direction: "higher" }],
  "tien-lu-2024 CT27 target": ["93,5", { op: "=", value: 93.5, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT27 stretch": ["93,5", { op: "=", value: 93.5, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT28 target": ["100", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT28 stretch": ["100", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT30 target": ["105/100", { op: "=", value: 105, of: 100, unit: "bé trai/bé gái", direction: "lower" }],
  "tien-lu-2024 CT30 stretch": ["105/100", { op: "=", value: 105, of: 100, unit: "bé trai/bé gái", direction: "lower" }],
  "tien-lu-2024 CT31 target": ["97", { op: "=", value: 97, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT31 stretch": ["97", { op: "=", value: 97, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT32 target": ["95", { op: "=", value: 95, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT32 stretch": ["95", { op: "=", value: 95, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT33 target": ["0", { op: "=", value: 0, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT33 stretch": ["0", { op: "=", value: 0, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT34 target": ["100", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT34 stretch": ["100", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT35 target": ["6,1", { op: "=", value: 6.1, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT35 stretch": ["6,1", { op: "=", value: 6.1, unit: "%", direction: "higher" }],
  "tien-lu-2024 CT37 target": ["5/10", { op: "=", value: 5, of: 10, unit: "xếp hạng", direction: "lower" }],
  "tien-lu-2024 CT37 stretch": ["5/10", { op: "=", value: 5, of: 10, unit: "xếp hạng", direction: "lower" }],
  "tien-lu-2024 CT38 target": ["3/10", { op: "=", value: 3, of: 10, unit: "xếp hạng", direction: "lower" }],
  "tien-lu-2024 CT38 stretch": ["3/10", { op: "=", value: 3, of: 10, unit: "xếp hạng", direction: "lower" }],
  "tien-lu-2024 CT39 target": ["2/10", { op: "=", value: 2, of: 10, unit: "xếp hạng", direction: "lower" }],
  "tien-lu-2024 CT39 stretch": ["2/10", { op: "=", value: 2, of: 10, unit: "xếp hạng", direction: "lower" }],
  // duc-thanh-2024
  "duc-thanh-2024 CT01 target": ["873.383 triệu đồng", { op: "=", value: 873383, unit: "triệu đồng", direction: "higher" }],
  "duc-thanh-2024 CT01.1 target": ["tăng 12%", { op: "=", value: 12, unit: "%", change: "increase", direction: "higher" }],
  "duc-thanh-2024 CT01.2 target": ["58.874 triệu đồng", { op: "=", value: 58874, unit: "triệu đồng", direction: "higher" }],
  "duc-thanh-2024 CT01.2.1 target": ["5%", { op: "=", value: 5, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT01.3 target": ["226.703 triệu đồng", { op: "=", value: 226703, unit: "triệu đồng", direction: "higher" }],
  "duc-thanh-2024 CT01.3.1 target": ["12,7%", { op: "=", value: 12.7, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT01.4 target": ["587.806 triệu đồng", { op: "=", value: 587806, unit: "triệu đồng", direction: "higher" }],
  "duc-thanh-2024 CT01.4.1 target": ["12,5%", { op: "=", value: 12.5, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT02.1 target": ["27,6%", { op: "=", value: 27.6, unit: "%", direction: "band" }],
  "duc-thanh-2024 CT02.2 target": ["32,1%", { op: "=", value: 32.1, unit: "%", direction: "band" }],
  "duc-thanh-2024 CT02.3 target": ["40,3%", { op: "=", value: 40.3, unit: "%", direction: "band" }],
  "duc-thanh-2024 CT03 target": ["5.208 tấn", { op: "=", value: 5208, unit: "tấn", direction: "higher" }],
  "duc-thanh-2024 CT03.1 target": ["4.551 tấn", { op: "=", value: 4551, unit: "tấn", direction: "higher" }],
  "duc-thanh-2024 CT03.2 target": ["657 tấn", { op: "=", value: 657, unit: "tấn", direction: "higher" }],
  "duc-thanh-2024 CT04 target": ["697ha", { op: "=", value: 697, unit: "ha", direction: "higher" }],
  "duc-thanh-2024 CT04.1 target": ["521 ha", { op: "=", value: 521, unit: "ha", direction: "higher" }],
  "duc-thanh-2024 CT05 target": ["102 ha", { op: "=", value: 102, unit: "ha", direction: "higher" }],
  "duc-thanh-2024 CT05.1 target": ["1 ha", { op: "=", value: 1, unit: "ha", direction: "higher" }],
  "duc-thanh-2024 CT05.2 target": ["657 tấn", { op: "=", value: 657, unit: "tấn", direction: "higher" }],
  "duc-thanh-2024 CT05.3 target": ["210 ha", { op: "=", value: 210, unit: "ha", direction: "higher" }],
  "duc-thanh-2024 CT05.4 target": ["542 tấn", { op: "=", value: 542, unit: "tấn", direction: "higher" }],
  "duc-thanh-2024 CT05.5 target": ["130 ha", { op: "=", value: 130, unit: "ha", direction: "higher" }],
  "duc-thanh-2024 CT05.6 target": ["300 tấn", { op: "=", value: 300, unit: "tấn", direction: "higher" }],
  "duc-thanh-2024 CT05.7 target": ["380 ha", { op: "=", value: 380, unit: "ha", direction: "higher" }],
  "duc-thanh-2024 CT05.8 target": ["6.498 tấn", { op: "=", value: 6498, unit: "tấn", direction: "higher" }],
  "duc-thanh-2024 CT06 target": ["170 con", { op: "=", value: 170, unit: "con", direction: "higher" }],
  "duc-thanh-2024 CT06.1 target": ["2.330 con", { op: "=", value: 2330, unit: "con", direction: "higher" }],
  "duc-thanh-2024 CT06.2 target": ["3.200 con", { op: "=", value: 3200, unit: "con", direction: "higher" }],
  "duc-thanh-2024 CT06.3 target": ["580 tấn", { op: "=", value: 580, unit: "tấn", direction: "higher" }],
  "duc-thanh-2024 CT06.4 target": ["trên 90% tổng đàn", { op: ">", value: 90, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT07 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT07.1 target": ["75%", { op: "=", value: 75, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT08 target": ["95%", { op: "=", value: 95, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT09 target": ["65 tỷ đồng", { op: "=", value: 65, unit: "tỷ đồng", direction: "higher" }],
  "duc-thanh-2024 CT10 target": ["đạt dự toán huyện giao", { op: "text", unit: null, direction: "higher" }],
  "duc-thanh-2024 CT11 target": ["56,8 triệu đồng", { op: "=", value: 56.8, unit: "triệu đồng", direction: "higher" }],
  "duc-thanh-2024 CT12 target": ["0,02‰", { op: "=", value: 0.02, unit: "‰", direction: "higher" }],
  "duc-thanh-2024 CT12.1 target": ["0,69%/năm", { op: "=", value: 0.69, unit: "%", direction: "lower" }],
  "duc-thanh-2024 CT13 target": ["$\\leq 3\\%$", { op: "<=", value: 3, unit: "%", warnings: 1, direction: "lower" }],
  "duc-thanh-2024 CT13.1 target": ["55 hộ", { op: "=", value: 55, unit: "hộ", direction: "lower" }],
  "duc-thanh-2024 CT13.2 target": ["giảm 10 hộ", { op: "=", value: 10, unit: "hộ", change: "decrease", direction: "lower" }],
  "duc-thanh-2024 CT13.3 target": ["820 người", { op: "=", value: 820, unit: "người", direction: "higher" }],
  "duc-thanh-2024 CT13.4 target": ["216 người", { op: "=", value: 216, unit: "người", direction: "higher" }],
  "duc-thanh-2024 CT14 target": ["theo Đề án huyện giao", { op: "text", unit: null, direction: "higher" }],
  "duc-thanh-2024 CT15 target": ["dưới 8%", { op: "<", value: 8, unit: "%", direction: "lower" }],
  "duc-thanh-2024 CT15.1 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT16 target": ["02 thôn", { op: "=", value: 2, unit: "thôn", direction: "higher" }],
  "duc-thanh-2024 CT17 target": ["2.027 gia đình văn hóa", { op: "=", value: 2027, unit: "gia đình", direction: "higher" }],
  "duc-thanh-2024 CT17.1 target": ["04 thôn", { op: "=", value: 4, unit: "thôn", direction: "higher" }],
  "duc-thanh-2024 CT17.1.1 target": ["04 thôn", { op: "=", value: 4, unit: "thôn", direction: "higher" }],
  "duc-thanh-2024 CT17.2 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT17.2.1 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT17.3 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT17.4 target": ["04 thôn", { op: "=", value: 4, unit: "thôn", direction: "higher" }],
  "duc-thanh-2024 CT18.1 target": ["2.506 hộ", { op: "=", value: 2506, unit: "hộ", direction: "higher" }],
  "duc-thanh-2024 CT18.2 target": ["0.2 ‰", { op: "=", value: 0.2, unit: "‰", warnings: 1, direction: "higher" }],
  "duc-thanh-2024 CT18.3 target": ["0,69%", { op: "=", value: 0.69, unit: "%", direction: "lower" }],
  "duc-thanh-2024 CT19.1 target": ["308 cháu", { op: "=", value: 308, unit: "cháu", direction: "higher" }],
  "duc-thanh-2024 CT19.1.1 target": ["43 cháu", { op: "=", value: 43, unit: "cháu", direction: "higher" }],
  "duc-thanh-2024 CT19.1.2 target": ["265 cháu", { op: "=", value: 265, unit: "cháu", direction: "higher" }],
  "duc-thanh-2024 CT19.2 target": ["857 học sinh", { op: "=", value: 857, unit: "học sinh", direction: "higher" }],
  "duc-thanh-2024 CT19.2.1 target": ["611 học sinh", { op: "=", value: 611, unit: "học sinh", direction: "higher" }],
  "duc-thanh-2024 CT19.2.2 target": ["246 học sinh", { op: "=", value: 246, unit: "học sinh", direction: "higher" }],
  "duc-thanh-2024 CT20 target": ["100%", { op: "=", value: 100, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT21 target": ["Giảm tai nạn giao thông trên cả 3 tiêu chí", { op: "text", unit: null, direction: "lower" }],
  "duc-thanh-2024 CT22 target": ["Giữ vững an ninh chính trị, trật tự an toàn xã hội, không để xảy ra “điểm nóng” trên địa bàn", { op: "text", unit: null, direction: "higher" }],
  "duc-thanh-2024 CT23 target": ["trên 92%", { op: ">", value: 92, unit: "%", direction: "higher" }],
  "duc-thanh-2024 CT24 target": ["Duy trì thực hiện Đề án tổ chức lực lượng dân quân trực tại trụ sở cơ quan", { op: "text", unit: null, direction: "higher" }],
};

interface Row {
  key: string;
  phrase: string;
  unit: string | null;
  name: string;
  parents: string[];
}

describe.each(SEED_IDS)("seed plan %s: every target reads as the table says", (id) => {
  let rows: Row[];
  try {
    rows = placedIndicators(seedPlan(id)).flatMap(({ indicator, parent }) =>
      [
        ["target", indicator.target] as const,
        ["stretch", indicator.stretch] as const,
        ...Object.entries(indicator.milestones).map(([year, phrase]) => [year, phrase] as const),
      ]
        .filter((entry): entry is readonly [string, string] => entry[1] !== null)
        .map(([field, phrase]) => ({
          key: `${id} ${indicator.code} ${field}`,
          phrase,
          unit: indicator.unit,
          name: indicator.name,
          parents: parent === null ? [] : [parent.name],
        })),
    );
  } catch (error) {
    test("loads", () => {
      throw error;
    });
    return;
  }

  test.each(rows.map((row) => [row.key, row] as const))("%s", (key, row) => {
    const entry = TABLE[key];
    if (entry === undefined) throw new Error(`${key} ("${row.phrase}") is not in the table: add its expected reading`);
    const [phrase, { direction, warnings, change = null, ...reading }] = entry;
    expect(row.phrase).toBe(phrase);
    const target = parseTarget(row.phrase, row.unit);
    expect(target).toEqual({ raw: phrase, ...reading, change, warnings: expect.any(Array) });
    expect(target.warnings).toHaveLength(warnings ?? (reading.op === "text" ? 1 : 0));
    expect(directionOf({ name: row.name, target, unit: row.unit, parents: row.parents })).toBe(direction);
  });

  test("the table lists no target the plan does not have", () => {
    const keys = new Set(rows.map((r) => r.key));
    expect(Object.keys(TABLE).filter((key) => key.startsWith(`${id} `) && !keys.has(key))).toEqual([]);
  });

  test("only qualitative aims are text", () => {
    const text = rows.filter((row) => parseTarget(row.phrase, row.unit).op === "text").map((row) => row.phrase);
    expect(text.every((phrase) => !/\d/.test(phrase) || phrase.includes("cả 3 tiêu chí"))).toBe(true);
  });
});
