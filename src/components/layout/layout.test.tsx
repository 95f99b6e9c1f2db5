import { describe, expect, it } from 'vitest';
import type { BackendInfo } from '../../math';
import { createAppStore } from '../../state/store';
import { renderMarkup, storeWith } from '../charts/svgSnapshot';
import { ChunkLoadError } from '../panels';
import { BackendStatus } from './BackendStatus';
import { ComingPanel } from './ComingPanel';
import { LanguageSwitch } from './LanguageSwitch';
import { PanelError } from './PanelError';
import { SurfaceStatus } from './SurfaceStatus';
import { Tabs } from './Tabs';
import { UrlNotice } from './UrlNotice';

type Store = ReturnType<typeof createAppStore>;
type State = ReturnType<Store['getState']>;

const tags = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[0]);

describe('Tabs (WAI-ARIA tabs)', () => {
  it('one tab per view, in order, named; only the active one selected and in the tab order', () => {
    const html = renderMarkup(<Tabs />, { store: storeWith(() => ({ tab: 'train' })) });
    expect(html).toMatch(/^<div class="tabs" role="tablist" aria-label="Views">/);
    const buttons = tags(html, /<button[^>]*>[^<]*<\/button>/g);
    expect(buttons.map((b) => />([^<]*)</.exec(b)![1])).toEqual([
      'Explore',
      'Train',
      'Applications',
      'Guide',
    ]);
    expect(buttons.every((b) => b.includes('role="tab"'))).toBe(true);
    const selected = buttons.filter((b) => b.includes('aria-selected="true"'));
    expect(selected).toHaveLength(1);
    expect(selected[0]).toContain('id="tab-train"');
    expect(selected[0]).toContain('aria-controls="panel-train"');
    expect(selected[0]).toContain('tabindex="0"');
    for (const b of buttons.filter((x) => !x.includes('aria-selected="true"'))) {
      expect(b).toContain('tabindex="-1"');
      expect(b).not.toContain('aria-controls');
    }
  });
});

const info = (p: Partial<BackendInfo> = {}): BackendInfo => ({
  name: 'webgl',
  renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3080 Direct3D11 vs_5_0 ps_5_0, D3D11)',
  software: false,
  reason: 'hardware GPU',
  reasonCode: 'hardware-gpu',
  failures: [],
  ...p,
});

describe('BackendStatus', () => {
  type Backend = Parameters<
    ReturnType<ReturnType<typeof createAppStore>['getState']>['setBackend']
  >[0];
  const status = (backend: Backend) => {
    return renderMarkup(<BackendStatus />, { store: storeWith((s) => s.setBackend(backend)) });
  };

  it('says loading until a backend is live', () => {
    const html = status({ status: 'loading', info: null });
    expect(html).toContain('<span data-testid="backend-loading">loading…</span>');
    expect(html).not.toContain('backend-name');
  });

  it('names the backend, why it was chosen, and the renderer (abbreviated, full in its title)', () => {
    const html = status({ status: 'ready', info: info() });
    expect(html).toMatch(/data-testid="backend-name">webgl</);
    expect(html).toMatch(/data-reason="hardware-gpu"[^>]*>\(hardware GPU\)</);
    const abbr = /<abbr[^>]*>([^<]*)<\/abbr>/.exec(html)!;
    expect(abbr[0]).toContain(`title="${info().renderer}"`);
    expect(abbr[1].length).toBeLessThan(info().renderer!.length);
  });

  it('a fallback names what failed, with the errors in the title; no WebGL is said', () => {
    const html = status({
      status: 'ready',
      info: info({
        name: 'cpu',
        renderer: null,
        reasonCode: 'fallback',
        failures: [
          { name: 'webgl', error: 'context lost' },
          { name: 'wasm', error: 'no SIMD' },
        ],
      }),
    });
    expect(html).toContain('(fell back after webgl, wasm failed)');
    expect(html).toContain('title="webgl: context lost\nwasm: no SIMD"');
    expect(html).toContain('<span data-testid="backend-renderer">no WebGL</span>');
  });

  it('a failure says so, shows the error and offers Retry', () => {
    const html = status({ status: 'failed', error: 'WebAssembly is disabled' });
    expect(html).toContain('data-testid="backend-failed"');
    expect(html).toContain('<strong>No computing backend could start.</strong>');
    expect(html).toContain('WebAssembly is disabled');
    expect(html).toMatch(/data-testid="backend-retry"[^>]*>Retry</);
  });
});

describe('UrlNotice', () => {
  const notice = (urlNotice: State['urlNotice']) => {
    return renderMarkup(<UrlNotice />, { store: storeWith(() => ({ urlNotice })) });
  };

  it('nothing without a notice', () => {
    expect(notice(null)).toBe('');
  });

  it('names the ignored keys as text, from the link or from storage', () => {
    const html = notice({ source: 'url', keys: ['lr', '<b>x</b>'] });
    expect(html).toContain('role="alert"');
    expect(html).toContain('replaced by defaults: “lr”, “&lt;b&gt;x&lt;/b&gt;”.');
    expect(html).not.toContain('<b>');
    expect(html).toMatch(/>Dismiss<\/button>/);
    expect(notice({ source: 'storage', keys: ['k'] })).toContain(
      'Some saved settings were not valid',
    );
  });

  it('an unreadable link: keep the work or start afresh', () => {
    const html = notice({ source: 'url', keys: ['url'], kept: true });
    expect(html).toContain('nothing was changed');
    expect(html).toMatch(/>Keep my work<\/button>/);
    expect(html).toMatch(/data-testid="url-notice-fresh">Start afresh<\/button>/);
  });
});

describe('PanelError', () => {
  it('a crash: its message and Try again', () => {
    const html = renderMarkup(
      <PanelError error={new Error('x is undefined')} onRetry={() => undefined} />,
    );
    expect(html).toContain('data-testid="panel-error"');
    expect(html).toContain('<strong>This panel stopped working.</strong>');
    expect(html).toContain('<pre class="panel-error-detail">x is undefined</pre>');
    expect(html).toMatch(/>Try again<\/button>/);
  });

  it('a chunk that did not download: which tab, a hint, Retry, no stack', () => {
    const err = new ChunkLoadError('applications', new Error('Failed to fetch'));
    const html = renderMarkup(<PanelError error={err} onRetry={() => undefined} />);
    expect(html).toContain('data-testid="chunk-error"');
    expect(html).toContain('Part of the app could not be downloaded (Applications).');
    expect(html).toContain('Nothing you entered is lost.');
    expect(html).not.toContain('Failed to fetch');
    expect(html).toMatch(/>Retry<\/button>/);
  });
});

describe('SurfaceStatus', () => {
  type Surface = NonNullable<State['backend']['surface']>;
  const surface = (s: Surface | null) =>
    renderMarkup(<SurfaceStatus />, {
      store: storeWith((st) => st.setBackend({ surface: s })),
    });
  const base: Surface = {
    backend: 'webgl',
    engine: 'fused-webgl',
    renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
    thread: 'workers',
    workers: 2,
    reason: 'measured',
  };

  it('nothing until a landscape has started the engine', () => {
    expect(surface(null)).toBe('');
  });

  it('where, which engine, how many workers, and the probe that chose it (timings in the title)', () => {
    const html = surface({
      ...base,
      choice: {
        id: 'workers',
        ms: 3.14159,
        cached: false,
        timings: [
          { id: 'worker', ms: 5.5 },
          { id: 'workers', ms: 3.14159 },
          { id: 'main', ms: null },
        ],
      },
    });
    const root = /<span class="status-item"[^>]*>/.exec(html)![0];
    expect(root).toContain('data-engine="fused-webgl"');
    expect(root).toContain('data-thread="workers"');
    expect(root).toContain('data-choice="workers"');
    expect(root).toContain('data-probe-ms="3.14"');
    expect(html).toMatch(/data-testid="surface-backend">webgl\/[^<]*SwiftShader[^<]*</);
    expect(html).toContain('(one fused WebGL program, 2 workers, 3.1 ms probe)');
    expect(html).toContain(
      'Measured on a small surface: one worker 5.5 ms · worker pool 3.1 ms · main thread did not start',
    );
  });

  it('a cached choice says so; the main thread is named; no renderer, just the backend', () => {
    const html = surface({
      ...base,
      backend: 'cpu',
      engine: 'chunked-ops',
      renderer: null,
      thread: 'main',
      choice: { id: 'main', ms: 42, cached: true, timings: [] },
    });
    expect(html).toMatch(/data-testid="surface-backend">cpu</);
    expect(html).toContain('(chunked tfjs ops, on the main thread, 42 ms probe, measured earlier)');
  });
});

describe('LanguageSwitch', () => {
  it('a named select of the languages, each named in itself and tagged with its lang', () => {
    const html = renderMarkup(<LanguageSwitch />, { store: storeWith(() => ({ lang: 'zh-CN' })) });
    expect(html).toContain('<span class="visually-hidden">Language</span>');
    const options = [
      ...html.matchAll(/<option value="([^"]+)" lang="([^"]+)"( selected="")?>([^<]+)/g),
    ];
    expect(options.map((o) => [o[1], o[2], !!o[3], o[4]])).toEqual([
      ['en', 'en', false, 'English'],
      ['zh-CN', 'zh-CN', true, '简体中文'],
    ]);
  });
});

describe('ComingPanel', () => {
  it('the tab’s name, a badge and what it will hold', () => {
    const html = renderMarkup(<ComingPanel tab="guide" />);
    expect(html).toMatch(/^<div class="coming"><h2>Guide<\/h2><p class="badge">Coming soon<\/p>/);
    expect(html).toContain('Which loss function to use for which task');
  });
});
