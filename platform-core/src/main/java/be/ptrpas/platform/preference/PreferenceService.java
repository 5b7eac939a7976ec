package be.ptrpas.platform.preference;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calling citizen's notification preferences (national number from the token; nobody else's are reachable).
 * Language, postal address and channel choices change at once, opt-outs included; a new e-mail address or mobile
 * number only once the citizen types the code sent to it. Every change is written to the citizen's own history
 * ({@link PreferenceEvent}); reads are recorded by the read audit (the resource's {@code @PersonalDataRead}).
 */
@ApplicationScoped
@Transactional
public class PreferenceService {

    static final int CODE_MINUTES = 15;
    static final int MAX_ATTEMPTS = 5;
    /** Codes one citizen may have sent per hour, all contacts together: a code costs money and can be a nuisance. */
    static final int MAX_CODES_PER_HOUR = 5;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    @Inject
    CitizenKeys keys;

    @Inject
    ContactCipher cipher;

    @Inject
    CitizenScope scope;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    ConfirmationSender sender;

    public PreferencesView mine() {
        String key = citizenKey();
        EntityManager em = scope.bind(key);
        return view(key, em.find(CitizenPreference.class, key), em);
    }

    public PreferencesView update(PreferencesUpdate request, Long expectedVersion) {
        if (request == null) {
            throw ProblemException.invalid("body", "the preferences are required");
        }
        // Check everything before touching anything: a refused request changes nothing.
        Language language = null;
        if (request.language() != null) {
            language = Language.fromCode(request.language())
                    .orElseThrow(() -> ProblemException.invalid("language", "must be nl, fr or en"));
        }
        String email = request.email() == null
                ? null
                : request.email().isBlank() ? "" : EmailAddress.normalize("email", request.email());
        String phone = request.phone() == null
                ? null
                : request.phone().isBlank() ? "" : MobileNumber.e164("phone", request.phone());
        PostalAddressDetails address = null;
        if (request.address() != null) {
            Violations v = new Violations();
            address = request.address().validated("address", v);
            v.throwIfAny();
        }
        String key = citizenKey();
        EntityManager em = scope.bind(key);
        CitizenPreference stored = em.find(CitizenPreference.class, key);
        Versions.check(expectedVersion, stored == null ? 0 : stored.version(), "Your preferences");
        Choices before = stored == null ? Choices.defaults() : Choices.read(stored.choices());
        Choices choices = before.with(request.choices());

        CitizenPreference pref = stored;
        if (pref == null) {
            pref = new CitizenPreference(key, Language.NL.code(), choices.stored());
            em.persist(pref);
        }
        List<String> changes = new ArrayList<>();
        if (language != null && !language.code().equals(pref.language())) {
            changes.add("language " + pref.language() + " -> " + language.code());
            pref.language(language.code());
        }
        if (!choices.equals(before)) {
            for (EventKind kind : EventKind.values()) {
                if (!choices.of(kind).equals(before.of(kind))) {
                    changes.add(kind.code() + " " + codes(before, kind) + " -> " + codes(choices, kind));
                }
            }
        }
        pref.choices(choices.stored());
        if (address != null) {
            String now = Json.write(address);
            String was = cipher.open(pref.sealedPostalAddress(), key, "address");
            if (!now.equals(was)) {
                pref.sealedPostalAddress(cipher.seal(now, key, "address"));
                changes.add("postal address changed");
            }
        }
        Language writeIn = Language.fromCode(pref.language()).orElse(Language.NL);
        contact(em, key, pref, Channel.Contact.EMAIL, email, writeIn, changes);
        contact(em, key, pref, Channel.Contact.PHONE, phone, writeIn, changes);
        if (!changes.isEmpty()) {
            record(em, key, "update", String.join("; ", changes));
        }
        em.flush();
        return view(key, pref, em);
    }

    /**
     * Confirms a pending contact with its code. A wrong, expired or exhausted code is answered with its problem and
     * the attempt is kept (the transaction commits): five wrong codes end the confirmation.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public PreferencesView confirm(String contactName, ConfirmationCode body) {
        Channel.Contact contact = contactOf(contactName);
        String code = body == null || body.code() == null ? null : body.code().strip();
        if (code == null || !CODE.matcher(code).matches()) {
            throw ProblemException.invalid("code", "the six digits sent to you");
        }
        String key = citizenKey();
        EntityManager em = scope.bind(key);
        ContactConfirmation pending = latestPending(em, key, contact, true)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NO_PENDING_CONFIRMATION,
                        "No new " + name(contact) + " is waiting for a code; change it first (PUT), then confirm."));
        Instant now = now();
        if (!now.isBefore(pending.expiresAt())) {
            pending.settle(ContactConfirmation.State.EXPIRED, now);
            record(em, key, "confirmation-expired", name(contact));
            throw new ProblemException(
                    ProblemType.CONFIRMATION_CODE_EXPIRED,
                    "The code has expired (it is valid for " + CODE_MINUTES + " minutes); " + "send the new "
                            + name(contact) + " again to get a new code.");
        }
        pending.attempted();
        if (!keys.codeMatches(pending.id(), code, pending.codeHash())) {
            int left = MAX_ATTEMPTS - pending.attempts();
            if (left <= 0) {
                pending.settle(ContactConfirmation.State.EXHAUSTED, now);
                record(em, key, "confirmation-exhausted", name(contact));
                throw new ProblemException(
                        ProblemType.CONFIRMATION_ATTEMPTS_EXHAUSTED,
                        MAX_ATTEMPTS + " wrong codes: this code no longer works. Send the new " + name(contact)
                                + " again to get a new code.");
            }
            throw new ProblemException(
                    ProblemType.CONFIRMATION_CODE_WRONG,
                    "That is not the code we sent; " + left + (left == 1 ? " attempt" : " attempts") + " left.");
        }
        pending.settle(ContactConfirmation.State.CONFIRMED, now);
        CitizenPreference pref = em.find(CitizenPreference.class, key);
        if (pref == null) {
            pref = new CitizenPreference(
                    key, Language.NL.code(), Choices.defaults().stored());
            em.persist(pref);
        }
        String value = cipher.open(pending.sealedValue(), key, field(contact));
        String sealed = cipher.seal(value, key, field(contact));
        if (contact == Channel.Contact.EMAIL) {
            pref.sealedEmail(sealed);
        } else {
            pref.sealedPhone(sealed);
        }
        record(em, key, "contact-confirmed", name(contact) + " " + mask(contact, value));
        em.flush();
        return view(key, pref, em);
    }

    /** Applies a requested e-mail address or mobile number: "" removes it now, a new one waits for its code. */
    private void contact(
            EntityManager em,
            String key,
            CitizenPreference pref,
            Channel.Contact contact,
            String requested,
            Language language,
            List<String> changes) {
        if (requested == null) {
            return;
        }
        String field = field(contact);
        String current =
                cipher.open(contact == Channel.Contact.EMAIL ? pref.sealedEmail() : pref.sealedPhone(), key, field);
        Optional<ContactConfirmation> open = latestPending(em, key, contact, false);
        if (requested.isEmpty()) {
            open.ifPresent(p -> p.settle(ContactConfirmation.State.SUPERSEDED, now()));
            if (current != null) {
                if (contact == Channel.Contact.EMAIL) {
                    pref.sealedEmail(null);
                } else {
                    pref.sealedPhone(null);
                }
                changes.add(name(contact) + " removed");
            }
            return;
        }
        if (requested.equals(current)) {
            open.ifPresent(p -> p.settle(ContactConfirmation.State.SUPERSEDED, now()));
            return;
        }
        Instant now = now();
        if (open.isPresent()
                && open.get().isOpen(now)
                && requested.equals(cipher.open(open.get().sealedValue(), key, field))) {
            return; // the same new contact again: its code is on its way, no second one
        }
        long recent = em.createQuery(
                        "select count(c) from ContactConfirmation c where c.citizenKey = :key and c.createdAt > :since",
                        Long.class)
                .setParameter("key", key)
                .setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= MAX_CODES_PER_HOUR) {
            throw new ProblemException(
                    ProblemType.CONFIRMATION_RATE_LIMITED,
                    MAX_CODES_PER_HOUR + " codes were sent to you in the last hour; try again later.");
        }
        open.ifPresent(p -> p.settle(ContactConfirmation.State.SUPERSEDED, now));
        String id = ContactConfirmation.newId();
        String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
        ContactConfirmation confirmation =
                new ContactConfirmation(id, key, contact, now, now.plus(Duration.ofMinutes(CODE_MINUTES)));
        ConfirmationSender.Sent sent = sender.send(id, contact, requested, code, language);
        confirmation.sent(cipher.seal(requested, key, field), keys.codeHash(id, code), sent.describe());
        em.persist(confirmation);
        changes.add("new " + name(contact) + " " + mask(contact, requested) + " waits for its code (sent via "
                + sent.describe() + ")");
    }

    private Optional<ContactConfirmation> latestPending(
            EntityManager em, String key, Channel.Contact contact, boolean lock) {
        var query = em.createQuery(
                        "select c from ContactConfirmation c where c.citizenKey = :key and c.contact = :contact "
                                + "and c.state = :pending order by c.createdAt desc",
                        ContactConfirmation.class)
                .setParameter("key", key)
                .setParameter("contact", contact)
                .setParameter("pending", ContactConfirmation.State.PENDING)
                .setMaxResults(1);
        Optional<ContactConfirmation> latest = query.getResultStream().findFirst();
        if (!lock || latest.isEmpty()) {
            return latest;
        }
        // Serialises guesses at one code, so parallel requests cannot get more than five attempts. Locked by its id
        // (a refresh FOR UPDATE of one row), not in the query above: H2, the embedded default, refuses FOR UPDATE with
        // the LIMIT
        // that EclipseLink's PostgreSQL platform writes. Read again under the lock, the row is checked still pending.
        ContactConfirmation locked = latest.get();
        em.refresh(locked, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(locked).filter(c -> c.state() == ContactConfirmation.State.PENDING);
    }

    private PreferencesView view(String key, CitizenPreference pref, EntityManager em) {
        Instant now = now();
        List<PreferencesView.Pending> pending = new ArrayList<>();
        for (Channel.Contact contact : List.of(Channel.Contact.EMAIL, Channel.Contact.PHONE)) {
            latestPending(em, key, contact, false)
                    .filter(p -> p.isOpen(now))
                    .ifPresent(p -> pending.add(new PreferencesView.Pending(
                            // the contact's code, as its confirm address names it (…/contacts/email/confirm)
                            field(contact),
                            cipher.open(p.sealedValue(), key, field(contact)),
                            p.expiresAt(),
                            MAX_ATTEMPTS - p.attempts())));
        }
        if (pref == null) {
            return new PreferencesView(
                    Language.NL.code(),
                    null,
                    null,
                    null,
                    pending,
                    Choices.defaults().view(),
                    0);
        }
        String address = cipher.open(pref.sealedPostalAddress(), key, "address");
        return new PreferencesView(
                pref.language(),
                cipher.open(pref.sealedEmail(), key, "email"),
                cipher.open(pref.sealedPhone(), key, "phone"),
                address == null ? null : Json.read(address, PostalAddressDetails.class),
                pending,
                Choices.read(pref.choices()).view(),
                pref.version());
    }

    private void record(EntityManager em, String key, String action, String detail) {
        em.persist(new PreferenceEvent(key, now(), action, caller.auditActor(), caller.auditRole(), detail));
    }

    private String citizenKey() {
        String nationalNumber = caller.nationalNumber()
                .map(NationalNumber::value)
                .orElseThrow(
                        () -> new ProblemException(ProblemType.FORBIDDEN, "Your token carries no national number."));
        return keys.citizenKey(nationalNumber);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The contact a confirmation path names: email, or phone (sms and whatsapp, which use it, are accepted too). */
    static Channel.Contact contactOf(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "email" -> Channel.Contact.EMAIL;
            case "phone", "sms", "whatsapp" -> Channel.Contact.PHONE;
            default ->
                throw new ProblemException(
                        ProblemType.UNKNOWN_CHANNEL,
                        "'" + name + "' is not a contact that takes a code; use email or phone");
        };
    }

    private static String field(Channel.Contact contact) {
        return contact == Channel.Contact.EMAIL ? "email" : "phone";
    }

    private static String name(Channel.Contact contact) {
        return contact == Channel.Contact.EMAIL ? "e-mail address" : "mobile number";
    }

    private static String codes(Choices choices, EventKind kind) {
        return choices.of(kind).stream().map(Channel::code).toList().toString();
    }

    /** Enough to recognise a contact in the history, not enough to use it. */
    static String mask(Channel.Contact contact, String value) {
        Objects.requireNonNull(value);
        if (contact == Channel.Contact.EMAIL) {
            int at = value.lastIndexOf('@');
            return value.charAt(0) + "***" + value.substring(at);
        }
        return value.length() <= 6
                ? "***"
                : value.substring(0, 3) + "*".repeat(value.length() - 5) + value.substring(value.length() - 2);
    }
}
