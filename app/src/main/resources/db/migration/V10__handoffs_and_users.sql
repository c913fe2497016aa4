-- The people side: accounts (agents, analysts, admins) and handoffs, one row per stay of a conversation with
-- the people, from escalation to resolution or abandonment. Replaces handoff_requests (its rows move over).
-- Written once for PostgreSQL and for H2 in PostgreSQL mode.

CREATE TABLE users (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    -- bcrypt, cost 12
    password_hash  VARCHAR(100) NOT NULL,
    -- comma-separated: agent, analyst, admin
    roles          VARCHAR(200) NOT NULL,
    -- comma-separated teams whose conversations the user may claim
    teams          VARCHAR(400) NOT NULL,
    capacity       INTEGER      NOT NULL,
    presence       VARCHAR(16)  NOT NULL,
    presence_since TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE handoffs (
    id                   VARCHAR(64)    NOT NULL PRIMARY KEY,
    conversation_id      VARCHAR(64)    NOT NULL REFERENCES conversations (id),
    -- the conversation id while waiting or claimed, NULL afterwards: at most one open handoff per conversation
    open_conversation_id VARCHAR(64),
    state                VARCHAR(16)    NOT NULL,
    team                 VARCHAR(64)    NOT NULL,
    priority             INTEGER        NOT NULL,
    -- the policy's reasons as a JSON array of {signal, value, threshold, detail}
    reasons              VARCHAR(20000) NOT NULL,
    -- kept through releases and transfers: aging goes on where it stopped
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    agent                VARCHAR(64)    NOT NULL,
    assigned_to          VARCHAR(64)    NOT NULL,
    note                 VARCHAR(2000)  NOT NULL,
    claimed_at           TIMESTAMP WITH TIME ZONE,
    first_claimed_at     TIMESTAMP WITH TIME ZONE,
    resolved_at          TIMESTAMP WITH TIME ZONE,
    outcome              VARCHAR(32)    NOT NULL,
    told_position        INTEGER        NOT NULL,
    satisfaction         INTEGER,
    rated_at             TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_handoffs_open UNIQUE (open_conversation_id)
);

CREATE INDEX ix_handoffs_state ON handoffs (state, team);
CREATE INDEX ix_handoffs_agent ON handoffs (agent, state);
CREATE INDEX ix_handoffs_conversation ON handoffs (conversation_id, requested_at);
CREATE INDEX ix_handoffs_resolved ON handoffs (resolved_at);

-- who ever held a conversation: an agent may read the conversations they hold or held
CREATE TABLE handoff_holders (
    conversation_id  VARCHAR(64) NOT NULL REFERENCES conversations (id),
    username         VARCHAR(64) NOT NULL,
    first_claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_id, username)
);

INSERT INTO handoffs (id, conversation_id, open_conversation_id, state, team, priority, reasons, requested_at,
                      agent, assigned_to, note, outcome, told_position)
SELECT conversation_id, conversation_id, conversation_id, 'waiting', team, priority, reasons, requested_at,
       '', '', '', '', 0
FROM handoff_requests;

DROP TABLE handoff_requests;
