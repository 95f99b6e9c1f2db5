// The figure an embedded view shows (`fig=`, `ctl=`), read once from the query string, where
// main.tsx's link normalisation put it; unknown ids join the link's notice.
import { useEffect, useState } from 'react';
import { useAppStoreApi } from '../state/StoreProvider';
import { readFigure, type FigureChoice } from './figures';

export function figureOfLocation(search: string) {
  const q = new URLSearchParams(search);
  return readFigure(q.get('fig'), q.get('ctl'));
}

export function useFigure(embed: boolean): FigureChoice | null {
  const store = useAppStoreApi();
  const [read] = useState(() => figureOfLocation(window.location.search));
  useEffect(() => {
    if (!embed || read.ignored.length === 0) return;
    const { urlNotice, setUrlNotice } = store.getState();
    const keys = urlNotice?.source === 'url' ? urlNotice.keys : [];
    setUrlNotice({ source: 'url', keys: [...new Set([...keys, ...read.ignored])] });
  }, [embed, read, store]);
  return embed ? read.choice : null;
}
