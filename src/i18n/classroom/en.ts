// Classroom: presentation mode and the printed page.
export const classroomEn = {
  present: 'Present',
  presentTitle: 'Presentation mode: large type, high contrast, no chrome (P)',
  exit: 'Exit presentation',
  exitTitle: 'Leave presentation mode (Esc or P)',
  entered: 'Presentation mode. Press Esc or P to leave.',
  left: 'Presentation mode left.',
  printedOn: 'Printed from losscape',
  limitMax: 'max {{value}}',
  limitMin: 'min {{value}}',
};
