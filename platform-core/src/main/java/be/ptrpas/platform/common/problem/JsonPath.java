package be.ptrpas.platform.common.problem;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Where a streaming walk through a JSON body stands, as the path clients see in {@code errors}
 * (e.g. {@code streets[2].name}), and which member names each open object has already used.
 */
final class JsonPath {

    private static final class Level {
        final boolean object;
        /** Made on the first member: a zone's coordinates are thousands of small lists that never need one. */
        Set<String> names;

        String name;
        int index = -1;

        Level(boolean object) {
            this.object = object;
        }
    }

    private final Deque<Level> levels = new ArrayDeque<>();

    int depth() {
        return levels.size();
    }

    void enter(boolean object) {
        levels.push(new Level(object));
    }

    void leave() {
        levels.pop();
    }

    /** A member name in the open object; false when the object already had a member of that name. */
    boolean key(String name) {
        Level level = levels.peek();
        level.name = name;
        if (level.names == null) {
            level.names = new HashSet<>();
        }
        return level.names.add(name);
    }

    /** A value starts; in a list it is the next element. */
    void value() {
        Level level = levels.peek();
        if (level != null && !level.object) {
            level.index++;
        }
    }

    @Override
    public String toString() {
        StringBuilder path = new StringBuilder();
        for (Iterator<Level> outermostFirst = levels.descendingIterator(); outermostFirst.hasNext(); ) {
            Level level = outermostFirst.next();
            if (level.object && level.name != null) {
                path.append(path.isEmpty() ? "" : ".").append(level.name);
            } else if (!level.object && level.index >= 0) {
                path.append('[').append(level.index).append(']');
            }
        }
        return path.toString();
    }
}
