package dev.tact.channels.web;

import dev.tact.channels.error.AccessDeniedException;
import dev.tact.core.conversation.Channel;
import dev.tact.core.conversation.Conversation;
import dev.tact.core.conversation.ConversationNotFoundException;
import dev.tact.core.conversation.ConversationStore;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The per-conversation bearer tokens of the web chat: 256 random bits, shown to the customer once; only their
 * SHA-256 is stored, and it is compared in constant time.
 */
@Singleton
public class WebChatAccess {

    private static final String BEARER = "Bearer ";

    private final SecureRandom random = new SecureRandom();
    private final ConversationStore store;

    public WebChatAccess(ConversationStore store) {
        this.store = store;
    }

    /** A fresh token. */
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The conversation, if the {@code Authorization} header carries its token. */
    public Conversation authorizeHeader(String conversationId, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new AccessDeniedException("Send the conversation's token as 'Authorization: Bearer <token>'.");
        }
        return authorize(conversationId, authorization.substring(BEARER.length()).trim());
    }

    /** The conversation, if the token is its own; otherwise a 404 (no such id) or a 401. */
    public Conversation authorize(String conversationId, String token) {
        Conversation conversation = store.find(conversationId)
                .filter(found -> found.channel() == Channel.WEB)
                .orElseThrow(() -> new ConversationNotFoundException(conversationId));
        if (token == null || token.isEmpty()) {
            throw new AccessDeniedException("This conversation needs its token.");
        }
        byte[] expected = conversation.accessTokenHash().getBytes(StandardCharsets.US_ASCII);
        byte[] actual = hash(token).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new AccessDeniedException("The token does not open this conversation.");
        }
        return conversation;
    }
}
