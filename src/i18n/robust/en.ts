// English strings of the robustness layer: refused numbers, failed chunk loads, backend loss,
// chart text alternatives.
export const robustEn = {
  number: {
    empty: 'Empty: enter a number.',
    notNumber: 'Not a number (e.g. 0.5, 1e-3).',
    notFinite: 'Too large.',
    outOfRange: 'Allowed: {{min}} to {{max}}.',
    notInteger: 'A whole number, {{min}} to {{max}}.',
    kept: 'Still using {{last}}.',
  },
  paste: {
    taken: 'Pasted {{n}} rows.',
    limit:
      'The table holds at most {{max}} rows: took the first {{n}} of the {{total}} pasted rows; the rest were left out.',
    refused: 'Nothing pasted: line {{line}}: {{reason}}.',
    columns: 'each line needs two values, y and ŷ, split by a tab, a semicolon or a comma',
  },
  chunk: {
    title: 'Part of the app could not be downloaded ({{what}}).',
    hint: 'The connection may have dropped. Nothing you entered is lost.',
    retry: 'Retry',
  },
  backendLost:
    'The {{from}} backend stopped working (WebGL context lost); computing continues on {{to}}.',
  backendLostFailed:
    'The {{from}} backend stopped working (WebGL context lost) and no other backend could start.',
} as const;
