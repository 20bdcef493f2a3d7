package org.compactdpa.local;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.tsp.TimeStampReq;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * Turns the bytes of an RFC 3161 TimeStampReq into the bytes of a TimeStampResp, with no HTTP
 * involved (see {@link TimeStampAuthority} for that).
 *
 * <p>What a granted token carries:
 * <ul>
 *   <li>policy {@value #POLICY_OID}: an OID under the UUID arc 2.25 (ITU-T X.667), which anyone may mint
 *       without registering, so it can never collide with a real TSA's policy. Arc .1 below our UUID
 *       is "Compact local stack TSA, no assurance: the time is this machine's clock". A request naming any
 *       other policy is rejected (unacceptedPolicy), since the token would otherwise claim it;</li>
 *   <li>the request's imprint (SHA-256, SHA-384 or SHA-512; anything else is rejected with badAlg, an
 *       imprint of the wrong length with badDataFormat), its nonce if it sent one, and the TSA's
 *       certificates (TSA and root) only when it asked with certReq;</li>
 *   <li>genTime in whole seconds with an accuracy of one second: the clock is the machine's, no better;</li>
 *   <li>a serial number that grows with time and is unique without any stored counter: the
 *       milliseconds since 1970 in the high bits and 64 random bits below, bumped by one when two
 *       tokens would otherwise share or reverse a value in this process. Two processes using one key
 *       directory (a stack and a test) therefore still never repeat a serial, and a restart never goes
 *       backwards unless the clock does;</li>
 *   <li>a signingCertificateV2 attribute (SHA-256 ESSCertIDv2), as ETSI/PAdES validators expect.</li>
 * </ul>
 * Request extensions are not understood, so any request carrying one is rejected (unacceptedExtension),
 * as RFC 3161 2.4.1 asks.
 */
public final class TimeStampResponder {

    /** The policy every token is issued under; see the class comment. */
    public static final String POLICY_OID = "2.25.222410928716342916743474935173075084966.1";

    private static final Set<ASN1ObjectIdentifier> ACCEPTED_DIGESTS = Set.of(
            NISTObjectIdentifiers.id_sha256, NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);
    private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier(POLICY_OID);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TsaKeys keys;
    private final AtomicReference<BigInteger> lastSerial = new AtomicReference<>(BigInteger.ZERO);

    public TimeStampResponder(TsaKeys keys) {
        this.keys = keys;
    }

    /** A reply the caller can send back as it is: it is always a DER TimeStampResp, never an exception. */
    public Reply respond(byte[] query) {
        TimeStampRequest request = parse(query);
        if (request == null) {
            return new Reply(false, refusal(PKIFailureInfo.badDataFormat, "the body is not a DER TimeStampReq"));
        }
        if (request.getVersion() != 1) {
            return new Reply(true, refusal(PKIFailureInfo.badDataFormat,
                    "unsupported TimeStampReq version " + request.getVersion()));
        }
        try {
            TimeStampResponse response = responseGenerator().generateGrantedResponse(request, nextSerial(), new Date());
            return new Reply(true, response.getEncoded());
        } catch (TSPValidationException e) {
            return new Reply(true, refusal(e.getFailureCode(), e.getMessage()));
        } catch (TSPException | IOException | RuntimeException e) {
            // Our own fault, not the client's: say so, and keep serving the next request.
            System.err.println("TSA: cannot sign a timestamp: " + e);
            return new Reply(true, refusal(PKIFailureInfo.systemFailure, "the TSA could not sign the token"));
        }
    }

    /**
     * @param wellFormed false when the body was no TimeStampReq at all (the HTTP layer answers 400 then);
     *                   a refusal of a well-formed request is a normal RFC 3161 reply
     * @param body       a DER TimeStampResp
     */
    public record Reply(boolean wellFormed, byte[] body) {
    }

    /** The request, or null when the bytes are not one DER TimeStampReq (garbage, a truncation, trailing bytes). */
    private static TimeStampRequest parse(byte[] query) {
        try {
            // fromByteArray refuses trailing bytes, which a lenient stream reader would silently ignore.
            TimeStampRequest request = new TimeStampRequest(TimeStampReq.getInstance(ASN1Primitive.fromByteArray(query)));
            // A structure of the wrong shape can parse and still fail on first use; find out here.
            request.getMessageImprintAlgOID();
            request.getMessageImprintDigest();
            return request;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A new generator per request: BouncyCastle's generators keep state between calls and are not thread-safe. */
    private TimeStampResponseGenerator responseGenerator() throws TSPException {
        try {
            DigestCalculator certIdDigest = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build(TsaKeys.signatureAlgorithm(keys.privateKey()), keys.privateKey(), keys.certificate()),
                    certIdDigest, POLICY);
            tokens.addCertificates(new JcaCertStore(List.of(keys.certificate(), keys.rootCertificate())));
            tokens.setAccuracySeconds(1);
            tokens.setTSA(new GeneralName(X500Name.getInstance(keys.certificate().getSubjectX500Principal().getEncoded())));
            return new TimeStampResponseGenerator(tokens, ACCEPTED_DIGESTS, Set.of(POLICY), Set.of());
        } catch (TSPException e) {
            throw e;
        } catch (Exception e) {
            throw new TSPException("cannot set up the token generator", e);
        }
    }

    private BigInteger nextSerial() {
        BigInteger candidate = BigInteger.valueOf(System.currentTimeMillis()).shiftLeft(64)
                .or(new BigInteger(64, RANDOM));
        return lastSerial.accumulateAndGet(candidate,
                (last, fresh) -> fresh.compareTo(last) > 0 ? fresh : last.add(BigInteger.ONE));
    }

    private static byte[] refusal(int failInfo, String why) {
        try {
            // A refusal carries no token, so no token generator is needed.
            return new TimeStampResponseGenerator(null, ACCEPTED_DIGESTS)
                    .generateFailResponse(PKIStatus.REJECTION, failInfo, why).getEncoded();
        } catch (TSPException | IOException e) {
            throw new IllegalStateException("cannot encode a TimeStampResp refusal", e);
        }
    }
}
