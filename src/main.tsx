/** Browser entry: mount the app. Everything else lives in src/views. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './views/app/App';
import { registerServiceWorker } from './views/app/serviceWorker';
import './views/common/i18n';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
registerServiceWorker();
