/**
 * Object storage for backups and files: the {@link com.wekruit.valet.store.ObjectStore} API users program against,
 * and {@link com.wekruit.valet.store.StreamUploader}, the bounded-memory multipart engine a store implementation
 * drives through {@link com.wekruit.valet.store.MultipartTarget}. Implementations live with their provider (R2 in
 * {@code com.wekruit.valet.r2}).
 */
package com.wekruit.valet.store;
