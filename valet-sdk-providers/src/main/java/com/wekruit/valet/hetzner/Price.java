package com.wekruit.valet.hetzner;

import java.math.BigDecimal;

/** An amount without and with VAT, in the project's currency. Never a floating-point number. Immutable; thread-safe. */
public record Price(BigDecimal net, BigDecimal gross) {}
