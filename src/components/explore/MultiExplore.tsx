// Explore for the multi-class task: rows of class distributions (one-hot or soft labels P,
// predictions Q), the distributions view of the selected row, step by step, contributions.
import { Lockable } from '../lesson/Lockable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossId } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { cellErrors } from '../../state/explore/reducers';
import { fmt } from '../charts/format';
import { Contributions } from './Contributions';
import { DistributionsView } from './DistributionsView';
import { ExplainPanel } from './ExplainPanel';
import { LossPicker, styleOf } from './LossPicker';
import { StepByStep } from './StepByStep';
import { classTermTex } from './terms';
import { Notice } from './ViewSwitch';
import {
  attempt,
  useDefs,
  useDrafts,
  useExplore,
  useExploreActions,
  useLastValid,
  useOverlay,
} from './useExplore';

export function MultiExplore({ math }: { math: MathBackend }) {
  const { t } = useTranslation();
  const s = useExplore();
  const a = useExploreActions();
  const ids = useOverlay();
  const defs = useDefs(math);
  const rows = s.classRows;
  const selected = Math.min(s.selected.multiclass, rows.length - 1);
  const active = s.active.multiclass;
  const drafts = useDrafts();
  const errors = useMemo(() => cellErrors(s, drafts), [s, drafts]);
  const result = useMemo(
    () =>
      // One batched computation for all rows and losses (per row: Σ_k over the row).
      attempt(() => {
        const y = rows.map((r) => r.y);
        const yHat = rows.map((r) => r.yHat);
        const out = math.lossPerPoint(ids.map((id: LossId) => ({ loss: id, y, yHat })));
        return ids.map((id: LossId, i) => ({
          id,
          perRow: Array.from(out[i].perPoint),
          mean: out[i].mean,
        }));
      }),
    [math, ids, rows],
  );
  const { value: losses, error } = useLastValid(result);
  const act = losses?.find((l) => l.id === active);
  const def = defs.get(active);
  const trueClass = (y: number[]) => (y.filter((v) => v === 1).length === 1 ? y.indexOf(1) : -1);
  return (
    <div className="ex-layout">
      <div className="ex-side">
        <section className="ex-card" aria-labelledby="ex-data-title">
          <h2 id="ex-data-title" className="ex-h2">
            {t('explore.data.title')}
          </h2>
          <Notice />
          <div className="ex-table-scroll">
            <table className="ex-table" data-testid="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('explore.data.row')}</th>
                  <th scope="col">{t('explore.data.trueClass')}</th>
                  <th scope="col">Q</th>
                  <th scope="col">{t('explore.data.loss', { loss: def?.short ?? active })}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('explore.data.delete', { n: '' })}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => {
                  const c = trueClass(r.y);
                  return (
                    <tr
                      key={r.id}
                      className={i === selected ? 'is-selected' : undefined}
                      onClick={() => a.selectRow(i)}
                    >
                      <th scope="row">
                        <label className="ex-row-select">
                          <input
                            type="radio"
                            name="ex-selected-class-row"
                            checked={i === selected}
                            onChange={() => a.selectRow(i)}
                            aria-label={t('explore.data.select', { n: i + 1 })}
                          />
                          <span aria-hidden="true">{i + 1}</span>
                        </label>
                      </th>
                      <td>
                        <select
                          className="ex-input"
                          value={c}
                          aria-label={t('explore.data.cell', {
                            n: i + 1,
                            field: t('explore.data.trueClass'),
                          })}
                          onChange={(e) => a.setTrueClass(i, Number(e.target.value))}
                        >
                          {c < 0 && <option value={-1}>{t('explore.data.soft')}</option>}
                          {r.y.map((_, k) => (
                            <option key={k} value={k}>
                              {t('explore.data.classN', { k: k + 1 })}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="ex-num">
                        <span
                          className="ex-spark"
                          aria-label={r.yHat.map((q) => fmt(q)).join(', ')}
                          role="img"
                        >
                          {r.yHat.map((q, k) => (
                            <span
                              key={k}
                              style={{ height: `${Math.max(2, q * 100)}%` }}
                              className={k === c ? 'is-true' : undefined}
                            />
                          ))}
                        </span>
                      </td>
                      <td className="ex-num" data-testid={`row-loss-${i}`}>
                        {act ? fmt(act.perRow[i]) : '…'}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="ex-icon-button"
                          aria-label={t('explore.data.delete', { n: i + 1 })}
                          onClick={(e) => {
                            e.stopPropagation();
                            a.deleteRow(i);
                          }}
                        >
                          ×
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="ex-table-actions">
            <button type="button" className="button" onClick={a.addRow} data-testid="add-row">
              + {t('explore.data.add')}
            </button>
            <span className="muted">{t('explore.data.caption', { count: rows.length })}</span>
          </div>
        </section>
        <section className="ex-card">
          <Lockable id="loss">
            <LossPicker k="multiclass" />
          </Lockable>
        </section>
      </div>
      <div className="ex-main">
        <section className="ex-card ex-views" aria-label={t('explore.views.distributions')}>
          {error && (
            <p className="ex-error" role="alert">
              {t('explore.mathError', { message: error })}
            </p>
          )}
          <DistributionsView math={math} row={rows[selected]} index={selected} errors={errors} />
        </section>
        {act && def && (
          <div className="ex-pair">
            <StepByStep
              title={t(`losses.${def.id}.name`)}
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
              losses={(losses ?? []).map((l) => ({
                id: l.id,
                name: defs.get(l.id)?.short ?? l.id,
                perRow: l.perRow,
                ...styleOf('multiclass', l.id),
              }))}
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
            title={t(`losses.${def.id}.name`)}
          />
        )}
      </div>
    </div>
  );
}
