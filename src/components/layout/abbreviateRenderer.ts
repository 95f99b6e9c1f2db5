// WebGL renderer strings are long ("ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device
// (Subzero) (0x0000C0DE)), SwiftShader driver)"): the status bar shows a short name and keeps
// the full string in a tooltip.
const KNOWN: [RegExp, string][] = [
  [/swiftshader/i, 'SwiftShader'],
  [/llvmpipe/i, 'llvmpipe'],
  [/softpipe/i, 'softpipe'],
];
const MAX = 32;

function stripNoise(s: string): string {
  return s
    .replace(/\s*\(0x[0-9a-f]+\)/gi, '') // PCI ids
    .replace(/\s*Direct3D\S*.*$/i, '') // "Direct3D11 vs_5_0 ps_5_0"
    .replace(/^ANGLE \w+ Renderer:\s*/i, '') // "ANGLE Metal Renderer: Apple M1"
    .trim();
}

export function abbreviateRenderer(renderer: string): string {
  for (const [re, name] of KNOWN) if (re.test(renderer)) return name;
  // "ANGLE (vendor, renderer, driver)": the renderer is the informative part.
  const angle = /^ANGLE \((.*)\)$/.exec(renderer.trim());
  const parts = angle ? angle[1].split(', ') : [renderer];
  const name = stripNoise(parts.length > 1 ? parts[1] : parts[0]) || renderer.trim();
  return name.length > MAX ? `${name.slice(0, MAX - 1)}…` : name;
}
