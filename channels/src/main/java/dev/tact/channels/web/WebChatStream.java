package dev.tact.channels.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.channels.error.ChannelException;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationNotFoundException;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.Role;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.EventBus;
import dev.tact.core.handoff.HandoffQueue;
import dev.tact.core.handoff.QueueTicket;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /v1/conversations/{id}/stream?token=…}: every new message and state change of one conversation, as
 * JSON frames, to every open socket of that conversation. It follows the event bus, so it sees what the bot,
 * the agents and the customer's other tabs write.
 */
@ServerWebSocket("/v1/conversations/{id}/stream")
public class WebChatStream {

    /** Close code for a missing or wrong token (4000–4999 are for applications). */
    static final int CLOSE_UNAUTHORIZED = 4401;
    static final int CLOSE_NOT_FOUND = 4404;
    /** Close code for a page on a site that is not in {@code TACT_WIDGET_ORIGINS}. */
    static final int CLOSE_FORBIDDEN_ORIGIN = 4403;
    private static final Logger LOG = LoggerFactory.getLogger(WebChatStream.class);

    private final WebChatAccess access;
    private final WebChatTurns turns;
    private final WidgetOrigins origins;
    private final HandoffQueue queue;
    private final ObjectMapper json;
    private final Map<String, Set<WebSocketSession>> sessions = new ConcurrentHashMap<>();
    private final EventBus.Subscription subscription;

    public WebChatStream(WebChatAccess access, WebChatTurns turns, WidgetOrigins origins, HandoffQueue queue,
                         ObjectMapper json, EventBus events) {
        this.access = access;
        this.turns = turns;
        this.origins = origins;
        this.queue = queue;
        this.json = json;
        this.subscription = events.subscribe(this::onEvent);
    }

    @OnOpen
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void onOpen(String id, WebSocketSession session, HttpRequest<?> request) {
        // browsers send the page's origin with the handshake and WebSockets know no CORS: the check is here
        if (!origins.admits(request.getHeaders().getOrigin().orElse(null),
                request.getHeaders().get(HttpHeaders.HOST))) {
            session.close(new CloseReason(CLOSE_FORBIDDEN_ORIGIN, "origin_not_allowed"));
            return;
        }
        Conversation conversation;
        try {
            conversation = access.authorize(id, request.getParameters().get("token"));
        } catch (ConversationNotFoundException e) {
            session.close(new CloseReason(CLOSE_NOT_FOUND, "conversation_not_found"));
            return;
        } catch (ChannelException e) {
            session.close(new CloseReason(CLOSE_UNAUTHORIZED, e.code()));
            return;
        }
        sessions.computeIfAbsent(id, key -> ConcurrentHashMap.newKeySet()).add(session);
        // where the conversation stands now, so a reloaded page shows the place in line at once
        Optional<QueueTicket> ticket = conversation.state() == ConversationState.QUEUED
                ? queue.ticket(id) : Optional.empty();
        write(WebChatApi.StateFrame.of(conversation.state(), ticket)).ifPresent(session::sendAsync);
    }

    /** True while a stream of the conversation is open on this node: the customer's page is there. */
    public boolean watching(String conversationId) {
        Set<WebSocketSession> open = sessions.get(conversationId);
        return open != null && open.stream().anyMatch(WebSocketSession::isOpen);
    }

    @OnMessage
    public void onMessage(String id, String frame, WebSocketSession session) {
        // the stream is one-way; customers post messages over HTTP so that each one is acknowledged
    }

    @OnClose
    public void onClose(String id, WebSocketSession session) {
        sessions.computeIfPresent(id, (key, open) -> {
            open.remove(session);
            return open.isEmpty() ? null : open;
        });
    }

    @PreDestroy
    void stop() {
        subscription.close();
    }

    private void onEvent(ConversationEvent event) {
        Set<WebSocketSession> open = sessions.get(event.conversationId());
        if (open == null || open.isEmpty()) {
            return;
        }
        frameOf(event).flatMap(this::write).ifPresent(text -> {
            for (WebSocketSession session : open) {
                if (session.isOpen()) {
                    session.sendAsync(text);
                }
            }
        });
    }

    /** The customer's message with its own clientMessageId, the bot's and the system's replies with the turn's. */
    private WebChatApi.MessageView viewOf(Message message) {
        if (message.role() == Role.BOT || message.role() == Role.SYSTEM) {
            return WebChatApi.MessageView.of(message, turns.answering(message.conversationId()).orElse(null));
        }
        return WebChatApi.MessageView.of(message);
    }

    private Optional<String> write(Object frame) {
        try {
            return Optional.of(json.writeValueAsString(frame));
        } catch (JsonProcessingException e) {
            LOG.error("cannot serialise a {} frame", frame.getClass().getSimpleName(), e);
            return Optional.empty();
        }
    }

    private Optional<Object> frameOf(ConversationEvent event) {
        if (event instanceof ConversationEvent.MessageAppended appended) {
            return Optional.of(WebChatApi.MessageFrame.of(viewOf(appended.message())));
        }
        if (event instanceof ConversationEvent.OwnerChanged changed) {
            return Optional.of(WebChatApi.StateFrame.of(changed.state(), changed.ticket()));
        }
        return Optional.empty();
    }
}
