// The part of jsfive (a pure-JS HDF5 reader, no install scripts) that h5Landscape.ts uses.
declare module 'jsfive' {
  export class Dataset {
    readonly shape: number[];
    readonly dtype: string | unknown;
    readonly value: ArrayLike<number> | string[] | unknown;
  }
  export class Group {
    readonly keys: string[];
    get(path: string): Dataset | Group | undefined;
  }
  export class File extends Group {
    constructor(buffer: ArrayBuffer, filename?: string);
  }
}
