import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders, makeQueryClient } from './app/providers';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders client={makeQueryClient()}>
      <App />
    </AppProviders>
  </StrictMode>,
);
