import { useSyncExternalStore } from 'react';
import { useAppStore } from '../../state/StoreProvider';

// The height of each curve chart on Explore (issue 14.5): from 900 px wide the two charts stand
// one above the other in the middle column, sized so both fit the window's height with the
// header and the title row above them; below 900 px they keep their usual 220 px.
export function curveHeight(width: number, height: number): number {
  if (width < 900) return 220;
  return Math.round(Math.min(260, Math.max(140, (height - 300) / 2 - 26)));
}

/** A whole-view embed is as tall as its content (the course page follows its `resize`
 *  reports), so its layout must not follow the frame's height — that would be a loop: it is
 *  laid out for a window this tall instead (the Train workspace likewise, in url.css). */
export const EMBED_LAYOUT_HEIGHT = 720;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

export function useCurveHeight(): number {
  const embed = useAppStore((s) => s.embed);
  return useSyncExternalStore(
    subscribe,
    () => curveHeight(window.innerWidth, embed ? EMBED_LAYOUT_HEIGHT : window.innerHeight),
    () => 220,
  );
}
