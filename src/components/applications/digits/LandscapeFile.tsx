// Applications → "When the browser is outgrown": a landscape computed elsewhere by Li et al.'s
// loss-landscape tool, opened from its HDF5 files (picked or dropped; read here, never uploaded)
// and drawn with the app's own heatmap, contours and 3-D view, the projected trajectory on it.
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { H5Error } from '../../../state/applications/h5Types';
import { H5Chart } from './H5Chart';
import { H5Readout } from './H5Readout';
import { H5StateFile } from './H5StateFile';
import { shownField } from './h5View';
import { useH5Files, type H5Files } from './useH5Files';

function useErrorText() {
  const { t } = useTranslation();
  return (e: H5Error) =>
    t(`digits.h5.errors.${e.code}`, {
      ...e,
      mb: e.code === 'tooBig' ? (e.bytes / 2 ** 20).toFixed(1) : '',
      keys: e.code === 'missing' ? e.keys.join(', ') : '',
      found: e.code === 'missing' ? e.found.join(', ') || '—' : '',
    });
}

function FileList({ files }: { files: H5Files }) {
  const { t } = useTranslation();
  const { surface: s, projection: p, directions: d } = files;
  const rows: string[] = [];
  if (s)
    rows.push(
      t(s.y ? 'digits.h5.surface2d' : 'digits.h5.surface1d', {
        name: s.name,
        nx: s.x.length,
        ny: s.y?.length ?? 1,
        fields: s.order.join(', '),
      }),
    );
  if (p) rows.push(t('digits.h5.projection', { name: p.name, n: p.x.length }));
  if (d) rows.push(t('digits.h5.directions', { name: d.name }));
  if (rows.length === 0) return null;
  return (
    <ul className="ap-note dg-h5-files" aria-label={t('digits.h5.files')} data-testid="h5-files">
      {rows.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

/** Pick or drop files, save or open a state file, the field shown and the 3-D switch. */
function H5Controls(p: {
  files: H5Files;
  field: string;
  show3d: boolean;
  onOpen(list: FileList): void;
  onField(field: string): void;
  on3d(on: boolean): void;
}) {
  const { t } = useTranslation();
  const s = p.files.surface;
  return (
    <div className="ap-controls">
      <label className="ap-button primary dg-h5-pick">
        {t('digits.h5.pick')}
        <input
          type="file"
          accept=".h5,.hdf5,application/x-hdf5"
          multiple
          className="visually-hidden"
          data-testid="h5-input"
          onChange={(e) => {
            if (e.target.files) p.onOpen(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      <span className="ap-hint">{t('digits.h5.drop')}</span>
      <H5StateFile files={p.files} />
      {s && s.order.length > 1 && (
        <label className="ap-field">
          <span>{t('digits.h5.field')}</span>
          <select
            value={p.field}
            onChange={(e) => p.onField(e.target.value)}
            data-testid="h5-field"
          >
            {s.order.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      )}
      {s?.y && (
        <label className="ap-check">
          <input type="checkbox" checked={p.show3d} onChange={(e) => p.on3d(e.target.checked)} />
          {t('digits.h5.view3d')}
        </label>
      )}
    </div>
  );
}

export function LandscapeFile() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { files, open, setField } = useH5Files();
  const { surface: s, projection: p } = files;
  const [show3d, setShow3d] = useState(false);
  const field = shownField(s, files.field);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void open(e.dataTransfer.files);
  };
  return (
    <section
      className="ap-card dg-h5"
      aria-labelledby="ap-h5-title"
      data-testid="h5-landscape"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <h2 id="ap-h5-title">{t('digits.h5.title')}</h2>
      <p className="ap-intro">{t('digits.h5.intro')}</p>
      <H5Controls
        files={files}
        field={field}
        show3d={show3d}
        onOpen={(l) => void open(l)}
        onField={setField}
        on3d={setShow3d}
      />
      {files.errors.length > 0 && (
        <div className="ap-message dg-h5-errors" role="alert" data-testid="h5-errors">
          {files.errors.map((e) => (
            <p key={e.name + e.code}>{errorText(e)}</p>
          ))}
        </div>
      )}
      <FileList files={files} />
      <H5Readout {...files} field={field} />
      {s ? (
        <H5Chart surface={s} projection={p} field={field} show3d={show3d} />
      ) : (
        <div className="dg-slice chart" data-testid="h5-chart" data-path={0} />
      )}
    </section>
  );
}
