// The postMessage protocol of an embedded view (`embed=1`), version 1. The embedding page
// sends `{ losscape: 1, id?, type, … }`; every message is validated with zod, and a message
// that claims to be ours but is not valid gets an error reply, never a throw. Whether a sender
// may command the view at all (its origin) is decided before this module (useEmbedApi.ts).
// Pure over the store: no window, no DOM.
import { z } from 'zod/mini';
import type { AppStore } from '../state/store';
import { urlPatch } from '../state/url/apply';
import { MAX_STATE_CHARS, splitHash } from '../state/url/codec';
import { decodeHash, draftOf, encodeHash, type Decoded } from '../state/url/urlState';
import { isTabId } from '../state/tabs';
import { liveRun } from './liveRun';

export const PROTOCOL_VERSION = 1;
export const MESSAGE_TYPES = [
  'hello',
  'getState',
  'setState',
  'play',
  'pause',
  'step',
  'getLoss',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];
export const MAX_STEPS_PER_MESSAGE = 100_000;

const id = z.optional(z.union([z.string().check(z.maxLength(64)), z.int()]));
const msg = <T extends MessageType, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ losscape: z.literal(PROTOCOL_VERSION), id, type: z.literal(type), ...shape });

const Request = z.discriminatedUnion('type', [
  msg('hello', {}),
  msg('getState', {}),
  msg('setState', { hash: z.string().check(z.maxLength(MAX_STATE_CHARS)) }),
  msg('play', {}),
  msg('pause', {}),
  msg('step', { steps: z.optional(z.int().check(z.gte(1), z.lte(MAX_STEPS_PER_MESSAGE))) }),
  msg('getLoss', {}),
]);
export type Request = z.infer<typeof Request>;

export type ErrorCode =
  | 'unsupportedVersion'
  | 'unknownType'
  | 'invalidMessage'
  | 'wrongView'
  | 'notReady'
  | 'rateLimited';

export type Reply = { losscape: 1; id?: string | number; type: string } & Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a message claims to be ours: others (from other scripts on the page) are ignored. */
export const isOurs = (data: unknown): data is Record<string, unknown> =>
  isObject(data) && 'losscape' in data;

/** The message's id as the protocol reads it (undefined when absent or not a valid id). */
export const safeId = (data: Record<string, unknown>): string | number | undefined => {
  const r = id.safeParse(data.id);
  return r.success ? r.data : undefined;
};

export function errorReply(idv: string | number | undefined, error: ErrorCode, message: string) {
  const r: Reply = { losscape: PROTOCOL_VERSION, type: 'error', error, message };
  if (idv !== undefined) r.id = idv;
  return r;
}

/** Validates one message; the reply to send, or null when the message is not ours. */
export function handleMessage(store: AppStore, data: unknown): Reply | null {
  if (!isOurs(data)) return null;
  const rid = safeId(data);
  if (data.losscape !== PROTOCOL_VERSION)
    return errorReply(rid, 'unsupportedVersion', `this view speaks losscape: ${PROTOCOL_VERSION}`);
  if (!(MESSAGE_TYPES as readonly unknown[]).includes(data.type))
    return errorReply(rid, 'unknownType', `type must be one of ${MESSAGE_TYPES.join(', ')}`);
  const parsed = Request.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.map(String).join('.') : 'message';
    return errorReply(rid, 'invalidMessage', `${where}: ${issue?.message ?? 'invalid'}`);
  }
  const req = parsed.data;
  const body = run(store, req);
  const out: Reply = { losscape: PROTOCOL_VERSION, type: req.type, ...body };
  if (req.id !== undefined) out.id = req.id;
  return out;
}

function run(store: AppStore, req: Request): Record<string, unknown> {
  switch (req.type) {
    case 'hello':
      return {
        ok: true,
        version: PROTOCOL_VERSION,
        types: MESSAGE_TYPES,
        tab: store.getState().tab,
      };
    case 'getState':
      return { ok: true, hash: encodeHash(draftOf(store.getState())) };
    case 'setState':
      return setState(store, req.hash);
    default:
      return transport(store, req);
  }
}

/** Why a hash is not a view's state at all (then nothing is applied), or null. */
export function hashProblem(hash: string, dec: Decoded): string | null {
  const split = splitHash(hash);
  if (split.path === null) return 'the hash must start with #/ and a view (#/explore, #/train, …)';
  if (split.path !== '' && !isTabId(split.path)) return `unknown view "${split.path.slice(0, 24)}"`;
  if (dec.ignored.includes('url')) return `the hash is longer than ${MAX_STATE_CHARS} characters`;
  if (dec.ignored.includes('v')) return 'unsupported version (v)';
  if (split.broken.length) return `"${split.broken[0]}" is not key=value`;
  const keys = split.pairs.map(([k]) => k).filter((k) => k !== 'v');
  if (keys.length > 0 && keys.every((k) => dec.ignored.includes(k.slice(0, 24))))
    return `no key of the hash is valid (${keys.slice(0, 5).join(', ')})`;
  return null;
}

/** Applies a URL-state hash through the URL reader, so nothing bypasses its validation. A hash
 * that is not a state at all is refused whole and the view stays as it was. */
function setState(store: AppStore, hash: string): Record<string, unknown> {
  const h = hash.startsWith('#') ? hash : `#${hash}`;
  const dec = decodeHash(h);
  const problem = hashProblem(h, dec);
  if (problem) return { ok: false, reason: problem, hash: encodeHash(draftOf(store.getState())) };
  const cur = store.getState();
  // The embedder's allow-list is fixed for the frame's life: a message cannot widen it.
  dec.draft.lesson.origins = cur.lesson.origins;
  dec.draft.embed = cur.embed;
  store.setState(urlPatch(cur, dec, true));
  return { ok: true, hash: encodeHash(draftOf(store.getState())), ignored: dec.ignored };
}

function transport(store: AppStore, req: Request): Record<string, unknown> {
  const s = store.getState();
  if (s.tab !== 'train')
    return { type: 'error', error: 'wrongView', message: `${req.type} needs the train view` };
  const live = liveRun(store);
  if (!live) return { type: 'error', error: 'notReady', message: 'the run is still computing' };
  const last = live.loss.length - 1;
  const a = s.trainActions;
  if (req.type === 'play') {
    if (s.trainRuntime.step >= last) a.setStep(0);
    a.setPlaying(true);
  } else if (req.type === 'pause') a.setPlaying(false);
  else if (req.type === 'step') {
    a.setPlaying(false);
    a.setStep(Math.min(last, Math.min(s.trainRuntime.step, last) + (req.steps ?? 1)));
  }
  const t = store.getState().trainRuntime;
  const step = Math.min(t.step, last);
  return {
    ok: true,
    step,
    last,
    epoch: step / live.stepsPerEpoch,
    loss: live.loss[step],
    playing: t.playing,
  };
}
