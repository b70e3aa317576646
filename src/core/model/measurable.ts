import type { Indicator } from "./schema";

/**
 * Provisional: a target is measurable when it states a figure. The target
 * parser (src/core/vn) replaces this with its own reading.
 */
export function isMeasurable(indicator: Indicator): boolean {
  return indicator.target !== null && /\d/.test(indicator.target);
}
