import { indicatorLabel, labelList, placedIndicators, type Placed, type Plan } from "../model";
import { agencyCell, stillSuggested } from "./agencyCell";
import type { AnnexEntry } from "./layout";

/**
 * Rows whose "Cơ quan chủ trì" is still the annex's suggestion: the document names no agency and
 * no officer has confirmed or corrected it. An office cannot issue a suggestion as its own words,
 * so the issued copy waits until this list is empty.
 */
export function unconfirmedAgencies(plan: Plan, entries: ReadonlyMap<string, Pick<AnnexEntry, "agency">> = new Map()): Placed[] {
  return placedIndicators(plan).filter((item) => {
    const edited = entries.get(item.indicator.code)?.agency;
    return edited === undefined ? agencyCell(plan, item).suggested : stillSuggested(edited);
  });
}

/** Why the issued copy was not made, and what to do, naming the rows. */
export function unconfirmedMessage(rows: readonly Placed[]): string {
  return (
    `Chưa tạo bản để ban hành: ${rows.length} chỉ tiêu còn cơ quan chủ trì do Phụ lục gợi ý, chưa được xác nhận: ${labelList(rows.map(indicatorLabel))}. ` +
    `Trong bản làm việc (phụ lục đã tạo), xem lại ô "Cơ quan chủ trì" của các dòng này, sửa nếu cần và xóa chữ "(gợi ý)"; rồi tạo bản để ban hành từ bản làm việc đó.`
  );
}
