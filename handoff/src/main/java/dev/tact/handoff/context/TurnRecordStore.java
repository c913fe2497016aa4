package dev.tact.handoff.context;

import java.util.List;
import java.util.Optional;

/** Durable per-turn records of what the bot understood, keyed by the customer message. */
public interface TurnRecordStore {

    /** Stores the record; a second record for the same message replaces nothing and returns false. */
    boolean save(TurnRecord record);

    /** The conversation's records, oldest first. */
    List<TurnRecord> forConversation(String conversationId);

    /** The conversation's most recent record. */
    Optional<TurnRecord> latest(String conversationId);
}
