package org.compactdpa.signatures.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * How much room a seal's CMS needs in the PDF, learned once and kept for the seals that follow, so
 * each seal asks the time-stamping authority once. The room must be fixed before the signed bytes
 * are, and so before the real token exists; it is the CMS without a timestamp (measured once without
 * the authority, with room for the key's longest signature value), plus the bytes the authority's last
 * token added, plus {@link PadesSeal#MARGIN}. The authority's certificates, which a CA-issued seal
 * puts in its DSS before signing, come from that token too.
 *
 * <p>Only the first seal with a timestamp asks the authority an extra time, to learn its token;
 * afterwards a seal asks again only when the real token no longer fits what was learned (a larger
 * token, other certificates), and then seals once more with what it learned. Safe for several
 * threads: a learned token only ever replaces the one before.
 */
public final class SealSpace {

    /** What a seal reserves and puts in its DSS. */
    record Layout(int bytes, List<X509CertificateHolder> authorityCertificates) {
    }

    private record Token(int bytes, List<X509CertificateHolder> certificates) {
    }

    private final AtomicReference<Integer> base = new AtomicReference<>();
    private final AtomicReference<Token> token = new AtomicReference<>();

    /** The room for the next seal by this signer; measures what is not known yet. */
    Layout layout(CadesSignature signer) {
        Integer withoutToken = base.get();
        if (withoutToken == null) {
            CadesSignature.Signed measured = signer.signWithoutTimestamp(new byte[0]);
            withoutToken = measured.der().length + signer.longerSignatureRoom(measured);
            base.set(withoutToken);
        }
        if (!signer.timestamped()) {
            return new Layout(withoutToken + PadesSeal.MARGIN, List.of());
        }
        Token known = token.get();
        if (known == null) {
            learn(signer.sign(new byte[0]));
            known = token.get();
        }
        return new Layout(withoutToken + known.bytes() + PadesSeal.MARGIN, known.certificates());
    }

    /**
     * Keeps what the seal's real token showed; answers whether the seal was made with what it shows
     * (it fitted the room, and its DSS holds the token's certificates), else it must be made again.
     */
    boolean learn(CadesSignature.Signed signed, Layout used, boolean caIssued) {
        if (signed.token() == null) {
            return signed.der().length <= used.bytes();
        }
        Token seen = learn(signed);
        return signed.der().length <= used.bytes() && (!caIssued || seen.certificates().equals(used.authorityCertificates()));
    }

    private Token learn(CadesSignature.Signed signed) {
        Token seen = new Token(signed.tokenBytes(), List.copyOf(SealTimestamp.certificates(signed.token())));
        token.updateAndGet(before -> before == null || !Objects.equals(before.certificates(), seen.certificates())
                || seen.bytes() > before.bytes() ? seen : before);
        return seen;
    }

    /** The DER of each certificate, for the DSS. */
    static List<byte[]> encoded(List<X509CertificateHolder> certificates) {
        return certificates.stream().map(c -> {
            try {
                return c.getEncoded();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
