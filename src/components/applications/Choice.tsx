// Applications' segmented control: the shared one, with Applications' styles.
import { Segmented, type SegmentedProps } from '../controls/Segmented';

export type ChoiceProps<T extends string> = Omit<SegmentedProps<T>, 'classPrefix'>;

export function Choice<T extends string>(props: ChoiceProps<T>) {
  return <Segmented {...props} classPrefix="ap-choice" />;
}
