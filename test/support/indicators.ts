import type { Indicator } from "../../src/core/model";

let counter = 0;

/** An indicator for tests: only what the test is about, the rest as a loaded plan would have it. */
export function indicator(fields: Partial<Indicator> & { name: string }): Indicator {
  counter += 1;
  return {
    code: `T${counter}`,
    stt: "",
    unit: null,
    target: null,
    stretch: null,
    milestones: {},
    direction: null,
    basis: null,
    agency: null,
    aggregate: null,
    parts: [],
    source: { quote: fields.name },
    note: null,
    ...fields,
  };
}
