package be.ptrpas.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.enforcement.card.DisabledCardResource;
import be.ptrpas.platform.it.ResourceCatalog;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every read endpoint says whether it answers personal data (mission F-52): {@link PersonalDataRead} (recorded in the
 * read audit), {@link ReadAuditedElsewhere}, or {@link NoPersonalData}. Found by scanning the compiled resource
 * classes, so a new endpoint fails this test until its author has decided. A {@link NoPersonalData} whose answer has
 * fields named like personal data (plate, holder, national number, recipient, actor, ...) fails too.
 */
class PersonalDataMarkersTest {

    /** Field names that hold data about a person (or a car, which the law treats the same). */
    private static final Pattern PERSONAL = Pattern.compile(
            "(?i).*(plate|holder|nationalnumber|rrn|offender|recipient|email|phone|actor|firstname|lastname|birth).*");

    @Test
    void everyReadDeclaresWhetherItAnswersPersonalData() {
        List<ResourceCatalog.Endpoint> reads = ResourceCatalog.endpoints().stream()
                .filter(endpoint -> endpoint.httpMethod().equals("GET"))
                .toList();
        assertThat(reads).as("the scan must find the platform's reads").hasSizeGreaterThan(30);
        List<String> undecided = new ArrayList<>();
        for (ResourceCatalog.Endpoint read : reads) {
            int markers = (read.method().isAnnotationPresent(PersonalDataRead.class) ? 1 : 0)
                    + (read.method().isAnnotationPresent(NoPersonalData.class) ? 1 : 0)
                    + (read.method().isAnnotationPresent(ReadAuditedElsewhere.class) ? 1 : 0);
            if (markers != 1) {
                undecided.add(read + " (" + read.method().getDeclaringClass().getSimpleName() + "."
                        + read.method().getName() + ")");
            }
        }
        assertThat(undecided)
                .as("GET endpoints that need exactly one of @PersonalDataRead, @ReadAuditedElsewhere or "
                        + "@NoPersonalData")
                .isEmpty();
    }

    @Test
    void anItemReadNamesThePathParameterOfItsItem() {
        for (ResourceCatalog.Endpoint read : ResourceCatalog.endpoints()) {
            PersonalDataRead marker = read.method().getAnnotation(PersonalDataRead.class);
            if (marker == null) {
                continue;
            }
            assertThat(read.httpMethod())
                    .as(read + ": only reads are recorded as reads; changes go to AuditLog")
                    .isEqualTo("GET");
            assertThat(marker.value()).as(read + ": resource name").matches("[a-z][a-z-]{1,39}");
            if (!marker.idParam().isEmpty()) {
                assertThat(read.template()).as(read + ": idParam").contains("{" + marker.idParam() + "}");
            }
        }
    }

    @Test
    void noReadDeclaredFreeOfPersonalDataAnswersFieldsThatLookPersonal() {
        List<String> suspicious = new ArrayList<>();
        for (ResourceCatalog.Endpoint read : ResourceCatalog.endpoints()) {
            NoPersonalData declared = read.method().getAnnotation(NoPersonalData.class);
            if (declared != null) {
                List<String> fields = new ArrayList<>();
                personalFields(read.method().getGenericReturnType(), "", new HashSet<>(), fields);
                // Acknowledged look-alikes are named (first word) in despite().
                fields.removeIf(field -> Arrays.stream(declared.despite())
                        .anyMatch(d -> field.equals(d.split(" ")[0]) || field.endsWith("." + d.split(" ")[0])));
                if (!fields.isEmpty()) {
                    suspicious.add(read + " answers " + fields);
                }
            }
        }
        assertThat(suspicious)
                .as("@NoPersonalData on reads that answer personal-looking fields")
                .isEmpty();
    }

    @Test
    void theHeuristicFindsPersonalFieldsInTheViewsItGuards() throws Exception {
        List<String> fields = new ArrayList<>();
        personalFields(
                DisabledCardResource.class.getMethod("get", String.class).getGenericReturnType(),
                "",
                new HashSet<>(),
                fields);
        assertThat(fields).contains("holderNationalNumber", "plates.plate");
    }

    private static void personalFields(Type type, String path, Set<Type> seen, List<String> found) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                personalFields(argument, path, seen, found);
            }
            personalFields(parameterized.getRawType(), path, seen, found);
            return;
        }
        if (!(type instanceof Class<?> clazz)
                || !seen.add(clazz)
                || clazz.isPrimitive()
                || clazz.isEnum()
                || clazz.getName().startsWith("java.")
                || clazz.getName().startsWith("jakarta.")) {
            return;
        }
        if (clazz.isArray()) {
            personalFields(clazz.getComponentType(), path, seen, found);
            return;
        }
        if (clazz.isRecord()) {
            for (RecordComponent component : clazz.getRecordComponents()) {
                visit(component.getName(), component.getGenericType(), path, seen, found);
            }
        } else {
            for (Field field : clazz.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    visit(field.getName(), field.getGenericType(), path, seen, found);
                }
            }
        }
    }

    private static void visit(String name, Type type, String path, Set<Type> seen, List<String> found) {
        String here = path.isEmpty() ? name : path + "." + name;
        if (PERSONAL.matcher(name).matches()) {
            found.add(here);
        }
        personalFields(type, here, new HashSet<>(seen), found);
    }
}
