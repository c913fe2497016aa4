// Which messages the page already shows. The same message can arrive up to three times: in the answer to the
// POST that sent it, on the stream and in a history read after a reconnect. Every copy carries the server's
// message id, and the customer's own messages their clientMessageId, so copies are matched by id, never by text:
//  * a message whose id was seen is dropped;
//  * a customer message whose clientMessageId is one this page sent confirms that entry of the outbox (shown at
//    once, before the server had it) instead of being shown twice;
//  * anything else is new.

export class MessageLedger {
  constructor() {
    this.seenIds = new Set();
    this.outbox = []; // { clientMessageId, text, id, status, ... } of messages typed on this page
  }

  /** Adds a message typed here; it waits for its server copy. */
  track(entry) {
    this.outbox.push(entry);
    return entry;
  }

  forget(entry) {
    this.outbox = this.outbox.filter((other) => other !== entry);
  }

  /** The unconfirmed outbox entry this server message is the copy of, if any. */
  entryFor(message) {
    if (message.role !== 'customer' || !message.clientMessageId) {
      return undefined;
    }
    return this.outbox.find((entry) => !entry.id && entry.clientMessageId === message.clientMessageId);
  }

  /**
   * What to do with a server message: { kind: 'duplicate' }, { kind: 'confirm', entry } (the entry now has the
   * server's id) or { kind: 'new' }.
   */
  admit(message) {
    if (message.id && this.seenIds.has(message.id)) {
      return { kind: 'duplicate' };
    }
    if (message.id) {
      this.seenIds.add(message.id);
    }
    const entry = this.entryFor(message);
    if (entry) {
      entry.id = message.id ?? true;
      return { kind: 'confirm', entry };
    }
    return { kind: 'new' };
  }
}
