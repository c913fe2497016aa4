package dev.tact.channels.web;

import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WebChatApiTest {

    private static Message message(Role role, String externalId) {
        return new Message("m-" + role, "c-1", 1, role, MessageKind.TEXT, "hello", externalId, "",
                Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void messageViewOfACustomerMessageCarriesItsClientMessageId() {
        var view = WebChatApi.MessageView.of(message(Role.CUSTOMER, "client-7"));
        assertThat(view.id()).isEqualTo("m-CUSTOMER");
        assertThat(view.role()).isEqualTo("customer");
        assertThat(view.clientMessageId()).isEqualTo("client-7");
    }

    @Test
    void messageViewOfAReplyCarriesTheClientMessageIdItAnswersOrNone() {
        assertThat(WebChatApi.MessageView.of(message(Role.BOT, "")).clientMessageId()).isNull();
        assertThat(WebChatApi.MessageView.of(message(Role.AGENT, "")).clientMessageId()).isNull();
        var reply = WebChatApi.MessageView.of(message(Role.BOT, ""), "client-7");
        assertThat(reply.clientMessageId()).isEqualTo("client-7");
        assertThat(reply.role()).isEqualTo("bot");
        assertThat(WebChatApi.MessageFrame.of(reply).type()).isEqualTo("message");
    }
}
