// The embed postMessage API across origins: the course page (e2e/embedHost.mjs, another port)
// drives an embedded Train view and reads the loss back; commands from an origin not on the
// frame's allow-list are ignored; malformed ones get error replies; the frame reports its
// height; hide= hides the named controls. The fixture's checks are done by hand, as in
// embed.spec.ts: the course page's own origin is not foreign here.
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { PACK_FORMAT, PACK_KEY } from '../src/state/url/pack';
import { expect, hostOrigin, test } from './hostFixture';

/** A page at the course origin with one frame of the app; it records every message it gets. */
async function hostPage(page: Page, appUrl: string, frameHash: string) {
  await page.addInitScript(() => {
    (window as unknown as { got: unknown[] }).got = [];
    window.addEventListener('message', (e) =>
      (window as unknown as { got: unknown[] }).got.push({ origin: e.origin, data: e.data }),
    );
  });
  await page.goto(`${hostOrigin}/blank`);
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.id = 'f';
    f.style.cssText = 'width:900px;height:600px';
    f.src = src;
    document.body.append(f);
  }, `${appUrl}${frameHash}`);
}

type Got = { origin: string; data: Record<string, unknown> };
const got = (page: Page) => page.evaluate(() => (window as unknown as { got: Got[] }).got);
const post = (page: Page, msg: unknown) =>
  page.evaluate(
    ([m, o]) =>
      (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(m, o),
    [msg, '*'] as const,
  );

test('the course page plays and steps the embedded Train view and reads the loss back', async ({
  page,
  problems,
}) => {
  void problems;
  // Every message each frame sends the page, with its time: the sizes must settle by `ready`.
  await page.addInitScript(() => {
    const log: { frame: number; type: string; t: number }[] = [];
    (window as unknown as { frameLog: typeof log }).frameLog = log;
    window.addEventListener('message', (e) => {
      const frame = [...document.querySelectorAll('iframe')].findIndex(
        (f) => f.contentWindow === e.source,
      );
      const type = (e.data as { type?: unknown } | null)?.type;
      if (frame >= 0 && typeof type === 'string') log.push({ frame, type, t: performance.now() });
    });
  });
  await page.setViewportSize({ width: 1100, height: 2400 });
  await page.goto(`${hostOrigin}/`);
  const driver = page.getByRole('group', { name: 'Drive the view above' });
  const step = driver.getByRole('button', { name: 'Step' });
  await expect(step).toBeEnabled({ timeout: 30_000 });
  // Three quick clicks where the button is, right after the page enabled it (on `ready`), as a
  // person clicks: nothing may move it in between, and no click may be lost.
  await step.scrollIntoViewIfNeeded();
  const at = await step.boundingBox();
  if (!at) throw new Error('no Step button');
  for (let i = 0; i < 3; i++) await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
  const frame = page.frameLocator('#driven');
  await expect(frame.getByTestId('run-info')).toBeVisible({ timeout: 30_000 });
  // hide=model,data in the example: those controls are gone, the rest are there.
  await expect(frame.getByTestId('model-select')).toHaveCount(0);
  await expect(frame.getByTestId('optimizer-select')).toBeVisible();

  const loss = driver.locator('#driven-loss');
  await expect(loss).toHaveAttribute('data-step', '3', { timeout: 30_000 });
  // The loss read back is the one the view shows at that step (13.375 at step 0 → 154 at 3).
  const value = Number(await loss.getAttribute('data-loss'));
  expect(value).toBeGreaterThan(150);
  expect(value).toBeLessThan(160);
  await expect(frame.getByTestId('readout-epoch')).toHaveText('3');
  await expect(frame.getByTestId('readout-loss')).toContainText(value.toPrecision(3).slice(0, 3));

  // Until Play, nothing the reader did changes the layout (a diverging run may add a notice).
  const playAt = await page.evaluate(() => performance.now());
  await driver.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number(await loss.getAttribute('data-step')), { timeout: 20_000 })
    .toBeGreaterThan(10);
  await driver.getByRole('button', { name: 'Pause' }).click();
  await expect(frame.getByTestId('play')).toContainText('Play');

  // Auto-height: the frame reported its content height and the page sized it to that.
  const f = page.locator('#driven');
  await expect(f).toHaveAttribute('data-reported-height', /^\d+$/);
  // The frame's box and its last report are read together, until the page has applied it (a
  // report may land between two reads).
  const sized = async () => {
    const reported = Number(await f.getAttribute('data-reported-height'));
    const box = await f.boundingBox();
    return { reported, gap: Math.abs((box?.height ?? 0) - reported) };
  };
  await expect.poll(async () => (await sized()).gap).toBeLessThanOrEqual(2);
  expect((await sized()).reported).toBeGreaterThan(300);
  // `ready` means settled: no frame resized after its `ready` (watched until Play was pressed).
  // Its order in the log is what counts, not a time: the Guide once sent ready at 154 px, its
  // "Loading…" line, and 2,394 px half a second later.
  const log = await page.evaluate(
    () =>
      (window as unknown as { frameLog: { frame: number; type: string; t: number }[] }).frameLog,
  );
  for (const frame of [0, 1, 2]) {
    const own = log.filter((m) => m.frame === frame && m.t < playAt);
    const ready = own.findIndex((m) => m.type === 'ready');
    expect(ready, `frame ${frame} sent ready`).toBeGreaterThanOrEqual(0);
    expect(
      own.slice(ready + 1).filter((m) => m.type === 'resize'),
      `frame ${frame}: a resize after ready`,
    ).toEqual([]);
  }
});

test('commands from an origin not on the allow-list are ignored', async ({
  page,
  baseURL,
  problems,
}) => {
  void problems;
  await hostPage(page, baseURL!, '#/train?v=1&embed=1&origins=https://course.example.edu');
  const frame = page.frameLocator('#f');
  await expect(frame.getByTestId('run-info')).toBeVisible({ timeout: 30_000 });
  // The frame still says it is there and how tall it is (no state), to any parent.
  await expect.poll(async () => (await got(page)).map((m) => m.data.type)).toContain('resize');
  const ready = (await got(page)).find((m) => m.data.type === 'ready');
  expect(ready?.data).toEqual({ losscape: 1, type: 'ready', version: 1, commands: true });
  // A barrier instead of a pause: a listener of the test's own in the frame answers the last
  // message. Messages from one window to another are delivered in order, so once its answer is
  // here, the app has handled the four commands before it and any reply would have come first.
  const app = page.frames().find((f) => f.parentFrame() === page.mainFrame())!;
  await app.evaluate(() =>
    window.addEventListener('message', (e) => {
      if ((e.data as { barrier?: unknown } | null)?.barrier) parent.postMessage(e.data, '*');
    }),
  );
  for (const m of [
    { losscape: 1, id: 1, type: 'play' },
    { losscape: 1, id: 2, type: 'getState' },
    { losscape: 1, id: 3, type: 'setState', hash: '#/explore' },
    { losscape: 1, id: 4, type: 'nonsense' },
    { barrier: 1 },
  ])
    await post(page, m);
  await expect.poll(async () => (await got(page)).some((m) => m.data.barrier)).toBe(true);
  expect(
    (await got(page)).filter(
      (m) => !['ready', 'resize'].includes(String(m.data.type)) && !m.data.barrier,
    ),
  ).toEqual([]);
  await expect(frame.getByTestId('play')).toContainText('Play');
  await expect(frame.getByRole('region', { name: 'Train', exact: true })).toBeVisible();
});

test('an allowed origin gets replies: errors for malformed messages, state and loss for good ones', async ({
  page,
  baseURL,
  problems,
}) => {
  void problems;
  await hostPage(
    page,
    baseURL!,
    `#/train?v=1&embed=1&origins=${encodeURIComponent(hostOrigin)}&hide=lr,optimizer,loss,bogus`,
  );
  const frame = page.frameLocator('#f');
  await expect(frame.getByTestId('run-info')).toBeVisible({ timeout: 30_000 });
  // hide=: the named controls are gone, the others stay; the unknown id is named in the notice.
  await expect(frame.getByTestId('optimizer-select')).toHaveCount(0);
  await expect(frame.getByTestId('loss-select')).toHaveCount(0);
  await expect(frame.locator('#train-lr-slider')).toHaveCount(0);
  await expect(frame.getByTestId('model-select')).toBeVisible();
  await expect(frame.getByTestId('epochs-input')).toBeVisible();
  await expect(frame.getByTestId('url-notice')).toContainText('“hide:bogus”');

  const bad: [unknown, string][] = [
    [{ losscape: 2, id: 'v', type: 'play' }, 'unsupportedVersion'],
    [{ losscape: 1, id: 'u', type: 'launch' }, 'unknownType'],
    [{ losscape: 1, id: 's', type: 'setState', hash: 7 }, 'invalidMessage'],
    [{ losscape: 1, id: 'n', type: 'step', steps: -3 }, 'invalidMessage'],
  ];
  for (const [m] of bad) await post(page, m);
  await post(page, 'not ours');
  await post(page, { losscape: 1, id: 'st', type: 'setState', hash: '#/train?v=1&tep=5&zz=1' });
  await expect
    .poll(async () => (await got(page)).filter((m) => m.data.id !== undefined).length)
    .toBe(5);
  const replies = (await got(page)).filter((m) => m.data.id !== undefined);
  for (const [m, code] of bad) {
    const r = replies.find((x) => x.data.id === (m as { id: string }).id);
    expect(r?.data).toMatchObject({ losscape: 1, type: 'error', error: code });
    expect(r?.origin).toBe(new URL(baseURL!).origin);
  }
  const set = replies.find((x) => x.data.id === 'st')!.data;
  expect(set).toMatchObject({ ok: true, type: 'setState', ignored: ['zz'] });
  expect(String(set.hash)).toContain('tep=5');
  await expect(frame.getByTestId('epochs-input')).toHaveValue('5');
  // The state changed through the URL: the allow-list and hide list stayed.
  expect(String(set.hash)).toContain('origins=');
  await post(page, { losscape: 1, id: 'l', type: 'getLoss' });
  await expect
    .poll(async () => (await got(page)).find((m) => m.data.id === 'l')?.data)
    .toMatchObject({ ok: true, step: 0, last: 5, loss: 13.375 });

  // A packed hash, as Share writes large states (deflate-raw + base64url), is read like a plain
  // one; a damaged one is refused with its reason and the view stays as it was.
  const packed = `#/train?${PACK_KEY}=${PACK_FORMAT}${deflateRawSync('#/train?v=1&tep=7').toString('base64url')}`;
  await post(page, { losscape: 1, id: 'zp', type: 'setState', hash: packed });
  await expect
    .poll(async () => (await got(page)).find((m) => m.data.id === 'zp')?.data)
    .toMatchObject({ ok: true, type: 'setState' });
  await expect(frame.getByTestId('epochs-input')).toHaveValue('7');
  await post(page, { losscape: 1, id: 'zb', type: 'setState', hash: '#/train?z=d1.AAAA-broken' });
  await expect
    .poll(async () => (await got(page)).find((m) => m.data.id === 'zb')?.data)
    .toMatchObject({ type: 'error', error: 'invalidMessage', message: /packed state/ });
  // A plain hash that is no state at all (unknown view; every key bad): ok: false, the reason,
  // and the view as it was (today's main before issue 16 reset the frame to defaults).
  await post(page, { losscape: 1, id: 'zv', type: 'setState', hash: '#/nowhere?v=1&tep=3' });
  await post(page, { losscape: 1, id: 'zk', type: 'setState', hash: '#/train?qq=1&rr=2' });
  await expect
    .poll(async () => (await got(page)).find((m) => m.data.id === 'zv')?.data)
    .toMatchObject({ ok: false, reason: /unknown view/ });
  await expect
    .poll(async () => (await got(page)).find((m) => m.data.id === 'zk')?.data)
    .toMatchObject({ ok: false, reason: /no key of the hash is valid/ });
  await post(page, { losscape: 1, id: 'l2', type: 'getLoss' });
  await expect
    .poll(async () => (await got(page)).find((m) => m.data.id === 'l2')?.data)
    .toMatchObject({ ok: true, last: 7 });
  await expect(frame.getByTestId('epochs-input')).toHaveValue('7');
});
