package org.compactdpa.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class RulesTest {

    private static boolean matches(String glob, String rawPath) {
        return PathPattern.of(glob).matches(PathPattern.canonical(rawPath));
    }

    @Test
    void aPlainPatternMatchesThatPathOnly() {
        assertThat(matches("/api/offers", "/api/offers")).isTrue();
        assertThat(matches("/api/offers", "/api/offers/")).isTrue();
        assertThat(matches("/api/offers", "/api/offers/x/exhibit-e")).isFalse();
        assertThat(matches("/api/offers", "/api/offersx")).isFalse();
        assertThat(matches("/api/offers", "/api/offer")).isFalse();
    }

    @Test
    void aTrailingDoubleStarCoversThePathAndEverythingBelowIt() {
        assertThat(matches("/api/registry/**", "/api/registry")).isTrue();
        assertThat(matches("/api/registry/**", "/api/registry/agreements/1c4e")).isTrue();
        assertThat(matches("/api/registry/**", "/api/registryx")).isFalse();
    }

    @Test
    void aStarStandsForOneSegment() {
        String list = "/api/districts/*/products/**";
        assertThat(matches(list, "/api/districts/0b7d7f6a/products")).isTrue();
        assertThat(matches(list, "/api/districts/0b7d7f6a/products?format=csv".split("\\?")[0])).isTrue();
        assertThat(matches(list, "/api/districts/a/b/products")).isFalse();
        assertThat(matches(list, "/api/districts/0b7d7f6a")).isFalse();
        assertThat(matches("/api/v*/x", "/api/vendors/x")).isTrue();
        assertThat(matches("/api/v*/x", "/api/a/x")).isFalse();
    }

    @Test
    void otherSpellingsOfALimitedPathAreStillLimited() {
        assertThat(PathPattern.canonical("/api/%76erify")).isEqualTo("/api/verify");
        assertThat(PathPattern.canonical("//api///verify/")).isEqualTo("/api/verify");
        assertThat(PathPattern.canonical("/api/x/../verify;jsessionid=1")).isEqualTo("/api/verify");
        assertThat(PathPattern.canonical("/api/x%2F..%2Fverify")).isEqualTo("/api/verify");
        assertThat(PathPattern.canonical("/api/./verify/.")).isEqualTo("/api/verify");
        assertThat(PathPattern.canonical("/api/%zz%4")).as("a broken escape stays as it is").isEqualTo("/api/%zz%4");
        assertThat(PathPattern.canonical("")).isEqualTo("/");
        assertThat(PathPattern.canonical("/../..")).isEqualTo("/");
    }

    @Test
    void aRuleCoversItsMethodsAndHeadAsGet() {
        Rule registry = Rule.of("registry", config(List.of("/api/registry/**", "/api/offers"), Set.of("get")));
        assertThat(registry.covers("GET", "/api/registry/agreements")).isTrue();
        assertThat(registry.covers("HEAD", "/api/registry/agreements")).isTrue();
        assertThat(registry.covers("GET", "/api/offers")).isTrue();
        assertThat(registry.covers("POST", "/api/registry/agreements")).isFalse();
        assertThat(registry.covers("GET", "/api/agreements")).isFalse();

        Rule any = Rule.of("any", config(List.of("/api/verify/**"), null));
        assertThat(any.covers("POST", "/api/verify")).isTrue();
        assertThat(any.covers("DELETE", "/api/verify")).isTrue();
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64AndAnIpv4ClientByItsAddress() {
        assertThat(ClientAddress.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.key("[2001:db8:1:2::9]")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.key("2001:db8:1:3::9")).isNotEqualTo(ClientAddress.key("2001:db8:1:2::9"));
        assertThat(ClientAddress.key("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.key("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.key(null)).isEqualTo("unknown");
        assertThat(ClientAddress.key("_hidden-proxy")).isEqualTo("_hidden-proxy");
        assertThat(ClientAddress.key("x".repeat(500))).hasSize(64);
        assertThat(ClientAddress.key("12:zz")).as("not an address: kept as text, never looked up").isEqualTo("12:zz");
    }

    private static RateLimitConfig.Rule config(List<String> paths, Set<String> methods) {
        return new RateLimitConfig.Rule() {
            @Override
            public List<String> paths() {
                return paths;
            }

            @Override
            public Optional<Set<String>> methods() {
                return Optional.ofNullable(methods);
            }

            @Override
            public int requestsPerMinute() {
                return 60;
            }

            @Override
            public int burst() {
                return 10;
            }
        };
    }
}
