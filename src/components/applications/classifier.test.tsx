import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../charts/svgSnapshot';
import { ClassifierControls, type ClassifierControlsProps } from './ClassifierControls';
import { CLASSIFIER_LRS, mostConfident } from './classifierView';

describe('mostConfident', () => {
  it('picks the example whose true class has the highest probability', () => {
    const probs = [
      [0.6, 0.4],
      [0.1, 0.9],
      [0.95, 0.05],
    ];
    expect(mostConfident(probs, [0, 1, 1])).toBe(1); // 0.6, 0.9, 0.05
    expect(mostConfident(probs, [0, 0, 0])).toBe(2); // 0.6, 0.1, 0.95
  });

  it('the first of a tie, and −1 with no example', () => {
    expect(
      mostConfident(
        [
          [0.5, 0.5],
          [0.5, 0.5],
        ],
        [1, 0],
      ),
    ).toBe(0);
    expect(mostConfident([], [])).toBe(-1);
  });
});

const noop = () => undefined;
const actions = { setClassifier: noop, resetClassifier: noop, setWrong: noop };
const controls = (
  p: Omit<Partial<ClassifierControlsProps>, 's'> & { s?: Partial<ClassifierControlsProps['s']> },
) =>
  renderMarkup(
    <ClassifierControls
      s={{ optimizer: 'adam', lr: 0.1, wrong: null, playing: false, ...p.s }}
      a={actions}
      ready={p.ready ?? true}
      done={p.done ?? false}
      makeWrong={noop}
    />,
  );
/** The opening tag of the element with this test id. */
const tag = (html: string, id: string) =>
  new RegExp(`<[^>]*data-testid="${id}"[^>]*>`).exec(html)?.[0] ?? '';

describe('ClassifierControls', () => {
  it('Train until a snapshot is in is disabled; at the last step too, unless playing', () => {
    expect(tag(controls({ ready: false }), 'clf-train')).toContain('disabled');
    expect(tag(controls({}), 'clf-train')).not.toContain('disabled');
    expect(tag(controls({ done: true }), 'clf-train')).toContain('disabled');
    expect(tag(controls({ done: true, s: { playing: true } }), 'clf-train')).not.toContain(
      'disabled',
    );
  });

  it('says Train or Pause', () => {
    expect(controls({})).toMatch(/data-testid="clf-train"[^>]*>Train</);
    expect(controls({ s: { playing: true } })).toMatch(/data-testid="clf-train"[^>]*>Pause</);
  });

  it('offers every learning rate and both optimizers, with the current ones selected', () => {
    const html = controls({ s: { lr: 0.5, optimizer: 'sgd' } });
    const lrs = [...html.matchAll(/<option value="([\d.]+)"( selected="")?>/g)];
    expect(lrs.map((m) => Number(m[1]))).toEqual(CLASSIFIER_LRS);
    expect(lrs.filter((m) => m[2]).map((m) => m[1])).toEqual(['0.5']);
    expect(html).toMatch(/<option value="sgd" selected="">SGD<\/option><option value="adam">Adam/);
    expect(html).toContain('<span>Learning rate</span>');
    expect(html).toContain('<span>Optimizer</span>');
  });

  it('one relabel button: make one wrong, or put the true label back', () => {
    const fresh = controls({});
    expect(fresh).toContain('Make a confident prediction wrong');
    expect(fresh).not.toContain('clf-undo-wrong');
    expect(tag(controls({ ready: false }), 'clf-wrong')).toContain('disabled');
    const wrong = controls({ s: { wrong: 3 } });
    expect(wrong).toContain('Restore the true label');
    expect(wrong).not.toContain('data-testid="clf-wrong"');
  });
});
