// Undo and redo (header buttons, shortcuts) and the offline app's update notice.
export const offlineEn = {
  undo: 'Undo',
  redo: 'Redo',
  undoHint: 'Undo the last change ({{keys}})',
  redoHint: 'Redo the change undone ({{keys}})',
  history: 'Undo history',
  updateReady: 'A new version of losscape is ready.',
  reload: 'Reload',
} as const;
