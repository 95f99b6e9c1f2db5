// The parts every Explore data table shares (the scalar tasks' (y, ŷ) table and the multi-class
// table of distributions): the row's select radio, its delete button, the hidden header of the
// delete column, and the "add a row" bar under the table.
import { useTranslation } from 'react-i18next';
import { useExploreActions } from './useExplore';

/** The row number, which is also the radio that selects the row (one radio group per table). */
export function RowSelect({ i, selected, group }: { i: number; selected: boolean; group: string }) {
  const { t } = useTranslation();
  const a = useExploreActions();
  return (
    <th scope="row">
      <label className="ex-row-select">
        <input
          type="radio"
          name={group}
          checked={selected}
          onChange={() => a.selectRow(i)}
          aria-label={t('explore.data.select', { n: i + 1 })}
        />
        <span aria-hidden="true">{i + 1}</span>
      </label>
    </th>
  );
}

/** The × that deletes row i (the click does not also select the row). */
export function DeleteRowCell({ i }: { i: number }) {
  const { t } = useTranslation();
  const a = useExploreActions();
  const label = t('explore.data.delete', { n: i + 1 });
  return (
    <td>
      <button
        type="button"
        className="ex-icon-button"
        aria-label={label}
        title={label}
        onClick={(e) => {
          e.stopPropagation();
          a.deleteRow(i);
        }}
      >
        ×
      </button>
    </td>
  );
}

/** The delete column's header: named for screen readers only. */
export function DeleteHeader() {
  const { t } = useTranslation();
  return (
    <th scope="col">
      <span className="visually-hidden">{t('explore.data.delete', { n: '' })}</span>
    </th>
  );
}

/** "+ Add a row" and the row count, under the table. */
export function TableActions({ count }: { count: number }) {
  const { t } = useTranslation();
  const a = useExploreActions();
  return (
    <div className="ex-table-actions">
      <button type="button" className="button" onClick={a.addRow} data-testid="add-row">
        + {t('explore.data.add')}
      </button>
      <span className="muted">{t('explore.data.caption', { count })}</span>
    </div>
  );
}
