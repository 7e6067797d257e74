package com.wekruit.valet.cloudflare;

import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Pagination;
import java.util.List;

/**
 * Cloudflare's page-number lists ({@code page}, {@code per_page}, {@code result_info}). The last page is known
 * without an extra empty request: {@code total_pages} when sent (the live API), else {@code total_count} (the 2024
 * spec), else a short page.
 */
final class CloudflarePages {
  private CloudflarePages() {}

  static <T> Paginator<T> paginate(HttpTransport http, ApiCall<Envelope<List<T>>> first, int perPage) {
    return Pagination.pageNumbers(http, first, "page", "per_page", perPage, Envelope::result,
        e -> nextPage(e.resultInfo(), e.result().size(), perPage));
  }

  static Long nextPage(Envelope.ResultInfo info, int items, int perPage) {
    if (items == 0 || info == null || info.page() == null) return null;
    long page = info.page();
    long size = info.perPage() != null && info.perPage() > 0 ? info.perPage() : perPage;
    boolean more;
    if (info.totalPages() != null) more = page < info.totalPages();
    else if (info.totalCount() != null) more = page * size < info.totalCount();
    else more = items >= size;
    return more ? page + 1 : null;
  }
}
