#!/usr/bin/env node
"use strict";
/**
 * `npm run validate`: checks manifest.xml offline (what this add-in promises: Excel, Vietnamese
 * name and description, ReadWriteDocument, ExcelApi 1.7, icons present at their sizes, every
 * resid defined, element order of the OfficeApp schema), then asks Microsoft's validation
 * service through office-addin-manifest. That service is online only; when it cannot be reached
 * the offline result stands and the skip is said plainly.
 */
const fs = require("node:fs");
const path = require("node:path");
const { OfficeAddinManifest, validateManifest } = require("office-addin-manifest");

const ROOT = path.join(__dirname, "..");

/** Top-level order of a TaskPaneApp in the OfficeApp 1.1 schema (optional elements may be absent). */
const ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
  "DefaultSettings", "Permissions", "AllowSnapshot", "VersionOverrides", "ExtendedOverrides",
];

function pngSize(file) {
  const buffer = fs.readFileSync(file);
  if (buffer.toString("ascii", 1, 4) !== "PNG") return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

async function checkManifest(manifestPath) {
  const problems = [];
  const xml = fs.readFileSync(manifestPath, "utf8");
  const info = await OfficeAddinManifest.readManifestFile(manifestPath);
  const vietnamese = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id ?? "")) problems.push("Id phải là một GUID.");
  if (!/^\d+(\.\d+){0,3}$/.test(info.version ?? "")) problems.push("Version phải có dạng 1.0.0.0.");
  if (info.officeAppType !== "TaskPaneApp") problems.push("Phải là TaskPaneApp.");
  if (JSON.stringify(info.hosts) !== JSON.stringify(["Workbook"])) problems.push("Host phải là Workbook (Excel), và chỉ Excel.");
  if (info.permissions !== "ReadWriteDocument") problems.push("Permissions phải là ReadWriteDocument.");
  if (info.defaultLocale !== "vi-VN") problems.push("DefaultLocale phải là vi-VN.");
  if (!vietnamese.test(info.displayName ?? "")) problems.push("DisplayName phải là tiếng Việt có dấu.");
  if (!vietnamese.test(info.description ?? "")) problems.push("Description phải là tiếng Việt có dấu.");
  if ((info.displayName ?? "").length > 125) problems.push("DisplayName dài quá 125 ký tự.");
  if ((info.description ?? "").length > 250) problems.push("Description dài quá 250 ký tự.");

  const requirement = /<Requirements>\s*<Sets[^>]*>\s*<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"\s*\/>\s*<\/Sets>\s*<\/Requirements>/.exec(xml);
  if (!requirement || requirement[1] !== "1.7") problems.push('Yêu cầu tối thiểu phải là <Set Name="ExcelApi" MinVersion="1.7"/>.');

  const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
  for (const url of urls) if (!url.startsWith("https://")) problems.push(`Địa chỉ phải dùng https: ${url}`);
  for (const url of urls) {
    const asset = /\/assets\/(icon-(\d+)\.png)$/.exec(url);
    if (!asset) continue;
    const file = path.join(ROOT, "assets", asset[1]);
    const size = fs.existsSync(file) ? pngSize(file) : null;
    if (!size) problems.push(`Thiếu biểu tượng assets/${asset[1]}.`);
    else if (size.width !== Number(asset[2]) || size.height !== Number(asset[2])) problems.push(`assets/${asset[1]} phải có kích thước ${asset[2]}x${asset[2]}.`);
  }

  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) if (!defined.has(resid)) problems.push(`resid "${resid}" chưa được khai báo trong Resources.`);

  const body = xml.replace(/<VersionOverrides[\s\S]*<\/VersionOverrides>/, "<VersionOverrides/>");
  const topLevel = [...body.replace(/^[\s\S]*?<OfficeApp[^>]*>/, "").matchAll(/<([A-Za-z]+)[\s/>][\s\S]*?(?:\/>|<\/\1>)/g)].map((m) => m[1]);
  const positions = topLevel.map((name) => ORDER.indexOf(name));
  if (positions.includes(-1)) problems.push(`Phần tử không có trong lược đồ OfficeApp: ${topLevel.filter((_, i) => positions[i] === -1).join(", ")}.`);
  else if (positions.some((p, i) => i > 0 && p <= positions[i - 1])) problems.push(`Thứ tự phần tử không đúng lược đồ OfficeApp: ${topLevel.join(", ")}.`);
  return problems;
}

async function main() {
  const manifestPath = path.resolve(process.argv[2] ?? path.join(ROOT, "manifest.xml"));
  const problems = await checkManifest(manifestPath);
  if (problems.length > 0) {
    process.stderr.write(`${manifestPath}: manifest không hợp lệ:\n${problems.map((p) => `  - ${p}\n`).join("")}`);
    return 1;
  }
  process.stdout.write(`${manifestPath}: kiểm tra ngoại tuyến đạt (Excel, tiếng Việt, ReadWriteDocument, ExcelApi 1.7, biểu tượng, resid, thứ tự phần tử).\n`);
  if (process.env.PHULUC_OFFLINE === "1") {
    process.stdout.write("PHULUC_OFFLINE=1: bỏ qua dịch vụ kiểm tra trực tuyến của Microsoft.\n");
    return 0;
  }
  try {
    const result = await validateManifest(manifestPath);
    if (result.isValid) {
      process.stdout.write("Dịch vụ kiểm tra manifest của Microsoft: hợp lệ.\n");
      return 0;
    }
    const errors = (result.report && result.report.errors) || [];
    process.stderr.write(`Dịch vụ kiểm tra manifest của Microsoft báo không hợp lệ (${result.status ?? ""} ${result.statusText ?? ""}):\n`);
    for (const e of errors) process.stderr.write(`  - ${e.title}: ${e.content}\n`);
    return 1;
  } catch (error) {
    process.stdout.write(`Không kết nối được dịch vụ kiểm tra trực tuyến của Microsoft, bỏ qua bước đó (${String(error.message || error).split("\n")[0]}).\n`);
    return 0;
  }
}

main().then((code) => {
  process.exitCode = code;
});
