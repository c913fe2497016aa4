package dev.tact.app.security;

import dev.tact.app.persistence.JdbcAccounts;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Checks a login against the accounts table (bcrypt, on a blocking thread). An unknown user costs the same time
 * as a wrong password, and both get the same answer.
 */
@Singleton
public class AccountAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final JdbcAccounts accounts;
    private final Passwords passwords;

    public AccountAuthenticationProvider(JdbcAccounts accounts, Passwords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> login) {
        String username = login.getIdentity() == null ? "" : Account.normalise(login.getIdentity());
        String password = login.getSecret() == null ? "" : login.getSecret();
        var account = accounts.account(username);
        if (account.isEmpty()) {
            passwords.matchNothing(password);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!passwords.matches(password, account.get().passwordHash())) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        return AuthenticationResponse.success(username, account.get().roles(),
                Map.of("teams", account.get().teams().stream().sorted().toList()));
    }
}
