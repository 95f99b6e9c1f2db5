// An editable histogram of one class distribution: drag a bar (pointer) or focus it and use the
// arrow keys; each bar is a slider. The row stays normalised (the store rescales the others).
import { scaleBand, scaleLinear } from 'd3-scale';
import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { Axis } from '../charts/Axis';
import { fmt } from '../charts/format';
import { usePointerDrag } from '../charts/usePointerDrag';
import { useSize } from '../charts/useSize';

const M = { top: 10, right: 8, bottom: 28, left: 40 };
const H = 190;

export interface DistEditorProps {
  label: string;
  values: number[];
  color: string;
  barLabel(k: number): string;
  onChange(k: number, v: number): void;
  testId: string;
}

export function DistEditor({ label, values, color, barLabel, onChange, testId }: DistEditorProps) {
  const [ref, size] = useSize<HTMLDivElement>({ width: 300, height: H });
  const w = Math.max(100, size.width - M.left - M.right);
  const h = H - M.top - M.bottom;
  const n = values.length;
  const x = useMemo(
    () =>
      scaleBand<number>()
        .domain(Array.from({ length: n }, (_, k) => k))
        .range([0, w])
        .padding(0.2),
    [n, w],
  );
  const y = useMemo(() => scaleLinear().domain([0, 1]).range([h, 0]), [h]);
  const drag = useRef<number | null>(null);
  const at = (e: PointerEvent<SVGElement>) => {
    const svg = e.currentTarget.ownerSVGElement ?? (e.currentTarget as SVGSVGElement);
    const r = svg.getBoundingClientRect();
    return Math.round(y.invert(e.clientY - r.top - M.top) * 100) / 100;
  };
  const { handlers } = usePointerDrag<SVGGElement>({
    onStart: (e) => {
      drag.current = Number(e.currentTarget.dataset.bar);
      onChange(drag.current, at(e));
    },
    onDrag: (e) => {
      if (drag.current !== null) onChange(drag.current, at(e));
    },
    onEnd: () => {
      drag.current = null;
    },
  });
  const key = (k: number) => (e: KeyboardEvent<SVGGElement>) => {
    const d: Record<string, number> = {
      ArrowUp: 0.01,
      ArrowRight: 0.01,
      ArrowDown: -0.01,
      ArrowLeft: -0.01,
      PageUp: 0.1,
      PageDown: -0.1,
    };
    if (e.key in d) {
      e.preventDefault();
      onChange(k, Math.round((values[k] + d[e.key]) * 100) / 100);
    }
  };
  return (
    <div className="chart" ref={ref} role="group" aria-label={label} data-testid={testId}>
      <svg width={w + M.left + M.right} height={H}>
        <g transform={`translate(${M.left},${M.top})`}>
          <Axis scale={y} orient="left" ticks={4} tickFormat={fmt} />
          <line x1={0} x2={w} y1={h} y2={h} stroke="var(--border)" />
          {values.map((v, k) => (
            <g
              key={k}
              role="slider"
              tabIndex={0}
              className="ex-dist-bar"
              aria-label={barLabel(k)}
              aria-valuemin={0}
              aria-valuemax={1}
              aria-valuenow={v}
              aria-valuetext={fmt(v)}
              data-bar={k}
              {...handlers}
              onKeyDown={key(k)}
              data-testid={`${testId}-bar-${k}`}
            >
              <rect className="ex-dist-hit" x={x(k)} width={x.bandwidth()} y={0} height={h} />
              <rect
                x={x(k)}
                width={x.bandwidth()}
                y={y(v)}
                height={Math.max(0, h - y(v))}
                fill={color}
                rx={2}
              />
              <text
                className="ex-dist-value"
                x={(x(k) ?? 0) + x.bandwidth() / 2}
                y={Math.max(10, y(v) - 4)}
                textAnchor="middle"
              >
                {fmt(v)}
              </text>
              <text
                className="ex-dist-tick"
                x={(x(k) ?? 0) + x.bandwidth() / 2}
                y={h + 16}
                textAnchor="middle"
              >
                {k + 1}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
