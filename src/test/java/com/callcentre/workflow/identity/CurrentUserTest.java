package com.callcentre.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one reading of who is signed in: nobody without an authentication; their groups and the
 * engine's authorizations; work without authorization gives the caller back even when it fails.
 * The engine's identity service keeps the authentication per thread, with no engine needed.
 */
class CurrentUserTest {

    static final Path SOURCES = Path.of("src/main/java/com/callcentre/workflow");

    final IdentityServiceImpl identity = new IdentityServiceImpl();
    final AuthorizationService authorizations = mock(AuthorizationService.class);
    final CurrentUser currentUser = new CurrentUser(identity, authorizations);

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void withoutAnAuthenticationNobodyIsSignedInInAGroupOrAuthorized() {
        assertThat(currentUser.id()).isEmpty();
        assertThat(currentUser.isIn(StaffGroups.AGENT)).isFalse();
        assertThat(currentUser.isInAny(List.of(StaffGroups.AGENT, StaffGroups.DUTY_LEADER))).isFalse();
        assertThat(currentUser.isAuthorized(Permissions.ACCESS, Resources.APPLICATION, AccessPolicy.REPORTS_APPLICATION))
                .isFalse();
        verifyNoInteractions(authorizations);
    }

    @Test
    void anAuthenticationWithoutAUserHasNoIdAndWithoutGroupsIsInNone() {
        identity.setAuthentication(new Authentication(null, null));

        assertThat(currentUser.id()).isEmpty();
        assertThat(currentUser.isIn(StaffGroups.AGENT)).isFalse();
        assertThat(currentUser.isInAny(List.of(StaffGroups.AGENT))).isFalse();
    }

    @Test
    void theSignedInUserAndTheirGroups() {
        identity.setAuthentication("leader1", List.of(StaffGroups.AGENT, StaffGroups.DUTY_LEADER));

        assertThat(currentUser.id()).hasValue("leader1");
        assertThat(currentUser.isIn(StaffGroups.DUTY_LEADER)).isTrue();
        assertThat(currentUser.isIn(StaffGroups.CS_DIRECTOR)).isFalse();
        assertThat(currentUser.isInAny(List.of(StaffGroups.CS_DIRECTOR, StaffGroups.DUTY_LEADER))).isTrue();
        assertThat(currentUser.isInAny(List.of(StaffGroups.CS_DIRECTOR, StaffGroups.CENTER_DIRECTOR))).isFalse();
        assertThat(currentUser.isInAny(List.of())).isFalse();
    }

    @Test
    void theEngineDecidesPermissionsForTheUserAndTheirGroups() {
        List<String> groups = List.of(StaffGroups.COMPLAINT_MANAGER);
        identity.setAuthentication("manager1", groups);
        when(authorizations.isUserAuthorized(anyString(), anyList(), any(), any(), anyString())).thenReturn(false);
        when(authorizations.isUserAuthorized("manager1", groups, Permissions.ACCESS, Resources.APPLICATION,
                AccessPolicy.REPORTS_APPLICATION)).thenReturn(true);

        assertThat(currentUser.isAuthorized(Permissions.ACCESS, Resources.APPLICATION, AccessPolicy.REPORTS_APPLICATION))
                .isTrue();
        assertThat(currentUser.isAuthorized(Permissions.READ_HISTORY, Resources.PROCESS_DEFINITION, "complaint-handling"))
                .isFalse();
        verify(authorizations).isUserAuthorized("manager1", groups, Permissions.ACCESS, Resources.APPLICATION,
                AccessPolicy.REPORTS_APPLICATION);
    }

    @Test
    void workWithoutAuthorizationRunsUnauthenticatedAndGivesTheCallerBack() {
        identity.setAuthentication("agent1", List.of(StaffGroups.AGENT));
        Authentication caller = identity.getCurrentAuthentication();

        String seen = currentUser.withoutAuthorization(() -> String.valueOf(identity.getCurrentAuthentication()));

        assertThat(seen).isEqualTo("null");
        assertThat(identity.getCurrentAuthentication()).isSameAs(caller);
    }

    @Test
    void workWithoutAuthorizationThatFailsStillGivesTheCallerBack() {
        identity.setAuthentication("agent1", List.of(StaffGroups.AGENT));
        Authentication caller = identity.getCurrentAuthentication();

        assertThatThrownBy(() -> currentUser.withoutAuthorization(() -> {
            assertThat(identity.getCurrentAuthentication()).isNull();
            throw new IllegalStateException("query failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("query failed");

        assertThat(identity.getCurrentAuthentication()).isSameAs(caller);
    }

    @Test
    void workWithoutAuthorizationForNobodyLeavesNobodySignedIn() {
        currentUser.withoutAuthorization(() -> {
            identity.setAuthentication("stray", List.of());
            return null;
        });

        assertThat(identity.getCurrentAuthentication()).isNull();
    }

    @Test
    void codeTheEngineCallsReadsTheUserFromTheEnginesServices() {
        ProcessEngineServices services = mock(ProcessEngineServices.class);
        when(services.getIdentityService()).thenReturn(identity);

        assertThat(CurrentUser.idIn(services)).isEmpty();
        identity.setAuthentication("handler1", List.of());
        assertThat(CurrentUser.idIn(services)).hasValue("handler1");
    }

    /**
     * One source: no feature reads the engine's authentication itself. Only CurrentUser, and the
     * integrity package's command interceptor, which sits inside the engine below the features
     * and asks only whether any person (rather than the engine's own job executor) sent a command.
     */
    @Test
    void onlyCurrentUserReadsTheEnginesAuthentication() {
        Path own = SOURCES.resolve("identity/CurrentUser.java");
        Path integrity = SOURCES.resolve("integrity");
        List<String> readers;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            readers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.equals(own) && !f.startsWith(integrity))
                    .filter(f -> read(f).contains("getCurrentAuthentication("))
                    .map(f -> SOURCES.relativize(f).toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(read(own)).as("the scan looks where the reading is").contains("getCurrentAuthentication(");
        assertThat(readers).as("read who is signed in through identity.CurrentUser").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
