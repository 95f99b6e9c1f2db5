// The Embed dialog's `fig=h5`: the open landscape file (Applications), the field on display,
// packed into the link (export/h5Link.ts) — or why it cannot be, with the numbers, for the
// dialog to say where the user is looking. Packing is async; a newer landscape makes an older
// result stale.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { figureLandscape, packH5Link, type H5LinkResult } from '../../export/h5Link';
import { useAppStore } from '../../state/StoreProvider';
import type { AppState } from '../../state/store';
import { shownField } from '../applications/digits/h5View';

const selectFiles = (s: AppState) => s.landscapeFiles;

export interface H5FigureLink {
  /** The `h5=` value, once packed. */
  payload: string | null;
  /** What the dialog says about it: what it carries, or why there is none. */
  text: string;
  error: boolean;
}

export function useH5FigureLink(active: boolean): H5FigureLink {
  const { t } = useTranslation();
  const files = useAppStore(selectFiles);
  const [done, setDone] = useState<{ of: unknown; r: H5LinkResult } | null>(null);
  const s = files.surface;
  const field = shownField(s, files.field);
  useEffect(() => {
    if (!active || !s) return;
    let live = true;
    const h5 = figureLandscape({ ...files, surface: s }, field);
    void packH5Link(h5).then((r) => live && setDone({ of: files, r }));
    return () => {
      live = false;
    };
  }, [active, files, s, field]);
  if (!s) return { payload: null, text: t('digits.h5.figure.noSurface'), error: true };
  const r = done?.of === files ? done.r : null;
  if (!r) return { payload: null, text: t('digits.h5.figure.packing'), error: false };
  if (r.ok) {
    const size = r.payload.length.toLocaleString();
    return {
      payload: r.payload,
      text: t('digits.h5.figure.carries', { field, name: s.name, size }),
      error: false,
    };
  }
  const n = (v: number) => v.toLocaleString();
  const args = r.reason === 'noStreams' ? {} : { size: n(r.size), max: n(r.max) };
  return { payload: null, text: t(`digits.h5.figure.${r.reason}`, args), error: true };
}
