// Data presets (random ones take a seed, so a preset reproduces exactly), and CSV import and
// export of the data (x, y[, label]).
import { memo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { MAX_POINTS, parseCsv, toCsv, type CsvError } from '../../state/train/csv';
import { PRESET_IDS, type PresetId } from '../../state/train/presets';
import type { TrainState } from '../../state/train/slice';
import { NumberField } from '../controls/NumberField';

/** What the bar shows (not the points: a drag moves them on every frame). */
const selectBar = (s: { train: TrainState }) => ({
  preset: s.train.preset,
  dataSeed: s.train.dataSeed,
});

/** Memoised, and reads no points: a drag or a replayed step re-renders nothing here. */
export const PresetBar = memo(function PresetBar() {
  const { t } = useTranslation();
  const s = useAppStore(useShallow(selectBar));
  const api = useAppStoreApi();
  const a = api.getState().trainActions;
  const file = useRef<HTMLInputElement>(null);
  const [csvError, setCsvError] = useState<{ line: number; reason: CsvError } | null>(null);
  const [csvCut, setCsvCut] = useState<{ n: number; total: number } | null>(null);

  const exportCsv = () => {
    const url = URL.createObjectURL(
      new Blob([toCsv(api.getState().train.points)], { type: 'text/csv' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = `losscape-${s.preset}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importCsv = async (f: File) => {
    const r = parseCsv(await f.text());
    setCsvCut(null);
    if (!r.ok) return setCsvError({ line: r.line, reason: r.reason });
    setCsvError(null);
    if (r.total > r.points.length) setCsvCut({ n: r.points.length, total: r.total });
    a.setPoints(r.points);
  };
  const preset = s.preset === 'custom' ? null : s.preset;
  return (
    <section className="preset-bar" aria-label={t('train.presets.label')}>
      <label className="field">
        <span className="field-label">{t('train.presets.preset')}</span>
        <select
          value={s.preset}
          onChange={(e) => a.loadPreset(e.target.value as PresetId, s.dataSeed)}
          data-testid="preset-select"
        >
          {s.preset === 'custom' && <option value="custom">{t('train.presets.custom')}</option>}
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`train.presets.${id}`)}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label={t('train.presets.dataSeed')}
        value={s.dataSeed}
        min={0}
        max={2 ** 31 - 1}
        integer
        className="seed-field"
        testId="data-seed"
        onCommit={(v) => (preset ? a.loadPreset(preset, v) : undefined)}
      />
      <div className="csv-buttons">
        <button type="button" className="button" onClick={() => file.current?.click()}>
          {t('train.presets.import')}
        </button>
        <input
          ref={file}
          type="file"
          accept=".csv,text/csv,text/plain"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('train.presets.import')}
          data-testid="csv-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importCsv(f);
            e.target.value = '';
          }}
        />
        <button type="button" className="button" onClick={exportCsv}>
          {t('train.presets.export')}
        </button>
      </div>
      {csvError && (
        <p className="csv-error" role="alert">
          {t('train.csv.error', { line: csvError.line, reason: t(`train.csv.${csvError.reason}`) })}
        </p>
      )}
      {csvCut && (
        <p className="csv-notice" role="status" data-testid="csv-notice">
          {t('train.csv.truncated', { max: MAX_POINTS, ...csvCut })}
        </p>
      )}
    </section>
  );
});
