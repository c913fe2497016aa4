import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { conversationStore, PAGE_KEY, widgetKey } from '../../main/resources/public/js/session.js';
import { fakeStorage } from './fakes.mjs';

describe('conversationStore', () => {
  it('keeps id and token across loads, and forgets them', () => {
    const storage = fakeStorage();
    const store = conversationStore(storage, PAGE_KEY);
    assert.equal(store.load(), null);
    store.save({ id: 'c1', token: 't1', extra: 'dropped' });
    assert.deepEqual(conversationStore(storage, PAGE_KEY).load(), { id: 'c1', token: 't1' });
    store.forget();
    assert.equal(store.load(), null);
  });

  it('ignores corrupt entries and survives a blocked storage', () => {
    const storage = fakeStorage();
    storage.setItem(PAGE_KEY, '{not json');
    assert.equal(conversationStore(storage, PAGE_KEY).load(), null);
    storage.setItem(PAGE_KEY, JSON.stringify({ id: 1, token: 't' }));
    assert.equal(conversationStore(storage, PAGE_KEY).load(), null);
    const blocked = conversationStore(null, PAGE_KEY);
    assert.equal(blocked.load(), null);
    blocked.save({ id: 'c', token: 't' });
    blocked.forget();
  });

  it('gives each Tact server its own widget key, apart from the page', () => {
    assert.equal(widgetKey('https://tact.test/x/'), 'tact.widget.conversation:https://tact.test');
    assert.notEqual(widgetKey('https://a.test/'), widgetKey('https://b.test/'));
    assert.notEqual(widgetKey('https://a.test/'), PAGE_KEY);
  });
});
