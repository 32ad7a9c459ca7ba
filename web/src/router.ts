/** Hash routes, so any page reloads from the cached app shell while offline. */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'interview' }
  | { readonly page: 'result' }
  | { readonly page: 'clinician' }
  | { readonly page: 'patient'; readonly id: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const patient = /^\/clinician\/patients\/([^/]+)$/.exec(path);
  if (patient) return { page: 'patient', id: decodeURIComponent(patient[1]!) };
  if (path === '/interview') return { page: 'interview' };
  if (path === '/result') return { page: 'result' };
  if (path === '/clinician') return { page: 'clinician' };
  return { page: 'home' };
}

export const go = (path: string) => {
  location.hash = path;
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
