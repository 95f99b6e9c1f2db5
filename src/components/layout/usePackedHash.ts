import { useEffect, useState } from 'react';
import { packHash } from '../../state/url/pack';

/**
 * A state's hash as links hand it out (Share, Embed, Open in losscape): packed once the
 * compression stream has made it when the state is large (`packHash`), else itself; `null`
 * until that is known, and for ''. Packing is async; a newer hash makes an older result stale.
 */
export function usePackedHash(plain: string): string | null {
  const [done, setDone] = useState<{ plain: string; packed: string } | null>(null);
  useEffect(() => {
    if (!plain) return;
    let live = true;
    void packHash(plain).then((packed) => live && setDone({ plain, packed }));
    return () => {
      live = false;
    };
  }, [plain]);
  return plain && done?.plain === plain ? done.packed : null;
}
