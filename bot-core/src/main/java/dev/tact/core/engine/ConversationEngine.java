package dev.tact.core.engine;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.analysis.Analyzer;
import dev.tact.core.channel.ChannelSenders;
import dev.tact.core.channel.OutboundSender;
import dev.tact.core.channel.SendResult;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Choice;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationNotFoundException;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.InboundMessage;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import dev.tact.core.decision.Decision;
import dev.tact.core.decision.HandoffPolicy;
import dev.tact.core.decision.HandoffReason;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.EventBus;
import dev.tact.core.handoff.HandoffQueue;
import dev.tact.core.handoff.HandoffRequest;
import dev.tact.core.handoff.QueueTicket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

/**
 * Runs one customer turn: drop redeliveries, store the customer's message before anything else, stay silent
 * while a person owns the conversation, otherwise analyze, decide, and answer, ask again or hand over.
 * Turns of one conversation run one at a time; turns of different conversations run in parallel.
 */
public final class ConversationEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationEngine.class);
    private static final int LOCK_STRIPES = 256;

    private final ConversationStore store;
    private final Analyzer analyzer;
    private final HandoffPolicy policy;
    private final HandoffQueue queue;
    private final ChannelSenders senders;
    private final EventBus events;
    private final Clock clock;
    private final EngineTexts texts;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];
    /** Per lock stripe, when a turn last changed the state of one of its conversations (read under the lock). */
    private final Instant[] lastStateChange = new Instant[LOCK_STRIPES];

    public ConversationEngine(ConversationStore store, Analyzer analyzer, HandoffPolicy policy, HandoffQueue queue,
                              List<OutboundSender> senders, EventBus events, Clock clock, EngineTexts texts) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.queue = Objects.requireNonNull(queue, "queue must not be null");
        this.events = Objects.requireNonNull(events, "events must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.texts = Objects.requireNonNull(texts, "texts must not be null");
        this.senders = new ChannelSenders(senders);
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Opens a conversation for a channel user. */
    public Conversation open(Channel channel, String externalUserId, String customerName, String accessTokenHash) {
        var now = clock.instant();
        return store.create(new Conversation(UUID.randomUUID().toString(), channel, externalUserId, customerName,
                accessTokenHash, ConversationState.BOT, now, now));
    }

    /** Runs one customer turn; see the class comment. The conversation is found (or opened) for the channel user. */
    public TurnResult receive(InboundMessage inbound) {
        return accept(Optional.empty(), inbound, MessageKind.TEXT, this::turn);
    }

    /**
     * Runs one customer turn of a conversation the caller has just read (the web chat, which reads it to check the
     * customer's token): the turn does not look it up again. Should a turn of this engine have changed the state of
     * a conversation since then (another message of the same customer that overtook this one), it is read afresh.
     *
     * @throws IllegalArgumentException when the message is not from the conversation's channel user
     */
    public TurnResult receive(Conversation conversation, InboundMessage inbound) {
        Objects.requireNonNull(conversation, "conversation must not be null");
        if (conversation.channel() != inbound.channel()
                || !conversation.externalUserId().equals(inbound.externalUserId())) {
            throw new IllegalArgumentException("the message is not from the user of conversation "
                    + conversation.id());
        }
        return accept(Optional.of(conversation), inbound, MessageKind.TEXT, this::turn);
    }

    /**
     * A customer message the bot cannot read (a photo, a location, a sticker…): stored like any other, as
     * {@link MessageKind#ATTACHMENT} with the placeholder text the channel gives, so that an agent sees it; the bot
     * answers with {@code notice} (e.g. that it reads text only) unless a person owns the conversation. Nothing is
     * analyzed and no policy runs: a picture neither answers nor escalates anything.
     */
    public TurnResult receiveUnreadable(InboundMessage inbound, String notice) {
        Objects.requireNonNull(notice, "notice must not be null");
        return accept(Optional.empty(), inbound, MessageKind.ATTACHMENT, (conversation, stored) -> {
            if (conversation.state().humanOwned()) {
                return new TurnResult(conversation, stored, List.of(), Optional.empty(), Optional.empty(),
                        ticketIfQueued(conversation), false);
            }
            Message reply = say(conversation, Role.BOT, MessageKind.NOTICE, notice, "");
            return new TurnResult(conversation, stored, List.of(reply), Optional.empty(), Optional.empty(),
                    Optional.empty(), false);
        });
    }

    /**
     * Drops redeliveries, stores the customer's message first, then runs {@code then} under the user's lock.
     *
     * @param known the conversation as the caller read it, or empty to find (or open) it here
     */
    private TurnResult accept(Optional<Conversation> known, InboundMessage inbound, MessageKind kind,
                              BiFunction<Conversation, Message, TurnResult> then) {
        int stripe = stripeOf(inbound.channel().id() + '\u0000' + inbound.externalUserId());
        ReentrantLock lock = locks[stripe];
        lock.lock();
        try {
            Conversation conversation = known.filter(read -> fresh(stripe, read))
                    .or(() -> store.findByExternalUser(inbound.channel(), inbound.externalUserId()))
                    .orElseGet(() -> open(inbound.channel(), inbound.externalUserId(), inbound.customerName(), ""));
            TurnResult result = acceptLocked(conversation, inbound, kind, then);
            if (result.conversation().state() != conversation.state()) {
                lastStateChange[stripe] = result.conversation().updatedAt();
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** True unless a turn on this stripe changed a conversation's state at or after the caller's copy was updated. */
    private boolean fresh(int stripe, Conversation read) {
        Instant changed = lastStateChange[stripe];
        return changed == null || changed.isBefore(read.updatedAt());
    }

    private TurnResult acceptLocked(Conversation conversation, InboundMessage inbound, MessageKind kind,
                                    BiFunction<Conversation, Message, TurnResult> then) {
        Optional<Message> earlier = store.findByExternalId(conversation.id(), inbound.externalMessageId());
        if (earlier.isPresent()) {
            return interrupted(conversation, earlier.get()) ? then.apply(conversation, earlier.get())
                    : duplicate(conversation, earlier.get());
        }
        Message stored = store.append(new Message(UUID.randomUUID().toString(), conversation.id(), 0,
                Role.CUSTOMER, kind, inbound.text(), inbound.externalMessageId(), "",
                inbound.receivedAt())).orElse(null);
        if (stored == null) {
            return duplicate(conversation, store.findByExternalId(conversation.id(), inbound.externalMessageId())
                    .orElseThrow(() -> new IllegalStateException("redelivered message vanished")));
        }
        events.publish(new ConversationEvent.MessageAppended(stored));
        return then.apply(conversation, stored);
    }

    private TurnResult turn(Conversation conversation, Message customerMessage) {
        if (conversation.state().humanOwned()) {
            return new TurnResult(conversation, customerMessage, List.of(), Optional.empty(), Optional.empty(),
                    ticketIfQueued(conversation), false);
        }
        if (conversation.state() == ConversationState.CLOSED) {
            conversation = reopen(conversation);
        }
        List<Message> history = store.messages(conversation.id()).stream()
                .filter(message -> !message.id().equals(customerMessage.id()))
                .toList();
        if (answersSurvey(history, customerMessage)) {
            // the answer to the satisfaction question asked at the end of a handoff, not a new request
            Message thanks = say(conversation, Role.SYSTEM, MessageKind.TEXT, texts.surveyThanks(), "");
            return new TurnResult(conversation, customerMessage, List.of(thanks), Optional.empty(), Optional.empty(),
                    Optional.empty(), false);
        }
        Analysis analysis;
        Decision decision;
        try {
            analysis = analyzer.analyze(customerMessage.text(), history);
            decision = policy.decide(conversation, analysis, history);
        } catch (RuntimeException e) {
            LOG.error("analysis failed for conversation {}; handing over to a person", conversation.id(), e);
            return escalate(conversation, customerMessage, Optional.empty(), new Decision.Escalate(List.of(
                    new HandoffReason("analyzer_error", 1, 0, "the bot could not analyse the message")), 50),
                    texts.analyzerError() + ' ' + texts.handoff());
        }
        events.publish(new ConversationEvent.TurnAnalyzed(customerMessage, analysis, decision));
        LOG.info("turn conversation={} intent={} confidence={} decision={}", conversation.id(),
                analysis.top().intent(), String.format("%.3f", analysis.top().probability()), decision.name());
        if (decision instanceof Decision.Answer answer) {
            return reply(conversation, customerMessage, analysis, decision, MessageKind.ANSWER, answer.response(),
                    answer.intent());
        }
        if (decision instanceof Decision.Clarify clarify) {
            return reply(conversation, customerMessage, analysis, decision, MessageKind.CLARIFY, clarify.prompt(), "");
        }
        if (decision instanceof Decision.Decline decline) {
            return reply(conversation, customerMessage, analysis, decision, MessageKind.DECLINE, decline.text(), "");
        }
        Decision.Escalate escalation = (Decision.Escalate) decision;
        return escalate(conversation, customerMessage, Optional.of(analysis), escalation, escalation.preface());
    }

    private static boolean answersSurvey(List<Message> history, Message customerMessage) {
        return !history.isEmpty() && history.get(history.size() - 1).kind() == MessageKind.SURVEY
                && SurveyScore.parse(customerMessage.text()).isPresent();
    }

    private TurnResult reply(Conversation conversation, Message customerMessage, Analysis analysis,
                             Decision decision, MessageKind kind, String text, String intent) {
        Message reply = say(conversation, Role.BOT, kind, text, intent, decision.choices());
        return new TurnResult(conversation, customerMessage, List.of(reply), Optional.of(analysis),
                Optional.of(decision), Optional.empty(), false);
    }

    private TurnResult escalate(Conversation conversation, Message customerMessage, Optional<Analysis> analysis,
                                Decision.Escalate escalate, String preface) {
        var request = new HandoffRequest(conversation.id(), escalate.reasons(), escalate.priority(),
                HandoffRequest.DEFAULT_TEAM, clock.instant());
        // the queue moves the conversation from bot to queued together with the handoff: the one writer of state
        QueueTicket ticket = queue.enqueue(request);
        Conversation queued = conversation.withState(ConversationState.QUEUED, request.requestedAt());
        events.publish(new ConversationEvent.HandoffRequested(request, ticket));
        LOG.info("handoff conversation={} priority={} reasons={}", conversation.id(), escalate.priority(),
                escalate.reasons().stream().map(HandoffReason::signal).toList());
        Message notice = say(queued, Role.SYSTEM, MessageKind.HANDOFF,
                texts.handoffNotice(preface, ticket), "");
        return new TurnResult(queued, customerMessage, List.of(notice), analysis, Optional.of(escalate),
                Optional.of(ticket), false);
    }

    /** A customer wrote to a closed conversation: the handoff side gives it back to the bot. */
    private Conversation reopen(Conversation conversation) {
        var now = clock.instant();
        if (!queue.reopen(conversation.id(), now)) {
            throw new IllegalStateException("conversation " + conversation.id() + " is no longer closed");
        }
        events.publish(new ConversationEvent.ConversationReopened(conversation.id(), now));
        return conversation.withState(ConversationState.BOT, now);
    }

    /** Stores a message from the bot or the system, publishes it and sends it on the customer's channel. */
    private Message say(Conversation conversation, Role role, MessageKind kind, String text, String intent) {
        return say(conversation, role, kind, text, intent, List.of());
    }

    private Message say(Conversation conversation, Role role, MessageKind kind, String text, String intent,
                        List<Choice> choices) {
        Message message = store.append(new Message(UUID.randomUUID().toString(), conversation.id(), 0, role, kind,
                        text, "", intent, clock.instant(), choices))
                .orElseThrow(() -> new IllegalStateException("a message without external id cannot be a duplicate"));
        events.publish(new ConversationEvent.MessageAppended(message));
        send(conversation, message);
        return message;
    }

    /**
     * Hands the stored message to the conversation's channel ({@link ChannelSenders}: nothing for the web chat,
     * whose page reads the history and the stream). What the channel did is logged there; the message is in the
     * history whatever it was, so a turn never fails on a send.
     */
    private Optional<SendResult> send(Conversation conversation, Message message) {
        return senders.send(conversation, message);
    }

    /**
     * True when a redelivered message was stored but its turn never finished (the process stopped in between): the
     * bot owns the conversation, which answers every message, yet nothing follows the message. Its turn runs now,
     * so a redelivery after a crash is answered rather than dropped.
     */
    private boolean interrupted(Conversation conversation, Message original) {
        return !conversation.state().humanOwned()
                && store.messagesAfter(conversation.id(), original.seq()).isEmpty();
    }

    private TurnResult duplicate(Conversation conversation, Message original) {
        List<Message> replies = new ArrayList<>();
        for (Message later : store.messagesAfter(conversation.id(), original.seq())) {
            if (later.role() == Role.CUSTOMER) {
                break;
            }
            replies.add(later);
        }
        Conversation current = store.find(conversation.id())
                .orElseThrow(() -> new ConversationNotFoundException(conversation.id()));
        return new TurnResult(current, original, replies, Optional.empty(), Optional.empty(),
                ticketIfQueued(current), true);
    }

    private Optional<QueueTicket> ticketIfQueued(Conversation conversation) {
        return conversation.state() == ConversationState.QUEUED ? queue.ticket(conversation.id()) : Optional.empty();
    }

    private static int stripeOf(String key) {
        return Math.floorMod(key.hashCode(), LOCK_STRIPES);
    }
}
