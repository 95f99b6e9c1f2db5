import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { embedQuery } from '../../embed/embedLink';
import {
  FIGURE_IDS,
  FIGURES,
  isFigureId,
  type FigureControl,
  type FigureId,
} from '../../embed/figures';
import { SNIPPET_FORMATS, snippetFor, type SnippetFormat } from '../../embed/snippets';
import { useAppStoreApi } from '../../state/StoreProvider';
import { LANGS, type Lang } from '../../state/prefs';
import { TAB_IDS, type TabId } from '../../state/tabs';
import { absoluteLink, hashFor } from '../../state/url/link';
import { draftOf } from '../../state/url/urlState';
import { useCopy } from '../controls/copy';
import { Dialog } from '../controls/Dialog';
import { DialogActions } from '../controls/DialogActions';
import { NumberField } from '../controls/NumberField';
import { useH5FigureLink } from '../figures/useH5FigureLink';
import { EmbedClassroom, NO_CLASSROOM, withClassroom } from '../lesson/EmbedClassroom';
import { EmbedPreview } from './EmbedPreview';
import { usePackedHash } from './usePackedHash';

const NATIVE: Record<Lang, string> = { en: 'English', 'zh-CN': '简体中文' };
export const EMBED_SIZE = { width: [240, 2000], height: [200, 2000] } as const;
const clamp = (v: number, [lo, hi]: readonly [number, number]) =>
  Math.min(hi, Math.max(lo, Math.round(v)));

/** What the frame shows: a whole tab (`tab:train`) or one figure (`fig:landscape`). */
type Target = `tab:${TabId}` | `fig:${FigureId}`;
const figOf = (t: Target): FigureId | null => {
  const id = t.slice(4);
  return t.startsWith('fig:') && isFigureId(id) ? id : null;
};
const allControls = () =>
  Object.fromEntries(FIGURE_IDS.map((f) => [f, [...FIGURES[f].controls]])) as Record<
    FigureId,
    FigureControl[]
  >;

/** The dialog's choices and the rules between them (a figure keeps its shape while asked). */
function useEmbedChoices() {
  const [target, setTarget] = useState<Target>('tab:explore');
  const [ctl, setCtl] = useState(allControls);
  const [lang, setLang] = useState<Lang>('en');
  const [width, setWidth] = useState(900);
  const [height, setHeight] = useState(640);
  const [keepAspect, setKeepAspect] = useState(true);
  const [format, setFormat] = useState<SnippetFormat>('html');
  const [classroom, setClassroom] = useState(NO_CLASSROOM);
  const fig = figOf(target);
  const aspect = fig ? FIGURES[fig].aspect : null;
  const fitHeight = (w: number, a: number | null) => {
    if (a && keepAspect) setHeight(clamp(w / a, EMBED_SIZE.height));
  };
  return {
    target,
    fig,
    aspect,
    tab: fig ? FIGURES[fig].tab : (target.slice(4) as TabId),
    shownCtl: fig ? ctl[fig] : [],
    lang,
    width,
    height,
    keepAspect,
    format,
    classroom,
    setLang,
    setFormat,
    setClassroom,
    setCtl: (f: FigureId, c: FigureControl[]) => setCtl({ ...ctl, [f]: c }),
    choose: (next: Target) => {
      setTarget(next);
      const f = figOf(next);
      fitHeight(width, f && FIGURES[f].aspect);
    },
    commitWidth: (w: number) => {
      setWidth(w);
      fitHeight(w, aspect);
    },
    commitHeight: (h: number) => {
      setHeight(h);
      if (aspect && keepAspect) setWidth(clamp(h * aspect, EMBED_SIZE.width));
    },
    setKeepAspect: (on: boolean) => {
      setKeepAspect(on);
      if (on && aspect) setHeight(clamp(width / aspect, EMBED_SIZE.height));
    },
  };
}
type Choices = ReturnType<typeof useEmbedChoices>;

/** The frame's link for these choices: plain at once, then packed (like Share's) once a large
 *  state has been compressed. Empty while the dialog is closed. */
function useEmbedSrc(c: Choices, open: boolean, h5: string | null): string {
  const store = useAppStoreApi();
  const classroom = c.fig ? { ...c.classroom, hide: [] } : c.classroom;
  const draft = withClassroom(draftOf(store.getState()), classroom);
  const plainHash = open ? hashFor(draft, { tab: c.tab, lang: c.lang, embed: true }) : '';
  const hash = usePackedHash(plainHash) ?? plainHash;
  if (!open) return '';
  const { origin, pathname, search } = window.location;
  const fig = c.fig ? { id: c.fig, ctl: c.shownCtl, h5: h5 ?? undefined } : null;
  return absoluteLink({ origin, pathname, search: embedQuery(search, fig) }, hash);
}

/** Embed: a snippet of the current settings — one view or one figure, in one language, at a
 *  size — for the kind of page it goes into, with a live preview of the frame. Opened from the
 *  header's Share menu (loaded on first use); each opening starts from the tab and language on
 *  screen and keeps the other choices of the last one. */
export default function EmbedDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [shown, setShown] = useState(false);
  const c = useEmbedChoices();
  const copier = useCopy();
  if (open !== shown) {
    setShown(open);
    if (open) {
      const s = store.getState();
      c.choose(`tab:${s.tab}`);
      c.setLang(s.lang);
      copier.reset();
    }
  }
  // `fig=h5` carries the open landscape file in its link; without one there is no snippet.
  const h5 = useH5FigureLink(open && c.fig === 'h5');
  const blocked = c.fig === 'h5' && !h5.payload;
  const src = useEmbedSrc(c, open && !blocked, h5.payload);
  const view = c.fig
    ? t(`embed.figs.${c.fig}`, { lng: c.lang })
    : t(`tabs.${c.tab}`, { lng: c.lang });
  const snippet = blocked
    ? ''
    : snippetFor(c.format, {
        src,
        width: c.width,
        height: c.height,
        title: t('embed.frameTitle', { view, lng: c.lang }),
      });
  return (
    <Dialog
      id="embed-dialog"
      className="dialog-wide"
      open={open}
      onClose={onClose}
      title={t('embed.title')}
    >
      <p>{t('embed.intro')}</p>
      <div className="embed-layout">
        <div className="embed-settings">
          <EmbedFields c={c} />
          {c.fig && <FigureOptions c={c} fig={c.fig} />}
          {c.fig === 'h5' && (
            <p className={h5.error ? 'error' : 'muted'} role="status" data-testid="embed-h5">
              {h5.text}
            </p>
          )}
          <EmbedSnippet c={c} snippet={snippet} src={src} copier={copier} />
          <EmbedClassroom value={c.classroom} onChange={c.setClassroom} showHide={!c.fig} />
        </div>
        <EmbedPreview src={src} width={c.width} height={c.height} />
      </div>
    </Dialog>
  );
}

/** What to show, the language and the size. */
function EmbedFields({ c }: { c: Choices }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-grid">
      <label className="dialog-field">
        <span>{t('embed.figure')}</span>
        <select
          className="select"
          value={c.target}
          onChange={(e) => c.choose(e.target.value as Target)}
          data-testid="embed-target"
        >
          <optgroup label={t('embed.wholeViews')}>
            {TAB_IDS.map((x) => (
              <option key={x} value={`tab:${x}`}>
                {t(`tabs.${x}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('embed.oneFigure')}>
            {FIGURE_IDS.map((f) => (
              <option key={f} value={`fig:${f}`}>
                {t(`embed.figs.${f}`)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label className="dialog-field">
        <span>{t('embed.language')}</span>
        <select
          className="select"
          value={c.lang}
          onChange={(e) => c.setLang(e.target.value as Lang)}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {NATIVE[l]}
            </option>
          ))}
        </select>
      </label>
      {(['width', 'height'] as const).map((side) => (
        <NumberField
          key={side}
          className="dialog-field"
          label={t(`embed.${side}`)}
          value={side === 'width' ? c.width : c.height}
          min={EMBED_SIZE[side][0]}
          max={EMBED_SIZE[side][1]}
          integer
          onCommit={side === 'width' ? c.commitWidth : c.commitHeight}
          testId={`embed-${side}`}
          inputClassName="text-input"
        />
      ))}
    </div>
  );
}

/** A figure's shape and the controls it keeps (its allow-list, in its order). */
function FigureOptions({ c, fig }: { c: Choices; fig: FigureId }) {
  const { t } = useTranslation();
  const allowed = FIGURES[fig].controls;
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={c.keepAspect}
          onChange={(e) => c.setKeepAspect(e.target.checked)}
        />
        {t('embed.keepAspect', { ratio: aspectText(c.aspect ?? 1) })}
      </label>
      {allowed.length > 0 && (
        <fieldset className="field-group embed-controls" data-testid="embed-controls">
          <legend>{t('embed.ctl.legend')}</legend>
          {allowed.map((x) => (
            <label key={x} className="check">
              <input
                type="checkbox"
                checked={c.shownCtl.includes(x)}
                onChange={(e) =>
                  c.setCtl(
                    fig,
                    allowed.filter((y) => (y === x ? e.target.checked : c.shownCtl.includes(y))),
                  )
                }
              />
              {t(`embed.ctl.${x}`)}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}

/** Where the snippet goes, the snippet, and Copy. */
function EmbedSnippet(p: {
  c: Choices;
  snippet: string;
  src: string;
  copier: ReturnType<typeof useCopy>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  return (
    <>
      <label className="dialog-field">
        <span>{t('embed.format')}</span>
        <select
          className="select"
          value={p.c.format}
          onChange={(e) => p.c.setFormat(e.target.value as SnippetFormat)}
          data-testid="embed-format"
        >
          {SNIPPET_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`embed.formats.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="dialog-field" htmlFor={`${id}-snippet`}>
        <span>{t('embed.snippet')}</span>
      </label>
      <textarea
        ref={field}
        id={`${id}-snippet`}
        className="text-input snippet"
        readOnly
        rows={p.c.format === 'html' ? 4 : 6}
        value={p.snippet}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="embed-snippet"
        data-src={p.src}
      />
      <DialogActions copy={p.copier.state}>
        <button
          type="button"
          className="button"
          onClick={() => void p.copier.copy(p.snippet, field.current)}
        >
          {t('share.copy')}
        </button>
      </DialogActions>
    </>
  );
}

/** 1.5 → "3:2", 1.333… → "4:3". */
function aspectText(a: number): string {
  for (let h = 1; h <= 16; h++) {
    const w = a * h;
    if (Math.abs(w - Math.round(w)) < 1e-6) return `${Math.round(w)}:${h}`;
  }
  return a.toFixed(2);
}
