// A labelled choice among a few numbers (learning rate, batch size, grid…), as the digits views
// offer them: the option's text by `format`, the value handed back as a number.
export function NumberSelect(props: {
  label: string;
  value: number;
  options: readonly number[];
  onChange(v: number): void;
  format?: (v: number) => string;
  testId?: string;
}) {
  const format = props.format ?? String;
  return (
    <label className="ap-field">
      <span>{props.label}</span>
      <select
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
        data-testid={props.testId}
      >
        {props.options.map((v) => (
          <option key={v} value={v}>
            {format(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
