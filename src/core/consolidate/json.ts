import type { Consolidation } from "./consolidate";

/**
 * The consolidation as `phuluc consolidate --json` prints it: everything in the result but the
 * rules the totals were judged by (they restate each total's target), and each locality's figures
 * keyed by locality name so that a reader never has to align arrays.
 */
export function consolidationJson(c: Consolidation) {
  return {
    template: c.template,
    localities: c.localities.map((name, i) => ({ name, source: c.sources[i] ?? null })),
    indicators: c.indicators.map((indicator) => {
      const { rule: _rule, ...total } = indicator.total;
      return {
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        aggregate: indicator.aggregate,
        aggregateOrigin: indicator.aggregateOrigin,
        method: indicator.method,
        total,
        byLocality: Object.fromEntries(indicator.byLocality.map((figure, i) => [c.localities[i] ?? String(i), figure])),
      };
    }),
    completeness: c.completeness,
    excluded: c.excluded,
    warnings: c.warnings,
  };
}
