import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { renderMarkup } from '../charts/svgSnapshot';
import { RunNotes, type RunOutcome } from './RunParts';
import { mlpReadout } from './useMlpSession';

const session = (o: Partial<RunOutcome> = {}): RunOutcome => ({
  run: { ms: 12.4 },
  path: { loss: [4, 2, 1] },
  pending: false,
  error: null,
  last: 2,
  spe: 2,
  diverged: null,
  showDiverged: false,
  ...o,
});

const notes = (o: Partial<RunOutcome>, math = true) => {
  const store = createAppStore();
  return renderMarkup(
    <RunNotes math={math} session={session(o)} limit={null} suggested={0.05}>
      <p className="model-note">note</p>
    </RunNotes>,
    { store },
  );
};

describe('RunNotes', () => {
  it('says the run finished (steps, rounded ms), then the model’s notes; no divergence', () => {
    const html = notes({});
    expect(html).toContain('data-testid="run-info"');
    expect(html).toMatch(/2 steps[^<]*12 ms/);
    expect(html).toContain('class="model-note"');
    expect(html).not.toContain('data-testid="divergence"');
  });

  it('while computing or loading: no result line; an error is an alert', () => {
    expect(notes({ pending: true })).not.toContain('run-info');
    expect(notes({}, false)).toContain('Loading');
    expect(notes({ error: 'bad' })).toContain('<p class="train-error" role="alert">bad</p>');
  });

  it('at the diverged step: the notice with the epoch, the store’s learning rate and a smaller one', () => {
    const html = notes({ diverged: 3, showDiverged: true });
    expect(html).toContain('data-testid="divergence"');
    expect(html).toContain('1.5'); // step 3 at 2 steps per epoch
    expect(html).toContain(`η = ${createAppStore().getState().train.optimizer.lr}`);
    expect(html).toContain('0.05');
    expect(notes({ diverged: 3, showDiverged: false })).not.toContain('divergence');
  });
});

describe('mlpReadout', () => {
  const path = { loss: [0.7, 0.5, 0.2], accuracy: [0.5, 0.75, 1] };
  it('reads loss and accuracy at the step; held-out values only when computed for that step', () => {
    const v = mlpReadout(path, 2, { step: 2, heldLoss: 0.3, heldAccuracy: 0.9 });
    expect(v).toMatchObject({ loss: 0.2, heldLoss: 0.3, quality: { train: 1, held: 0.9 } });
    const stale = mlpReadout(path, 1, { step: 2, heldLoss: 0.3, heldAccuracy: 0.9 });
    expect(stale.loss).toBe(0.5);
    expect(stale.heldLoss).toBeNaN();
    expect(stale.quality?.held).toBeNaN();
    expect(mlpReadout(path, 0, null).quality?.train).toBe(0.5);
  });
  it('while a replay plays, the latest held-out values stand in for the step’s', () => {
    const v = mlpReadout(path, 2, { step: 1, heldLoss: 0.4, heldAccuracy: 0.8 }, true);
    expect(v).toMatchObject({ loss: 0.2, heldLoss: 0.4, quality: { train: 1, held: 0.8 } });
    expect(mlpReadout(path, 2, null, true).heldLoss).toBeNaN();
  });
});
