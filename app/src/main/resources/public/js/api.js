// The customer API v1 of the web chat over HTTP (fetch). No DOM: the base URL and fetch are passed in.

import { socketUrl } from './transport.js';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || `Request failed (${status})`);
    this.status = status;
    this.code = code;
  }
}

/** The stored conversation no longer exists for the server (e.g. its database was wiped). */
export function isGone(error) {
  return error instanceof ApiError && (error.status === 401 || error.status === 404);
}

/** Network failures and server errors are worth retrying; the server dedupes by clientMessageId. */
export function isRetryable(error) {
  return !(error instanceof ApiError) || error.status >= 500;
}

/** A random UUID: the clientMessageId of one customer message (retries of it send the same one). */
export function newClientMessageId(random = globalThis.crypto) {
  if (typeof random.randomUUID === 'function') {
    return random.randomUUID(); // only available in secure contexts (https, localhost)
  }
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function readJson(response) {
  try {
    return await response.json();
  } catch (ignored) {
    return null;
  }
}

/**
 * The API of the Tact server at `base` (the page's own address, or the widget's script address): paths are
 * relative to it, so Tact also works behind a path prefix.
 */
export function chatApi(base, fetchImpl = (...args) => globalThis.fetch(...args)) {
  const conversationPath = (conversation, suffix) => `v1/conversations/${encodeURIComponent(conversation.id)}${suffix}`;

  async function request(method, path, { body, token } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }
    const response = await fetchImpl(new URL(path, base).href, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', // the token is the credential; no cookies cross sites
    });
    const data = await readJson(response);
    if (!response.ok) {
      throw new ApiError(response.status, data?.error, data?.message);
    }
    return data;
  }

  return {
    /** Opens a conversation: { id, token }. */
    async createConversation(name) {
      const created = await request('POST', 'v1/conversations', { body: { customer: name ? { name } : {} } });
      return { id: created.id, token: created.token };
    },
    /** Sends one customer message; the answer holds the stored message, the replies and the state. */
    sendMessage(conversation, text, clientMessageId) {
      return request('POST', conversationPath(conversation, '/messages'), {
        body: { text, clientMessageId },
        token: conversation.token,
      });
    },
    history(conversation) {
      return request('GET', conversationPath(conversation, '/messages'), { token: conversation.token });
    },
    streamUrl(conversation) {
      return socketUrl(base, conversationPath(conversation, '/stream'), { token: conversation.token });
    },
  };
}
