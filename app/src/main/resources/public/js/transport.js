// A live stream over a WebSocket that comes back by itself: exponential backoff with jitter between attempts,
// and a hook before each attempt (the chat asks the HTTP API for what it missed, and whether to go on at all).
// Shared by the customer chat and the agent console. No DOM: everything it touches is passed in.

export const RECONNECT_BASE_MS = 500;
export const RECONNECT_CAP_MS = 15000;

/** Milliseconds to wait before reconnect attempt `attempt` (0-based): doubling, capped, ±25 % jitter. */
export function backoffDelay(attempt, { baseMs = RECONNECT_BASE_MS, capMs = RECONNECT_CAP_MS, random = Math.random } = {}) {
  return Math.min(capMs, baseMs * 2 ** attempt) * (0.75 + random() * 0.5);
}

/**
 * One stream with reconnect. Options:
 *  - url(): the address to open, or null when there is nothing to follow (then it stays idle);
 *  - onFrame(frame): each JSON frame; frames that are not JSON are dropped;
 *  - onOpen(): the socket is open (time to catch up on what was missed);
 *  - onStatus(status): 'connecting', 'connected', 'reconnecting' or 'idle';
 *  - shouldReconnect(closeEvent): false to stop for good (e.g. the session ended); default true;
 *  - beforeReconnect(): async, runs before each new attempt; resolving to false stops reconnecting;
 *  - WebSocket, setTimeout, clearTimeout, random: for tests.
 */
export class Stream {
  constructor(options) {
    this.options = {
      onFrame: () => {},
      onOpen: () => {},
      onStatus: () => {},
      shouldReconnect: () => true,
      beforeReconnect: async () => true,
      WebSocket: globalThis.WebSocket,
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (id) => globalThis.clearTimeout(id),
      random: Math.random,
      ...options,
    };
    this.socket = null;
    this.attempt = 0;
    this.timer = null;
    this.status = 'idle';
    this.stopped = true;
  }

  /** Opens the stream now (closing any open one). */
  connect() {
    this.stopped = false;
    this.cancelTimer();
    this.dropSocket();
    const url = this.options.url();
    if (!url) {
      this.setStatus('idle');
      return;
    }
    this.setStatus(this.attempt > 0 ? 'reconnecting' : 'connecting');
    const socket = new this.options.WebSocket(url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (socket === this.socket) {
        this.attempt = 0;
        this.setStatus('connected');
        this.options.onOpen();
      }
    });
    socket.addEventListener('message', (event) => {
      if (socket === this.socket) {
        const frame = parseFrame(event.data);
        if (frame) {
          this.options.onFrame(frame);
        }
      }
    });
    socket.addEventListener('close', (event) => {
      if (socket !== this.socket) {
        return; // closed on purpose, or replaced by a newer socket
      }
      this.socket = null;
      if (this.options.shouldReconnect(event)) {
        this.scheduleReconnect();
      } else {
        this.setStatus('idle');
      }
    });
  }

  /** Closes the stream and stops reconnecting. */
  close() {
    this.stopped = true;
    this.cancelTimer();
    this.dropSocket();
    this.attempt = 0;
    this.setStatus('idle');
  }

  /** Skips the wait of a pending reconnect (e.g. the browser is back online). */
  reconnectNow() {
    if (this.timer !== null) {
      this.cancelTimer();
      this.reconnect();
    }
  }

  scheduleReconnect() {
    this.cancelTimer();
    const delay = backoffDelay(this.attempt, { random: this.options.random });
    this.attempt += 1;
    this.setStatus('reconnecting');
    this.timer = this.options.setTimeout(() => {
      this.timer = null;
      this.reconnect();
    }, delay);
  }

  async reconnect() {
    let goOn;
    try {
      goOn = await this.options.beforeReconnect();
    } catch (ignored) {
      goOn = true; // the check itself failed (offline?): try the socket anyway, backing off
    }
    if (goOn === false) {
      this.close();
    } else if (!this.stopped && this.timer === null && this.socket === null) {
      this.connect();
    }
  }

  cancelTimer() {
    if (this.timer !== null) {
      this.options.clearTimeout(this.timer);
      this.timer = null;
    }
  }

  dropSocket() {
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.close();
    }
  }

  setStatus(status) {
    if (status !== this.status) {
      this.status = status;
      this.options.onStatus(status);
    }
  }
}

function parseFrame(data) {
  try {
    const frame = JSON.parse(data);
    return frame && typeof frame === 'object' ? frame : null;
  } catch (ignored) {
    return null;
  }
}

/** The ws: or wss: address of `path` relative to the HTTP base `base`, with `query` parameters. */
export function socketUrl(base, path, query = {}) {
  const url = new URL(path, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = new URLSearchParams(query).toString();
  return url.href;
}
