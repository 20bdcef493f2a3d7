package org.compactdpa.platform.ratelimit;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The name a client's requests are counted under: its IPv4 address, or the /64 network of its IPv6
 * address. One IPv6 customer usually holds a whole /64 and could otherwise send from a fresh address
 * each time.
 */
final class ClientAddress {

    /** Only such strings are handed to InetAddress, which then parses them and never asks DNS. */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    /** A forwarded address is whatever the proxy wrote; a key is kept short all the same. */
    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    static String key(String host) {
        if (host == null || host.isBlank()) {
            return "unknown";
        }
        String address = host.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        if (IPV6_LITERAL.matcher(address).matches()) {
            try {
                InetAddress parsed = InetAddress.getByName(address);
                if (parsed instanceof Inet4Address) {
                    return parsed.getHostAddress(); // an IPv4-mapped address: the IPv4 client it is
                }
                byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                // Not an address after all: counted under the text as it came.
            }
        }
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }
}
