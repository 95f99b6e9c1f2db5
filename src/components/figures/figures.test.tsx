// The one-figure embeds' frame and figures rendered in Node. The math core never loads in a
// server render (useMath waits for an effect), so the figures are pinned in the states a reader
// sees first: the frame (controls, fill context, title, the "open in losscape" link without the
// figure's keys), the notes that say why a figure is not there yet, and the figures that need no
// math (the HDF5 landscape's link states, the k-means demo's frame).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useChartFill } from '../charts/chartFill';
import { chartSnapshot, renderMarkup, storeWith } from '../charts/svgSnapshot';
import { createAppStore } from '../../state/store';
import { presetState } from '../../state/train/slice';
import { KMeansFigure } from './AppFigures';
import { CurvesFigure, DistFigure, StepsFigure } from './ExploreFigures';
import { FigureFrame, FigureNote } from './FigureFrame';
import { FigureHost } from './FigureHost';
import { H5Figure } from './H5Figure';
import { DataFigure, LandscapeFigure, LossFigure } from './TrainFigures';

/** The embed's page: its query carries the figure's keys, which the full-app link drops. */
function page(search: string) {
  vi.stubGlobal('window', {
    location: { origin: 'https://course.example', pathname: '/lc/', search, hash: '' },
  });
}
const store = (hash?: string) => ({ store: createAppStore(hash ? { hash } : {}) });
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

beforeEach(() => page('?embed=1&fig=loss&ctl=log'));
afterEach(() => vi.unstubAllGlobals());

function FillProbe() {
  return <span data-testid="fill">{String(useChartFill())}</span>;
}

describe('FigureFrame', () => {
  it('puts the controls above the figure, the figure in fill mode, the title and the link below', async () => {
    const html = chartSnapshot(
      <FigureFrame title="Loss vs epoch" controls={<button type="button">Play</button>}>
        <FillProbe />
      </FigureFrame>,
      store(),
    );
    expect(html).toContain('data-testid="fig-controls"');
    // Charts inside take the frame's height (ChartFillContext), outside they do not.
    expect(html).toContain('<span data-testid="fill">true</span>');
    expect(renderMarkup(<FillProbe />)).toContain('>false<');
    expect(html).toContain('<span class="fig-title">Loss vs epoch</span>');
    const [controls, body, foot] = ['fig-controls', 'fig-body', 'fig-foot'].map((c) =>
      html.indexOf(c),
    );
    expect(controls).toBeLessThan(body);
    expect(body).toBeLessThan(foot);
    // Unscaled and at full width until it is measured in a browser.
    expect(html).toContain('<div class="fig-fit-inner">');
    await expect(html).toMatchFileSnapshot('__snapshots__/FigureFrame.html');
  });

  it('links to the whole app at this state, without the figure’s fig= and ctl=, in a new tab', () => {
    const html = renderMarkup(<FigureFrame title="T">x</FigureFrame>, store('#/train?v=1'));
    const href = /data-testid="open-in-losscape"/.test(html)
      ? /<a class="open-in-losscape is-inline" href="([^"]+)"/.exec(html)?.[1]
      : undefined;
    expect(href).toBeDefined();
    const url = new URL(href as string);
    expect(url.origin + url.pathname).toBe('https://course.example/lc/');
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.has('fig')).toBe(false);
    expect(url.searchParams.has('ctl')).toBe(false);
    expect(url.hash).toMatch(/^#\/train/);
    expect(html).toContain('target="_blank" rel="noopener"');
    expect(html).toContain('Open in losscape</a>');
  });

  it('leaves out the controls row when the link allows none', () => {
    const html = renderMarkup(<FigureFrame title="T">x</FigureFrame>, store());
    expect(html).not.toContain('fig-controls');
  });
});

describe('FigureNote', () => {
  it('is a status line, busy only while something is on its way', () => {
    expect(renderMarkup(<FigureNote text="Loading" busy />)).toBe(
      '<p class="fig-note muted" role="status" aria-busy="true">Loading</p>',
    );
    expect(renderMarkup(<FigureNote text="No data" />)).toBe(
      '<p class="fig-note muted" role="status">No data</p>',
    );
  });
});

describe('FigureHost', () => {
  it('names its region by the figure and shows a busy note while the figure loads', () => {
    const html = renderMarkup(<FigureHost choice={{ id: 'landscape', ctl: [] }} />, store());
    expect(html).toMatch(
      /^<section class="fig-host" role="region" aria-label="Loss landscape with the path" data-fig="landscape">/,
    );
    expect(html).toContain('role="status" aria-busy="true"');
  });
});

describe('Explore and Train figures before the math core', () => {
  it('each says it is loading, busy, instead of drawing an empty chart', () => {
    for (const Fig of [CurvesFigure, StepsFigure, DistFigure]) {
      const html = renderMarkup(<Fig ctl={['loss']} />, store());
      expect(html).toBe(
        '<p class="fig-note muted" role="status" aria-busy="true">Loading the math core (tfjs)…</p>',
      );
    }
    for (const Fig of [DataFigure, LossFigure, LandscapeFigure]) {
      const html = renderMarkup(<Fig ctl={['transport']} />, store('#/train?v=1'));
      expect(html).toBe(
        '<p class="fig-note muted" role="status" aria-busy="true">Loading tfjs…</p>',
      );
    }
  });

  it('a Train figure of an MLP link says it shows regression only (not busy: nothing will come)', () => {
    const html = renderMarkup(<LossFigure ctl={[]} />, {
      store: storeWith((st) => ({ train: { ...st.train, ...presetState('xor'), model: 'mlp' } })),
    });
    expect(html).toBe(
      '<p class="fig-note muted" role="status">This figure shows linear or logistic regression: open the view for the MLP.</p>',
    );
  });

  it('a curves figure of a multi-class link waits for the math before it says anything else', () => {
    // The math comes first: without it the figure is loading whatever the task.
    const multi = {
      store: storeWith((st) => ({ explore: { ...st.explore, task: 'multiclass' } })),
    };
    const html = renderMarkup(<CurvesFigure ctl={[]} />, multi);
    expect(html).toContain('Loading the math core (tfjs)…');
    expect(html).not.toContain('multi-class');
  });
});

describe('H5Figure', () => {
  it('says the link carries no landscape when it has no h5=', () => {
    page('?embed=1&fig=h5');
    const html = renderMarkup(<H5Figure ctl={[]} />, store());
    expect(html).toContain('<span class="fig-title">Loss landscape from an HDF5 file</span>');
    expect(html).toContain(
      '<p class="fig-note muted" role="status">This link carries no landscape file: make the link from the Embed dialog while a landscape is open in Applications.</p>',
    );
    expect(html).not.toContain('h5-figure');
  });

  it('is busy reading while the link has one (unpacked after the first paint)', () => {
    page('?embed=1&fig=h5&h5=abc');
    const html = renderMarkup(<H5Figure ctl={[]} />, store());
    expect(html).toContain(
      '<p class="fig-note muted" role="status" aria-busy="true">Reading the landscape in this link…</p>',
    );
  });
});

describe('KMeansFigure', () => {
  it('frames the k-means demo with its title, plane and points', () => {
    const html = renderMarkup(<KMeansFigure ctl={[]} />, store());
    expect(html).toContain('<span class="fig-title">k-means clustering</span>');
    expect(html).toContain('data-testid="kmeans-plot"');
    // The demo's 60 seeded points, each drawn once.
    expect(html).toMatch(/aria-label="60 points, k = 3;/);
    expect(count(html, /class="ap-kpoint-raw"/g)).toBe(60);
  });
});
