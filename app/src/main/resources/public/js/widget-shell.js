// The widget's shell on a host site: a launcher button and a panel with the chat, inside a shadow root whose
// host element resets every inherited style ("all: initial"), so neither the site's CSS nor the widget's leaks.

import { chatApi } from './api.js';
import { startChat } from './chat.js';
import { DEFAULT_TITLE, renderChatPanel } from './chat-panel.js';
import { conversationStore, widgetKey } from './session.js';

const COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i;
const LANG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** The widget's settings from its script tag: data-tact-title, data-tact-lang, data-tact-color. */
export function widgetOptions(dataset, base) {
  const title = (dataset.tactTitle ?? '').trim();
  const lang = (dataset.tactLang ?? '').trim();
  const color = (dataset.tactColor ?? '').trim();
  return {
    base: new URL(base).href,
    title: title || DEFAULT_TITLE,
    lang: LANG.test(lang) ? lang : '',
    color: COLOR.test(color) ? color : '',
  };
}

function storage(kind) {
  try {
    return window[kind];
  } catch (ignored) {
    return null; // blocked: the chat works for this page view
  }
}

/** Mounts the widget into `doc` for the script tag `script` served from `base`; returns { open, close }. */
export function mountWidget(doc, script, base) {
  const options = widgetOptions(script.dataset, base);
  const host = doc.createElement('div');
  host.setAttribute('data-tact-widget', '');
  host.style.setProperty('all', 'initial', 'important');
  const shadow = host.attachShadow({ mode: 'open' });

  const styles = ['chat.css', 'widget.css'].map((file) => {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(file, options.base).href;
    return link;
  });
  const shell = doc.createElement('div');
  shell.className = 'widget';
  shell.hidden = true; // until the styles are in
  if (options.lang) {
    shell.lang = options.lang;
  }
  if (options.color) {
    shell.style.setProperty('--accent', options.color);
  }
  const launcher = doc.createElement('button');
  launcher.type = 'button';
  launcher.className = 'widget__launcher';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'tact-panel');
  launcher.textContent = options.title;
  const panel = doc.createElement('div');
  panel.className = 'widget__panel';
  panel.id = 'tact-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', options.title);
  shell.append(launcher, panel);
  shadow.append(...styles, shell);

  const parts = renderChatPanel(panel, { title: options.title });
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'widget__close';
  close.setAttribute('aria-label', 'Close the chat');
  close.textContent = '×';
  parts.title.after(close);

  let loaded = 0;
  for (const link of styles) {
    const done = () => {
      loaded += 1;
      shell.hidden = loaded < styles.length;
    };
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
  }

  const session = storage('sessionStorage');
  const openKey = `${widgetKey(options.base)}:open`;
  const chat = startChat({
    parts,
    api: chatApi(options.base),
    store: conversationStore(storage('localStorage'), widgetKey(options.base)),
    online: doc.defaultView,
  });

  function setOpen(open) {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    launcher.classList.toggle('widget__launcher--open', open);
    try {
      session?.setItem(openKey, open ? '1' : '');
    } catch (ignored) {
      // the panel just starts closed next time
    }
  }

  const widget = {
    open() {
      setOpen(true);
      chat.focus();
    },
    close() {
      setOpen(false);
      launcher.focus();
    },
  };
  launcher.addEventListener('click', () => (panel.hidden ? widget.open() : widget.close()));
  close.addEventListener('click', () => widget.close());
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      widget.close();
    }
  });
  let wasOpen = false;
  try {
    wasOpen = session?.getItem(openKey) === '1';
  } catch (ignored) {
    // closed
  }
  setOpen(wasOpen);
  doc.body.append(host);
  return widget;
}
