/** Types of excelApiSets.js, for the test double that imports it. */
export interface ApiSet {
  set: string;
  version: string;
}
export function excelApiSets(): Map<string, ApiSet>;
export function parseApiSet(text: string): ApiSet | null;
export function compareVersions(a: string, b: string): number;
export function manifestMinimum(manifestFile: string): string;
