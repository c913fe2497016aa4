import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { insertionIndex, roleLabel, toMillis } from '../../main/resources/public/js/message-list.js';

describe('insertionIndex', () => {
  it('puts a message after the last one not newer than it', () => {
    assert.equal(insertionIndex([], 5), 0);
    assert.equal(insertionIndex([1, 2, 3], 4), 3);
    assert.equal(insertionIndex([1, 3, 5], 4), 2);
    assert.equal(insertionIndex([3, 5], 1), 0);
    assert.equal(insertionIndex([1, 2], 2), 2, 'same time: after');
  });

  it('keeps replies below a message still being sent', () => {
    assert.equal(insertionIndex([1, null, 9], 2), 2);
    assert.equal(insertionIndex([5, null], 2), 2);
  });

  it('appends a message without a time', () => {
    assert.equal(insertionIndex([1, 5], null), 2);
  });
});

describe('labels and times', () => {
  it('names each role and treats unknown ones as notices', () => {
    assert.equal(roleLabel('bot'), 'Assistant');
    assert.equal(roleLabel('weird'), 'Notice');
    assert.equal(toMillis('2026-01-01T00:00:05Z'), toMillis('2026-01-01T00:00:05.000Z'));
    assert.equal(toMillis('nonsense'), null);
  });
});
