// Where the browser keeps the customer's conversation (its id and access token) across page loads.

/** The page at / keeps its key from before the widget, so returning customers keep their conversation. */
export const PAGE_KEY = 'tact.conversation';

/** The widget's key on the host site's storage: one per Tact server, so two chats on one site stay apart. */
export function widgetKey(apiBase) {
  return `tact.widget.conversation:${new URL(apiBase).origin}`;
}

/** load / save / forget of { id, token } in `storage` (localStorage), surviving a full or blocked storage. */
export function conversationStore(storage, key) {
  return {
    load() {
      try {
        const stored = JSON.parse(storage.getItem(key));
        if (stored && typeof stored.id === 'string' && typeof stored.token === 'string') {
          return { id: stored.id, token: stored.token };
        }
      } catch (ignored) {
        // Missing, corrupt or blocked storage: start without a conversation.
      }
      return null;
    },
    save(conversation) {
      try {
        storage.setItem(key, JSON.stringify({ id: conversation.id, token: conversation.token }));
      } catch (ignored) {
        // Storage may be full or disabled; the chat still works for this page view.
      }
    },
    forget() {
      try {
        storage.removeItem(key);
      } catch (ignored) {
        // Nothing to do.
      }
    },
  };
}
