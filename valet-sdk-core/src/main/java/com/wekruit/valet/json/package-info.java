/**
 * User API: the SDK's JSON rules for wire models: records with snake_case names, {@link
 * com.wekruit.valet.json.OpenEnum} for provider enums (never fails on a new value), {@link com.wekruit.valet.json.Patch}
 * for "leave alone / set / clear" in updates, and {@link com.wekruit.valet.json.Required} for fields an answer must
 * carry.
 */
package com.wekruit.valet.json;
