// The Code view: the current Train setup as runnable tfjs or Python (TensorFlow 2 / Keras) code,
// to copy or download, with the final loss of the app's own run to compare against.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStoreApi } from '../../state/StoreProvider';
import type { TrainState } from '../../state/train/slice';
import { download } from '../../teach/chartExport';
import { pythonCode } from '../../teach/code/python';
import { codeSetup } from '../../teach/code/setup';
import { tfjsCode } from '../../teach/code/tfjs';
import { computeHistory } from '../../teach/history';
import { fmtLong } from '../charts/format';
import { useCopy } from '../controls/copy';
import { Dialog } from '../controls/Dialog';
import { DialogActions } from '../controls/DialogActions';
import './teach.css';

type Lang = 'tfjs' | 'python';
const LANGS: readonly Lang[] = ['tfjs', 'python'];
const FILE: Record<Lang, [string, string]> = {
  tfjs: ['train.mjs', 'text/javascript'],
  python: ['train.py', 'text/x-python'],
};

/** Selects the text of an element, so that Ctrl+C copies it where the clipboard API cannot. */
export function CodeButton({ math }: { math: MathBackend | null }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [train, setTrain] = useState<TrainState | null>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => setTrain(store.getState().train)}
        data-testid="code-button"
      >
        {t('teach.code.button')}
      </button>
      <Dialog
        id="code-dialog"
        open={train !== null}
        onClose={() => setTrain(null)}
        title={t('teach.code.title')}
      >
        {train && <CodeView train={train} math={math} />}
      </Dialog>
    </>
  );
}

function CodeView({ train, math }: { train: TrainState; math: MathBackend | null }) {
  const { t } = useTranslation();
  const id = useId();
  const [lang, setLang] = useState<Lang>('tfjs');
  const copier = useCopy();
  const [result, setResult] = useState<{ step: number; loss: number } | null>(null);
  const block = useRef<HTMLPreElement>(null);
  const setup = useMemo(() => codeSetup(train), [train]);
  const source = useMemo(
    () => (setup.ok ? (lang === 'tfjs' ? tfjsCode(setup.setup) : pythonCode(setup.setup)) : ''),
    [setup, lang],
  );

  // The app's own run of these settings (the same call the Train tab makes), to compare with.
  useEffect(() => {
    if (!math || !setup.ok) return;
    const controller = new AbortController();
    computeHistory(math, train, controller.signal)
      .then((h) => {
        if (!h || controller.signal.aborted) return;
        const step = h.divergedAt ?? h.loss.length - 1;
        setResult({ step, loss: h.loss[step] });
      })
      .catch(() => undefined); // superseded or failed: the code stands without the comparison
    return () => controller.abort();
  }, [math, train, setup.ok]);

  if (!setup.ok)
    return (
      <p className="teach-message" role="alert" data-testid="code-unavailable">
        {t(setup.reason === 'noGradient' ? 'teach.code.noGradient' : 'teach.code.unsupported')}
      </p>
    );

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length];
    setLang(next);
    copier.reset();
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <div className="code-view">
      <p>{t('teach.code.intro')}</p>
      <div
        className="code-tabs"
        role="tablist"
        aria-label={t('teach.code.languages')}
        onKeyDown={onKeyDown}
      >
        {LANGS.map((l) => (
          <button
            key={l}
            id={`${id}-tab-${l}`}
            type="button"
            role="tab"
            aria-selected={lang === l}
            aria-controls={`${id}-panel`}
            tabIndex={lang === l ? 0 : -1}
            className="button small"
            onClick={() => {
              setLang(l);
              copier.reset();
            }}
            data-testid={`code-tab-${l}`}
          >
            {t(`teach.code.${l}`)}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${lang}`}>
        <p className="muted code-run">
          {t(lang === 'tfjs' ? 'teach.code.runTfjs' : 'teach.code.runPython')}
        </p>
        <pre className="code-block" ref={block} tabIndex={0} data-testid="code-block">
          <code>{source}</code>
        </pre>
      </div>
      {result && (
        <p className="muted" data-testid="code-app-result">
          {t('teach.code.appResult', { step: result.step, loss: fmtLong(result.loss) })}
        </p>
      )}
      <DialogActions
        copy={copier.state}
        copiedText={t('teach.code.copied')}
        copyFailedText={t('teach.code.copyFailed')}
        statusTestId="code-status"
      >
        <button
          type="button"
          className="button"
          onClick={() => void copier.copy(source, block.current)}
          data-testid="code-copy"
        >
          {t('teach.code.copy')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => download(new Blob([source], { type: FILE[lang][1] }), FILE[lang][0])}
          data-testid="code-download"
        >
          {t('teach.code.download')}
        </button>
      </DialogActions>
    </div>
  );
}
