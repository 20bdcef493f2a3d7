package org.compactdpa.notices.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which addresses a webhook may be delivered to. A delivery leaves the platform's network on the word of
 * an organisation's administrator, so it must never reach what only the platform can reach (server-side
 * request forgery): no loopback, link-local (the cloud metadata address 169.254.169.254 among them),
 * private, unique-local, carrier-grade NAT, multicast, reserved or documentation ranges, and that for
 * every address the name resolves to, checked again at each delivery, which connects to the address that
 * was checked. The local stack may allow loopback and plain http by configuration; production does not.
 */
public final class WebhookAddresses {

    /** Turns a host name into its addresses; tests give a stand-in that never asks a real DNS server. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** The machine's own resolver (blocking: call it on a worker thread). */
    public static final Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    /** A refused address or URL, with the reason shown to whoever registered it. */
    public static final class Refused extends Exception {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    static final int MAX_URL = 2000;

    private final boolean requireHttps;
    private final boolean allowLoopback;

    public WebhookAddresses(boolean requireHttps, boolean allowLoopback) {
        this.requireHttps = requireHttps;
        this.allowLoopback = allowLoopback;
    }

    /** The URL's form: absolute, https (or http where allowed), a host, no user information, no fragment. */
    public URI parse(String url) throws Refused {
        if (url == null || url.isBlank()) {
            throw new Refused("is required");
        }
        if (url.length() > MAX_URL) {
            throw new Refused("must be at most " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new Refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !requireHttps)) {
            throw new Refused(requireHttps ? "must start with https://" : "must start with https:// or http://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new Refused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment (#...)");
        }
        return uri;
    }

    /** Every address the URL's host resolves to, each one allowed; otherwise the first reason to refuse. */
    public List<InetAddress> resolve(URI uri, Resolver resolver) throws Refused {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("names a host that does not resolve: " + clip(host));
        }
        if (addresses == null || addresses.isEmpty()) {
            throw new Refused("names a host that does not resolve: " + clip(host));
        }
        for (InetAddress address : addresses) {
            String reason = refusal(address);
            if (reason != null) {
                throw new Refused("resolves to " + address.getHostAddress() + ", " + reason
                        + "; webhooks go to public addresses only");
            }
        }
        return addresses;
    }

    /** Why the address is refused, or null when a delivery may go there. */
    String refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return refusalV4(bytes);
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return "a unique-local address";
            }
            if (first == 0xfe && (bytes[1] & 0xc0) == 0xc0) {
                return "a site-local address";
            }
            if (first == 0x20 && bytes[1] == 0x01 && (bytes[2] & 0xff) == 0x0d && (bytes[3] & 0xff) == 0xb8) {
                return "a documentation address";
            }
            byte[] embedded = embeddedV4(bytes);
            if (embedded != null) {
                String inner = innerRefusal(embedded);
                return inner == null ? null : inner + " inside an IPv6 address";
            }
        }
        return null;
    }

    private String innerRefusal(byte[] v4) {
        try {
            return refusal(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            return "an unreadable address";
        }
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible, NAT64 (64:ff9b::) or 6to4 (2002::) address. */
    private static byte[] embeddedV4(byte[] v6) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= v6[i] == 0;
        }
        if (zeros && ((v6[10] == (byte) 0xff && v6[11] == (byte) 0xff) || (v6[10] == 0 && v6[11] == 0))) {
            return new byte[] {v6[12], v6[13], v6[14], v6[15]};
        }
        boolean nat64 = v6[0] == 0 && v6[1] == 0x64 && v6[2] == (byte) 0xff && v6[3] == (byte) 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = v6[i] == 0;
        }
        if (nat64) {
            return new byte[] {v6[12], v6[13], v6[14], v6[15]};
        }
        if (v6[0] == 0x20 && v6[1] == 0x02) {
            return new byte[] {v6[2], v6[3], v6[4], v6[5]};
        }
        return null;
    }

    private static String refusalV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 0) {
            return "an address of \"this network\" (0.0.0.0/8)";
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return "a carrier-grade NAT address";
        }
        if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) {
            return "a reserved address";
        }
        if (a0 == 198 && (a1 == 18 || a1 == 19)) {
            return "a benchmarking address";
        }
        if ((a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return "a documentation address";
        }
        if (a0 >= 240) {
            return "a reserved address";
        }
        return null;
    }

    private static String clip(String host) {
        return host.length() > 100 ? host.substring(0, 100) + "…" : host;
    }
}
