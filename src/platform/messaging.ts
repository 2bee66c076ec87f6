import type { Runtime } from 'webextension-polyfill';
import { browser } from './browser.ts';
import { parseMessage } from '../core/messages.ts';
import type { Message, MessageType, Response } from '../core/messages.ts';

/** Sends a typed message to the background. */
export function sendToBackground<K extends MessageType>(message: Message<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage(message) as Promise<Response<K>>;
}

/** Sends a typed message to a tab's top frame (frameId 0) unless another frame is named. */
export function sendToTab<K extends MessageType>(
  tabId: number,
  message: Message<K>,
  frameId = 0,
): Promise<Response<K>> {
  return browser.tabs.sendMessage(tabId, message, { frameId }) as Promise<Response<K>>;
}

export type Handlers = {
  readonly [K in MessageType]?: (
    message: Extract<Message, { type: K }>,
    sender: Runtime.MessageSender,
  ) => Response<K> | Promise<Response<K>>;
};

/**
 * Listens for typed messages. Only messages from this extension's own contexts are accepted
 * (`sender.id`), and each is validated before a handler sees it; anything else is dropped with a
 * logged reason and no reply, so a page can never drive the extension.
 */
export function listen(handlers: Handlers, signal?: AbortSignal): void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) {
      console.warn('[Backstory] rejected a message from outside the extension', sender.id);
      return undefined;
    }
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      console.warn(`[Backstory] rejected message: ${parsed.reason}`);
      return undefined;
    }
    const handler = handlers[parsed.message.type] as
      ((m: Message, s: Runtime.MessageSender) => unknown) | undefined;
    // Returning undefined lets another context's listener answer instead.
    if (!handler) return undefined;
    return Promise.resolve().then(() => handler(parsed.message, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The context may already be invalidated; nothing is left to remove then.
    }
  });
}
