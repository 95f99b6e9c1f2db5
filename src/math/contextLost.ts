// The failure text of a lost WebGL context, in a module without tfjs so the shell can read it
// before (and without) loading the tfjs chunk.
export const CONTEXT_LOST = 'WebGL context lost';
