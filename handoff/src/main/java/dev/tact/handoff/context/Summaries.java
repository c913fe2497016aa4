package dev.tact.handoff.context;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.handoff.assist.Bm25Index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An extractive summary: the customer's two sentences that carry the most distinct content words (the last
 * one before the escalation counts double), in the order written; and the bot's last answers.
 */
public final class Summaries {

    private static final int SENTENCES = 2;
    private static final int MAX_SENTENCE = 240;
    private static final int BOT_LINES = 3;
    private static final int MAX_BOT_LINE = 200;

    private Summaries() {
    }

    private record Sentence(int order, String text, double score) {
    }

    public static ContextPacket.Summary of(List<Message> transcript, List<TurnRecord> turns) {
        List<Sentence> sentences = new ArrayList<>();
        List<Message> fromCustomer = transcript.stream().filter(Message::fromCustomer).toList();
        String lastBeforeHandoff = lastCustomerBeforeHandoff(transcript);
        for (Message message : fromCustomer) {
            for (String sentence : message.text().split("(?<=[.!?])\\s+|\\n+")) {
                String clean = sentence.strip();
                if (clean.isEmpty()) {
                    continue;
                }
                Set<String> content = new HashSet<>(Bm25Index.tokens(clean));
                double weight = message.id().equals(lastBeforeHandoff) ? 2 : 1;
                sentences.add(new Sentence(sentences.size(), cut(clean, MAX_SENTENCE), content.size() * weight));
            }
        }
        String wants = String.join(" ", sentences.stream()
                .sorted(Comparator.comparingDouble(Sentence::score).reversed()).limit(SENTENCES)
                .sorted(Comparator.comparingInt(Sentence::order)).map(Sentence::text).toList());
        String understood = turns.isEmpty() ? Analysis.NO_INTENT
                : turns.get(turns.size() - 1).analysis().top().intent();
        List<String> botSaid = transcript.stream()
                .filter(message -> message.role() == Role.BOT
                        && (message.kind() == MessageKind.ANSWER || message.kind() == MessageKind.CLARIFY))
                .map(message -> cut(message.text(), MAX_BOT_LINE)).toList();
        return new ContextPacket.Summary(wants, understood,
                botSaid.subList(Math.max(0, botSaid.size() - BOT_LINES), botSaid.size()));
    }

    private static String lastCustomerBeforeHandoff(List<Message> transcript) {
        String last = "";
        for (Message message : transcript) {
            if (message.fromCustomer()) {
                last = message.id();
            } else if (message.kind() == MessageKind.HANDOFF) {
                return last;
            }
        }
        return last;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
