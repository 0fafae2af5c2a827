import { StrictMode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { BrowserRouter } from 'react-router';
import type { i18n as I18n } from 'i18next';
import { createQueryClient, persistOptions } from '../lib/query/query-client';
import { PageErrorBoundary } from './page-error-boundary';
import { AppRoutes } from './routes';

export function App({ i18n }: { i18n: I18n }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PersistQueryClientProvider client={queryClient} persistOptions={persistOptions}>
          <BrowserRouter>
            <PageErrorBoundary>
              <AppRoutes />
            </PageErrorBoundary>
          </BrowserRouter>
        </PersistQueryClientProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
