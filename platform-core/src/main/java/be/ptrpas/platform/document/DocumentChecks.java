package be.ptrpas.platform.document;

import be.ptrpas.platform.common.problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a document's input must satisfy, checked before anything is drawn; every error at once, each with the
 * path of its field in the input record. Limits on texts and lists keep a document to a few pages.
 */
final class DocumentChecks {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 300;
    static final int MAX_REFERENCE = 100;
    static final int MAX_LINES = 200;
    static final int MAX_EVIDENCE = 20;
    static final int MAX_PHOTOS = 50;

    private final List<FieldError> errors = new ArrayList<>();

    private DocumentChecks() {}

    static void check(ItemDocument item) {
        DocumentChecks checks = new DocumentChecks();
        checks.item(item);
        checks.throwIfAny();
    }

    static void check(ReceiptDocument receipt) {
        DocumentChecks checks = new DocumentChecks();
        checks.receipt(receipt);
        checks.throwIfAny();
    }

    private void item(ItemDocument item) {
        if (item == null) {
            add("", "is required");
            return;
        }
        required("language", item.language());
        municipality(item.municipality());
        issuer(item.issuer());
        required("kind", item.kind());
        text("title", item.title(), MAX_TEXT, true);
        text("reference", item.reference(), MAX_REFERENCE, true);
        required("issuedOn", item.issuedOn());
        if (item.validFrom() != null
                && item.validUntil() != null
                && item.validUntil().isBefore(item.validFrom())) {
            add("validUntil", "must not be before validFrom");
        }
        if (item.lines().size() > MAX_LINES) {
            add("lines", "has " + item.lines().size() + " entries; at most " + MAX_LINES + " are allowed");
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean linesOk = item.lines().size() <= MAX_LINES;
        for (int i = 0; i < item.lines().size() && i < MAX_LINES; i++) {
            ItemDocument.Line line = item.lines().get(i);
            String path = "lines[" + i + "]";
            if (line == null) {
                add(path, "is required");
                linesOk = false;
                continue;
            }
            text(path + ".description", line.description(), MAX_TEXT, true);
            if (!cents(path + ".amount", line.amount())) {
                linesOk = false;
            } else if (line.amount().abs().compareTo(EpcPayload.MAX_AMOUNT) > 0) {
                add(path + ".amount", "must be at most 999999999.99 euro either way");
                linesOk = false;
            } else {
                sum = sum.add(line.amount());
            }
        }
        evidence(item.evidence());
        if (cents("amountDue", item.amountDue())) {
            if (item.amountDue().signum() < 0) {
                add("amountDue", "must not be negative, not " + item.amountDue().toPlainString());
            } else if (item.amountDue().compareTo(EpcPayload.MAX_AMOUNT) > 0) {
                add("amountDue", "must be at most 999999999.99 euro");
            } else if (!item.lines().isEmpty() && linesOk && sum.compareTo(item.amountDue()) != 0) {
                add(
                        "amountDue",
                        "is " + item.amountDue().toPlainString() + " but the lines add up to " + sum.toPlainString());
            }
        }
        if (item.somethingDue()) {
            required("dueDate", item.dueDate());
            transfer(item.transfer());
        }
    }

    private void transfer(Transfer transfer) {
        if (!required("transfer", transfer)) {
            return;
        }
        errors.addAll(EpcPayload.check("transfer.", transfer.beneficiaryName(), transfer.bic()));
        Iban.problemWithText(transfer.iban()).ifPresent(problem -> add("transfer.iban", problem));
        required("transfer.reference", transfer.reference());
    }

    private void evidence(List<ItemDocument.Evidence> evidence) {
        if (evidence.size() > MAX_EVIDENCE) {
            add("evidence", "has " + evidence.size() + " entries; at most " + MAX_EVIDENCE + " are allowed");
            return;
        }
        for (int i = 0; i < evidence.size(); i++) {
            ItemDocument.Evidence one = evidence.get(i);
            String path = "evidence[" + i + "]";
            if (one == null) {
                add(path, "is required");
                continue;
            }
            text(path + ".place", one.place(), MAX_TEXT, false);
            text(path + ".vehiclePlate", one.vehiclePlate(), 20, false);
            if (one.photoIds().size() > MAX_PHOTOS) {
                add(path + ".photoIds", "has " + one.photoIds().size() + " entries; at most " + MAX_PHOTOS);
            } else {
                for (int p = 0; p < one.photoIds().size(); p++) {
                    text(path + ".photoIds[" + p + "]", one.photoIds().get(p), MAX_REFERENCE, true);
                }
            }
        }
    }

    private void receipt(ReceiptDocument receipt) {
        if (receipt == null) {
            add("", "is required");
            return;
        }
        required("language", receipt.language());
        municipality(receipt.municipality());
        issuer(receipt.issuer());
        text("paymentId", receipt.paymentId(), MAX_REFERENCE, true);
        required("paidAt", receipt.paidAt());
        boolean amountOk = cents("amount", receipt.amount());
        if (amountOk && (receipt.amount().signum() <= 0 || receipt.amount().compareTo(EpcPayload.MAX_AMOUNT) > 0)) {
            add(
                    "amount",
                    "must be between 0.01 and 999999999.99 euro, not "
                            + receipt.amount().toPlainString());
            amountOk = false;
        }
        required("method", receipt.method());
        text("provider", receipt.provider(), MAX_REFERENCE, false);
        if (receipt.items().isEmpty()) {
            add("items", "must name at least one item the payment paid");
        } else if (receipt.items().size() > MAX_LINES) {
            add("items", "has " + receipt.items().size() + " entries; at most " + MAX_LINES + " are allowed");
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean itemsOk = true;
        for (int i = 0; i < receipt.items().size(); i++) {
            ReceiptDocument.PaidItem item = receipt.items().get(i);
            String path = "items[" + i + "]";
            if (item == null) {
                add(path, "is required");
                itemsOk = false;
                continue;
            }
            required(path + ".kind", item.kind());
            text(path + ".reference", item.reference(), MAX_REFERENCE, true);
            text(path + ".title", item.title(), MAX_TEXT, true);
            if (!cents(path + ".amount", item.amount())) {
                itemsOk = false;
            } else if (item.amount().signum() <= 0) {
                add(path + ".amount", "must be more than 0");
                itemsOk = false;
            } else {
                sum = sum.add(item.amount());
            }
        }
        if (amountOk && itemsOk && !receipt.items().isEmpty() && sum.compareTo(receipt.amount()) != 0) {
            add("amount", "is " + receipt.amount().toPlainString() + " but the items add up to " + sum.toPlainString());
        }
    }

    private void municipality(Municipality municipality) {
        if (!required("municipality", municipality)) {
            return;
        }
        text("municipality.name", municipality.name(), MAX_NAME, true);
        if (required("municipality.nisCode", municipality.nisCode())
                && !municipality.nisCode().matches("\\d{5}")) {
            add("municipality.nisCode", "must be five digits");
        }
    }

    private void issuer(Issuer issuer) {
        if (issuer != null) {
            text("issuer.name", issuer.name(), MAX_NAME, true);
        }
    }

    private boolean required(String field, Object value) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    /** A text: required or not, trimmed at most {@code max} characters, no line breaks or control characters. */
    private void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "is required");
            }
            return;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            add(field, "must be at most " + max + " characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            add(field, "must not contain line breaks or control characters");
        }
    }

    /** An amount in whole cents; returns whether it may be used further. */
    private boolean cents(String field, BigDecimal amount) {
        if (amount == null) {
            add(field, "is required");
            return false;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            add(field, "must be in whole cents, not " + amount.toPlainString());
            return false;
        }
        return true;
    }

    private void add(String field, String message) {
        errors.add(new FieldError(Objects.requireNonNull(field), message));
    }

    private void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
    }
}
