// The Explore figures of one-figure embeds (`fig=curves|steps|margin|dist`): each reads the
// Explore state of its link and shows one chart, with only the controls its `ctl=` allows.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossId } from '../../math';
import type { FigureProps } from '../../embed/figures';
import { TASK_LOSSES, TASK_VIEWS, type ScalarKey } from '../../state/explore/model';
import { cellErrors } from '../../state/explore/reducers';
import { useAppStore } from '../../state/StoreProvider';
import { selectExploreDrafts } from '../../state/selectors';
import { useMath } from '../../state/useMath';
import { CurvesView } from '../explore/CurvesView';
import { DistributionsView } from '../explore/DistributionsView';
import { MarginView } from '../explore/MarginView';
import { ParamControls } from '../explore/ParamControls';
import { StepByStep } from '../explore/StepByStep';
import { overlayLosses } from '../explore/compute';
import { stepRows } from '../explore/terms';
import {
  attempt,
  useDefs,
  useExplore,
  useExploreActions,
  useLastValid,
  useOverlay,
  useTaskKey,
} from '../explore/useExplore';
import { FigureFrame, FigureNote } from './FigureFrame';
import '../../styles/explore.css';

/** The math module, the figure's title and the Explore state every Explore figure reads. */
function useExploreFigure(id: 'curves' | 'steps' | 'margin' | 'dist') {
  const { t } = useTranslation();
  return {
    math: useMath(),
    k: useTaskKey(),
    s: useExplore(),
    title: t(`embed.figs.${id}`),
    loading: t('explore.loading'),
  };
}

/** The active loss of the task, as a select (`ctl=loss`). */
function LossSelect({ k }: { k: ScalarKey | 'multiclass' }) {
  const { t } = useTranslation();
  const active = useExplore().active[k];
  const a = useExploreActions();
  return (
    <label className="fig-select">
      <span className="field-label">{t('explore.losses.title')}</span>
      <select
        className="select"
        value={active}
        onChange={(e) => a.setActive(e.target.value as LossId)}
        data-testid="fig-loss"
      >
        {TASK_LOSSES[k].map((id) => (
          <option key={id} value={id}>
            {t(`losses.${id}.name`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CurvesFigure({ ctl }: FigureProps) {
  const { t } = useTranslation();
  const { math, k, s, title, loading } = useExploreFigure('curves');
  const ids = useOverlay();
  const defs = useDefs(math);
  if (!math) return <FigureNote text={loading} busy />;
  if (k === 'multiclass') return <FigureNote text={t('embed.fig.needsScalar')} />;
  const rows = s.rows[k];
  const controls = (ctl.includes('loss') || ctl.includes('params')) && (
    <>
      {ctl.includes('loss') && <LossSelect k={k} />}
      {ctl.includes('params') && (
        <ParamControls defs={ids.map((id) => defs.get(id)).filter((d) => d !== undefined)} />
      )}
    </>
  );
  return (
    <FigureFrame title={title} controls={controls}>
      <CurvesView
        math={math}
        k={k}
        ids={ids}
        rows={rows}
        selected={Math.min(s.selected[k], rows.length - 1)}
        params={s.params}
        defs={defs}
      />
    </FigureFrame>
  );
}

export function StepsFigure({ ctl }: FigureProps) {
  const { t } = useTranslation();
  const { math, k, s, title, loading } = useExploreFigure('steps');
  const defs = useDefs(math);
  const active = s.active[k];
  const rows = k === 'multiclass' ? null : s.rows[k];
  const result = useMemo(
    () =>
      attempt(() =>
        math && rows && k !== 'multiclass'
          ? (({ perRow, mean }) => ({ perRow, mean }))(
              overlayLosses(math, k, [active], rows, s.params)[0],
            )
          : null,
      ),
    [math, k, active, rows, s.params],
  );
  const { value, error } = useLastValid(result);
  if (!math) return <FigureNote text={loading} busy />;
  if (k === 'multiclass' || !rows) return <FigureNote text={t('embed.fig.needsScalar')} />;
  const def = defs.get(active);
  return (
    <FigureFrame
      title={title}
      controls={ctl.includes('loss') && <LossSelect k={k} />}
      narrow={false}
    >
      {error && (
        <p className="ex-error" role="alert">
          {t('explore.mathError', { message: error })}
        </p>
      )}
      {def && value && (
        <StepByStep
          title={t(`losses.${def.id}.name`)}
          latex={def.latex}
          mean={value.mean}
          {...stepRows(k, active, rows, value.perRow, s.params, (key) => t(key))}
        />
      )}
    </FigureFrame>
  );
}

export function MarginFigure(_: FigureProps) {
  const { math, k, s, title, loading } = useExploreFigure('margin');
  const a = useExploreActions();
  const fits = k !== 'multiclass' && TASK_VIEWS[k].includes('margin');
  // The margin view belongs to the classification tasks: a link of another task opens there.
  useEffect(() => {
    if (!fits) a.setTask('margin');
  }, [fits, a]);
  if (!math || !fits) return <FigureNote text={loading} busy />;
  return (
    <FigureFrame title={title}>
      <MarginView math={math} k={k} rows={s.rows[k]} />
    </FigureFrame>
  );
}

export function DistFigure(_: FigureProps) {
  const { math, k, s, title, loading } = useExploreFigure('dist');
  const a = useExploreActions();
  const fits = k === 'multiclass';
  useEffect(() => {
    if (!fits) a.setTask('multiclass');
  }, [fits, a]);
  const drafts = useAppStore(selectExploreDrafts);
  const errors = useMemo(() => cellErrors(s, drafts), [s, drafts]);
  if (!math || !fits) return <FigureNote text={loading} busy />;
  const rows = s.classRows;
  const selected = Math.min(s.selected.multiclass, rows.length - 1);
  return (
    <FigureFrame title={title}>
      <DistributionsView math={math} row={rows[selected]} index={selected} errors={errors} />
    </FigureFrame>
  );
}
