/** Browser entry: mount the app. Everything else lives in src/views. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './views/app/App';
import { registerServiceWorker } from './views/app/serviceWorker';
import './views/common/i18n';
import { paceTurnsByFrame } from './views/common/staging';
import './styles.css';

// Each heavy view is mounted in a turn of its own, one per frame (see staging.ts).
paceTurnsByFrame();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
registerServiceWorker();
