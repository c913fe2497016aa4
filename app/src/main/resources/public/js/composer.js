// The message box: counts characters as the server does, says when a message is too long, sends on Enter.

export const MAX_LENGTH = 4000;
export const COUNTER_FROM = 3500;

/** Characters as the server counts them: Unicode code points, so an emoji is one, not two. */
export function characterCount(text) {
  let count = 0;
  for (const _ of text) {
    count += 1;
  }
  return count;
}

/** What the composer shows for `text`. */
export function composerState(text) {
  const length = characterCount(text);
  const tooLong = length > MAX_LENGTH;
  return {
    length,
    tooLong,
    canSend: !tooLong && text.trim() !== '',
    counterHidden: length < COUNTER_FROM,
    counterLevel: tooLong ? 'over' : 'warn',
    counterText: tooLong ? `${length} / ${MAX_LENGTH} — too long by ${length - MAX_LENGTH}` : `${length} / ${MAX_LENGTH}`,
  };
}

/** True for the key press that sends: Enter without Shift, and not while an input method composes. */
export function isSendKey(event) {
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing;
}

/** Wires the composer's elements; `onSend(text)` gets each message to send. */
export function composer(parts, { onSend }) {
  const { form, input, send, counter, error } = parts;

  function update() {
    const view = composerState(input.value);
    send.disabled = !view.canSend;
    input.setAttribute('aria-invalid', String(view.tooLong));
    counter.hidden = view.counterHidden;
    counter.dataset.level = view.counterLevel;
    counter.textContent = view.counterText;
    input.style.height = 'auto';
    input.style.height = `${input.scrollHeight + 2}px`;
  }

  function submit() {
    const view = composerState(input.value);
    if (!view.canSend) {
      return;
    }
    const text = input.value.trim();
    input.value = '';
    update();
    onSend(text);
    input.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener('keydown', (event) => {
    if (isSendKey(event)) {
      event.preventDefault();
      submit();
    }
  });
  input.addEventListener('input', update);
  update();

  return {
    showError(text) {
      error.textContent = text;
    },
    clearError() {
      error.textContent = '';
    },
    /** Gives a refused message back for editing, unless the customer has typed something new. */
    restore(text) {
      if (!input.value) {
        input.value = text;
        update();
      }
    },
  };
}
