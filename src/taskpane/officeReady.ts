/**
 * Whether the pane runs inside Excel. office.js comes from Microsoft's CDN (taskpane.html); in a
 * plain browser it is missing (no network, blocked) or reports no host, and the pane must then
 * start in file mode at once rather than wait for an Office that will never answer.
 */
export interface OfficeInfo {
  inExcel: boolean;
}

const NO_OFFICE: OfficeInfo = { inExcel: false };

export function detectOffice(timeoutMs = 5000): Promise<OfficeInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined || typeof office.onReady !== "function") return Promise.resolve(NO_OFFICE);
  const ready = office.onReady().then(
    (info) => ({ inExcel: info.host === office.HostType.Excel }),
    () => NO_OFFICE,
  );
  const timeout = new Promise<OfficeInfo>((resolve) => setTimeout(() => resolve(NO_OFFICE), timeoutMs));
  return Promise.race([ready, timeout]);
}
