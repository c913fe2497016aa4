package dev.tact.handoff.queue;

import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.core.engine.EngineTexts;
import dev.tact.core.handoff.QueueTicket;

/**
 * Tells waiting customers their new place in line when it changed meaningfully since they were last told:
 * they are next now, or they moved by at least two places and a third of where they were. Only the places behind
 * a change move, so only those customers are looked at: an arrival moves back the ones behind it, a claim, a
 * requeue or an abandonment the ones behind the handoff that left or came back. The line and the wait estimate's
 * inputs are read once per change.
 */
public final class QueueNotices {

    private final AgentQueue queue;
    private final HandoffLine line;
    private final ToldPositions told;
    private final ConversationStore conversations;
    private final CustomerMessenger messenger;
    private final EngineTexts texts;

    public QueueNotices(AgentQueue queue, HandoffLine line, ToldPositions told, ConversationStore conversations,
                        CustomerMessenger messenger, EngineTexts texts) {
        this.queue = queue;
        this.line = line;
        this.told = told;
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

    /** A conversation came into line: tells those it moved back; returns how many were told. */
    public int arrived(String conversationId) {
        return line.open(conversationId).map(this::tellBehind).orElse(0);
    }

    /**
     * Tells the customers behind {@code moved} (a handoff that just came into its team's line, or left it: as it
     * was) whose place changed meaningfully; returns how many were told.
     */
    public int tellBehind(Handoff moved) {
        return tellBehind(moved, queue.snapshot());
    }

    /** As {@link #tellBehind(Handoff)}, on a snapshot of the line taken after the change. */
    public int tellBehind(Handoff moved, AgentQueue.Snapshot snapshot) {
        int count = 0;
        for (QueueEntry entry : snapshot.behind(moved)) {
            Handoff handoff = entry.handoff();
            if (!meaningful(handoff.toldPosition(), entry.position())) {
                continue;
            }
            var conversation = conversations.find(handoff.conversationId());
            if (conversation.isEmpty()) {
                continue;
            }
            QueueTicket ticket = snapshot.ticket(entry);
            told.told(handoff.id(), ticket.position());
            messenger.say(conversation.get(), Role.SYSTEM, MessageKind.QUEUE_UPDATE, texts.placeInLine(ticket));
            count++;
        }
        return count;
    }
}
