import { describe, expect, it } from 'vitest';
import { abbreviateRenderer } from './abbreviateRenderer';

describe('abbreviateRenderer', () => {
  it.each([
    [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'SwiftShader',
    ],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', 'llvmpipe'],
    [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002504) Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'NVIDIA GeForce RTX 3060',
    ],
    ['ANGLE (Apple, ANGLE Metal Renderer: Apple M1, Unspecified Version)', 'Apple M1'],
    ['Apple GPU', 'Apple GPU'],
  ])('%s → %s', (input, short) => {
    expect(abbreviateRenderer(input)).toBe(short);
  });

  it('caps long names with an ellipsis', () => {
    const out = abbreviateRenderer('Mesa Intel(R) UHD Graphics 620 (KBL GT2) with a long tail');
    expect(out.length).toBeLessThanOrEqual(32);
    expect(out.endsWith('…')).toBe(true);
  });
});
