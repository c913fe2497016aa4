package dev.tact.handoff.queue;

import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.core.engine.EngineTexts;
import dev.tact.core.handoff.QueueTicket;

/**
 * Tells waiting customers their new place in line when it changed meaningfully since they were last told:
 * they are next now, or they moved by at least two places and a third of where they were.
 */
public final class QueueNotices {

    private final AgentQueue queue;
    private final HandoffStore store;
    private final ConversationStore conversations;
    private final CustomerMessenger messenger;
    private final EngineTexts texts;

    public QueueNotices(AgentQueue queue, HandoffStore store, ConversationStore conversations,
                        CustomerMessenger messenger, EngineTexts texts) {
        this.queue = queue;
        this.store = store;
        this.conversations = conversations;
        this.messenger = messenger;
        this.texts = texts;
    }

    /** True when moving from the place last told to the new one is worth a message. */
    static boolean meaningful(int told, int now) {
        if (told == 0) {
            return true;
        }
        if (now == 1) {
            return told != 1;
        }
        int moved = Math.abs(told - now);
        return moved >= 2 && moved * 3 >= told;
    }

    /** Checks every waiting customer once; returns how many were told. */
    public int tellChanges() {
        int told = 0;
        for (QueueEntry entry : queue.entries()) {
            Handoff handoff = entry.handoff();
            if (!meaningful(handoff.toldPosition(), entry.position())) {
                continue;
            }
            var conversation = conversations.find(handoff.conversationId());
            if (conversation.isEmpty()) {
                continue;
            }
            QueueTicket ticket = queue.ticket(handoff.conversationId()).orElse(null);
            if (ticket == null) {
                continue;
            }
            store.told(handoff.id(), ticket.position());
            messenger.say(conversation.get(), Role.SYSTEM, MessageKind.QUEUE_UPDATE, texts.placeInLine(ticket));
            told++;
        }
        return told;
    }
}
