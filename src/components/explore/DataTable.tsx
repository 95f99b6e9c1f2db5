// The (y, ŷ) table of a scalar task: type, add, delete, select. A refused cell keeps its text,
// is marked, and a message says what is allowed; the row keeps its last valid value.
import { memo, useCallback, useMemo, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedKey, type CellError, type Field } from '../../state/explore/cells';
import { MAX_ROWS, marginOf, type Row, type ScalarKey } from '../../state/explore/model';
import { parsePaste } from '../../state/explore/paste';
import { clipText, fmt, fmtLong } from '../charts/format';
import { DeleteHeader, DeleteRowCell, RowSelect, TableActions } from './TableParts';
import { useDrafts, useExploreActions } from './useExplore';

export interface DataTableProps {
  rows: Row[];
  k: ScalarKey;
  selected: number;
  errors: Record<string, CellError>;
  /** ℓᵢ of the step-by-step loss, per row (null while tfjs loads). */
  rowLoss: number[] | null;
  lossName: string;
}

export function DataTable({ rows, k, selected, errors, rowLoss, lossName }: DataTableProps) {
  const { t } = useTranslation();
  const drafts = useDrafts();
  const a = useExploreActions();
  const [pasted, setPasted] = useState<string | null>(null);
  const yName = k === 'regression' ? t('explore.data.y') : t('explore.data.label');
  const yHatName =
    k === 'regression'
      ? t('explore.data.yHat')
      : k === 'binaryProb'
        ? t('explore.data.p')
        : t('explore.data.score');
  const names = useMemo(
    (): Record<Field, string> => ({ y: yName, yHat: yHatName }),
    [yName, yHatName],
  );
  const diffName =
    k === 'regression'
      ? t('explore.data.error')
      : k === 'binaryProb'
        ? t('explore.data.marginP')
        : t('explore.data.margin');
  const messages = Object.entries(errors).flatMap(([key, err]) => {
    const [id, field] = key.split('.') as [string, Field];
    const i = rows.findIndex((r) => String(r.id) === id);
    if (i < 0) return [];
    const text = clipText(drafts[key] ?? '');
    return [
      {
        key,
        text: t('explore.cellError', {
          row: i + 1,
          field: names[field],
          reason: t(`explore.errors.${err}`, { text }),
          allowed: t(`explore.allowed.${allowedKey(k, field)}`),
          last: fmtLong(rows[i][field]),
        }),
      },
    ];
  });
  // A multi-line paste fills rows from this one on; a one-value paste is ordinary typing.
  const onPaste = useCallback(
    (e: ClipboardEvent<HTMLInputElement>, i: number) => {
      const r = parsePaste(e.clipboardData.getData('text'), k, i);
      if (!r) return;
      e.preventDefault();
      if (!r.ok) {
        const cut = clipText(r.text);
        const reason =
          r.error === 'columns'
            ? t('robust.paste.columns')
            : t(`explore.errors.${r.error}`, { text: cut });
        return setPasted(t('robust.paste.refused', { line: r.line, reason }));
      }
      a.pasteRows(i, r.pairs);
      const n = r.pairs.length;
      setPasted(
        n < r.total
          ? t('robust.paste.limit', { max: MAX_ROWS, n, total: r.total })
          : t('robust.paste.taken', { n }),
      );
    },
    [a, k, t],
  );

  return (
    <div className="ex-table-wrap">
      <div className="ex-table-scroll">
        <table className="ex-table" data-testid="data-table">
          <thead>
            <tr>
              <th scope="col">{t('explore.data.row')}</th>
              <th scope="col">
                <span aria-hidden="true">y</span>
                <span className="visually-hidden">{yName}</span>
              </th>
              <th scope="col">
                <span aria-hidden="true">ŷ</span>
                <span className="visually-hidden">{yHatName}</span>
              </th>
              <th scope="col">{diffName}</th>
              <th scope="col">{t('explore.data.loss', { loss: lossName })}</th>
              <DeleteHeader />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <DataRow
                key={row.id}
                row={row}
                i={i}
                k={k}
                selected={i === selected}
                loss={rowLoss ? rowLoss[i] : null}
                names={names}
                badY={`${row.id}.y` in errors}
                badYHat={`${row.id}.yHat` in errors}
                draftY={drafts[`${row.id}.y`]}
                draftYHat={drafts[`${row.id}.yHat`]}
                onPaste={onPaste}
              />
            ))}
          </tbody>
        </table>
      </div>
      <TableActions count={rows.length} />
      <div aria-live="polite" className="ex-messages">
        {pasted && (
          <p className="ex-error" role="alert" data-testid="paste-message">
            {pasted}
          </p>
        )}
        {messages.map((m) => (
          <p key={m.key} id={msgId(m.key)} className="ex-error" data-testid="cell-error">
            {m.text}
          </p>
        ))}
      </div>
    </div>
  );
}

const msgId = (key: string) => `ex-err-${key.replace('.', '-')}`;

interface DataRowProps {
  row: Row;
  i: number;
  k: ScalarKey;
  selected: boolean;
  loss: number | null;
  names: Record<Field, string>;
  /** Whether its y and ŷ cells were refused, and their typed texts (absent: none). */
  badY: boolean;
  badYHat: boolean;
  draftY?: string;
  draftYHat?: string;
  onPaste: (e: ClipboardEvent<HTMLInputElement>, i: number) => void;
}

/** One row, memoised: a drag of one ŷ re-renders that row (and the loss cells that changed). */
const DataRow = memo(function DataRow(props: DataRowProps) {
  const { row, i, k, selected, loss, names, onPaste } = props;
  const { t } = useTranslation();
  const a = useExploreActions();
  const diff = k === 'regression' ? row.yHat - row.y : marginOf(k, row);
  const cell = (row: Row, i: number, field: Field) => {
    const key = `${row.id}.${field}`;
    const bad = field === 'y' ? props.badY : props.badYHat;
    const text = (field === 'y' ? props.draftY : props.draftYHat) ?? String(row[field]);
    return (
      <input
        className="ex-input ex-cell"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={t('explore.data.cell', { n: i + 1, field: names[field] })}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? msgId(key) : undefined}
        data-testid={`cell-${i}-${field}`}
        value={text}
        // Wide enough for its whole number (a dragged ŷ read "5.32:" on a phone, issue 14.9).
        style={{ minWidth: `calc(${Math.max(3, text.length)}ch + 0.8rem)` }}
        onFocus={() => a.selectRow(i)}
        onChange={(e) => a.editCell(row.id, field, e.target.value)}
        onPaste={(e) => onPaste(e, i)}
        onBlur={() => a.blurCell(key, !bad)}
      />
    );
  };

  return (
    <tr className={selected ? 'is-selected' : undefined} onClick={() => a.selectRow(i)}>
      <RowSelect i={i} selected={selected} group="ex-selected-row" />
      <td>{cell(row, i, 'y')}</td>
      <td>{cell(row, i, 'yHat')}</td>
      <td className="ex-num" title={fmtLong(diff)}>
        {fmt(diff)}
      </td>
      <td
        className="ex-num"
        data-testid={`row-loss-${i}`}
        title={loss !== null ? fmtLong(loss) : ''}
      >
        {loss !== null ? fmt(loss) : '…'}
      </td>
      <DeleteRowCell i={i} />
    </tr>
  );
});
