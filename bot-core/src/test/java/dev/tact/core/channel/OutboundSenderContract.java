package dev.tact.core.channel;

import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.Message;
import dev.tact.core.conversation.MessageKind;
import dev.tact.core.conversation.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link OutboundSender} promises, run against each implementation: it sends on its own channel, says
 * honestly how far a message got (never {@code DELIVERED} for a message only handed over), hands a message over
 * once however often it is sent, and refuses an agent's free text the channel will not take with a result, not an
 * exception. Implementations provide the sender, a conversation on its channel, and what the channel was given.
 */
public abstract class OutboundSenderContract {

    private static final String SECRET = "my card number is 4111 1111 1111 1111";

    /** The sender under test, on a channel that is configured and reachable. */
    protected abstract OutboundSender sender();

    /** A stored conversation on the sender's channel whose customer may be written to freely now. */
    protected abstract Conversation conversation();

    /**
     * A stored conversation on the sender's channel that will not take an agent's free text now (WhatsApp's closed
     * 24-hour window), or empty when the channel has no such rule.
     */
    protected abstract Optional<Conversation> freeTextClosed();

    /** How many times the channel was given this message to deliver (outbox requests, API calls…). */
    protected abstract int handedOver(Message message);

    /** The message as stored in the conversation (senders send stored messages only). */
    protected abstract Message stored(Message message);

    protected Message message(Conversation conversation, Role role, String text) {
        return stored(new Message(UUID.randomUUID().toString(), conversation.id(), 0, role, MessageKind.TEXT, text,
                "", "", Instant.now()));
    }

    @Test
    void channelIsTheConversationsChannel() {
        assertThat(sender().channel()).isEqualTo(conversation().channel());
    }

    @Test
    void sendHandsABotMessageOverWithoutClaimingItWasDelivered() {
        Message reply = message(conversation(), Role.BOT, "Here is how to reset your PIN.");
        SendResult result = sender().send(conversation(), reply);
        assertThat(result.accepted()).isTrue();
        assertThat(result.status()).isIn(SendResult.Status.QUEUED, SendResult.Status.SENT);
        assertThat(result.detail()).isNotBlank();
        assertThat(handedOver(reply)).isEqualTo(1);
    }

    @Test
    void sendTwiceHandsTheMessageOverOnce() {
        Message reply = message(conversation(), Role.BOT, "One answer, sent once.");
        SendResult first = sender().send(conversation(), reply);
        SendResult again = sender().send(conversation(), reply);
        assertThat(first.accepted()).isTrue();
        assertThat(again.accepted()).isTrue();
        assertThat(handedOver(reply)).isEqualTo(1);
    }

    @Test
    void sendOfAgentTextTheChannelWillNotTakeFailsWithAReason() {
        Optional<Conversation> closed = freeTextClosed();
        if (closed.isEmpty()) {
            return;
        }
        Message agentText = message(closed.get(), Role.AGENT, "Are you still there?");
        SendResult result = sender().send(closed.get(), agentText);
        assertThat(result.status()).isEqualTo(SendResult.Status.FAILED);
        assertThat(result.accepted()).isFalse();
        assertThat(result.detail()).isNotBlank();
        assertThat(handedOver(agentText)).isZero();
        assertThatThrownBy(() -> sender().requireFreeTextAllowed(closed.get()))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void requireFreeTextAllowedPassesWhileTheCustomerMayBeWritten() {
        sender().requireFreeTextAllowed(conversation());
        SendResult result = sender().send(conversation(), message(conversation(), Role.AGENT, "Hi, I'm Ada."));
        assertThat(result.accepted()).isTrue();
    }

    @Test
    void resultDetailNeverCarriesTheMessageText() {
        SendResult result = sender().send(conversation(), message(conversation(), Role.BOT, SECRET));
        assertThat(result.detail()).doesNotContain(SECRET).doesNotContain("4111");
        freeTextClosed().ifPresent(closed -> assertThat(sender().send(closed, message(closed, Role.AGENT, SECRET))
                .detail()).doesNotContain("4111"));
    }
}
