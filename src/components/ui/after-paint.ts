/**
 * Runs `callback` once the browser has painted what the current task changed, and
 * returns a function that cancels it. For work a key press causes but need not hold
 * back the frame that shows its result: moving focus costs a style and layout pass
 * of its own (a third of a flashcard turn's time), so the turned card is painted
 * first and focus follows a frame later. Only for pages whose shortcuts listen on the
 * document (flashcards): a key pressed in that frame still reaches them. Not for the
 * quiz or the sort board, whose keys go to the focused element or its container.
 */
export function afterPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** Resolves in a new task: the browser may paint and handle input before the work that follows. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
