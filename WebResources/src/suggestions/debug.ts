/**
 * Whether error details may go to the console: `?debug=1` on the page, `data=debug` (the one
 * custom query parameter a form passes to a web resource), or `data-debug="true"` on the root.
 */
export function isDebug(search: string, root: HTMLElement): boolean {
  const query = new URLSearchParams(search);
  const data = query.get("data") ?? "";
  return query.get("debug") === "1" || /(^|[&;,\s])debug(=1|=true)?($|[&;,\s])/i.test(data) || root.dataset.debug === "true";
}
