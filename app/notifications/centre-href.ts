import type { NotificationType } from "./types";

/** `/notifications?type=&page=` for a filter and page (the defaults left out). */
export function centreHref(type: NotificationType | null | undefined, page = 1): string {
  const params = new URLSearchParams();
  if (type) params.set("type", type);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/notifications?${query}` : "/notifications";
}
