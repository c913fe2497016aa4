package dev.tact.handoff.testing;

import dev.tact.handoff.context.TurnRecord;
import dev.tact.handoff.context.TurnRecordStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turn records in memory, for tests. */
public final class InMemoryTurnRecords implements TurnRecordStore {

    private final List<TurnRecord> records = new ArrayList<>();

    @Override
    public synchronized boolean save(TurnRecord record) {
        if (records.stream().anyMatch(kept -> kept.messageId().equals(record.messageId()))) {
            return false;
        }
        return records.add(record);
    }

    @Override
    public synchronized List<TurnRecord> forConversation(String conversationId) {
        return records.stream().filter(record -> record.conversationId().equals(conversationId)).toList();
    }

    @Override
    public synchronized Optional<TurnRecord> latest(String conversationId) {
        List<TurnRecord> mine = forConversation(conversationId);
        return mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1));
    }
}
