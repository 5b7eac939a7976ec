package be.ptrpas.plugins.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PageResponse;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.payment.CreatedPayment;
import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentLink;
import be.ptrpas.spi.payment.PaymentLinkRequest;
import be.ptrpas.spi.payment.PaymentNotice;
import be.ptrpas.spi.payment.PaymentRequest;
import be.ptrpas.spi.payment.PaymentStatus;
import be.ptrpas.spi.payment.RefundRequest;
import be.ptrpas.spi.payment.RefundResult;
import be.ptrpas.spi.testkit.TestPluginContext;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox as a payer and the platform meet it: the page, the choice, the webhook, refunds and links. */
class SandboxCheckoutTest {

    private static final String SECRET = "checkout-test-secret-0123456789";
    private static final URI RETURN = URI.create("http://127.0.0.1:9/burger/betaling?stap=3#klaar");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private WebhookReceiver receiver;
    private TestPluginContext context;
    private SandboxPaymentProvider provider;

    @BeforeEach
    void start() throws IOException {
        receiver = new WebhookReceiver();
        context = TestPluginContext.builder()
                .tenantNis("44021")
                .config(Map.of("signingSecret", SECRET))
                .clock(clock)
                .callbackUrl(receiver.url())
                .build();
        provider = (SandboxPaymentProvider) new SandboxPaymentProviderFactory(Duration.ofSeconds(1)).create(context);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void thePageShowsThePaymentInDutchWithTheOutcomeButtons() {
        CreatedPayment created = create("Bewonerskaart zone A", 2450, receiver.url());

        String html = html(get(created));

        assertThat(created.checkoutUrl().toString())
                .isEqualTo(context.pagesUrl() + "checkout/" + created.providerPaymentId());
        assertThat(html)
                .contains(
                        "<html lang=\"nl\">",
                        "44021",
                        "Bewonerskaart zone A",
                        "€ 24,50",
                        "+++090/9337/55493+++",
                        "Sandbox-betaling",
                        "Testbetaling");
        assertThat(html)
                .contains(
                        "value=\"paid\"",
                        "value=\"failed\"",
                        "value=\"canceled\"",
                        "Betaald",
                        "Mislukt",
                        "Geannuleerd",
                        "<form method=\"post\">");
        assertThat(get(created).headers()).containsEntry("Vary", "Accept-Language");
    }

    @Test
    void thePageSpeaksThePayersLanguageFromTheBrowser() {
        CreatedPayment created = create("Bewonerskaart zone A", 2450, receiver.url());

        String french = html(get(created, "fr-BE,fr;q=0.9,en;q=0.8"));
        assertThat(french)
                .contains("<html lang=\"fr\">", "Paiement sandbox", "Montant", "€ 24,50", "Payé", "Échoué", "Annulé")
                .doesNotContain("Betaald");
        String english = html(get(created, "de-DE,en;q=0.7,nl;q=0.3"));
        assertThat(english).contains("<html lang=\"en\">", "Sandbox payment", "Amount", "Paid", "Failed", "Cancelled");
        assertThat(html(get(created, "de-DE")))
                .as("no language it speaks: Dutch")
                .contains("<html lang=\"nl\">");
        assertThat(html(get(created, ";;garbled=="))).contains("<html lang=\"nl\">");

        choose(created, "paid");
        assertThat(html(get(created, "en")))
                .contains("Status: <strong>Paid</strong>")
                .doesNotContain("<form");
    }

    @Test
    void thePageEscapesTheDescription() {
        CreatedPayment created = create("<script>alert('x')</script> & \"zone\"", 2450, receiver.url());

        String html = html(get(created));

        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("alert('x')")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;zone&quot;");
    }

    @Test
    void choosingPaidSendsASignedWebhookAndRedirectsBack() throws RejectedRequestException {
        CreatedPayment created = create("Retributie", 2450, receiver.url());

        PageResponse answer = choose(created, "paid");

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.headers().get("Location"))
                .isEqualTo(
                        "http://127.0.0.1:9/burger/betaling?stap=3&payment=" + created.providerPaymentId() + "#klaar");
        assertThat(receiver.received()).hasSize(1);
        WebhookReceiver.Received webhook = receiver.received().get(0);
        assertThat(webhook.signature()).startsWith("sha256=");
        assertThat(webhook.contentType()).isEqualTo("application/json");
        PaymentNotice notice =
                provider.parseWebhook(InboundRequest.post(webhook.body(), WebhookReceiver.headersOf(webhook)));
        assertThat(notice.providerPaymentId()).isEqualTo(created.providerPaymentId());
        assertThat(notice.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(notice.eventId()).startsWith("evt_");
        assertThat(provider.fetchPayment(created.providerPaymentId()).paidAt()).isEqualTo(clock.instant());
    }

    @Test
    void aFailingWebhookReceiverStillRedirectsThePayer() {
        receiver.answerWith(500);
        CreatedPayment failing = create("Retributie", 2450, receiver.url());
        CreatedPayment unreachable = create("Retributie", 2450, URI.create("http://127.0.0.1:1/webhook"));

        assertThat(choose(failing, "paid").status()).isEqualTo(303);
        assertThat(choose(unreachable, "failed").status()).isEqualTo(303);
        assertThat(provider.fetchPayment(failing.providerPaymentId()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(provider.fetchPayment(unreachable.providerPaymentId()).status())
                .isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void aReplayedChoiceDoesNotChangeAFinalStatus() {
        CreatedPayment created = create("Retributie", 2450, receiver.url());

        choose(created, "paid");
        PageResponse replay = choose(created, "canceled");

        assertThat(replay.status()).isEqualTo(303);
        assertThat(provider.fetchPayment(created.providerPaymentId()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(receiver.received())
                .as("only the winning choice is reported")
                .hasSize(1);
        assertThat(html(get(created))).contains("Betaald").doesNotContain("<form");
    }

    @Test
    void anExpiredPaymentSaysSoAndCannotBePaid() {
        CreatedPayment created = create("Retributie", 2450, receiver.url());
        clock.advance(Duration.ofMinutes(60));

        assertThat(html(get(created))).contains("verlopen").doesNotContain("<form");
        choose(created, "paid");

        assertThat(provider.fetchPayment(created.providerPaymentId()).status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void unknownPagesAndBadChoicesAreRefused() {
        CreatedPayment created = create("Retributie", 2450, receiver.url());

        assertThat(provider.handlePage(request("GET", "checkout/sbx_" + "A".repeat(24), "")))
                .isEmpty();
        assertThat(provider.handlePage(request("GET", "checkout/../../etc/passwd", "")))
                .isEmpty();
        assertThat(provider.handlePage(request("GET", "elsewhere", ""))).isEmpty();
        assertThat(provider.handlePage(request("POST", "checkout/" + created.providerPaymentId(), "outcome=refunded"))
                        .orElseThrow()
                        .status())
                .isEqualTo(400);
        assertThat(provider.handlePage(request("POST", "checkout/" + created.providerPaymentId(), "outcome=%zz"))
                        .orElseThrow()
                        .status())
                .isEqualTo(400);
        assertThat(provider.handlePage(request("DELETE", "checkout/" + created.providerPaymentId(), ""))
                        .orElseThrow()
                        .status())
                .isEqualTo(405);
        assertThat(provider.fetchPayment(created.providerPaymentId()).status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void withoutAReturnUrlThePayerSeesTheOutcome() {
        CreatedPayment created = provider.createPayment(new PaymentRequest(
                Money.euro(500),
                "Kaart",
                null,
                null,
                receiver.url(),
                UUID.randomUUID().toString(),
                Map.of()));

        PageResponse answer = choose(created, "canceled");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(html(answer)).contains("Geannuleerd");
    }

    @Test
    void webhooksWithoutOrWithAWrongSignatureOrABrokenBodyAreRejected() {
        byte[] body = WebhookSender.body("sbx_" + "B".repeat(24), "paid", "evt_1");
        WebhookSignature signer = new WebhookSignature(SECRET);
        byte[] garbage = "{\"id\":\"sbx_".getBytes(StandardCharsets.UTF_8);
        byte[] unknownStatus = WebhookSender.body("sbx_" + "B".repeat(24), "stolen", "evt_1");
        byte[] notOurs = WebhookSender.body("tr_12345", "paid", "evt_1");

        assertRejected(body, Map.of());
        assertRejected(body, Map.of(WebhookSignature.HEADER, "sha256=00"));
        assertRejected(body, Map.of(WebhookSignature.HEADER, "sha256=not-hex"));
        assertRejected(body, Map.of(WebhookSignature.HEADER, signer.sign(body).replace("sha256=", "md5=")));
        assertRejected(garbage, Map.of(WebhookSignature.HEADER, signer.sign(garbage)));
        assertRejected(unknownStatus, Map.of(WebhookSignature.HEADER, signer.sign(unknownStatus)));
        assertRejected(notOurs, Map.of(WebhookSignature.HEADER, signer.sign(notOurs)));
    }

    @Test
    void refundsArePartialThenFullAndNeverTwiceForOneKey() {
        CreatedPayment created = create("Retributie", 2450, receiver.url());
        choose(created, "paid");
        String id = created.providerPaymentId();
        String key = UUID.randomUUID().toString();

        RefundResult first = provider.refund(new RefundRequest(id, Money.euro(1000), "Deel", key));
        RefundResult retried = provider.refund(new RefundRequest(id, Money.euro(1000), "Deel", key));

        assertThat(retried.providerRefundId()).isEqualTo(first.providerRefundId());
        assertThat(provider.fetchPayment(id).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(provider.fetchPayment(id).refunded()).isEqualTo(Money.euro(1000));
        assertThatThrownBy(() -> provider.refund(new RefundRequest(id, Money.euro(1451), "Te veel", "k2")))
                .isInstanceOfSatisfying(
                        PluginException.class, e -> assertThat(e.isRetryable()).isFalse());

        provider.refund(new RefundRequest(id, Money.euro(1450), "Rest", "k3"));

        assertThat(provider.fetchPayment(id).status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(provider.fetchPayment(id).refunded()).isEqualTo(Money.euro(2450));
        assertThat(provider.refund(new RefundRequest(id, Money.euro(1000), "Deel", key))
                        .providerRefundId())
                .as("a retry after the full refund still answers the first refund")
                .isEqualTo(first.providerRefundId());
    }

    @Test
    void onlyAPaidPaymentCanBeRefunded() {
        CreatedPayment open = create("Retributie", 2450, receiver.url());

        assertThatThrownBy(
                        () -> provider.refund(new RefundRequest(open.providerPaymentId(), Money.euro(100), "x", "k")))
                .isInstanceOfSatisfying(
                        PluginException.class, e -> assertThat(e.isRetryable()).isFalse());
        assertThatThrownBy(() -> provider.refund(new RefundRequest("sbx_unknown", Money.euro(100), "x", "k")))
                .isInstanceOfSatisfying(
                        PluginException.class, e -> assertThat(e.isRetryable()).isFalse());
    }

    @Test
    void concurrentCreatesWithOneKeyMakeOnePayment() throws Exception {
        String key = UUID.randomUUID().toString();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(pool.submit(() -> ids.add(provider.createPayment(new PaymentRequest(
                                Money.euro(2450), "Kaart", null, RETURN, receiver.url(), key, Map.of()))
                        .providerPaymentId())));
            }
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ids).hasSize(1);
    }

    @Test
    void aPaymentLinkStartsACheckoutAndANewOneAfterAFailure() {
        PaymentLink link = provider.createPaymentLink(new PaymentLinkRequest(
                Money.euro(5800),
                "GAS 4 - 1-XYZ-987",
                "090933755493",
                RETURN,
                receiver.url(),
                clock.instant().plus(Duration.ofDays(7)),
                "link-key-1"));
        assertThat(provider.createPaymentLink(new PaymentLinkRequest(
                                Money.euro(5800),
                                "GAS 4 - 1-XYZ-987",
                                "090933755493",
                                RETURN,
                                receiver.url(),
                                null,
                                "link-key-1"))
                        .providerLinkId())
                .isEqualTo(link.providerLinkId());
        String linkPath =
                link.url().toString().substring(context.pagesUrl().toString().length());
        assertThat(linkPath).isEqualTo("link/" + link.providerLinkId());

        String firstCheckout = visit(linkPath).headers().get("Location");
        assertThat(visit(linkPath).headers().get("Location"))
                .as("a second visit reuses the open payment")
                .isEqualTo(firstCheckout);
        String firstId = firstCheckout.substring(firstCheckout.lastIndexOf('/') + 1);
        assertThat(provider.fetchPayment(firstId).amount()).isEqualTo(Money.euro(5800));
        choose(firstId, "failed");

        String secondCheckout = visit(linkPath).headers().get("Location");
        assertThat(secondCheckout).isNotEqualTo(firstCheckout);
        choose(secondCheckout.substring(secondCheckout.lastIndexOf('/') + 1), "paid");

        PageResponse afterPaying = visit(linkPath);
        assertThat(afterPaying.status()).isEqualTo(200);
        assertThat(html(afterPaying)).contains("Betaald");
        clock.advance(Duration.ofDays(8));
        assertThat(visit(linkPath).status()).isEqualTo(410);
    }

    private CreatedPayment create(String description, long cents, URI webhookUrl) {
        return provider.createPayment(new PaymentRequest(
                Money.euro(cents),
                description,
                "090933755493",
                RETURN,
                webhookUrl,
                UUID.randomUUID().toString(),
                Map.of()));
    }

    private PageResponse get(CreatedPayment created) {
        return provider.handlePage(request("GET", "checkout/" + created.providerPaymentId(), ""))
                .orElseThrow();
    }

    private PageResponse get(CreatedPayment created, String acceptLanguage) {
        return provider.handlePage(new InboundRequest(
                        "GET",
                        "checkout/" + created.providerPaymentId(),
                        Map.of("Accept-Language", List.of(acceptLanguage)),
                        Map.of(),
                        new byte[0]))
                .orElseThrow();
    }

    private PageResponse visit(String linkPath) {
        return provider.handlePage(request("GET", linkPath, "")).orElseThrow();
    }

    private PageResponse choose(CreatedPayment created, String outcome) {
        return choose(created.providerPaymentId(), outcome);
    }

    private PageResponse choose(String paymentId, String outcome) {
        return provider.handlePage(request("POST", "checkout/" + paymentId, "outcome=" + outcome))
                .orElseThrow();
    }

    private static InboundRequest request(String method, String path, String form) {
        return new InboundRequest(
                method,
                path,
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
                Map.of(),
                form.getBytes(StandardCharsets.UTF_8));
    }

    private static String html(PageResponse response) {
        assertThat(response.contentType()).startsWith("text/html");
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private void assertRejected(byte[] body, Map<String, String> headers) {
        assertThatThrownBy(() -> provider.parseWebhook(InboundRequest.post(body, headers)))
                .isInstanceOf(RejectedRequestException.class);
    }
}
