import { parseTarget } from "../vn/target";
import type { Indicator } from "./schema";

/** A target is measurable when the target parser reads a figure from it (anything but a qualitative aim). */
export function isMeasurable(indicator: Indicator): boolean {
  return indicator.target !== null && parseTarget(indicator.target, indicator.unit).op !== "text";
}
