// A number input that lets the user type freely (“0.” or “1e-” on the way to a value): the
// draft is local, valid values are committed as they are typed, and the field follows the
// store when the value changes elsewhere.
import { useState } from 'react';

export interface NumberFieldProps {
  id?: string;
  label: string;
  value: number;
  onCommit: (v: number) => void;
  min?: number;
  max?: number;
  step?: number | 'any';
  integer?: boolean;
  testId?: string;
  className?: string;
  hideLabel?: boolean;
}

export function NumberField(p: NumberFieldProps) {
  const [draft, setDraft] = useState(String(p.value));
  const [seen, setSeen] = useState(p.value);
  // The value changed from outside: show it (React's "adjust state on a prop change" pattern).
  if (seen !== p.value) {
    setSeen(p.value);
    if (Number(draft) !== p.value) setDraft(String(p.value));
  }
  const valid = (v: number) =>
    Number.isFinite(v) &&
    (p.min === undefined || v >= p.min) &&
    (p.max === undefined || v <= p.max) &&
    (!p.integer || Number.isInteger(v));
  const ok = draft.trim() !== '' && valid(Number(draft));
  return (
    <label className={`field ${p.className ?? ''}`}>
      <span className={p.hideLabel ? 'visually-hidden' : 'field-label'}>{p.label}</span>
      <input
        id={p.id}
        type="number"
        inputMode="decimal"
        value={draft}
        min={p.min}
        max={p.max}
        step={p.step ?? 'any'}
        aria-invalid={!ok || undefined}
        data-testid={p.testId}
        onChange={(e) => {
          setDraft(e.target.value);
          const v = Number(e.target.value);
          if (e.target.value.trim() !== '' && valid(v) && v !== p.value) p.onCommit(v);
        }}
        onBlur={() => {
          if (!ok) setDraft(String(p.value));
        }}
      />
    </label>
  );
}
