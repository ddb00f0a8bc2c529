// Registers the service worker (../sw.js) that keeps the app working offline. Call once from
// app.js; it does nothing where service workers are unavailable (old browsers, file:// pages,
// insecure origins other than localhost) and never throws: offline use is a bonus.

/**
 * @param {{navigator?: Navigator, secure?: boolean, scriptUrl?: URL}} [env] for tests: the
 *   navigator, whether the context is secure, and the worker's address (default: sw.js at the
 *   app's root, next to index.html)
 * @returns {Promise<ServiceWorkerRegistration | null>} null when not registered
 */
export async function registerServiceWorker(env = {}) {
  const nav = env.navigator ?? (typeof navigator === 'undefined' ? undefined : navigator);
  const secure = env.secure ?? (typeof isSecureContext === 'boolean' ? isSecureContext : false);
  if (!nav || !('serviceWorker' in nav) || !nav.serviceWorker || !secure) return null;
  const scriptUrl = env.scriptUrl ?? new URL('../sw.js', import.meta.url);
  if (scriptUrl.protocol !== 'https:' && scriptUrl.protocol !== 'http:') return null;
  try {
    return await nav.serviceWorker.register(scriptUrl.href, {
      scope: new URL('./', scriptUrl).pathname,
      updateViaCache: 'none',
    });
  } catch {
    return null;
  }
}
