package dev.tact.handoff.context;

import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationNotFoundException;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.Message;
import dev.tact.handoff.assist.ReplySuggester;
import dev.tact.handoff.queue.Handoff;
import dev.tact.handoff.queue.HandoffHistory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Puts together the {@link ContextPacket} of a conversation from the stores. */
public final class ContextBuilder {

    private static final int TOP_INTENTS = 3;
    private static final int SUGGESTIONS = 4;

    private final ConversationStore conversations;
    private final TurnRecordStore turns;
    private final HandoffHistory handoffs;
    private final FailedDeliveries failed;
    private final ReplySuggester suggester;
    private final Clock clock;

    public ContextBuilder(ConversationStore conversations, TurnRecordStore turns, HandoffHistory handoffs,
                          FailedDeliveries failed, ReplySuggester suggester, Clock clock) {
        this.conversations = conversations;
        this.turns = turns;
        this.handoffs = handoffs;
        this.failed = failed;
        this.suggester = suggester;
        this.clock = clock;
    }

    public ContextPacket build(String conversationId) {
        Conversation conversation = conversations.find(conversationId)
                .orElseThrow(() -> new ConversationNotFoundException(conversationId));
        List<Message> transcript = conversations.messages(conversationId);
        List<TurnRecord> records = turns.forConversation(conversationId);
        Instant now = clock.instant();
        ContextPacket.HandoffView handoff = handoffs.latest(conversationId).map(found -> view(found, now))
                .orElse(null);
        String customerText = transcript.stream().filter(Message::fromCustomer).map(Message::text)
                .collect(Collectors.joining("\n"));
        ContextPacket.Summary summary = Summaries.of(transcript, records);
        Map<String, DeliveryFailure> undelivered = failed.of(conversationId);
        return new ContextPacket(
                new ContextPacket.Customer(conversation.id(), conversation.channel().id(),
                        conversation.customerName(), conversation.externalUserId(), conversation.createdAt(),
                        conversation.state().id()),
                handoff,
                transcript.stream().map(message -> line(message, undelivered)).toList(),
                records.stream().map(ContextBuilder::turn).toList(),
                records.stream().map(record -> new ContextPacket.SentimentPoint(record.messageId(), record.at(),
                        record.analysis().sentiment())).toList(),
                summary,
                suggester.suggest(conversationId, customerText, summary.understoodAs(), SUGGESTIONS));
    }

    private static ContextPacket.HandoffView view(Handoff handoff, Instant now) {
        Instant until = handoff.firstClaimedAt().orElse(now);
        return new ContextPacket.HandoffView(handoff.team(), handoff.priority(), handoff.reasons(),
                handoff.requestedAt(), handoff.waiting(until).toSeconds(), handoff.agent(), handoff.note());
    }

    private static ContextPacket.Line line(Message message, Map<String, DeliveryFailure> undelivered) {
        return new ContextPacket.Line(message.id(), message.role().name().toLowerCase(Locale.ROOT),
                message.kind().id(), message.text(), message.intent(), message.at(),
                Optional.ofNullable(undelivered.get(message.id())));
    }

    private static ContextPacket.Turn turn(TurnRecord record) {
        var analysis = record.analysis();
        return new ContextPacket.Turn(record.messageId(), record.at(),
                analysis.intents().stream().limit(TOP_INTENTS).toList(), analysis.outOfScope(),
                analysis.sentiment(), analysis.emotions(), analysis.signals(), record.decision(), record.reasons(),
                analysis.analyzer());
    }
}
