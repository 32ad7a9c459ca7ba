import { render } from 'preact';
import { App } from './App.js';

render(<App />, document.getElementById('app')!);

// Offline after the first load: the service worker precaches the built app (not under the dev server, which has no sw.js).
if (!import.meta.hot && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => {
    /* no offline support in this browser session; the app still works online */
  });
}
