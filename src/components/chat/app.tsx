// The chat island's entry, imported by src/scripts/chat-loader.ts only when a visitor reaches for
// the chat: React, the router and the panel arrive together, never with the page. The React root
// lives in the persisted host, so the router carries it (and the iframe) from page to page.
import { createRoot } from 'react-dom/client';
import { ChatPanel } from './ChatPanel';
import type { ChatConfig } from './config';
import { ChatController } from './controller';
import { keepChatAcrossNavigation } from './navigation';

let controller: ChatController | undefined;

export function openChat(host: HTMLElement, config: ChatConfig, options: { opener?: HTMLElement; resume?: string; minimised?: boolean }) {
  keepChatAcrossNavigation();
  if (!controller) {
    controller = new ChatController(config);
    createRoot(host).render(<ChatPanel controller={controller} />);
  }
  controller.open(options);
}

/** For the quick exit. */
export function quickExit() {
  controller?.quickExit();
}
