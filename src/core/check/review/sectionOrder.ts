import type { Section } from "../../model";
import { sectionPosition, type Located, type ReviewInput, type ReviewRule } from "./finding";
import { sectionLabel } from "./describe";
import { bareCode, candidateSchemes, type NumberingScheme } from "./sectionSchemes";

interface Break {
  section: number;
  expected: number;
  /** The code read in the scheme; null when it is not written in the scheme at all. */
  value: number | null;
}

/**
 * Walks the sections expecting 1, 2, 3... in the scheme. A section that breaks the sequence is
 * either mislabelled (the next section continues from where this one should be: "I" among B, C,
 * D) or starts after a gap (the next continues from it: A, B, D, E), and the walk resumes
 * accordingly, so that one wrong label gives one finding, not one per section after it.
 */
function breaksIn(codes: readonly (string | null)[], scheme: NumberingScheme): Break[] {
  const read = (code: string | null | undefined) => (code === null || code === undefined ? null : scheme.read(code));
  const breaks: Break[] = [];
  let expected = 1;
  codes.forEach((code, i) => {
    const value = read(code);
    if (value === expected) {
      expected++;
      return;
    }
    breaks.push({ section: i, expected, value });
    const next = read(codes[i + 1]);
    expected = value !== null && next === value + 1 ? value + 1 : expected + 1;
  });
  return breaks;
}

function message(sections: readonly Section[], codes: readonly (string | null)[], scheme: NumberingScheme, schemes: readonly NumberingScheme[], b: Break): string {
  const section = sections[b.section] as Section;
  const printed = section.code;
  const wanted = scheme.write(b.expected);
  if (printed === null) {
    return `${sectionLabel(section)} không có số thứ tự trong khi các mục khác có: ghi «${wanted}».`;
  }
  const code = codes[b.section] ?? printed;
  const other = schemes.find((s) => s !== scheme && s.read(code) === b.expected);
  const previous = b.section > 0 ? sections[b.section - 1]?.code : null;
  const why =
    other !== undefined
      ? `«${printed}» đánh theo kiểu ${other.name} trong khi các mục khác đánh theo ${scheme.name}`
      : b.value === null
        ? `«${printed}» khác kiểu đánh số của các mục khác (${scheme.name})`
        : previous === null || previous === undefined
          ? `mục đầu tiên lẽ ra là «${wanted}»`
          : `sau «${previous}» lẽ ra là «${wanted}»`;
  const gap = b.value !== null && b.value > b.expected && other === undefined ? ", hoặc bổ sung mục còn thiếu" : "";
  return `${sectionLabel(section)}: số thứ tự «${printed}» không đúng thứ tự (${why}): sửa thành «${wanted}»${gap}.`;
}

/**
 * "thu-tu-muc" (cảnh báo): section labels out of sequence: "I" among B, C, D, a gap, mixed
 * schemes (A, B, 3), a label missing among labelled sections; one finding per section that
 * breaks the sequence. The scheme is the one that explains the labels with the fewest breaks.
 * A plan whose sections carry no labels at all has nothing to check.
 */
export const sectionOrder: ReviewRule = {
  id: "thu-tu-muc",
  run: (input: ReviewInput) => {
    const { sections } = input.plan;
    const codes = sections.map((s) => (s.code === null ? null : bareCode(s.code)));
    const labelled = codes.filter((c): c is string => c !== null);
    if (labelled.length === 0) return [];
    const schemes = candidateSchemes(labelled);
    let best: { scheme: NumberingScheme; breaks: Break[] } | null = null;
    for (const scheme of schemes) {
      const breaks = breaksIn(codes, scheme);
      if (best === null || breaks.length < best.breaks.length) best = { scheme, breaks };
    }
    if (best === null) return [];
    const { scheme } = best;
    return best.breaks.map(
      (b): Located => ({
        at: sectionPosition(input, b.section),
        finding: { rule: "thu-tu-muc", severity: "canh_bao", code: null, message: message(sections, codes, scheme, schemes, b) },
      }),
    );
  },
};
