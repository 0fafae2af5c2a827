// The floor Front Door is measured against: the same stack with nothing of ours.
// React 19, react-router 7 (declarative, one lazy route), TanStack Query with one
// query, i18next + react-i18next with one inline namespace. Built by ../build.ts.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';

const Page = lazy(() => import('./page'));

void i18n.use(initReactI18next).init({
  lng: 'en',
  // Keys the project's typed catalogue knows, so the floor type-checks with it.
  resources: { en: { common: { app: { name: 'Bare stack' }, loading: 'Updated' } } },
  defaultNS: 'common',
  interpolation: { escapeValue: false },
});

const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Suspense>
            <Routes>
              <Route path="*" element={<Page />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
