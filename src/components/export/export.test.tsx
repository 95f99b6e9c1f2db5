// The Code and Export dialogs rendered in Node: the code tabs (their ARIA wiring, the run hint
// per language, the code as text), the closed buttons, and the Export dialog's sections with the
// charts found on screen (the page is stood in for by a stub of document.querySelectorAll).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../state/store';
import { chartSnapshot, renderMarkup } from '../charts/svgSnapshot';
import { CodeButton, CodeTabs, NetCodeButton } from './CodeButton';
import ExportDialog from './ExportButton';

const files = {
  tfjs: ['train.mjs', 'text/javascript'],
  python: ['train.py', 'text/x-python'],
} as Record<'tfjs' | 'python', [string, string]>;
const noop = () => {};
const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
const tagOf = (html: string, testId: string) =>
  new RegExp(`<[a-z]+[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? '';

describe('CodeTabs', () => {
  it('selects the tfjs tab, wires tabs to the panel, and shows the code as text', async () => {
    const source = 'const a = x < 1 && y > 2;\nconsole.log("loss");\n';
    const html = renderMarkup(
      <CodeTabs source={source} lang="tfjs" setLang={noop} files={files} />,
    );
    const tfjs = tagOf(html, 'code-tab-tfjs');
    const python = tagOf(html, 'code-tab-python');
    expect(attr(tfjs, 'aria-selected')).toBe('true');
    expect(attr(python, 'aria-selected')).toBe('false');
    // Roving tabindex: only the selected tab is in the tab order.
    expect(attr(tfjs, 'tabindex')).toBe('0');
    expect(attr(python, 'tabindex')).toBe('-1');
    // Both tabs control the one panel, which is labelled by the selected tab.
    const panelId = attr(tfjs, 'aria-controls');
    expect(attr(python, 'aria-controls')).toBe(panelId);
    expect(html).toContain(
      `<div id="${panelId}" role="tabpanel" aria-labelledby="${attr(tfjs, 'id')}">`,
    );
    expect(html).toContain('role="tablist" aria-label="Language"');
    // The code escaped as text, not markup.
    expect(html).toContain(
      '<code>const a = x &lt; 1 &amp;&amp; y &gt; 2;\nconsole.log(&quot;loss&quot;);\n</code>',
    );
    expect(html).toContain(
      'Run it: npm install @tensorflow/tfjs, save as train.mjs, then node train.mjs.',
    );
    // The pre is focusable (a long block scrolls by keyboard).
    expect(attr(tagOf(html, 'code-block'), 'tabindex')).toBe('0');
    expect(html).toContain('>Copy</button>');
    expect(html).toContain('>Download</button>');
    // The copy status line is there, empty until a copy.
    expect(html).toContain('<p role="status" class="muted" data-testid="code-status"></p>');
    await expect(
      chartSnapshot(<CodeTabs source={source} lang="tfjs" setLang={noop} files={files} />),
    ).toMatchFileSnapshot('__snapshots__/CodeTabs.tfjs.html');
  });

  it('selects Python with its own run hint, and puts children between the code and the actions', () => {
    const html = renderMarkup(
      <CodeTabs source="print(1)" lang="python" setLang={noop} files={files}>
        <p data-testid="extra">app result</p>
      </CodeTabs>,
    );
    expect(attr(tagOf(html, 'code-tab-python'), 'aria-selected')).toBe('true');
    expect(attr(tagOf(html, 'code-tab-tfjs'), 'tabindex')).toBe('-1');
    expect(html).toContain(
      'pip install tensorflow (2.16 or later), save as train.py, then python train.py.',
    );
    const [code, extra, actions] = [
      'data-testid="code-block"',
      'data-testid="extra"',
      'class="dialog-actions"',
    ].map((s) => html.indexOf(s));
    expect(code).toBeGreaterThan(0);
    expect(extra).toBeGreaterThan(code);
    expect(actions).toBeGreaterThan(extra);
  });

  it('uses the intro and run hint it is given (the digits networks) instead of the Train ones', () => {
    const html = renderMarkup(
      <CodeTabs
        source=""
        lang="tfjs"
        setLang={noop}
        files={files}
        intro="Net intro"
        runHint="Net hint"
      />,
    );
    expect(html).toContain('<p>Net intro</p>');
    expect(html).toContain('<p class="muted code-run">Net hint</p>');
    expect(html).not.toContain('npm install');
  });

  it('names the tabs in Chinese when the language is', async () => {
    const { createI18n } = await import('../../i18n');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { I18nextProvider } = await import('react-i18next');
    const i18n = createI18n('en');
    await i18n.changeLanguage('zh-CN');
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <CodeTabs source="" lang="tfjs" setLang={noop} files={files} />
      </I18nextProvider>,
    );
    expect(html).toContain('>复制</button>');
    expect(html).toContain('>下载</button>');
    expect(html).toContain('role="tablist" aria-label="语言"');
    expect(html).toContain('>Python（TensorFlow 2 / Keras）</button>');
    expect(html).toContain('运行方法：npm install @tensorflow/tfjs，保存为 train.mjs');
  });
});

describe('CodeButton and NetCodeButton (closed)', () => {
  it('show only their button; the dialog is there, titled, with no code in it', () => {
    const html = renderMarkup(<CodeButton math={null} />, { store: createAppStore() });
    expect(html).toContain('data-testid="code-button">Code</button>');
    expect(html).toContain(
      '<dialog class="dialog " aria-labelledby="code-dialog-title" data-testid="code-dialog">',
    );
    expect(html).toContain('<h2 id="code-dialog-title">Code for this training run</h2>');
    expect(html).not.toContain('code-block');
    const net = renderMarkup(<NetCodeButton spec={{ kind: 'mlp' } as never} />);
    expect(net).toContain('data-testid="dg-code">Code</button>');
    expect(net).toContain('data-testid="net-code-dialog"');
    expect(net).not.toContain('code-block');
  });
});

/** An element as visibleCharts and chartName read it. */
function fakeChart(width: number, name: { data?: string; aria?: string }) {
  return {
    getBoundingClientRect: () => ({ width }),
    closest: () => null,
    dataset: name.data ? { export: name.data } : {},
    getAttribute: (a: string) => (a === 'aria-label' ? (name.aria ?? null) : null),
    querySelector: () => null,
  };
}

describe('ExportDialog', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the charts laid out on screen, each with PNG and SVG, then the data and state sections', async () => {
    const els = [
      fakeChart(560, { data: 'Loss vs epoch' }),
      fakeChart(0, { data: 'Hidden chart' }),
      fakeChart(300, { aria: 'Loss surface over w. Lowest loss 0.1' }),
      fakeChart(300, {}),
    ];
    const query = vi.fn(() => els);
    vi.stubGlobal('document', { querySelectorAll: query });
    const html = renderMarkup(<ExportDialog open onClose={noop} />, { store: createAppStore() });
    expect(query).toHaveBeenCalledWith('main [data-export]');
    const names = [...html.matchAll(/<span class="export-name">([^<]*)<\/span>/g)].map((m) => m[1]);
    // The zero-width chart is left out; an aria-label is cut at its first sentence; a chart with
    // no name at all is numbered by its place among those shown.
    expect(names).toEqual(['Loss vs epoch', 'Loss surface over w', '#3']);
    expect(html).toContain('aria-label="Loss vs epoch: PNG"');
    expect(html).toContain('aria-label="Loss surface over w: SVG"');
    expect(html.match(/aria-label="[^"]*: (PNG|SVG)"/g)).toHaveLength(6);
    for (const id of ['export-rows', 'export-train-data', 'export-history', 'export-save-state'])
      expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('>Training history (CSV)</button>');
    // The file input is hidden from the tab order and from screen readers (the button opens it).
    const file = tagOf(html, 'export-load-state');
    expect(attr(file, 'tabindex')).toBe('-1');
    expect(attr(file, 'aria-hidden')).toBe('true');
    expect(attr(file, 'accept')).toBe('.json,application/json');
    // Three sections, each named by its heading.
    for (const h of ['export-charts-h', 'export-data-h', 'export-state-h'])
      expect(html).toContain(`aria-labelledby="${h}"`);
    expect(html).not.toContain('export-status');
    await expect(
      chartSnapshot(<ExportDialog open onClose={noop} />, { store: createAppStore() }),
    ).toMatchFileSnapshot('__snapshots__/ExportDialog.open.html');
  });

  it('says there is no chart yet when none is laid out', () => {
    vi.stubGlobal('document', { querySelectorAll: () => [fakeChart(0, { data: 'x' })] });
    const html = renderMarkup(<ExportDialog open onClose={noop} />, { store: createAppStore() });
    expect(html).toContain('<p class="muted">No chart is shown on this view yet.</p>');
    expect(html).not.toContain('data-testid="export-charts"');
  });

  it('reads nothing from the page while closed', () => {
    const query = vi.fn(() => []);
    vi.stubGlobal('document', { querySelectorAll: query });
    const html = renderMarkup(<ExportDialog open={false} onClose={noop} />, {
      store: createAppStore(),
    });
    expect(query).not.toHaveBeenCalled();
    expect(html).toContain('data-testid="export-dialog"');
    expect(html).not.toContain('export-section');
  });
});
