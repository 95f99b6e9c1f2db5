// A small grid of values painted on a canvas through ImageData (one canvas pixel per cell,
// scaled up by CSS with crisp edges), as the house heatmaps do. Optional pointer painting and a
// keyboard cursor (arrow keys move it, Space or Enter paints) for the editable map.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { usePointerDrag } from '../charts/usePointerDrag';

export interface PixelCanvasProps {
  size: number;
  values: ArrayLike<number>;
  /** [r, g, b] of a value. */
  color(v: number): [number, number, number];
  label: string;
  testId?: string;
  onPaint?(row: number, col: number): void;
  /** Cells to outline (e.g. the ground-truth boundary), as 0/1 per cell. */
  outline?: ArrayLike<number>;
}

export function PixelCanvas(props: PixelCanvasProps) {
  const { size, values, color, onPaint, outline } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(size, size);
    for (let i = 0; i < size * size; i++) {
      const [r, g, b] = color(values[i]);
      img.data.set([r, g, b, 255], i * 4);
    }
    if (outline)
      for (let i = 0; i < size * size; i++) {
        const r = Math.floor(i / size);
        const c = i % size;
        const edge =
          outline[i] === 1 &&
          (r === 0 ||
            c === 0 ||
            r === size - 1 ||
            c === size - 1 ||
            outline[i - 1] === 0 ||
            outline[i + 1] === 0 ||
            outline[i - size] === 0 ||
            outline[i + size] === 0);
        if (edge) img.data.set([0, 200, 255, 255], i * 4);
      }
    if (cursor) img.data.set([255, 0, 140, 255], (cursor[0] * size + cursor[1]) * 4);
    ctx.putImageData(img, 0, 0);
  }, [size, values, color, outline, cursor]);

  const cell = (e: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    const col = Math.floor(((e.clientX - r.left) / r.width) * size);
    const row = Math.floor(((e.clientY - r.top) / r.height) * size);
    return [Math.min(size - 1, Math.max(0, row)), Math.min(size - 1, Math.max(0, col))];
  };
  const paintAt = (e: PointerEvent<HTMLCanvasElement>) => {
    const [row, col] = cell(e);
    onPaint?.(row, col);
  };
  // Painting is a drag: the press paints its cell, each move the cell under the pointer.
  const { handlers } = usePointerDrag<HTMLCanvasElement>({
    enabled: !!onPaint,
    onStart: paintAt,
    onDrag: paintAt,
    onEnd: () => {},
  });
  const onKey = (e: KeyboardEvent<HTMLCanvasElement>) => {
    if (!onPaint) return;
    const [r, c] = cursor ?? [Math.floor(size / 2), Math.floor(size / 2)];
    const moves: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
    };
    if (e.key in moves) {
      e.preventDefault();
      const [nr, nc] = moves[e.key];
      setCursor([Math.min(size - 1, Math.max(0, nr)), Math.min(size - 1, Math.max(0, nc))]);
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      setCursor([r, c]);
      onPaint(r, c);
    }
  };
  return (
    <canvas
      ref={ref}
      width={size}
      height={size}
      className={`ap-pixels${onPaint ? ' is-editable' : ''}`}
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
      data-export=""
      tabIndex={onPaint ? 0 : undefined}
      onKeyDown={onKey}
      onBlur={() => setCursor(null)}
      {...handlers}
    />
  );
}
