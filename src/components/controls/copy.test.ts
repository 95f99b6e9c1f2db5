import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './copy';

describe('copyText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('writes the text and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await copyText('a link')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('a link');
  });

  it('answers false where there is no clipboard (insecure page)', async () => {
    vi.stubGlobal('navigator', {});
    expect(await copyText('x')).toBe(false);
  });

  it('answers false where the clipboard refuses (iframe without permission)', async () => {
    vi.stubGlobal('navigator', {
      clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    expect(await copyText('x')).toBe(false);
  });
});
