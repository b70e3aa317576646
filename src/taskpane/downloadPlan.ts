import type { Plan } from "../core/model";

/** Hands the plan model to the browser's download, as a plan file `phuluc plan` and the pane open again. */
export function savePlanFile(plan: Plan): string {
  const name = `${plan.id}.plan.json`;
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(plan, null, 2)}\n`], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
