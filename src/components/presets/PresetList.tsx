import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { openPreset } from './openPreset';
import { GALLERY, presetHash, type PresetKey } from './presets';
import './presets.css';

/** The gallery's cards; each is a real link (open it in a new tab too), opened in place on click. */
export function PresetList({
  keys = GALLERY,
  onOpen,
}: {
  keys?: readonly PresetKey[];
  onOpen?(): void;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const click = (e: MouseEvent<HTMLAnchorElement>, key: PresetKey) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    openPreset(store, key);
    onOpen?.();
  };
  return (
    <ul className="preset-list">
      {keys.map((key) => (
        <li key={key} className="preset-card" data-preset={key}>
          <a href={presetHash(key)} onClick={(e) => click(e, key)} className="preset-link">
            {t(`presets.items.${key}.title`)}
          </a>
          <p>{t(`presets.items.${key}.text`)}</p>
        </li>
      ))}
    </ul>
  );
}
