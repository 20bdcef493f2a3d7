package org.compactdpa.notices.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production rules for webhook addresses, through a stand-in resolver: no name is ever looked up in a
 * real DNS and no connection is opened (InetAddress.getByAddress builds addresses without either).
 */
@Tag("fast")
class WebhookAddressesTest {

    private final WebhookAddresses production = new WebhookAddresses(true, false);

    /** Names as an attacker would choose them: public-looking, resolving wherever they like. */
    private static final Map<String, String> ZONE = Map.ofEntries(
            Map.entry("hooks.example.org", "93.184.215.14"),
            Map.entry("metadata.example.org", "169.254.169.254"),
            Map.entry("intranet.example.org", "10.1.2.3"),
            Map.entry("home.example.org", "192.168.1.10"),
            Map.entry("corp.example.org", "172.20.0.5"),
            Map.entry("self.example.org", "127.0.0.1"),
            Map.entry("cgnat.example.org", "100.100.1.1"),
            Map.entry("ula.example.org", "fd12:3456:789a::1"),
            Map.entry("linklocal6.example.org", "fe80::1"),
            Map.entry("mapped.example.org", "::ffff:10.0.0.1"),
            Map.entry("nat64.example.org", "64:ff9b::a9fe:a9fe"),
            Map.entry("sixtofour.example.org", "2002:c0a8:0101::1"),
            Map.entry("public6.example.org", "2606:4700:4700::1111"),
            Map.entry("zero.example.org", "0.0.0.0"),
            Map.entry("multicast.example.org", "224.0.0.1"),
            Map.entry("reserved.example.org", "240.0.0.1"));

    private static final WebhookAddresses.Resolver STUB = host -> {
        if (host.equals("split.example.org")) {
            return List.of(literal("93.184.215.14"), literal("10.0.0.7"));
        }
        String address = ZONE.get(host);
        if (address == null) {
            if (host.matches("[0-9a-fA-F:.]+")) {
                return List.of(literal(host));
            }
            throw new UnknownHostException(host);
        }
        return List.of(literal(address));
    };

    private static InetAddress literal(String text) {
        try {
            // A literal is parsed, never resolved.
            return InetAddress.getByAddress(text, InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @Test
    void aPublicHttpsAddressIsAllowed() throws Exception {
        URI uri = production.parse("https://hooks.example.org/compact?x=1");
        assertThat(production.resolve(uri, STUB)).extracting(InetAddress::getHostAddress).containsExactly("93.184.215.14");
        assertThat(production.resolve(production.parse("https://public6.example.org/"), STUB)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"metadata.example.org", "intranet.example.org", "home.example.org", "corp.example.org",
            "self.example.org", "cgnat.example.org", "ula.example.org", "linklocal6.example.org", "mapped.example.org",
            "nat64.example.org", "sixtofour.example.org", "zero.example.org", "multicast.example.org",
            "reserved.example.org", "split.example.org"})
    void aNameResolvingToAnAddressOutsideThePublicInternetIsRefused(String host) throws Exception {
        URI uri = production.parse("https://" + host + "/hook");
        assertThatThrownBy(() -> production.resolve(uri, STUB)).isInstanceOf(WebhookAddresses.Refused.class)
                .hasMessageContaining("public addresses only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://169.254.169.254/latest/meta-data/", "https://127.0.0.1:8443/", "https://[::1]/",
            "https://10.0.0.1/", "https://[fd00::1]/", "https://[fe80::1]/", "https://192.168.0.1/", "https://[::ffff:127.0.0.1]/"})
    void literalAddressesOutsideThePublicInternetAreRefused(String url) throws Exception {
        URI uri = production.parse(url);
        assertThatThrownBy(() -> production.resolve(uri, STUB)).isInstanceOf(WebhookAddresses.Refused.class);
    }

    @Test
    void productionWantsHttpsAndAPlainUrl() {
        assertThatThrownBy(() -> production.parse("http://hooks.example.org/")).hasMessageContaining("https://");
        assertThatThrownBy(() -> production.parse("ftp://hooks.example.org/")).hasMessageContaining("https://");
        assertThatThrownBy(() -> production.parse("https://user:pw@hooks.example.org/")).hasMessageContaining("user name");
        assertThatThrownBy(() -> production.parse("https://hooks.example.org/#x")).hasMessageContaining("fragment");
        assertThatThrownBy(() -> production.parse("/relative")).isInstanceOf(WebhookAddresses.Refused.class);
        assertThatThrownBy(() -> production.parse("https://hooks.example.org/" + "a".repeat(2100))).hasMessageContaining("2000");
        assertThatThrownBy(() -> production.resolve(URI.create("https://nowhere.example.org/"), STUB))
                .hasMessageContaining("does not resolve");
    }

    @Test
    void theLocalStackMayAllowLoopbackAndHttpButNothingElsePrivate() throws Exception {
        WebhookAddresses local = new WebhookAddresses(false, true);
        assertThat(local.resolve(local.parse("http://127.0.0.1:9000/hook"), STUB)).hasSize(1);
        assertThat(local.resolve(local.parse("http://self.example.org/hook"), STUB)).hasSize(1);
        assertThatThrownBy(() -> local.resolve(local.parse("http://metadata.example.org/"), STUB))
                .hasMessageContaining("link-local");
        assertThatThrownBy(() -> local.resolve(local.parse("http://intranet.example.org/"), STUB))
                .hasMessageContaining("private");
    }
}
