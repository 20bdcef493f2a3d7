package org.compactdpa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class AccessTokensOnlyTest {

    @Test
    void anAccessTokenForTheApiPasses() {
        assertThat(AccessTokensOnly.isApiAccessToken("Bearer", Set.of("compact-api", "account"), "compact-api")).isTrue();
        assertThat(AccessTokensOnly.isApiAccessToken(Json.createValue("Bearer"), Set.of("compact-api"), "compact-api")).isTrue();
    }

    @Test
    void anIdTokenIsRefusedEvenWhenItNamesTheApi() {
        assertThat(AccessTokensOnly.isApiAccessToken("ID", Set.of("compact-api"), "compact-api")).isFalse();
        assertThat(AccessTokensOnly.isApiAccessToken(null, Set.of("compact-api"), "compact-api")).isFalse();
        assertThat(AccessTokensOnly.isApiAccessToken("Refresh", Set.of("compact-api"), "compact-api")).isFalse();
    }

    @Test
    void anAccessTokenForSomethingElseIsRefused() {
        assertThat(AccessTokensOnly.isApiAccessToken("Bearer", Set.of("account"), "compact-api")).isFalse();
        assertThat(AccessTokensOnly.isApiAccessToken("Bearer", Set.of("compact-portal"), "compact-api")).isFalse();
        assertThat(AccessTokensOnly.isApiAccessToken("Bearer", null, "compact-api")).isFalse();
    }
}
