package dev.tact.app.agent;

import dev.tact.app.http.ApiError;
import dev.tact.app.security.Account;
import dev.tact.channels.error.InvalidInputException;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationNotFoundException;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.handoff.HandoffException;
import dev.tact.handoff.context.ContextBuilder;
import dev.tact.handoff.context.ContextPacket;
import dev.tact.handoff.queue.AgentDesk;
import dev.tact.handoff.queue.AgentDirectory;
import dev.tact.handoff.queue.HandoffState;
import dev.tact.handoff.queue.AgentHoldings;
import dev.tact.handoff.queue.HandoffLine;
import dev.tact.handoff.queue.Presence;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The agent API v1: the queue, claiming, and the conversations an agent holds. Agents only; an agent reads only
 * the conversations they hold or held.
 */
@Controller
@Secured(Account.AGENT)
@ApiResponse(responseCode = "401", description = "no token, or an expired one",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "not an agent, or a conversation this agent does not hold",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class AgentController {

    private final QueueView queue;
    private final AgentDesk desk;
    private final ContextBuilder contexts;
    private final ConversationStore conversations;
    private final HandoffLine line;
    private final AgentHoldings holdings;
    private final AgentDirectory agents;
    private final Clock clock;

    public AgentController(QueueView queue, AgentDesk desk, ContextBuilder contexts,
                           ConversationStore conversations, HandoffLine line, AgentHoldings holdings,
                           AgentDirectory agents, Clock clock) {
        this.queue = queue;
        this.desk = desk;
        this.contexts = contexts;
        this.conversations = conversations;
        this.line = line;
        this.holdings = holdings;
        this.agents = agents;
        this.clock = clock;
    }

    @Get("/v1/queue")
    public List<AgentApi.QueueItem> queue(Authentication agent) {
        return queue.forAgent(agent.getName());
    }

    /** 200 with the context packet; 409 when someone else has it. */
    @ApiResponse(responseCode = "404", description = "the conversation is not waiting in the queue",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "someone else has it, or the agent is at capacity",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Post("/v1/queue/{id}/claim")
    public ContextPacket claim(String id, Authentication agent) {
        desk.claim(agent.getName(), id);
        return contexts.build(id);
    }

    @Get("/v1/agent/conversations")
    public List<AgentApi.MyConversation> mine(Authentication agent) {
        String me = agent.getName();
        return holdings.heldBy(me).stream()
                .flatMap(handoff -> conversations.find(handoff.conversationId()).stream())
                .map(conversation -> new AgentApi.MyConversation(conversation.id(), conversation.customerName(),
                        conversation.channel().id(), conversation.state().id(), true))
                .toList();
    }

    @ApiResponse(responseCode = "404", description = "no such conversation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Get("/v1/agent/conversations/{id}")
    public ContextPacket context(String id, Authentication agent) {
        readable(agent, id);
        return contexts.build(id);
    }

    @ApiResponse(responseCode = "201", description = "the message as stored and sent to the customer",
            content = @Content(schema = @Schema(implementation = AgentApi.MessageView.class)))
    @ApiResponse(responseCode = "400", description = "no body, or an empty or too long text",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "no such conversation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Post("/v1/agent/conversations/{id}/messages")
    public HttpResponse<AgentApi.MessageView> send(String id, @Body @Nullable AgentApi.SendMessage body,
                                                   Authentication agent) {
        readable(agent, id);
        if (body == null) {
            throw new InvalidInputException("missing_body", "Send a JSON object with a 'text' field.");
        }
        return HttpResponse.created(AgentApi.MessageView.of(desk.send(agent.getName(), id, body.text())));
    }

    @ApiResponse(responseCode = "404", description = "no such conversation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Post("/v1/agent/conversations/{id}/resolve")
    public AgentApi.ConversationState resolve(String id, @Body @Nullable AgentApi.Resolve body,
                                              Authentication agent) {
        readable(agent, id);
        boolean returnToBot = body != null && Boolean.TRUE.equals(body.returnToBot());
        var resolved = desk.resolve(agent.getName(), id, returnToBot);
        return state(id, resolved.team(), resolved.agent());
    }

    @ApiResponse(responseCode = "404", description = "no such conversation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Post("/v1/agent/conversations/{id}/release")
    public AgentApi.ConversationState release(String id, @Body @Nullable AgentApi.Release body,
                                              Authentication agent) {
        readable(agent, id);
        desk.release(agent.getName(), id, body == null ? "" : body.note());
        return stateOfOpen(id);
    }

    @ApiResponse(responseCode = "400", description = "no body, no team or agent to transfer to, or an unknown agent",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "no such conversation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Post("/v1/agent/conversations/{id}/transfer")
    public AgentApi.ConversationState transfer(String id, @Body @Nullable AgentApi.Transfer body,
                                               Authentication agent) {
        readable(agent, id);
        if (body == null) {
            throw new InvalidInputException("missing_body", "Send {\"team\"} or {\"agent\"}, and a 'note'.");
        }
        desk.transfer(agent.getName(), id, body.team(), body.agent(), body.note());
        return stateOfOpen(id);
    }

    @ApiResponse(responseCode = "400", description = "presence is neither online nor away",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Put("/v1/agent/presence")
    public AgentApi.PresenceChange presence(@Body @Nullable AgentApi.PresenceChange body, Authentication agent) {
        String wanted = body == null || body.presence() == null ? "" : body.presence().toLowerCase(Locale.ROOT);
        if (!wanted.equals("online") && !wanted.equals("away")) {
            throw new InvalidInputException("invalid_presence", "Presence is 'online' or 'away'.");
        }
        agents.presence(agent.getName(), Presence.fromId(wanted), clock.instant());
        return new AgentApi.PresenceChange(wanted);
    }

    /** 404 when there is no such conversation, 403 when this agent never held it. */
    private Conversation readable(Authentication agent, String id) {
        Conversation conversation = conversations.find(id).orElseThrow(() -> new ConversationNotFoundException(id));
        if (!desk.mayRead(agent.getName(), id)) {
            throw new HandoffException(HandoffException.Kind.FORBIDDEN, "not_yours",
                    "You do not hold this conversation and never did.");
        }
        return conversation;
    }

    private AgentApi.ConversationState stateOfOpen(String id) {
        var open = line.open(id);
        return state(id, open.map(handoff -> handoff.team()).orElse(null),
                open.filter(handoff -> handoff.state() == HandoffState.CLAIMED).map(handoff -> handoff.agent())
                        .orElse(null));
    }

    private AgentApi.ConversationState state(String id, String team, String agent) {
        String state = conversations.find(id).map(conversation -> conversation.state().id()).orElse("closed");
        return new AgentApi.ConversationState(id, state, team, agent);
    }
}
