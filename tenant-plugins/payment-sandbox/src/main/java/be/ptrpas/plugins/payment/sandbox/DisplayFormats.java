package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.spi.payment.Money;

/** How amounts and references are written for a Flemish payer. */
final class DisplayFormats {

    private DisplayFormats() {}

    /** "€ 24,50", "€ 1.234,00"; other currencies by code: "USD 3,00". Written by hand so no locale data can vary. */
    static String amount(Money money) {
        long units = money.minorUnits() / 100;
        long cents = money.minorUnits() % 100;
        String whole = Long.toString(units);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        String symbol = "EUR".equals(money.currency()) ? "€" : money.currency();
        return symbol + " " + grouped + "," + (cents < 10 ? "0" : "") + cents;
    }

    /** "+++090/9337/55493+++" for 12 digits; anything else is shown as given (or empty), escaped by the caller. */
    static String structuredReference(String digits) {
        if (digits == null) {
            return "";
        }
        if (!digits.matches("\\d{12}")) {
            return digits;
        }
        return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
    }
}
