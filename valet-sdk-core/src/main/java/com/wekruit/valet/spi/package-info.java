/**
 * The provider SPI: what a provider client in {@code valet-sdk-providers} builds on (the transport, calls, response
 * interpreters, credentials, rate-limit readers, paginators and the operation waiter).
 *
 * <p><b>Not for users.</b> These types are public only so the providers module can use them; they may change in any
 * release. Users work with the provider clients and the packages {@code http}, {@code error}, {@code json},
 * {@code paging}, {@code waiting} and {@code health}.
 */
package com.wekruit.valet.spi;
