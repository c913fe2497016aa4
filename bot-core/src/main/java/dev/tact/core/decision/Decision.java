package dev.tact.core.decision;

import java.util.List;
import java.util.Objects;

/** What the handoff policy decided for one customer turn. */
public sealed interface Decision {

    /** The name used in logs, events and the {@code simulate} output. */
    String name();

    /** The bot answers the recognised intent. */
    record Answer(String intent, double confidence, String response) implements Decision {
        public Answer {
            Objects.requireNonNull(intent, "intent must not be null");
            Objects.requireNonNull(response, "response must not be null");
        }

        @Override
        public String name() {
            return "answer";
        }
    }

    /** The bot is not sure: it asks the customer to say it another way instead of guessing. */
    record Clarify(String prompt, List<HandoffReason> reasons) implements Decision {
        public Clarify {
            Objects.requireNonNull(prompt, "prompt must not be null");
            reasons = List.copyOf(reasons);
        }

        @Override
        public String name() {
            return "clarify";
        }
    }

    /**
     * A person must take over.
     *
     * @param priority 0 (routine) .. 100 (most urgent)
     * @param preface  what the bot says before telling the customer a person is coming (e.g. the domain's words
     *                 for a bereavement), or empty
     */
    record Escalate(List<HandoffReason> reasons, int priority, String preface) implements Decision {

        public Escalate(List<HandoffReason> reasons, int priority) {
            this(reasons, priority, "");
        }

        public Escalate {
            Objects.requireNonNull(preface, "preface must not be null");
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("an escalation needs at least one reason");
            }
            if (priority < 0 || priority > 100) {
                throw new IllegalArgumentException("priority must be within 0..100, was " + priority);
            }
        }

        @Override
        public String name() {
            return "escalate";
        }
    }
}
