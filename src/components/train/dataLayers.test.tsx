// The data chart's layers on their own, on a plot of known scales: where the threshold, the
// marks and the hit circles land, in pixels computed by hand.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DecisionCanvas, FitLayer, PointLayer } from './DataLayers';
import { HitMark, PointMark, PullMark, type MarkPointer } from './DataPoints';
import { dataScales } from './dataGeometry';
import type { MarkHandlers } from './usePointEditing';

// x ∈ [0, 10] over 200 px, y ∈ [0, 1] over 100 px (upwards).
const plot = dataScales({ x: [0, 10], y: [0, 1] }, 200, 100);
const noop = () => {};
const pointer: MarkPointer = {
  onPointerDown: noop,
  onPointerMove: noop,
  onPointerUp: noop,
  onPointerCancel: noop,
  onClick: noop,
};
const marks = { onKeyDown: noop, pointer } as unknown as MarkHandlers;
const svg = (node: ReactNode) => renderToStaticMarkup(<svg>{node}</svg>);
const circles = (html: string) => [...html.matchAll(/<circle[^>]*>/g)].map((m) => m[0]);

describe('FitLayer', () => {
  const layer = (p: Partial<Parameters<typeof FitLayer>[0]> = {}) =>
    svg(
      <FitLayer
        clipId="c1"
        arrow="url(#a)"
        plot={plot}
        threshold={false}
        boundary=""
        fit=""
        hover=""
        pulls={[]}
        {...p}
      />,
    );

  it('clips everything to the plot’s rectangle', () => {
    const html = layer();
    expect(html).toContain('<clipPath id="c1"><rect width="200" height="100"></rect></clipPath>');
    expect(html).toContain('<g clip-path="url(#c1)" pointer-events="none"></g>');
  });

  it('the logistic threshold p = 0.5 runs across the middle', () => {
    expect(layer({ threshold: true })).toContain(
      '<line class="threshold" x1="0" x2="200" y1="50" y2="50"></line>',
    );
  });

  it('draws the boundary, the hovered fit under the fit, each only when given', () => {
    const html = layer({ boundary: 'M0,0', hover: 'M1,1', fit: 'M2,2' });
    expect(html).toContain('<path class="boundary" d="M0,0" data-testid="decision-boundary">');
    expect(html.indexOf('fit-hover')).toBeLessThan(html.indexOf('class="fit"'));
    expect(layer({ fit: 'M2,2' })).not.toContain('fit-hover');
    expect(layer()).not.toContain('<path');
  });

  it('one residual per pull, an arrow only where it is long enough', () => {
    const html = layer({
      pulls: [
        { i: 0, x: 20, y0: 50, y1: 30, pull: -12 },
        { i: 1, x: 40, y0: 50, y1: 60, pull: 0 },
      ],
    });
    expect(html.match(/class="residual"/g)).toHaveLength(2);
    expect(html).toContain('<line class="residual" x1="20" x2="20" y1="50" y2="30"></line>');
    expect(html).toContain(
      '<line class="pull" x1="20" x2="20" y1="50" y2="38" marker-end="url(#a)"></line>',
    );
    expect(html.match(/class="pull"/g)).toHaveLength(1);
  });
});

describe('PointLayer', () => {
  const points = [
    { x: 5, y: 0.5 },
    { x: 10, y: 1, label: 1 as const },
  ];
  const labelOf = (n: number, x: number, y: number, held: boolean) =>
    `P${n} ${x},${y}${held ? ' held' : ''}`;
  const layer = (coarse: boolean) =>
    svg(
      <PointLayer
        points={points}
        held={[true]}
        plot={plot}
        coarse={coarse}
        marks={marks}
        labelOf={labelOf}
      />,
    );

  it('each point at its pixels, focusable, named by labelOf (1-based), classed', () => {
    const c = circles(layer(false));
    expect(c).toHaveLength(2);
    expect(c[0]).toContain('cx="100" cy="50"');
    expect(c[0]).toContain('class="pt held"');
    expect(c[0]).toContain('aria-label="P1 5,0.5 held"');
    expect(c[1]).toContain('cx="200" cy="0"');
    expect(c[1]).toContain('class="pt cls1"');
    expect(c[1]).toContain('aria-label="P2 10,1"');
    for (const x of c) {
      expect(x).toContain('tabindex="0"');
      expect(x).toContain('role="button"');
      expect(x).toContain('r="7"');
    }
  });

  it('on a touch screen, 44 px hit circles under the points, hidden from screen readers', () => {
    const c = circles(layer(true));
    expect(c).toHaveLength(4);
    expect(c.slice(0, 2).every((x) => x.includes('class="pt-hit"') && x.includes('r="22"'))).toBe(
      true,
    );
    expect(c[0]).toContain('aria-hidden="true"');
    expect(c[1]).toContain('data-index="1"');
  });
});

describe('the marks alone', () => {
  it('PointMark carries its index for the shared handlers', () => {
    const html = svg(
      <PointMark
        index={4}
        cx={1}
        cy={2}
        x={3}
        y={4}
        held={false}
        labelOf={() => 'p'}
        onKeyDown={noop}
        pointer={pointer}
      />,
    );
    expect(html).toContain('data-index="4"');
    expect(html).toContain('class="pt"');
  });

  it('HitMark and PullMark', () => {
    expect(svg(<HitMark index={2} cx={3} cy={4} pointer={pointer} />)).toContain(
      '<circle data-index="2" class="pt-hit" cx="3" cy="4" r="22" aria-hidden="true"></circle>',
    );
    const pull = svg(<PullMark x={1} y0={10} y1={20} pull={5} marker="url(#m)" />);
    expect(pull).toContain('y1="10" y2="15" marker-end="url(#m)"');
  });
});

describe('DecisionCanvas', () => {
  it('a canvas the size of the plot, placed inside the margins, hidden from screen readers', () => {
    const html = renderToStaticMarkup(<DecisionCanvas heat={null} plot={plot} />);
    expect(html).toBe(
      '<canvas width="200" height="100" class="decision-canvas" style="left:54px;top:14px;width:200px;height:100px" aria-hidden="true" data-testid="decision-canvas"></canvas>',
    );
  });
});
