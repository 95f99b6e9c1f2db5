// A number input that lets the user type freely (“0.” or “1e-” on the way to a value): the
// draft is local, valid values are committed as they are typed, and the field follows the
// store when the value changes elsewhere. A text input (inputmode=decimal), not type=number:
// the browser would hide what was typed ("1,5", "abc" read as ""), so no message could say why.
// A refused draft stays visible with a message beside it, and the last valid value stays in use.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseFinite } from '../../state/explore/cells';
import { fmtLong } from '../charts/format';
import './numberField.css';

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
  /** Classes of the <input> itself (the area's input style). */
  inputClassName?: string;
  hideLabel?: boolean;
}

export interface NumberProblem {
  key: 'empty' | 'notNumber' | 'notFinite' | 'outOfRange' | 'notInteger';
  /** The bounds, as the message shows them. */
  min: string;
  max: string;
}

/** Why `text` is refused for a field with these bounds, or the number it means. */
export function checkNumber(
  text: string,
  b: { min?: number; max?: number; integer?: boolean },
): { ok: true; value: number } | { ok: false; problem: NumberProblem } {
  const range = { min: String(b.min ?? '−∞'), max: String(b.max ?? '∞') };
  const r = parseFinite(text);
  if (!r.ok) {
    const key = r.error === 'empty' || r.error === 'notFinite' ? r.error : 'notNumber';
    return { ok: false, problem: { key, ...range } };
  }
  const v = r.value;
  if ((b.min !== undefined && v < b.min) || (b.max !== undefined && v > b.max))
    return { ok: false, problem: { key: 'outOfRange', ...range } };
  if (b.integer && !Number.isInteger(v))
    return { ok: false, problem: { key: 'notInteger', ...range } };
  return { ok: true, value: v };
}

export function NumberField(p: NumberFieldProps) {
  const { t } = useTranslation();
  const uid = useId();
  const [draft, setDraft] = useState(String(p.value));
  const [seen, setSeen] = useState(p.value);
  // The value changed from outside: show it (React's "adjust state on a prop change" pattern).
  if (seen !== p.value) {
    setSeen(p.value);
    const r = parseFinite(draft);
    if (!r.ok || r.value !== p.value) setDraft(String(p.value));
  }
  const checked = checkNumber(draft, p);
  const labelId = `${uid}-label`;
  const msgId = `${uid}-msg`;
  return (
    <label className={`field ${p.className ?? ''}`}>
      <span id={labelId} className={p.hideLabel ? 'visually-hidden' : 'field-label'}>
        {p.label}
      </span>
      <input
        id={p.id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        className={`num-input ${p.inputClassName ?? ''}`}
        value={draft}
        aria-labelledby={labelId}
        aria-invalid={!checked.ok || undefined}
        aria-describedby={checked.ok ? undefined : msgId}
        data-testid={p.testId}
        onChange={(e) => {
          setDraft(e.target.value);
          const r = checkNumber(e.target.value, p);
          if (r.ok && r.value !== p.value) p.onCommit(r.value);
        }}
      />
      {!checked.ok && (
        <span id={msgId} className="field-error" role="alert" data-testid="field-error">
          {t(`robust.number.${checked.problem.key}`, {
            min: checked.problem.min,
            max: checked.problem.max,
          })}{' '}
          {t('robust.number.kept', { last: fmtLong(p.value) })}
        </span>
      )}
    </label>
  );
}
