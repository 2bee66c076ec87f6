import type { Lifecycle } from './lifecycle.ts';
import { listen, sendToBackground } from '../platform/messaging.ts';
import type { PageReport } from '../core/messages.ts';

export async function startContent(lifecycle: Lifecycle): Promise<void> {
  const report: PageReport = { state: 'on', host: location.hostname, counts: [] };
  listen({ 'page/get-report': () => report }, lifecycle.signal);
  if (window === window.top) await sendToBackground({ type: 'page/report', report });
}
