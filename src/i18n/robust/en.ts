// English strings of the robustness layer: refused numbers, failed chunk loads, backend loss,
// chart text alternatives.
export const robustEn = {
  number: {
    empty: 'Empty: enter a number.',
    notNumber:
      'Not a number: use digits, one decimal point (or comma) and an optional exponent, such as 0.5 or 1e-3.',
    notFinite: 'Too large: the value must be finite.',
    outOfRange: 'Out of range: allowed from {{min}} to {{max}}.',
    notInteger: 'Not a whole number: allowed whole numbers from {{min}} to {{max}}.',
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
