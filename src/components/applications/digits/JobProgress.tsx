// A running network job's progress line: the bar (named by its text unless a label is given) and
// the text, with an optional note after it (the slice's "coarse picture"). Shared by training,
// slices and the comparison.
export function JobProgress(p: {
  max: number;
  value: number;
  text: string;
  note?: string;
  label?: string;
  testId?: string;
}) {
  return (
    <p>
      <progress max={p.max} value={p.value} aria-label={p.label ?? p.text} data-testid={p.testId} />{' '}
      {p.text}
      {p.note && ` · ${p.note}`}
    </p>
  );
}
