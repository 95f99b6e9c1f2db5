import { useEffect, useId, useRef, useState } from 'react';
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
import { packHash } from '../../state/url/pack';
import { draftOf } from '../../state/url/urlState';
import { useCopy } from '../controls/copy';
import { Dialog } from '../controls/Dialog';
import { DialogActions } from '../controls/DialogActions';
import { NumberField } from '../controls/NumberField';
import { EmbedClassroom, NO_CLASSROOM, withClassroom } from '../lesson/EmbedClassroom';
import { EmbedPreview } from './EmbedPreview';

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

/** Embed: a snippet of the current settings — one view or one figure, in one language, at a
 *  size — for the kind of page it goes into, with a live preview of the frame. Opened from the
 *  header's Share menu (loaded on first use); each opening starts from the tab and language on
 *  screen and keeps the other choices of the last one. */
export default function EmbedDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  const [shown, setShown] = useState(false);
  const [target, setTarget] = useState<Target>('tab:explore');
  const [ctl, setCtl] = useState(allControls);
  const [lang, setLang] = useState<Lang>('en');
  const [width, setWidth] = useState(900);
  const [height, setHeight] = useState(640);
  const [keepAspect, setKeepAspect] = useState(true);
  const [format, setFormat] = useState<SnippetFormat>('html');
  const [classroom, setClassroom] = useState(NO_CLASSROOM);
  const copier = useCopy();
  const snippetField = useRef<HTMLTextAreaElement>(null);

  if (open !== shown) {
    setShown(open);
    if (open) {
      const s = store.getState();
      setTarget(`tab:${s.tab}`);
      setLang(s.lang);
      copier.reset();
    }
  }
  const fig = figOf(target);
  const aspect = fig ? FIGURES[fig].aspect : null;
  const tab: TabId = fig ? FIGURES[fig].tab : (target.slice(4) as TabId);
  const shownCtl = fig ? ctl[fig] : [];

  const choose = (next: Target) => {
    setTarget(next);
    const f = figOf(next);
    if (f && keepAspect) setHeight(clamp(width / FIGURES[f].aspect, EMBED_SIZE.height));
  };
  const commitWidth = (w: number) => {
    setWidth(w);
    if (aspect && keepAspect) setHeight(clamp(w / aspect, EMBED_SIZE.height));
  };
  const commitHeight = (h: number) => {
    setHeight(h);
    if (aspect && keepAspect) setWidth(clamp(h * aspect, EMBED_SIZE.width));
  };

  // The link: plain at once, then packed (like Share's) once a large state is compressed.
  const draft = withClassroom(
    draftOf(store.getState()),
    fig ? { ...classroom, hide: [] } : classroom,
  );
  const plainHash = open ? hashFor(draft, { tab, lang, embed: true }) : '';
  const [packed, setPacked] = useState({ plain: '', out: '' });
  useEffect(() => {
    if (!plainHash) return;
    let live = true;
    void packHash(plainHash).then((out) => live && setPacked({ plain: plainHash, out }));
    return () => {
      live = false;
    };
  }, [plainHash]);
  const hash = packed.plain === plainHash ? packed.out : plainHash;
  const { origin, pathname, search } = window.location;
  const src = open
    ? absoluteLink(
        { origin, pathname, search: embedQuery(search, fig ? { id: fig, ctl: shownCtl } : null) },
        hash,
      )
    : '';
  const view = fig ? t(`embed.figs.${fig}`, { lng: lang }) : t(`tabs.${tab}`, { lng: lang });
  const snippet = snippetFor(format, {
    src,
    width,
    height,
    title: t('embed.frameTitle', { view, lng: lang }),
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
          <div className="dialog-grid">
            <label className="dialog-field">
              <span>{t('embed.figure')}</span>
              <select
                className="select"
                value={target}
                onChange={(e) => choose(e.target.value as Target)}
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
                value={lang}
                onChange={(e) => setLang(e.target.value as Lang)}
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
                value={side === 'width' ? width : height}
                min={EMBED_SIZE[side][0]}
                max={EMBED_SIZE[side][1]}
                integer
                onCommit={side === 'width' ? commitWidth : commitHeight}
                testId={`embed-${side}`}
                inputClassName="text-input"
              />
            ))}
          </div>
          {fig && (
            <>
              <label className="check">
                <input
                  type="checkbox"
                  checked={keepAspect}
                  onChange={(e) => {
                    setKeepAspect(e.target.checked);
                    if (e.target.checked && aspect)
                      setHeight(clamp(width / aspect, EMBED_SIZE.height));
                  }}
                />
                {t('embed.keepAspect', { ratio: aspectText(aspect ?? 1) })}
              </label>
              {FIGURES[fig].controls.length > 0 && (
                <fieldset className="field-group embed-controls" data-testid="embed-controls">
                  <legend>{t('embed.ctl.legend')}</legend>
                  {FIGURES[fig].controls.map((c) => (
                    <label key={c} className="check">
                      <input
                        type="checkbox"
                        checked={shownCtl.includes(c)}
                        onChange={(e) =>
                          setCtl({
                            ...ctl,
                            [fig]: FIGURES[fig].controls.filter((x) =>
                              x === c ? e.target.checked : shownCtl.includes(x),
                            ),
                          })
                        }
                      />
                      {t(`embed.ctl.${c}`)}
                    </label>
                  ))}
                </fieldset>
              )}
            </>
          )}
          <label className="dialog-field">
            <span>{t('embed.format')}</span>
            <select
              className="select"
              value={format}
              onChange={(e) => setFormat(e.target.value as SnippetFormat)}
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
            ref={snippetField}
            id={`${id}-snippet`}
            className="text-input snippet"
            readOnly
            rows={format === 'html' ? 4 : 6}
            value={snippet}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="embed-snippet"
            data-src={src}
          />
          <DialogActions copy={copier.state}>
            <button
              type="button"
              className="button"
              onClick={() => void copier.copy(snippet, snippetField.current)}
            >
              {t('share.copy')}
            </button>
          </DialogActions>
          <EmbedClassroom value={classroom} onChange={setClassroom} showHide={!fig} />
        </div>
        <EmbedPreview src={src} width={width} height={height} />
      </div>
    </Dialog>
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
