import { ComingPanel } from '../layout/ComingPanel';

/** The Train tab (placeholder until the feature lands). */
export default function TrainPanel() {
  return <ComingPanel tab="train" />;
}
