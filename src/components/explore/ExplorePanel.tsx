import { ComingPanel } from '../layout/ComingPanel';

/** The Explore tab (placeholder until the feature lands). */
export default function ExplorePanel() {
  return <ComingPanel tab="explore" />;
}
