package dev.tact.channels.web;

import dev.tact.channels.error.InvalidInputException;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.conversation.InboundMessage;
import dev.tact.core.engine.ConversationEngine;
import dev.tact.core.engine.TurnResult;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.handoff.HandoffQueue;
import dev.tact.core.handoff.QueueTicket;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** The customer API v1 of the web chat. Storage is blocking JDBC, so requests run off the event loop. */
@Controller("/v1/conversations")
@ExecuteOn(TaskExecutors.BLOCKING)
public class WebChatController {

    private final ConversationEngine engine;
    private final ConversationStore store;
    private final WebChatAccess access;
    private final HandoffQueue queue;
    private final WebChatTurns turns;
    private final Clock clock;

    public WebChatController(ConversationEngine engine, ConversationStore store, HandoffQueue queue,
                             WebChatAccess access, WebChatTurns turns, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.queue = queue;
        this.access = access;
        this.turns = turns;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = "the conversation's id and the token that opens it",
            content = @Content(schema = @Schema(implementation = WebChatApi.ConversationCreated.class)))
    @ApiResponse(responseCode = "400", description = "a customer name that is too long or has control characters",
            content = @Content(schema = @Schema(ref = "#/components/schemas/ApiError")))
    @Post
    public HttpResponse<WebChatApi.ConversationCreated> create(@Body @Nullable WebChatApi.CreateConversation body) {
        String name = WebChatLimits.checkName(body == null || body.customer() == null ? null : body.customer().name());
        String token = access.newToken();
        Conversation conversation = engine.open(Channel.WEB, "web-" + UUID.randomUUID(), name,
                WebChatAccess.hash(token));
        return HttpResponse.created(new WebChatApi.ConversationCreated(conversation.id(), token));
    }

    @ApiResponse(responseCode = "400", description = "no body, no or an empty text, or an invalid clientMessageId",
            content = @Content(schema = @Schema(ref = "#/components/schemas/ApiError")))
    @ApiResponse(responseCode = "401", description = "no token, or not this conversation's",
            content = @Content(schema = @Schema(ref = "#/components/schemas/ApiError")))
    @ApiResponse(responseCode = "404", description = "no such conversation",
            content = @Content(schema = @Schema(ref = "#/components/schemas/ApiError")))
    @ApiResponse(responseCode = "413", description = "the message is longer than 4,000 characters",
            content = @Content(schema = @Schema(ref = "#/components/schemas/ApiError")))
    @Post("/{id}/messages")
    public WebChatApi.TurnReply send(String id, @Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                                     @Body @Nullable WebChatApi.SendMessage body) {
        Conversation conversation = access.authorizeHeader(id, authorization);
        if (body == null) {
            throw new InvalidInputException("missing_body", "Send a JSON object with a 'text' field.");
        }
        String text = WebChatLimits.checkText(body.text());
        WebChatLimits.checkClientMessageId(body.clientMessageId());
        String clientMessageId = body.clientMessageId() == null ? UUID.randomUUID().toString()
                : body.clientMessageId();
        TurnResult turn = turns.during(conversation.id(), clientMessageId, () -> engine.receive(conversation,
                new InboundMessage(Channel.WEB, conversation.externalUserId(), clientMessageId, text,
                        conversation.customerName(), clock.instant())));
        var state = WebChatApi.StateFrame.of(turn.conversation().state(), turn.ticket());
        var replies = turn.replies().stream().map(reply -> WebChatApi.MessageView.of(reply, clientMessageId)).toList();
        return new WebChatApi.TurnReply(replies, state.state(), state.queuePosition(), state.estimatedWaitSeconds(),
                WebChatApi.MessageView.of(turn.customerMessage()));
    }

    @ApiResponse(responseCode = "401", description = "no token, or not this conversation's",
            content = @Content(schema = @Schema(ref = "#/components/schemas/ApiError")))
    @ApiResponse(responseCode = "404", description = "no such conversation",
            content = @Content(schema = @Schema(ref = "#/components/schemas/ApiError")))
    @Get("/{id}/messages")
    public WebChatApi.History history(String id, @Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        Conversation conversation = access.authorizeHeader(id, authorization);
        var state = WebChatApi.StateFrame.of(conversation.state(), ticketIfQueued(conversation));
        return new WebChatApi.History(state.state(),
                store.messages(id).stream().map(WebChatApi.MessageView::of).toList(), state.queuePosition(),
                state.estimatedWaitSeconds());
    }

    private Optional<QueueTicket> ticketIfQueued(Conversation conversation) {
        return conversation.state() == ConversationState.QUEUED ? queue.ticket(conversation.id()) : Optional.empty();
    }
}
