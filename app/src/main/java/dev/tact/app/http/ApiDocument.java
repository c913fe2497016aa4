package dev.tact.app.http;

import dev.tact.channels.web.WebChatController;
import dev.tact.channels.whatsapp.WhatsAppWebhookController;
import io.micronaut.openapi.annotation.OpenAPIExtraSchema;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.security.endpoints.LoginController;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * What the OpenAPI document of API v1 says about itself. The Micronaut OpenAPI annotation processor writes the
 * document when {@code app} compiles ({@code app/openapi.properties}: {@code META-INF/swagger/openapi.yml}) from the
 * controllers of {@code app} and, included here because they are compiled in another module, those of
 * {@code channels} and the login endpoint of Micronaut Security; {@link OpenApiDocumentController} serves it at
 * {@code /openapi.yml}. Every error body is an {@link ApiError}.
 */
@OpenAPIDefinition(info = @Info(title = "Tact API", version = "1",
        description = "Customer-care chat with human handoff: the customer web chat, the WhatsApp webhook, the agent"
                + " desk and administration. Errors are JSON {\"error\", \"message\"} (ApiError) with a 4xx or 5xx"
                + " status. The WebSocket streams (/v1/conversations/{id}/stream?token=…, /v1/agent/stream) are"
                + " described in the README, not here.",
        license = @License(name = "Apache-2.0")))
@OpenAPIInclude(classes = {WebChatController.class, WhatsAppWebhookController.class})
@OpenAPIInclude(classes = LoginController.class, uri = "/v1/auth/login")
@OpenAPIExtraSchema(classes = ApiError.class)
@SecurityScheme(name = "Authorization", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "The access_token of POST /v1/auth/login (agents, analysts, admins), or a conversation's token"
                + " (customers)")
public final class ApiDocument {

    private ApiDocument() {
    }
}
