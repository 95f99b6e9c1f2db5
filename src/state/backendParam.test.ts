import { describe, expect, it } from 'vitest';
import { parseBackendParam } from './backendParam';

describe('parseBackendParam', () => {
  it.each(['webgl', 'wasm', 'cpu'] as const)('forces %s', (name) => {
    expect(parseBackendParam(`?backend=${name}`)).toEqual({ force: name });
  });
  it('accepts any case', () => {
    expect(parseBackendParam('?backend=WASM')).toEqual({ force: 'wasm' });
  });
  it('is auto when absent, empty or "auto"', () => {
    expect(parseBackendParam('')).toEqual({});
    expect(parseBackendParam('?backend=')).toEqual({});
    expect(parseBackendParam('?backend=auto&x=1')).toEqual({});
  });
  it('reports an invalid value and chooses automatically', () => {
    expect(parseBackendParam('?backend=webgpu')).toEqual({ invalid: 'webgpu' });
  });
  it('truncates a long invalid value', () => {
    expect(parseBackendParam(`?backend=${'x'.repeat(100)}`).invalid).toHaveLength(40);
  });
});

describe('parseBackendParam for the surface worker', () => {
  it('reads ?surface= independently of ?backend=', () => {
    expect(parseBackendParam('?backend=wasm&surface=cpu', 'surface')).toEqual({ force: 'cpu' });
    expect(parseBackendParam('?backend=wasm', 'surface')).toEqual({});
  });
});
