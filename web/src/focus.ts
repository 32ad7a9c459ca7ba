/** Moves the focus to the current screen's title, so keyboard and screen-reader users start at the question. */
export function focusScreenTitle(): void {
  document.querySelector<HTMLElement>('main .screen-title')?.focus();
}
