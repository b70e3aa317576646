/**
 * Every Vietnamese string of the source, collected with the TypeScript compiler: string literals,
 * template literals (their ${…} parts kept as written, so what is put into a message can be
 * judged too) and JSX text. A string is Vietnamese when it holds a letter with a diacritic; the
 * pane's and the CLI's messages all do, identifiers and file names never.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as ts from "typescript";
import { ROOT } from "./seeds";

export interface SourceString {
  /** "src/core/annex/readAnnex.ts" */
  file: string;
  line: number;
  /** The literal's text, each interpolation written back as "${expression}". */
  text: string;
  /** Only what the literal itself says: each interpolation is "…" (its source is code, not words). */
  words: string;
  /** The expressions put into a template literal, as written. */
  interpolations: string[];
  /** The text just after each interpolation (to tell a file name "${plan.id}.xlsx" from a message). */
  after: string[];
}

/** A letter only Vietnamese (of the languages in this code) writes: with a diacritic, or đ. */
export const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

export function vietnameseStrings(dirs: readonly string[]): SourceString[] {
  const found: SourceString[] = [];
  for (const path of dirs.flatMap((d) => sourceFiles(join(ROOT, d)))) {
    const file = relative(ROOT, path).replace(/\\/g, "/");
    const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true, path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const add = (node: ts.Node, text: string, interpolations: string[] = [], after: string[] = []) => {
      if (!VIETNAMESE_LETTER.test(text)) return;
      const words = interpolations.length === 0 ? text : node.kind === ts.SyntaxKind.TemplateExpression ? [(node as ts.TemplateExpression).head.text, ...after].join("…") : text;
      found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text, words, interpolations, after });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
      else if (ts.isJsxText(node)) add(node, node.text.replace(/\s+/g, " ").trim());
      else if (ts.isTemplateExpression(node)) {
        const interpolations = node.templateSpans.map((span) => span.expression.getText(source));
        const after = node.templateSpans.map((span) => span.literal.text);
        add(node, node.head.text + node.templateSpans.map((span, i) => `\${${interpolations[i] ?? ""}}${span.literal.text}`).join(""), interpolations, after);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
