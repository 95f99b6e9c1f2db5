// One CSV line split into cells, RFC 4180 quotes honoured: a cell may be wrapped in double
// quotes ("1","2"), inside which separators are plain text and "" is one quote. Lines are read
// one by one (a number never spans lines). An unclosed quote keeps its text from the quote on,
// so the cell fails as a number and the caller names the line. (d3-dsv is not installed.)

/** Splits `line` at any character of `seps` outside quotes; quoted cells come back unquoted. */
export function splitCsvLine(line: string, seps: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    // Leading spaces before a quote are allowed, as spreadsheets write `1, "2"`.
    const start = i;
    while (line[i] === ' ') i++;
    if (line[i] === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) {
          text = line.slice(i); // unclosed: left as written
          j = line.length;
          break;
        }
        text += line.slice(j, q);
        if (line[q + 1] === '"') {
          text += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      // Text after the closing quote up to the separator stays in the cell (and fails later).
      let k = j;
      while (k < line.length && !seps.includes(line[k])) k++;
      cells.push(text + line.slice(j, k));
      i = k;
    } else {
      i = start;
      let k = i;
      while (k < line.length && !seps.includes(line[k])) k++;
      cells.push(line.slice(i, k));
      i = k;
    }
    i++; // past the separator (or past the end)
  }
  return cells;
}
