// The loss landscape's settings in the Train tab: serializable, in the URL (landscapeFields.ts),
// so a shared link opens the same view — grid size, heatmap or 3-D, what is compared, and the
// 3-D camera. Derived surfaces and runs are never stored.

export const GRID_SIZES = [64, 128, 256] as const;
export type GridSize = (typeof GRID_SIZES)[number];
export const COMPARE_IDS = ['none', 'optimizers', 'learningRates', 'momentum'] as const;
export type CompareId = (typeof COMPARE_IDS)[number];

/** The 3-D camera: azimuth and elevation in radians, and a zoom factor. */
export interface Camera {
  az: number;
  el: number;
  zoom: number;
}
export const CAMERA_LIMITS = { el: [-0.2, 1.5], zoom: [0.3, 4] } as const;

export interface LandscapeSettings {
  grid: GridSize;
  mode: '2d' | '3d';
  /** Runs compared with the current one on the same surface. */
  compare: CompareId;
  /** The same data under other losses, side by side. */
  losses: boolean;
  camera: Camera;
}

export const defaultLandscape = (): LandscapeSettings => ({
  grid: 128,
  mode: '2d',
  compare: 'none',
  losses: false,
  camera: { az: -0.7, el: 0.6, zoom: 1 },
});

const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The camera as stored: azimuth wrapped to (−π, π], elevation and zoom clamped, all rounded to
 * two decimals (a link stays short, and a drag frame that changes nothing visible writes
 * nothing). Non-finite parts keep the previous value.
 */
export function normalCamera(c: Partial<Camera>, prev: Camera): Camera {
  const ok = (v: number | undefined, p: number) => (Number.isFinite(v) ? (v as number) : p);
  let az = ok(c.az, prev.az) % (2 * Math.PI);
  if (az > Math.PI) az -= 2 * Math.PI;
  if (az <= -Math.PI) az += 2 * Math.PI;
  return {
    az: round2(az),
    el: round2(clamp(ok(c.el, prev.el), CAMERA_LIMITS.el)),
    zoom: round2(clamp(ok(c.zoom, prev.zoom), CAMERA_LIMITS.zoom)),
  };
}

/** Applies a patch, refusing values outside each setting's domain (they keep the old value). */
export function patchLandscape(
  s: LandscapeSettings,
  p: Partial<LandscapeSettings>,
): LandscapeSettings {
  return {
    grid: GRID_SIZES.includes(p.grid as GridSize) ? (p.grid as GridSize) : s.grid,
    mode: p.mode === '2d' || p.mode === '3d' ? p.mode : s.mode,
    compare: COMPARE_IDS.includes(p.compare as CompareId) ? (p.compare as CompareId) : s.compare,
    losses: typeof p.losses === 'boolean' ? p.losses : s.losses,
    camera: p.camera ? normalCamera(p.camera, s.camera) : s.camera,
  };
}
