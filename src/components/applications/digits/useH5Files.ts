// The landscape files the user opened (Li et al.'s HDF5 layout): read in the browser, the last
// surface, trajectory and direction file kept, each bad file reported with what is wrong. The
// reader (and jsfive) load only when a file is opened.
import { useCallback, useState } from 'react';
import type { H5Directions, H5Error, H5Projection, H5Surface } from '../../../export/h5Landscape';

export interface H5Files {
  surface: H5Surface | null;
  projection: H5Projection | null;
  directions: H5Directions | null;
  errors: H5Error[];
  busy: boolean;
}

const EMPTY: H5Files = {
  surface: null,
  projection: null,
  directions: null,
  errors: [],
  busy: false,
};

export function useH5Files() {
  const [files, setFiles] = useState<H5Files>(EMPTY);
  const open = useCallback(async (list: FileList | File[]) => {
    const picked = Array.from(list);
    if (picked.length === 0) return;
    setFiles((f) => ({ ...f, busy: true }));
    const { readLandscapeH5, MAX_H5_BYTES } = await import('../../../export/h5Landscape');
    const next: Partial<H5Files> = {};
    const errors: H5Error[] = [];
    for (const file of picked) {
      // Refused before it is read into memory.
      if (file.size > MAX_H5_BYTES) {
        errors.push({ code: 'tooBig', name: file.name, bytes: file.size });
        continue;
      }
      const r = readLandscapeH5(await file.arrayBuffer(), file.name);
      if (!r.ok) errors.push(r.error);
      else next[r.file.kind] = r.file as never;
    }
    // A bad file never replaces a good one already open.
    setFiles((f) => ({ ...f, ...next, errors, busy: false }));
  }, []);
  /** A landscape read back from a state file replaces what is open. */
  const restore = useCallback(
    (h: { surface: H5Surface; projection: H5Projection | null; directions: H5Directions | null }) =>
      setFiles({ ...h, errors: [], busy: false }),
    [],
  );
  return { files, open, restore };
}
