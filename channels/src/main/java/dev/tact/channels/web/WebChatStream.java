package dev.tact.channels.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.channels.error.ChannelException;
import dev.tact.core.conversation.ConversationNotFoundException;
import dev.tact.core.event.ConversationEvent;
import dev.tact.core.event.EventBus;
import dev.tact.core.handoff.QueueTicket;
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
    private static final Logger LOG = LoggerFactory.getLogger(WebChatStream.class);

    private final WebChatAccess access;
    private final ObjectMapper json;
    private final Map<String, Set<WebSocketSession>> sessions = new ConcurrentHashMap<>();
    private final EventBus.Subscription subscription;

    public WebChatStream(WebChatAccess access, ObjectMapper json, EventBus events) {
        this.access = access;
        this.json = json;
        this.subscription = events.subscribe(this::onEvent);
    }

    @OnOpen
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void onOpen(String id, WebSocketSession session, HttpRequest<?> request) {
        try {
            access.authorize(id, request.getParameters().get("token"));
        } catch (ConversationNotFoundException e) {
            session.close(new CloseReason(CLOSE_NOT_FOUND, "conversation_not_found"));
            return;
        } catch (ChannelException e) {
            session.close(new CloseReason(CLOSE_UNAUTHORIZED, e.code()));
            return;
        }
        sessions.computeIfAbsent(id, key -> ConcurrentHashMap.newKeySet()).add(session);
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
        Object frame = frameOf(event);
        if (frame == null) {
            return;
        }
        String text;
        try {
            text = json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            LOG.error("cannot serialise a {} frame", event.type(), e);
            return;
        }
        for (WebSocketSession session : open) {
            if (session.isOpen()) {
                session.sendAsync(text);
            }
        }
    }

    private static Object frameOf(ConversationEvent event) {
        if (event instanceof ConversationEvent.MessageAppended appended) {
            return WebChatApi.MessageFrame.of(appended.message());
        }
        if (event instanceof ConversationEvent.StateChanged changed) {
            return new WebChatApi.StateFrame("state", changed.to().id(),
                    changed.ticket().map(QueueTicket::position).orElse(null),
                    changed.ticket().flatMap(QueueTicket::estimatedWait).map(wait -> wait.toSeconds()).orElse(null));
        }
        return null;
    }
}
