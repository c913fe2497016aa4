package dev.tact.channels.whatsapp;

import dev.tact.channels.error.ServiceWindowClosedException;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationState;
import dev.tact.core.conversation.InMemoryConversationStore;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerServiceWindowTest {

    private static final Instant WROTE = Instant.parse("2026-06-01T12:00:00Z");
    private final InMemoryConversationStore store = new InMemoryConversationStore();

    private Conversation conversation(Channel channel) {
        Conversation conversation = store.create(new Conversation("c-" + channel.id(), channel,
                "106540352242922:16505551234", "Ada", "", ConversationState.AGENT, WROTE, WROTE));
        store.append(new Message("m-1", conversation.id(), 0, Role.CUSTOMER, MessageKind.TEXT, "help", "wamid.1", "",
                WROTE));
        // the agent's and the bot's later messages do not reopen the window
        store.append(new Message("m-2", conversation.id(), 0, Role.AGENT, MessageKind.TEXT, "on it", "", "",
                WROTE.plus(Duration.ofHours(20))));
        return conversation;
    }

    private static CustomerServiceWindow window(InMemoryConversationStore store, Instant now, String template) {
        var settings = new WhatsAppSettings("v", "s", "t", "106540352242922", WhatsAppSettings.DEFAULT_GRAPH_URL, 20,
                8, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(24), template, "en_US");
        return new CustomerServiceWindow(store, Clock.fixed(now, ZoneOffset.UTC), settings);
    }

    @Test
    void checkIsOpenFor24HoursAfterTheCustomersLastMessage() {
        Conversation conversation = conversation(Channel.WHATSAPP);
        var justInside = window(store, WROTE.plus(Duration.ofHours(24)).minusSeconds(1), "").check(conversation);
        assertThat(justInside.open()).isTrue();
        assertThat(justInside.closesAt()).contains(WROTE.plus(Duration.ofHours(24)));
        assertThat(window(store, WROTE.plus(Duration.ofHours(24)), "").check(conversation).open()).isFalse();
    }

    @Test
    void requireOpenOutsideTheWindowSaysWhyAndWhatToDo() {
        Conversation conversation = conversation(Channel.WHATSAPP);
        Instant later = WROTE.plus(Duration.ofHours(30));
        assertThatThrownBy(() -> window(store, later, "").requireOpen(conversation))
                .isInstanceOf(ServiceWindowClosedException.class)
                .hasMessageContaining("more than 24 hours ago").hasMessageContaining("TACT_WHATSAPP_TEMPLATE_NAME");
        assertThatThrownBy(() -> window(store, later, "reopen_chat").requireOpen(conversation))
                .hasMessageContaining("re-engagement template");
        assertThatCode(() -> window(store, WROTE.plusSeconds(60), "").requireOpen(conversation))
                .doesNotThrowAnyException();
    }

    @Test
    void checkOtherChannelsHaveNoWindow() {
        Conversation web = conversation(Channel.WEB);
        assertThat(window(store, WROTE.plus(Duration.ofDays(30)), "").check(web).open()).isTrue();
    }
}
