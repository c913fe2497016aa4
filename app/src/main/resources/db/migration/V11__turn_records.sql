-- What the bot understood of each customer message and what it decided, for the agent's context packet.

CREATE TABLE turn_records (
    message_id      VARCHAR(64)     NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(64)     NOT NULL REFERENCES conversations (id),
    decision        VARCHAR(16)     NOT NULL,
    -- the most probable intent, for routing and metrics
    top_intent      VARCHAR(128)    NOT NULL,
    -- the whole record as JSON: {analysis: {intents, outOfScope, sentiment, emotions, signals, analyzer},
    -- decision, reasons, intent, priority, ...}
    record          VARCHAR(200000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_turn_records_conversation ON turn_records (conversation_id, created_at);
