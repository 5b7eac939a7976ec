package be.ptrpas.platform.common.web;

/** The number of items a list endpoint returns: the caller's {@code limit}, kept between 1 and a maximum. */
public final class PageSize {

    private PageSize() {}

    public static int of(Integer requested, int fallback, int max) {
        return requested == null ? fallback : Math.max(1, Math.min(requested, max));
    }
}
