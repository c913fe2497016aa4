import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';

import { backoffDelay, RECONNECT_CAP_MS, socketUrl, Stream } from '../../main/resources/public/js/transport.js';
import { FakeSocket, fakeTimers } from './fakes.mjs';

function stream(options = {}) {
  const timers = fakeTimers();
  const seen = { frames: [], statuses: [], opens: 0 };
  const s = new Stream({
    url: () => 'ws://tact.test/stream',
    onFrame: (frame) => seen.frames.push(frame),
    onOpen: () => {
      seen.opens += 1;
    },
    onStatus: (status) => seen.statuses.push(status),
    WebSocket: FakeSocket,
    setTimeout: (fn, ms) => timers.setTimeout(fn, ms),
    clearTimeout: (id) => timers.clearTimeout(id),
    random: () => 0.5,
    ...options,
  });
  return { s, timers, seen };
}

describe('backoffDelay', () => {
  it('doubles from the base up to the cap, with jitter of a quarter either way', () => {
    assert.equal(backoffDelay(0, { random: () => 0.5 }), 500);
    assert.equal(backoffDelay(3, { random: () => 0.5 }), 4000);
    assert.equal(backoffDelay(30, { random: () => 0.5 }), RECONNECT_CAP_MS);
    assert.equal(backoffDelay(0, { random: () => 0 }), 375);
    assert.equal(backoffDelay(0, { random: () => 1 }), 625);
  });
});

describe('Stream', () => {
  beforeEach(() => FakeSocket.reset());

  it('passes JSON frames on and drops the rest', () => {
    const { s, seen } = stream();
    s.connect();
    FakeSocket.last().open();
    FakeSocket.last().receive({ type: 'state', state: 'bot' });
    FakeSocket.last().receive('not json');
    FakeSocket.last().receive('42');
    assert.deepEqual(seen.frames, [{ type: 'state', state: 'bot' }]);
    assert.deepEqual(seen.statuses, ['connecting', 'connected']);
    assert.equal(seen.opens, 1);
  });

  it('reconnects after a drop with growing delays and catches up before each attempt', async () => {
    let checks = 0;
    const { s, timers, seen } = stream({ beforeReconnect: async () => { checks += 1; return true; } });
    s.connect();
    FakeSocket.last().drop();
    assert.equal(seen.statuses.at(-1), 'reconnecting');
    await timers.run();
    assert.equal(checks, 1);
    assert.equal(FakeSocket.all.length, 2);
    FakeSocket.last().drop();
    await timers.run();
    assert.deepEqual(timers.delays, [500, 1000]);
    FakeSocket.last().open();
    assert.equal(seen.statuses.at(-1), 'connected');
    FakeSocket.last().drop();
    assert.equal(timers.delays.at(-1), 500, 'an open socket resets the backoff');
  });

  it('stops when the catch-up says the conversation is gone', async () => {
    const { s, timers, seen } = stream({ beforeReconnect: async () => false });
    s.connect();
    FakeSocket.last().drop();
    await timers.run();
    assert.equal(FakeSocket.all.length, 1);
    assert.equal(seen.statuses.at(-1), 'idle');
  });

  it('keeps trying when the catch-up itself fails', async () => {
    const { s, timers } = stream({ beforeReconnect: async () => { throw new TypeError('offline'); } });
    s.connect();
    FakeSocket.last().drop();
    await timers.run();
    assert.equal(FakeSocket.all.length, 2);
  });

  it('stops for good when shouldReconnect says so', () => {
    const { s, timers, seen } = stream({ shouldReconnect: (event) => event.code !== 4401 });
    s.connect();
    FakeSocket.last().drop(4401);
    assert.equal(timers.pending, 0);
    assert.equal(seen.statuses.at(-1), 'idle');
  });

  it('does not reconnect after close, and ignores the closed socket', async () => {
    const { s, timers, seen } = stream();
    s.connect();
    const first = FakeSocket.last();
    s.close();
    assert.equal(first.closed, true);
    first.receive({ type: 'late' });
    assert.equal(timers.pending, 0);
    assert.deepEqual(seen.frames, []);
    assert.equal(seen.statuses.at(-1), 'idle');
  });

  it('stays idle without an address, and reconnectNow skips the wait', async () => {
    let url = null;
    const { s, timers, seen } = stream({ url: () => url });
    s.connect();
    assert.equal(FakeSocket.all.length, 0);
    assert.deepEqual(seen.statuses, []);
    url = 'ws://tact.test/stream';
    s.connect();
    FakeSocket.last().drop();
    s.reconnectNow();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(FakeSocket.all.length, 2);
    assert.equal(timers.pending, 0);
  });
});

describe('socketUrl', () => {
  it('turns http into ws and https into wss, keeping a path prefix', () => {
    assert.equal(socketUrl('http://tact.test/chat/', 'v1/x/stream', { token: 'a b' }), 'ws://tact.test/chat/v1/x/stream?token=a+b');
    assert.equal(socketUrl('https://tact.test/', '/v1/agent/stream', { token: 't' }), 'wss://tact.test/v1/agent/stream?token=t');
  });
});
