import type { ManifestOptions } from 'vite-plugin-pwa';

/** The web app manifest: what a phone shows when the patient installs Front Door. */
export const appManifest: Partial<ManifestOptions> = {
  name: 'Front Door: contact your GP practice',
  short_name: 'Front Door',
  description:
    'Ask your GP practice for help, get the right care quickly, manage a hospital referral and get help with the NHS App.',
  id: '/',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  lang: 'en-GB',
  dir: 'ltr',
  theme_color: '#005eb8',
  background_color: '#f0f4f5',
  categories: ['health', 'medical'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
