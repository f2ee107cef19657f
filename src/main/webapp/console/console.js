'use strict';
// Mockhost's console: plain DOM over the management API, no dependencies. Whatever the server sends is inserted
// as text (textContent), never as HTML, and the page runs under a Content-Security-Policy without inline script.
(() => {
  const base = new URL('..', document.baseURI).href;
  const $ = (id) => document.getElementById(id);
  const CALLS_PAGE = 50;
  const EXAMPLES_PAGE = 100;
  const BADGED_TYPES = ['proxied', 'recorded', 'error']; // a call's responseType worth a badge; "example" is the rule

  const state = {
    key: sessionStorage.getItem('mockhost.key') || '',
    me: null,            // { name, role, grants } of the key in use
    generation: null,    // of the snapshot last shown: a change means the directory reloaded
    mocks: [],           // the status page's mocks
    mock: null,          // the selected mock's id
    examplesCursor: null,
    calls: { newest: -1, cursor: null, mock: null },
  };

  // ---- small helpers ----------------------------------------------------------------------------------------

  /** An element with a class and text; children appended. Text only: nothing is parsed as HTML. */
  function el(tag, className, text, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    children.filter(Boolean).forEach((child) => node.appendChild(child));
    return node;
  }

  async function call(path, options = {}) {
    const headers = Object.assign({ 'Accept': 'application/json' }, options.headers || {});
    if (state.key && !options.anonymous) headers['x-api-key'] = state.key;
    if (options.body) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(base + 'api/' + path, { method: options.method || 'GET', headers, body: options.body });
    } catch (offline) {
      return { status: 0, json: null };
    }
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (notJson) { json = null; }
    return { status: response.status, json };
  }

  function errorText(reply) {
    const error = reply.json && reply.json.error;
    if (!error) return reply.status === 0 ? 'Mockhost cannot be reached' : 'HTTP ' + reply.status;
    const at = error.field ? ' (' + error.field + ')' : error.header ? ' (' + error.header + ')' : '';
    return error.message + at;
  }

  function say(node, text, bad) {
    node.textContent = text;
    node.classList.toggle('bad', Boolean(bad));
  }

  /** Copies text; where the clipboard API is refused (plain http on an intranet host), by a selected text area. */
  async function copy(text, button) {
    try {
      await navigator.clipboard.writeText(text);
    } catch (refused) {
      const area = el('textarea', 'offscreen');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    const label = button.textContent;
    button.textContent = 'Copied';
    setTimeout(() => { button.textContent = label; }, 1500);
  }

  function copyButton(text) {
    const button = el('button', 'copy', 'Copy');
    button.type = 'button';
    button.addEventListener('click', () => copy(text, button));
    return button;
  }

  /** A line of code to read and copy. */
  function codeLine(label, text) {
    return el('div', 'code-line', null, el('span', 'label', label), el('code', null, text), copyButton(text));
  }

  function isAdmin() {
    return Boolean(state.me && state.me.role === 'admin');
  }

  function canEdit(collection) {
    return isAdmin() || Boolean(state.me && state.me.role === 'editor' && state.me.grants[collection] === 'edit');
  }

  function selected() {
    return state.mocks.find((mock) => mock.id === state.mock) || null;
  }

  // ---- mocks and files with problems ------------------------------------------------------------------------

  async function loadStatus(force) {
    const reply = await call('status');
    if (reply.status !== 200) {
      say($('mocks-hint'), errorText(reply), true);
      return;
    }
    if (!force && reply.json.generation === state.generation) return;
    state.generation = reply.json.generation;
    state.mocks = reply.json.mocks;
    say($('mocks-hint'), state.key ? 'Every mock this key may call.'
      : 'Public mocks are listed; use a key to see the private ones it may call.');
    showMocks();
    showProblems(reply.json.errors.concat(reply.json.warnings));
    if (state.mock) {
      if (selected()) await showMock(); else clearMock();
    }
  }

  function showMocks() {
    const filter = $('mock-filter').value.trim().toLowerCase();
    const list = $('mocks');
    list.replaceChildren();
    for (const mock of state.mocks) {
      if (filter && !(mock.name + ' ' + mock.collectionName).toLowerCase().includes(filter)) continue;
      const button = el('button', 'choice', null,
        el('span', 'name', mock.name),
        el('span', 'muted', mock.collectionName + ' · ' + mock.examples + ' example' + (mock.examples === 1 ? '' : 's')),
        el('span', mock.private ? 'badge private' : 'badge', mock.private ? 'private' : 'public'));
      button.type = 'button';
      button.dataset.mock = mock.id;
      button.setAttribute('aria-pressed', String(mock.id === state.mock));
      button.addEventListener('click', () => selectMock(mock.id));
      list.appendChild(el('li', null, null, button));
    }
    if (!list.children.length) list.appendChild(el('li', 'muted', state.mocks.length ? 'No mock matches.' : 'None.'));
  }

  function showProblems(problems) {
    const list = $('problems');
    list.replaceChildren();
    for (const problem of problems) {
      const where = problem.file + (problem.line ? ':' + problem.line + ':' + problem.column : '');
      list.appendChild(el('li', null, null, el('code', null, where), el('span', null, ' ' + problem.message)));
    }
    if (!list.children.length) list.appendChild(el('li', 'muted', 'None.'));
  }

  function selectMock(id) {
    state.mock = id;
    state.calls = { newest: -1, cursor: null, mock: id };
    $('calls').replaceChildren();
    $('more-calls').hidden = true;
    document.querySelectorAll('#mocks .choice').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.mock === id)));
    showMock();
    loadCalls(false);
  }

  function clearMock() {
    state.mock = null;
    $('mock-title').textContent = 'Pick a mock';
    $('mock-detail').hidden = true;
    $('calls').replaceChildren();
  }

  async function showMock() {
    const mock = selected();
    if (!mock) return;
    $('mock-title').textContent = mock.name;
    $('mock-hint').textContent = mock.private ? 'Private: calls need x-api-key with a key that may view '
      + mock.collection + '.' : 'Public: anyone may call it.';
    $('mock-url').textContent = mock.mockUrl;
    $('mock-collection').textContent = mock.collectionName + ' (' + mock.file + ')';
    $('mock-access').textContent = mock.private ? 'private' : 'public';
    const publish = $('publish');
    publish.hidden = !canEdit(mock.collection);
    publish.textContent = mock.private ? 'Make public' : 'Make private';
    $('mock-detail').hidden = false;
    await Promise.all([loadUpstream(mock), loadServerResponses(mock), loadExamples(false)]);
  }

  async function togglePublish() {
    const mock = selected();
    if (!mock) return;
    const reply = await call('mocks/' + encodeURIComponent(mock.id) + '/publish',
      { method: mock.private ? 'POST' : 'DELETE' });
    if (reply.status !== 200) {
      say($('mock-hint'), errorText(reply), true);
      return;
    }
    await loadStatus(true);
  }

  async function loadServerResponses(mock) {
    const box = $('server-responses');
    const list = $('server-response-list');
    list.replaceChildren();
    box.hidden = true;
    if (!state.key || !canEdit(mock.collection)) return;
    const reply = await call('mocks/' + encodeURIComponent(mock.id) + '/server-responses');
    if (reply.status !== 200 || !reply.json.serverResponses.length) return;
    box.hidden = false;
    for (const response of reply.json.serverResponses) {
      const toggle = el('button', response.active ? 'on' : '', response.active ? 'Turn off' : 'Turn on');
      toggle.type = 'button';
      toggle.dataset.serverResponse = response.id;
      toggle.addEventListener('click', async () => {
        const changed = await call('mocks/' + encodeURIComponent(mock.id) + '/server-responses/'
          + encodeURIComponent(response.id), { method: 'PUT',
          body: JSON.stringify({ serverResponse: { active: !response.active } }) });
        if (changed.status !== 200) say($('mock-hint'), errorText(changed), true);
        await loadServerResponses(mock);
      });
      list.appendChild(el('li', null, null,
        el('span', 'status s' + String(response.statusCode)[0], response.statusCode),
        el('span', 'name', response.name || response.id),
        el('span', response.active ? 'badge on' : 'badge', response.active ? 'answering every call' : 'off'),
        toggle));
    }
  }

  // ---- upstream --------------------------------------------------------------------------------------------

  /**
   * The mock's upstream, from its mock object: the status page's public summaries carry none, so without a key, or
   * with one that may not view the mock, nothing about upstreams shows.
   */
  async function loadUpstream(mock) {
    const reply = state.key ? await call('mocks/' + encodeURIComponent(mock.id)) : null;
    if (mock.id !== state.mock) return;
    const known = Boolean(reply && reply.status === 200);
    $('upstream-term').hidden = !known;
    $('upstream-fact').hidden = !known;
    $('upstream-form').hidden = !known || !canEdit(mock.collection);
    if (!known) return;
    const proxy = reply.json.mock.proxy;
    $('mock-upstream').textContent = proxy ? proxy.mode + ' → ' + proxy.target : 'none';
    const warning = $('upstream-warning');
    warning.hidden = !proxy || proxy.allowed;
    warning.textContent = warning.hidden ? '' : 'Not proxied: the server\'s mockhost.proxy.allowedHosts does not list '
      + hostOf(proxy.target) + ', so calls no example matches get 404.';
    fillUpstreamForm(mock.id, proxy);
  }

  function hostOf(target) {
    try { return new URL(target).hostname; } catch (notUrl) { return target; }
  }

  /** Shows the saved upstream in the form, unless it holds unsaved changes for this mock (kept through reloads). */
  function fillUpstreamForm(id, proxy) {
    const form = $('upstream-form');
    if (form.dataset.mock === id && form.dataset.dirty === 'true') return;
    if (form.dataset.mock !== id) say($('upstream-result'), '');
    form.dataset.mock = id;
    form.dataset.dirty = 'false';
    $('upstream-mode').value = proxy ? proxy.mode : 'off';
    $('upstream-target').value = proxy ? proxy.target : '';
    syncUpstreamTarget();
  }

  function syncUpstreamTarget() {
    $('upstream-target').disabled = $('upstream-mode').value === 'off';
  }

  async function saveUpstream(event) {
    event.preventDefault();
    const mock = selected();
    if (!mock) return;
    const mode = $('upstream-mode').value;
    const proxy = mode === 'off' ? null : { target: $('upstream-target').value.trim(), mode };
    const reply = await call('mocks/' + encodeURIComponent(mock.id), { method: 'PUT',
      body: JSON.stringify({ mock: { proxy } }) });
    if (reply.status !== 200) {
      say($('upstream-result'), errorText(reply), true);
      return;
    }
    $('upstream-form').dataset.dirty = 'false';
    say($('upstream-result'), proxy ? 'Saved: ' + proxy.mode + ' → ' + proxy.target + '.' : 'Saved: no upstream.');
    await loadStatus(true);
  }

  async function loadExamples(more) {
    const mock = selected();
    if (!mock) return;
    const list = $('examples');
    const cursor = more ? state.examplesCursor : null;
    const reply = await call('mocks/' + encodeURIComponent(mock.id) + '/examples?limit=' + EXAMPLES_PAGE
      + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    if (!more) list.replaceChildren();
    if (reply.status !== 200) {
      list.appendChild(el('li', 'muted', errorText(reply)));
      $('more-examples').hidden = true;
      return;
    }
    $('examples-count').textContent = '(' + reply.json.meta.total + ')';
    for (const example of reply.json.examples) {
      const picks = Object.entries(example.headers).map(([name, value]) => name + ': ' + value);
      const item = el('li', 'example', null,
        el('div', 'example-head', null,
          el('span', 'method', example.method),
          el('span', 'path', example.path),
          el('span', 'status s' + String(example.status)[0], example.status),
          el('span', 'name', example.name)),
        codeLine('URL', example.url),
        ...picks.map((pick) => codeLine('Header', pick)),
        codeLine('curl', example.curl));
      item.dataset.example = example.id;
      list.appendChild(item);
    }
    state.examplesCursor = reply.json.meta.nextCursor;
    $('more-examples').hidden = !state.examplesCursor;
  }

  // ---- calls ------------------------------------------------------------------------------------------------

  /**
   * The first page is fetched again every two seconds and only calls newer than those shown are added on top, so
   * pages loaded with "Older calls" stay where they are.
   */
  async function loadCalls(older) {
    const mock = state.mock;
    if (!mock || !state.key) return;
    const cursor = older ? state.calls.cursor : null;
    if (older && !cursor) return;
    const reply = await call('mocks/' + encodeURIComponent(mock) + '/call-logs?limit=' + CALLS_PAGE
      + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    if (mock !== state.mock || reply.status !== 200) return;
    const list = $('calls');
    const records = reply.json['call-logs'];
    if (older) {
      records.forEach((record) => list.appendChild(callItem(record)));
      state.calls.cursor = reply.json.meta.nextCursor;
    } else {
      const fresh = records.filter((record) => Number(record.id) > state.calls.newest);
      const first = list.firstChild;
      fresh.forEach((record) => list.insertBefore(callItem(record), first));
      if (state.calls.newest < 0) state.calls.cursor = reply.json.meta.nextCursor;
      if (records.length) state.calls.newest = Math.max(state.calls.newest, ...records.map((r) => Number(r.id)));
    }
    $('more-calls').hidden = !state.calls.cursor;
  }

  function callItem(record) {
    const request = record.request;
    const status = record.response.statusCode;
    const type = record.responseType;
    const upstream = type === 'proxied' || type === 'recorded';
    const item = el('li', 'call', null,
      el('div', 'call-head', null,
        el('time', null, new Date(record.servedAt).toLocaleTimeString()),
        el('span', 'method', request.method),
        el('span', 'path', request.path + (request.query ? '?' + request.query : '')),
        el('span', 'status s' + String(status)[0], status),
        BADGED_TYPES.includes(type) ? el('span', 'badge type-' + type, type) : null,
        el('span', 'name', record.responseName || (upstream ? 'upstream' : 'no example'))),
      explanation(record));
    item.dataset.call = record.id;
    const details = el('details', null, null, el('summary', null, 'Request and answer'),
      el('p', 'label', 'Request headers'), el('pre', 'headers', pairs(request.headers)),
      request.body ? el('p', 'label', 'Request body') : null, request.body ? el('pre', 'body', request.body) : null,
      el('p', 'label', 'Answer'), el('pre', 'headers', pairs(record.response.headers)),
      el('pre', 'body', record.response.body + (record.response.bodyTruncated ? '\n[cut]' : '')));
    item.appendChild(details);
    return item;
  }

  function pairs(headers) {
    return headers.map((h) => h.key + ': ' + h.value).join('\n');
  }

  /** Why this answer: the example chosen, its path step and score; or the nearest examples and what each failed. */
  function explanation(record) {
    const why = record.explanation;
    const box = el('div', 'why');
    if (!why) {
      if (record.matchStep) box.textContent = 'matched: path ' + record.matchStep + ', score ' + record.score;
      return box;
    }
    box.appendChild(el('p', 'summary', why.chosen
      ? why.summary + ': path ' + why.chosen.step + ', score ' + why.chosen.score : why.summary));
    if (why.nearest.length) {
      const list = el('ul', 'nearest');
      why.nearest.forEach((near) => list.appendChild(el('li', null, null,
        el('span', 'name', near.name), el('span', 'muted', ' ' + near.method + ' ' + near.path + ' — '),
        el('span', 'failed', near.failed))));
      box.appendChild(list);
    } else if (!why.chosen) {
      box.appendChild(el('p', 'muted', 'No example of this method is near this path.'));
    }
    return box;
  }

  // ---- the key, usage, keys ---------------------------------------------------------------------------------

  async function loadMe() {
    state.me = null;
    if (!state.key) {
      say($('who'), '');
      $('usage').textContent = 'Use a key to see its usage.';
      $('usage-meter').hidden = true;
      return;
    }
    const me = await call('me');
    if (me.status !== 200) {
      say($('who'), errorText(me), true);
      $('usage').textContent = '';
      return;
    }
    state.me = me.json.user;
    say($('who'), state.me.name + ' (' + state.me.role + ')');
    showUsage(me.json.operations[0]);
  }

  function showUsage(operation) {
    const meter = $('usage-meter');
    $('usage').textContent = state.me.name + ': ' + operation.usage + ' calls'
      + (operation.limit === null ? ', no monthly quota' : ' of ' + operation.limit) + ' (' + operation.period
      + ', renews ' + new Date(operation.renewsAt).toLocaleDateString() + ')';
    meter.hidden = operation.limit === null;
    if (operation.limit !== null) {
      meter.max = Math.max(1, operation.limit);
      meter.high = meter.max * 0.8;
      meter.value = Math.min(operation.usage, meter.max);
    }
  }

  async function loadKeys() {
    $('keys-panel').hidden = !isAdmin();
    if (!isAdmin()) return;
    const reply = await call('keys');
    const list = $('keys');
    list.replaceChildren();
    if (reply.status !== 200) {
      say($('keys-result'), errorText(reply), true);
      return;
    }
    reply.json.keys.forEach((key) => list.appendChild(keyItem(key)));
  }

  function keyItem(key) {
    const role = el('select');
    ['viewer', 'editor', 'admin'].forEach((name) => role.appendChild(el('option', null, name)));
    role.value = key.role;
    role.setAttribute('aria-label', 'Role of ' + key.name);
    const grants = el('input');
    grants.value = Object.entries(key.grants).map(([collection, grant]) => collection + '=' + grant).join(', ');
    grants.placeholder = 'collection=view, other=edit';
    grants.setAttribute('aria-label', 'Grants of ' + key.name);
    const quota = el('input');
    quota.type = 'number';
    quota.min = '0';
    quota.placeholder = 'unlimited';
    quota.value = key.monthlyQuota === undefined || key.monthlyQuota === null ? '' : String(key.monthlyQuota);
    quota.setAttribute('aria-label', 'Monthly quota of ' + key.name);
    const meter = el('meter');
    meter.min = 0;
    meter.max = Math.max(1, key.monthlyQuota || key.usage || 1);
    meter.high = meter.max * 0.8;
    meter.value = Math.min(key.usage, meter.max);
    meter.hidden = !key.monthlyQuota;
    const save = el('button', null, 'Save');
    save.type = 'button';
    const revoke = el('button', 'danger', 'Revoke');
    revoke.type = 'button';
    const item = el('li', 'key', null,
      el('div', 'key-head', null, el('span', 'name', key.name),
        el('span', 'muted', key.usage + ' calls' + (key.monthlyQuota ? ' of ' + key.monthlyQuota : '')), meter),
      el('div', 'fields', null, labelled('Role', role), labelled('Monthly quota', quota),
        labelled('Grants', grants, 'wide'), el('div', 'actions', null, save, revoke)));
    item.dataset.key = key.name;
    save.addEventListener('click', async () => {
      const parsed = parseGrants(grants.value);
      if (parsed === null) { say($('keys-result'), 'Grants are collection=view or collection=edit, by commas', true); return; }
      const reply = await call('keys/' + encodeURIComponent(key.name), { method: 'PUT', body: JSON.stringify({ key: {
        role: role.value, grants: parsed, monthlyQuota: quota.value === '' ? null : Number(quota.value) } }) });
      say($('keys-result'), reply.status === 200 ? 'Saved ' + key.name + '.' : errorText(reply), reply.status !== 200);
      await loadKeys();
    });
    revoke.addEventListener('click', async () => {
      if (revoke.dataset.armed !== 'true') {
        revoke.dataset.armed = 'true';
        revoke.textContent = 'Revoke ' + key.name + '?';
        return;
      }
      const reply = await call('keys/' + encodeURIComponent(key.name), { method: 'DELETE' });
      say($('keys-result'), reply.status === 200 ? 'Revoked ' + key.name + '.' : errorText(reply), reply.status !== 200);
      await loadKeys();
    });
    return item;
  }

  function labelled(text, control, className) {
    const label = el('label', className, text + ' ');
    label.appendChild(control);
    return label;
  }

  /** "a=view, b=edit" as {"a": "view", "b": "edit"}; null when not in that form. */
  function parseGrants(text) {
    const grants = {};
    for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
      const [collection, grant] = part.split('=').map((p) => (p || '').trim());
      if (!collection || (grant !== 'view' && grant !== 'edit')) return null;
      grants[collection] = grant;
    }
    return grants;
  }

  async function createKey(event) {
    event.preventDefault();
    const grants = parseGrants($('new-key-grants').value);
    if (grants === null) { say($('keys-result'), 'Grants are collection=view or collection=edit, by commas', true); return; }
    const quota = $('new-key-quota').value;
    const reply = await call('keys', { method: 'POST', body: JSON.stringify({ key: { name: $('new-key-name').value,
      role: $('new-key-role').value, grants, monthlyQuota: quota === '' ? null : Number(quota) } }) });
    if (reply.status !== 200) {
      say($('keys-result'), errorText(reply), true);
      return;
    }
    $('new-secret-name').textContent = reply.json.key.name;
    $('new-secret-value').textContent = reply.json.key.secret;
    $('new-secret').hidden = false;
    say($('keys-result'), 'Created ' + reply.json.key.name + '.');
    $('key-create').reset();
    await loadKeys();
  }

  // ---- quick mock -------------------------------------------------------------------------------------------

  async function createQuickMock(event) {
    event.preventDefault();
    const reply = await call('quick-mocks', { method: 'POST', body: JSON.stringify({
      name: $('quick-name').value, method: $('quick-method').value, path: $('quick-path').value,
      status: Number($('quick-status').value), contentType: $('quick-type').value, body: $('quick-body').value }) });
    if (reply.status !== 200) {
      say($('quick-result'), errorText(reply), true);
      return;
    }
    say($('quick-result'), 'Created ' + reply.json.mock.name + ': ' + reply.json.mock.mockUrl + $('quick-path').value);
    await loadStatus(true);
    selectMock(reply.json.mock.id);
  }

  // ---- wiring -----------------------------------------------------------------------------------------------

  async function useKey() {
    await loadMe();
    await Promise.all([loadStatus(true), loadKeys()]);
  }

  document.querySelectorAll('button.copy[data-copy]').forEach((button) => button.addEventListener('click',
    () => copy($(button.dataset.copy).textContent, button)));
  $('key').value = state.key;
  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    state.key = $('key').value.trim();
    sessionStorage.setItem('mockhost.key', state.key);
    $('new-secret').hidden = true;
    useKey();
  });
  $('forget-key').addEventListener('click', () => {
    state.key = '';
    $('key').value = '';
    sessionStorage.removeItem('mockhost.key');
    $('new-secret').hidden = true;
    useKey();
  });
  $('mock-filter').addEventListener('input', showMocks);
  $('publish').addEventListener('click', togglePublish);
  $('upstream-form').addEventListener('submit', saveUpstream);
  $('upstream-form').addEventListener('input', () => { $('upstream-form').dataset.dirty = 'true'; });
  $('upstream-mode').addEventListener('change', syncUpstreamTarget);
  $('more-examples').addEventListener('click', () => loadExamples(true));
  $('more-calls').addEventListener('click', () => loadCalls(true));
  $('quick').addEventListener('submit', createQuickMock);
  $('key-create').addEventListener('submit', createKey);
  setInterval(() => { loadStatus(false); loadCalls(false); }, 2000);
  setInterval(() => { if (state.me) loadMe(); }, 10000);
  useKey();
})();
