// src/domain and src/content are pure: no React, no browser, no network, no storage,
// so the triage engine and the booking machine run the same in a test, in the mock
// backend, in the server and on a patient's phone. These are the settings ESLint's own
// rules take; eslint.config.js applies them to those two folders.
export const PURE_IMPORTS = {
  patterns: [
    { group: ['react', 'react-*', 'react/*', 'react-dom/*'], message: 'domain and content are pure: no React here.' },
    { group: ['i18next', 'react-i18next', 'idb-keyval', '@tanstack/*', 'workbox-*', 'virtual:*'], message: 'domain and content are pure: no I/O libraries here.' },
    { group: ['node:*', 'fs', 'path'], message: 'domain and content are pure: no Node APIs here.' },
  ],
};

export const PURE_GLOBALS = [
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch',
  'XMLHttpRequest', 'location', 'history', 'caches', 'crypto', 'self', 'BroadcastChannel', 'Worker',
  'setTimeout', 'setInterval', 'requestAnimationFrame', 'process',
].map((name) => ({ name, message: `domain and content are pure: "${name}" is I/O; take what you need as an argument.` }));
