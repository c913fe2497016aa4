// The chat page at /: the panel fills the page and talks to the server that served it.

import { chatApi } from './api.js';
import { startChat } from './chat.js';
import { renderChatPanel } from './chat-panel.js';
import { conversationStore, PAGE_KEY } from './session.js';

function storage() {
  try {
    return window.localStorage;
  } catch (ignored) {
    return null; // blocked: the chat works for this page view
  }
}

const parts = renderChatPanel(document.getElementById('chat-root'), { title: document.title });
// the page's own address is the base, so the chat also works behind a path prefix
startChat({ parts, api: chatApi(document.baseURI), store: conversationStore(storage(), PAGE_KEY), online: window });
