package dev.tact.app.wiring;

import dev.tact.app.persistence.JdbcWhatsAppInbox;
import dev.tact.app.persistence.JdbcWhatsAppOutbox;
import dev.tact.channels.whatsapp.CustomerServiceWindow;
import dev.tact.channels.whatsapp.GraphApi;
import dev.tact.channels.whatsapp.InboxWorker;
import dev.tact.channels.whatsapp.OutboxWorker;
import dev.tact.channels.whatsapp.WhatsAppInbox;
import dev.tact.channels.whatsapp.WhatsAppOutbox;
import dev.tact.channels.whatsapp.WhatsAppSender;
import dev.tact.channels.whatsapp.WhatsAppSettings;
import dev.tact.core.conversation.ConversationStore;
import dev.tact.core.engine.ConversationEngine;
import dev.tact.core.event.EventBus;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The WhatsApp channel: inbox, outbox, sender and their workers. The beans exist whether or not the channel is
 * configured (the webhook answers 404 when it is not); the workers start only when it is.
 */
@Factory
public class WhatsAppFactory {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppFactory.class);

    @Singleton
    WhatsAppSettings whatsAppSettings(WhatsAppConfiguration configuration) {
        return configuration.settings();
    }

    @Singleton
    WhatsAppInbox whatsAppInbox(DataSource dataSource) {
        return new JdbcWhatsAppInbox(dataSource);
    }

    /** The outbox queue ({@link WhatsAppOutbox}) and the delivery statuses ({@code DeliveryStatuses}) of one table pair. */
    @Singleton
    JdbcWhatsAppOutbox whatsAppOutbox(DataSource dataSource) {
        return new JdbcWhatsAppOutbox(dataSource);
    }

    @Singleton
    CustomerServiceWindow customerServiceWindow(ConversationStore store, Clock clock, WhatsAppSettings settings) {
        return new CustomerServiceWindow(store, clock, settings);
    }

    @Singleton
    @Bean(preDestroy = "close")
    OutboxWorker outboxWorker(WhatsAppOutbox outbox, WhatsAppSettings settings, WhatsAppConfiguration configuration,
                              Clock clock, EventBus events) {
        return new OutboxWorker(outbox, new GraphApi(settings.graphUrl(), settings.accessToken()), settings, clock,
                events, configuration.workers(), configuration.poll());
    }

    @Singleton
    WhatsAppSender whatsAppSender(WhatsAppOutbox outbox, CustomerServiceWindow window, WhatsAppSettings settings,
                                  Clock clock, EventBus events, OutboxWorker worker) {
        return new WhatsAppSender(outbox, window, settings, clock, events, worker::wake);
    }

    @Singleton
    @Bean(preDestroy = "close")
    InboxWorker inboxWorker(WhatsAppInbox inbox, ConversationEngine engine, ConversationStore store,
                            WhatsAppSender sender, WhatsAppConfiguration configuration, Clock clock) {
        return new InboxWorker(inbox, engine, store, sender, clock, configuration.workers(), configuration.poll());
    }

    /** Starts the workers once the server is up, when the channel is configured; says why when it is not. */
    @Singleton
    static final class Starter {

        private final WhatsAppSettings settings;
        private final InboxWorker inbox;
        private final OutboxWorker outbox;

        Starter(WhatsAppSettings settings, InboxWorker inbox, OutboxWorker outbox) {
            this.settings = settings;
            this.inbox = inbox;
            this.outbox = outbox;
        }

        @EventListener
        void onStartup(StartupEvent event) {
            if (!settings.enabled()) {
                if (settings.missing().size() < 4) {
                    LOG.warn("WhatsApp channel off: {} not set", settings.missing());
                }
                return;
            }
            LOG.info("WhatsApp channel on: number {}, Graph API {}", settings.phoneNumberId(), settings.graphUrl());
            outbox.start();
            inbox.start();
        }

        /** Stops the workers while the database is still open (their beans are destroyed in no set order). */
        @EventListener
        void onShutdown(ShutdownEvent event) {
            inbox.close();
            outbox.close();
        }
    }
}
