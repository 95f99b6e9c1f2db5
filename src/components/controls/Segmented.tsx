// A row of radio buttons that looks like a segmented control (native inputs: arrow keys, one
// tab stop, announced as a radio group). Each area styles it through its own class prefix
// (`ex-segmented` in Explore, `ap-choice` in Applications): <prefix>, <prefix>-label,
// <prefix>-options.
import { useId } from 'react';

export interface SegmentedProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  testId?: string;
  classPrefix: string;
}

export function Segmented<T extends string>(props: SegmentedProps<T>) {
  const name = useId();
  const p = props.classPrefix;
  return (
    <fieldset className={p} data-testid={props.testId}>
      <legend className={`${p}-label`}>{props.label}</legend>
      <div className={`${p}-options`}>
        {props.options.map((o) => (
          <label key={o.value} className={o.value === props.value ? 'is-on' : undefined}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === props.value}
              onChange={() => props.onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
