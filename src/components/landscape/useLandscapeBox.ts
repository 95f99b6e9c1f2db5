import { useSize } from '../charts/useSize';

/** The legend goes beside the plot when the stage is at least this wide, else under it. */
const SIDE_LEGEND_MIN = 480;
const SIDE_LEGEND_W = 150;

/**
 * The plot's size from the box the layout gives: the section's width (capped at 720), or with
 * `fill` the stage's width and height; the paths' legend beside it when there is room.
 */
export function useLandscapeBox(paths: number, fill: boolean) {
  const [sizeRef, size] = useSize<HTMLDivElement>({ width: 520, height: 420 });
  const [stageRef, stage] = useSize<HTMLDivElement>({ width: 520, height: 420 });
  const legendSide = paths > 1 && (fill ? stage.width : size.width) >= SIDE_LEGEND_MIN;
  const room = (fill ? stage.width : Math.min(size.width, 720)) - (legendSide ? SIDE_LEGEND_W : 0);
  const width = Math.max(220, room);
  const height = fill
    ? Math.max(200, stage.height)
    : Math.round(Math.min(520, Math.max(280, width * 0.78)));
  return { sizeRef, stageRef, legendSide, width, height };
}
