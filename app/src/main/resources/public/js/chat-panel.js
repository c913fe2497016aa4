// The markup of one chat panel, the same for the page at / and the widget. Only constant markup is parsed;
// the title and every message go in as text.

const MARKUP = `
<main class="chat" aria-labelledby="chat-title">
  <header class="chat__header">
    <h1 id="chat-title" class="chat__title"></h1>
    <p id="connection" class="connection" data-state="idle" hidden>
      <span class="connection__dot" aria-hidden="true"></span>
      <span id="connection-label" class="connection__label"></span>
    </p>
  </header>
  <p id="status" class="status" role="status" data-state="bot">You are chatting with our assistant.</p>
  <section class="chat__body" aria-label="Conversation">
    <div id="welcome" class="welcome">
      <p class="welcome__text">Hi! Ask us anything — our assistant answers right away, and a person can take over when needed.</p>
      <label class="welcome__label" for="customer-name">Your name <span class="welcome__hint">(optional)</span></label>
      <input id="customer-name" class="welcome__input" type="text" name="name" autocomplete="name" maxlength="200">
    </div>
    <ol id="messages" class="messages" aria-label="Messages"></ol>
  </section>
  <p id="typing" class="typing" hidden>
    <span class="typing__dots" aria-hidden="true"><span></span><span></span><span></span></span>
    <span id="typing-label">Assistant is typing…</span>
  </p>
  <form id="composer" class="composer" novalidate>
    <p id="composer-error" class="composer__error" role="alert"></p>
    <div class="composer__row">
      <label class="visually-hidden" for="message-input">Your message</label>
      <textarea id="message-input" class="composer__input" name="text" rows="1"
                placeholder="Type your message…" autocomplete="off"
                aria-describedby="message-help message-counter"></textarea>
      <button id="send-button" class="composer__send" type="submit" disabled>Send</button>
    </div>
    <div class="composer__meta">
      <span id="message-help" class="composer__help">Enter to send, Shift+Enter for a new line</span>
      <span id="message-counter" class="composer__counter" aria-live="polite" hidden></span>
    </div>
  </form>
  <div id="announcer" class="visually-hidden" aria-live="polite" aria-atomic="false"></div>
</main>`;

export const DEFAULT_TITLE = 'Tact — customer care';

/** Builds the panel into `container` (an element or a shadow root) and returns its parts by name. */
export function renderChatPanel(container, { title = DEFAULT_TITLE } = {}) {
  const doc = container.ownerDocument ?? container;
  const template = doc.createElement('template');
  template.innerHTML = MARKUP;
  container.append(template.content);
  const part = (id) => container.querySelector(`#${id}`);
  part('chat-title').textContent = title;
  return {
    panel: container.querySelector('.chat'),
    title: part('chat-title'),
    connection: part('connection'),
    connectionLabel: part('connection-label'),
    status: part('status'),
    scroller: container.querySelector('.chat__body'),
    welcome: part('welcome'),
    name: part('customer-name'),
    messages: part('messages'),
    typing: part('typing'),
    typingLabel: part('typing-label'),
    form: part('composer'),
    input: part('message-input'),
    send: part('send-button'),
    counter: part('message-counter'),
    error: part('composer-error'),
    announcer: part('announcer'),
  };
}
