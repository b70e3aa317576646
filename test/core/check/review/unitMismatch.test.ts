import { MESSAGES } from "../../../../src/core/vn";
import { findingsOf, indicator, planOf } from "./helpers";

describe("don-vi-khac: a figure in another unit than its row's", () => {
  test("a milestone printed in xã under unit % (Cầu Ngang CT12.2)", () => {
    const row = indicator({ name: "xã đạt chuẩn xã nông thôn mới nâng cao", unit: "%", target: "100%", milestones: { "2025": "08 xã" } });
    const findings = findingsOf("don-vi-khac", planOf([{ indicators: [row] }]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "canh_bao", code: row.code });
    expect(findings[0]?.message).toContain(`mốc năm 2025 «08 xã»: ${MESSAGES.unitMismatch("xã", "%")}`);
  });
});
