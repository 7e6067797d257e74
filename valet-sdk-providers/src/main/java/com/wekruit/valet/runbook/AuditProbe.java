package com.wekruit.valet.runbook;

/**
 * Answers one readiness item from the providers' APIs. A probe that throws (any exception, or a {@code LinkageError},
 * {@code AssertionError} or {@code StackOverflowError}) is reported UNKNOWN with the exception's (bounded, secret-free)
 * message; it must not change anything at a provider.
 */
@FunctionalInterface
public interface AuditProbe {
  Finding probe() throws Exception;
}
