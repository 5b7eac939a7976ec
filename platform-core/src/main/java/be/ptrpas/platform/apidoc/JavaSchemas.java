package be.ptrpas.platform.apidoc;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON schemas of the Java types the API reads and writes, as the platform's JSON-B writes them: a record is an object
 * with one property per component (Payara's scanner sees only annotated components of a record), an enum a string of
 * its constant names, java.time values ISO-8601 strings. Records and enums become named components; a component that
 * is a primitive is always present and so required, as is one whose {@code @Schema} says {@code required = true}.
 * Nulls are never written (JSON-B is configured without null values), so no property is nullable.
 */
final class JavaSchemas {

    private final Components components;
    private final Map<Class<?>, String> names = new HashMap<>();

    JavaSchemas(Components components) {
        this.components = components;
    }

    /** The schema of a value of this type: a reference for records and enums, inline for the rest. */
    Schema of(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Optional.class.equals(raw)) {
                return of(arguments[0]);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                Schema array = create(SchemaType.ARRAY).items(of(arguments[0]));
                return Set.class.isAssignableFrom(raw) ? array.uniqueItems(true) : array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return create(SchemaType.OBJECT).additionalPropertiesSchema(of(arguments[1]));
            }
            return of(raw);
        }
        if (type instanceof WildcardType wildcard) {
            return of(wildcard.getUpperBounds()[0]);
        }
        if (type instanceof GenericArrayType array) {
            return create(SchemaType.ARRAY).items(of(array.getGenericComponentType()));
        }
        if (type instanceof Class<?> type1) {
            return ofClass(type1);
        }
        return OASFactory.createSchema();
    }

    private Schema ofClass(Class<?> type) {
        Schema simple = simple(type);
        if (simple != null) {
            return simple;
        }
        if (type.isArray()) {
            return create(SchemaType.ARRAY).items(of(type.getComponentType()));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return create(SchemaType.ARRAY);
        }
        if (Map.class.isAssignableFrom(type)) {
            return create(SchemaType.OBJECT);
        }
        return OASFactory.createSchema().ref(component(type));
    }

    /** Types that JSON-B writes as one JSON scalar (or any JSON, for JSON-P values). */
    private static Schema simple(Class<?> type) {
        if (type == String.class || type == char.class || type == Character.class) {
            return create(SchemaType.STRING);
        }
        if (type == boolean.class || type == Boolean.class) {
            return create(SchemaType.BOOLEAN);
        }
        if (type == int.class
                || type == Integer.class
                || type == short.class
                || type == Short.class
                || type == byte.class
                || type == Byte.class) {
            return create(SchemaType.INTEGER).format("int32");
        }
        if (type == long.class || type == Long.class || type == BigInteger.class) {
            return create(SchemaType.INTEGER).format("int64");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return create(SchemaType.NUMBER).format("double");
        }
        if (type == BigDecimal.class) {
            return create(SchemaType.NUMBER);
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return create(SchemaType.STRING).format("date-time");
        }
        if (type == LocalDateTime.class) {
            return create(SchemaType.STRING).description("Local date and time, ISO-8601 without offset");
        }
        if (type == LocalDate.class) {
            return create(SchemaType.STRING).format("date");
        }
        if (type == LocalTime.class) {
            return create(SchemaType.STRING).description("Local time of day, ISO-8601 (HH:mm or HH:mm:ss)");
        }
        if (type == Duration.class) {
            return create(SchemaType.STRING).format("duration");
        }
        if (type == URI.class) {
            return create(SchemaType.STRING).format("uri");
        }
        if (type == UUID.class) {
            return create(SchemaType.STRING).format("uuid");
        }
        if (type == byte[].class) {
            return create(SchemaType.STRING).format("byte");
        }
        if (JsonObject.class.isAssignableFrom(type)) {
            return create(SchemaType.OBJECT);
        }
        if (JsonArray.class.isAssignableFrom(type)) {
            return create(SchemaType.ARRAY);
        }
        if (JsonValue.class.isAssignableFrom(type) || type == Object.class) {
            return OASFactory.createSchema().description("Any JSON value");
        }
        return null;
    }

    /** The component's name, defining it the first time; nested types are named with their enclosing types. */
    String component(Class<?> type) {
        String known = names.get(type);
        if (known != null) {
            return known;
        }
        String name = uniqueName(type);
        names.put(type, name);
        // Named before its properties are built, so a type that refers to itself ends; added to the components
        // only when complete (the model may copy what it is given).
        Schema schema = OASFactory.createSchema();
        if (type.isEnum()) {
            schema.addType(SchemaType.STRING)
                    .enumeration(Arrays.stream(type.getEnumConstants())
                            .map(constant -> (Object) ((Enum<?>) constant).name())
                            .toList());
        } else if (type.isRecord()) {
            describeRecord(type, schema);
        } else {
            describeBean(type, schema);
        }
        org.eclipse.microprofile.openapi.annotations.media.Schema annotation =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (annotation != null && !annotation.description().isEmpty()) {
            schema.description(annotation.description());
        }
        components.addSchema(name, schema);
        return name;
    }

    private String uniqueName(Class<?> type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName());
        }
        String candidate = name.toString();
        if (names.containsValue(candidate)) {
            String[] packages = type.getPackageName().split("\\.");
            String last = packages[packages.length - 1];
            candidate = Character.toUpperCase(last.charAt(0)) + last.substring(1) + candidate;
        }
        for (int n = 2; names.containsValue(candidate); n++) {
            candidate = name + String.valueOf(n);
        }
        return candidate;
    }

    private void describeRecord(Class<?> type, Schema schema) {
        schema.addType(SchemaType.OBJECT);
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Schema property = of(component.getGenericType());
            org.eclipse.microprofile.openapi.annotations.media.Schema annotation = annotation(type, component);
            if (annotation != null && annotation.hidden()) {
                continue;
            }
            property = annotate(property, annotation);
            schema.addProperty(component.getName(), property);
            if (component.getType().isPrimitive() || (annotation != null && annotation.required())) {
                required.add(component.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.required(required);
        }
    }

    /** Classes that are not records: JSON-B writes their public getters and public fields. */
    private void describeBean(Class<?> type, Schema schema) {
        schema.addType(SchemaType.OBJECT);
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())
                    || method.getParameterCount() != 0
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            String property = name.startsWith("get") && name.length() > 3
                    ? name.substring(3)
                    : name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class
                            ? name.substring(2)
                            : null;
            if (property != null) {
                schema.addProperty(
                        property.substring(0, 1).toLowerCase(Locale.ROOT) + property.substring(1),
                        of(method.getGenericReturnType()));
            }
        }
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                schema.addProperty(field.getName(), of(field.getGenericType()));
            }
        }
    }

    /** A record component's {@code @Schema}, wherever Java put it (field, accessor or the component itself). */
    private static org.eclipse.microprofile.openapi.annotations.media.Schema annotation(
            Class<?> type, RecordComponent component) {
        Class<org.eclipse.microprofile.openapi.annotations.media.Schema> kind =
                org.eclipse.microprofile.openapi.annotations.media.Schema.class;
        if (component.getAnnotation(kind) != null) {
            return component.getAnnotation(kind);
        }
        if (component.getAccessor().getAnnotation(kind) != null) {
            return component.getAccessor().getAnnotation(kind);
        }
        try {
            return type.getDeclaredField(component.getName()).getAnnotation(kind);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** What a human said about a property; kept beside a reference with allOf only when there is something to say. */
    private static Schema annotate(
            Schema property, org.eclipse.microprofile.openapi.annotations.media.Schema annotation) {
        if (annotation == null) {
            return property;
        }
        Schema target = property;
        if (property.getRef() != null) {
            if (annotation.description().isEmpty()) {
                return property;
            }
            // OpenAPI 3.1 allows keywords beside $ref.
            return property.description(annotation.description());
        }
        if (!annotation.description().isEmpty()) {
            target.description(annotation.description());
        }
        if (!annotation.minimum().isEmpty()) {
            target.minimum(new BigDecimal(annotation.minimum()));
        }
        if (!annotation.maximum().isEmpty()) {
            target.maximum(new BigDecimal(annotation.maximum()));
        }
        if (annotation.maxLength() != Integer.MAX_VALUE) {
            target.maxLength(annotation.maxLength());
        }
        if (annotation.minLength() > 0) {
            target.minLength(annotation.minLength());
        }
        if (!annotation.pattern().isEmpty()) {
            target.pattern(annotation.pattern());
        }
        if (!annotation.format().isEmpty()) {
            target.format(annotation.format());
        }
        if (!annotation.example().isEmpty()) {
            target.examples(List.of(annotation.example()));
        }
        if (annotation.enumeration().length > 0) {
            target.enumeration(List.of((Object[]) annotation.enumeration()));
        }
        return target;
    }

    static Schema create(SchemaType type) {
        return OASFactory.createSchema().addType(type);
    }
}
