package dev.tact.app.admin;

import dev.tact.app.persistence.JdbcAccounts;
import dev.tact.app.security.Account;
import dev.tact.app.security.Passwords;
import dev.tact.app.http.ApiError;
import dev.tact.channels.error.InvalidInputException;
import dev.tact.core.handoff.HandoffRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/** {@code POST /v1/admin/users}: admins create accounts (agents, analysts, admins). */
@Controller("/v1/admin/users")
@Secured(Account.ADMIN)
@ApiResponse(responseCode = "401", description = "no token, or an expired one",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "not an admin",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserController {

    private static final int MAX_CAPACITY = 50;

    /** The request body; teams and capacity matter for agents (defaults: the default team, 3). */
    public record NewUser(String username, String password, List<String> roles, List<String> teams,
                          Integer capacity) {
    }

    /** The created account, without its hash. */
    public record UserView(String username, Set<String> roles, Set<String> teams, int capacity) {
    }

    private final JdbcAccounts accounts;
    private final Passwords passwords;
    private final Clock clock;

    public UserController(JdbcAccounts accounts, Passwords passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = "the account, without its password",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @ApiResponse(responseCode = "400", description = "missing fields, a weak password, an unknown role, team or capacity, or an invalid username",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "there is already a user of that name",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Post
    public HttpResponse<?> create(@Body @Nullable NewUser body) {
        if (body == null || body.username() == null || body.roles() == null || body.roles().isEmpty()) {
            throw new InvalidInputException("missing_fields", "Send {username, password, roles: [\"agent\"]}.");
        }
        String problem = Passwords.problem(body.password());
        if (!problem.isEmpty()) {
            throw new InvalidInputException("weak_password", problem);
        }
        if (!Account.ROLES.containsAll(body.roles())) {
            throw new InvalidInputException("unknown_role", "Roles are agent, analyst and admin.");
        }
        int capacity = body.capacity() == null ? 3 : body.capacity();
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidInputException("invalid_capacity", "Capacity is 1.." + MAX_CAPACITY + ".");
        }
        List<String> teams = body.teams() == null || body.teams().isEmpty()
                ? List.of(HandoffRequest.DEFAULT_TEAM) : body.teams();
        if (teams.stream().anyMatch(team -> team == null || !team.matches("[a-z0-9_-]{1,64}"))) {
            throw new InvalidInputException("invalid_team", "A team name has 1-64 of a-z, 0-9, '-', '_'.");
        }
        Account account;
        try {
            account = new Account(Account.normalise(body.username()), passwords.hash(body.password()),
                    Set.copyOf(body.roles()), Set.copyOf(teams), capacity);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid_username", e.getMessage());
        }
        if (!accounts.create(account, clock.instant())) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(new ApiError("user_exists", "There is already a user '" + account.username() + "'."));
        }
        return HttpResponse.created(new UserView(account.username(), account.roles(), account.teams(),
                account.capacity()));
    }
}
