/**
 * The app's own static files that are data, not code: the translation catalogues
 * (built by scripts/vite-catalogues.ts). Same origin, no credentials.
 */
declare const __CATALOGUE_VERSION__: string;

export function catalogueUrl(language: string, namespace: string): string {
  return new URL(
    `${import.meta.env.BASE_URL}locales/${language}/${namespace}.json?v=${__CATALOGUE_VERSION__}`,
    location.href,
  ).href;
}

export async function fetchCatalogue(language: string, namespace: string): Promise<Record<string, unknown>> {
  const response = await fetch(catalogueUrl(language, namespace), { credentials: 'omit' });
  if (!response.ok) throw new Error(`Catalogue ${language}/${namespace}: ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}
