// The live softmax classifier: one trainer (tfjs variables + optimizer) per setting, disposed
// when the setting changes or the panel goes; while playing, a few steps per animation frame,
// read back once per frame. The mean CE after each chunk is kept for the chart.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GlyphSet, SoftmaxSnapshot, SoftmaxTrainer } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import type { ClassifierRuntime, ClassifierState } from '../../state/applications/slice';

export const STEPS_PER_FRAME = 4;
export const MAX_STEPS = 400;

export interface ClassifierRun {
  glyphs: GlyphSet | null;
  labels: number[];
  snap: SoftmaxSnapshot | null;
  /** (step, mean CE) after each chunk. */
  history: { step: number[]; mean: number[] };
  error: string | null;
}

/** The example relabelled wrong gets the next class. */
export const wrongLabel = (label: number, classes: number) => (label + 1) % classes;

export function useClassifier(
  math: MathBackend | null,
  s: ClassifierState & ClassifierRuntime,
  onStop: () => void,
): ClassifierRun {
  const glyphs = useMemo(() => (math ? math.makeGlyphs(1, 3) : null), [math]);
  const labels = useMemo(() => {
    if (!glyphs) return [];
    const l = glyphs.labels.slice();
    if (s.wrong !== null && s.wrong < l.length)
      l[s.wrong] = wrongLabel(l[s.wrong], glyphs.classes.length);
    return l;
  }, [glyphs, s.wrong]);
  const trainer = useRef<SoftmaxTrainer | null>(null);
  const [snap, setSnap] = useState<SoftmaxSnapshot | null>(null);
  const [history, setHistory] = useState<ClassifierRun['history']>({ step: [], mean: [] });
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  // The trainer starts on the labels of the moment (a relabelled example stays relabelled).
  const labelsNow = useRef(labels);
  useEffect(() => {
    labelsNow.current = labels;
  }, [labels]);

  // A new trainer for each optimizer, learning rate or reset.
  useEffect(() => {
    if (!math || !glyphs) return;
    let tr: SoftmaxTrainer;
    try {
      tr = math.createSoftmaxTrainer(
        {
          images: glyphs.images,
          labels: labelsNow.current.length ? labelsNow.current : glyphs.labels,
          classes: glyphs.classes.length,
        },
        { name: s.optimizer, lr: s.lr },
      );
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      void Promise.resolve().then(() => setError(message));
      return;
    }
    trainer.current = tr;
    void tr.evaluate().then((v) => {
      if (trainer.current !== tr) return;
      setError(null);
      setSnap(v);
      setHistory({ step: [0], mean: [v.mean] });
    });
    return () => {
      trainer.current = null;
      tr.dispose();
    };
  }, [math, glyphs, s.optimizer, s.lr, s.generation]);

  // Labels change (a prediction made wrong, or undone): same weights, new loss.
  useEffect(() => {
    const tr = trainer.current;
    if (!tr || labels.length === 0) return;
    tr.setLabels(labels);
    void tr.evaluate().then((v) => {
      if (trainer.current !== tr) return;
      setSnap(v);
      setHistory((h) => ({ step: [...h.step, v.step], mean: [...h.mean, v.mean] }));
    });
  }, [labels]);

  // Playing: a chunk of steps per frame until paused or MAX_STEPS.
  useEffect(() => {
    if (!s.playing) return;
    let live = true;
    let frame = 0;
    const tick = async () => {
      const tr = trainer.current;
      if (!live || !tr || busy.current) return;
      busy.current = true;
      try {
        const v = await tr.train(STEPS_PER_FRAME);
        if (!live || trainer.current !== tr) return;
        setSnap(v);
        setHistory((h) => ({ step: [...h.step, v.step], mean: [...h.mean, v.mean] }));
        if (v.step >= MAX_STEPS) return onStop();
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return onStop();
      } finally {
        busy.current = false;
      }
      if (live) frame = requestAnimationFrame(() => void tick());
    };
    frame = requestAnimationFrame(() => void tick());
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [s.playing, s.optimizer, s.lr, s.generation, onStop]);

  return { glyphs, labels, snap, history, error };
}
