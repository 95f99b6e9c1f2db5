// Adds a k-means point by typing its coordinates (the keyboard's way to what a click on the
// plane does); a bad number or a full plane is named beside the fields.
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { K_MAX_POINTS } from '../../state/applications/slice';
import { parseFinite } from '../../state/explore/cells';

export function AddPointForm({ full, onAdd }: { full: boolean; onAdd(p: [number, number]): void }) {
  const { t } = useTranslation();
  const [x, setX] = useState('5');
  const [y, setY] = useState('5');
  const [error, setError] = useState<string | null>(null);
  const errId = useId();
  const submit = useCallback(
    (e: FormEvent) => {
      e.preventDefault();
      // The number rules of every field (NumberField's): trimmed, one decimal comma, no hex.
      const px = parseFinite(x);
      const py = parseFinite(y);
      const ok = (r: typeof px) => r.ok && r.value >= 0 && r.value <= 10;
      if (full) return setError(t('applications.kmeans.full', { max: K_MAX_POINTS }));
      if (!ok(px) || !ok(py)) return setError(t('applications.kmeans.addError'));
      setError(null);
      if (px.ok && py.ok) onAdd([px.value, py.value]);
    },
    [x, y, full, onAdd, t],
  );
  const field = (label: string, value: string, set: (v: string) => void, testId: string) => (
    <label>
      {label}{' '}
      <input
        value={value}
        onChange={(e) => set(e.target.value)}
        inputMode="decimal"
        size={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errId : undefined}
        data-testid={testId}
      />
    </label>
  );
  return (
    <form className="ap-addpoint" onSubmit={submit} noValidate>
      {field('x₁', x, setX, 'kmeans-add-x')}
      {field('x₂', y, setY, 'kmeans-add-y')}
      <button type="submit" className="ap-button" data-testid="kmeans-add">
        {t('applications.kmeans.add')}
      </button>
      <span className="ap-hint">{t('applications.kmeans.clickHint')}</span>
      {error && (
        <span id={errId} className="ap-message" role="alert" data-testid="kmeans-add-error">
          {error}
        </span>
      )}
    </form>
  );
}
