import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n';
import type { H5Surface } from '../../../state/applications/h5Types';
import { renderMarkup, tidyMarkup } from '../../charts/svgSnapshot';
import { ConfusionMatrix, confusion } from './ConfusionMatrix';
import { H5Readout } from './H5Readout';
import { JobButtons } from './JobButtons';
import { Misclassified } from './Misclassified';
import { NumberSelect } from './NumberSelect';

/** Rendered in Chinese: its strings are a lazy chunk, loaded before the render. */
async function renderZh(node: ReactNode) {
  const i18n = createI18n('en');
  await i18n.changeLanguage('zh-CN');
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
}

const cells = (html: string) => [...html.matchAll(/<td[^>]*>(\d+)<\/td>/g)].map((m) => +m[1]);

describe('confusion: counts by (true, predicted)', () => {
  it('counts each pair once, rows by the true digit', () => {
    const m = confusion([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], 3);
    expect(m).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 2],
    ]);
    // Every sample lands in one cell.
    expect(m.flat().reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('is a 10 × 10 zero matrix with no samples', () => {
    const m = confusion([], []);
    expect(m).toHaveLength(10);
    expect(m.every((r) => r.length === 10 && r.every((c) => c === 0))).toBe(true);
  });
});

describe('ConfusionMatrix (table)', () => {
  const labels = Int32Array.from([0, 0, 0, 1, 9]);
  const pred = Int32Array.from([0, 0, 7, 1, 4]);
  const html = renderMarkup(<ConfusionMatrix labels={labels} pred={pred} />);

  it('has a caption, a header of the ten predicted digits and ten row headers', () => {
    expect(html).toContain('<figcaption>Confusion matrix (test set)');
    expect(html).toContain('true \\ predicted');
    expect(html.match(/<th scope="col">/g)).toHaveLength(11);
    expect(html.match(/<th scope="row">/g)).toHaveLength(10);
    expect(cells(html)).toHaveLength(100);
  });

  it('puts each count in its row and column; hits on the diagonal, misses off it', () => {
    const c = cells(html);
    expect(c[0 * 10 + 0]).toBe(2);
    expect(c[0 * 10 + 7]).toBe(1);
    expect(c[1 * 10 + 1]).toBe(1);
    expect(c[9 * 10 + 4]).toBe(1);
    expect(c.reduce((a, b) => a + b, 0)).toBe(5);
    expect(html.match(/class="hit"/g)).toHaveLength(2);
    expect(html.match(/class="miss"/g)).toHaveLength(2);
  });

  it('shades each cell by its share of the row (2 of 3, 1 of 3); an empty row is all zero', () => {
    expect(html).toContain('class="hit" style="--share:0.6666666666666666">2<');
    expect(html).toContain('class="miss" style="--share:0.3333333333333333">1<');
    // Row 5 has no sample: its cells are zero, without NaN from 0 / 0.
    expect(html).not.toContain('NaN');
    const row5 = html.split('<th scope="row">5</th>')[1].split('</tr>')[0];
    expect(row5.match(/--share:0"/g)).toHaveLength(10);
  });

  it('reads in Chinese', async () => {
    const zh = await renderZh(<ConfusionMatrix labels={labels} pred={pred} />);
    expect(zh).toContain('真实 \\ 预测');
    expect(zh).toContain('混淆矩阵');
  });
});

describe('Misclassified', () => {
  // Four 8×8 digits; the second and fourth are wrong.
  const x = new Float32Array(4 * 64).map((_, i) => (i % 64) / 64);
  const y = Int32Array.from([3, 5, 1, 8]);

  it('lists each wrong digit with its true and predicted digit, named for a screen reader', () => {
    const html = renderMarkup(<Misclassified x={x} y={y} pred={Int32Array.from([3, 6, 1, 0])} />);
    expect(html).toContain('data-count="2"');
    expect(html).toContain('Misclassified test digits (2)');
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toContain('aria-label="a 5 taken for a 6"');
    expect(html).toContain('aria-label="a 8 taken for a 0"');
    expect(html).toContain('<span aria-hidden="true">5→6</span>');
    expect(html).not.toContain('a 3 taken');
  });

  it('says so when none is wrong', () => {
    const html = renderMarkup(<Misclassified x={x} y={y} pred={y} />);
    expect(html).toContain('data-count="0"');
    expect(html).toContain('<p>No test digit is misclassified.</p>');
    expect(html).not.toContain('<ul>');
  });

  it('shows at most 40 of many, but counts them all', () => {
    const n = 50;
    const many = renderMarkup(
      <Misclassified
        x={new Float32Array(n * 64)}
        y={new Int32Array(n)}
        pred={new Int32Array(n).fill(1)}
      />,
    );
    expect(many).toContain('data-count="50"');
    expect(many.match(/<li>/g)).toHaveLength(40);
  });
});

describe('NumberSelect', () => {
  it('a labelled select with one option per number, formatted, the value selected', () => {
    const html = renderMarkup(
      <NumberSelect
        label="Batch"
        value={32}
        options={[8, 32, 128]}
        onChange={() => {}}
        format={(v) => `${v} samples`}
        testId="dg-batch"
      />,
    );
    expect(html).toMatch(/^<label class="ap-field"><span>Batch<\/span><select/);
    expect(html).toContain('data-testid="dg-batch"');
    const options = [...html.matchAll(/<option value="(\d+)"( selected="")?>([^<]*)</g)];
    expect(options.map((o) => [o[1], o[3]])).toEqual([
      ['8', '8 samples'],
      ['32', '32 samples'],
      ['128', '128 samples'],
    ]);
    expect(options.filter((o) => o[2]).map((o) => o[1])).toEqual(['32']);
  });

  it('shows the number itself without a format', () => {
    const html = renderMarkup(
      <NumberSelect label="η" value={0.1} options={[0.01, 0.1]} onChange={() => {}} />,
    );
    expect(html).toContain('<option value="0.01">0.01</option>');
    expect(html).toContain('<option value="0.1" selected="">0.1</option>');
  });
});

describe('JobButtons', () => {
  const buttons = (p: { running: boolean; disabled?: boolean; restartable?: boolean }) => {
    const html = renderMarkup(
      <JobButtons
        label="Train"
        {...p}
        onStart={() => {}}
        onCancel={() => {}}
        testIds={['dg-start', 'dg-cancel']}
      />,
    );
    const b = [...html.matchAll(/<button[^>]*>[^<]*<\/button>/g)].map((m) => m[0]);
    expect(b).toHaveLength(2);
    return { start: b[0], cancel: b[1] };
  };
  const off = (b: string) => b.includes('disabled=""');

  it('idle: Start on, Cancel off; both named', () => {
    const { start, cancel } = buttons({ running: false });
    expect(start).toContain('data-testid="dg-start"');
    expect(start).toContain('>Train<');
    expect(cancel).toContain('data-testid="dg-cancel"');
    expect(cancel).toContain('>Cancel<');
    expect(off(start)).toBe(false);
    expect(off(cancel)).toBe(true);
  });

  it('running: Start off unless a new start may replace the job; Cancel on', () => {
    expect(off(buttons({ running: true }).start)).toBe(true);
    expect(off(buttons({ running: true }).cancel)).toBe(false);
    expect(off(buttons({ running: true, restartable: true }).start)).toBe(false);
  });

  it('a worker not ready turns Start off even when restartable', () => {
    expect(off(buttons({ running: false, disabled: true }).start)).toBe(true);
    expect(off(buttons({ running: true, disabled: true, restartable: true }).start)).toBe(true);
  });
});

describe('H5Readout: 1-D lines and accuracies', () => {
  const line: H5Surface = {
    kind: 'surface',
    name: 'line.h5',
    x: [-1, 0, 1],
    y: null,
    fields: {
      train_loss: Float32Array.from([0.5, 0.25, 0.75]),
      test_acc: Float32Array.from([0.5, 0.75, 0.875]),
    },
    order: ['train_loss', 'test_acc'],
    missing: { train_loss: 0, test_acc: 0 },
  };
  const node = (field: string) => (
    <H5Readout surface={line} projection={null} directions={null} field={field} />
  );
  const readout = (field: string) => renderMarkup(node(field));

  it('names the lowest loss on a line by x alone, no gaps line, no PCA line', () => {
    const html = readout('train_loss');
    expect(html).toContain('data-value="0.25"');
    expect(html).toContain('Lowest train_loss 0.25 at x = 0<');
    expect(html).not.toContain('y =');
    expect(html).not.toContain('not computed');
    expect(html).not.toContain('h5-explained');
    expect(html).toContain('aria-live="polite"');
  });

  it('names the highest accuracy, in both languages', async () => {
    expect(readout('test_acc')).toContain('Highest test_acc 0.875 at x = 1<');
    expect(await renderZh(node('test_acc'))).toContain('test_acc 最高 0.875，位于 x = 1');
  });

  it('says nothing of a field the file lacks', () => {
    expect(tidyMarkup(readout('nope'))).toBe(
      '<div class="ap-readout" aria-live="polite" data-testid="h5-readout"></div>\n',
    );
  });
});
