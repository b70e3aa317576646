/** Whether the keyboard's focus was dropped (its element disabled or removed), so a step may place it. */
export function nothingFocused(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}
