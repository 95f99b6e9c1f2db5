// The parts of a run that the line models (TrainPanel) and the MLP (MlpTrain) show alike: the
// bar (transport and learning rate) and the notes line (status, error, divergence). Both take
// the session (useTrainSession's result) and read the learning rate from the store.
import type { ReactNode } from 'react';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { Lockable } from '../lesson/Lockable';
import { DivergenceNotice } from './DivergenceNotice';
import { LrField } from './LrField';
import { RunStatusLine } from './RunStatusLine';
import { fmtEpoch, Transport } from './Transport';

/** What the bar and the notes read of a session. */
export interface RunOutcome {
  run: { ms: number } | null;
  path: { loss: number[] } | null;
  pending: boolean;
  error: string | null;
  /** The last step of the run (−1 before one). */
  last: number;
  spe: number;
  diverged: number | null;
  /** The run diverged and the replay reached its last state. */
  showDiverged: boolean;
}

const selectLr = (s: { train: { optimizer: { lr: number } } }) => s.train.optimizer.lr;

function useLr() {
  const lr = useAppStore(selectLr);
  const a = useAppStoreApi().getState().trainActions;
  return [lr, (v: number) => a.setOptimizer({ lr: v })] as const;
}

export function RunBar(p: {
  session: RunOutcome;
  stability?: Parameters<typeof LrField>[0]['stability'];
}) {
  const { last, spe, path } = p.session;
  const [lr, setLr] = useLr();
  return (
    <>
      <Transport
        last={last}
        stepsPerEpoch={spe}
        lossAt={(k) => path?.loss[k] ?? NaN}
        disabled={false}
      />
      <Lockable id="lr">
        <LrField lr={lr} onChange={setLr} stability={p.stability} />
      </Lockable>
    </>
  );
}

export function RunNotes(p: {
  math: boolean;
  session: RunOutcome;
  /** Notes of this model, between the error and the divergence notice. */
  children?: ReactNode;
  limit: Parameters<typeof DivergenceNotice>[0]['limit'];
  suggested: number;
}) {
  const { run, pending, error, last, spe, diverged, showDiverged } = p.session;
  const [lr, setLr] = useLr();
  return (
    <>
      <RunStatusLine
        math={p.math}
        pending={pending}
        ran={run && !pending ? { steps: last, ms: run.ms } : null}
      />
      {error && (
        <p className="train-error" role="alert">
          {error}
        </p>
      )}
      {p.children}
      {showDiverged && diverged !== null && (
        <DivergenceNotice
          epoch={fmtEpoch(diverged / spe)}
          lr={lr}
          limit={p.limit}
          suggested={p.suggested}
          onApply={() => setLr(p.suggested)}
        />
      )}
    </>
  );
}
