import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders, makeQueryClient } from './app/providers';
import { EMBED_ID } from './data/embeddedDataset';
import './styles.css';

const container = document.getElementById('root')!;
const search = window.location.search;
const app = (
  <StrictMode>
    <AppProviders client={makeQueryClient()}>
      <App search={search} />
    </AppProviders>
  </StrictMode>
);

// The build prerenders the default view with its data; any other link renders afresh over it.
const prerendered = container.firstElementChild !== null && document.getElementById(EMBED_ID) !== null;
if (prerendered && search === '') hydrateRoot(container, app);
else createRoot(container).render(app);
