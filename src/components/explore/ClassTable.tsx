// The multi-class rows: true class (or "soft" for a soft label P), the predicted distribution Q
// as a spark of bars, the row's loss; select, delete and add as in the scalar tasks' table.
import { useTranslation } from 'react-i18next';
import type { ClassRow } from '../../state/explore/model';
import { fmt } from '../charts/format';
import { DeleteHeader, DeleteRowCell, RowSelect, TableActions } from './TableParts';
import { useExploreActions } from './useExplore';

/** The index of the one class with y = 1, or −1 for a soft label. */
export const trueClass = (y: number[]) =>
  y.filter((v) => v === 1).length === 1 ? y.indexOf(1) : -1;

export interface ClassTableProps {
  rows: ClassRow[];
  selected: number;
  /** ℓᵢ of the active loss, per row (absent while it computes). */
  perRow: number[] | undefined;
  lossName: string;
}

export function ClassTable({ rows, selected, perRow, lossName }: ClassTableProps) {
  const { t } = useTranslation();
  const a = useExploreActions();
  return (
    <>
      <div className="ex-table-scroll">
        <table className="ex-table" data-testid="data-table">
          <thead>
            <tr>
              <th scope="col">{t('explore.data.row')}</th>
              <th scope="col">{t('explore.data.trueClass')}</th>
              <th scope="col">Q</th>
              <th scope="col">{t('explore.data.loss', { loss: lossName })}</th>
              <DeleteHeader />
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
                  <RowSelect i={i} selected={i === selected} group="ex-selected-class-row" />
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
                    {perRow ? fmt(perRow[i]) : '…'}
                  </td>
                  <DeleteRowCell i={i} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <TableActions count={rows.length} />
    </>
  );
}
