// What the landscape shows under its plot: the paths' legend (when not beside the plot), the run's
// path as a table, the layers' notes, the hint and surface time, an engine error and the stability
// note. Memoised: a drag frame changes the surface, not these (only the table's minimum).
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptimizerSpec } from '../../math';
import { ChartTable } from '../charts/ChartTable';
import { fmt } from '../charts/format';
import { PathLegend } from './PathLegend';
import { StabilityNote } from './StabilityNote';
import type { LandscapePath } from './SurfaceHeatmap';
import type { StabilityInfo } from './useStability';

type Minimum = { w: number; b: number; value: number } | null;

export interface LandscapeMoreProps {
  paths: LandscapePath[];
  legend: boolean;
  minimum: Minimum;
  notes: ReactNode;
  mode: '2d' | '3d';
  /** The surface's size and time ("computed in …"), once the engine has drawn one. */
  computed: { g: number; m: number; ms: number } | null;
  error: string | null;
  stability: StabilityInfo;
  optimizer: Pick<OptimizerSpec, 'name' | 'lr'> | null;
  loss: string | undefined;
}

export const LandscapeMore = memo(function LandscapeMore(props: LandscapeMoreProps) {
  const { paths, stability, optimizer, computed } = props;
  const { t } = useTranslation();
  return (
    <div className="landscape-more">
      {props.legend && <PathLegend paths={paths} side={false} />}
      {paths[0] && <PathTable path={paths[0]} minimum={props.minimum} />}
      {props.notes}
      <p className="landscape-meta muted">
        {props.mode === '2d' ? t('landscape.hint') : t('landscape.hint3d')}{' '}
        {computed && (
          <span data-testid="surface-time">
            {t('landscape.computedIn', { ...computed, ms: Math.round(computed.ms) })}
          </span>
        )}
      </p>
      {props.error && (
        <p className="landscape-error" role="alert">
          {t('landscape.error', { message: props.error })}
        </p>
      )}
      <StabilityNote
        info={stability}
        lr={optimizer?.lr ?? null}
        name={
          stability.kind === 'na' && stability.reason === 'piecewise' ? props.loss : optimizer?.name
        }
      />
    </div>
  );
});

/** The run's path as a data table (screen readers, export). */
function PathTable({ path, minimum }: { path: LandscapePath; minimum: Minimum }) {
  const { t } = useTranslation();
  return (
    <ChartTable
      title={t('a11y.table.path', {
        title: t('landscape.title'),
        run: path.label,
        minimum: t('landscape.minimum'),
        loss: minimum ? fmt(minimum.value) : '—',
        w: minimum ? fmt(minimum.w) : '—',
        b: minimum ? fmt(minimum.b) : '—',
      })}
      columns={[t('a11y.table.step'), 'w', 'b', ...(path.loss ? [t('landscape.loss')] : [])]}
      count={path.w.length}
      row={(i) => [i, path.w[i], path.b[i], ...(path.loss ? [path.loss[i]] : [])]}
      testId="landscape-table"
    />
  );
}
