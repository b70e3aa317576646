/**
 * The Vietnamese warnings of number and target reading, in one place so the
 * wording stays consistent wherever a warning is shown (review, sheets, pane).
 */
export const MESSAGES = {
  dotAsDecimal: (printed: string, read: string) =>
    `Số "${printed}" dùng dấu chấm làm dấu thập phân; đã đọc là ${read}. Theo cách viết Việt Nam nên ghi "${read}".`,
  foreignSeparators: (printed: string, read: string) =>
    `Số "${printed}" dùng dấu phân cách kiểu nước ngoài (dấu phẩy nhóm hàng nghìn); đã đọc là ${read}.`,
  commaThousands: (printed: string, read: string, thousands: string) =>
    `Số "${printed}" có thể là ${read} (dấu phẩy thập phân) hoặc ${thousands} (dấu phẩy nhóm hàng nghìn kiểu nước ngoài); đã đọc là ${read}. Nếu là ${thousands}, hãy ghi "${thousands}".`,
  unreadableNumber: (printed: string) => `Không đọc được số "${printed}"; bỏ qua con số này.`,
  blank: () => "Chỉ tiêu trống: không có nội dung để đánh giá.",
  notUnderstood: () => "Không hiểu con số trong chỉ tiêu; tạm coi là chỉ tiêu định tính, cần đánh giá thủ công.",
  qualitative: () => "Chỉ tiêu định tính (không có con số cần đạt): cần đánh giá thủ công.",
  latex: (printed: string, read: string) => `Chỉ tiêu viết bằng ký hiệu LaTeX ("${printed}"); đã đọc là "${read}".`,
  assumedUnit: (printed: string, read: string) => `Chỉ tiêu ghi "${printed}" mà không ghi đơn vị; đã hiểu là ${read}.`,
  unitMismatch: (phraseUnit: string, indicatorUnit: string) =>
    `Đơn vị trong chỉ tiêu ("${phraseUnit}") khác đơn vị tính của chỉ tiêu ("${indicatorUnit}").`,
  otherFigures: (chosen: string, others: string[]) =>
    `Chỉ tiêu có nhiều con số; chỉ đọc "${chosen}", các số khác (${others.map((o) => `"${o}"`).join(", ")}) cần tách thành chỉ tiêu riêng hoặc xem lại.`,
  reversedRange: (printed: string, read: string) => `Khoảng "${printed}" ghi số lớn trước; đã đọc là ${read}.`,
  internalError: (detail: string) => `Không đọc được chỉ tiêu do lỗi chương trình (${detail}); tạm coi là chỉ tiêu định tính.`,
} as const;
