// The Train run a Train figure shows (linear or logistic regression): the Train tab's own
// session (useLineSession: the same plan, run and replayed step), published to the embed API so
// the course page can play and step it. Space is the course page's, so it does not toggle play.
import { useLineSession } from '../train/useLineSession';

export function useLineTrain() {
  return useLineSession();
}
