package org.compactdpa.signatures.signing;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import org.compactdpa.signatures.evidence.Origin;

/**
 * Where a request came from, for the signature and the evidence trail: the peer address as the HTTP
 * layer resolved it. Forwarded headers count only when proxy address forwarding is configured
 * (quarkus.http.proxy.*, trusted proxies only); otherwise anyone could write their own address.
 */
public final class RequestOrigin {

    private RequestOrigin() {
    }

    public static Origin of(HttpServerRequest http) {
        String ip = http.remoteAddress() == null ? null : http.remoteAddress().host();
        return new Origin(ip, http.getHeader(HttpHeaders.USER_AGENT));
    }
}
