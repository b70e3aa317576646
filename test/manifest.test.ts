import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./support/seeds";

/** Runs `npm run validate`'s script offline (Microsoft's service is online only). */
function validate(manifest: string) {
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "validate-manifest.js"), manifest], {
    encoding: "utf8",
    env: { ...process.env, PHULUC_OFFLINE: "1" },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe("manifest.xml", () => {
  test("meets the add-in's promises", () => {
    const run = validate(join(ROOT, "manifest.xml"));
    expect(run.output).toContain("kiểm tra ngoại tuyến đạt");
    expect(run.status).toBe(0);
  });

  test("a manifest asking for more than ExcelApi 1.7, lacking an icon or write access is refused", () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-manifest-"));
    cpSync(join(ROOT, "assets"), join(dir, "assets"), { recursive: true });
    const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8")
      .replace('MinVersion="1.7"', 'MinVersion="1.9"')
      .replace("icon-80.png", "icon-81.png")
      .replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>");
    const file = join(dir, "manifest.xml");
    writeFileSync(file, xml);
    const run = validate(file);
    expect(run.status).toBe(1);
    expect(run.output).toContain("Permissions phải là ReadWriteDocument.");
    expect(run.output).toContain('Yêu cầu tối thiểu phải là <Set Name="ExcelApi" MinVersion="1.7"/>.');
    expect(run.output).toContain("Thiếu biểu tượng assets/icon-81.png.");
  });
});
