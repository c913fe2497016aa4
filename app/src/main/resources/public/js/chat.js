// One customer chat: creates the conversation on the first message, sends messages in order with retries,
// follows the stream, and catches up over HTTP after a reconnect. The page at / and the widget both run it.

import { isGone, isRetryable, ApiError, newClientMessageId } from './api.js';
import { composer } from './composer.js';
import { MessageLedger } from './ledger.js';
import { messageList } from './message-list.js';
import { statusView } from './status.js';
import { Stream } from './transport.js';

const SEND_ATTEMPTS = 4;
const SEND_RETRY_BASE_MS = 1000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the chat in the panel `parts` (see renderChatPanel) against `api` (see chatApi), keeping the
 * conversation in `store` (see conversationStore). `online` is the window, whose 'online' event skips the wait
 * of a pending reconnect.
 */
export function startChat({ parts, api, store, online }) {
  const chat = {
    conversation: null, // { id, token }, or null before the first message
    creating: null, // pending promise while a conversation is being created
    inFlight: 0, // message POSTs awaiting an answer (drives the typing hint)
    sendQueue: Promise.resolve(), // keeps the customer's messages in order
  };
  const ledger = new MessageLedger();
  const status = statusView(parts);
  const list = messageList(parts, {
    onChoice: (title) => sendText(title),
    onRetry: (entry) => {
      box.clearError();
      enqueue(entry);
    },
  });
  const box = composer(parts, { onSend: (text) => sendText(text) });
  const stream = new Stream({
    url: () => (chat.conversation ? api.streamUrl(chat.conversation) : null),
    onFrame,
    onOpen: () => chat.conversation && syncHistory(chat.conversation, { announce: true }),
    onStatus: (value) => status.connection(value),
    // 4403: this site may not embed the chat; trying again will not change that
    shouldReconnect: (event) => event.code !== 4403,
    // a handshake refused with 401/404 looks like any other close: ask the HTTP API whether to go on
    beforeReconnect: () => (chat.conversation ? syncHistory(chat.conversation, { announce: true }) : false),
  });

  function onFrame(frame) {
    if (frame.type === 'message' && frame.message) {
      ingest(frame.message, { announce: true });
    } else if (frame.type === 'state') {
      applyState(frame);
    }
  }

  function applyState(update) {
    status.apply(update);
    updateTypingHint();
  }

  function ingest(message, { announce }) {
    const verdict = ledger.admit(message);
    if (verdict.kind === 'confirm') {
      list.confirm(verdict.entry, message);
      list.setOutboxStatus(verdict.entry, 'sent'); // the server has it, even if our POST looked lost
    } else if (verdict.kind === 'new') {
      list.showServerMessage(message, { announce });
    }
  }

  // ---- conversation lifecycle

  async function ensureConversation() {
    if (chat.conversation) {
      return chat.conversation;
    }
    if (!chat.creating) {
      chat.creating = api.createConversation(parts.name.value.trim())
        .then((conversation) => {
          store.save(conversation);
          adopt(conversation);
          return conversation;
        })
        .finally(() => {
          chat.creating = null;
        });
    }
    return chat.creating;
  }

  function adopt(conversation) {
    chat.conversation = conversation;
    parts.welcome.hidden = true;
    stream.connect();
  }

  /** Drops a conversation the server no longer knows; the next message starts a new one. */
  function drop(conversation) {
    if (chat.conversation !== conversation) {
      return; // already replaced
    }
    chat.conversation = null;
    store.forget();
    stream.close();
    applyState({ state: 'bot' });
    parts.welcome.hidden = !list.isEmpty;
  }

  /** Reads the history and shows what is missing; false when the conversation turned out to be gone. */
  async function syncHistory(conversation, { announce }) {
    try {
      const history = await api.history(conversation);
      if (chat.conversation !== conversation) {
        return false;
      }
      for (const message of history.messages ?? []) {
        ingest(message, { announce });
      }
      applyState(history);
      return true;
    } catch (error) {
      if (isGone(error)) {
        drop(conversation);
        return false;
      }
      return true; // transient failure: keep the conversation, try again later
    }
  }

  async function resume() {
    const stored = store.load();
    if (!stored) {
      return;
    }
    chat.conversation = stored;
    parts.welcome.hidden = true;
    const alive = await syncHistory(stored, { announce: false });
    list.scrollToBottom();
    if (alive) {
      stream.connect();
    }
  }

  // ---- sending

  function sendText(text) {
    box.clearError();
    list.retireChoices();
    const entry = ledger.track({ clientMessageId: newClientMessageId(), text, id: null, status: 'sending' });
    entry.element = list.showLocal(text);
    enqueue(entry);
  }

  function enqueue(entry) {
    list.setOutboxStatus(entry, 'sending');
    chat.sendQueue = chat.sendQueue.then(() => deliver(entry));
  }

  async function post(entry) {
    const conversation = await ensureConversation();
    try {
      return await api.sendMessage(conversation, entry.text, entry.clientMessageId);
    } catch (error) {
      if (isGone(error)) {
        drop(conversation);
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
        return await post(entry);
      } catch (error) {
        if (isGone(error) && !recreated) {
          recreated = true; // post dropped it; the next try creates a new conversation
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
      const answer = await postWithRetry(entry);
      if (answer?.message) {
        ingest(answer.message, { announce: false });
      }
      if (entry.status !== 'sent') {
        list.setOutboxStatus(entry, 'sent');
      }
      for (const reply of answer?.replies ?? []) {
        ingest(reply, { announce: true });
      }
      applyState(answer);
    } catch (error) {
      failed(entry, error);
    } finally {
      setTyping(-1);
    }
  }

  function failed(entry, error) {
    if (entry.id) {
      return; // the server confirmed it through the stream after all
    }
    if (error instanceof ApiError && error.status < 500 && !isGone(error)) {
      // refused (too long, empty…): give the text back for editing
      list.remove(entry);
      ledger.forget(entry);
      box.restore(entry.text);
      box.showError(error.message);
      return;
    }
    list.setOutboxStatus(entry, 'failed');
    box.showError('Your message could not be sent. Check your connection and press Retry.');
  }

  function setTyping(delta) {
    chat.inFlight += delta;
    updateTypingHint();
  }

  function updateTypingHint() {
    const waiting = chat.inFlight > 0;
    parts.typing.hidden = !waiting;
    parts.typingLabel.textContent = status.state.state === 'bot' ? 'Assistant is typing…' : 'Sending…';
    if (waiting && list.isNearBottom()) {
      list.scrollToBottom();
    }
  }

  parts.name.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      parts.input.focus();
    }
  });
  online?.addEventListener('online', () => stream.reconnectNow());
  const resumed = resume();

  return {
    /** Settles once a stored conversation has been read back (or there was none). */
    resumed,
    focus: () => parts.input.focus(),
  };
}
