/*
 * SetSafe on a phone without signal. Installs the service worker (sw.js) that keeps today's pages, and keeps the
 * crew's safety actions on the phone while there is no signal: a hazard report (named or anonymous), stop-work, a
 * meeting's or bulletin's acknowledgment, a witnessed show-clear, the armorer's custody steps.
 *
 * One bar: the phone may say it is online while a request cannot get through. So a keepable form is always sent by
 * this script, with signal too (with its key, so that sending it again never records it twice): if the request fails
 * or SetSafe has not answered within ONE_BAR_PATIENCE_MS, the action is kept exactly as without signal; if SetSafe
 * answers, its answer is shown as the page it is, and the form is never sent a second time.
 *
 * Never pretends: a kept action is shown as NOT YET RECORDED until the server has answered it. Each is kept in
 * IndexedDB with a key made on the phone (Idempotency-Key: sent again and again, it is recorded once) and the phone's
 * time (SetSafe-Phone-Time: recorded beside the server's, never judged by). A refusal when it arrives (the show-clear
 * lapsed, work was stopped meanwhile, another phone changed the weapon first) is shown loudly with its reason.
 *
 * Never under another person's name: each kept action carries the account that made it and is sent only while that
 * account is signed in; the kept pages are emptied when a person signs out or another signs in.
 */
(function () {
  'use strict';

  const DB_NAME = 'setsafe-offline';
  const KEPT = 'kept';
  const ACCOUNT_KEY = 'setsafe-offline-account';
  const KEPT_PAGES_AT = 'setsafe-offline-pages-kept-at';
  const RECORDED_NOW = 'setsafe-offline-recorded';

  /**
   * How long a form sent with signal waits for SetSafe's answer before the phone keeps it instead. With one bar the
   * phone says it is online, yet a request can hang for a minute before it fails; a person in the middle of a scene
   * does not watch a spinner that long, and must not walk away from an action that is neither recorded nor kept.
   * A working but slow connection answers a form in a few seconds; 15 s still leaves the action kept while the person
   * is looking at the phone. Giving up early is safe: the kept action is sent again with the same Idempotency-Key, so
   * one that did reach SetSafe is recorded once.
   */
  const ONE_BAR_PATIENCE_MS = 15000;

  /** The actions a phone keeps, by the address the form posts to. */
  const KEEPABLE = [
    {re: /^\/productions\/[^/]+\/reports$/, what: 'Hazard report'},
    {re: /^\/productions\/[^/]+\/stop-work$/, what: 'Stop-work', stop: true},
    {re: /^\/productions\/[^/]+\/briefing\/meetings\/[^/]+\/acknowledge$/, what: 'Safety meeting acknowledged'},
    {re: /^\/productions\/[^/]+\/briefing\/bulletins\/[^/]+\/acknowledgment$/, what: 'Bulletin acknowledged'},
    {re: /^\/productions\/[^/]+\/custody\/weapons\/[^/]+\/show-clear\/confirm$/, what: 'I saw it shown clear'},
    {re: /^\/productions\/[^/]+\/custody\/weapons\/[^/]+\/show-load\/confirm$/, what: 'I saw its load'},
    {re: /^\/productions\/[^/]+\/custody\/weapons\/[^/]+\/show-clear\/refuse$/, what: 'I did not see it clear'},
    {re: /^\/productions\/[^/]+\/custody\/weapons\/([^/]+)\/(receive|inspect|show-clear|show-load|issue|return|lock-up|unlock)$/,
      what: 'Custody step', custody: true},
    {re: /^\/public\/report\/[^/]+$/, what: 'Anonymous hazard report', anonymous: true},
  ];

  /** Today's pages a person may need without signal, as the dashboard links them (kept, never anything else). */
  const TODAYS_PAGES = new RegExp('^(/custody|/custody/confirmations|/custody/weapons/[^/]+|/reports/new|/stop-work'
    + '|/briefing/meetings|/briefing/meetings/[^/]+/acknowledge|/briefing/bulletins|/locations'
    + '|/schedule/days/[^/]+/safety-sheet(\\.pdf)?|/schedule/scenes/[^/]+|/protocol/scenes/[^/]+/plan)$');

  const account = (document.querySelector('meta[name="setsafe-account"]') || {}).content || null;
  const anonymousPage = location.pathname.startsWith('/public/');

  // ---- the service worker and the kept pages ----

  if ('serviceWorker' in navigator && !anonymousPage) {
    navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(() => {});
  }

  function toWorker(message) {
    if (!('serviceWorker' in navigator)) {
      return Promise.resolve();
    }
    return navigator.serviceWorker.ready.then(reg => reg.active && reg.active.postMessage(message));
  }

  async function forgetPages() {
    if ('caches' in window) {
      await caches.delete('setsafe-pages-v1');
    }
    localStorage.removeItem(KEPT_PAGES_AT);
    await toWorker({type: 'forget'});
  }

  /** Another person on this phone: the last person's kept pages go (their kept actions stay, held for them). */
  async function samePersonOrForget() {
    if (!account) {
      return;
    }
    const before = localStorage.getItem(ACCOUNT_KEY);
    if (before && before !== account) {
      await forgetPages();
    }
    localStorage.setItem(ACCOUNT_KEY, account);
  }

  /** Today's pages, kept while there is signal: the dashboard's links (call sheet, plans, meetings, contacts...). */
  function keepTodaysPages(force) {
    if (!account || !navigator.onLine) {
      return;
    }
    const last = Number(localStorage.getItem(KEPT_PAGES_AT) || 0);
    if (!force && Date.now() - last < 10 * 60 * 1000) {
      return;
    }
    const production = location.pathname.match(/^\/productions\/[0-9a-fA-F-]{36}/);
    if (!production) {
      return;
    }
    const urls = new Set([location.pathname, production[0], production[0] + '/custody',
      production[0] + '/custody/confirmations', production[0] + '/reports/new', production[0] + '/stop-work']);
    document.querySelectorAll('main a[href]').forEach(a => {
      const u = new URL(a.getAttribute('href'), location.href);
      if (u.origin === location.origin && u.pathname.startsWith(production[0])
          && TODAYS_PAGES.test(u.pathname.slice(production[0].length))) {
        urls.add(u.pathname + u.search);
        if (u.pathname.endsWith('/safety-sheet')) {
          urls.add(u.pathname + '.pdf');
        }
      }
    });
    localStorage.setItem(KEPT_PAGES_AT, String(Date.now()));
    toWorker({type: 'keep', urls: Array.from(urls)});
  }

  // ---- the phone's store of kept actions ----

  function db() {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(KEPT, {keyPath: 'key'});
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  }

  async function tx(mode, work) {
    const database = await db();
    return new Promise((resolve, reject) => {
      const t = database.transaction(KEPT, mode);
      const result = work(t.objectStore(KEPT));
      t.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      t.onerror = () => reject(t.error);
    });
  }

  const all = () => tx('readonly', s => s.getAll()).then(list => (list || []).sort((a, b) => a.order - b.order));
  const put = entry => tx('readwrite', s => s.put(entry));
  const remove = key => tx('readwrite', s => s.delete(key));

  function newKey() {
    if (crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  }

  function keepable(form) {
    if ((form.getAttribute('method') || '').toLowerCase() !== 'post') {
      return null;
    }
    const path = new URL(form.action, location.href).pathname;
    return KEEPABLE.find(k => k.re.test(path)) || null;
  }

  /** The weapon's history as this page showed it (its "changes since" poll), for a custody step. */
  function versionSeenOnThePage() {
    const marked = document.querySelector('[data-weapon-version]');
    if (marked && /^\d+$/.test(marked.getAttribute('data-weapon-version'))) {
      return Number(marked.getAttribute('data-weapon-version'));
    }
    const poll = document.querySelector('[hx-get*="/changes?since="]');
    const m = poll && poll.getAttribute('hx-get').match(/since=(\d+)/);
    return m ? Number(m[1]) : null;
  }

  /** An action being sent with signal by a page now; after twice the patience that page is gone, and it is kept. */
  function beingSent(e) {
    return e.state === 'sending' && Date.now() - (e.sendingSince || 0) < 2 * ONE_BAR_PATIENCE_MS;
  }

  /** An action kept on the phone, waiting to be sent. */
  function waiting(e) {
    return e.state === 'kept' || (e.state === 'sending' && !beingSent(e));
  }

  /** The action a form asks for, as the phone keeps it: its fields, a key made now, and the phone's time now. */
  async function made(form, kind, submitter) {
    const path = new URL(form.action, location.href).pathname;
    const data = new FormData(form, submitter || undefined);
    const fields = [];
    for (const [name, value] of data.entries()) {
      if (name !== '_csrf' && name !== '_idempotencyKey') {
        fields.push([name, value]);
      }
    }
    // A phone that cannot read its store still sends the action with signal, or says it could not keep it.
    const existing = await all().catch(() => []);
    let seen = null;
    if (kind.custody) {
      const weapon = path.match(kind.re)[1];
      const page = versionSeenOnThePage();
      // The steps this phone already keeps for the weapon come before this one.
      seen = page == null ? null : page + existing.filter(e => e.weapon === weapon && (waiting(e) || beingSent(e))
        && e.seen != null).length;
    }
    const heading = (document.querySelector('main h1') || {}).textContent || '';
    const title = (form.querySelector('[name="title"]') || {}).value || '';
    const what = kind.what + (kind.custody ? ' (' + path.split('/').pop() + ')' : '')
      + (title ? ': ' + title : heading ? ' - ' + heading.trim() : '');
    const entry = {
      key: newKey(),
      order: Date.now() + Math.random(),
      account: kind.anonymous ? 'anonymous' : account,
      action: path,
      multipart: (form.enctype || '').includes('multipart'),
      fields,
      phoneTime: new Date().toISOString(),
      what,
      stop: !!kind.stop,
      weapon: (path.match(/\/custody\/weapons\/([^/]+)\//) || [])[1] || null,
      seen,
      state: 'kept',
      back: location.pathname + location.search,
    };
    return entry;
  }

  async function keep(form, kind, submitter) {
    const entry = await made(form, kind, submitter);
    await put(entry);
    return entry;
  }

  /** The form's action is kept on the phone: the form is emptied and the phone says it is NOT YET RECORDED. */
  function keptOnThePhone(form) {
    form.reset();
    show();
    window.scrollTo(0, 0);
  }

  /** The phone's store refused it (full, or private browsing): said as loudly as a refusal, never left unsaid. */
  function couldNotKeep() {
    (document.querySelector('main') || document.body).prepend(el('p', {class: 'offline-refused alert', role: 'alert',
      'data-testid': 'could-not-keep'}, 'This phone could not keep it: it is NOT recorded and NOT kept. Do it again '
      + 'where there is signal; to stop work, call "STOP" aloud.'));
    window.scrollTo(0, 0);
  }

  function tokenFor(form) {
    const field = form.querySelector('input[name="_csrf"]');
    return field ? field.value : csrfToken();
  }

  /** Forms whose action is on its way: a second tap meanwhile is not a second action. */
  const onItsWay = new WeakSet();
  /** A form the phone could not keep, handed back to the browser to send as a plain form. */
  const sentPlainly = new WeakSet();

  document.addEventListener('submit', event => {
    const form = event.target;
    if (sentPlainly.has(form)) {
      sentPlainly.delete(form);
      return;
    }
    const kind = keepable(form);
    if (!kind || form.target || (event.submitter && event.submitter.hasAttribute('formaction'))
        || (navigator.onLine && !tokenFor(form))) {
      return;
    }
    event.preventDefault();
    if (onItsWay.has(form)) {
      return;
    }
    onItsWay.add(form);
    const sent = navigator.onLine ? sendWithSignal(form, kind, event.submitter)
      : keep(form, kind, event.submitter).then(() => keptOnThePhone(form), couldNotKeep);
    sent.finally(() => onItsWay.delete(form));
  }, true);

  /**
   * A form sent while the phone says it has signal, which may be one bar: kept on the phone first (so that nothing is
   * lost if the page is closed meanwhile), sent with the key the phone made, and then either shown as SetSafe
   * answered it or, if it did not get through in time, kept as without signal. The phone's time is not sent: the
   * person acted as SetSafe received it, and the ledger says "kept without signal" only of what was.
   */
  async function sendWithSignal(form, kind, submitter) {
    const entry = await made(form, kind, submitter);
    entry.state = 'sending';
    entry.sendingSince = Date.now();
    let stored = true;
    try {
      await put(entry);
    } catch (noStore) {
      stored = false;
    }
    show();
    const answered = await attempt(entry, tokenFor(form));
    if (!answered) {
      if (!stored) {
        // Nowhere on this phone to keep it: the browser sends it as a plain form, as it did before this script.
        sentPlainly.add(form);
        form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
        return;
      }
      entry.state = 'kept';
      delete entry.sendingSince;
      await put(entry);
      keptOnThePhone(form);
      return;
    }
    const landed = new URL(answered.answer.url || entry.action, location.href);
    if (landed.pathname === '/login') {
      // The sign-in ended: kept, and sent under this person's name once they have signed in again.
      if (stored) {
        entry.state = 'kept';
        delete entry.sendingSince;
        await put(entry);
        sessionStorage.setItem('setsafe-offline-sign-in', '1');
      }
      location.assign(landed.href);
      return;
    }
    if (stored) {
      await remove(entry.key);
    }
    showAnswer(answered.answer, answered.text);
  }

  /** One try with signal: SetSafe's answer and its page, or null if it did not get through within the patience. */
  async function attempt(entry, token) {
    const giveUp = new AbortController();
    const timer = setTimeout(() => giveUp.abort(), ONE_BAR_PATIENCE_MS);
    try {
      const answer = await fetch(entry.action, {method: 'POST', body: bodyOf(entry, token),
        headers: {'Idempotency-Key': entry.key, 'Accept': 'text/html,application/xhtml+xml'},
        credentials: 'same-origin', redirect: 'follow', signal: giveUp.signal});
      // A gateway's "cannot reach SetSafe", or SetSafe's "not recorded, try again": nothing was recorded.
      if (answer.status === 502 || answer.status === 503 || answer.status === 504) {
        return null;
      }
      return {answer, text: await answer.text()};
    } catch (noSignal) {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * SetSafe's answer to a form, shown as the page it is, without asking for it again: a step's answer carries its
   * notice or refusal once (the page it redirected to used the message up), and sending the form again would take
   * the step, or record its refusal, a second time. A parsed page's scripts never run: this page's keep running.
   */
  function showAnswer(answer, text) {
    const type = answer.headers.get('Content-Type') || '';
    if (!type.includes('html') && answer.redirected) {
      location.assign(answer.url);
      return;
    }
    const page = new DOMParser().parseFromString(text, 'text/html');
    if (answer.redirected) {
      history.replaceState(null, '', answer.url);
    }
    document.replaceChild(document.adoptNode(page.documentElement), document.documentElement);
    if (window.htmx) {
      window.htmx.process(document.body);
    }
    window.scrollTo(0, 0);
    show();
  }

  // ---- sending them when signal returns ----

  let sending = false;

  function csrfToken() {
    const field = document.querySelector('input[name="_csrf"]');
    return field ? field.value : null;
  }

  function mine(entry) {
    return entry.account === 'anonymous' ? anonymousPage : (account != null && entry.account === account);
  }

  async function sendKept() {
    if (sending || !navigator.onLine) {
      return;
    }
    sending = true;
    try {
      for (const entry of await all()) {
        if (!waiting(entry) || !mine(entry)) {
          continue;
        }
        const token = csrfToken();
        if (!token) {
          break;
        }
        const outcome = await send(entry, token);
        if (outcome === 'no-signal' || outcome === 'signed-out') {
          if (outcome === 'signed-out') {
            sessionStorage.setItem('setsafe-offline-sign-in', '1');
          }
          break;
        }
      }
    } finally {
      sending = false;
      show();
    }
  }

  /** The form's fields as it would have sent them (the same with signal and when kept: the key's request is one). */
  function bodyOf(entry, token) {
    let body;
    if (entry.multipart) {
      body = new FormData();
      entry.fields.forEach(([n, v]) => body.append(n, v));
    } else {
      body = new URLSearchParams();
      entry.fields.forEach(([n, v]) => body.append(n, typeof v === 'string' ? v : ''));
    }
    if (token) {
      body.append('_csrf', token);
    }
    return body;
  }

  async function send(entry, token) {
    const headers = {'Idempotency-Key': entry.key, 'SetSafe-Phone-Time': entry.phoneTime};
    if (entry.seen != null) {
      headers['SetSafe-Seen-Version'] = String(entry.seen);
    }
    const body = bodyOf(entry, token);
    let answer;
    try {
      answer = await fetch(entry.action, {method: 'POST', body, headers, credentials: 'same-origin', redirect: 'follow'});
    } catch (noSignal) {
      return 'no-signal';
    }
    if (answer.status === 503 || answer.status === 502 || answer.status === 504) {
      return 'no-signal';
    }
    const landed = new URL(answer.url || entry.action, location.href);
    // Signed out, or the page's token belongs to an ended sign-in: kept, and sent after the person signs in again.
    if (landed.pathname === '/login' || answer.status === 401 || answer.status === 403) {
      return 'signed-out';
    }
    sessionStorage.removeItem('setsafe-offline-sign-in');
    const text = await answer.text();
    const refusal = refusalIn(answer, text);
    if (refusal) {
      entry.state = 'refused';
      entry.reason = refusal;
      entry.answeredAt = new Date().toISOString();
      await put(entry);
      return 'refused';
    }
    await remove(entry.key);
    const recorded = JSON.parse(sessionStorage.getItem(RECORDED_NOW) || '[]');
    recorded.push({what: entry.what, at: new Date().toISOString(), receipt: receiptIn(text)});
    sessionStorage.setItem(RECORDED_NOW, JSON.stringify(recorded.slice(-10)));
    return 'recorded';
  }

  /** A refusal in the server's answer: a 4xx, or a step's page showing the refusal it recorded. */
  function refusalIn(answer, text) {
    const type = answer.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      if (answer.status < 400) {
        return null;
      }
      try {
        const problem = JSON.parse(text);
        return problem.reason || problem.detail || problem.title || ('Refused (' + answer.status + ')');
      } catch (e) {
        return 'Refused (' + answer.status + ')';
      }
    }
    const page = new DOMParser().parseFromString(text, 'text/html');
    const marked = page.querySelector('[data-testid="refusal"], [data-testid="problem"], [data-testid="form-errors"]');
    if (marked) {
      return marked.textContent.replace(/\s+/g, ' ').trim();
    }
    if (answer.status >= 400) {
      const alert = page.querySelector('[role="alert"], .alert, main p');
      return (alert ? alert.textContent.replace(/\s+/g, ' ').trim() : '') || ('Refused (' + answer.status + ')');
    }
    return null;
  }

  /** An anonymous report's receipt code: the reporter must see it, as they would have without the dead spot. */
  function receiptIn(text) {
    const code = new DOMParser().parseFromString(text, 'text/html').querySelector('[data-testid="receipt-code"]');
    return code ? code.textContent.replace(/\s+/g, ' ').trim() : null;
  }

  // ---- what the phone shows ----

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.flat().forEach(c => node.append(c));
    return node;
  }

  function clock(iso) {
    return new Date(iso).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'});
  }

  function ago(iso) {
    const minutes = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60000));
    return minutes < 1 ? 'less than a minute ago' : minutes < 120 ? minutes + ' min ago'
      : Math.round(minutes / 60) + ' h ago';
  }

  async function show() {
    const main = document.querySelector('main') || document.body;
    let panel = document.getElementById('setsafe-offline');
    if (!panel) {
      panel = el('section', {id: 'setsafe-offline', 'aria-live': 'polite', 'data-testid': 'offline'});
      main.prepend(panel);
    }
    panel.replaceChildren();

    if (!navigator.onLine) {
      panel.append(el('p', {class: 'offline-banner', 'data-testid': 'no-signal'},
        'No signal. What you do here is kept on this phone and sent when signal returns. It is not recorded until then.'));
    }
    const keptAt = document.querySelector('meta[name="setsafe-kept-at"]');
    if (keptAt && keptAt.content) {
      panel.append(el('p', {class: 'offline-age', 'data-testid': 'kept-page-age'},
        'This page is as it was ' + ago(keptAt.content) + ' (' + clock(keptAt.content)
        + ' on this phone). It has not changed here since: ask before you act on it.'));
    }

    let entries = [];
    try {
      entries = await all();
    } catch (e) {
      return;
    }
    const kept = entries.filter(e => waiting(e) && mine(e));
    const sendingNow = entries.filter(e => beingSent(e) && mine(e));
    const refused = entries.filter(e => e.state === 'refused' && mine(e));
    const held = entries.filter(e => !mine(e) && e.account !== 'anonymous');

    if (kept.concat(sendingNow).some(e => e.stop)) {
      panel.append(el('div', {class: 'offline-stop', role: 'alert', 'data-testid': 'stop-not-sent'},
        el('strong', {}, 'STOP-WORK NOT SENT. Nobody has been notified yet.'),
        el('p', {}, 'Call "STOP" aloud now, so everyone near you hears it. The phone sends the stop-work as soon as it '
          + 'has signal.')));
    }
    if (sendingNow.length) {
      panel.append(el('p', {class: 'offline-kept', role: 'status', 'data-testid': 'sending-now'},
        'Sending: ' + sendingNow.map(e => e.what).join('; ') + '. Not recorded until SetSafe answers; if the signal '
        + 'is too weak, it is kept on this phone and sent later.'));
    }
    if (kept.length) {
      panel.append(el('div', {class: 'offline-kept', 'data-testid': 'not-yet-recorded'},
        el('strong', {}, 'Not yet recorded (' + kept.length + ')'),
        el('p', {}, 'Kept on this phone only. SetSafe has not received ' + (kept.length === 1 ? 'it' : 'them')
          + ' yet; sent when signal returns.'),
        el('ul', {}, kept.map(e => el('li', {'data-testid': 'kept-action'},
          e.what + ' - kept at ' + clock(e.phoneTime) + ', NOT YET RECORDED')))));
    }
    if (sessionStorage.getItem('setsafe-offline-sign-in') && kept.length) {
      panel.append(el('p', {class: 'offline-kept', 'data-testid': 'sign-in-to-send'},
        'Your sign-in ended. Sign in again to send what is kept; nothing kept is lost.'));
    }
    refused.forEach(e => {
      const dismiss = el('button', {type: 'button', class: 'secondary', 'data-testid': 'refusal-read'}, 'I have read this');
      dismiss.addEventListener('click', () => remove(e.key).then(show));
      panel.append(el('div', {class: 'offline-refused alert', role: 'alert', 'data-testid': 'refused-on-arrival'},
        el('strong', {}, 'REFUSED when it arrived - NOT recorded: ' + e.what),
        el('p', {}, e.reason),
        el('p', {}, 'You did this on the phone at ' + clock(e.phoneTime) + '; the server refused it at '
          + clock(e.answeredAt) + '.' + (e.weapon ? ' The armorer and the 1st AD have been told. Stop and check the '
          + 'weapon with the armorer.' : '')),
        dismiss));
    });
    const recorded = JSON.parse(sessionStorage.getItem(RECORDED_NOW) || '[]');
    if (recorded.length) {
      const done = el('button', {type: 'button', class: 'secondary'}, 'OK');
      done.addEventListener('click', () => {
        sessionStorage.removeItem(RECORDED_NOW);
        show();
      });
      panel.append(el('div', {class: 'offline-recorded', 'data-testid': 'recorded-after-signal'},
        el('strong', {}, 'Recorded now that signal returned'),
        el('ul', {}, recorded.map(r => el('li', {}, r.what + ' - recorded at ' + clock(r.at)
          + (r.receipt ? '. Your receipt code: ' + r.receipt + ' (write it down)' : '')))),
        done));
    }
    if (held.length && !account) {
      panel.append(el('p', {class: 'offline-kept', 'data-testid': 'held-until-sign-in'},
        held.length + (held.length === 1 ? ' action is' : ' actions are') + ' kept on this phone, NOT YET RECORDED: '
        + 'sign in as the person who did ' + (held.length === 1 ? 'it' : 'them') + ' to send ' + (held.length === 1
          ? 'it' : 'them') + '. Nothing kept is lost.'));
    } else if (held.length) {
      panel.append(el('p', {class: 'offline-held', 'data-testid': 'held-for-another'},
        held.length + (held.length === 1 ? ' action' : ' actions') + ' kept on this phone by another person '
        + (held.length === 1 ? 'waits' : 'wait') + ' for them to sign in. ' + (held.length === 1 ? 'It is' : 'They are')
        + ' never sent under your name.'));
    }
  }

  // ---- sign-out: the next person sees nothing of this one's pages ----

  document.addEventListener('submit', event => {
    const action = event.target.getAttribute('action') || '';
    if (/\/logout$/.test(new URL(action, location.href).pathname)) {
      forgetPages();
      localStorage.removeItem(ACCOUNT_KEY);
    }
  }, true);

  window.addEventListener('online', () => {
    show();
    sendKept();
  });
  window.addEventListener('offline', show);

  function start() {
    samePersonOrForget().then(() => {
      show();
      sendKept();
      keepTodaysPages(false);
    });
    document.body.addEventListener('htmx:afterSettle', () => keepTodaysPages(true), {once: true});
    setInterval(() => sendKept(), 15000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  // For the browser tests and the curious: what is kept, as the panel shows it.
  window.setSafeOffline = {all, sendKept};
})();
