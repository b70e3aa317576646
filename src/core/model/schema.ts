import { z } from "zod";
import { isExceedMargin } from "./exceedMargin";

/**
 * The plan model, schema version 1. Field names are a contract shared with
 * the sheets, the add-in and outside checks; see README "Mô hình kế hoạch".
 *
 * Faithfulness over tidiness: texts are kept as the document prints them
 * (targets, STT, section codes), and a blank in the document is `null`.
 */
export const SCHEMA_VERSION = 1;

export const LEVELS = ["tinh", "huyen", "xa"] as const;
export const DIRECTIONS = ["higher", "lower", "band", "info"] as const;
export const AGENCY_ORIGINS = ["document", "suggested"] as const;

export type Level = (typeof LEVELS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type AgencyOrigin = (typeof AGENCY_ORIGINS)[number];

/** A non-blank text. Not trimmed: the model keeps what the document prints. */
const text = z.string().regex(/\S/, { error: "blank" });
const year = z.int().min(1945).max(2100);
const yearKey = z.string().regex(/^\d{4}$/, { error: "year_key" });
/** "2024", "2024-01" or "2024-01-19": documents often leave the day or month blank. */
const ISO_PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date as an officer types it, Vietnamese order: "19/01/2024", "19-1-2024", "01/2024" -> ISO
 * ("2024-01-19", "2024-01"); anything else is left as typed for the check to refuse.
 */
export function normalizeDate(typed: string): string {
  const text = typed.trim();
  const full = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (full !== null) return `${full[3]}-${(full[2] ?? "").padStart(2, "0")}-${(full[1] ?? "").padStart(2, "0")}`;
  const monthYear = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (monthYear !== null) return `${monthYear[2]}-${(monthYear[1] ?? "").padStart(2, "0")}`;
  return text;
}

const partialDate = z.string().transform(normalizeDate).pipe(z.string().regex(ISO_PARTIAL_DATE, { error: "partial_date" }));
/**
 * How deep parts may nest below a numbered indicator: plans print indicator, part ("a", "-") and
 * sub-part ("+"), seldom more. A bound keeps a malformed file from exhausting the stack.
 */
export const MAX_PART_DEPTH = 6;

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const code = z.string().regex(CODE_PATTERN, { error: "code_pattern" });

export const AgencySchema = z.strictObject({
  name: text,
  origin: z.enum(AGENCY_ORIGINS),
});

/**
 * How communes' figures of an indicator combine when the level above consolidates them (DOMAIN
 * "Consolidating"). Absent (null): decided by the unit (`defaultAggregate` in core/consolidate):
 * amounts, counts and measures add up; percentages, per-mille, ratios, ranks and per-capita figures
 * are not consolidated. A rate is never summed or plainly averaged: it is rebuilt from its
 * numerator and denominator indicators, or weighted by another indicator.
 */
export type Aggregate =
  | { kind: "sum" }
  /** Σ numerator ÷ Σ denominator × scale; scale null: from the unit (% 100, ‰ 1000, else 1). */
  | { kind: "ratio"; numerator: string; denominator: string; scale: number | null }
  /** Σ (value × weight) ÷ Σ weight, over the communes that report both. */
  | { kind: "weighted"; weight: string }
  | { kind: "none" };

export type AggregateInput =
  | { kind: "sum" }
  | { kind: "ratio"; numerator: string; denominator: string; scale?: number | null | undefined }
  | { kind: "weighted"; weight: string }
  | { kind: "none" };

export const AGGREGATE_KINDS = ["sum", "ratio", "weighted", "none"] as const;

export const AggregateSchema: z.ZodType<Aggregate, AggregateInput> = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("sum") }),
  z.strictObject({ kind: z.literal("ratio"), numerator: code, denominator: code, scale: z.number().positive().nullable().default(null) }),
  z.strictObject({ kind: z.literal("weighted"), weight: code }),
  z.strictObject({ kind: z.literal("none") }),
]);

/** "document": read from the plan's text (the quote is required); "entered": typed by an officer. */
export const SOURCE_ORIGINS = ["document", "entered"] as const;
export type SourceOrigin = (typeof SOURCE_ORIGINS)[number];

export const SourceSchema = z
  .strictObject({
    /** The exact sentence or table row of the document the figure comes from. */
    quote: text.optional(),
    /** Absent means "document". */
    origin: z.enum(SOURCE_ORIGINS).optional(),
  })
  .superRefine((source, ctx) => {
    if (source.origin !== "entered" && source.quote === undefined) ctx.addIssue({ code: "custom", path: ["quote"], message: "quote_required" });
  });

export interface Indicator {
  code: string;
  stt: string;
  name: string;
  unit: string | null;
  target: string | null;
  stretch: string | null;
  milestones: Record<string, string>;
  direction: Direction | null;
  basis: string | null;
  agency: { name: string; origin: AgencyOrigin } | null;
  aggregate: Aggregate | null;
  parts: Indicator[];
  source: { quote?: string | undefined; origin?: SourceOrigin | undefined };
  note: string | null;
}

export interface IndicatorInput {
  code: string;
  stt: string;
  name: string;
  unit?: string | null | undefined;
  target?: string | null | undefined;
  stretch?: string | null | undefined;
  milestones?: Record<string, string> | undefined;
  direction?: Direction | null | undefined;
  basis?: string | null | undefined;
  agency?: { name: string; origin: AgencyOrigin } | null | undefined;
  aggregate?: AggregateInput | null | undefined;
  parts?: IndicatorInput[] | undefined;
  source: { quote?: string | undefined; origin?: SourceOrigin | undefined };
  note?: string | null | undefined;
}

export const IndicatorSchema: z.ZodType<Indicator, IndicatorInput> = z.lazy(() =>
  z.strictObject({
    code,
    /** As printed: "1", "(3)", "-", or "" when the document prints none. */
    stt: z.string(),
    name: text,
    /** null for a qualitative indicator, or when the document leaves the cell blank. */
    unit: text.nullable().default(null),
    /** The assigned target, raw text exactly as printed; null when blank. */
    target: text.nullable().default(null),
    /** The separate "mục tiêu phấn đấu", when the source has one. */
    stretch: text.nullable().default(null),
    /** Intermediate targets by year, raw text, e.g. {"2025": "99,85%"}. */
    milestones: z.record(yearKey, text).default({}),
    /** Only when the document's wording must override what the name suggests. */
    direction: z.enum(DIRECTIONS).nullable().default(null),
    /** The price basis or method the figure is stated in, e.g. "giá so sánh năm 2010". */
    basis: text.nullable().default(null),
    agency: AgencySchema.nullable().default(null),
    /** How communes' figures combine when consolidated; null: by the unit (see Aggregate). */
    aggregate: AggregateSchema.nullable().default(null),
    parts: z.array(IndicatorSchema).default([]),
    source: SourceSchema,
    /** A transcriber's remark for reviewers; never shown as the document's words. */
    note: text.nullable().default(null),
  }),
);

export const SectionSchema = z.strictObject({
  /** As printed ("I", "B", "a", "1.1"); null when the document prints no label. */
  code: text.nullable(),
  title: text,
  /** How many indicators the text says this section has, when it says so. */
  statedCount: z.int().min(0).nullable().default(null),
  indicators: z.array(IndicatorSchema),
});

export const YearPeriodSchema = z.strictObject({ year });
export const RangePeriodSchema = z.strictObject({
  from: year,
  to: year,
  milestones: z.array(year).default([]),
  /** "tầm nhìn đến năm 2045" */
  vision: year.nullable().default(null),
});
export const PeriodSchema = z.union([YearPeriodSchema, RangePeriodSchema]);

export const DocumentSchema = z.strictObject({
  /** "Kế hoạch", "Kế hoạch hành động", "Chương trình hành động". */
  kind: text,
  /** As printed, e.g. "230/KH-UBND"; null when the number is left blank. */
  number: text.nullable().default(null),
  date: partialDate.nullable().default(null),
  place: text.nullable().default(null),
});

/**
 * The lines above the annex table as the document prints them (Nghị định 30/2020: "PHỤ LỤC I",
 * the title, the italic "(Kèm theo ...)" line). Each null: composed by the annex from the plan
 * ("CHỈ TIÊU CHỦ YẾU NĂM 2024"; the document's kind, `document.number` and `document.date` with
 * dots for what is unknown). The document's number and date themselves live in `document`.
 */
export const AnnexHeadingSchema = z.strictObject({
  /** "PHỤ LỤC I", "Phụ lục 01", exactly as printed. */
  label: text.nullable().default(null),
  /** The title exactly as printed, e.g. "CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH PHÁT TRIỂN KINH TẾ XÃ HỘI NĂM 2024". */
  title: text.nullable().default(null),
  /** The whole "(Kèm theo ...)" line exactly as printed, brackets included. */
  attachedTo: text.nullable().default(null),
});

export type AnnexHeading = z.output<typeof AnnexHeadingSchema>;

export const EMPTY_ANNEX_HEADING: AnnexHeading = { label: null, title: null, attachedTo: null };

export const IssuerSchema = z.strictObject({
  name: text,
  level: z.enum(LEVELS),
  /** null when the document does not say which province (a commune plan often does not). */
  province: text.nullable(),
});

/**
 * Shape only. Code uniqueness spans the whole tree and must be reported even
 * when other fields are wrong, so `loadPlan` checks it on the raw input:
 * always load plans through `loadPlan`.
 */
export const PlanSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "plan_id" }),
    title: text,
    document: DocumentSchema,
    issuer: IssuerSchema,
    period: PeriodSchema,
    statedCount: z.int().min(0).nullable().default(null),
    /** The annex's heading as printed; absent in older plan files (all parts composed). */
    annexHeading: AnnexHeadingSchema.default(() => ({ ...EMPTY_ANNEX_HEADING })),
    /**
     * The day the lower level's reports are due, as the plan states it ("trước ngày 05/11/2024":
     * "2024-11-05"); a report received by the end of that day (Vietnam time) is on time.
     */
    reportingDeadline: z.string().transform(normalizeDate).pipe(z.iso.date({ error: "deadline_date" })).nullable().default(null),
    /**
     * "Ngưỡng Vượt": how far beyond the plan, in % of the target, a figure must go to be Vượt rather
     * than Đạt (0: any figure beyond the plan is Vượt; 5: up to 105% of plan is Đạt). Offices differ
     * (DOMAIN "Reporting practice"); at most two decimals, so the sheet's formulas agree exactly.
     */
    exceedMargin: z.number({ error: "exceed_margin" }).refine(isExceedMargin, { error: "exceed_margin" }).default(0),
    sections: z.array(SectionSchema).min(1),
  })
  .superRefine((plan, ctx) => {
    if ("from" in plan.period && plan.period.from > plan.period.to) {
      ctx.addIssue({ code: "custom", path: ["period", "from"], message: "period_order" });
    }
  });

export type Plan = z.output<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
export type Section = Plan["sections"][number];
export type Period = Plan["period"];
