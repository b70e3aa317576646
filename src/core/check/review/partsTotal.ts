import type { Indicator } from "../../model";
import { foldVietnamese, formatNumber, parseTarget, unitKind, withUnit, type Target, type UnitKind } from "../../vn";
import { halfLastDigit } from "../rule";
import { isBreakdownPart } from "./breakdown";
import type { Located, ReviewRule } from "./finding";
import { rowName } from "./describe";

/** Units whose figures add up (DOMAIN "Consolidating"): amounts, counts, measures. */
const ADDITIVE: ReadonlySet<UnitKind> = new Set(["money", "count", "measure"]);
/** "Cơ cấu kinh tế", "Cơ cấu:", folded: a structure whose shares make 100%. */
const STRUCTURE = /^co cau(?![\p{L}\p{N}])/u;
/** The figures a target states as one number: a range or a ratio has no single figure to add. */
const SINGLE_FIGURE: ReadonlySet<Target["op"]> = new Set(["=", "~", ">", ">=", "<", "<="]);

interface Figure {
  indicator: Indicator;
  target: Target;
}

/** A blank target reads as no figure in the row's unit: a blank part leaves the sum open. */
function figureOf(indicator: Indicator): Figure {
  return { indicator, target: parseTarget(indicator.target ?? "", indicator.unit) };
}

function singleValue(target: Target): number | null {
  return SINGLE_FIGURE.has(target.op) && target.value !== undefined && target.of === undefined ? target.value : null;
}

const sameBasis = (a: Indicator, b: Indicator) => (a.basis === null ? null : foldVietnamese(a.basis)) === (b.basis === null ? null : foldVietnamese(b.basis));

function isStructure(indicator: Indicator): boolean {
  return STRUCTURE.test(foldVietnamese(indicator.name));
}

interface Check {
  /** The total the parts must make, with its unit, as people read it. */
  total: number;
  unit: string | null;
  parts: Figure[];
  /** Figures whose precision sets the tolerance. */
  precision: number[];
  structure: boolean;
}

/**
 * What a parent's parts must add up to, or null when nothing can be said:
 * - a structure's % shares must make 100;
 * - otherwise the parts that break the parent's figure down (see isBreakdownPart) in the same
 *   additive unit, on the same price basis, of the same kind (levels with a level, changes with a
 *   change) must make the parent's figure.
 * At least two parts are needed, and every one of them must be a single figure: a range among
 * them leaves the sum open, and no sum is better than a false alarm.
 */
function checkFor(parent: Indicator): Check | null {
  if (isStructure(parent)) {
    const shares = parent.parts
      .map(figureOf)
      .filter((f) => unitKind(f.target.unit) === "percent" && f.target.change === null && sameBasis(f.indicator, parent));
    return { total: 100, unit: "%", parts: shares, precision: [], structure: true };
  }
  const whole = figureOf(parent);
  if (!ADDITIVE.has(unitKind(whole.target.unit) ?? "other")) return null;
  const total = singleValue(whole.target);
  if (total === null) return null;
  const parts = parent.parts
    .filter((p) => isBreakdownPart(parent, p) && sameBasis(p, parent))
    .map(figureOf)
    .filter((f) => f.target.unit === whole.target.unit && f.target.change === whole.target.change);
  return { total, unit: whole.target.unit, parts, precision: [total], structure: false };
}

function amount(value: number, unit: string | null): string {
  return withUnit(formatNumber(Number(value.toPrecision(12))), unit);
}

/**
 * "tong-thanh-phan" (lỗi): parts that should add up to their parent and do not, beyond half a
 * unit of the least precise figure (41,7 + 47,12 + 11,18 may differ from 100 by 0,05).
 */
export const partsTotal: ReviewRule = {
  id: "tong-thanh-phan",
  run: ({ placed }) =>
    placed.flatMap((item, at): Located[] => {
      const parent = item.indicator;
      if (parent.parts.length < 2) return [];
      const check = checkFor(parent);
      if (check === null || check.parts.length < 2) return [];
      const values = check.parts.map((p) => singleValue(p.target));
      if (values.some((v) => v === null)) return [];
      const sum = (values as number[]).reduce((a, b) => a + b, 0);
      const tolerance = Math.max(...[...check.precision, ...(values as number[])].map(halfLastDigit));
      const difference = sum - check.total;
      if (Math.abs(difference) <= tolerance + 1e-9) return [];
      const listed = check.parts.map((p) => `${rowName(p.indicator)} ${amount(singleValue(p.target) ?? 0, check.unit)}`).join(", ");
      const expected = check.structure ? "các tỷ trọng của một cơ cấu phải cộng lại bằng 100%" : `chỉ tiêu tổng là ${amount(check.total, check.unit)}`;
      return [
        {
          at,
          finding: {
            rule: "tong-thanh-phan",
            severity: "loi",
            code: parent.code,
            message: `Các thành phần của ${rowName(parent)} cộng lại được ${amount(sum, check.unit)} (${listed}), trong khi ${expected} (chênh ${amount(Math.abs(difference), check.unit)}): kiểm tra lại số liệu của chỉ tiêu tổng và các thành phần.`,
          },
        },
      ];
    }),
};
