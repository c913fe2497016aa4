// The status line (who the customer is talking to, their place in line) and the connection indicator.

export function formatWait(seconds) {
  return seconds < 60 ? 'under a minute' : `about ${Math.round(seconds / 60)} min`;
}

export function queueText(position, waitSeconds) {
  const details = [];
  if (Number.isFinite(position)) {
    details.push(position === 1 ? 'you are next in line' : `you are number ${position} in line`);
  }
  if (Number.isFinite(waitSeconds)) {
    details.push(formatWait(waitSeconds));
  }
  return details.length ? `Waiting for a person — ${details.join(', ')}.` : 'Waiting for a person…';
}

export function statusText({ state, queuePosition, estimatedWaitSeconds }) {
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

/**
 * The state after `update` (a stream frame, a history or a send answer). An update without queue details
 * keeps the last known ones while the state stays the same; an update without a state changes nothing.
 */
export function mergeState(previous, update) {
  if (!update?.state) {
    return previous;
  }
  const known = (value) => (value === undefined || value === null ? undefined : value);
  const same = update.state === previous.state;
  return {
    state: update.state,
    queuePosition: known(update.queuePosition) ?? (same ? previous.queuePosition : undefined),
    estimatedWaitSeconds: known(update.estimatedWaitSeconds) ?? (same ? previous.estimatedWaitSeconds : undefined),
  };
}

export const CONNECTION_LABELS = { connecting: 'Connecting…', connected: 'Connected', reconnecting: 'Reconnecting…' };

/** The status line and connection indicator of one chat panel: parts are elements found in its markup. */
export function statusView(parts) {
  let current = { state: 'bot' };
  return {
    get state() {
      return current;
    },
    apply(update) {
      const next = mergeState(current, update);
      if (next !== current) {
        current = next;
        parts.status.dataset.state = next.state;
        parts.status.textContent = statusText(next);
      }
      return current;
    },
    connection(status) {
      parts.connection.hidden = status === 'idle';
      parts.connection.dataset.state = status;
      parts.connectionLabel.textContent = CONNECTION_LABELS[status] ?? '';
    },
  };
}
