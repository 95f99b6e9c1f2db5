// Explore's segmented control: the shared one, with Explore's styles.
import { Segmented as Shared, type SegmentedProps } from '../controls/Segmented';

export function Segmented<T extends string>(props: Omit<SegmentedProps<T>, 'classPrefix'>) {
  return <Shared {...props} classPrefix="ex-segmented" />;
}
