// Export: every chart on the current view as PNG or SVG (the charts mark their root with
// `data-export`), the data and the training history as CSV, and the whole state as a JSON file
// that can be loaded back (validated like a link: see export/stateFile.ts).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { keyOf } from '../../state/explore/reducers';
import type { ScalarKey } from '../../state/explore/model';
import { toCsv } from '../../state/train/csv';
import { useMath } from '../../state/useMath';
import { chartName, chartPng, chartSvg, download, fileStem } from '../../export/chartExport';
import { exploreCsv } from '../../export/exploreCsv';
import { computeHistory, historyCsv } from '../../export/history';
import { applyStateFile, openStateFile, savedStateText } from '../../export/loadState';
import { rowLosses } from '../explore/compute';
import { Dialog } from '../controls/Dialog';
import './teach.css';

interface Chart {
  el: Element;
  name: string;
}

/** The charts of the view on screen: marked roots inside <main> that are laid out. */
function visibleCharts(): Chart[] {
  return Array.from(document.querySelectorAll('main [data-export]'))
    .filter((el) => el.getBoundingClientRect().width > 0)
    .map((el, i) => ({ el, name: chartName(el, i) }));
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const csvBlob = (text: string) => new Blob([text], { type: 'text/csv' });

/** Opened from the header's Share menu (loaded on first use); the charts are those on screen at
 *  each opening. */
export default function ExportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [charts, setCharts] = useState<Chart[] | null>(null);
  const [shown, setShown] = useState(false);
  if (open !== shown) {
    setShown(open);
    setCharts(open ? visibleCharts() : null);
  }
  return (
    <>
      <Dialog
        id="export-dialog"
        open={open && charts !== null}
        onClose={onClose}
        title={t('teach.export.title')}
      >
        {charts && <ExportView charts={charts} onDone={onClose} />}
      </Dialog>
    </>
  );
}

type Status = { text: string; error: boolean } | null;
type Fail = (text: string) => void;

/** Each chart on screen as PNG or SVG. */
function ChartsSection({ charts, onStatus }: { charts: Chart[]; onStatus(s: Status): void }) {
  const { t } = useTranslation();
  const exportChart = async (c: Chart, i: number, kind: 'png' | 'svg') => {
    onStatus(null);
    try {
      const blob =
        kind === 'png'
          ? await chartPng(c.el)
          : new Blob([chartSvg(c.el, c.name)], { type: 'image/svg+xml' });
      download(blob, `${fileStem(c.name, i)}.${kind}`);
    } catch (err) {
      onStatus({ text: t('teach.export.chartFailed', { reason: message(err) }), error: true });
    }
  };
  return (
    <section className="export-section" aria-labelledby="export-charts-h">
      <h3 id="export-charts-h">{t('teach.export.charts')}</h3>
      {charts.length === 0 ? (
        <p className="muted">{t('teach.export.noCharts')}</p>
      ) : (
        <ul className="export-list" data-testid="export-charts">
          {charts.map((c, i) => (
            <li key={i}>
              <span className="export-name">{c.name}</span>
              {(['png', 'svg'] as const).map((kind) => (
                <button
                  key={kind}
                  type="button"
                  className="button"
                  aria-label={`${c.name}: ${t(`teach.export.${kind}`)}`}
                  onClick={() => void exportChart(c, i, kind)}
                >
                  {t(`teach.export.${kind}`)}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Explore's rows, Train's points and Train's history as CSV. */
function DataSection({ onStatus, fail }: { onStatus(s: Status): void; fail: Fail }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const math = useMath();
  const [busy, setBusy] = useState(false);
  const exportRows = () => {
    const e = store.getState().explore;
    const key = keyOf(e);
    let losses: [string, number[]][] = [];
    if (math && key !== 'multiclass') {
      const rows = e.rows[key as ScalarKey];
      try {
        losses = e.overlay[key].map((id) => [id, rowLosses(math, key, id, rows, e.params)]);
      } catch {
        losses = []; // a row outside a loss's domain: the rows alone
      }
    }
    download(csvBlob(exploreCsv(e, losses)), `losscape-explore-${key}.csv`);
  };

  const exportHistory = async () => {
    if (!math) return;
    setBusy(true);
    onStatus(null);
    try {
      const train = store.getState().train;
      const h = await computeHistory(math, train);
      if (!h) throw new Error(t('teach.code.unsupported'));
      download(csvBlob(historyCsv(h)), `losscape-history-${train.preset}.csv`);
    } catch (err) {
      fail(t('teach.export.historyFailed', { reason: message(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-section" aria-labelledby="export-data-h">
      <h3 id="export-data-h">{t('teach.export.data')}</h3>
      <div className="export-actions">
        <button type="button" className="button" onClick={exportRows} data-testid="export-rows">
          {t('teach.export.exploreRows')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            const train = store.getState().train;
            download(csvBlob(toCsv(train.points)), `losscape-${train.preset}.csv`);
          }}
          data-testid="export-train-data"
        >
          {t('teach.export.trainData')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!math || busy}
          onClick={() => void exportHistory()}
          data-testid="export-history"
        >
          {busy ? t('teach.export.working') : t('teach.export.trainHistory')}
        </button>
      </div>
    </section>
  );
}

/** The whole state as a JSON file (with the open landscape file), and loading one back. */
function StateSection({ fail, onDone }: { fail: Fail; onDone(): void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const file = useRef<HTMLInputElement>(null);
  const saveState = () => {
    // With the open landscape file (Applications), when there is one small enough to carry.
    const s = store.getState();
    const text = savedStateText(s, window.location);
    download(new Blob([text], { type: 'application/json' }), `losscape-${s.tab}.json`);
  };

  const loadState = async (f: File) => {
    const name = f.name;
    const r = await openStateFile(f);
    if (!r.ok) return fail(t(`teach.export.${r.reason}`, { name }));
    // Its landscape too (Applications' opened HDF5 file), when it carries one.
    applyStateFile(store, r);
    onDone();
  };

  return (
    <section className="export-section" aria-labelledby="export-state-h">
      <h3 id="export-state-h">{t('teach.export.state')}</h3>
      <p className="muted">{t('teach.export.stateIntro')}</p>
      <div className="export-actions">
        <button
          type="button"
          className="button"
          onClick={saveState}
          data-testid="export-save-state"
        >
          {t('teach.export.saveState')}
        </button>
        <button type="button" className="button" onClick={() => file.current?.click()}>
          {t('teach.export.loadState')}
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          className="visually-hidden-input"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="export-load-state"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void loadState(f);
          }}
        />
      </div>
    </section>
  );
}

function ExportView({ charts, onDone }: { charts: Chart[]; onDone(): void }) {
  const [status, setStatus] = useState<Status>(null);
  const fail = (text: string) => setStatus({ text, error: true });
  return (
    <div className="export-view">
      <ChartsSection charts={charts} onStatus={setStatus} />
      <DataSection onStatus={setStatus} fail={fail} />
      <StateSection fail={fail} onDone={onDone} />
      {status && (
        <p
          className={`teach-message${status.error ? ' error' : ''}`}
          role="alert"
          data-testid="export-status"
        >
          {status.text}
        </p>
      )}
    </div>
  );
}
