'use strict';
// Mockhost's console: plain DOM over the management API. Data is only ever inserted as text.
(() => {
  const api = 'api/';
  const base = new URL('..', document.baseURI).href;
  const state = { key: sessionStorage.getItem('mockhost.key') || '', mock: null, cursor: null };
  const $ = (id) => document.getElementById(id);

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  async function call(path, options = {}) {
    const headers = Object.assign({ 'Accept': 'application/json' }, options.headers || {});
    if (state.key) headers['x-api-key'] = state.key;
    if (options.body) headers['Content-Type'] = 'application/json';
    const response = await fetch(base + api + path, Object.assign({}, options, { headers }));
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (notJson) { json = null; }
    return { status: response.status, json };
  }

  function errorText(reply) {
    const error = reply.json && reply.json.error;
    return error ? error.message + (error.field ? ' (' + error.field + ')' : '') : 'HTTP ' + reply.status;
  }

  async function loadMocks() {
    const body = $('mocks').querySelector('tbody');
    let mocks;
    if (state.key) {
      const reply = await call('mocks');
      if (reply.status !== 200) { $('who').textContent = errorText(reply); $('who').className = 'bad'; return; }
      mocks = reply.json.mocks.map(m => ({ name: m.name, collection: m.collection, examples: m.examples,
        isPrivate: m.private, url: m.mockUrl }));
    } else {
      const reply = await call('status');
      mocks = reply.json ? reply.json.mocks.map(m => ({ name: m.name, collection: m.collection,
        examples: m.examples, isPrivate: null, url: m.url })) : [];
    }
    body.replaceChildren();
    for (const mock of mocks) {
      const row = document.createElement('tr');
      row.dataset.mock = mock.name;
      if (mock.name === state.mock) row.className = 'selected';
      cell(row, mock.name);
      cell(row, mock.collection);
      cell(row, mock.examples);
      cell(row, mock.isPrivate === null ? '' : (mock.isPrivate ? 'private' : 'public'));
      cell(row, mock.url);
      row.addEventListener('click', () => selectMock(mock.name));
      body.appendChild(row);
    }
  }

  async function loadProblems() {
    const reply = await call('status');
    const list = $('problems');
    list.replaceChildren();
    if (!reply.json) return;
    for (const problem of reply.json.errors.concat(reply.json.warnings)) {
      const item = document.createElement('li');
      item.textContent = problem.file + (problem.line ? ':' + problem.line + ':' + problem.column : '') + ' '
        + problem.message;
      list.appendChild(item);
    }
    if (!list.children.length) list.textContent = 'None.';
  }

  function selectMock(name) {
    state.mock = name;
    state.cursor = null;
    $('calls-mock').textContent = '— ' + name;
    document.querySelectorAll('#mocks tbody tr').forEach(r => r.classList.toggle('selected', r.dataset.mock === name));
    loadCalls(false);
  }

  async function loadCalls(older) {
    if (!state.mock || !state.key) return;
    const query = 'limit=50' + (older && state.cursor ? '&cursor=' + encodeURIComponent(state.cursor) : '');
    const reply = await call('mocks/' + encodeURIComponent(state.mock) + '/call-logs?' + query);
    if (reply.status !== 200) return;
    const body = $('calls').querySelector('tbody');
    if (!older) body.replaceChildren();
    for (const log of reply.json['call-logs']) {
      const row = document.createElement('tr');
      cell(row, new Date(log.servedAt).toLocaleTimeString());
      cell(row, log.request.method);
      cell(row, log.request.path + (log.request.query ? '?' + log.request.query : ''));
      cell(row, log.response.statusCode);
      cell(row, log.responseName || '—');
      body.appendChild(row);
    }
    state.cursor = reply.json.meta.nextCursor;
    $('more-calls').hidden = !state.cursor;
  }

  async function loadUsage() {
    if (!state.key) { $('usage').textContent = 'Use a key to see its usage.'; return; }
    const me = await call('me');
    if (me.status !== 200) { $('usage').textContent = errorText(me); return; }
    const operation = me.json.operations[0];
    $('who').textContent = me.json.user.name + ' (' + me.json.user.role + ')';
    $('who').className = '';
    $('usage').textContent = me.json.user.name + ': ' + operation.usage + ' calls'
      + (operation.limit === null ? ', no quota' : ' of ' + operation.limit);
    const keys = await call('keys');
    $('keys').hidden = keys.status !== 200;
    if (keys.status !== 200) return;
    const body = $('keys').querySelector('tbody');
    body.replaceChildren();
    for (const key of keys.json.keys) {
      const row = document.createElement('tr');
      cell(row, key.name);
      cell(row, key.role);
      cell(row, key.usage);
      cell(row, key.monthlyQuota === null ? 'unlimited' : key.monthlyQuota);
      body.appendChild(row);
    }
  }

  async function createQuickMock(event) {
    event.preventDefault();
    const reply = await call('quick-mocks', { method: 'POST', body: JSON.stringify({
      name: $('quick-name').value, method: $('quick-method').value, path: $('quick-path').value,
      status: Number($('quick-status').value), contentType: $('quick-type').value, body: $('quick-body').value }) });
    const result = $('quick-result');
    if (reply.status === 200) {
      result.className = '';
      result.textContent = 'Created ' + reply.json.mock.name + ': ' + reply.json.mock.mockUrl + $('quick-path').value;
      await loadMocks();
    } else {
      result.className = 'bad';
      result.textContent = errorText(reply);
    }
  }

  async function refresh() {
    await Promise.all([loadMocks(), loadProblems(), loadUsage()]);
  }

  $('key').value = state.key;
  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    state.key = $('key').value.trim();
    sessionStorage.setItem('mockhost.key', state.key);
    refresh();
  });
  $('quick').addEventListener('submit', createQuickMock);
  $('more-calls').addEventListener('click', () => loadCalls(true));
  setInterval(() => loadCalls(false), 2000);
  setInterval(loadUsage, 5000);
  refresh();
})();
