import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { MessageLedger } from '../../main/resources/public/js/ledger.js';

describe('MessageLedger', () => {
  it('drops every later copy of a message by its id', () => {
    const ledger = new MessageLedger();
    const reply = { id: 'r1', role: 'bot', text: 'Hello', at: '2026-01-01T10:00:00Z' };
    assert.equal(ledger.admit(reply).kind, 'new');
    assert.equal(ledger.admit({ ...reply, at: '2026-01-01T10:00:00.000Z' }).kind, 'duplicate');
  });

  it('never matches by text: two identical replies with their own ids are both shown', () => {
    const ledger = new MessageLedger();
    const at = '2026-01-01T10:00:00Z';
    assert.equal(ledger.admit({ id: 'r1', role: 'bot', text: 'Yes', at }).kind, 'new');
    assert.equal(ledger.admit({ id: 'r2', role: 'bot', text: 'Yes', at }).kind, 'new');
  });

  it('confirms the outbox entry with the same clientMessageId, not one with the same text', () => {
    const ledger = new MessageLedger();
    const first = ledger.track({ clientMessageId: 'k1', text: 'hi', id: null });
    const second = ledger.track({ clientMessageId: 'k2', text: 'hi', id: null });
    const verdict = ledger.admit({ id: 'm2', role: 'customer', text: 'hi', clientMessageId: 'k2' });
    assert.equal(verdict.kind, 'confirm');
    assert.equal(verdict.entry, second);
    assert.equal(second.id, 'm2');
    assert.equal(first.id, null);
    assert.equal(ledger.admit({ id: 'm2', role: 'customer', text: 'hi', clientMessageId: 'k2' }).kind, 'duplicate');
  });

  it('shows a customer message from another tab, and forgets a refused entry', () => {
    const ledger = new MessageLedger();
    const entry = ledger.track({ clientMessageId: 'k1', text: 'hi', id: null });
    assert.equal(ledger.admit({ id: 'm9', role: 'customer', text: 'hi', clientMessageId: 'other-tab' }).kind, 'new');
    assert.equal(ledger.admit({ id: 'm8', role: 'customer', text: 'hi' }).kind, 'new');
    ledger.forget(entry);
    assert.equal(ledger.admit({ id: 'm1', role: 'customer', text: 'hi', clientMessageId: 'k1' }).kind, 'new');
  });

  it('does not let a bot reply confirm the customer message it answers', () => {
    const ledger = new MessageLedger();
    const entry = ledger.track({ clientMessageId: 'k1', text: 'hi', id: null });
    assert.equal(ledger.admit({ id: 'r1', role: 'bot', text: 'hi', clientMessageId: 'k1' }).kind, 'new');
    assert.equal(entry.id, null);
  });
});
