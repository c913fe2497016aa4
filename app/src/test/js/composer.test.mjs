import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { characterCount, composer, composerState, isSendKey, MAX_LENGTH } from '../../main/resources/public/js/composer.js';
import { fakeElement } from './fakes.mjs';

describe('composerState', () => {
  it('counts code points as the server does', () => {
    assert.equal(characterCount('😀😀'), 2);
    assert.equal(composerState('😀'.repeat(MAX_LENGTH)).tooLong, false);
    assert.equal(composerState('😀'.repeat(MAX_LENGTH + 1)).tooLong, true);
  });

  it('shows the counter near the limit and refuses empty or too long messages', () => {
    assert.equal(composerState('   ').canSend, false);
    assert.equal(composerState('hi').canSend, true);
    assert.equal(composerState('hi').counterHidden, true);
    const near = composerState('a'.repeat(3600));
    assert.equal(near.counterHidden, false);
    assert.equal(near.counterLevel, 'warn');
    const over = composerState('a'.repeat(4002));
    assert.equal(over.canSend, false);
    assert.equal(over.counterText, '4002 / 4000 — too long by 2');
  });

  it('sends on Enter, not on Shift+Enter nor while composing', () => {
    assert.equal(isSendKey({ key: 'Enter' }), true);
    assert.equal(isSendKey({ key: 'Enter', shiftKey: true }), false);
    assert.equal(isSendKey({ key: 'Enter', isComposing: true }), false);
  });
});

describe('composer', () => {
  it('hands the trimmed text over on Enter and empties the box', () => {
    const parts = { form: fakeElement(), input: fakeElement(), send: fakeElement(), counter: fakeElement(), error: fakeElement() };
    const sent = [];
    const box = composer(parts, { onSend: (text) => sent.push(text) });
    assert.equal(parts.send.disabled, true);
    parts.input.value = '  hello  ';
    parts.input.dispatch('input');
    assert.equal(parts.send.disabled, false);
    const event = parts.input.dispatch('keydown', { key: 'Enter' });
    assert.equal(event.defaultPrevented, true);
    assert.deepEqual(sent, ['hello']);
    assert.equal(parts.input.value, '');
    box.restore('refused text');
    assert.equal(parts.input.value, 'refused text');
    box.showError('Too long');
    assert.equal(parts.error.textContent, 'Too long');
  });
});
