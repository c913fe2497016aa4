package dev.tact.app.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.app.security.Account;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.event.ConversationEvent;
import dev.tact.handoff.queue.AgentHoldings;
import dev.tact.core.event.EventBus;
import dev.tact.handoff.queue.AgentDirectory;
import dev.tact.handoff.queue.HandoffLine;
import dev.tact.handoff.queue.HandoffState;
import dev.tact.handoff.queue.Presence;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code /v1/agent/stream?token=<JWT>}: for each agent, the queue whenever a handoff event changes it, the
 * messages of the conversations they hold, and, for the conversations they hold or held, every change of owner
 * ({@code state}) and every message the customer's channel could not deliver ({@code delivery_failed}, with the
 * reason and what the agent can do, e.g. send a template). Browsers cannot set headers on a WebSocket, so the token comes as a
 * query parameter and is checked here. An agent's open stream is their presence: when their last stream closes
 * they are offline, and after the reconnect timeout their conversations go back in line.
 */
@ServerWebSocket("/v1/agent/stream")
@Secured(SecurityRule.IS_ANONYMOUS)
public class AgentStream {

    static final int CLOSE_UNAUTHORIZED = 4401;
    static final int CLOSE_FORBIDDEN = 4403;
    private static final Logger LOG = LoggerFactory.getLogger(AgentStream.class);
    private static final String USER = "tact.agent";

    /** A queue snapshot frame. */
    public record QueueFrame(String type, java.util.List<AgentApi.QueueItem> queue) {
    }

    /** A message of a held conversation. */
    public record MessageFrame(String type, AgentApi.MessageView message) {
    }

    /** A held conversation changed state (e.g. it was taken back after a timeout). */
    public record StateFrame(String type, String conversationId, String state) {
    }

    /**
     * A message of the conversation did not reach the customer: the channel's code and reason, and the action
     * that can still reach them ({@code template_required}), or an empty action.
     */
    public record DeliveryFailedFrame(String type, String conversationId, String messageId, String code,
                                      String detail, String action) {

        static DeliveryFailedFrame of(ConversationEvent.DeliveryFailed failed) {
            return new DeliveryFailedFrame("delivery_failed", failed.conversationId(), failed.messageId(),
                    failed.code(), failed.detail(), failed.action());
        }
    }

    private final Collection<TokenValidator<HttpRequest<?>>> validators;
    private final QueueView queue;
    private final HandoffLine line;
    private final AgentHoldings holdings;
    private final AgentDirectory agents;
    private final ObjectMapper json;
    private final ExecutorService executor;
    private final Clock clock;
    private final Map<String, Set<WebSocketSession>> sessions = new ConcurrentHashMap<>();
    private final EventBus.Subscription subscription;

    public AgentStream(Collection<TokenValidator<HttpRequest<?>>> validators, QueueView queue, HandoffLine line,
                       AgentHoldings holdings, AgentDirectory agents, ObjectMapper json, EventBus events,
                       @Named(TaskExecutors.BLOCKING) ExecutorService executor, Clock clock) {
        this.validators = validators;
        this.queue = queue;
        this.line = line;
        this.holdings = holdings;
        this.agents = agents;
        this.json = json;
        this.executor = executor;
        this.clock = clock;
        this.subscription = events.subscribe(this::onEvent);
    }

    @OnOpen
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void onOpen(WebSocketSession session, HttpRequest<?> request) {
        Optional<Authentication> authentication = authenticate(request.getParameters().get("token"), request);
        if (authentication.isEmpty()) {
            session.close(new CloseReason(CLOSE_UNAUTHORIZED, "unauthorized"));
            return;
        }
        if (!authentication.get().getRoles().contains(Account.AGENT)) {
            session.close(new CloseReason(CLOSE_FORBIDDEN, "forbidden"));
            return;
        }
        String agent = authentication.get().getName();
        session.put(USER, agent);
        sessions.computeIfAbsent(agent, key -> ConcurrentHashMap.newKeySet()).add(session);
        agents.presence(agent, Presence.ONLINE, clock.instant());
        write(new QueueFrame("queue", queue.forAgent(agent))).ifPresent(session::sendAsync);
    }

    private Optional<Authentication> authenticate(String token, HttpRequest<?> request) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        for (TokenValidator<HttpRequest<?>> validator : validators) {
            Optional<Authentication> found = first(validator.validateToken(token, request));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The first item of a publisher (a token validator's answer), waiting at most a few seconds. */
    private static <T> Optional<T> first(Publisher<T> publisher) {
        CompletableFuture<Optional<T>> result = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<T>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(T item) {
                result.complete(Optional.of(item));
            }

            @Override
            public void onError(Throwable error) {
                result.complete(Optional.empty());
            }

            @Override
            public void onComplete() {
                result.complete(Optional.empty());
            }
        });
        try {
            return result.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    @OnMessage
    public void onMessage(String frame, WebSocketSession session) {
        // one-way: agents act over HTTP so that each action is acknowledged
    }

    @OnClose
    public void onClose(WebSocketSession session) {
        Optional<String> agent = session.get(USER, String.class);
        if (agent.isEmpty()) {
            return;
        }
        boolean last = sessions.computeIfPresent(agent.get(), (key, open) -> {
            open.remove(session);
            return open.isEmpty() ? null : open;
        }) == null;
        if (last) {
            executor.execute(() -> agents.presence(agent.get(), Presence.OFFLINE, clock.instant()));
        }
    }

    @PreDestroy
    void stop() {
        subscription.close();
    }

    private void onEvent(ConversationEvent event) {
        if (sessions.isEmpty()) {
            return;
        }
        executor.execute(() -> {
            try {
                deliver(event);
            } catch (RuntimeException e) {
                LOG.warn("agent stream could not deliver {} of conversation {}", event.type(), event.conversationId(),
                        e);
            }
        });
    }

    private void deliver(ConversationEvent event) {
        if (changesLine(event)) {
            sessions.keySet().forEach(agent -> send(agent, new QueueFrame("queue", queue.forAgent(agent))));
        }
        if (event instanceof ConversationEvent.MessageAppended appended) {
            line.open(event.conversationId()).filter(handoff -> handoff.state() == HandoffState.CLAIMED)
                    .ifPresent(handoff -> send(handoff.agent(),
                            new MessageFrame("message", AgentApi.MessageView.of(appended.message()))));
        }
        if (event instanceof ConversationEvent.OwnerChanged changed) {
            toReaders(event, new StateFrame("state", changed.conversationId(), changed.state().id()));
        }
        if (event instanceof ConversationEvent.DeliveryFailed failed) {
            toReaders(event, DeliveryFailedFrame.of(failed));
        }
    }

    /** True for the handoff events that bring a conversation into the line or take it out. */
    private static boolean changesLine(ConversationEvent event) {
        if (event instanceof ConversationEvent.HandoffCompleted completed) {
            return completed.outcome() == ConversationEvent.HandoffCompleted.Outcome.ABANDONED;
        }
        return event instanceof ConversationEvent.OwnerChanged changed
                && (changed.state() == ConversationState.QUEUED
                || event instanceof ConversationEvent.HandoffAccepted);
    }

    /** To the consoles of the agents who hold or held the conversation (who may open it). */
    private void toReaders(ConversationEvent event, Object frame) {
        sessions.keySet().stream().filter(agent -> holdings.heldEver(event.conversationId(), agent))
                .forEach(agent -> send(agent, frame));
    }

    private void send(String agent, Object frame) {
        Set<WebSocketSession> open = sessions.get(agent);
        if (open == null) {
            return;
        }
        write(frame).ifPresent(text -> open.stream().filter(WebSocketSession::isOpen)
                .forEach(session -> session.sendAsync(text)));
    }

    private Optional<String> write(Object frame) {
        try {
            return Optional.of(json.writeValueAsString(frame));
        } catch (JsonProcessingException e) {
            LOG.error("cannot serialise a {} frame", frame.getClass().getSimpleName(), e);
            return Optional.empty();
        }
    }
}
