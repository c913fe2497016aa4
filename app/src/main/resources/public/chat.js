// Tact customer web chat. Plain ES2020, no dependencies, no build step.
//
// Security: every piece of text that comes from a person or the server is put
// into the page with textContent / createTextNode only, never parsed as HTML.
'use strict';

const STORAGE_KEY = 'tact.conversation';
const MAX_LENGTH = 4000;
const COUNTER_FROM = 3500;
const SEND_ATTEMPTS = 4;
const SEND_RETRY_BASE_MS = 1000;
const RECONNECT_BASE_MS = 500;
const RECONNECT_CAP_MS = 15000;
const NEAR_BOTTOM_PX = 80;

const ROLE_LABELS = new Map([
  ['customer', 'You'],
  ['bot', 'Assistant'],
  ['agent', 'Agent'],
  ['system', 'Notice'],
]);

const dom = {
  connection: document.getElementById('connection'),
  connectionLabel: document.getElementById('connection-label'),
  status: document.getElementById('status'),
  scroller: document.querySelector('.chat__body'),
  welcome: document.getElementById('welcome'),
  name: document.getElementById('customer-name'),
  messages: document.getElementById('messages'),
  typing: document.getElementById('typing'),
  typingLabel: document.getElementById('typing-label'),
  form: document.getElementById('composer'),
  input: document.getElementById('message-input'),
  send: document.getElementById('send-button'),
  counter: document.getElementById('message-counter'),
  error: document.getElementById('composer-error'),
  announcer: document.getElementById('announcer'),
};

const chat = {
  conversation: null, // { id, token } of the current conversation, or null
  creating: null, // pending promise while a conversation is being created
  conversationState: { state: 'bot' }, // last state, with queuePosition / estimatedWaitSeconds
  socket: null,
  reconnectAttempt: 0,
  reconnectTimer: null,
  inFlight: 0, // message POSTs awaiting an answer (drives the typing hint)
  sendQueue: Promise.resolve(), // keeps the customer's messages in order
  outbox: [], // customer messages typed here: { clientMessageId, text, element, id, status }
  seenIds: new Set(),
  seenKeys: new Set(),
};

// ---------------------------------------------------------------------------
// Small helpers

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function newClientMessageId() {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID(); // only available in secure contexts (https, localhost)
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function toMillis(at) {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? null : ms;
}

function formatTime(ms) {
  const date = new Date(ms);
  const time = date.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  if (date.toDateString() === new Date().toDateString()) {
    return time;
  }
  return `${date.toLocaleDateString([], { month: 'short', day: 'numeric' })} ${time}`;
}

function formatWait(seconds) {
  return seconds < 60 ? 'under a minute' : `about ${Math.round(seconds / 60)} min`;
}

// ---------------------------------------------------------------------------
// Stored conversation

function loadStoredConversation() {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY));
    if (stored && typeof stored.id === 'string' && typeof stored.token === 'string') {
      return stored;
    }
  } catch (ignored) {
    // Missing, corrupt or blocked storage: start without a conversation.
  }
  return null;
}

function storeConversation(conversation) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ id: conversation.id, token: conversation.token }));
  } catch (ignored) {
    // Storage may be full or disabled; the chat still works for this page view.
  }
}

function forgetConversation() {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch (ignored) {
    // Nothing to do.
  }
}

// ---------------------------------------------------------------------------
// HTTP API

class ApiError extends Error {
  constructor(status, code, message) {
    super(message || `Request failed (${status})`);
    this.status = status;
    this.code = code;
  }
}

function apiUrl(path) {
  // Relative to the page, so the chat also works behind a path prefix.
  return new URL(path, document.baseURI);
}

function conversationPath(conversation, suffix) {
  return `v1/conversations/${encodeURIComponent(conversation.id)}${suffix}`;
}

async function readJson(response) {
  try {
    return await response.json();
  } catch (ignored) {
    return null;
  }
}

async function request(method, path, { body, token } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(apiUrl(path), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await readJson(response);
  if (!response.ok) {
    throw new ApiError(response.status, data?.error, data?.message);
  }
  return data;
}

/** The stored conversation no longer exists for the server (e.g. its database was wiped). */
function isGone(error) {
  return error instanceof ApiError && (error.status === 401 || error.status === 404);
}

/** Network failures and server errors are worth retrying; the server dedupes by clientMessageId. */
function isRetryable(error) {
  return !(error instanceof ApiError) || error.status >= 500;
}

// ---------------------------------------------------------------------------
// Conversation lifecycle

async function createConversation() {
  const name = dom.name.value.trim();
  const customer = name ? { name } : {};
  const created = await request('POST', 'v1/conversations', { body: { customer } });
  const conversation = { id: created.id, token: created.token };
  storeConversation(conversation);
  return conversation;
}

/** Returns the current conversation, creating one on first use (lazily). */
async function ensureConversation() {
  if (chat.conversation) {
    return chat.conversation;
  }
  if (!chat.creating) {
    chat.creating = createConversation()
      .then((conversation) => {
        adoptConversation(conversation);
        return conversation;
      })
      .finally(() => {
        chat.creating = null;
      });
  }
  return chat.creating;
}

function adoptConversation(conversation) {
  chat.conversation = conversation;
  dom.welcome.hidden = true;
  connectStream();
}

/** Drops a conversation the server no longer knows; the next message starts a new one. */
function dropConversation(conversation) {
  if (chat.conversation !== conversation) {
    return; // already replaced
  }
  chat.conversation = null;
  forgetConversation();
  closeStream();
  applyState({ state: 'bot' });
  dom.welcome.hidden = dom.messages.childElementCount > 0;
}

async function fetchHistory(conversation) {
  const path = conversationPath(conversation, '/messages');
  return request('GET', path, { token: conversation.token });
}

/**
 * Fetches the full history and renders what is missing. Returns false when the
 * conversation turned out to be gone (and was dropped).
 */
async function syncHistory(conversation, { announce }) {
  try {
    const history = await fetchHistory(conversation);
    if (chat.conversation !== conversation) {
      return false;
    }
    for (const message of history.messages ?? []) {
      ingestMessage(message, { announce });
    }
    applyState(history);
    return true;
  } catch (error) {
    if (isGone(error)) {
      dropConversation(conversation);
      return false;
    }
    return true; // transient failure: keep the conversation, try again later
  }
}

async function resumeStoredConversation() {
  const stored = loadStoredConversation();
  if (!stored) {
    return;
  }
  chat.conversation = stored;
  dom.welcome.hidden = true;
  const alive = await syncHistory(stored, { announce: false });
  scrollToBottom();
  if (alive) {
    connectStream();
  }
}

// ---------------------------------------------------------------------------
// Live stream (WebSocket) with reconnect

function streamUrl(conversation) {
  const url = apiUrl(conversationPath(conversation, '/stream'));
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = `?token=${encodeURIComponent(conversation.token)}`;
  return url.href;
}

function connectStream() {
  const conversation = chat.conversation;
  if (!conversation) {
    return;
  }
  closeStream();
  setConnection(chat.reconnectAttempt > 0 ? 'reconnecting' : 'connecting');
  const socket = new WebSocket(streamUrl(conversation));
  chat.socket = socket;
  socket.addEventListener('open', () => onStreamOpen(socket, conversation));
  socket.addEventListener('message', (event) => onStreamFrame(socket, event));
  socket.addEventListener('close', () => onStreamClose(socket));
}

function onStreamOpen(socket, conversation) {
  if (socket !== chat.socket) {
    return;
  }
  chat.reconnectAttempt = 0;
  setConnection('connected');
  // Messages may have arrived while we were not connected: fill the gap.
  syncHistory(conversation, { announce: true });
}

function onStreamFrame(socket, event) {
  if (socket !== chat.socket) {
    return;
  }
  let frame;
  try {
    frame = JSON.parse(event.data);
  } catch (ignored) {
    return;
  }
  if (frame?.type === 'message' && frame.message) {
    ingestMessage(frame.message, { announce: true });
  } else if (frame?.type === 'state') {
    applyState(frame);
  }
}

function onStreamClose(socket) {
  if (socket !== chat.socket) {
    return; // closed on purpose, or replaced by a newer socket
  }
  chat.socket = null;
  scheduleReconnect();
}

function scheduleReconnect() {
  clearTimeout(chat.reconnectTimer);
  const exponential = RECONNECT_BASE_MS * 2 ** chat.reconnectAttempt;
  const delay = Math.min(RECONNECT_CAP_MS, exponential) * (0.75 + Math.random() * 0.5);
  chat.reconnectAttempt += 1;
  setConnection('reconnecting');
  chat.reconnectTimer = setTimeout(reconnect, delay);
}

async function reconnect() {
  chat.reconnectTimer = null;
  const conversation = chat.conversation;
  if (!conversation) {
    return;
  }
  // A WebSocket handshake refused with 401/404 looks like any other close,
  // so ask the HTTP API whether the conversation still exists first.
  const alive = await syncHistory(conversation, { announce: true });
  if (alive && chat.conversation === conversation) {
    connectStream();
  }
}

function closeStream() {
  clearTimeout(chat.reconnectTimer);
  chat.reconnectTimer = null;
  const socket = chat.socket;
  chat.socket = null;
  if (socket) {
    socket.close();
  }
  if (!chat.conversation) {
    chat.reconnectAttempt = 0;
    setConnection('idle');
  }
}

function reconnectNow() {
  if (chat.conversation && chat.reconnectTimer) {
    clearTimeout(chat.reconnectTimer);
    reconnect();
  }
}

function setConnection(state) {
  const labels = { connecting: 'Connecting…', connected: 'Connected', reconnecting: 'Reconnecting…' };
  dom.connection.hidden = state === 'idle';
  dom.connection.dataset.state = state;
  dom.connectionLabel.textContent = labels[state] ?? '';
}

// ---------------------------------------------------------------------------
// Conversation state (status bar)

function queueText(position, waitSeconds) {
  const details = [];
  if (Number.isFinite(position)) {
    details.push(position === 1 ? 'you are next in line' : `you are number ${position} in line`);
  }
  if (Number.isFinite(waitSeconds)) {
    details.push(formatWait(waitSeconds));
  }
  return details.length ? `Waiting for a person — ${details.join(', ')}.` : 'Waiting for a person…';
}

function statusText({ state, queuePosition, estimatedWaitSeconds }) {
  switch (state) {
    case 'queued':
      return queueText(queuePosition, estimatedWaitSeconds);
    case 'agent':
      return 'You are chatting with an agent.';
    case 'closed':
      return 'This conversation is closed.';
    default:
      return 'You are chatting with our assistant.';
  }
}

function applyState(update) {
  if (!update?.state) {
    return;
  }
  const previous = chat.conversationState;
  // The history endpoint has no queue details: keep the last known ones while still queued.
  const next = update.state === previous.state ? { ...previous, ...withoutUndefined(update) } : update;
  chat.conversationState = {
    state: next.state,
    queuePosition: next.queuePosition,
    estimatedWaitSeconds: next.estimatedWaitSeconds,
  };
  dom.status.dataset.state = next.state;
  dom.status.textContent = statusText(next);
  updateTypingHint();
}

function withoutUndefined(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null));
}

// ---------------------------------------------------------------------------
// Rendering messages

function isNearBottom() {
  const { scrollTop, scrollHeight, clientHeight } = dom.scroller;
  return scrollHeight - scrollTop - clientHeight < NEAR_BOTTOM_PX;
}

function scrollToBottom() {
  dom.scroller.scrollTop = dom.scroller.scrollHeight;
}

function roleLabel(role) {
  return ROLE_LABELS.get(role) ?? ROLE_LABELS.get('system');
}

/** Bot and agent bubbles show who speaks; for the others the label is for screen readers only. */
function createAuthorElement(role) {
  const author = document.createElement('span');
  const visible = role === 'bot' || role === 'agent';
  author.className = visible ? 'msg__author' : 'visually-hidden';
  author.textContent = visible ? roleLabel(role) : `${roleLabel(role)}: `;
  return author;
}

function createMessageElement(role, text, atMs) {
  const safeRole = ROLE_LABELS.has(role) ? role : 'system';
  const item = document.createElement('li');
  item.className = `msg msg--${safeRole}`;

  const author = createAuthorElement(safeRole);
  const body = document.createElement('p');
  body.className = 'msg__text';
  body.textContent = text;

  const meta = document.createElement('span');
  meta.className = 'msg__meta';
  item.append(author, body, meta);
  setMessageTime(item, atMs);
  return item;
}

function setMessageTime(item, atMs) {
  const meta = item.querySelector('.msg__meta');
  let time = meta.querySelector('time');
  if (atMs === null) {
    time?.remove();
    delete item.dataset.at;
    return;
  }
  if (!time) {
    time = document.createElement('time');
    meta.prepend(time);
  }
  time.dateTime = new Date(atMs).toISOString();
  time.textContent = formatTime(atMs);
  item.dataset.at = String(atMs);
}

/**
 * Inserts a server message in time order. Scanning back from the end, it goes
 * after the first message that is not newer than it; a local message without a
 * server time yet (sending / failed) is a barrier, so replies stay below it.
 */
function insertInOrder(item, atMs) {
  let anchor = dom.messages.lastElementChild;
  while (anchor && atMs !== null && anchor.dataset.at && Number(anchor.dataset.at) > atMs) {
    anchor = anchor.previousElementSibling;
  }
  if (anchor) {
    anchor.after(item);
  } else {
    dom.messages.prepend(item);
  }
}

function appendLocal(item) {
  dom.messages.append(item);
  dom.welcome.hidden = true;
  scrollToBottom();
}

/** Reads new incoming messages out to screen readers (history is not read out). */
function announceMessage(role, text) {
  const line = document.createElement('p');
  line.textContent = `${roleLabel(role)}: ${text}`;
  dom.announcer.append(line);
  while (dom.announcer.childElementCount > 5) {
    dom.announcer.firstElementChild.remove();
  }
}

// ---------------------------------------------------------------------------
// De-duplication and reconciliation
//
// The same message can reach us up to three times: in the POST reply (no id),
// on the WebSocket (with id) and in a history GET (with id). Rule:
//  * a message with an already seen id is dropped;
//  * otherwise its content key role + time (parsed to ms, so "…:05Z" and
//    "…:05.000Z" agree) + text is checked; if seen, the id is recorded and the
//    message dropped. That matches a POST reply with its stream/history copy,
//    whichever arrives first, and two genuinely identical messages would need
//    the same role, text and millisecond to be merged.
//  * the customer's own messages are shown at once from the outbox, before the
//    server knows them; a server copy with role "customer" is matched to the
//    oldest outbox entry with the same clientMessageId (if the server echoes it)
//    or else the same text, which then takes the server id and time.

function messageKey(role, text, at) {
  return `${role}\u0000${toMillis(at) ?? at}\u0000${text}`;
}

function ingestMessage(message, { announce }) {
  const { id, role, text = '', at } = message;
  if (id && chat.seenIds.has(id)) {
    return;
  }
  if (id) {
    chat.seenIds.add(id);
  }
  const key = messageKey(role, text, at);
  if (chat.seenKeys.has(key)) {
    return;
  }
  chat.seenKeys.add(key);
  if (role === 'customer' && confirmOutboxEntry(message)) {
    return;
  }
  renderServerMessage(role, text, toMillis(at), announce, message.choices);
}

/**
 * Buttons for the replies a bot message offers (a person, the likeliest topics). A click sends the choice's
 * title as the customer's message; any message the customer sends retires every offered choice.
 */
function createChoicesElement(choices) {
  const group = document.createElement('div');
  group.className = 'msg__choices';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Suggested replies');
  for (const choice of choices) {
    if (typeof choice?.title !== 'string' || choice.title === '') {
      continue;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'msg__choice';
    button.textContent = choice.title;
    button.addEventListener('click', () => sendText(choice.title));
    group.append(button);
  }
  return group;
}

function retireChoices() {
  for (const group of dom.messages.querySelectorAll('.msg__choices')) {
    group.remove();
  }
}

function renderServerMessage(role, text, atMs, shouldAnnounce, choices) {
  const stick = isNearBottom();
  const item = createMessageElement(role, text, atMs);
  const isLatest = !dom.messages.lastElementChild?.dataset.at || Number(dom.messages.lastElementChild.dataset.at) <= atMs;
  if (isLatest && (role !== 'bot' || choices?.length)) {
    retireChoices(); // the customer has moved on, or a newer message offers its own
  }
  if (role === 'bot' && Array.isArray(choices) && choices.length > 0 && isLatest) {
    item.append(createChoicesElement(choices));
  }
  insertInOrder(item, atMs);
  dom.welcome.hidden = true;
  if (stick) {
    scrollToBottom();
  }
  if (shouldAnnounce && role !== 'customer') {
    announceMessage(role, text);
  }
}

function findOutboxEntry(message) {
  const unconfirmed = chat.outbox.filter((entry) => !entry.id);
  return (
    unconfirmed.find((entry) => message.clientMessageId && entry.clientMessageId === message.clientMessageId) ??
    unconfirmed.find((entry) => entry.text.trim() === (message.text ?? '').trim())
  );
}

function confirmOutboxEntry(message) {
  const entry = findOutboxEntry(message);
  if (!entry) {
    return false;
  }
  entry.id = message.id ?? true;
  setMessageTime(entry.element, toMillis(message.at));
  setOutboxStatus(entry, 'sent'); // the server has it, even if our POST looked lost
  return true;
}

// ---------------------------------------------------------------------------
// Sending

function setOutboxStatus(entry, status) {
  entry.status = status;
  const { element } = entry;
  element.classList.toggle('msg--pending', status === 'sending');
  element.classList.toggle('msg--failed', status === 'failed');
  element.querySelector('.msg__state')?.remove();
  element.querySelector('.msg__retry')?.remove();
  if (status === 'sending') {
    addStateNote(element, 'Sending…');
  } else if (status === 'failed') {
    addStateNote(element, 'Not sent');
    addRetryButton(entry);
  }
}

function addStateNote(element, text) {
  const note = document.createElement('span');
  note.className = 'msg__state';
  note.textContent = text;
  element.querySelector('.msg__meta').append(note);
}

function addRetryButton(entry) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'msg__retry';
  button.textContent = 'Retry';
  button.setAttribute('aria-label', 'Retry sending this message');
  button.addEventListener('click', () => {
    clearError();
    enqueueDelivery(entry);
  });
  entry.element.querySelector('.msg__meta').append(button);
}

function createOutboxEntry(text) {
  const entry = {
    clientMessageId: newClientMessageId(),
    text,
    element: createMessageElement('customer', text, null),
    id: null,
    status: 'sending',
  };
  chat.outbox.push(entry);
  appendLocal(entry.element);
  return entry;
}

function enqueueDelivery(entry) {
  setOutboxStatus(entry, 'sending');
  chat.sendQueue = chat.sendQueue.then(() => deliver(entry));
}

async function postMessage(entry) {
  const conversation = await ensureConversation();
  try {
    const path = conversationPath(conversation, '/messages');
    const body = { text: entry.text, clientMessageId: entry.clientMessageId };
    return await request('POST', path, { body, token: conversation.token });
  } catch (error) {
    if (isGone(error)) {
      dropConversation(conversation);
    }
    throw error;
  }
}

/** POSTs with the same clientMessageId until it succeeds, a 4xx says no, or attempts run out. */
async function postWithRetry(entry) {
  let recreated = false;
  let failures = 0;
  for (;;) {
    try {
      return await postMessage(entry);
    } catch (error) {
      if (isGone(error) && !recreated) {
        recreated = true; // postMessage dropped it; the next try creates a new conversation
        continue;
      }
      failures += 1;
      if (!isRetryable(error) || failures >= SEND_ATTEMPTS) {
        throw error;
      }
      await sleep(SEND_RETRY_BASE_MS * 2 ** (failures - 1));
      if (entry.id) {
        return null; // the stream showed the server has it; its replies come that way too
      }
    }
  }
}

async function deliver(entry) {
  if (entry.id) {
    return; // the stream already told us the server has it
  }
  setTyping(1);
  try {
    const response = await postWithRetry(entry);
    if (entry.status !== 'sent') {
      setOutboxStatus(entry, 'sent');
    }
    handleSendResponse(response);
  } catch (error) {
    handleSendError(entry, error);
  } finally {
    setTyping(-1);
  }
}

function handleSendResponse(response) {
  for (const reply of response?.replies ?? []) {
    ingestMessage(reply, { announce: true });
  }
  applyState(response);
}

function handleSendError(entry, error) {
  if (entry.id) {
    return; // the server confirmed it through the stream after all
  }
  if (error instanceof ApiError && error.status < 500 && !isGone(error)) {
    rejectOutboxEntry(entry, error);
    return;
  }
  setOutboxStatus(entry, 'failed');
  showError('Your message could not be sent. Check your connection and press Retry.');
}

/** The server refused the message (e.g. too long, empty): give the text back for editing. */
function rejectOutboxEntry(entry, error) {
  entry.element.remove();
  chat.outbox = chat.outbox.filter((other) => other !== entry);
  if (!dom.input.value) {
    dom.input.value = entry.text;
    updateComposer();
  }
  showError(error.message);
}

function setTyping(delta) {
  chat.inFlight += delta;
  updateTypingHint();
}

function updateTypingHint() {
  const waiting = chat.inFlight > 0;
  dom.typing.hidden = !waiting;
  dom.typingLabel.textContent = chat.conversationState.state === 'bot' ? 'Assistant is typing…' : 'Sending…';
  if (waiting && isNearBottom()) {
    scrollToBottom();
  }
}

// ---------------------------------------------------------------------------
// Composer

function showError(text) {
  dom.error.textContent = text;
}

function clearError() {
  dom.error.textContent = '';
}

/** Characters as the server counts them: Unicode code points, so an emoji is one, not two. */
function characterCount(text) {
  let count = 0;
  for (const _ of text) {
    count += 1;
  }
  return count;
}

function updateComposer() {
  const text = dom.input.value;
  const length = characterCount(text);
  const tooLong = length > MAX_LENGTH;
  dom.send.disabled = tooLong || text.trim() === '';
  dom.input.setAttribute('aria-invalid', String(tooLong));
  dom.counter.hidden = length < COUNTER_FROM;
  dom.counter.dataset.level = tooLong ? 'over' : 'warn';
  dom.counter.textContent = tooLong
    ? `${length} / ${MAX_LENGTH} — too long by ${length - MAX_LENGTH}`
    : `${length} / ${MAX_LENGTH}`;
  autoGrow();
}

function autoGrow() {
  dom.input.style.height = 'auto';
  dom.input.style.height = `${dom.input.scrollHeight + 2}px`;
}

function submitComposer() {
  const text = dom.input.value.trim();
  if (text === '' || characterCount(dom.input.value) > MAX_LENGTH) {
    return;
  }
  dom.input.value = '';
  updateComposer();
  sendText(text);
  dom.input.focus();
}

function sendText(text) {
  clearError();
  retireChoices();
  enqueueDelivery(createOutboxEntry(text));
}

function onComposerKeydown(event) {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    submitComposer();
  }
}

// ---------------------------------------------------------------------------
// Start

function start() {
  dom.form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitComposer();
  });
  dom.input.addEventListener('keydown', onComposerKeydown);
  dom.input.addEventListener('input', updateComposer);
  dom.name.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      dom.input.focus();
    }
  });
  window.addEventListener('online', reconnectNow);
  updateComposer();
  resumeStoredConversation();
}

start();
