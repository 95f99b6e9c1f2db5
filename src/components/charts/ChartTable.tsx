// A chart's data as a table (issue #8: every chart has a text alternative): a native
// <details> toggle under the chart, outside its data-export element, so a screen-reader or
// keyboard user can read the numbers the chart draws. Long series are sampled evenly (the
// first row, every k-th, and the last) and the caption says so.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt } from './format';
import './chartTable.css';

export type Cell = number | string;

/** At most this many rows by default: a table to read, not a dump. */
export const TABLE_ROWS = 50;

/** Indices of the rows shown: all when n ≤ max, else 0, k, 2k, … and n − 1 (k = ⌈n / max⌉). */
export function sampleRows(n: number, max = TABLE_ROWS): { idx: number[]; every: number } {
  const every = n > max ? Math.ceil(n / Math.max(1, max - 1)) : 1;
  const idx: number[] = [];
  for (let i = 0; i < n; i += every) idx.push(i);
  if (n > 0 && idx[idx.length - 1] !== n - 1) idx.push(n - 1);
  return { idx, every };
}

export interface ChartTableProps {
  /** What the table shows, e.g. “Loss per epoch”; the caption adds the row count. */
  title: string;
  columns: string[];
  /** How many rows the chart's data has, and row i of it (numbers shown as fmt shows them):
   * only the sampled rows are built, and only while the table is open. */
  count: number;
  row: (i: number) => Cell[];
  maxRows?: number;
  testId?: string;
}

export function ChartTable({
  title,
  columns,
  count,
  row,
  maxRows = TABLE_ROWS,
  testId,
}: ChartTableProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { idx, every } = sampleRows(open ? count : 0, maxRows);
  const note =
    count === 0
      ? t('a11y.table.empty')
      : every > 1
        ? t('a11y.table.sampled', { count, every })
        : t('a11y.table.all', { count });
  return (
    <details
      className="chart-table"
      data-testid={testId}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t('a11y.table.toggle')}</summary>
      {/* Focusable: a long table scrolls, and a keyboard user must be able to scroll it. */}
      {open && (
        <div className="chart-table-scroll" tabIndex={0} role="region" aria-label={title}>
          <table>
            <caption>
              {t('a11y.table.caption', { title: title.replace(/[.。]\s*$/, ''), note })}
            </caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {idx.map((i) => (
                <tr key={i}>
                  {row(i).map((v, j) => (
                    <td key={j}>{typeof v === 'number' ? fmt(v) : v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
