import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long the choices must rest before the preview loads the new link (typing a width
 *  resizes the frame at once; only a new link reloads it). */
const RELOAD_AFTER_MS = 400;

/**
 * The Embed dialog's live preview: the snippet's own link in a frame of the chosen size, scaled
 * down (never up) to the room the dialog has, so the teacher sees what the course page will.
 */
export function EmbedPreview({
  src,
  width,
  height,
}: {
  src: string;
  width: number;
  height: number;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(src);
  useEffect(() => {
    if (src === shown) return;
    const h = window.setTimeout(() => setShown(src), RELOAD_AFTER_MS);
    return () => window.clearTimeout(h);
  }, [src, shown]);
  const box = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setRoom(el.clientWidth));
    ro.observe(el);
    setRoom(el.clientWidth);
    return () => ro.disconnect();
  }, []);
  const scale = room > 0 ? Math.min(1, room / width) : 1;
  return (
    <figure className="embed-preview">
      <figcaption data-testid="embed-preview-caption">
        {t('embed.previewAt', { width, height, scale: Math.round(scale * 100) })}
      </figcaption>
      <div ref={box} className="embed-preview-box" style={{ height: Math.ceil(height * scale) }}>
        {src && (
          <iframe
            key={shown}
            src={shown}
            width={width}
            height={height}
            title={t('embed.previewTitle')}
            style={{ transform: `scale(${scale})` }}
            data-testid="embed-preview"
          />
        )}
      </div>
    </figure>
  );
}
