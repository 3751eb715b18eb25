import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './theme.css';
import i18n, { loadLanguage } from './i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from './api/client';
import { router } from './routes/router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Access denied or not found will not change by asking again.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// A session that ends (idle timeout) shows the login again instead of broken pages.
queryClient.getQueryCache().subscribe((event) => {
  if (event.type === 'updated' && event.action.type === 'error') {
    const err = event.action.error;
    if (isApiError(err, 'UNAUTHENTICATED') && event.query.queryKey[0] !== 'me') {
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    }
  }
});

const render = () => createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
// Dutch main texts are in the bundle: show the first screen at once and fetch the rest beside
// it. Another language waits for its texts, so nothing shows in the wrong language first.
const texts = loadLanguage(i18n.language);
if (i18n.language === 'nl') render();
else void texts.then(render, render);
