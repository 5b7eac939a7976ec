package be.ptrpas.platform.pass;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What part of the pass to list: kinds, municipalities (NIS codes), statuses and money states; an empty set means
 * all. Read from repeatable query parameters ({@code ?kind=RETRIBUTION&kind=GAS_FINE}, or comma-separated).
 */
public record PassFilter(
        Set<PassKind> kinds, Set<String> municipalities, Set<PassStatus> statuses, Set<MoneyState> money) {

    public static final PassFilter ALL = new PassFilter(Set.of(), Set.of(), Set.of(), Set.of());

    /** Reads the query parameters; every wrong value is named in one problem. */
    public static PassFilter of(
            List<String> kinds, List<String> municipalities, List<String> statuses, List<String> money) {
        List<FieldError> errors = new ArrayList<>();
        Set<PassKind> kindSet = values("kind", kinds, PassKind.class, errors);
        Set<PassStatus> statusSet = values("status", statuses, PassStatus.class, errors);
        Set<MoneyState> moneySet = values("money", money, MoneyState.class, errors);
        Set<String> nis = new TreeSet<>();
        for (String code : split(municipalities)) {
            if (code.matches("\\d{5}")) {
                nis.add(code);
            } else {
                errors.add(new FieldError("municipality", "'" + code + "' is not a NIS code (5 digits)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The pass cannot be filtered like that.", errors);
        }
        return new PassFilter(kindSet, nis, statusSet, moneySet);
    }

    private static <E extends Enum<E>> Set<E> values(
            String field, List<String> given, Class<E> type, List<FieldError> errors) {
        Set<E> set = EnumSet.noneOf(type);
        for (String value : split(given)) {
            try {
                set.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(
                        field,
                        "'" + value + "' is not one of "
                                + Arrays.stream(type.getEnumConstants())
                                        .map(Enum::name)
                                        .toList()));
            }
        }
        return set;
    }

    private static List<String> split(List<String> given) {
        if (given == null) {
            return List.of();
        }
        return given.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
