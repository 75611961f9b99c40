/**
 * Scrolling that keeps the card readable. Focus moves to the next control
 * without the browser's own scroll (which would push the answer out of view on
 * a phone); then the control is brought into view only as far as the card's
 * top allows. The card's scroll-margin-top clears the app's sticky header.
 */
const GAP = 16;

function topMargin(card: HTMLElement): number {
  return parseFloat(getComputedStyle(card).scrollMarginTop) || 0;
}

export function focusAndReveal(control: HTMLElement | null, card: HTMLElement | null): void {
  if (!control) return;
  control.focus({ preventScroll: true });
  // No layout (a test without a browser): nothing to scroll.
  if (!card || card.getBoundingClientRect().height === 0) return;
  const margin = topMargin(card);
  const cardTop = card.getBoundingClientRect().top;
  if (cardTop < margin) {
    window.scrollBy({ top: cardTop - margin });
    return;
  }
  const overflow = control.getBoundingClientRect().bottom + GAP - window.innerHeight;
  if (overflow > 0) window.scrollBy({ top: Math.min(overflow, cardTop - margin) });
}
