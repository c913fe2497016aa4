package dev.tact.app.http;

import dev.tact.core.conversation.ConversationNotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** An unknown conversation is a 404. */
@Singleton
public class ConversationNotFoundHandler
        implements ExceptionHandler<ConversationNotFoundException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ConversationNotFoundException exception) {
        return HttpResponse.notFound(new ApiError("conversation_not_found", "There is no such conversation."));
    }
}
