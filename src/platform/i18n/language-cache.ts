/** The Cache Storage name the service workers keep catalogues in (vite.config.ts, public/sw-lite.js). */
export const LANGUAGE_CACHE = 'front-door-languages';
