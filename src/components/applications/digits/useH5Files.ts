// The landscape files the user opened (Li et al.'s HDF5 layout): read in the browser, the last
// surface, trajectory and direction file kept in the store (state/applications/landscapeFile.ts,
// where a loaded state file and the Embed dialog reach them too), each bad file reported here
// with what is wrong. The reader (and jsfive) load only when a file is opened.
import { useCallback, useState } from 'react';
import type { H5Error, H5Landscape } from '../../../state/applications/h5Types';
import { useAppStore, useAppStoreApi } from '../../../state/StoreProvider';
import type { LandscapeFiles } from '../../../state/applications/landscapeFile';
import type { AppState } from '../../../state/store';

export interface H5Files extends LandscapeFiles {
  errors: H5Error[];
  busy: boolean;
}

const selectFiles = (s: AppState) => s.landscapeFiles;

export function useH5Files() {
  const store = useAppStoreApi();
  const opened = useAppStore(selectFiles);
  const [read, setRead] = useState<{ errors: H5Error[]; busy: boolean }>({
    errors: [],
    busy: false,
  });
  const open = useCallback(
    async (list: FileList | File[]) => {
      const picked = Array.from(list);
      if (picked.length === 0) return;
      setRead((r) => ({ ...r, busy: true }));
      const { readLandscapeH5, MAX_H5_BYTES } = await import('../../../export/h5Landscape');
      const next: Partial<Record<H5Landscape['kind'], H5Landscape>> = {};
      const errors: H5Error[] = [];
      for (const file of picked) {
        // Refused before it is read into memory.
        if (file.size > MAX_H5_BYTES) {
          errors.push({ code: 'tooBig', name: file.name, bytes: file.size });
          continue;
        }
        const r = readLandscapeH5(await file.arrayBuffer(), file.name);
        if (!r.ok) errors.push(r.error);
        else next[r.file.kind] = r.file;
      }
      // A bad file never replaces a good one already open.
      store.getState().setLandscapeFiles(next as Partial<LandscapeFiles>);
      setRead({ errors, busy: false });
    },
    [store],
  );
  const files: H5Files = { ...opened, ...read };
  const setField = (field: string) => store.getState().setLandscapeFiles({ field });
  return { files, open, setField };
}
