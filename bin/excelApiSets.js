"use strict";
/**
 * The requirement set of every member of Office.js's Excel API, read from the "[Api set: …]"
 * notes of @types/office-js (Microsoft's own reference, installed with the project). One reading
 * for two users: the lint check of the add-in's calls (check-requirement-sets.js) and the test
 * double, which refuses what the Excel it emulates lacks.
 */
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const API_SET = /\[Api set: ([A-Za-z]+) ([0-9]+\.[0-9]+)\]/;

/** "[Api set: ExcelApi 1.8]" in a JSDoc text, as { set: "ExcelApi", version: "1.8" }, or null. */
function parseApiSet(text) {
  const match = API_SET.exec(text ?? "");
  return match ? { set: match[1], version: match[2] } : null;
}

/** "1.10" > "1.9": versions compare by their numbers, not as text. */
function compareVersions(a, b) {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am !== bm ? am - bm : an - bn;
}

let cached = null;

/** Parsing the 10 MB declaration file takes seconds: the result is kept on disk, keyed by the file's size and date. */
function diskCache(file) {
  const stat = fs.statSync(file);
  return path.join(require("node:os").tmpdir(), `phuluc-excel-api-sets-${stat.size}-${Math.round(stat.mtimeMs)}.json`);
}

/**
 * Map "Worksheet.showGridlines" → { set: "ExcelApi", version: "1.8" } for the classes and
 * interfaces of the Excel namespace (members without a note are left out).
 */
function excelApiSets() {
  if (cached) return cached;
  const file = require.resolve("@types/office-js/index.d.ts", { paths: [path.join(__dirname, "..")] });
  const cacheFile = diskCache(file);
  try {
    cached = new Map(Object.entries(JSON.parse(fs.readFileSync(cacheFile, "utf8"))));
    return cached;
  } catch {
    // Not there yet (or unreadable): read the declarations.
  }
  const text = fs.readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const sets = new Map();
  const visit = (node, namespace) => {
    if (ts.isModuleDeclaration(node) && node.body) {
      const name = node.name.text;
      // Only Excel (and what encloses it) holds the members wanted.
      if (namespace === "" && name !== "Excel") return;
      const inner = namespace ? `${namespace}.${name}` : name;
      if (ts.isModuleBlock(node.body)) node.body.statements.forEach((child) => visit(child, inner));
      return;
    }
    if (namespace !== "Excel") return;
    if (!ts.isClassDeclaration(node) && !ts.isInterfaceDeclaration(node)) return;
    const owner = node.name?.text;
    if (!owner) return;
    for (const member of node.members) {
      const name = member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : null;
      if (!name) continue;
      const docs = (ts.getLeadingCommentRanges(text, member.pos) ?? []).map((range) => text.slice(range.pos, range.end)).join("\n");
      const found = parseApiSet(docs);
      // Overloads share a name: the lowest set is when the member first appeared.
      const key = `${owner}.${name}`;
      const known = sets.get(key);
      if (found && (!known || (known.set === found.set && compareVersions(found.version, known.version) < 0))) sets.set(key, found);
    }
  };
  source.statements.forEach((statement) => visit(statement, ""));
  cached = sets;
  try {
    const temporary = `${cacheFile}.${process.pid}`;
    fs.writeFileSync(temporary, JSON.stringify(Object.fromEntries(sets)));
    fs.renameSync(temporary, cacheFile);
  } catch {
    // A read-only temporary directory only costs the next run the parse.
  }
  return sets;
}

/** The ExcelApi version manifest.xml requires (<Set Name="ExcelApi" MinVersion="…"/>). */
function manifestMinimum(manifestFile) {
  const xml = fs.readFileSync(manifestFile, "utf8");
  const match = /<Set\s+Name="ExcelApi"\s+MinVersion="([0-9]+\.[0-9]+)"/.exec(xml);
  if (!match) throw new Error(`${manifestFile}: không thấy <Set Name="ExcelApi" MinVersion="…"/>.`);
  return match[1];
}

module.exports = { excelApiSets, parseApiSet, compareVersions, manifestMinimum };
