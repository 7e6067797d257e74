package com.wekruit.valet.examples;

/**
 * The demo's command line: {@code --serve} keeps the stack and its endpoints up until Ctrl-C on {@code --port}
 * (default 8787), {@code --log-rate} lines per second go to the Better Stack log sender while serving (default 100,
 * 0 for none), {@code --allow-changes} lets steps change real providers whose tokens are in the environment.
 */
record DemoOptions(boolean serve, int port, boolean allowChanges, int logRate) {
  static final int DEFAULT_PORT = 8787;
  static final String USAGE = "usage: RunbookDemo [--serve] [--port=N] [--log-rate=LINES_PER_SECOND] [--allow-changes]";

  /** @throws IllegalArgumentException naming the argument it does not understand */
  static DemoOptions parse(String... args) {
    boolean serve = false;
    boolean allowChanges = false;
    int port = DEFAULT_PORT;
    int logRate = 100;
    for (String a : args) {
      if (a.equals("--serve")) serve = true;
      else if (a.equals("--allow-changes")) allowChanges = true;
      else if (a.startsWith("--port=")) port = number(a, 1, 65_535);
      else if (a.startsWith("--log-rate=")) logRate = number(a, 0, 100_000);
      else throw new IllegalArgumentException("unknown argument '" + a + "'\n" + USAGE);
    }
    return new DemoOptions(serve, port, allowChanges, logRate);
  }

  private static int number(String arg, int min, int max) {
    String v = arg.substring(arg.indexOf('=') + 1);
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(arg.substring(0, arg.indexOf('=')) + " must be a number in [" + min + ", "
        + max + "]: '" + v + "'\n" + USAGE);
  }
}
