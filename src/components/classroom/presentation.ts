// Presentation mode is a state of the page, not of the view: it is not in the URL, not stored,
// and not undoable. It lives here, as a tiny external store, and shows as <html class="present">
// (src/styles/present.css does the rest). Entering asks for fullscreen where the browser allows;
// a refusal (no user gesture, an iframe without allow="fullscreen") is ignored.

type Listener = () => void;
const listeners = new Set<Listener>();
let presenting = false;
/** Whether this mode put the page into fullscreen (so leaving it, or Esc, ends both). */
let ownsFullscreen = false;

export const isPresenting = () => presenting;

export function subscribePresenting(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setPresenting(on: boolean, doc: Document = document): void {
  if (on === presenting) return;
  presenting = on;
  doc.documentElement.classList.toggle('present', on);
  if (on) requestFullscreen(doc);
  else if (ownsFullscreen) {
    ownsFullscreen = false;
    if (doc.fullscreenElement) doc.exitFullscreen?.().catch(() => undefined);
  }
  listeners.forEach((l) => l());
}

function requestFullscreen(doc: Document) {
  const el = doc.documentElement;
  if (!doc.fullscreenEnabled || doc.fullscreenElement || !el.requestFullscreen) return;
  el.requestFullscreen()
    .then(() => {
      // Left again before the browser answered: give the screen back.
      if (!presenting) doc.exitFullscreen?.().catch(() => undefined);
      else ownsFullscreen = true;
    })
    .catch(() => undefined);
}

/** The browser left fullscreen (its own Esc, F11): leave presentation with it. */
export function onFullscreenChange(doc: Document = document): void {
  if (ownsFullscreen && !doc.fullscreenElement) {
    ownsFullscreen = false;
    setPresenting(false, doc);
  }
}

/** Whether a key press belongs to a field or a widget rather than to the page's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true;
  return target.closest('dialog[open]') !== null;
}
