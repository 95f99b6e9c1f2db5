// Applications → "When the browser is outgrown": a landscape computed elsewhere by Li et al.'s
// loss-landscape tool, opened from its HDF5 files (picked or dropped; read here, never uploaded)
// and drawn with the app's own heatmap, contours and 3-D view, the projected trajectory on it.
import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { H5Error, H5Surface } from '../../../export/h5Landscape';
import { fmt } from '../../charts/format';
import { LineChart } from '../../charts/LineChart';
import { colorAt, dashAt } from '../../charts/palette';
import { useSize } from '../../charts/useSize';
import { Surface3D } from '../../landscape/Surface3D';
import { SurfaceHeatmap, type LandscapePath } from '../../landscape/SurfaceHeatmap';
import { gridMinimum, type Grid } from '../../landscape/surfaceGeometry';
import { H5StateFile } from './H5StateFile';
import { useH5Files, type H5Files } from './useH5Files';

const noop = () => undefined;
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

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

/** The lowest loss (or highest accuracy) of a 1-D line. */
function lineBest(s: H5Surface, field: string, higher: boolean) {
  let k = -1;
  s.fields[field].forEach((v, i) => {
    if (Number.isFinite(v) && (k < 0 || (higher ? v > s.fields[field][k] : v < s.fields[field][k])))
      k = i;
  });
  return k < 0 ? null : { x: s.x[k], value: s.fields[field][k] };
}

export function LandscapeFile() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { files, open, restore } = useH5Files();
  const { surface: s, projection: p, directions: d } = files;
  const [picked, setPicked] = useState('');
  const [show3d, setShow3d] = useState(false);
  const field = s && s.order.includes(picked) ? picked : (s?.order[0] ?? '');
  const grid: Grid | null = useMemo(
    () => (s?.y ? { w: s.x, b: s.y, values: s.fields[field] } : null),
    [s, field],
  );
  const higherIsBetter = /_acc$/.test(field);
  const best = useMemo(() => {
    if (!grid) return null;
    if (!higherIsBetter) return gridMinimum(grid);
    return gridMinimum({ ...grid, values: grid.values.map((v) => -v) });
  }, [grid, higherIsBetter]);
  const paths: LandscapePath[] = useMemo(
    () =>
      p ? [{ id: 'h5-path', label: t('digits.h5.path'), color: colorAt(1), w: p.x, b: p.y }] : [],
    [p, t],
  );
  const [box, size] = useSize<HTMLDivElement>({ width: 560, height: 440 });
  const width = Math.min(640, Math.max(260, size.width));
  const height = Math.round(Math.min(480, width * 0.8));
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void open(e.dataTransfer.files);
  };
  const summary = s ? t('digits.h5.summary', { field, name: s.name }) : '';
  const gaps = s ? s.missing[field] : 0;
  const line = s && !s.y ? lineBest(s, field, higherIsBetter) : null;

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
              if (e.target.files) void open(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
        <span className="ap-hint">{t('digits.h5.drop')}</span>
        <H5StateFile files={files} onRestore={restore} />
        {s && s.order.length > 1 && (
          <label className="ap-field">
            <span>{t('digits.h5.field')}</span>
            <select
              value={field}
              onChange={(e) => setPicked(e.target.value)}
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
        {grid && (
          <label className="ap-check">
            <input type="checkbox" checked={show3d} onChange={(e) => setShow3d(e.target.checked)} />
            {t('digits.h5.view3d')}
          </label>
        )}
      </div>
      {files.errors.length > 0 && (
        <div className="ap-message dg-h5-errors" role="alert" data-testid="h5-errors">
          {files.errors.map((e) => (
            <p key={e.name + e.code}>{errorText(e)}</p>
          ))}
        </div>
      )}
      <FileList files={files} />
      <div className="ap-readout" aria-live="polite" data-testid="h5-readout">
        {!s && (p || d) && <p>{t('digits.h5.needSurface')}</p>}
        {best && (
          <p data-testid="h5-best" data-value={best.value * (higherIsBetter ? -1 : 1)}>
            {t(higherIsBetter ? 'digits.h5.highest' : 'digits.h5.minimum', {
              field,
              value: fmt(best.value * (higherIsBetter ? -1 : 1)),
              x: fmt(best.w),
              y: fmt(best.b),
            })}
          </p>
        )}
        {s && !s.y && line && (
          <p data-testid="h5-best" data-value={line.value}>
            {t(higherIsBetter ? 'digits.h5.highest1d' : 'digits.h5.minimum1d', {
              field,
              value: fmt(line.value),
              x: fmt(line.x),
            })}
          </p>
        )}
        {gaps > 0 && <p>{t('digits.h5.gaps', { n: gaps })}</p>}
        {d && (
          <p data-testid="h5-explained">
            {t('digits.h5.explained', { a: pct(d.explained[0]), b: pct(d.explained[1]) })}
          </p>
        )}
      </div>
      <div ref={box} className="dg-slice chart" data-testid="h5-chart" data-path={p?.x.length ?? 0}>
        {grid && (
          <SurfaceHeatmap
            grid={grid}
            base={{ w: [s!.x[0], s!.x.at(-1)!], b: [s!.y![0], s!.y!.at(-1)!] }}
            paths={paths}
            step={paths[0] ? paths[0].w.length - 1 : 0}
            width={width}
            height={height}
            labels={{
              w: 'x',
              b: 'y',
              loss: field,
              minimum: t('digits.landscape.minimum'),
              summary,
            }}
            symbols={{ w: 'x', b: 'y' }}
            onView={noop}
          />
        )}
        {grid && show3d && (
          <Surface3D
            grid={grid}
            paths={paths}
            step={paths[0] ? paths[0].w.length - 1 : 0}
            width={width}
            height={height}
            label={summary}
          />
        )}
        {s && !s.y && (
          <LineChart
            label={summary}
            x={s.x}
            series={s.order.map((k, i) => ({
              id: k,
              label: k,
              y: s.fields[k],
              color: colorAt(i),
              dash: dashAt(i),
            }))}
            xDomain={[s.x[0], s.x.at(-1)!]}
            xLabel="x"
            yLabel={s.order.join(', ')}
            height={300}
            testId="h5-line"
          />
        )}
      </div>
    </section>
  );
}
