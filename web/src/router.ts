/** Hash routes, so any page reloads from the cached app shell while offline. */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'interview' }
  /** `shared`: a case carried in the link (`#/result?case=<JSON>`), e.g. from a CDS Hooks card. */
  | { readonly page: 'result'; readonly shared?: string }
  | { readonly page: 'clinician' }
  | { readonly page: 'patient'; readonly id: string };

export function parseRoute(hash: string): Route {
  const [path = '/', query = ''] = (hash.replace(/^#/, '') || '/').split('?', 2);
  const patient = /^\/clinician\/patients\/([^/]+)$/.exec(path);
  if (patient) return { page: 'patient', id: decodeURIComponent(patient[1]!) };
  if (path === '/interview') return { page: 'interview' };
  if (path === '/result') {
    const shared = new URLSearchParams(query).get('case');
    return shared === null ? { page: 'result' } : { page: 'result', shared };
  }
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
