package dev.tact.core.conversation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link ConversationStore} must do. Each implementation's test extends this class and supplies a
 * fresh, empty store.
 */
public abstract class ConversationStoreContract {

    // storage may keep microseconds only
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    protected abstract ConversationStore store();

    private Conversation newConversation(Channel channel, String user) {
        return new Conversation(UUID.randomUUID().toString(), channel, user, "Ada Lovelace", "ab12", 
                ConversationState.BOT, T0, T0);
    }

    private static Message message(Conversation conversation, Role role, String text, String externalId, int second) {
        return new Message(UUID.randomUUID().toString(), conversation.id(), 0, role,
                role == Role.CUSTOMER ? MessageKind.TEXT : MessageKind.ANSWER, text, externalId,
                role == Role.BOT ? "greeting" : "", T0.plusSeconds(second));
    }

    @Test
    void createThenFindReturnsTheSameConversation() {
        var created = store().create(newConversation(Channel.WEB, "u-" + UUID.randomUUID()));
        assertThat(store().find(created.id())).contains(created);
        assertThat(store().findByExternalUser(Channel.WEB, created.externalUserId())).contains(created);
    }

    @Test
    void findUnknownConversationIsEmpty() {
        assertThat(store().find(UUID.randomUUID().toString())).isEmpty();
        assertThat(store().findByExternalUser(Channel.WHATSAPP, "nobody")).isEmpty();
    }

    @Test
    void createSameChannelUserTwiceFails() {
        var first = newConversation(Channel.WHATSAPP, "4915550001");
        store().create(first);
        assertThatThrownBy(() -> store().create(newConversation(Channel.WHATSAPP, "4915550001")))
                .isInstanceOf(DuplicateConversationException.class);
        // the same user id on another channel is another customer
        assertThat(store().create(newConversation(Channel.WEB, "4915550001"))).isNotNull();
    }

    @Test
    void appendKeepsOrderTextAndFields() {
        var conversation = store().create(newConversation(Channel.WEB, "u-" + UUID.randomUUID()));
        String tricky = "Ünïcødé ✓ <b>bold</b> 'quotes' \"double\" \n new line 😀";
        var first = store().append(message(conversation, Role.CUSTOMER, tricky, "ext-1", 1)).orElseThrow();
        var second = store().append(message(conversation, Role.BOT, "Hello!", "", 2)).orElseThrow();
        assertThat(second.seq()).isGreaterThan(first.seq());
        List<Message> stored = store().messages(conversation.id());
        assertThat(stored).containsExactly(first, second);
        assertThat(stored.get(0).text()).isEqualTo(tricky);
        assertThat(stored.get(1).intent()).isEqualTo("greeting");
        assertThat(stored.get(1).kind()).isEqualTo(MessageKind.ANSWER);
    }

    @Test
    void appendWithKnownExternalIdIsADuplicate() {
        var conversation = store().create(newConversation(Channel.WEB, "u-" + UUID.randomUUID()));
        var original = store().append(message(conversation, Role.CUSTOMER, "hi", "ext-1", 1)).orElseThrow();
        assertThat(store().append(message(conversation, Role.CUSTOMER, "hi again", "ext-1", 2))).isEmpty();
        assertThat(store().findByExternalId(conversation.id(), "ext-1")).contains(original);
        assertThat(store().messages(conversation.id())).containsExactly(original);
    }

    @Test
    void appendWithoutExternalIdIsNeverADuplicate() {
        var conversation = store().create(newConversation(Channel.WEB, "u-" + UUID.randomUUID()));
        store().append(message(conversation, Role.BOT, "one", "", 1)).orElseThrow();
        store().append(message(conversation, Role.BOT, "two", "", 2)).orElseThrow();
        assertThat(store().messages(conversation.id())).hasSize(2);
        assertThat(store().findByExternalId(conversation.id(), "")).isEmpty();
    }

    @Test
    void appendSameExternalIdInAnotherConversationIsNotADuplicate() {
        var a = store().create(newConversation(Channel.WEB, "u-" + UUID.randomUUID()));
        var b = store().create(newConversation(Channel.WEB, "u-" + UUID.randomUUID()));
        assertThat(store().append(message(a, Role.CUSTOMER, "hi", "ext-1", 1))).isPresent();
        assertThat(store().append(message(b, Role.CUSTOMER, "hi", "ext-1", 1))).isPresent();
    }

    @Test
    void appendToUnknownConversationFails() {
        var ghost = newConversation(Channel.WEB, "ghost");
        assertThatThrownBy(() -> store().append(message(ghost, Role.CUSTOMER, "hi", "x", 1)))
                .isInstanceOf(ConversationNotFoundException.class);
    }

    @Test
    void messagesAfterReturnsOnlyLaterOnes() {
        var conversation = store().create(newConversation(Channel.WEB, "u-" + UUID.randomUUID()));
        var first = store().append(message(conversation, Role.CUSTOMER, "a", "1", 1)).orElseThrow();
        var second = store().append(message(conversation, Role.BOT, "b", "", 2)).orElseThrow();
        var third = store().append(message(conversation, Role.CUSTOMER, "c", "3", 3)).orElseThrow();
        assertThat(store().messagesAfter(conversation.id(), first.seq())).containsExactly(second, third);
        assertThat(store().messagesAfter(conversation.id(), third.seq())).isEmpty();
    }

    @Test
    void concurrentAppendsOfOneExternalIdStoreOne() throws Exception {
        var conversation = store().create(newConversation(Channel.WEB, "u-" + UUID.randomUUID()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                attempts.add(pool.submit(() ->
                        store().append(message(conversation, Role.CUSTOMER, "hi " + n, "same", n)).isPresent()));
            }
            int stored = 0;
            for (Future<Boolean> attempt : attempts) {
                stored += attempt.get() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
            assertThat(store().messages(conversation.id())).hasSize(1);
        } finally {
            pool.shutdown();
        }
    }
}
