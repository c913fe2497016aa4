package dev.tact.handoff.queue;

import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationNotFoundException;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.ConversationEvent.HandoffCompleted.Outcome;
import dev.tact.core.event.ConversationEvent.HandoffReleased.Cause;
import dev.tact.core.event.EventBus;
import dev.tact.handoff.HandoffException;
import dev.tact.handoff.HandoffException.Kind;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What happens to a handoff after the engine asked for it: an agent claims it, writes to the customer, releases,
 * transfers or resolves it; an agent gone past the reconnect timeout loses it back to the line; a waiting
 * customer who left abandons it. Every change is made atomically by the {@link HandoffLine} (which moves the
 * conversation's state with it), then published here, once, as a named event ({@code handoff.accepted},
 * {@code handoff.transferred}, {@code handoff.released}, {@code handoff.completed}), and told to the customer.
 */
public final class AgentDesk {

    /** The longest agent message, as for customers. */
    public static final int MAX_TEXT = 4000;

    private final HandoffLine line;
    private final AgentHoldings holdings;
    private final AgentDirectory agents;
    private final ConversationStore conversations;
    private final AgentQueue queue;
    private final QueueNotices notices;
    private final CustomerMessenger messenger;
    private final EventBus events;
    private final DeskTexts texts;
    private final Clock clock;

    public AgentDesk(HandoffLine line, AgentHoldings holdings, AgentDirectory agents, ConversationStore conversations,
                     AgentQueue queue, QueueNotices notices, CustomerMessenger messenger, EventBus events,
                     DeskTexts texts, Clock clock) {
        this.line = line;
        this.holdings = holdings;
        this.agents = agents;
        this.conversations = conversations;
        this.queue = queue;
        this.notices = notices;
        this.messenger = messenger;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    /** Takes a waiting conversation; exactly one of several agents claiming at once gets it. */
    public Handoff claim(String username, String conversationId) {
        Agent agent = agent(username);
        Handoff handoff = line.open(conversationId)
                .orElseThrow(() -> new HandoffException(Kind.NOT_FOUND, "not_queued",
                        "This conversation is not waiting for a person."));
        if (handoff.state() != HandoffState.WAITING) {
            throw taken();
        }
        if (!agent.teams().contains(handoff.team())) {
            throw new HandoffException(Kind.FORBIDDEN, "other_team",
                    "This conversation is for team '" + handoff.team() + "'.");
        }
        if (!handoff.assignedTo().isEmpty() && !handoff.assignedTo().equals(username)) {
            throw new HandoffException(Kind.FORBIDDEN, "assigned_to_other",
                    "This conversation was transferred to another agent.");
        }
        Instant now = clock.instant();
        switch (line.claim(conversationId, username, agent.capacity(), now)) {
            case TAKEN -> throw taken();
            case AT_CAPACITY -> throw new HandoffException(Kind.CONFLICT, "at_capacity",
                    "You already hold " + agent.capacity() + " conversations; resolve or release one first.");
            case CLAIMED -> { }
        }
        if (agent.presence() == Presence.OFFLINE) {
            // an agent who claims is there, console open or not; closing the console starts the reconnect timeout
            agents.presence(username, Presence.ONLINE, now);
        }
        events.publish(new ConversationEvent.HandoffAccepted(conversationId, handoff.id(), username, now));
        messenger.say(conversation(conversationId), Role.SYSTEM, MessageKind.TEXT, texts.joined(username));
        notices.tellBehind(handoff);
        return line.open(conversationId).orElseThrow(this::taken);
    }

    /** Writes to the customer of a conversation the agent holds. */
    public Message send(String username, String conversationId, String text) {
        held(username, conversationId);
        if (text == null || text.isBlank()) {
            throw new HandoffException(Kind.INVALID, "empty_text", "Write something before sending.");
        }
        if (text.length() > MAX_TEXT) {
            throw new HandoffException(Kind.INVALID, "message_too_long",
                    "A message may have at most " + MAX_TEXT + " characters.");
        }
        return messenger.say(conversation(conversationId), Role.AGENT, MessageKind.TEXT, text.strip());
    }

    /** Puts a held conversation back in its team's line, at its old priority and waiting time. */
    public void release(String username, String conversationId, String note) {
        Handoff handoff = held(username, conversationId);
        released(username, handoff, note, Cause.RELEASED);
    }

    /**
     * Passes a held conversation to another team, or to one agent (then into that agent's team unless they are
     * in the conversation's team already), with a note for whoever takes it.
     */
    public void transfer(String username, String conversationId, String team, String toAgent, String note) {
        Handoff handoff = held(username, conversationId);
        String target = toAgent == null ? "" : toAgent.strip();
        String targetTeam = team == null ? "" : team.strip();
        if (!target.isEmpty()) {
            Agent other = agents.find(target).orElseThrow(() -> new HandoffException(Kind.INVALID, "unknown_agent",
                    "There is no agent '" + target + "'."));
            if (targetTeam.isEmpty()) {
                targetTeam = other.teams().contains(handoff.team()) ? handoff.team()
                        : other.teams().stream().sorted().findFirst().orElse(handoff.team());
            }
        }
        if (targetTeam.isEmpty()) {
            throw new HandoffException(Kind.INVALID, "missing_target", "Say which team or agent to transfer to.");
        }
        Instant now = clock.instant();
        Handoff back = requeue(username, handoff, targetTeam, target, note, now);
        AgentQueue.Snapshot waiting = queue.snapshot();
        events.publish(new ConversationEvent.HandoffTransferred(handoff.conversationId(), handoff.id(), username,
                targetTeam, target, waiting.ticket(handoff.conversationId()), now));
        told(back, texts.transferred(), waiting);
    }

    /** Back in line in its own team, reserved for nobody: the agent released it, or is gone. */
    private void released(String username, Handoff handoff, String note, Cause cause) {
        Instant now = clock.instant();
        Handoff back = requeue(username, handoff, handoff.team(), "", note, now);
        AgentQueue.Snapshot waiting = queue.snapshot();
        events.publish(new ConversationEvent.HandoffReleased(handoff.conversationId(), handoff.id(), username,
                cause, waiting.ticket(handoff.conversationId()), now));
        told(back, texts.released(), waiting);
    }

    /** Requeues in the line and returns the handoff as it waits now; 403 when the agent no longer holds it. */
    private Handoff requeue(String username, Handoff handoff, String team, String assignedTo, String note,
                            Instant now) {
        String kept = note == null ? "" : note.strip();
        if (!line.requeue(handoff.conversationId(), username, team, assignedTo, kept, now)) {
            throw notYours();
        }
        return line.open(handoff.conversationId()).orElse(handoff);
    }

    private void told(Handoff back, String customerText, AgentQueue.Snapshot waiting) {
        messenger.say(conversation(back.conversationId()), Role.SYSTEM, MessageKind.TEXT, customerText);
        notices.tellBehind(back, waiting);
    }

    /** Ends a held conversation: back to the bot, or closed; the customer is asked how satisfied they are. */
    public Handoff resolve(String username, String conversationId, boolean returnToBot) {
        held(username, conversationId);
        Instant now = clock.instant();
        ConversationState next = returnToBot ? ConversationState.BOT : ConversationState.CLOSED;
        Handoff resolved = line.resolve(conversationId, username, next, now).orElseThrow(this::notYours);
        completed(resolved, username, returnToBot ? Outcome.RETURNED_TO_BOT : Outcome.CLOSED, now);
        messenger.say(conversation(conversationId), Role.SYSTEM, MessageKind.SURVEY, texts.survey());
        return resolved;
    }

    /**
     * Records that the customer of a waiting conversation left (the sweeper found them silent and gone); the
     * conversation is closed. False when it was not waiting any more.
     */
    public boolean abandon(String conversationId) {
        Instant now = clock.instant();
        Optional<Handoff> abandoned = line.abandon(conversationId, now);
        abandoned.ifPresent(handoff -> {
            completed(handoff, "", Outcome.ABANDONED, now);
            notices.tellBehind(handoff);
        });
        return abandoned.isPresent();
    }

    private void completed(Handoff handoff, String agent, Outcome outcome, Instant now) {
        events.publish(new ConversationEvent.HandoffCompleted(handoff.conversationId(), handoff.id(), agent, outcome,
                now));
    }

    /** Puts back in line every conversation an agent holds (they disconnected and did not come back). */
    public int requeueAllOf(String username, String note) {
        int count = 0;
        for (Handoff handoff : holdings.heldBy(username)) {
            try {
                released(username, handoff, note, Cause.AGENT_GONE);
                count++;
            } catch (HandoffException e) {
                // resolved or released meanwhile: nothing to give back
            }
        }
        return count;
    }

    /** The handoff the agent holds on this conversation, or a 403/404. */
    public Handoff held(String username, String conversationId) {
        return line.open(conversationId)
                .filter(handoff -> handoff.state() == HandoffState.CLAIMED && handoff.agent().equals(username))
                .orElseThrow(this::notYours);
    }

    /** True when the agent holds or held the conversation: what they may read. */
    public boolean mayRead(String username, String conversationId) {
        return holdings.heldEver(conversationId, username);
    }

    private Agent agent(String username) {
        return agents.find(username).orElseThrow(() -> new HandoffException(Kind.FORBIDDEN, "not_an_agent",
                "Only agents take conversations."));
    }

    private Conversation conversation(String conversationId) {
        return conversations.find(conversationId)
                .orElseThrow(() -> new ConversationNotFoundException(conversationId));
    }

    private HandoffException taken() {
        return new HandoffException(Kind.CONFLICT, "already_claimed", "Someone else has this conversation.");
    }

    private HandoffException notYours() {
        return new HandoffException(Kind.FORBIDDEN, "not_yours", "You do not hold this conversation.");
    }
}
