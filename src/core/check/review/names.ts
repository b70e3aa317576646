import { expandAbbreviations, foldVietnamese } from "../../vn";

/**
 * A name as compared, not as shown: abbreviations expanded ("BHYT" = "bảo hiểm y tế"), case and
 * diacritics folded, punctuation as spaces ("UBND-HĐND" = "UBND - HĐND").
 */
export function comparableName(text: string): string {
  return foldVietnamese(expandAbbreviations(text))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
