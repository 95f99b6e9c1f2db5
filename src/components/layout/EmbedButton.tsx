import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { LANGS, type Lang } from '../../state/prefs';
import { TAB_IDS, type TabId } from '../../state/tabs';
import { absoluteLink, hashFor, iframeSnippet } from '../../state/url/link';
import { draftOf } from '../../state/url/urlState';
import { useCopy } from '../controls/copy';
import { Dialog } from '../controls/Dialog';
import { DialogActions } from '../controls/DialogActions';
import { EmbedClassroom, NO_CLASSROOM, withClassroom } from '../lesson/EmbedClassroom';

const NATIVE: Record<Lang, string> = { en: 'English', 'zh-CN': '简体中文' };
const clampSize = (v: number, lo: number, hi: number, d: number) =>
  Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : d;

/** Embed: an iframe snippet of the current settings, for one view, in one language. Opened from
 *  the header's Share menu (loaded on first use); each opening starts from the tab and language
 *  on screen, and keeps the size and classroom options of the last one. */
export default function EmbedDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  const [shown, setShown] = useState(false);
  const [width, setWidth] = useState(900);
  const [height, setHeight] = useState(640);
  const [tab, setTab] = useState<TabId>('explore');
  const [lang, setLang] = useState<Lang>('en');
  const copier = useCopy();
  const snippetField = useRef<HTMLTextAreaElement>(null);
  const [classroom, setClassroom] = useState(NO_CLASSROOM);

  if (open !== shown) {
    setShown(open);
    if (open) {
      const s = store.getState();
      setTab(s.tab);
      setLang(s.lang);
      copier.reset();
    }
  }
  const src = open
    ? absoluteLink(
        window.location,
        hashFor(withClassroom(draftOf(store.getState()), classroom), { tab, lang, embed: true }),
      )
    : '';
  const snippet = iframeSnippet(
    src,
    width,
    height,
    t('embed.frameTitle', { view: t(`tabs.${tab}`), lng: lang }),
  );
  return (
    <>
      <Dialog id="embed-dialog" open={open} onClose={onClose} title={t('embed.title')}>
        <p>{t('embed.intro')}</p>
        <div className="dialog-grid">
          <label className="dialog-field">
            <span>{t('embed.panel')}</span>
            <select
              className="select"
              value={tab}
              onChange={(e) => setTab(e.target.value as TabId)}
            >
              {TAB_IDS.map((x) => (
                <option key={x} value={x}>
                  {t(`tabs.${x}`)}
                </option>
              ))}
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
          <label className="dialog-field">
            <span>{t('embed.width')}</span>
            <input
              className="text-input"
              type="number"
              min={240}
              max={2000}
              value={width}
              onChange={(e) => setWidth(clampSize(e.target.valueAsNumber, 240, 2000, 900))}
            />
          </label>
          <label className="dialog-field">
            <span>{t('embed.height')}</span>
            <input
              className="text-input"
              type="number"
              min={200}
              max={2000}
              value={height}
              onChange={(e) => setHeight(clampSize(e.target.valueAsNumber, 200, 2000, 640))}
            />
          </label>
        </div>
        <EmbedClassroom value={classroom} onChange={setClassroom} />
        <label className="dialog-field" htmlFor={`${id}-snippet`}>
          <span>{t('embed.snippet')}</span>
        </label>
        <textarea
          ref={snippetField}
          id={`${id}-snippet`}
          className="text-input snippet"
          readOnly
          rows={4}
          value={snippet}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="embed-snippet"
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
      </Dialog>
    </>
  );
}
