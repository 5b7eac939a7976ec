/**
 * Helpers for domain metrics. Each feature owns its own metrics (enforcement counts its checks, the outbox its
 * backlog); this package only keeps their labels bounded. Served by Payara at {@code /metrics} (application scope).
 */
package be.ptrpas.platform.common.metrics;
