package be.ptrpas.plugins.payment.mollie;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentStatus;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WireMock on 127.0.0.1 answering like Mollie's API v2, with bodies in the documented shapes. Creating a payment
 * derives the id from the Idempotency-Key header, which is how Mollie's idempotency looks from outside: the same key
 * gives the same payment. Unknown payments are 404 in Mollie's error format; a wrong key is 401.
 */
final class FakeMollie implements AutoCloseable {

    static final String API_KEY = "test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM";
    static final String HAL = "application/hal+json";

    static final String LINK_ID = "pl_4Y0eZitmBnQ6IDoMqZQKh";
    static final String LINK_PAID_AT = "2026-03-04T14:21:07+00:00";

    private final Map<String, Money> created = new ConcurrentHashMap<>();
    /** Payment links created here: id to the JSON value of expiresAt as the request gave it. */
    private final Map<String, String> links = new ConcurrentHashMap<>();

    private final WireMockServer server;

    FakeMollie() {
        server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .extensions(new CreatePayment(), new KnownPayment(), new CreatePaymentLink(), new KnownPaymentLink()));
        server.start();
        server.stubFor(any(anyUrl())
                .atPriority(1)
                .withHeader("Authorization", notContaining("Bearer " + API_KEY))
                .willReturn(json(
                        401,
                        MollieBodies.error(
                                401, "Unauthorized Request", "Missing authentication, or failed to authenticate"))));
        server.stubFor(post(urlPathEqualTo("/v2/payments"))
                .atPriority(5)
                .willReturn(aResponse().withTransformers(CreatePayment.NAME)));
        server.stubFor(get(urlPathMatching("/v2/payments/[^/]+"))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(KnownPayment.NAME)));
        server.stubFor(post(urlPathMatching("/v2/payments/[^/]+/refunds"))
                .atPriority(5)
                .willReturn(json(201, MollieBodies.refund("re_4qqhO89gsT", "tr_WDqYK6vllg", "10.00"))));
        server.stubFor(post(urlPathEqualTo("/v2/payment-links"))
                .atPriority(5)
                .willReturn(aResponse().withTransformers(CreatePaymentLink.NAME)));
        server.stubFor(get(urlPathMatching("/v2/payment-links/[^/]+"))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(KnownPaymentLink.NAME)));
    }

    WireMockServer server() {
        return server;
    }

    /** What the tenant puts in apiBaseUrl to use this fake. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/v2";
    }

    /** Re-stubs GET /v2/payments/{id} so Mollie reports the payment in {@code status}, as after payer or bank acted. */
    void stubPayment(String id, PaymentStatus status) {
        Money amount = created.getOrDefault(id, Money.euro(2450));
        server.stubFor(get(urlPathEqualTo("/v2/payments/" + id))
                .atPriority(2)
                .willReturn(json(200, MollieBodies.payment(id, amount, status))));
    }

    /** Re-stubs GET /v2/payment-links/{id} so Mollie reports the link as paid, as after a payer paid through it. */
    void stubPaidLink(String id) {
        String expiresAt = links.getOrDefault(id, "null");
        server.stubFor(get(urlPathEqualTo("/v2/payment-links/" + id))
                .atPriority(2)
                .willReturn(json(200, MollieBodies.paymentLink(id, "58.00", expiresAt, "\"" + LINK_PAID_AT + "\""))));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", HAL).withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }

    /** POST /v2/payments: the id follows from the Idempotency-Key, the amount from the request. */
    private final class CreatePayment implements ResponseDefinitionTransformerV2 {
        static final String NAME = "mollie-create-payment";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String key = event.getRequest().getHeader("Idempotency-Key");
            if (key == null) {
                return json(422, MollieBodies.error(422, "Unprocessable Entity", "no idempotency key in the test"))
                        .build();
            }
            try {
                JsonObject request = JsonInput.parseObject(event.getRequest().getBody());
                Money amount = MollieAmount.fromJson(
                        JsonInput.object(request, "amount").orElseThrow());
                String id = "tr_"
                        + HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256")
                                        .digest(key.getBytes(StandardCharsets.UTF_8)))
                                .substring(0, 10);
                created.put(id, amount);
                return json(201, MollieBodies.payment(id, amount, PaymentStatus.OPEN))
                        .build();
            } catch (Exception e) {
                return json(422, MollieBodies.error(422, "Unprocessable Entity", e.toString()))
                        .build();
            }
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    /**
     * POST /v2/payment-links: always the same id (one link per test is enough), with the request's expiresAt, so
     * the link is open for a provider whose clock is before it.
     */
    private final class CreatePaymentLink implements ResponseDefinitionTransformerV2 {
        static final String NAME = "mollie-create-payment-link";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            try {
                JsonObject request = JsonInput.parseObject(event.getRequest().getBody());
                String expiresAt = JsonInput.string(request, "expiresAt")
                        .map(t -> "\"" + t + "\"")
                        .orElse("null");
                links.put(LINK_ID, expiresAt);
                return json(201, MollieBodies.paymentLink(LINK_ID, "58.00", expiresAt, "null"))
                        .build();
            } catch (Exception e) {
                return json(422, MollieBodies.error(422, "Unprocessable Entity", e.toString()))
                        .build();
            }
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    /** GET /v2/payment-links/{id} for a link created here and not re-stubbed: unpaid. Others are 404. */
    private final class KnownPaymentLink implements ResponseDefinitionTransformerV2 {
        static final String NAME = "mollie-known-payment-link";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String url = event.getRequest().getUrl();
            String id = url.substring(url.lastIndexOf('/') + 1);
            String expiresAt = links.get(id);
            if (expiresAt == null) {
                return json(404, MollieBodies.error(404, "Not Found", "No payment link exists with token " + id + "."))
                        .build();
            }
            return json(200, MollieBodies.paymentLink(id, "58.00", expiresAt, "null"))
                    .build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    /** GET /v2/payments/{id} for a payment created here and not re-stubbed: still open. Others are 404. */
    private final class KnownPayment implements ResponseDefinitionTransformerV2 {
        static final String NAME = "mollie-known-payment";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String url = event.getRequest().getUrl();
            String id = url.substring(url.lastIndexOf('/') + 1);
            Money amount = created.get(id);
            if (amount == null) {
                return json(404, MollieBodies.error(404, "Not Found", "No payment exists with token " + id + "."))
                        .build();
            }
            return json(200, MollieBodies.payment(id, amount, PaymentStatus.OPEN))
                    .build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
