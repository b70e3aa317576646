/**
 * Whether the keyboard's focus was dropped (its element disabled or removed), so a step may place
 * it. Chromium keeps a button that was disabled while focused as the active element, though keys
 * no longer reach it: that is dropped focus too.
 */
export function nothingFocused(): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body) return true;
  return active.matches(":disabled") || active.getAttribute("aria-disabled") === "true";
}
