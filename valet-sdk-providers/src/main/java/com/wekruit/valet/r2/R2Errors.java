package com.wekruit.valet.r2;

import com.wekruit.valet.error.ApiError;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetException;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * S3 failures as the SDK's typed exceptions: an answer with an error code becomes a {@link ValetApiException} subclass
 * by status (R2's code such as {@code NoSuchKey} or {@code InvalidPart} as the provider code), anything else a
 * client-side {@code IO} error. The SDK's own exception is not kept as the cause: its text may carry request details;
 * code, message and request id are copied instead, with the store's secrets removed.
 */
final class R2Errors {
  private final List<String> secrets;

  R2Errors(List<String> secrets) {
    this.secrets = List.copyOf(secrets);
  }

  ValetException map(String operation, String key, SdkException e) {
    int attempts = Math.max(1, e.numAttempts());
    if (e instanceof S3Exception s3) {
      String code = s3.awsErrorDetails() == null ? null : s3.awsErrorDetails().errorCode();
      String message = s3.awsErrorDetails() == null ? null : s3.awsErrorDetails().errorMessage();
      int status = s3.statusCode();
      ApiError error = new ApiError("r2", operation, clean(key), status, clean(code), clean(message),
          clean(s3.requestId()), null, List.of(), "");
      return ValetApiException.of(error, attempts, status == 429 || status >= 500);
    }
    return new ValetClientException(ValetClientException.Kind.IO, "r2 " + operation + " " + clean(key) + " failed: "
        + clean(e.getClass().getSimpleName() + ": " + e.getMessage()) + "; attempts: " + attempts, null, attempts, true);
  }

  String clean(String text) {
    if (text == null) return null;
    String t = text;
    for (String s : secrets) t = t.replace(s, "****");
    return t.length() > 500 ? t.substring(0, 500) + "…" : t;
  }
}
