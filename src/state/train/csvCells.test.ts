import { describe, expect, it } from 'vitest';
import { splitCsvLine } from './csvCells';

describe('splitCsvLine', () => {
  it.each([
    ['1,2', ['1', '2']],
    ['"1","2"', ['1', '2']],
    ['"1,5";"2"', ['1,5', '2']],
    [' "a ""b""" ,c', ['a "b" ', 'c']],
    ['1,,2', ['1', '', '2']],
    ['1,', ['1', '']],
    ['"open,2', ['"open,2']],
    ['"1"x,2', ['1x', '2']],
    ['', ['']],
  ])('%j → %j', (line, cells) => {
    expect(splitCsvLine(line, ',;\t')).toEqual(cells);
  });
});
