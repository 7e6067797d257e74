/** User API: handles for long-running provider operations, awaited blocking or async. */
package com.wekruit.valet.waiting;
