// The Code view: the current Train setup as runnable tfjs or Python (TensorFlow 2 / Keras) code,
// to copy or download, with the final loss of the app's own run to compare against.
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStoreApi } from '../../state/StoreProvider';
import type { TrainState } from '../../state/train/slice';
import { download } from '../../export/chartExport';
import type { NetTrainSpec } from '../../math/nets/train';
import { netKerasCode, netTfjsCode } from '../../export/code/netCode';
import { pythonCode } from '../../export/code/python';
import { codeSetup } from '../../export/code/setup';
import { tfjsCode } from '../../export/code/tfjs';
import { computeHistory } from '../../export/history';
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
const NET_FILE: Record<Lang, [string, string]> = {
  tfjs: ['digits-net.mjs', 'text/javascript'],
  python: ['digits_net.py', 'text/x-python'],
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
  const [lang, setLang] = useState<Lang>('tfjs');
  const [result, setResult] = useState<{ step: number; loss: number } | null>(null);
  // The loss registry comes with the math module (tfjs): until it has loaded, a status line.
  const setup = useMemo(() => (math ? codeSetup(train, math) : null), [train, math]);
  const source = useMemo(
    () => (setup?.ok ? (lang === 'tfjs' ? tfjsCode(setup.setup) : pythonCode(setup.setup)) : ''),
    [setup, lang],
  );

  // The app's own run of these settings (the same call the Train tab makes), to compare with.
  useEffect(() => {
    if (!math || !setup?.ok) return;
    const controller = new AbortController();
    computeHistory(math, train, controller.signal)
      .then((h) => {
        if (!h || controller.signal.aborted) return;
        const step = h.divergedAt ?? h.loss.length - 1;
        setResult({ step, loss: h.loss[step] });
      })
      .catch(() => undefined); // superseded or failed: the code stands without the comparison
    return () => controller.abort();
  }, [math, train, setup?.ok]);

  if (!setup)
    return (
      <p className="muted" role="status">
        {t('train.status.loading')}
      </p>
    );
  if (!setup.ok)
    return (
      <p className="teach-message" role="alert" data-testid="code-unavailable">
        {t(setup.reason === 'noGradient' ? 'teach.code.noGradient' : 'teach.code.unsupported')}
      </p>
    );

  return (
    <CodeTabs source={source} lang={lang} setLang={setLang} files={FILE}>
      {result && (
        <p className="muted" data-testid="code-app-result">
          {t('teach.code.appResult', { step: result.step, loss: fmtLong(result.loss) })}
        </p>
      )}
    </CodeTabs>
  );
}

/**
 * The code in two languages as tabs (arrow keys move between them), with Copy and Download;
 * `children` go between the code and the actions. Shared by the Train code view and the digits
 * networks' (NetCodeButton).
 */
export function CodeTabs(props: {
  source: string;
  lang: Lang;
  setLang(l: Lang): void;
  files: Record<Lang, [string, string]>;
  /** The line above the tabs and the run hint under them (the Train view's by default). */
  intro?: string;
  runHint?: string;
  children?: ReactNode;
}) {
  const { source, lang, setLang, files } = props;
  const { t } = useTranslation();
  const id = useId();
  const copier = useCopy();
  const block = useRef<HTMLPreElement>(null);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length];
    setLang(next);
    copier.reset();
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <div className="code-view">
      <p>{props.intro ?? t('teach.code.intro')}</p>
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
          {props.runHint ?? t(lang === 'tfjs' ? 'teach.code.runTfjs' : 'teach.code.runPython')}
        </p>
        <pre className="code-block" ref={block} tabIndex={0} data-testid="code-block">
          <code>{source}</code>
        </pre>
      </div>
      {props.children}
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
          onClick={() => download(new Blob([source], { type: files[lang][1] }), files[lang][0])}
          data-testid="code-download"
        >
          {t('teach.code.download')}
        </button>
      </DialogActions>
    </div>
  );
}

/** The digits networks (Applications → Handwritten digits) as tfjs and Keras code. */
export function NetCodeButton({ spec }: { spec: NetTrainSpec }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [lang, setLang] = useState<Lang>('tfjs');
  const s = { ...spec, kind: spec.kind === 'mlp' ? ('mlp' as const) : ('cnn' as const) };
  const source = open ? (lang === 'tfjs' ? netTfjsCode(s) : netKerasCode(s)) : '';
  return (
    <>
      <button
        type="button"
        className="ap-button"
        onClick={() => setOpen(true)}
        data-testid="dg-code"
      >
        {t('teach.code.button')}
      </button>
      <Dialog
        id="net-code-dialog"
        open={open}
        onClose={() => setOpen(false)}
        title={t('teach.code.title')}
      >
        {open && (
          <CodeTabs
            source={source}
            lang={lang}
            setLang={setLang}
            files={NET_FILE}
            intro={t('digits.code.intro')}
            runHint={t(lang === 'tfjs' ? 'digits.code.runTfjs' : 'digits.code.runPython')}
          />
        )}
      </Dialog>
    </>
  );
}
