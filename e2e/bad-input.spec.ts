// The bad-input matrix: every numeric input of every tab gets every bad case; each must show a
// message tied to the field (aria-describedby), keep the last valid state (the URL hash, which
// serializes the whole state, and a displayed number stay as they were), raise no page or
// console error (the fixture), and the app must still work afterwards.
// " 3 " must mean exactly what "3" means and "1,5" exactly what "1.5" means (accepted or refused
// alike): a decimal comma is read as a point, never as 15 or 1.
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForBackend } from './fixtures';

const BAD = ['', 'abc', '1e999', '-1e999', 'NaN', '0x10', '9'.repeat(10_000)];
const TWINS: [string, string][] = [
  [' 3 ', '3'],
  ['1,5', '1.5'],
];

interface Config {
  name: string;
  hash: string;
  setup?: (page: Page) => Promise<void>;
  /** Every numeric input the panel shows in this state (by test id or accessible name). */
  inputs: string[];
  /** Inputs in a form: their value is taken on submit (Enter). */
  forms?: string[];
  readout: string;
  /**
   * Retraining on each accepted value is slow (Train): " 3 " and "1,5" are then compared with
   * "3" and "1.5" by their verdict only, not also by the state they leave.
   */
  verdictOnly?: boolean;
  /** A valid input that must change the readout: the app still works. */
  probe: { input: string; value: string };
}

// A row of a table is one component: inputs that differ only by an index are one entry (`*`),
// tried on the first row; the inventory still counts every row's inputs (see `inventory`).
const CELLS = ['cell-*-y', 'cell-*-yHat'];
// data-seed last: loading a preset's data also resets the optimizer to the preset's.
const TRAIN = ['lr-input', 'l2-input', 'epochs-input', 'data-seed'];
const select = (testId: string, value: string) => async (page: Page) => {
  await page.getByTestId(testId).selectOption(value);
};
/**
 * Train: each accepted value re-trains, and the replay restarts from step 0; at the top speed it
 * reaches the run's end in a few frames, so the readout (the loss at the end) is settled sooner
 * and still depends on every setting.
 */
const train = (setup: (page: Page) => Promise<void>) => async (page: Page) => {
  await page.locator('#panel-train .speed select').selectOption('100');
  await setup(page);
};

const CONFIGS: Config[] = [
  {
    name: 'Explore, regression with quantile',
    hash: '#/explore',
    setup: async (page) => {
      await page.getByRole('checkbox', { name: /quantile/i }).check();
    },
    inputs: [...CELLS, 'param-delta', 'param-tau'],
    readout: 'step-mean',
    probe: { input: 'cell-0-yHat', value: '7' },
  },
  {
    name: 'Explore, binary with focal',
    hash: '#/explore',
    setup: async (page) => {
      await page.getByTestId('task').getByText('Binary', { exact: true }).click();
      await page.getByRole('checkbox', { name: /focal/i }).check();
    },
    inputs: [...CELLS, 'param-gamma', 'param-alpha'],
    readout: 'step-mean',
    probe: { input: 'cell-*-yHat', value: '0.01' },
  },
  {
    name: 'Explore, multi-class',
    hash: '#/explore',
    setup: async (page) => {
      await page.getByTestId('task').getByText('Multi-class', { exact: true }).click();
    },
    inputs: ['classes-input', 'dist-y-*', 'dist-yHat-*'],
    readout: 'kl-pq',
    probe: { input: 'dist-yHat-0', value: '0.5' },
  },
  {
    name: 'Train, Adam',
    hash: '#/train',
    verdictOnly: true,
    setup: train(select('optimizer-select', 'adam')),
    inputs: [...TRAIN, 'opt-beta1', 'opt-beta2', 'opt-epsilon'],
    readout: 'readout-loss',
    probe: { input: 'l2-input', value: '1' }, // L2 adds λ·w² to the loss shown
  },
  {
    name: 'Train, RMSProp, mini-batch',
    hash: '#/train',
    verdictOnly: true,
    setup: train(async (page) => {
      await select('optimizer-select', 'rmsprop')(page);
      await page.getByRole('radio', { name: 'Mini-batch' }).check();
    }),
    inputs: [...TRAIN, 'opt-decay', 'opt-momentum', 'opt-epsilon', 'mini-batch-input'],
    readout: 'readout-loss',
    probe: { input: 'l2-input', value: '1' },
  },
  {
    name: 'Train, Adagrad',
    hash: '#/train',
    verdictOnly: true,
    setup: train(select('optimizer-select', 'adagrad')),
    inputs: [...TRAIN, 'opt-initialAccumulator'],
    readout: 'readout-loss',
    probe: { input: 'l2-input', value: '1' },
  },
  {
    name: 'Train, MLP',
    hash: '#/train',
    verdictOnly: true,
    setup: train(select('model-select', 'mlp')),
    inputs: [...TRAIN, 'hidden-input', 'dir-seed', 'opt-beta1', 'opt-beta2', 'opt-epsilon'], // Adam by default
    readout: 'readout-loss',
    probe: { input: 'hidden-input', value: '5' },
  },
  {
    name: 'Applications',
    hash: '#/applications',
    setup: async (page) => {
      await page.getByTestId('kmeans-step').click(); // inertia shows once a step has run
    },
    inputs: ['kmeans-add-x', 'kmeans-add-y', 'kmeans-seed', 'dg-seed'],
    forms: ['kmeans-add-x', 'kmeans-add-y'],
    readout: 'kmeans-inertia',
    probe: { input: 'kmeans-add-x', value: '9.5' },
  },
];

/** The numeric inputs of the open panel, named by test id (indices as `*`), else by name. */
async function inventory(page: Page): Promise<string[]> {
  const all = await page
    .locator('.panel')
    .locator('input[inputmode], input[type=number]')
    .evaluateAll((els) =>
      els.map((e) => {
        const by = e.getAttribute('aria-labelledby');
        return (
          e.getAttribute('data-testid') ??
          e.getAttribute('aria-label') ??
          (by ? document.getElementById(by)?.textContent : null) ??
          '?'
        ).trim();
      }),
    );
  expect(all.length).toBeGreaterThan(0);
  return [...new Set(all.map((k) => k.replace(/-\d+(?=-|$)/, '-*')))].sort();
}

function field(page: Page, key: string): Locator {
  return /^[a-z]/.test(key)
    ? page.getByTestId(key.replace('*', '0'))
    : page.locator('.panel').getByRole('textbox', { name: key, exact: true });
}

/**
 * The URL hash of the state as it is now. The hash is written 300 ms after the last edit
 * (src/state/url/history.ts); instead of waiting that out, a pagehide event makes the URL sync
 * write any pending edit at once (what it does before the page goes), then the hash is read.
 */
async function stateHash(page: Page): Promise<string> {
  return page.evaluate(() => {
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    return location.hash;
  });
}

/**
 * The readout's text once the page has nothing in flight: after the previous field's original
 * value was typed back, Train re-trains ("Computing the run…" while it does; an edit restarts the
 * replay at step 0 and a run that plays shows Pause until it ends), and Explore's deferred
 * summary (the readout's aside) is aria-busy for the frame or two it lags.
 */
async function settledText(readout: Locator): Promise<string | null> {
  const page = readout.page();
  await expect(page.getByText(/Computing the run/)).toHaveCount(0, { timeout: 60_000 });
  // Only a lag of the readout itself counts (not, say, a landscape still computing beside it).
  await expect(readout.locator('xpath=ancestor-or-self::*[@aria-busy="true"]')).toHaveCount(0);
  const play = page.getByTestId('play');
  if ((await play.count()) > 0) await expect(play).toHaveText(/Play/, { timeout: 60_000 });
  return readout.textContent();
}

/** The text of the elements the field's aria-describedby names ('' when none). */
async function message(input: Locator): Promise<string> {
  return input.evaluate((e) =>
    (e.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => {
        const m = document.getElementById(id);
        return m && m.getClientRects().length > 0 ? (m.textContent ?? '') : '';
      })
      .join(' ')
      .trim(),
  );
}

async function type(input: Locator, text: string, form: boolean): Promise<void> {
  await input.fill(text);
  if (form) await input.press('Enter');
}

const tried = { cases: 0, inputs: new Set<string>() };

test.describe.configure({ mode: 'serial' });

for (const c of CONFIGS) {
  test(`bad input: ${c.name}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`./${c.hash}`);
    await waitForBackend(page);
    await c.setup?.(page);
    // Every numeric input on the page is in the list, and every listed one is on the page.
    await expect.poll(() => inventory(page)).toEqual([...c.inputs].sort());
    const readout = page.getByTestId(c.readout);
    await expect(readout).toHaveText(/\d/);
    const start = await readout.textContent();
    for (const key of [...c.inputs.filter((k) => !TRAIN.includes(k)), ...TRAIN]) {
      if (!c.inputs.includes(key)) continue;
      if (tried.inputs.has(key)) continue; // the same component, already tried in a config above
      tried.inputs.add(key);
      const input = field(page, key);
      const form = c.forms?.includes(key) ?? false;
      const original = await input.inputValue();
      await input.focus(); // focusing a table cell selects its row: part of the state
      const hash0 = await stateHash(page);
      const shown0 = await settledText(readout);
      for (const bad of BAD) {
        await type(input, bad, form);
        tried.cases++;
        const what = `${key} ← ${JSON.stringify(bad.slice(0, 12))}`;
        await expect(input, what).toHaveAttribute('aria-invalid', 'true');
        expect(await message(input), what).not.toBe('');
      }
      // The last valid state is kept: nothing in the URL's state and no displayed number moved.
      expect(await stateHash(page), `${key}: state kept`).toBe(hash0);
      expect(await readout.textContent(), `${key}: readout kept`).toBe(shown0);
      const byHash = !form && !c.verdictOnly;
      for (const [odd, plain] of TWINS) {
        await type(input, odd, form);
        tried.cases++;
        const oddHash = byHash ? await stateHash(page) : '';
        const oddMsg = await message(input);
        await type(input, plain, form);
        const plainHash = byHash ? await stateHash(page) : '';
        const plainMsg = await message(input);
        expect({ hash: oddHash, refused: oddMsg !== '' }, `${key}: ${odd} means ${plain}`).toEqual({
          hash: plainHash,
          refused: plainMsg !== '',
        });
      }
      await type(input, original, form);
      if (!form) await expect(input).not.toHaveAttribute('aria-invalid');
    }
    // The app still works: a valid input changes a displayed number.
    const before = c.forms?.includes(c.probe.input) ? start : await readout.textContent();
    await type(
      field(page, c.probe.input),
      c.probe.value,
      c.forms?.includes(c.probe.input) ?? false,
    );
    // k-means restarts on a new point: its inertia shows again after a step (the setup).
    if (c.forms?.includes(c.probe.input)) await c.setup?.(page);
    await expect(readout).toHaveText(/\d/);
    await expect(readout).not.toHaveText(before ?? '');
  });
}

test('paste 1,000 rows into the 200-row Explore table', async ({ page }) => {
  await page.goto('./#/explore');
  await waitForBackend(page);
  const params = await page.getByTestId('param-delta').inputValue();
  const text = Array.from({ length: 1000 }, (_, i) => `${i}\t${i + 0.5}`).join('\n');
  await page.getByTestId('cell-0-y').focus();
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
  tried.cases++;
  await expect(page.getByTestId('paste-message')).toContainText('at most 200 rows');
  await expect(page.getByTestId('paste-message')).toContainText('1000');
  await expect(page.locator('[data-testid^="cell-"][data-testid$="-y"]')).toHaveCount(200);
  await expect(page.getByTestId('cell-199-yHat')).toHaveValue('199.5');
  // Nothing else changed: the task, the loss parameters.
  await expect(page.getByTestId('param-delta')).toHaveValue(params);
  await expect(page.getByTestId('task').getByRole('radio', { name: 'Regression' })).toBeChecked();
  // A bad line refuses the whole paste and names the line.
  await page.getByTestId('cell-0-y').focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '1\t2\n3\tabc');
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  tried.cases++;
  await expect(page.getByTestId('paste-message')).toContainText('line 2');
  await expect(page.getByTestId('cell-0-y')).toHaveValue('0');
});

/** Attaches `content` to a file input as the file `name`. */
async function attach(input: Locator, name: string, content: string | Buffer, mimeType: string) {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  await input.setInputFiles({ name, mimeType, buffer });
}

// Files and the Embed dialog, many cases per page load: Train's CSV import, the state files of
// Share → Export, the Embed dialog's size and origins inputs. Each refused case shows its message
// where the user is looking and keeps the data; each accepted one is checked for what it took.
test('bad files and the Embed dialog: CSV files, state files, embed sizes and origins', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('./#/train');
  await waitForBackend(page);
  const points = page.locator('circle.pt');
  await expect(points).not.toHaveCount(0);
  const csv = page.getByTestId('csv-file');
  const alert = page.locator('.csv-error');
  const notice = page.getByTestId('csv-notice');

  // CSV files: [name, content, the line named] — refused whole, the data kept.
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `${i / 10},${i % 7}`);
  const refused: [string, string | Buffer, number][] = [
    ['empty.csv', '', 1],
    ['header-only.csv', 'x,y\n', 2],
    ['one-column.csv', 'x\n1\n', 1],
    ['four-columns.csv', 'a,b,c,d\n1,2,3,4\n', 1],
    ['ragged-short.csv', 'x,y\n1,2\n3\n', 3],
    ['ragged-long.csv', 'x,y\n1,2\n3,4,5\n', 3],
    ['ragged-quoted.csv', '"x","y"\n"1","2","3","4"\n', 2],
    ['word.csv', 'x,y\n1,2\n3,four\n', 3],
    ['nan.csv', 'x,y\nNaN,1\n', 2],
    ['infinity.csv', 'x,y\n1,Infinity\n', 2],
    ['hex.csv', 'x,y\n0x10,1\n', 2],
    ['huge.csv', 'x,y\n1,1e999\n', 2],
    ['range.csv', 'x,y\n1,2e6\n', 2],
    ['label.csv', 'x,y,label\n1,2,2\n', 2],
    ['soft-label.csv', 'x,y,label\n1,2,0.5\n', 2],
    ['quoted-word.csv', '"x","y"\n"1","two"\n', 2],
    ['quoted-empty.csv', 'x,y\n"",""\n', 2],
    ['unclosed-quote.csv', 'x,y\n"1","2\n', 2],
    ['text-after-quote.csv', 'x,y\n"1"x,2\n', 2],
    ['decimal-comma-quoted.csv', 'x,y\n"1,5","2"\n', 2],
    ['bad-after-good.csv', ['x,y', ...rows(50), '7,seven'].join('\n'), 52],
    ['binary.csv', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 0xfe, 0x2c, 0x41]), 1],
  ];
  const n0 = await points.count();
  for (const [name, content, line] of refused) {
    await attach(csv, name, content, 'text/csv');
    tried.cases++;
    await expect(alert, name).toContainText(`line ${line}`);
    await expect(points, name).toHaveCount(n0);
    await expect(notice, name).toHaveCount(0);
    // A refusal at line 11 between cases: each case's message is its own, not the last one's.
    await attach(csv, 'reset.csv', ['x,y', ...rows(9), 'bad,1'].join('\n'), 'text/csv');
    await expect(alert).toContainText('line 11');
  }
  // Quoted cells are read; a file over 1,000 rows gives its first 1,000 and says so.
  const accepted: [string, string, number, RegExp | null][] = [
    ['quoted.csv', '"x","y"\r\n"1","2"\r\n"3","4.5"\r\n', 2, null],
    ['quoted-labels.csv', '"x";"y";"label"\n"0";"1";"0"\n"1";"0";"1"\n"2";"2";"1"\n', 3, null],
    ['spaced-quotes.csv', 'x, y\n "1", "2"\n"3" ,"4"\n', 2, null],
    [
      'long.csv',
      ['x,y', ...rows(1234), 'not,read'].join('\n'),
      1000,
      /first 1000 of the 1235 rows/,
    ],
  ];
  for (const [name, content, n, says] of accepted) {
    await attach(csv, name, content, 'text/csv');
    tried.cases++;
    await expect(points, name).toHaveCount(n);
    await expect(alert, name).toHaveCount(0);
    if (says) await expect(notice, name).toHaveText(says);
    else await expect(notice, name).toHaveCount(0);
  }
  await expect(page.getByTestId('preset-select')).toHaveValue('custom');

  // State files: refused whole with a message in the dialog; the 1,000 points stay.
  await page.getByTestId('share-menu').click();
  await page.getByTestId('export-button').click();
  const load = page.getByTestId('export-load-state');
  const status = page.getByTestId('export-status');
  const file = (o: unknown) => JSON.stringify(o);
  const hash = '#/train?v=1&tp=noisy';
  const states: [string, string | Buffer, RegExp][] = [
    ['empty.json', '', /not valid JSON/],
    ['broken.json', '{"format": "losscape-state", "hash": ', /not valid JSON/],
    ['bom-broken.json', '\uFEFF{', /not valid JSON/],
    ['trailing-comma.json', '{"format": "losscape-state", "version": 1,}', /not valid JSON/],
    ['binary.json', Buffer.from([0xff, 0xfe, 0, 0x7b, 0x80]), /not valid JSON/],
    ['null.json', 'null', /not a losscape state file/],
    ['number.json', '42', /not a losscape state file/],
    ['array.json', file([{ format: 'losscape-state', version: 1, hash }]), /not a losscape/],
    ['other.json', file({ hello: 1 }), /not a losscape state file/],
    ['other-format.json', file({ format: 'other-app', version: 1, hash }), /not a losscape/],
    ['no-version.json', file({ format: 'losscape-state', hash }), /not a losscape state file/],
    ['version-text.json', file({ format: 'losscape-state', version: '1', hash }), /not a losscape/],
    ['version-minus.json', file({ format: 'losscape-state', version: -1, hash }), /not a losscape/],
    ['version-half.json', file({ format: 'losscape-state', version: 1.5, hash }), /not a losscape/],
    ['no-hash.json', file({ format: 'losscape-state', version: 1 }), /not a losscape state file/],
    ['hash-number.json', file({ format: 'losscape-state', version: 1, hash: 5 }), /not a losscape/],
    ['big.json', Buffer.alloc(1_100_000, 32), /larger than 1 MB/],
  ];
  for (const [name, content, says] of states) {
    await attach(load, name, content, 'application/json');
    tried.cases++;
    await expect(status, name).toHaveText(says);
    await expect(status, name).toContainText(name);
  }
  await page.keyboard.press('Escape');
  await expect(points).toHaveCount(1000);
  // A file of a future version: read as a link of that version would be, with a notice (the
  // fields this version knows are taken or named), never a crash.
  await page.getByTestId('share-menu').click();
  await page.getByTestId('export-button').click();
  await attach(
    load,
    'future.json',
    file({ format: 'losscape-state', version: 99, hash: '#/train?v=99&tp=noisy&zz=1' }),
    'application/json',
  );
  tried.cases++;
  await expect(page.getByTestId('url-notice')).toBeVisible();
  await expect(page.getByTestId('url-notice')).toContainText('“zz”');

  // The Embed dialog: a size that is not a whole number of pixels in range is refused where it
  // was typed and the snippet keeps the last good one; origins are checked.
  await page.keyboard.press('Escape');
  await page.getByTestId('share-menu').click();
  await page.getByRole('menuitem', { name: /^Embed/ }).click();
  const dialog = page.getByTestId('embed-dialog');
  const snippet = dialog.getByTestId('embed-snippet');
  const size = async (attr: 'width' | 'height') =>
    Number((await snippet.inputValue()).match(new RegExp(` ${attr}="([^"]*)"`))?.[1]);
  for (const [label, attr, lo] of [
    ['Width', 'width', 240],
    ['Height', 'height', 200],
  ] as const) {
    const box = dialog.getByRole('textbox', { name: new RegExp(label) });
    const kept = await size(attr);
    for (const v of [
      '',
      '-5',
      '0',
      '-0',
      '239.6',
      '240.7',
      '2000.5',
      '99999',
      '1e9',
      '1e-9',
      'NaN',
    ]) {
      await box.fill(v);
      tried.cases++;
      await expect(box, `${attr} ← ${v}`).toHaveAttribute('aria-invalid', 'true');
      expect(await size(attr), `${attr} ← ${v}`).toBe(kept);
    }
    await box.fill(String(lo));
    await expect(box).not.toHaveAttribute('aria-invalid', 'true');
    expect(await size(attr)).toBe(lo);
  }
  const origins = dialog.getByTestId('embed-origins');
  const hint = page.locator(`[id="${await origins.getAttribute('aria-describedby')}"]`);
  const badOrigins = [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://',
    'ftp://files.example.edu',
    'https://course.example.edu/path',
    '*',
    'null',
    'https://a b.edu',
    '<img src=x onerror=alert(1)>',
    'https://course.example.edu, not an origin',
    '🎓://course',
    'x'.repeat(3000),
  ];
  for (const v of badOrigins) {
    await origins.fill(v);
    tried.cases++;
    await expect(origins, v.slice(0, 20)).toHaveAttribute('aria-invalid', 'true');
    await expect(hint, v.slice(0, 20)).toContainText('Not an origin');
    expect(await snippet.inputValue()).not.toMatch(/javascript:|<script|onerror|%3Cscript/i);
  }
  await origins.fill('https://course.example.edu:8443');
  await expect(origins).toHaveAttribute('aria-invalid', 'false');
  await expect(snippet).toHaveValue(/origins=/);
  await expect(page.locator('script:not([src])')).toHaveCount(0);
});

test.afterAll(() => {
  console.log(`bad-input matrix: ${tried.cases} cases over ${tried.inputs.size} inputs`);
});
