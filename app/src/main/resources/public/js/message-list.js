// The list of messages: bubbles in time order, suggested replies, the customer's own messages while they are
// sent, and a polite live region that reads new messages out. Text goes in with textContent only, never as HTML.

const NEAR_BOTTOM_PX = 80;

export const ROLE_LABELS = new Map([
  ['customer', 'You'],
  ['bot', 'Assistant'],
  ['agent', 'Agent'],
  ['system', 'Notice'],
]);

export function roleLabel(role) {
  return ROLE_LABELS.get(role) ?? ROLE_LABELS.get('system');
}

export function toMillis(at) {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? null : ms;
}

export function formatTime(ms, now = new Date()) {
  const date = new Date(ms);
  const time = date.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  if (date.toDateString() === now.toDateString()) {
    return time;
  }
  return `${date.toLocaleDateString([], { month: 'short', day: 'numeric' })} ${time}`;
}

/**
 * Where a message at `atMs` goes among bubbles with times `times` (null for one not yet on the server): after
 * the last bubble not newer than it, scanning back from the end; a bubble without a time is a barrier, so
 * replies stay below the customer's message being sent. Returns the index to insert at.
 */
export function insertionIndex(times, atMs) {
  let index = times.length;
  while (index > 0 && atMs !== null && times[index - 1] !== null && times[index - 1] > atMs) {
    index -= 1;
  }
  return index;
}

/** The message list of one chat panel. `parts`: scroller, messages, welcome, announcer. */
export function messageList(parts, { onChoice, onRetry }) {
  const { scroller, messages, welcome, announcer } = parts;
  const doc = messages.ownerDocument;

  const make = (tag, className, text) => {
    const node = doc.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  };

  const isNearBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < NEAR_BOTTOM_PX;
  const scrollToBottom = () => {
    scroller.scrollTop = scroller.scrollHeight;
  };

  function setTime(item, atMs) {
    const meta = item.querySelector('.msg__meta');
    let time = meta.querySelector('time');
    if (atMs === null) {
      time?.remove();
      delete item.dataset.at;
      return;
    }
    if (!time) {
      time = make('time');
      meta.prepend(time);
    }
    time.dateTime = new Date(atMs).toISOString();
    time.textContent = formatTime(atMs);
    item.dataset.at = String(atMs);
  }

  /** Bot and agent bubbles show who speaks; for the others the label is for screen readers only. */
  function bubble(role, text, atMs, id) {
    const safeRole = ROLE_LABELS.has(role) ? role : 'system';
    const item = make('li', `msg msg--${safeRole}`);
    const visible = safeRole === 'bot' || safeRole === 'agent';
    item.append(
      make('span', visible ? 'msg__author' : 'visually-hidden', visible ? roleLabel(safeRole) : `${roleLabel(safeRole)}: `),
      make('p', 'msg__text', text),
      make('span', 'msg__meta'),
    );
    if (id) {
      item.dataset.id = id;
    }
    setTime(item, atMs);
    return item;
  }

  function choicesElement(choices) {
    const group = make('div', 'msg__choices');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Suggested replies');
    for (const choice of choices) {
      if (typeof choice?.title !== 'string' || choice.title === '') {
        continue;
      }
      const button = make('button', 'msg__choice', choice.title);
      button.type = 'button';
      button.addEventListener('click', () => onChoice(choice.title));
      group.append(button);
    }
    return group;
  }

  function retireChoices() {
    for (const group of messages.querySelectorAll('.msg__choices')) {
      group.remove();
    }
  }

  function insert(item, atMs) {
    const items = Array.from(messages.children);
    const times = items.map((other) => (other.dataset.at ? Number(other.dataset.at) : null));
    const index = insertionIndex(times, atMs);
    if (index === 0) {
      messages.prepend(item);
    } else {
      items[index - 1].after(item);
    }
  }

  function announce(role, text) {
    announcer.append(make('p', undefined, `${roleLabel(role)}: ${text}`));
    while (announcer.childElementCount > 5) {
      announcer.firstElementChild.remove();
    }
  }

  function note(entry, text) {
    entry.element.querySelector('.msg__meta').append(make('span', 'msg__state', text));
  }

  return {
    isNearBottom,
    scrollToBottom,
    retireChoices,
    get isEmpty() {
      return messages.childElementCount === 0;
    },

    /** Shows a message from the server (history, stream or a send answer). */
    showServerMessage(message, { announce: shouldAnnounce }) {
      const { role, text = '', choices } = message;
      const atMs = toMillis(message.at);
      const stick = isNearBottom();
      const item = bubble(role, text, atMs, message.id);
      const last = messages.lastElementChild;
      const isLatest = !last?.dataset.at || Number(last.dataset.at) <= atMs;
      if (isLatest && (role !== 'bot' || choices?.length)) {
        retireChoices(); // the customer has moved on, or a newer message offers its own
      }
      if (role === 'bot' && Array.isArray(choices) && choices.length > 0 && isLatest) {
        item.append(choicesElement(choices));
      }
      insert(item, atMs);
      welcome.hidden = true;
      if (stick) {
        scrollToBottom();
      }
      if (shouldAnnounce && role !== 'customer') {
        announce(role, text);
      }
    },

    /** Shows a message the customer typed here, before the server has it; returns its element. */
    showLocal(text) {
      const item = bubble('customer', text, null);
      messages.append(item);
      welcome.hidden = true;
      scrollToBottom();
      return item;
    },

    /** The server has the customer's message: its id and time. */
    confirm(entry, message) {
      if (message.id) {
        entry.element.dataset.id = message.id;
      }
      setTime(entry.element, toMillis(message.at));
    },

    /** 'sending', 'sent' or 'failed' (with a Retry button). */
    setOutboxStatus(entry, status) {
      entry.status = status;
      const { element } = entry;
      element.classList.toggle('msg--pending', status === 'sending');
      element.classList.toggle('msg--failed', status === 'failed');
      element.querySelector('.msg__state')?.remove();
      element.querySelector('.msg__retry')?.remove();
      if (status === 'sending') {
        note(entry, 'Sending…');
      } else if (status === 'failed') {
        note(entry, 'Not sent');
        const button = make('button', 'msg__retry', 'Retry');
        button.type = 'button';
        button.setAttribute('aria-label', 'Retry sending this message');
        button.addEventListener('click', () => onRetry(entry));
        element.querySelector('.msg__meta').append(button);
      }
    },

    remove(entry) {
      entry.element.remove();
    },
  };
}
