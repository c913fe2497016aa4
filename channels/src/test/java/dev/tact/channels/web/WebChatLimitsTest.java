package dev.tact.channels.web;

import dev.tact.channels.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebChatLimitsTest {

    @Test
    void checkClientMessageIdAcceptsUuidsAndPrintableAscii() {
        assertThatCode(() -> WebChatLimits.checkClientMessageId(null)).doesNotThrowAnyException();
        assertThatCode(() -> WebChatLimits.checkClientMessageId("3f2b1c9e-8d4a-4f6b-9a1e-0c7d5e2f1a3b"))
                .doesNotThrowAnyException();
        assertThatCode(() -> WebChatLimits.checkClientMessageId("x".repeat(WebChatLimits.MAX_CLIENT_MESSAGE_ID)))
                .doesNotThrowAnyException();
    }

    @Test
    void checkClientMessageIdWhenTooLongBlankOrOutsidePrintableAsciiIsRefused() {
        for (String bad : new String[] {"", " ", "has space", "x".repeat(WebChatLimits.MAX_CLIENT_MESSAGE_ID + 1),
                "caf\u00e9", "a\tb", "a\u0000b", "line\nbreak"}) {
            assertThatThrownBy(() -> WebChatLimits.checkClientMessageId(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo("invalid_client_message_id"));
        }
    }
}
