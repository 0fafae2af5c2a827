/**
 * The app's own static files that are data, not code: the translation catalogues
 * (built by scripts/vite-catalogues.ts). Same origin, no credentials.
 */
declare const __CATALOGUE_VERSION__: string;

export async function fetchCatalogue(language: string, namespace: string): Promise<Record<string, unknown>> {
  const url = `${import.meta.env.BASE_URL}locales/${language}/${namespace}.json?v=${__CATALOGUE_VERSION__}`;
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`Catalogue ${language}/${namespace}: ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}
