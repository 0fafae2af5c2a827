import { StrictMode, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import type { i18n as I18n } from 'i18next';
import { PageErrorBoundary } from './page-error-boundary';
import { AppRoutes } from './routes';
import { firstPageCommitted } from '../platform/first-page';

export function App({ i18n, queryClient }: { i18n: I18n; queryClient: QueryClient }) {
  // What can wait for the first page (src/platform/first-page.ts) starts once it is drawn.
  useEffect(firstPageCommitted, []);
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <PageErrorBoundary>
              <AppRoutes />
            </PageErrorBoundary>
          </BrowserRouter>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
