// The shell's smaller parts in Node: the status bar's notices, the embed preview, the
// "Open in losscape" link, the panel host, the Share menu's closed state, the panel error
// boundary (its static parts: React's server renderer has no error boundaries) and the
// document preferences. ThemeToggle is not rendered here: its useSyncExternalStore has no
// server snapshot, so React's server renderer refuses it (the e2e specs cover it).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTEXT_LOST } from '../../math/contextLost';
import { createAppStore } from '../../state/store';
import { renderMarkup, storeWith } from '../charts/svgSnapshot';
import { ChunkLoadError } from '../panels';
import { applyDocumentPrefs, DARK_QUERY, systemTheme } from './documentPrefs';
import { EmbedPreview } from './EmbedPreview';
import { OpenInLosscape } from './OpenInLosscape';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { PanelHost } from './PanelHost';
import { ShareMenu } from './ShareMenu';
import { StatusBar } from './StatusBar';

type Store = ReturnType<typeof createAppStore>;
type State = ReturnType<Store['getState']>;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('StatusBar', () => {
  const bar = (backend: Partial<State['backend']>) =>
    renderMarkup(<StatusBar />, {
      store: storeWith((s) => ({ backend: { ...s.backend, ...backend } })),
    });
  const footer = (html: string) => /^<footer[^>]*>/.exec(html)![0];

  it('one line while all is well: a hidden heading, the backend, the tensor count', () => {
    const html = bar({ tensors: 12 });
    expect(footer(html)).toBe(
      '<footer class="status-bar one-line" data-testid="status-bar" data-status="loading">',
    );
    expect(html).toContain('<h2 class="visually-hidden">Status</h2>');
    expect(html).toContain('<div class="status-items" role="status">');
    // Before the first poll: the count the backend reported when it loaded.
    expect(html).toContain('<span data-testid="tensor-count" data-poll="0">12</span>');
    expect(html).not.toContain('role="alert"');
    expect(bar({ tensors: null })).toContain('data-poll="0">–</span>');
  });

  it('a bad ?backend= is an alert naming the value; the bar is no longer one line', () => {
    const html = bar({ request: { invalid: 'gpu<x>' } });
    expect(footer(html)).toContain('class="status-bar"');
    expect(html).toMatch(
      /<p class="status-notice" role="alert" data-testid="backend-notice">Unknown backend “gpu&lt;x&gt;” in the URL/,
    );
  });

  it('a lost WebGL context says where computing went on', () => {
    const html = bar({
      status: 'ready',
      info: {
        name: 'wasm',
        renderer: null,
        software: false,
        reason: 'r',
        reasonCode: 'fallback',
        failures: [{ name: 'webgl', error: CONTEXT_LOST }],
      },
    });
    expect(footer(html)).toContain('data-status="ready"');
    expect(footer(html)).not.toContain('one-line');
    expect(html).toContain('data-testid="backend-lost"');
    expect(html).toContain(
      'The webgl backend stopped working (WebGL context lost); computing continues on wasm.',
    );
  });

  it('a failed backend takes two lines too', () => {
    const html = bar({ status: 'failed', error: 'nope' });
    expect(footer(html)).toBe(
      '<footer class="status-bar" data-testid="status-bar" data-status="failed">',
    );
  });
});

describe('EmbedPreview', () => {
  it('the frame at the chosen size, named, at 100 % before the room is measured', () => {
    const html = renderMarkup(
      <EmbedPreview src="https://a.org/#/train" width={640} height={401} />,
    );
    expect(html).toContain(
      '<figcaption data-testid="embed-preview-caption">Preview: the frame at 640 × 401 px, shown at 100 %</figcaption>',
    );
    const frame = /<iframe[^>]*>/.exec(html)![0];
    expect(frame).toContain('src="https://a.org/#/train"');
    expect(frame).toContain('width="640"');
    expect(frame).toContain('height="401"');
    expect(frame).toContain('title="Preview of the embedded view"');
    expect(frame).toContain('transform:scale(1)');
    expect(html).toContain('style="height:401px"');
  });

  it('no frame without a link (an HDF5 figure with no file open)', () => {
    const html = renderMarkup(<EmbedPreview src="" width={900} height={600} />);
    expect(html).not.toContain('<iframe');
    expect(html).toContain('embed-preview-caption');
  });
});

describe('OpenInLosscape', () => {
  it('a new-tab link to the whole view at this state, without the figure’s keys', () => {
    vi.stubGlobal('window', {
      location: { origin: 'https://t.org', pathname: '/app/', search: '?fig=loss&ctl=log&x=1' },
    });
    const store = storeWith((s) => {
      s.setTab('train');
      s.trainActions.setEpochs(60);
    });
    const html = renderMarkup(<OpenInLosscape />, { store });
    const a = /<a [^>]*>/.exec(html)![0];
    const href = /href="([^"]*)"/.exec(a)![1].replace(/&amp;/g, '&');
    expect(href).toMatch(/^https:\/\/t\.org\/app\/\?x=1#\/train\?/);
    expect(href).toContain('tep=60');
    expect(href).not.toContain('fig=');
    expect(href).not.toContain('embed=1');
    expect(a).toContain('target="_blank"');
    expect(a).toContain('rel="noopener"');
    expect(a).toContain('class="open-in-losscape"');
    expect(html).toMatch(/<\/svg>Open in losscape<\/a>$/);
  });

  it('inline in a figure’s foot line', () => {
    vi.stubGlobal('window', { location: { origin: 'https://t.org', pathname: '/', search: '' } });
    const html = renderMarkup(<OpenInLosscape inline />, { store: createAppStore() });
    expect(html).toContain('class="open-in-losscape is-inline"');
    expect(html).toContain('href="https://t.org/#/explore"');
  });
});

describe('PanelHost', () => {
  it('the selected tab’s panel: a tabpanel labelled by its tab, focusable; loading (busy) first', () => {
    const html = renderMarkup(<PanelHost embed={false} />, {
      store: storeWith(() => ({ tab: 'guide' })),
    });
    const section = /^<section[^>]*>/.exec(html)![0];
    expect(section).toContain('id="panel-guide"');
    expect(section).toContain('role="tabpanel"');
    expect(section).toContain('aria-labelledby="tab-guide"');
    expect(section).toContain('tabindex="0"');
    expect(section).not.toContain('aria-label=');
    // Busy while the chunk loads: an embedded view sends `ready` only once it is there.
    expect(html).toContain('<p class="muted" aria-busy="true">loading…</p>');
  });

  it('embedded: a region named by its view, not in the tab order', () => {
    const section = /^<section[^>]*>/.exec(
      renderMarkup(<PanelHost embed />, { store: storeWith(() => ({ tab: 'train' })) }),
    )![0];
    expect(section).toContain('role="region"');
    expect(section).toContain('aria-label="Train"');
    expect(section).not.toContain('tabindex');
    expect(section).not.toContain('aria-labelledby');
  });
});

describe('ShareMenu (closed)', () => {
  it('a menu button, collapsed, with a hint; no menu and no dialog loaded', () => {
    const html = renderMarkup(<ShareMenu />, { store: createAppStore() });
    const button = /<button[^>]*>/.exec(html)![0];
    expect(button).toContain('aria-haspopup="menu"');
    expect(button).toContain('aria-expanded="false"');
    expect(button).toContain('title="Share, embed, save as a lesson, export"');
    expect(html).toContain('Share <span aria-hidden="true">▾</span>');
    expect(html).not.toContain('role="menu"');
    expect(html).not.toContain('<dialog');
  });
});

describe('PanelErrorBoundary', () => {
  it('keeps any thrown value as an Error', () => {
    const e = new Error('boom');
    expect(PanelErrorBoundary.getDerivedStateFromError(e).error).toBe(e);
    const s = PanelErrorBoundary.getDerivedStateFromError('text');
    expect(s.error).toBeInstanceOf(Error);
    expect(s.error?.message).toBe('text');
  });

  it('renders its children until an error, then the panel error', () => {
    const b = new PanelErrorBoundary({ children: <p>ok</p> });
    expect(renderMarkup(<>{b.render()}</>)).toBe('<p>ok</p>');
    b.state = { error: new Error('boom') };
    const html = renderMarkup(<>{b.render()}</>);
    expect(html).toContain('data-testid="panel-error"');
    expect(html).toContain('<pre class="panel-error-detail">boom</pre>');
  });

  it('Retry calls the host’s retry when given', () => {
    const onRetry = vi.fn();
    const b = new PanelErrorBoundary({ children: null, onRetry });
    b.state = { error: new Error('x') };
    const el = b.render() as { props: { onRetry(): void } };
    el.props.onRetry();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('a failed download is a warning, a crash an error', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const b = new PanelErrorBoundary({ children: null });
    b.componentDidCatch(new ChunkLoadError('train', new Error('404')), { componentStack: '' });
    expect(warn).toHaveBeenCalledWith('panel code failed to load:', '404');
    expect(error).not.toHaveBeenCalled();
    b.componentDidCatch(new Error('bug'), { componentStack: ' at X' });
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0][0]).toBe('panel crashed:');
  });
});

describe('documentPrefs', () => {
  it('writes <html lang> and data-theme', () => {
    const root = { lang: '', dataset: {} as Record<string, string> };
    vi.stubGlobal('document', { documentElement: root });
    applyDocumentPrefs('zh-CN', 'dark');
    expect(root.lang).toBe('zh-CN');
    expect(root.dataset.theme).toBe('dark');
  });

  it('the system theme: dark when the media query matches, light otherwise or without matchMedia', () => {
    const matchMedia = vi.fn((q: string) => ({ matches: q === DARK_QUERY }));
    vi.stubGlobal('window', { matchMedia });
    expect(systemTheme()).toBe('dark');
    expect(matchMedia).toHaveBeenCalledWith('(prefers-color-scheme: dark)');
    vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) });
    expect(systemTheme()).toBe('light');
    vi.stubGlobal('window', {});
    expect(systemTheme()).toBe('light');
  });
});
