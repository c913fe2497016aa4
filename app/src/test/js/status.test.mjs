import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { mergeState, queueText, statusText, statusView } from '../../main/resources/public/js/status.js';
import { fakeElement } from './fakes.mjs';

describe('statusText', () => {
  it('says who the customer talks to and where they stand in line', () => {
    assert.equal(statusText({ state: 'bot' }), 'You are chatting with our assistant.');
    assert.equal(statusText({ state: 'agent' }), 'You are chatting with an agent.');
    assert.equal(statusText({ state: 'closed' }), 'This conversation is closed.');
    assert.equal(statusText({ state: 'queued', queuePosition: 1, estimatedWaitSeconds: 30 }),
      'Waiting for a person — you are next in line, under a minute.');
    assert.equal(queueText(3, 150), 'Waiting for a person — you are number 3 in line, about 3 min.');
    assert.equal(queueText(undefined, undefined), 'Waiting for a person…');
  });
});

describe('mergeState', () => {
  it('keeps the place in line while still queued, and drops it on a change of state', () => {
    const queued = mergeState({ state: 'bot' }, { state: 'queued', queuePosition: 2, estimatedWaitSeconds: 90 });
    assert.deepEqual(mergeState(queued, { state: 'queued' }), queued);
    assert.equal(mergeState(queued, { state: 'queued', queuePosition: 1 }).queuePosition, 1);
    assert.deepEqual(mergeState(queued, { state: 'agent' }),
      { state: 'agent', queuePosition: undefined, estimatedWaitSeconds: undefined });
    assert.equal(mergeState(queued, {}), queued);
    assert.equal(mergeState(queued, null), queued);
  });
});

describe('statusView', () => {
  it('writes the status line and the connection indicator', () => {
    const parts = { status: fakeElement(), connection: fakeElement(), connectionLabel: fakeElement() };
    const view = statusView(parts);
    view.apply({ state: 'queued', queuePosition: 4 });
    assert.equal(parts.status.dataset.state, 'queued');
    assert.match(parts.status.textContent, /number 4 in line/);
    view.connection('reconnecting');
    assert.equal(parts.connection.hidden, false);
    assert.equal(parts.connectionLabel.textContent, 'Reconnecting…');
    view.connection('idle');
    assert.equal(parts.connection.hidden, true);
  });
});
