// Small stand-ins for the browser pieces the modules use: a WebSocket, timers, storage, fetch, and just enough
// of a DOM element for the views.

export class FakeSocket {
  static all = [];

  constructor(url) {
    this.url = url;
    this.listeners = {};
    this.closed = false;
    FakeSocket.all.push(this);
  }

  static reset() {
    FakeSocket.all = [];
  }

  static last() {
    return FakeSocket.all[FakeSocket.all.length - 1];
  }

  addEventListener(type, listener) {
    (this.listeners[type] ??= []).push(listener);
  }

  emit(type, event = {}) {
    for (const listener of this.listeners[type] ?? []) {
      listener(event);
    }
  }

  open() {
    this.emit('open');
  }

  receive(data) {
    this.emit('message', { data: typeof data === 'string' ? data : JSON.stringify(data) });
  }

  /** The server or the network closed it. */
  drop(code = 1006) {
    this.emit('close', { code });
  }

  close() {
    this.closed = true;
    this.emit('close', { code: 1000 });
  }
}

/** Timers run by hand: run() fires every pending one. */
export function fakeTimers() {
  let next = 1;
  const pending = new Map();
  return {
    delays: [],
    setTimeout(fn, ms) {
      const id = next++;
      pending.set(id, fn);
      this.delays.push(ms);
      return id;
    },
    clearTimeout(id) {
      pending.delete(id);
    },
    get pending() {
      return pending.size;
    },
    async run() {
      const due = [...pending.values()];
      pending.clear();
      for (const fn of due) {
        fn();
      }
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

export function fakeStorage() {
  const items = new Map();
  return {
    items,
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
  };
}

/** fetch answering from `routes` ("METHOD url" → { status, body }), recording every call. */
export function fakeFetch(routes) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, ...init, body: init.body === undefined ? undefined : JSON.parse(init.body) });
    const route = routes[`${init.method} ${url}`];
    if (!route) {
      throw new TypeError('Failed to fetch');
    }
    return {
      ok: route.status >= 200 && route.status < 300,
      status: route.status,
      json: async () => {
        if (route.body === undefined) {
          throw new SyntaxError('no body');
        }
        return route.body;
      },
    };
  };
  return { fetch, calls };
}

/** An element with the properties the status and composer views set. */
export function fakeElement() {
  const listeners = {};
  const attributes = {};
  return {
    hidden: false,
    disabled: false,
    textContent: '',
    value: '',
    scrollHeight: 40,
    dataset: {},
    style: {},
    attributes,
    focused: 0,
    setAttribute: (name, value) => {
      attributes[name] = value;
    },
    addEventListener(type, listener) {
      (listeners[type] ??= []).push(listener);
    },
    dispatch(type, event = {}) {
      const full = { preventDefault() { this.defaultPrevented = true; }, ...event };
      for (const listener of listeners[type] ?? []) {
        listener(full);
      }
      return full;
    },
    focus() {
      this.focused += 1;
    },
  };
}
