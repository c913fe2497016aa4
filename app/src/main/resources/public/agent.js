// Tact agent console. A plain ES module, no dependencies, no build step.
//
// Security: customer text, and every other string from the server, goes into the page through textContent or
// createTextNode only, never as HTML. The token lives in sessionStorage (gone when the tab closes).
import { Stream, socketUrl } from './js/transport.js';

const TOKEN_KEY = 'tact.agent.token';
const URGENT_FROM = 70;

const $ = (id) => document.getElementById(id);
const state = {
  token: sessionStorage.getItem(TOKEN_KEY),
  user: '',
  queue: [],
  queueAt: Date.now(),
  open: null,          // conversation id shown in the chat pane
  openState: '',
  seen: new Set(),     // message ids shown in the transcript
  suggestions: [],
};

/** Creates an element with text content (never HTML) and optional attributes. */
function el(tag, text, attributes) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  for (const [name, value] of Object.entries(attributes || {})) {
    node.setAttribute(name, value);
  }
  return node;
}

function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: Object.assign({ 'Content-Type': 'application/json' },
      state.token ? { Authorization: 'Bearer ' + state.token } : {}),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (response.status === 401 && path !== '/v1/auth/login') {
    logout('Your session has ended; log in again.');
  }
  if (!response.ok) {
    const error = new Error(json && json.message ? json.message : 'HTTP ' + response.status);
    error.status = response.status;
    error.code = json && json.error;
    throw error;
  }
  return json;
}

function claimsOf(token) {
  try {
    return JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  } catch (e) {
    return {};
  }
}

// ---- login ----

async function login(event) {
  event.preventDefault();
  $('login-error').textContent = '';
  try {
    const reply = await api('POST', '/v1/auth/login',
      { username: $('login-username').value, password: $('login-password').value });
    state.token = reply.access_token;
    sessionStorage.setItem(TOKEN_KEY, state.token);
    start();
  } catch (e) {
    $('login-error').textContent = e.status === 401 ? 'Wrong username or password.' : e.message;
  }
}

function logout(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  state.token = null;
  stream.close();
  $('console').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message || '';
}

function start() {
  const claims = claimsOf(state.token);
  state.user = claims.sub || '';
  const roles = claims.roles || [];
  if (!roles.includes('agent')) {
    logout('This account is not an agent.');
    return;
  }
  $('me').textContent = state.user;
  $('login').hidden = true;
  $('console').hidden = false;
  connect();
  refreshMine();
}

// ---- live queue over the WebSocket ----

const LINK = {
  connecting: ['connecting', 'connecting…'],
  connected: ['open', 'live'],
  reconnecting: ['closed', 'reconnecting…'],
  idle: ['closed', 'offline'],
};

const stream = new Stream({
  url: () => (state.token ? socketUrl(location.href, '/v1/agent/stream', { token: state.token }) : null),
  onFrame: (frame) => onFrame(frame),
  onStatus: (status) => {
    const [linkState, text] = LINK[status];
    $('link').dataset.state = linkState;
    $('link').textContent = text;
  },
  shouldReconnect: (event) => {
    if (event.code === 4401 || event.code === 4403) {
      logout('Your session has ended; log in again.');
      return false;
    }
    return true;
  },
});

function connect() {
  stream.connect();
}

function onFrame(frame) {
  if (frame.type === 'queue') {
    state.queue = frame.queue;
    state.queueAt = Date.now();
    renderQueue();
  } else if (frame.type === 'message' && frame.message.conversationId === state.open) {
    appendLine(frame.message);
  } else if (frame.type === 'delivery_failed') {
    renderDeliveryFailure(frame.conversationId, frame.messageId, frame);
  } else if (frame.type === 'state') {
    if (frame.conversationId === state.open) {
      setOpenState(frame.state);
    }
    refreshMine();
  }
}

function waiting(seconds) {
  const total = Math.max(0, Math.round(seconds + (Date.now() - state.queueAt) / 1000));
  const minutes = Math.floor(total / 60);
  return minutes > 0 ? minutes + ' min ' + (total % 60) + ' s' : total + ' s';
}

function reasonText(reason) {
  return reason.signal + ' ' + fixed(reason.value) + ' (threshold ' + fixed(reason.threshold) + ')';
}

function fixed(value) {
  return typeof value === 'number' ? value.toFixed(2) : String(value);
}

function renderQueue() {
  const list = $('queue');
  clear(list);
  $('queue-count').textContent = state.queue.length ? '(' + state.queue.length + ')' : '';
  $('queue-empty').hidden = state.queue.length > 0;
  for (const item of state.queue) {
    const li = el('li', null, { class: 'queue__item', 'data-urgent': String(item.effectivePriority >= URGENT_FROM),
      'data-conversation': item.conversationId });
    const top = el('div', null, { class: 'queue__top' });
    top.append(el('span', 'priority ' + Math.round(item.effectivePriority), { class: 'priority' }),
      el('span', waiting(item.waitingSeconds), { class: 'queue__wait' }),
      el('span', item.team, { class: 'muted' }));
    const preview = el('p', item.preview, { class: 'queue__preview' });
    const reasons = el('div', item.reasons.map(reasonText).join(' · '), { class: 'queue__reasons' });
    li.append(top, preview, reasons);
    if (item.note) {
      li.append(el('p', 'Note: ' + item.note, { class: 'note small' }));
    }
    const claim = el('button', 'Claim', { type: 'button', class: 'primary claim' });
    claim.addEventListener('click', () => claimConversation(item.conversationId));
    li.append(claim);
    list.append(li);
  }
}

setInterval(() => {
  document.querySelectorAll('#queue .queue__wait').forEach((node, index) => {
    if (state.queue[index]) {
      node.textContent = waiting(state.queue[index].waitingSeconds);
    }
  });
}, 1000);

async function refreshMine() {
  try {
    const mine = await api('GET', '/v1/agent/conversations');
    const list = $('mine');
    clear(list);
    for (const conversation of mine) {
      const button = el('button', (conversation.customer || 'Customer') + ' · ' + conversation.channel,
        { type: 'button' });
      button.addEventListener('click', () => openConversation(conversation.conversationId));
      const li = el('li');
      li.append(button);
      list.append(li);
    }
  } catch (e) {
    // shown again on the next change
  }
}

// ---- one conversation ----

async function claimConversation(id) {
  try {
    const packet = await api('POST', '/v1/queue/' + encodeURIComponent(id) + '/claim');
    showPacket(packet);
    refreshMine();
  } catch (e) {
    alertError(e.status === 409 ? 'Someone else has just taken it.' : e.message);
  }
}

async function openConversation(id) {
  try {
    showPacket(await api('GET', '/v1/agent/conversations/' + encodeURIComponent(id)));
  } catch (e) {
    alertError(e.message);
  }
}

function alertError(message) {
  $('chat-error').textContent = message;
  if ($('chat').hidden) {
    $('nothing-open').textContent = message;
  }
}

function showPacket(packet) {
  state.open = packet.customer.conversationId;
  state.seen = new Set();
  $('nothing-open').hidden = true;
  $('chat').hidden = false;
  $('context').hidden = false;
  $('chat-error').textContent = '';
  $('chat-title').textContent = packet.customer.name || 'Customer';
  setOpenState(packet.customer.state);
  clear($('transcript'));
  packet.transcript.forEach((line) => appendLine(line));
  renderContext(packet);
  renderSuggestions(packet.suggestions);
  $('editor').focus();
}

function setOpenState(value) {
  state.openState = value;
  $('chat-state').textContent = value;
  const holding = value === 'agent';
  for (const id of ['send', 'resolve-bot', 'resolve-close', 'release', 'transfer']) {
    $(id).disabled = !holding;
  }
}

const ROLE_LABELS = { customer: 'Customer', bot: 'Bot', agent: 'Agent', system: 'System' };

function appendLine(message) {
  if (state.seen.has(message.id)) {
    return;
  }
  state.seen.add(message.id);
  const li = el('li', null, { class: 'line', 'data-role': message.role, 'data-message': message.id });
  li.append(el('span', ROLE_LABELS[message.role] + ' · ' + new Date(message.at).toLocaleTimeString(),
    { class: 'line__meta' }), document.createTextNode(message.text));
  $('transcript').append(li);
  if (message.deliveryFailure) {
    renderDeliveryFailure(state.open, message.id, message.deliveryFailure);
  }
  showDeliveryFailure(li);
  li.scrollIntoView({ block: 'end' });
}

const FAILURE_ACTIONS = {
  template_required: 'The 24-hour window is closed: only a template message reaches this customer now.',
};

// a failure may come before its message (the stream delivers in parallel): kept until the line is there
const failures = new Map();

/** Marks a message the customer's channel could not deliver, with the reason and what the agent can do. */
function renderDeliveryFailure(conversationId, messageId, failure) {
  if (conversationId !== state.open) {
    return;
  }
  failures.set(messageId, failure);
  const line = document.querySelector('#transcript .line[data-message="' + CSS.escape(messageId) + '"]');
  if (line) {
    showDeliveryFailure(line);
  }
}

function showDeliveryFailure(line) {
  const failure = failures.get(line.dataset.message);
  if (!failure || line.querySelector('.line__failure')) {
    return;
  }
  const note = el('p', 'Not delivered: ' + (failure.detail || 'the channel refused it') + ' (' + failure.code + ')',
    { class: 'line__failure', role: 'status' });
  if (FAILURE_ACTIONS[failure.action]) {
    note.append(el('strong', ' ' + FAILURE_ACTIONS[failure.action]));
  }
  line.setAttribute('data-failed', 'true');
  line.append(note);
}

function renderContext(packet) {
  const facts = $('customer');
  clear(facts);
  const add = (term, value) => facts.append(el('dt', term), el('dd', value));
  add('Name', packet.customer.name || '—');
  add('Channel', packet.customer.channel);
  add('Contact', packet.customer.externalUserId);
  add('Since', new Date(packet.customer.openedAt).toLocaleString());
  if (packet.handoff) {
    add('Team', packet.handoff.team);
    add('Priority', String(packet.handoff.priority));
    add('Waited', waitingText(packet.handoff.waitedSeconds));
  }
  $('summary-wants').textContent = packet.summary.customerWants;
  $('summary-intent').textContent = packet.summary.understoodAs;
  const bot = $('summary-bot');
  clear(bot);
  packet.summary.botSaid.forEach((text) => bot.append(el('li', 'Bot said: ' + text)));
  const reasons = $('reasons');
  clear(reasons);
  (packet.handoff ? packet.handoff.reasons : []).forEach((reason) => {
    const li = el('li');
    li.append(el('strong', reasonText(reason)), el('br'), el('span', reason.detail, { class: 'muted' }));
    reasons.append(li);
  });
  const note = $('handoff-note');
  note.hidden = !(packet.handoff && packet.handoff.note);
  note.textContent = packet.handoff && packet.handoff.note ? 'Note: ' + packet.handoff.note : '';
  const sentiment = $('sentiment');
  clear(sentiment);
  packet.sentiment.forEach((point) => {
    const tone = point.sentiment <= -0.2 ? 'neg' : point.sentiment >= 0.2 ? 'pos' : 'neutral';
    sentiment.append(el('span', tone === 'neg' ? '▼' : tone === 'pos' ? '▲' : '●',
      { 'data-tone': tone, title: fixed(point.sentiment) }));
  });
  const turns = $('turns');
  clear(turns);
  packet.turns.forEach((turn) => {
    const li = el('li');
    li.append(el('div', turn.topIntents.map((i) => i.intent + ' ' + fixed(i.probability)).join(', ') || 'no intent'));
    const emotions = Object.entries(turn.emotions).sort((a, b) => b[1] - a[1]).slice(0, 2)
      .map(([name, score]) => name + ' ' + fixed(score)).join(', ');
    li.append(el('div', 'sentiment ' + fixed(turn.sentiment) + ' · out of scope ' + fixed(turn.outOfScope)
      + (emotions ? ' · ' + emotions : ''), { class: 'muted' }));
    li.append(el('div', 'decision: ' + turn.decision
      + (turn.reasons.length ? ' — ' + turn.reasons.map((r) => r.signal).join(', ') : '')));
    turns.append(li);
  });
}

function waitingText(seconds) {
  return seconds >= 60 ? Math.round(seconds / 60) + ' min' : seconds + ' s';
}

function renderSuggestions(suggestions) {
  state.suggestions = suggestions;
  const box = $('suggestions');
  clear(box);
  suggestions.forEach((suggestion, index) => {
    const button = el('button', null, { type: 'button', class: 'suggestion', title: 'Alt+' + (index + 1) });
    button.append(el('span', (index + 1) + ' · ' + (suggestion.source === 'standard_answer'
      ? 'standard answer (' + suggestion.basis + ')' : 'similar case'), { class: 'suggestion__source' }),
    document.createTextNode(suggestion.text));
    button.addEventListener('click', () => insertSuggestion(index));
    box.append(button);
  });
}

/** Puts a suggestion into the editor for the agent to edit; it is never sent by itself. */
function insertSuggestion(index) {
  const suggestion = state.suggestions[index];
  if (!suggestion) {
    return;
  }
  const editor = $('editor');
  editor.value = editor.value ? editor.value + '\n' + suggestion.text : suggestion.text;
  editor.focus();
}

async function send(event) {
  if (event) {
    event.preventDefault();
  }
  const text = $('editor').value.trim();
  if (!text || !state.open || state.openState !== 'agent') {
    return;
  }
  try {
    const message = await api('POST', '/v1/agent/conversations/' + encodeURIComponent(state.open) + '/messages',
      { text });
    appendLine(message);
    $('editor').value = '';
    $('chat-error').textContent = '';
  } catch (e) {
    alertError(e.message);
  }
}

async function act(action, body) {
  if (!state.open || state.openState !== 'agent') {
    return;
  }
  try {
    const reply = await api('POST', '/v1/agent/conversations/' + encodeURIComponent(state.open) + '/' + action,
      body);
    setOpenState(reply.state);
    refreshMine();
  } catch (e) {
    alertError(e.message);
  }
}

function transfer(event) {
  event.preventDefault();
  const team = $('transfer-team').value.trim();
  const agent = $('transfer-agent').value.trim();
  act('transfer', { team: team || null, agent: agent || null, note: $('transfer-note').value });
  $('transfer-form').hidden = true;
}

// ---- keyboard ----

function onKey(event) {
  if ($('console').hidden) {
    return;
  }
  if (event.ctrlKey && event.key === 'Enter') {
    send(event);
    return;
  }
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (!event.altKey) {
    if (event.key === '?' && !typing) {
      $('shortcuts').showModal();
    }
    return;
  }
  const key = event.key.toLowerCase();
  const actions = {
    c: () => state.queue.length && claimConversation(state.queue[0].conversationId),
    b: () => act('resolve', { returnToBot: true }),
    x: () => act('resolve', { returnToBot: false }),
    l: () => act('release', { note: '' }),
    t: () => { $('transfer-form').hidden = false; $('transfer-team').focus(); },
  };
  if (actions[key]) {
    event.preventDefault();
    actions[key]();
  } else if (/^[1-9]$/.test(event.key)) {
    event.preventDefault();
    insertSuggestion(Number(event.key) - 1);
  }
}

$('login-form').addEventListener('submit', login);
$('logout').addEventListener('click', () => logout(''));
$('composer').addEventListener('submit', send);
$('resolve-bot').addEventListener('click', () => act('resolve', { returnToBot: true }));
$('resolve-close').addEventListener('click', () => act('resolve', { returnToBot: false }));
$('release').addEventListener('click', () => act('release', { note: '' }));
$('transfer').addEventListener('click', () => { $('transfer-form').hidden = false; $('transfer-team').focus(); });
$('transfer-cancel').addEventListener('click', () => { $('transfer-form').hidden = true; });
$('transfer-form').addEventListener('submit', transfer);
$('shortcuts-button').addEventListener('click', () => $('shortcuts').showModal());
document.addEventListener('keydown', onKey);

if (state.token) {
  start();
}
