import type { AgencyOrigin, Level } from "../model/schema";

/**
 * A plan's text as the readers give it: paragraphs and tables, in document order. Every reader
 * (.docx, PDF, .txt, pasted text, a workbook's annex table) produces this, and the extractor
 * reads nothing else.
 */
export interface PlanText {
  blocks: PlanBlock[];
}

export type PlanBlock = { kind: "paragraph"; text: string } | { kind: "table"; rows: string[][] };

/** How sure the extractor is of an indicator: 1 when read straight off a table row or a plain item. */
export type Confidence = number;

/** An indicator or part as extracted: the plan model's fields plus how sure the reading is. */
export interface DraftIndicator {
  code: string;
  stt: string;
  name: string;
  unit: string | null;
  target: string | null;
  stretch: string | null;
  milestones: Record<string, string>;
  basis: string | null;
  agency: { name: string; origin: AgencyOrigin } | null;
  parts: DraftIndicator[];
  /** The document's exact words (a slice of `documentText(text)`). */
  source: { quote: string };
  /** 0..1; below 0.7 the pane and the CLI show the indicator as needing a look. */
  confidence: Confidence;
  /** Vietnamese, for the officer: what was guessed and what to check. */
  warnings: string[];
}

export interface DraftSection {
  code: string | null;
  title: string;
  statedCount: number | null;
  indicators: DraftIndicator[];
}

/** The heading as found; a field the document does not print is null (the officer fills it). */
export interface DraftHeading {
  id: string;
  title: string | null;
  document: { kind: string; number: string | null; date: string | null; place: string | null };
  issuer: { name: string | null; level: Level | null; province: string | null };
  period: { year: number } | { from: number; to: number; milestones: number[]; vision: number | null } | null;
}

/**
 * What `extractPlan` returns: a draft of the plan model, never saved as it is. `toPlanInput`
 * turns it into a plan model input once the officer has checked it.
 */
export interface DraftPlan extends DraftHeading {
  statedCount: number | null;
  sections: DraftSection[];
  /** Vietnamese, about the whole document (heading not found, no list of indicators...). */
  warnings: string[];
  /** Where the indicators were read from. */
  origin: "table" | "list" | "document";
  /** The lines printed above the annex table ("PHỤ LỤC I", its title, "(Kèm theo ...)"), when read from one. */
  annexHeading?: { label: string | null; title: string | null; attachedTo: string | null } | null;
}
