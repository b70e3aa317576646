/**
 * Vietnamese names of the plan model's fields, for error messages. A key can
 * mean different things under different parents ("name" of an issuer, of an
 * indicator, of an agency), so the parent key is consulted first.
 */
const BY_PARENT: Record<string, Record<string, string>> = {
  issuer: { name: "tên cơ quan ban hành", level: "cấp hành chính", province: "tỉnh" },
  agency: { name: "tên cơ quan chủ trì", origin: "nguồn của cơ quan chủ trì" },
  document: { kind: "loại văn bản", number: "số hiệu văn bản", date: "ngày ban hành", place: "địa danh" },
  annexHeading: { label: "dòng số phụ lục (PHỤ LỤC I)", title: "tên phụ lục", attachedTo: "dòng \"(Kèm theo ...)\" của phụ lục" },
  period: {
    year: "năm kế hoạch",
    from: "năm bắt đầu",
    to: "năm kết thúc",
    milestones: "các năm mốc",
    vision: "năm tầm nhìn",
  },
  source: { quote: "câu trích từ văn bản" },
  aggregate: {
    kind: "cách tổng hợp (\"sum\", \"ratio\", \"weighted\" hoặc \"none\")",
    numerator: "mã chỉ tiêu tử số",
    denominator: "mã chỉ tiêu mẫu số",
    scale: "hệ số nhân của tỷ lệ",
    weight: "mã chỉ tiêu quyền số",
  },
  sections: { code: "ký hiệu phần", title: "tên phần", statedCount: "số chỉ tiêu văn bản nêu cho phần", indicators: "danh sách chỉ tiêu" },
};

const ANY_PARENT: Record<string, string> = {
  schemaVersion: "phiên bản lược đồ",
  id: "mã kế hoạch",
  title: "tên kế hoạch",
  document: "thông tin văn bản",
  issuer: "cơ quan ban hành",
  period: "thời kỳ kế hoạch",
  annexHeading: "tiêu đề phụ lục",
  statedCount: "tổng số chỉ tiêu văn bản nêu",
  reportingDeadline: "hạn nộp báo cáo",
  exceedMargin: "ngưỡng Vượt",
  sections: "danh sách các phần",
  code: "mã chỉ tiêu",
  stt: "số thứ tự (STT)",
  name: "tên chỉ tiêu",
  unit: "đơn vị tính",
  target: "chỉ tiêu kế hoạch",
  stretch: "mục tiêu phấn đấu",
  milestones: "chỉ tiêu theo năm mốc",
  direction: "chiều đánh giá",
  basis: "giá / phương pháp tính",
  agency: "cơ quan chủ trì",
  aggregate: "cách tổng hợp",
  parts: "chỉ tiêu thành phần",
  source: "nguồn trích dẫn",
  note: "ghi chú",
};

/** Parents whose children are addressed by index: "sections[0]" is a section. */
const ARRAY_ITEM_PARENT: Record<string, string> = {
  sections: "sections",
  indicators: "indicator",
  parts: "indicator",
};

export function fieldLabel(path: readonly PropertyKey[]): string {
  const key = path[path.length - 1];
  if (key === undefined) {
    return "nội dung tệp kế hoạch";
  }
  if (typeof key !== "string") {
    return "phần tử";
  }
  const parent = nearestNamedParent(path.slice(0, -1));
  return BY_PARENT[parent ?? ""]?.[key] ?? ANY_PARENT[key] ?? `trường "${key}"`;
}

function nearestNamedParent(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === "string") {
      return ARRAY_ITEM_PARENT[key] ?? key;
    }
  }
  return undefined;
}
