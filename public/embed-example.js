// The course page's side of losscape's postMessage API (protocol version 1; see README.md,
// "Embedding"). Loaded from its own file: the page needs no inline script, so it works under
// `script-src 'self'`. Every message from a frame is checked: it must come from one of this
// page's losscape frames (event.source) at the app's origin (event.origin); numbers received
// are written with textContent, never as HTML.
(() => {
  'use strict';
  const frames = [...document.querySelectorAll('iframe')];
  const driven = document.getElementById('driven');
  const lossOut = document.getElementById('driven-loss');
  const statusOut = document.getElementById('driven-status');
  const buttons = [...document.querySelectorAll('.driver button[data-cmd]')];

  // The driven frame's src: its data-src plus this page's origin on the allow-list. (A page
  // opened from a file has the origin "null", which no allow-list accepts: serve it over http.)
  if (driven) {
    const src = new URL(driven.dataset.src || '', document.baseURI);
    src.hash += `&origins=${encodeURIComponent(window.location.origin)}`;
    driven.src = src.href;
  }
  const originOf = (frame) => {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  };

  let nextId = 1;
  let poll = null;
  // Requests by id, so a command answered "notReady" (the view is still training) is sent again
  // rather than lost: three clicks on Step are three steps, however busy the frame is.
  const pending = new Map();
  const send = (type, extra) => {
    if (!driven || !driven.contentWindow) return;
    const id = nextId++;
    pending.set(id, { type, extra });
    driven.contentWindow.postMessage({ losscape: 1, id, type, ...extra }, originOf(driven));
  };
  const showLoss = (m) => {
    const loss = Number.isFinite(m.loss) ? Number(m.loss).toPrecision(4) : String(m.loss);
    lossOut.textContent = `Loss: ${loss} (epoch ${Number(m.epoch).toFixed(0)} of ${m.last})`;
    lossOut.dataset.loss = String(m.loss);
    lossOut.dataset.step = String(m.step);
  };
  const setPolling = (on) => {
    if (on && poll === null) poll = setInterval(() => send('getLoss'), 250);
    if (!on && poll !== null) {
      clearInterval(poll);
      poll = null;
    }
  };

  window.addEventListener('message', (e) => {
    const frame = frames.find((f) => f.contentWindow === e.source);
    if (!frame || e.origin !== originOf(frame)) return;
    const m = e.data;
    if (!m || typeof m !== 'object' || m.losscape !== 1) return;
    if (m.type === 'resize' && Number.isFinite(m.height) && m.height > 0) {
      // Auto-height, where the page asked for it: the frame as tall as its content (within
      // reason). Other frames keep the height reserved for them.
      if (!('autoheight' in frame.dataset)) return;
      frame.style.height = `${Math.min(4000, Math.max(200, Math.ceil(m.height)))}px`;
      frame.dataset.reportedHeight = String(m.height);
      return;
    }
    if (frame !== driven) return;
    const request = pending.get(m.id);
    pending.delete(m.id);
    if (m.type === 'ready') {
      buttons.forEach((b) => (b.disabled = !m.commands));
      send('getLoss');
    } else if (m.type === 'error') {
      statusOut.textContent = m.error === 'notReady' ? 'Computing…' : `Error: ${m.message}`;
      if (m.error === 'notReady')
        setTimeout(() => send(request ? request.type : 'getLoss', request && request.extra), 300);
    } else if ('loss' in m) {
      statusOut.textContent = m.playing ? 'Playing' : '';
      showLoss(m);
      setPolling(Boolean(m.playing));
    }
  });

  for (const b of buttons) b.addEventListener('click', () => send(b.dataset.cmd));
})();
