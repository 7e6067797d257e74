package com.wekruit.valet.examples;

/**
 * The runbook's five health checks against the local stack, once: the table, the JSON endpoint with details, and the
 * status page's size. For the page in a browser, run the demo with {@code --serve}.
 */
public final class HealthExample {
  private HealthExample() {}

  public static void main(String[] args) throws Exception {
    try (LocalStack stack = LocalStack.start(); HealthStep health = new HealthStep(stack, 0, System.out)) {
      System.out.println(health.sweep(System.out));
      System.out.println("GET /api/v1/health?details=true -> " + health.get("/api/v1/health?details=true"));
      System.out.println("GET /status -> " + health.get("/status").length() + " characters of HTML");
    }
  }
}
