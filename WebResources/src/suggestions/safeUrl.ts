const httpScheme = /^https?:\/\//i;

/**
 * The URL when it is an absolute http: or https: URL with a host, else null. Anything else
 * (script, data and other schemes, relative or protocol-relative paths, junk) is never made a link,
 * opened or copied. The original (trimmed) text is returned, so what the rep copies is what the
 * catalogue holds; the browser parses it exactly as `URL` did here.
 */
export function safeHttpUrl(raw: string): string | null {
  const candidate = raw.trim();
  if (!httpScheme.test(candidate)) return null;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return null;
  }

  return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "" ? candidate : null;
}
