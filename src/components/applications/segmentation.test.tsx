import { describe, expect, it } from 'vitest';
import type { SegResult } from '../../math';
import { SEG_SIZE } from '../../state/applications/presets';
import { renderMarkup } from '../charts/svgSnapshot';
import { SegCompare, SegMaps } from './SegmentationParts';
import {
  greyColor,
  heatMax,
  mapTitleKey,
  maskColor,
  probColor,
  SEG_LOSSES,
  SEG_TEX,
  toRgb,
} from './segmentationView';

const N = SEG_SIZE * SEG_SIZE;

function result(mean: number, perPixel: number[] = [0]): SegResult {
  return {
    mean,
    perPixel: Float32Array.from(perPixel),
    grad: new Float32Array(perPixel.length),
    counts: [N - 3, 3],
    weights: [0.5, 2],
  } as unknown as SegResult;
}

describe('segmentationView', () => {
  it('has a formula for every loss it compares, in the table order', () => {
    expect(SEG_LOSSES).toEqual(['ce', 'wce', 'focal', 'dice']);
    for (const l of SEG_LOSSES) expect(SEG_TEX[l]).toMatch(/^L = /);
    expect(SEG_TEX.dice).toContain('\\sum_i p_i y_i');
    expect(SEG_TEX.focal).toContain('(1-p_t)^{\\gamma}');
  });

  it('heatMax: the largest finite value; 1 when nothing is above 0 or there is no map', () => {
    expect(heatMax([0.2, 3, NaN, Infinity, 1])).toBe(3);
    expect(heatMax(Float32Array.from([0.5, 0.25]))).toBe(0.5);
    expect(heatMax([0, 0])).toBe(1);
    expect(heatMax([-1, NaN])).toBe(1);
    expect(heatMax(null)).toBe(1);
  });

  it('mapTitleKey names what the heatmap shows for each loss', () => {
    expect(mapTitleKey('ce')).toBe('applications.segmentation.mapLoss');
    expect(mapTitleKey('focal')).toBe('applications.segmentation.mapLoss');
    expect(mapTitleKey('wce')).toBe('applications.segmentation.mapWeighted');
    expect(mapTitleKey('dice')).toBe('applications.segmentation.mapDice');
  });

  it('colours: grey ramp, two mask colours, a blue ramp that stays off white', () => {
    expect(greyColor(0)).toEqual([0, 0, 0]);
    expect(greyColor(1)).toEqual([255, 255, 255]);
    expect(greyColor(0.5)).toEqual([128, 128, 128]);
    expect(maskColor(1)).toEqual([230, 159, 0]);
    expect(maskColor(0)).toEqual([24, 32, 42]);
    expect(toRgb('#ff8000')).toEqual([255, 128, 0]);
    const [lo, hi] = [probColor(0), probColor(1)];
    expect(lo.every((c) => c < 255)).toBe(true); // 0.05 into the ramp: not white
    expect(hi[2]).toBeGreaterThan(hi[0]); // blue at the top
    expect(lo[0] + lo[1] + lo[2]).toBeGreaterThan(hi[0] + hi[1] + hi[2]); // darker as p grows
  });
});

describe('SegMaps', () => {
  const scene = {
    image: new Array(N).fill(0.5),
    mask: Array.from({ length: N }, (_, i) => (i < 3 ? 1 : 0)),
  };
  const maps = (current: SegResult | null) =>
    renderMarkup(
      <SegMaps
        scene={scene}
        prob={new Array(N).fill(0.05)}
        onPaint={() => undefined}
        current={current}
        heatColor={() => [0, 0, 0]}
        max={2.5}
        mapTitle="Per-pixel loss"
      />,
    );

  it('names each map for a screen reader, with the object size and the heat scale', () => {
    const html = maps(result(0.3));
    expect(html).toContain(`aria-label="The ground-truth mask: 3 of ${N} pixels are the object."`);
    expect(html).toContain(
      'aria-label="Per-pixel loss as a heatmap from 0 to 2.5; the true object is outlined."',
    );
    expect(html.match(/role="img"/g)).toHaveLength(4);
    // Only the prediction is paintable: one focusable canvas.
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html).toMatch(
      /data-testid="seg-prob"[^>]*tabindex="0"|tabindex="0"[^>]*data-testid="seg-prob"/,
    );
  });

  it('shows a placeholder instead of the heatmap until the losses are in', () => {
    const html = maps(null);
    expect(html).not.toContain('seg-heat');
    expect(html).toContain('ap-placeholder');
    expect(html.match(/role="img"/g)).toHaveLength(3);
  });
});

describe('SegCompare', () => {
  it('lists every loss with its mean and marks the chosen one', () => {
    const html = renderMarkup(
      <SegCompare
        results={[result(0.25), result(1.5), result(0.125), result(0.75)]}
        loss="focal"
        lossName={(l) => `name-${l}`}
      />,
    );
    expect(html).toContain('<caption>All four losses on this prediction</caption>');
    const rows = [
      ...html.matchAll(/<tr( class="is-on")?><th scope="row">([^<]+)<\/th><td>([^<]+)<\/td>/g),
    ];
    expect(rows.map((r) => [r[2], r[3], !!r[1]])).toEqual([
      ['name-ce', '0.25', false],
      ['name-wce', '1.5', false],
      ['name-focal', '0.125', true],
      ['name-dice', '0.75', false],
    ]);
  });
});
