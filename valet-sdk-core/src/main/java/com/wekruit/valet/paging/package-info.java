/** User API: lazy, guarded paginators over every provider's list endpoints. */
package com.wekruit.valet.paging;
