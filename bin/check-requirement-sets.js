#!/usr/bin/env node
"use strict";
/**
 * Part of `npm run lint`: every Excel API member the add-in touches (src/hosts/office and
 * src/taskpane) whose requirement set is above the manifest's minimum (ExcelApi 1.7) must sit
 * behind a check of that set, or Excel 2019 fails the whole batch ("ApiNotFound"). Read with the
 * TypeScript compiler, so a member is known by its declaration in @types/office-js, not by its
 * name.
 *
 * A use is guarded when it is inside the true branch of a condition (if, ?:, &&) that calls
 * isSetSupported with at least that version, or reads a flag of ApiSupport (apiSupport.ts) whose
 * FEATURES version is at least that; or inside a function documented `@requires ExcelApi 1.9`,
 * whose own uses are then checked the same way.
 *
 * Usage: node bin/check-requirement-sets.js [project root]   (exit 1 when a use is unguarded)
 */
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { excelApiSets, compareVersions, manifestMinimum } = require("./excelApiSets");

const SCANNED = [path.join("src", "hosts", "office"), path.join("src", "taskpane")];

function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(full);
    }
  };
  for (const dir of SCANNED) walk(path.join(root, dir));
  return files;
}

/** FEATURES in apiSupport.ts: the ExcelApi version behind each ApiSupport flag. */
function featureVersions(program) {
  const versions = new Map();
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.endsWith(path.join("office", "apiSupport.ts")) && !file.fileName.endsWith("office/apiSupport.ts")) continue;
    const visit = (node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === "FEATURES" && node.initializer) {
        let init = node.initializer;
        while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
        if (ts.isObjectLiteralExpression(init)) {
          for (const prop of init.properties) {
            if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
            const version = prop.initializer.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(file) === "version");
            if (version && ts.isStringLiteral(version.initializer)) versions.set(prop.name.getText(file), version.initializer.text);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return versions;
}

function checkRequirementSets(root) {
  const minimum = manifestMinimum(path.join(root, "manifest.xml"));
  const files = sourceFiles(root);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    types: ["office-js"],
    typeRoots: [path.join(__dirname, "..", "node_modules", "@types")],
  });
  const checker = program.getTypeChecker();
  const sets = excelApiSets();
  const features = featureVersions(program);
  const problems = [];
  const scanned = new Set(files.map((f) => path.resolve(f)));

  /** The Excel member a name refers to, as "Owner.member", or null. */
  const excelMember = (name) => {
    const symbol = checker.getSymbolAtLocation(name);
    for (const decl of symbol?.declarations ?? []) {
      const owner = decl.parent;
      if (!owner || !(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) || !owner.name) continue;
      if (!decl.getSourceFile().fileName.includes("office-js")) continue;
      const key = `${owner.name.text}.${name.text}`;
      if (sets.has(key)) return { key, ...sets.get(key) };
    }
    return null;
  };
  const above = (need) => need.set !== "ExcelApi" || compareVersions(need.version, minimum) > 0;
  const covers = (version, need) => need.set === "ExcelApi" && compareVersions(version, need.version) >= 0;

  /** Whether evaluating `condition` as true proves the set `need` is there. */
  const proves = (condition, need) => {
    let proven = false;
    const visit = (node) => {
      if (proven) return;
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
        if (name === "isSetSupported") {
          const [set, version] = node.arguments;
          const setOk = set && ts.isStringLiteral(set) && set.text === need.set;
          const versionOk = version && ts.isStringLiteral(version) && (need.set !== "ExcelApi" || compareVersions(version.text, need.version) >= 0);
          if (setOk && versionOk) proven = true;
        }
      }
      if (ts.isPropertyAccessExpression(node)) {
        const type = checker.getTypeAtLocation(node.expression);
        const typeName = type.aliasSymbol?.name ?? type.symbol?.name;
        const version = features.get(node.name.text);
        if (typeName === "ApiSupport" && version !== undefined && covers(version, need)) proven = true;
      }
      // A negated check proves nothing.
      if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) return;
      ts.forEachChild(node, visit);
    };
    visit(condition);
    return proven;
  };

  /** `@requires ExcelApi 1.9` on a function: its callers check the set. */
  const requiresTag = (node) => {
    for (const tag of ts.getJSDocTags(node)) {
      if (tag.tagName.text !== "requires") continue;
      const text = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? "";
      const match = /^(\w+) ([0-9]+\.[0-9]+)/.exec(text.trim());
      if (match) return { set: match[1], version: match[2] };
    }
    return null;
  };
  const functionLike = (node) =>
    ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node);
  /** The function a declaration's JSDoc sits on (for `const f = () => …` the variable statement carries it). */
  const requiresOf = (fn) => requiresTag(fn) ?? (fn.parent && ts.isVariableDeclaration(fn.parent) ? requiresTag(fn.parent.parent.parent) : null);

  const guarded = (node, need) => {
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent) && parent.thenStatement === child && proves(parent.expression, need)) return true;
      if (ts.isConditionalExpression(parent) && parent.whenTrue === child && proves(parent.condition, need)) return true;
      if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === child && proves(parent.left, need)) return true;
      if (functionLike(parent)) {
        const declared = requiresOf(parent);
        if (declared && declared.set === need.set && (need.set !== "ExcelApi" || compareVersions(declared.version, need.version) >= 0)) return true;
      }
    }
    return false;
  };

  const where = (node) => {
    const file = node.getSourceFile();
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return `${path.relative(root, file.fileName)}:${line + 1}:${character + 1}`;
  };

  const requiring = new Map();
  for (const file of program.getSourceFiles()) {
    if (!scanned.has(path.resolve(file.fileName))) continue;
    const visit = (node) => {
      if (functionLike(node)) {
        const declared = requiresOf(node);
        const name = ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) ? node.name : node.parent && ts.isVariableDeclaration(node.parent) ? node.parent.name : null;
        const symbol = declared && name ? checker.getSymbolAtLocation(name) : undefined;
        if (symbol) requiring.set(symbol, declared);
      }
      if (ts.isPropertyAccessExpression(node)) {
        const member = excelMember(node.name);
        if (member && above(member) && !guarded(node, member)) {
          problems.push(`${where(node)}: ${member.key} cần ${member.set} ${member.version} (manifest tối thiểu ExcelApi ${minimum}) mà không nằm sau isSetSupported hay cờ ApiSupport tương ứng.`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  // Functions documented @requires: every use must itself be guarded.
  for (const file of program.getSourceFiles()) {
    if (!scanned.has(path.resolve(file.fileName))) continue;
    const visit = (node) => {
      if (ts.isIdentifier(node)) {
        const symbol = checker.getSymbolAtLocation(node);
        const need = symbol && requiring.get(symbol);
        const isDeclaration = node.parent && (ts.isFunctionDeclaration(node.parent) || ts.isVariableDeclaration(node.parent) || ts.isMethodDeclaration(node.parent)) && node.parent.name === node;
        if (need && !isDeclaration && !guarded(node, need)) {
          problems.push(`${where(node)}: ${node.text} cần ${need.set} ${need.version} (@requires) mà không nằm sau isSetSupported hay cờ ApiSupport tương ứng.`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { minimum, files: files.length, problems };
}

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, ".."));
  const { minimum, files, problems } = checkRequirementSets(root);
  if (problems.length > 0) {
    console.error(`Lệnh gọi Excel API vượt ExcelApi ${minimum} mà không kiểm tra trước (${problems.length}):`);
    for (const problem of problems) console.error(`- ${problem}`);
    process.exit(1);
  }
  console.log(`Yêu cầu ExcelApi: ${files} tệp, mọi lệnh gọi trên ExcelApi ${minimum} đều được kiểm tra trước.`);
}

module.exports = { checkRequirementSets };
