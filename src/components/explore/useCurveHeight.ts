import { useSyncExternalStore } from 'react';

// The height of each curve chart on Explore (issue 14.5): from 900 px wide the two charts stand
// one above the other in the middle column, sized so both fit the window's height with the
// header and the title row above them; below 900 px they keep their usual 220 px.
export function curveHeight(width: number, height: number): number {
  if (width < 900) return 220;
  return Math.round(Math.min(260, Math.max(140, (height - 300) / 2 - 26)));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

export function useCurveHeight(): number {
  return useSyncExternalStore(
    subscribe,
    () => curveHeight(window.innerWidth, window.innerHeight),
    () => 220,
  );
}
