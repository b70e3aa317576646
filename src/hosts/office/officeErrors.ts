/**
 * Office's own errors, as the people using the pane should read them. Excel reports a failed batch
 * with an OfficeExtension.Error whose code says why (Microsoft's Excel.ErrorCodes); the known ones
 * become a Vietnamese sentence that says what to do, keeping Office's error as the cause. Unknown
 * codes and errors of the add-in itself pass through unchanged.
 */

/** What to tell the user for each Excel error code the add-in can meet. */
const MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: "Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc để rời ô đang sửa rồi thử lại.",
  WriteNotSupportedWhenModalDialogOpen: "Excel đang mở một hộp thoại: đóng hộp thoại đó rồi thử lại.",
  AccessDenied: "Excel không cho ghi vào sổ làm việc (sổ hoặc trang tính đang được bảo vệ, hoặc chỉ được xem): bỏ bảo vệ hoặc mở bản có quyền sửa rồi thử lại.",
  RequestPayloadSizeLimitExceeded: "Dữ liệu gửi sang Excel quá lớn cho một lần ghi (Excel trên web giới hạn 5 MB): thử lại; nếu vẫn lỗi, dùng chế độ tệp.",
  ResponsePayloadSizeLimitExceeded: "Sổ làm việc có quá nhiều dữ liệu để đọc một lần (Excel trên web giới hạn 5 MB): xóa hoặc chuyển bớt các trang không liên quan sang sổ khác rồi thử lại.",
  ActivityLimitReached: "Excel đang bận xử lý quá nhiều yêu cầu: chờ vài giây rồi thử lại.",
  InvalidOrTimedOutSession: "Phiên làm việc với Excel đã hết hạn: đóng ngăn Phụ lục rồi mở lại.",
  ApiNotFound: "Phiên bản Excel này thiếu một chức năng Phụ lục cần: cập nhật Excel, hoặc dùng chế độ tệp.",
  Conflict: "Sổ làm việc vừa được người khác sửa cùng lúc: thử lại.",
};

export class OfficeUserError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = "OfficeUserError";
  }
}

/** An Office error with a known code as an OfficeUserError; anything else as it was. */
export function translateOfficeError(error: unknown): unknown {
  if (error instanceof OfficeUserError) return error;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== "string") return error;
  const message = MESSAGES[code];
  return message === undefined ? error : new OfficeUserError(code, message, { cause: error });
}
