package com.wekruit.valet.betterstack;

/** {@code monitor_type}; {@code UNKNOWN} also stands for types newer than this SDK (see {@code OpenEnum.raw()}). */
public enum MonitorType {
  STATUS, EXPECTED_STATUS_CODE, KEYWORD, KEYWORD_ABSENCE, PING, TCP, UDP, SMTP, POP, IMAP, DNS, PLAYWRIGHT, UNKNOWN
}
