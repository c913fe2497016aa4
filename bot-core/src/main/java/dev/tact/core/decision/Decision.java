package dev.tact.core.decision;

import dev.tact.core.conversation.Choice;

import java.util.List;
import java.util.Objects;

/**
 * What the handoff policy decided for one customer turn: one of the five decisions of DESIGN.md ({@code answer},
 * {@code clarify}, {@code decline}, {@code escalate}; {@code with_human} is the engine's own, when a person already
 * holds the conversation and no policy runs).
 */
public sealed interface Decision {

    /** The name of the decision when a person holds the conversation and the bot stays silent. */
    String WITH_HUMAN = "with_human";

    /** The name used in logs, events and the {@code simulate} output. */
    String name();

    /** Why the bot did not simply answer, each with its figure and threshold; empty for an answer. */
    List<HandoffReason> reasons();

    /** The replies offered to the customer with the bot's message; empty when there are none. */
    List<Choice> choices();

    /**
     * The bot answers the recognised intent.
     *
     * @param choices replies offered with the answer, e.g. a person who can check the customer's account
     */
    record Answer(String intent, double confidence, String response, List<Choice> choices) implements Decision {

        public Answer(String intent, double confidence, String response) {
            this(intent, confidence, response, List.of());
        }

        public Answer {
            Objects.requireNonNull(intent, "intent must not be null");
            Objects.requireNonNull(response, "response must not be null");
            choices = List.copyOf(choices);
        }

        @Override
        public String name() {
            return "answer";
        }

        @Override
        public List<HandoffReason> reasons() {
            return List.of();
        }
    }

    /**
     * The message is too vague to act on: the bot asks one specific question, offering the likeliest topics.
     *
     * @param choices the likeliest topics and a person
     */
    record Clarify(String prompt, List<HandoffReason> reasons, List<Choice> choices) implements Decision {

        public Clarify(String prompt, List<HandoffReason> reasons) {
            this(prompt, reasons, List.of());
        }

        public Clarify {
            Objects.requireNonNull(prompt, "prompt must not be null");
            reasons = List.copyOf(reasons);
            choices = List.copyOf(choices);
        }

        @Override
        public String name() {
            return "clarify";
        }
    }

    /**
     * The request is off-topic: the bot says plainly what it helps with and offers a person.
     *
     * @param choices a person
     */
    record Decline(String text, List<HandoffReason> reasons, List<Choice> choices) implements Decision {

        public Decline {
            Objects.requireNonNull(text, "text must not be null");
            reasons = List.copyOf(reasons);
            choices = List.copyOf(choices);
        }

        @Override
        public String name() {
            return "decline";
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

        @Override
        public List<Choice> choices() {
            return List.of();
        }
    }
}
