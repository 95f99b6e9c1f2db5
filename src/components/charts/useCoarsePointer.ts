import { useSyncExternalStore } from 'react';

// Whether any pointer is coarse (a touch screen, even beside a mouse): charts then add
// invisible 44 px hit areas around small handles (WCAG 2.5.5).
const QUERY = '(any-pointer: coarse)';
// One MediaQueryList, made at the first use: matchMedia per render showed up in a replay's
// profile (a new list each call).
let list: MediaQueryList | undefined;
const media = () => {
  if (!list && typeof window !== 'undefined') list = window.matchMedia?.(QUERY);
  return list;
};

function subscribe(onChange: () => void): () => void {
  const m = media();
  m?.addEventListener('change', onChange);
  return () => m?.removeEventListener('change', onChange);
}

export function useCoarsePointer(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
}
