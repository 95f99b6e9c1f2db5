// `hide=a,b`: a control whose id the link lists is not rendered (TensorFlow Playground's
// classroom mode). One hook and one wrapper; each control is wrapped where it is used.
import type { ReactNode } from 'react';
import { useAppStore } from '../../state/StoreProvider';
import type { ControlId } from '../../state/lesson/controls';

export function useHidden(id: ControlId): boolean {
  return useAppStore((s) => s.lesson.hide.includes(id));
}

export function Lockable({ id, children }: { id: ControlId; children: ReactNode }) {
  return useHidden(id) ? null : children;
}
