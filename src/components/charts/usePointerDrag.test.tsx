import type { PointerEvent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  startsDrag,
  usePointerDrag,
  type PointerDragHandlers,
  type PointerDragOptions,
} from './usePointerDrag';

/** The hook's handlers from one render (effects do not run in Node; the handlers do). */
function handlersOf(o: PointerDragOptions<Element>): PointerDragHandlers<Element> {
  let out: PointerDragHandlers<Element> | null = null;
  function Probe() {
    out = usePointerDrag(o).handlers;
    return null;
  }
  renderToStaticMarkup(<Probe />);
  return out as unknown as PointerDragHandlers<Element>;
}

const captured: number[] = [];
const ev = (
  p: Partial<{ button: number; isPrimary: boolean; altKey: boolean; pointerId: number }>,
) =>
  ({
    button: 0,
    isPrimary: true,
    altKey: false,
    pointerId: 1,
    currentTarget: { setPointerCapture: (id: number) => captured.push(id) },
    ...p,
  }) as unknown as PointerEvent<Element>;

function recorder(extra: Partial<PointerDragOptions<Element>> = {}) {
  const log: string[] = [];
  const h = handlersOf({
    onStart: () => log.push('start'),
    onDrag: () => log.push('drag'),
    onEnd: () => log.push('end'),
    onHover: (_, held) => log.push(held ? 'hover-held' : 'hover'),
    ...extra,
  });
  return { log, h };
}

describe('usePointerDrag', () => {
  it('starts on the primary main button only, when enabled and accepted', () => {
    expect(startsDrag({ button: 0, isPrimary: true })).toBe(true);
    expect(startsDrag({ button: 2, isPrimary: true })).toBe(false);
    expect(startsDrag({ button: 0, isPrimary: false })).toBe(false);
    expect(startsDrag({ button: 0, isPrimary: true }, false)).toBe(false);
    expect(startsDrag({ button: 0, isPrimary: true }, true, false)).toBe(false);
  });

  it('press, moves, release: start (capturing the pointer), drags, one end; then hover only', () => {
    const { log, h } = recorder();
    captured.length = 0;
    h.onPointerMove(ev({}));
    h.onPointerDown(ev({ pointerId: 7 }));
    h.onPointerMove(ev({}));
    h.onPointerMove(ev({ isPrimary: false })); // a second finger: ignored
    h.onPointerUp(ev({}));
    h.onPointerUp(ev({}));
    h.onPointerMove(ev({}));
    expect(log).toEqual(['hover', 'start', 'drag', 'hover-held', 'end', 'hover']);
    expect(captured).toEqual([7]);
  });

  it('a cancelled pointer ends the drag; a refused press (Alt, right button) starts none', () => {
    const { log, h } = recorder({ accept: (e) => !e.altKey });
    h.onPointerDown(ev({ altKey: true }));
    h.onPointerDown(ev({ button: 2 }));
    h.onPointerMove(ev({}));
    h.onPointerDown(ev({}));
    h.onPointerCancel(ev({}));
    expect(log).toEqual(['hover', 'start', 'end']);
  });
});
