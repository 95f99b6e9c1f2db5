// The digits card and the paper's comparison as they first paint (rendered in Node): the
// settings' choices start at DEFAULT_SPEC / COMPARE_DEFAULTS, and nothing can start before the
// network worker is ready. Runs need the worker (e2e/digits specs).
import { describe, expect, it } from 'vitest';
import { COMPARE_DEFAULTS } from '../../../math/nets/compare';
import { createAppStore } from '../../../state/store';
import { renderMarkup } from '../../charts/svgSnapshot';
import { CompareExperiment } from './CompareExperiment';
import { DEFAULT_SPEC, DigitsDemo } from './DigitsDemo';
import { NetLandscape } from './NetLandscape';

/** Each select's label and its selected option's value, in order. */
const selects = (html: string) =>
  [
    ...html.matchAll(/<label class="ap-field"><span>([^<]*)<\/span><select[^>]*>(.*?)<\/select>/g),
  ].map((m) => [m[1], /<option value="([^"]+)" selected=""/.exec(m[2])?.[1]]);
const button = (html: string, testId: string) =>
  new RegExp(`<button[^>]*data-testid="${testId}"[^>]*>([^<]*)<`).exec(html)!;

describe('DigitsDemo (first paint)', () => {
  const html = renderMarkup(<DigitsDemo />, { store: createAppStore() });

  it('a card named by its heading, the settings at DEFAULT_SPEC', () => {
    expect(html).toMatch(/^<section class="ap-card ap-digits" aria-labelledby="ap-digits-title"/);
    expect(html).toContain('<h2 id="ap-digits-title">Handwritten digits');
    expect(selects(html)).toEqual([
      ['Network', DEFAULT_SPEC.kind],
      ['Optimizer', DEFAULT_SPEC.optimizer],
      ['Learning rate', String(DEFAULT_SPEC.lr)],
      ['Batch size', String(DEFAULT_SPEC.batchSize)],
      ['Epochs', String(DEFAULT_SPEC.epochs)],
      ['Weight decay λ', String(DEFAULT_SPEC.weightDecay)],
      // The comparison's grid.
      ['Grid', String(COMPARE_DEFAULTS.g)],
    ]);
    expect(html).toContain('data-testid="dg-seed" value="1"');
    expect(html).toContain('<option value="1437">1437 (full batch)</option>');
  });

  it('before the worker is ready, Train and the comparison are off; no results yet', () => {
    const train = button(html, 'dg-train');
    expect(train[1]).toBe('Train');
    expect(train[0]).toContain('disabled=""');
    expect(button(html, 'dg-compare-start')[0]).toContain('disabled=""');
    expect(html).not.toContain('dg-confusion');
    expect(html).not.toContain('dg-misclassified');
    expect(html).not.toContain('dg-compare-table');
  });
});

describe('CompareExperiment (before a run)', () => {
  const render = (disabled: boolean) =>
    renderMarkup(<CompareExperiment disabled={disabled} />, { store: createAppStore() });

  it('says what it will run, from COMPARE_DEFAULTS', () => {
    const html = render(false);
    expect(html).toContain('aria-labelledby="dg-compare-h"');
    const d = COMPARE_DEFAULTS;
    expect(html).toContain(`at learning rate ${d.lr}: batch ${d.smallBatch} for ${d.smallEpochs}`);
    expect(html).toContain(`the full batch (${d.fullBatch}) for ${d.fullEpochs} epochs`);
    expect(html).toContain(`weight decay λ = ${d.weightDecay}.`);
  });

  it('a grid of 11×11 or 21×21; Start on once the worker is ready, Cancel off; idle', () => {
    const html = render(false);
    expect(html).toContain('<option value="11">11×11</option>');
    expect(html).toContain('<option value="21" selected="">21×21</option>');
    const start = button(html, 'dg-compare-start');
    expect(start[1]).toBe('Run the comparison');
    expect(start[0]).not.toContain('disabled');
    expect(button(html, 'dg-compare-cancel')[0]).toContain('disabled=""');
    expect(html).toContain('data-testid="dg-compare-status" data-state="idle"></div>');
    expect(html).not.toContain('dg-compare-map');
  });
});

describe('NetLandscape (before a slice)', () => {
  const html = renderMarkup(
    <NetLandscape
      kind="cnn"
      run={{ theta: new Float32Array(3), checkpoints: [], history: [] }}
      params={1234}
    />,
  );

  it('names the network’s size; the PCA plane on a 21×21 grid is the default', () => {
    expect(html).toContain('aria-labelledby="dg-landscape-h"');
    expect(html).toContain('The network has 1234 parameters');
    expect(selects(html)).toEqual([
      ['Plane', 'pca'],
      ['Grid', '21'],
    ]);
  });

  it('Draw on, Cancel off, 3-D unticked; the slice empty and idle, the side views ready', () => {
    expect(button(html, 'dg-draw')[0]).not.toContain('disabled');
    expect(button(html, 'dg-slice-cancel')[0]).toContain('disabled=""');
    expect(html).toMatch(/<label class="ap-check"><input type="checkbox"\/>3-D view<\/label>/);
    expect(html).toContain('data-testid="dg-slice-status" data-state="idle"></div>');
    expect(html).toContain(
      '<div class="dg-slice chart" data-testid="dg-slice" data-plane="" data-complete="false" data-min="" data-path="0"></div>',
    );
    expect(html).toContain('data-testid="dg-sharpness"');
  });
});
