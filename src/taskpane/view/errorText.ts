/**
 * Errors as a person can act on them. The core and the hosts throw Vietnamese messages that say
 * what to do; anything else (a library's English message) gets a Vietnamese sentence around it.
 * `subject` names what the message is about when the message itself does not (a file name).
 */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

export function errorText(action: string, error: unknown, subject?: string): string {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  if (VIETNAMESE.test(message)) return subject === undefined ? message : `${subject}: ${message}`;
  const detail = message.trim() === "" ? "" : ` Chi tiết kỹ thuật: ${message}`;
  return `${action} không thành công. Hãy thử lại; nếu vẫn lỗi, đóng rồi mở lại ngăn Phụ lục và gửi thông báo này cho người hỗ trợ.${detail}`;
}
