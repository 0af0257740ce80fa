/*
 * SetSafe's service worker: keeps the pages a person needs today on their phone, so a dead spot on a ranch or in a
 * canyon does not leave them with a spinner. Written by hand (no build step, no network at build time).
 *
 * - The app's own files (style, scripts, icons) are kept once and served from the phone.
 * - Pages and the call sheet's PDF are asked of the server first; what it answers is kept, with the moment it was
 *   seen, and shown from the phone only when the server cannot be reached. A page shown from the phone carries that
 *   moment, and the page's script says how old it is.
 * - Nothing is kept of the sign-in page, the API, anonymous reporters' pages (nothing of them stays on a phone),
 *   the htmx parts a page asks for while open, or any answer that is not a plain 200 of SetSafe itself.
 * - The kept pages belong to one person: the page's script empties them when that person signs out or another
 *   person signs in on the phone (see offline.js).
 * - POSTs are never touched here: an action without signal is kept by the page's script, with its key and the
 *   phone's time, and shown as not yet recorded until the server answers.
 */
const SHELL = 'setsafe-shell-v1';
const PAGES = 'setsafe-pages-v1';
const SHELL_FILES = ['/css/setsafe.css', '/js/offline.js', '/webjars/htmx.org/2.0.4/dist/htmx.min.js',
  '/manifest.json', '/img/setsafe-192.png', '/img/setsafe-512.png'];
const NEVER_KEPT = [/^\/login/, /^\/logout/, /^\/api\//, /^\/actuator\//, /^\/public\//, /^\/sw\.js$/,
  /\/changes$/, /\/admin\//];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(SHELL).then(cache => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(names => Promise.all(names.filter(n => n !== SHELL && n !== PAGES).map(n => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', event => {
  const message = event.data || {};
  if (message.type === 'forget') {
    // Sign-out, or another person on this phone: nothing of the last person's pages stays.
    event.waitUntil(caches.delete(PAGES));
  } else if (message.type === 'keep' && Array.isArray(message.urls)) {
    event.waitUntil(keepAll(message.urls.slice(0, 60)));
  }
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (SHELL_FILES.includes(url.pathname)) {
    event.respondWith(caches.match(request, {cacheName: SHELL}).then(kept => kept || fetch(request)));
    return;
  }
  if (NEVER_KEPT.some(p => p.test(url.pathname)) || request.headers.get('HX-Request')) {
    return;
  }
  event.respondWith(fromServerElseKept(request));
});

async function fromServerElseKept(request) {
  try {
    const answer = await fetch(request);
    if (keepable(answer)) {
      const copy = await stamped(answer.clone());
      const cache = await caches.open(PAGES);
      await cache.put(request.url, copy);
    }
    return answer;
  } catch (noSignal) {
    const kept = await caches.match(request.url, {cacheName: PAGES});
    if (kept) {
      return shownFromThePhone(kept);
    }
    const wanted = new URL(request.url);
    if (request.mode === 'navigate' || (request.headers.get('Accept') || '').includes('text/html')) {
      return notKeptPage(wanted.pathname);
    }
    throw noSignal;
  }
}

/** Only SetSafe's own plain answers: not a redirect to the sign-in page, not an error. */
function keepable(answer) {
  if (!answer || answer.status !== 200 || answer.type !== 'basic' || answer.redirected) {
    return false;
  }
  const type = answer.headers.get('Content-Type') || '';
  return type.startsWith('text/html') || type.startsWith('application/pdf');
}

async function stamped(answer) {
  const headers = new Headers(answer.headers);
  headers.set('SetSafe-Seen-At', new Date().toISOString());
  return new Response(await answer.blob(), {status: answer.status, statusText: answer.statusText, headers});
}

/** A kept page says when it was seen: the page's script shows its age ("as it was 12 min ago"). */
async function shownFromThePhone(kept) {
  const seenAt = kept.headers.get('SetSafe-Seen-At') || '';
  const type = kept.headers.get('Content-Type') || '';
  if (!type.startsWith('text/html')) {
    return kept;
  }
  const html = await kept.text();
  const marked = html.replace('<head>', '<head>\n  <meta name="setsafe-kept-at" content="' + seenAt + '">');
  const headers = new Headers(kept.headers);
  headers.delete('Content-Length');
  return new Response(marked, {status: 200, headers});
}

function notKeptPage(path) {
  const body = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1">'
    + '<title>No signal - SetSafe</title><link rel="stylesheet" href="/css/setsafe.css">'
    + '<script src="/js/offline.js" defer></script></head><body>'
    + '<header class="bar"><a class="brand" href="/">SetSafe</a></header>'
    + '<main id="main"><h1>No signal</h1><p data-testid="not-kept">This page was not kept on this phone, so it cannot be '
    + 'shown without signal. Today\'s pages you opened with signal are kept: go back to them.</p>'
    + '<p>To stop work, call "STOP" aloud now.</p></main></body></html>';
  return new Response(body, {status: 503, headers: {'Content-Type': 'text/html; charset=utf-8'}});
}

async function keepAll(urls) {
  const cache = await caches.open(PAGES);
  for (const url of urls) {
    try {
      const u = new URL(url, self.location.origin);
      if (u.origin !== self.location.origin || NEVER_KEPT.some(p => p.test(u.pathname))) {
        continue;
      }
      const answer = await fetch(u.href, {credentials: 'same-origin'});
      if (keepable(answer)) {
        await cache.put(u.href, await stamped(answer));
      }
    } catch (noSignal) {
      return;
    }
  }
}
