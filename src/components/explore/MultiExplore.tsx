// Explore for the multi-class task: rows of class distributions (one-hot or soft labels P,
// predictions Q), the distributions view of the selected row, step by step, contributions.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossId } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import type { ClassRow } from '../../state/explore/model';
import { cellErrors } from '../../state/explore/reducers';
import { fmt } from '../charts/format';
import { ClassTable } from './ClassTable';
import { Contributions, contributionLosses } from './Contributions';
import { DistributionsView } from './DistributionsView';
import { ExplainPanel } from './ExplainPanel';
import { ExploreLayout } from './ExploreLayout';
import { StepByStep } from './StepByStep';
import { classTermTex } from './terms';
import { attempt, useDefs, useDrafts, useExplore, useLastValid, useOverlay } from './useExplore';

/** One batched computation for all rows and losses (per row: Σ_k over the row). */
function classLosses(math: MathBackend, ids: LossId[], rows: ClassRow[]) {
  const y = rows.map((r) => r.y);
  const yHat = rows.map((r) => r.yHat);
  const out = math.lossPerPoint(ids.map((id) => ({ loss: id, y, yHat })));
  return ids.map((id, i) => ({ id, perRow: Array.from(out[i].perPoint), mean: out[i].mean }));
}

export function MultiExplore({ math }: { math: MathBackend }) {
  const { t } = useTranslation();
  const s = useExplore();
  const ids = useOverlay();
  const defs = useDefs(math);
  const rows = s.classRows;
  const selected = Math.min(s.selected.multiclass, rows.length - 1);
  const active = s.active.multiclass;
  const drafts = useDrafts();
  const errors = useMemo(() => cellErrors(s, drafts), [s, drafts]);
  const result = useMemo(() => attempt(() => classLosses(math, ids, rows)), [math, ids, rows]);
  const { value: losses, error } = useLastValid(result);
  const act = losses?.find((l) => l.id === active);
  const def = defs.get(active);
  const title = t(`losses.${active}.name`);
  return (
    <ExploreLayout
      k="multiclass"
      data={
        <ClassTable
          rows={rows}
          selected={selected}
          perRow={act?.perRow}
          lossName={def?.short ?? active}
        />
      }
      viewLabel={t('explore.views.distributions')}
      error={error}
      view={<DistributionsView math={math} row={rows[selected]} index={selected} errors={errors} />}
      main={
        <>
          {act && def && (
            <div className="ex-pair">
              <StepByStep
                title={title}
                latex={def.latex}
                headers={['P', 'Q']}
                mean={act.mean}
                items={rows.map((r, i) => ({
                  cells: [r.y.map((v) => fmt(v)).join(' '), r.yHat.map((v) => fmt(v)).join(' ')],
                  loss: act.perRow[i],
                  tex: classTermTex(active, r.y, r.yHat),
                }))}
              />
              <Contributions
                n={rows.length}
                selected={selected}
                losses={contributionLosses('multiclass', losses, defs)}
              />
            </div>
          )}
          {def && (
            <ExplainPanel
              math={math}
              k="multiclass"
              def={def}
              rows={[]}
              mean={act?.mean ?? NaN}
              perRow={[]}
              params={s.params}
              title={title}
            />
          )}
        </>
      }
    />
  );
}
