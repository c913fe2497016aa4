package dev.tact.channels.whatsapp;

import dev.tact.channels.error.AccessDeniedException;
import dev.tact.channels.error.ChannelDisabledException;
import dev.tact.channels.error.ForbiddenException;
import dev.tact.core.event.EventBus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.time.Clock;

/**
 * {@code GET|POST /v1/channels/whatsapp/webhook}: Meta's verification handshake and its deliveries. A delivery is
 * checked against its signature before anything reads it, stored in the inbox (durable) and only then acknowledged;
 * the engine runs it afterwards, so the acknowledgement does not wait for the bot.
 */
@Controller("/v1/channels/whatsapp/webhook")
@ApiResponse(responseCode = "404", description = "the WhatsApp channel is not configured",
        content = @Content(schema = @Schema(ref = "#/components/schemas/ApiError")))
@ExecuteOn(TaskExecutors.BLOCKING)
public class WhatsAppWebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppWebhookController.class);
    private static final int MAX_CHALLENGE = 512;

    /** The answer to a stored delivery. */
    public record Accepted(int stored, int duplicates, int statuses, int ignored) {
    }

    private final WhatsAppSettings settings;
    private final WhatsAppInbox inbox;
    private final DeliveryStatuses statuses;
    private final InboxWorker worker;
    private final Clock clock;
    private final EventBus events;
    private final WebhookParser parser;
    private final WebhookSignature signature;

    public WhatsAppWebhookController(WhatsAppSettings settings, WhatsAppInbox inbox, DeliveryStatuses statuses,
                                     InboxWorker worker, Clock clock, EventBus events) {
        this.settings = settings;
        this.events = events;
        this.inbox = inbox;
        this.statuses = statuses;
        this.worker = worker;
        this.clock = clock;
        this.parser = new WebhookParser(settings.phoneNumberId(), clock);
        this.signature = settings.enabled() ? new WebhookSignature(settings.appSecret()) : null;
    }

    @ApiResponse(responseCode = "403", description = "the verify token does not match",
            content = @Content(schema = @Schema(ref = "#/components/schemas/ApiError")))
    @Get(produces = MediaType.TEXT_PLAIN)
    public HttpResponse<?> verify(@QueryValue("hub.mode") @Nullable String mode,
                                  @QueryValue("hub.verify_token") @Nullable String token,
                                  @QueryValue("hub.challenge") @Nullable String challenge) {
        requireEnabled();
        if ("subscribe".equals(mode) && WebhookSignature.sameSecret(settings.verifyToken(), token)
                && challenge != null && !challenge.isEmpty() && challenge.length() <= MAX_CHALLENGE) {
            return HttpResponse.ok(challenge).contentType(MediaType.TEXT_PLAIN_TYPE);
        }
        throw new ForbiddenException("The verification token does not match.");
    }

    @ApiResponse(responseCode = "400", description = "the body is not a WhatsApp webhook delivery",
            content = @Content(schema = @Schema(ref = "#/components/schemas/ApiError")))
    @ApiResponse(responseCode = "401", description = "no or a wrong X-Hub-Signature-256",
            content = @Content(schema = @Schema(ref = "#/components/schemas/ApiError")))
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public Accepted receive(@Header("X-Hub-Signature-256") @Nullable String signed, @Body @Nullable byte[] body) {
        requireEnabled();
        byte[] raw = body == null ? new byte[0] : body;
        if (signed == null || signed.isBlank()) {
            throw new AccessDeniedException("The delivery has no X-Hub-Signature-256 header.");
        }
        if (!signature.verify(signed, raw)) {
            throw new AccessDeniedException("The X-Hub-Signature-256 signature does not match the body.");
        }
        WebhookDelivery delivery = parser.parse(raw);
        int stored = delivery.messages().isEmpty() ? 0 : inbox.store(delivery.messages(), clock.instant());
        delivery.statuses().forEach(this::record);
        if (stored > 0) {
            worker.wake();
        }
        if (delivery.ignored() > 0) {
            LOG.debug("whatsapp delivery: {} entries ignored", delivery.ignored());
        }
        return new Accepted(stored, delivery.messages().size() - stored, delivery.statuses().size(),
                delivery.ignored());
    }

    /** Stores the status; a failure of a conversation message goes on the event bus for the agent console. */
    private void record(StatusEvent status) {
        statuses.recordStatus(status);
        if (status.status() == StatusEvent.Status.FAILED) {
            statuses.sentAs(status.wamid()).filter(entry -> !entry.messageId().isEmpty()).ifPresent(entry ->
                    DeliveryFailures.report(events, entry.conversationId(), entry.messageId(),
                            status.errorCode().orElse("failed"), status.errorTitle().orElse(""), status.at()));
        }
    }

    private void requireEnabled() {
        if (!settings.enabled()) {
            throw new ChannelDisabledException("whatsapp", "The WhatsApp channel is not configured on this server.");
        }
    }
}
