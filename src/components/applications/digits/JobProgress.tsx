// A running network job's progress line: the bar (named by its text) and the text, with an
// optional note after it (the slice's "coarse picture"). Shared by training and slices.
export function JobProgress({
  max,
  value,
  text,
  note,
}: {
  max: number;
  value: number;
  text: string;
  note?: string;
}) {
  return (
    <p>
      <progress max={max} value={value} aria-label={text} /> {text}
      {note && ` · ${note}`}
    </p>
  );
}
