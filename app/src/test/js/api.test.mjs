import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { ApiError, chatApi, isGone, isRetryable, newClientMessageId } from '../../main/resources/public/js/api.js';
import { fakeFetch } from './fakes.mjs';

const BASE = 'https://tact.test/prefix/';

describe('chatApi', () => {
  it('creates a conversation relative to the base, without cookies', async () => {
    const { fetch, calls } = fakeFetch({
      'POST https://tact.test/prefix/v1/conversations': { status: 201, body: { id: 'c 1', token: 't' } },
    });
    assert.deepEqual(await chatApi(BASE, fetch).createConversation('Ada'), { id: 'c 1', token: 't' });
    assert.deepEqual(calls[0].body, { customer: { name: 'Ada' } });
    assert.equal(calls[0].credentials, 'omit');
    assert.equal(calls[0].headers['Content-Type'], 'application/json');
  });

  it('sends the text with its clientMessageId and the bearer token', async () => {
    const answer = { replies: [], state: 'bot', message: { id: 'm1', clientMessageId: 'k1' } };
    const { fetch, calls } = fakeFetch({
      'POST https://tact.test/prefix/v1/conversations/c%201/messages': { status: 200, body: answer },
    });
    const reply = await chatApi(BASE, fetch).sendMessage({ id: 'c 1', token: 'secret' }, 'hi', 'k1');
    assert.deepEqual(reply, answer);
    assert.deepEqual(calls[0].body, { text: 'hi', clientMessageId: 'k1' });
    assert.equal(calls[0].headers.Authorization, 'Bearer secret');
  });

  it('turns an error answer into an ApiError with the server code and message', async () => {
    const { fetch } = fakeFetch({
      'GET https://tact.test/prefix/v1/conversations/c/messages': {
        status: 404, body: { error: 'conversation_not_found', message: 'No such conversation.' },
      },
    });
    await assert.rejects(chatApi(BASE, fetch).history({ id: 'c', token: 't' }), (error) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 404);
      assert.equal(error.code, 'conversation_not_found');
      assert.equal(error.message, 'No such conversation.');
      return true;
    });
  });

  it('gives the stream address on the same server', () => {
    const api = chatApi(BASE, () => {});
    assert.equal(api.streamUrl({ id: 'c', token: 't/+' }), 'wss://tact.test/prefix/v1/conversations/c/stream?token=t%2F%2B');
  });
});

describe('errors', () => {
  it('401 and 404 mean the conversation is gone; network and 5xx are retried, 4xx not', () => {
    assert.equal(isGone(new ApiError(401)), true);
    assert.equal(isGone(new ApiError(404)), true);
    assert.equal(isGone(new ApiError(400)), false);
    assert.equal(isGone(new TypeError('Failed to fetch')), false);
    assert.equal(isRetryable(new TypeError('Failed to fetch')), true);
    assert.equal(isRetryable(new ApiError(503)), true);
    assert.equal(isRetryable(new ApiError(413)), false);
  });
});

describe('newClientMessageId', () => {
  it('is a UUID the server accepts, with or without crypto.randomUUID', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    assert.match(newClientMessageId(), uuid);
    const noRandomUuid = { getRandomValues: (bytes) => globalThis.crypto.getRandomValues(bytes) };
    const a = newClientMessageId(noRandomUuid);
    assert.match(a, uuid);
    assert.notEqual(a, newClientMessageId(noRandomUuid));
  });
});
