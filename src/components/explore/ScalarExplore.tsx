// Explore for the scalar tasks (regression, binary, margin): data and losses on the side, the
// chosen view, then step by step, contributions and the explanation.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossDef, LossId, ParamSpec } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { TASK_VIEWS, type Params, type Row, type ScalarKey } from '../../state/explore/model';
import { cellErrors } from '../../state/explore/reducers';
import { Contributions, contributionLosses } from './Contributions';
import { CurvesView } from './CurvesView';
import { DataScatter } from './DataScatter';
import { DataTable } from './DataTable';
import { ExplainPanel, type ExplainPanelProps } from './ExplainPanel';
import { MarginView } from './MarginView';
import { ParamControls } from './ParamControls';
import { ProbabilityView } from './ProbabilityView';
import { overlayLosses, rowPointValues, type RowLosses } from './compute';
import { StepByStep } from './StepByStep';
import { stepRows } from './terms';
import { ExploreLayout } from './ExploreLayout';
import { ViewSwitch } from './ViewSwitch';
import { SUMMARY_EVERY_MS, useThrottled } from './useThrottled';
import { attempt, useDefs, useDrafts, useExplore, useLastValid, useOverlay } from './useExplore';

export function ScalarExplore({ math, k }: { math: MathBackend; k: ScalarKey }) {
  const { t } = useTranslation();
  const s = useExplore();
  const ids = useOverlay();
  const defs = useDefs(math);
  const rows = s.rows[k];
  const selected = Math.min(s.selected[k], rows.length - 1);
  const active = s.active[k];
  const params = s.params;
  const drafts = useDrafts();
  const errors = useMemo(() => cellErrors(s, drafts), [s, drafts]);
  const view = s.view[k];
  // One batched computation per change of rows, losses or parameters (not per render); with
  // the curves shown, it gives ℓ′ per row too, so the marker (at the selected row's ŷ) costs no
  // tfjs call of its own while it is dragged.
  const withGrad = view === 'curves';
  const result = useMemo(
    () => attempt(() => overlayLosses(math, k, ids, rows, params, { grad: withGrad })),
    [math, k, ids, rows, params, withGrad],
  );
  const { value: losses, error } = useLastValid(result);
  const here = useMemo(
    () => (result.ok && withGrad ? rowPointValues(result.value, selected) : undefined),
    [result, withGrad, selected],
  );
  const byId = new Map((losses ?? []).map((l) => [l.id, l]));
  const act = byId.get(active);
  const def = defs.get(active);
  const name = (id: LossId) => t(`losses.${id}.name`);
  const paramDefs = useMemo(
    () => ids.map((id) => defs.get(id)).filter((d) => d !== undefined),
    [ids, defs],
  );
  const paramExtra = useMemo(
    () => (view === 'probability' ? (defs.get('focal')?.params ?? NO_PARAMS) : NO_PARAMS),
    [view, defs],
  );
  // The curves, their marker and the data table follow the pointer in the urgent render; the
  // panels that summarise every row (step by step, contributions, explanation) follow at most
  // every SUMMARY_EVERY_MS in a render React may interrupt, so a drag's frames are not held by
  // KaTeX and charts (and their DOM changes do not dirty the layout the next move reads).
  const now = useMemo(() => ({ rows, losses, selected }), [rows, losses, selected]);
  return (
    <ExploreLayout
      k={k}
      className="ex-layout3"
      testId="explore-layout"
      data={
        <>
          <DataTable
            rows={rows}
            k={k}
            selected={selected}
            errors={errors}
            rowLoss={act?.perRow ?? null}
            lossName={defs.get(active)?.short ?? active}
          />
          <DataScatter rows={rows} k={k} selected={selected} />
        </>
      }
      params={<ParamControls defs={paramDefs} extra={paramExtra} />}
      viewLabel={t(`explore.views.${view}`)}
      viewSwitch={TASK_VIEWS[k].length > 1 && <ViewSwitch k={k} view={view} />}
      error={error}
      view={
        <>
          {view === 'curves' && (
            <CurvesView
              math={math}
              k={k}
              ids={ids}
              rows={rows}
              selected={selected}
              params={params}
              defs={defs}
              here={here}
            />
          )}
          {view === 'margin' && <MarginView math={math} k={k} rows={rows} />}
          {view === 'probability' && <ProbabilityView math={math} params={params} />}
        </>
      }
      main={
        def && (
          <LaggingExplain
            math={math}
            k={k}
            def={def}
            now={now}
            params={params}
            title={name(active)}
          />
        )
      }
      aside={<LaggingSummary k={k} id={active} defs={defs} params={params} now={now} />}
    />
  );
}

const NO_ROWS: number[] = [];
const NO_PARAMS: ParamSpec[] = [];
const ExplainPanelMemo = memo(ExplainPanel);

/** The rows, their losses and the selection, as the summary panels read them. */
interface Summary {
  rows: Row[];
  losses: RowLosses[] | null | undefined;
  selected: number;
}

type LaggingExplainProps = Omit<ExplainPanelProps, 'rows' | 'mean' | 'perRow'> & { now: Summary };

/** The explanation of the active loss, following the rows at most every SUMMARY_EVERY_MS. */
const LaggingExplain = memo(function LaggingExplain({ now, ...rest }: LaggingExplainProps) {
  const lazy = useThrottled(now, SUMMARY_EVERY_MS);
  const act = lazy.losses?.find((l) => l.id === rest.def.id);
  return (
    <ExplainPanelMemo
      {...rest}
      rows={lazy.rows}
      mean={act?.mean ?? NaN}
      perRow={act?.perRow ?? NO_ROWS}
    />
  );
});

/** Step by step and contributions, following the rows at most every SUMMARY_EVERY_MS. */
const LaggingSummary = memo(function LaggingSummary(
  props: Omit<SummaryProps, 'lazy'> & { now: Summary },
) {
  const { now, ...rest } = props;
  const lazy = useThrottled(now, SUMMARY_EVERY_MS);
  const ready = !!lazy.losses?.some((l) => l.id === rest.id) && rest.defs.has(rest.id);
  return (
    // Busy while the summary is behind the rows: tests and assistive technology wait for it
    // rather than read a stale one.
    <div className="ex-aside" aria-busy={lazy !== now || undefined}>
      {ready && <SummaryPanels {...rest} lazy={lazy} />}
    </div>
  );
});

interface SummaryProps {
  k: ScalarKey;
  id: LossId;
  defs: Map<LossId, LossDef>;
  params: Params;
  /** The rows, losses and selection the panels follow (behind the urgent ones in a drag). */
  lazy: Summary;
}

/** Step by step and contributions, from the lagging rows: re-rendered when those change. */
const SummaryPanels = memo(function SummaryPanels(props: SummaryProps) {
  const { k, id, defs, params, lazy } = props;
  const { rows, losses, selected } = lazy;
  const act = losses?.find((l) => l.id === id);
  const def = defs.get(id);
  const { t } = useTranslation();
  if (!act || !def) return null;
  return (
    <>
      <StepByStep
        title={t(`losses.${def.id}.name`)}
        latex={def.latex}
        mean={act.mean}
        {...stepRows(k, id, rows, act.perRow, params, (key) => t(key))}
      />
      <Contributions
        n={rows.length}
        selected={selected}
        losses={contributionLosses(k, losses, defs)}
      />
    </>
  );
});
