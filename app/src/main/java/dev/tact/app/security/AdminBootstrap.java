package dev.tact.app.security;

import dev.tact.app.persistence.JdbcAccounts;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Set;

/**
 * On the first start (no {@code admin} account yet) creates {@code admin} with {@code TACT_ADMIN_PASSWORD}, or
 * with a random password printed once in the log.
 */
@Singleton
public class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final JdbcAccounts accounts;
    private final Passwords passwords;
    private final Clock clock;
    private final String configured;

    public AdminBootstrap(JdbcAccounts accounts, Passwords passwords, Clock clock,
                          @Value("${tact.admin-password:}") String configured) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.configured = configured;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.find("admin").isPresent()) {
            return;
        }
        boolean random = configured.isEmpty();
        if (!random && !Passwords.problem(configured).isEmpty()) {
            throw new IllegalStateException("TACT_ADMIN_PASSWORD: " + Passwords.problem(configured));
        }
        String password = random ? passwords.random() : configured;
        var admin = new Account("admin", passwords.hash(password), Set.of(Account.ADMIN, Account.ANALYST), Set.of(),
                1);
        if (accounts.create(admin, clock.instant())) {
            if (random) {
                LOG.warn("created user 'admin' with the one-time password {} (set TACT_ADMIN_PASSWORD to choose it);"
                        + " it is not shown again", password);
            } else {
                LOG.info("created user 'admin' with the password from TACT_ADMIN_PASSWORD");
            }
        }
    }
}
