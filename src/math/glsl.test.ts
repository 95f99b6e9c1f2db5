import { describe, expect, it } from 'vitest';
import { cosh, log, named, param, sub } from './expr';
import { glslFloat, paramsOf, toGlsl } from './glsl';
import { LOSSES } from './losses/registry';
import { modelElement } from './models';

describe('GLSL generation', () => {
  it('writes float literals GLSL accepts', () => {
    expect(glslFloat(2)).toBe('2.0');
    expect(glslFloat(1e-7)).toBe('1e-7');
    expect(glslFloat(-0.5)).toBe('(-5e-1)');
    expect(() => glslFloat(NaN)).toThrow();
  });

  it('generates an expression for every loss usable on a 1-D model, reading parameters as uniforms', () => {
    for (const def of LOSSES) {
      for (const model of ['linear', 'logistic'] as const) {
        let element;
        try {
          element = modelElement(def, model);
        } catch {
          continue; // not a model loss (cce, kl, poisson; bce on linear)
        }
        const code = toGlsl(element, { y: 'yk', yhat: 'z' });
        expect(code).toMatch(/\bz\b/);
        for (const p of def.params) expect(code).toContain(`p_${p.id}`);
        expect(paramsOf(element)).toEqual(def.params.map((p) => p.id).sort());
        // Balanced parentheses, and no JS-only syntax.
        expect(code.split('(').length).toBe(code.split(')').length);
        expect(code).not.toMatch(/Math\.|\*\*|undefined|NaN/);
      }
    }
  });

  it('writes huber as its comparison-free form', () => {
    const huber = LOSSES.find((l) => l.id === 'huber')!;
    expect(toGlsl(huber.element, { y: 'yk', yhat: 'z' })).toBe(
      '((5e-1 * (min(abs((z - yk)), p_delta) * min(abs((z - yk)), p_delta))) + (p_delta * (abs((z - yk)) - min(abs((z - yk)), p_delta))))',
    );
  });

  it('computes a named term as its definition, and cosh as GLSL cosh', () => {
    const e = named('e', sub('yhat', 'y'));
    expect(toGlsl(log(cosh(e)), { y: 'yk', yhat: 'z' })).toBe('log(cosh((z - yk)))');
    expect(paramsOf(named('d', param('delta')))).toEqual(['delta']);
  });
});
