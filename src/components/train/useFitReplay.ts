// The data chart's part of a replay painted outside React (replayPaint): each step's fit line and
// pulls, from the workspace channel's lineAt and the same geometry (fitPath, pullGeometry) that
// the chart renders with React on pause.
import { useRef } from 'react';
import type { Point } from '../../state/train/presets';
import { fitPath, pullGeometry, type Plot, type PullGeom } from './dataGeometry';
import { useReplayChannel, useReplayPaint } from './replayPaint';
import { paintFitLayer } from './svgPaint';

export interface FitDrawn {
  plot: Plot;
  points: Point[];
  held: boolean[];
  model: 'linear' | 'logistic' | 'mlp';
  /** What React rendered: the fit's d and the pulls. */
  fitD: string;
  pulls: PullGeom[];
}

/** The ref for the fit layer; `on`: the model draws a fit line (not the MLP). */
export function useFitReplay(on: boolean, drawn: FitDrawn) {
  const channel = useReplayChannel();
  const layer = useRef<SVGGElement>(null);
  useReplayPaint(
    on && channel,
    (step) => {
      const at = channel?.lineAt?.(step);
      if (!at) return;
      const { plot, points, held, model, pulls } = drawn;
      const fit = fitPath(at.fit, model, plot);
      paintFitLayer(
        layer.current,
        fit,
        pullGeometry(points, held, at.pull, at.fit, model, plot),
        pulls,
      );
    },
    () => paintFitLayer(layer.current, drawn.fitD, drawn.pulls, drawn.pulls),
  );
  return layer;
}
