package dev.tact.channels.whatsapp;

import dev.tact.channels.error.ServiceWindowClosedException;
import dev.tact.core.channel.OutboundSender;
import dev.tact.core.channel.SendResult;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.Role;
import dev.tact.core.event.EventBus;

import java.time.Clock;

/**
 * Sends stored messages to WhatsApp customers through the durable outbox: the request is stored (once per message,
 * however often it is sent) and the {@link OutboxWorker} sends it, so {@link #send} answers
 * {@link SendResult.Status#QUEUED}; that the Graph API took it and that the customer got it come later, through the
 * outbox and {@link DeliveryStatuses}. Agent free text outside the 24-hour window is not queued but recorded as
 * failed, so the console can show it.
 */
public final class WhatsAppSender implements OutboundSender {

    /** The error code recorded for free text refused because the 24-hour window is closed. */
    public static final String WINDOW_CLOSED = "window_closed";

    private final WhatsAppOutbox outbox;
    private final CustomerServiceWindow window;
    private final WhatsAppSettings settings;
    private final Clock clock;
    private final EventBus events;
    private final Runnable wake;

    /** @param wake tells the outbox worker there is something to send */
    public WhatsAppSender(WhatsAppOutbox outbox, CustomerServiceWindow window, WhatsAppSettings settings, Clock clock,
                          EventBus events, Runnable wake) {
        this.outbox = outbox;
        this.events = events;
        this.window = window;
        this.settings = settings;
        this.clock = clock;
        this.wake = wake;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public SendResult send(Conversation conversation, Message message) {
        if (!settings.enabled()) {
            return SendResult.failed("the WhatsApp channel is not configured");
        }
        WhatsAppUser user = WhatsAppUser.parse(conversation.externalUserId());
        OutboundPayloads.Payload payload = OutboundPayloads.forMessage(user.waId(), message);
        OutboxEntry entry = new OutboxEntry("message:" + message.id(), conversation.id(), message.id(),
                user.phoneNumberId(), user.waId(), payload.kind(), payload.json(), clock.instant());
        if (message.role() == Role.AGENT) {
            try {
                window.requireOpen(conversation);
            } catch (ServiceWindowClosedException e) {
                if (outbox.refuse(entry, WINDOW_CLOSED, e.getMessage())) {
                    DeliveryFailures.report(events, conversation.id(), message.id(), WINDOW_CLOSED, e.getMessage(),
                            clock.instant());
                }
                return SendResult.failed("outside the 24-hour customer-service window");
            }
        }
        boolean added = outbox.enqueue(entry);
        wake.run();
        return SendResult.queued(added ? "accepted into the WhatsApp outbox" : "already in the WhatsApp outbox");
    }

    /** {@link ServiceWindowClosedException} (a 409 over HTTP) outside the 24-hour customer-service window. */
    @Override
    public void requireFreeTextAllowed(Conversation conversation) {
        window.requireOpen(conversation);
    }

    /**
     * Marks the customer's message read and shows the typing indicator: for when the bot is about to answer. It goes
     * through the outbox, so it is rate-limited and reaches WhatsApp before the answer.
     */
    public void markReadAndTyping(InboundEvent event) {
        OutboundPayloads.Payload payload = OutboundPayloads.readWithTyping(event.wamid());
        outbox.enqueue(new OutboxEntry("read:" + event.wamid(), "", "", event.user().phoneNumberId(),
                event.user().waId(), payload.kind(), payload.json(), clock.instant()));
        wake.run();
    }

    /**
     * Sends the configured re-engagement template, the one thing WhatsApp allows outside the 24-hour window; the
     * conversation goes on when the customer answers it.
     *
     * @throws IllegalStateException when no template is configured
     */
    public SendResult sendTemplate(Conversation conversation, String requestId) {
        if (!settings.hasTemplate()) {
            throw new IllegalStateException("no WhatsApp template is configured (TACT_WHATSAPP_TEMPLATE_NAME)");
        }
        WhatsAppUser user = WhatsAppUser.parse(conversation.externalUserId());
        OutboundPayloads.Payload payload = OutboundPayloads.template(user.waId(), settings.templateName(),
                settings.templateLanguage());
        outbox.enqueue(new OutboxEntry("template:" + requestId, conversation.id(), "", user.phoneNumberId(),
                user.waId(), payload.kind(), payload.json(), clock.instant()));
        wake.run();
        return SendResult.queued("template accepted into the WhatsApp outbox");
    }
}
