/**
 * Guards for tests that need programs outside Node (LibreOffice, poppler, Chromium). Where a tool
 * is missing the test is skipped with a visible warning, so a developer machine without them still
 * runs the rest; under CI=true the test fails instead, because CI installs them (.ci/run) and a
 * silent skip there would hide a broken setup.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** The Debian package that provides each tool, for the message. */
const PACKAGES: Record<string, string> = {
  soffice: "libreoffice-calc-nogui",
  pdfinfo: "poppler-utils",
  pdftotext: "poppler-utils",
  pdftoppm: "poppler-utils",
  chromium: "chromium",
  "font:Carlito": "fonts-crosextra-carlito",
  "font:Liberation Serif": "fonts-liberation",
};

/** The tool's absolute path on PATH, or null. */
export function findTool(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/** Whether fontconfig knows a font family (LibreOffice lays text out with what it finds). */
function hasFont(family: string): boolean {
  try {
    return execFileSync("fc-list", [":", "family"], { encoding: "utf8" })
      .split("\n")
      .some((line) => line.split(",").includes(family));
  } catch {
    return false;
  }
}

/** Tools by name on PATH, and fonts as "font:<family>". */
export function missingTools(names: readonly string[]): string[] {
  return names.filter((name) => (name.startsWith("font:") ? !hasFont(name.slice("font:".length)) : findTool(name) === null));
}

function missingMessage(missing: string[]): string {
  const packages = [...new Set(missing.map((name) => PACKAGES[name] ?? name))];
  const named = missing.map((name) => (name.startsWith("font:") ? `phông chữ ${name.slice("font:".length)}` : name));
  return `Thiếu công cụ ${named.join(", ")} (cài gói Debian: ${packages.join(" ")}; .ci/run cài sẵn).`;
}

export type TestFn = (name: string, fn: jest.ProvidesCallback, timeout?: number) => void;

/**
 * `test` when every tool is on PATH. Otherwise a `test` that skips with a warning, or, when
 * process.env.CI === "true", one that fails with the same message.
 */
export function requireTools(...names: string[]): TestFn {
  const missing = missingTools(names);
  if (missing.length === 0) return test;
  const message = missingMessage(missing);
  if (process.env.CI === "true") {
    return (name, _fn, timeout) =>
      test(
        name,
        () => {
          throw new Error(`${message} Trên CI các công cụ này là bắt buộc.`);
        },
        timeout,
      );
  }
  return (name, fn, timeout) => {
    console.warn(`Bỏ qua "${name}": ${message}`);
    test.skip(name, fn, timeout);
  };
}

export const requireTool = (name: string): TestFn => requireTools(name);
