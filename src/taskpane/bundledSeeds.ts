import type { LoadResult } from "../core/model";
import { validatePlan } from "../core/model";
import thapMuoi from "../../seeds/thap-muoi-2024.plan.json";
import cauNgang from "../../seeds/cau-ngang-2030.plan.json";
import dongThap from "../../seeds/dong-thap-2024.plan.json";
import tienLu from "../../seeds/tien-lu-2024.plan.json";
import ducThanh from "../../seeds/duc-thanh-2024.plan.json";

/** The five seed plans shipped with the add-in, validated like any other plan file. */
export const BUNDLED_SEEDS: { id: string; label: string; load: () => LoadResult }[] = [
  { id: "thap-muoi-2024", label: "Huyện Tháp Mười (Đồng Tháp), năm 2024", load: () => validatePlan(thapMuoi) },
  { id: "cau-ngang-2030", label: "Huyện Cầu Ngang (Trà Vinh), đến năm 2030", load: () => validatePlan(cauNgang) },
  { id: "dong-thap-2024", label: "Tỉnh Đồng Tháp (Tỉnh ủy), năm 2024", load: () => validatePlan(dongThap) },
  { id: "tien-lu-2024", label: "Huyện Tiên Lữ (Hưng Yên), năm 2024", load: () => validatePlan(tienLu) },
  { id: "duc-thanh-2024", label: "Xã Đức Thạnh, năm 2024", load: () => validatePlan(ducThanh) },
];
