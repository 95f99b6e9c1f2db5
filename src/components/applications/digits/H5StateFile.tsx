// The opened landscape saved with the whole state as a state file, and opened back: the file
// carries the app's state (as a link does) and the landscape's numbers in its `h5` part (see
// export/stateFile.ts). A file that cannot be read changes nothing and says why, here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../../state/StoreProvider';
import { download } from '../../../export/chartExport';
import { applyStateFile, openStateFile, savedStateText } from '../../../export/loadState';
import { h5StateJson } from '../../../export/stateFile';
import type { H5Files } from './useH5Files';

export function H5StateFile({ files }: { files: H5Files }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const s = files.surface;
  const json = s
    ? h5StateJson({ surface: s, projection: files.projection, directions: files.directions })
    : null;

  const save = () => {
    if (!json) return;
    const text = savedStateText(store.getState(), window.location);
    const blob = new Blob([text], { type: 'application/json' });
    download(blob, `losscape-landscape-${s!.name.replace(/\.[^.]*$/, '')}.json`);
  };

  const openFile = async (f: File) => {
    const name = f.name;
    const fail = (text: string) => setMessage({ text, error: true });
    const r = await openStateFile(f);
    if (!r.ok) return fail(t(`teach.export.${r.reason}`, { name }));
    if (!r.h5) return fail(t('digits.h5.state.noLandscape', { name }));
    applyStateFile(store, r);
    setMessage({ text: t('digits.h5.state.opened', { name }), error: false });
  };

  return (
    <>
      {s && (
        <button
          type="button"
          className="ap-button"
          onClick={save}
          disabled={!json}
          title={json ? undefined : t('digits.h5.state.tooBig')}
          data-testid="h5-save-state"
        >
          {t('digits.h5.state.save')}
        </button>
      )}
      <label className="ap-button dg-h5-pick">
        {t('digits.h5.state.open')}
        <input
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          data-testid="h5-state-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void openFile(f);
            e.target.value = '';
          }}
        />
      </label>
      {s && !json && <span className="ap-hint">{t('digits.h5.state.tooBig')}</span>}
      {message && (
        <p
          className={message.error ? 'ap-message' : 'ap-hint'}
          role={message.error ? 'alert' : 'status'}
          data-testid="h5-state-message"
        >
          {message.text}
        </p>
      )}
    </>
  );
}
