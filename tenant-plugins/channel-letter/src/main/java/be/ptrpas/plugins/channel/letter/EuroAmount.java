package be.ptrpas.plugins.channel.letter;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** An amount in euro as the platform passes it ("24,50", "24.50", "1.234,56", "€ 24,50"). */
record EuroAmount(BigDecimal value) {

    /** The EPC QR code's limits. */
    private static final BigDecimal MIN = new BigDecimal("0.01");

    private static final BigDecimal MAX = new BigDecimal("999999999.99");

    static Optional<EuroAmount> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.replace("€", "").replace("EUR", "").replaceAll("\\s", "");
        if (plain.contains(",")) {
            // Dutch notation: '.' groups thousands, ',' separates the cents.
            plain = plain.replace(".", "").replace(',', '.');
        }
        if (!plain.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(plain).setScale(2);
        return value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0
                ? Optional.empty()
                : Optional.of(new EuroAmount(value));
    }

    /** For the EPC QR code: {@code EUR24.50}. */
    String epc() {
        return "EUR" + value.toPlainString();
    }

    /** For the letter, in the reader's notation: {@code € 24,50}. */
    String printed(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "€ " + format.format(value);
    }
}
