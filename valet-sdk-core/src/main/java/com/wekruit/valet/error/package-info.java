/**
 * User API: the one unchecked exception tree. {@link com.wekruit.valet.error.ValetException} is the root;
 * {@link com.wekruit.valet.error.ValetClientException} (no usable answer, with a
 * {@link com.wekruit.valet.error.ValetClientException.Kind}) and {@link com.wekruit.valet.error.ValetApiException}
 * (the API refused, with typed subclasses per status) split it. Every exception is immutable; its texts are redacted,
 * printable and bounded.
 */
package com.wekruit.valet.error;
