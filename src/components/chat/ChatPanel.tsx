// The chat panel: a named, non-modal dialog in the corner (a sheet on small screens) that never
// traps focus. The page stays usable behind it, and the quick exit (z-40) stays above it.
import { useEffect, useRef, useSyncExternalStore, type KeyboardEvent } from 'react';
import { fill } from './config';
import type { ChatController } from './controller';
import { isFallback, isLive, statusText } from './state';

const button = 'rounded border-2 px-3 py-1 font-semibold';

export function ChatPanel({ controller }: { controller: ChatController }) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const { texts: t, tel, hoursText } = controller.config;
  const dialog = useRef<HTMLElement>(null);

  useEffect(() => {
    if (state.focusTick) dialog.current?.focus();
  }, [state.focusTick]);

  if (state.phase === 'idle') return null;

  const live = isLive(state.phase);
  // With a frame on screen the conversation is kept when hiding the panel; without one, close it.
  const hide = () => (state.frameSrc ? controller.minimise() : controller.close());
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    hide();
  };
  const phone = (
    <a href={tel} className="font-bold text-link">
      {t.phone}
    </a>
  );

  return (
    <>
      <section
        ref={dialog}
        role="dialog"
        aria-labelledby="chatt-rubrik"
        tabIndex={-1}
        hidden={state.minimised}
        onKeyDown={onKeyDown}
        className="no-print fixed bottom-0 right-0 z-30 flex max-h-[calc(100dvh-4rem)] w-full flex-col overflow-y-auto border-2 border-brand bg-paper text-ink shadow-xl sm:bottom-4 sm:right-4 sm:w-96 sm:rounded-lg"
      >
        <div className="flex items-center justify-between gap-2 bg-brand px-3 py-2 text-brand-ink">
          <h2 id="chatt-rubrik" className="text-lg font-bold">
            {t.title}
          </h2>
          <button type="button" className={`${button} border-current`} onClick={hide}>
            {state.frameSrc ? t.minimise : t.close}
          </button>
        </div>
        <div className="flex flex-col gap-2 px-3 py-2">
          <p role="status" className="font-semibold">
            {statusText(state, t)}
          </p>
          {state.busy && live && (
            <p>
              {state.notice ?? t.busy} {phone}
            </p>
          )}
          {isFallback(state.phase) && (
            <div className="flex flex-col gap-1">
              <p>{phone}</p>
              <p>
                <strong>{t.emergencyLead}</strong>{' '}
                <a href="tel:112" className="font-bold text-link">
                  {t.emergencyCall}
                </a>
              </p>
              <h3 className="mt-2 font-semibold">{t.hoursHeading}</h3>
              <ul>
                {hoursText.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          {!isFallback(state.phase) && <p className="text-sm text-muted">{t.anonymous}</p>}
        </div>
        {state.frameSrc && (
          <iframe
            ref={controller.setFrame}
            src={state.frameSrc}
            title={t.frameTitle}
            sandbox="allow-scripts allow-same-origin allow-forms"
            referrerPolicy="no-referrer"
            className="block h-[min(26rem,55dvh)] min-h-48 w-full shrink-0 border-y border-line bg-paper"
          />
        )}
        {(live || state.phase === 'ended') && (
          <div className="flex justify-end px-3 py-2">
            {live ? (
              <button type="button" className={`${button} border-current text-exit`} onClick={() => controller.end()}>
                {t.end}
              </button>
            ) : (
              <button type="button" className={`${button} border-current`} onClick={() => controller.close()}>
                {t.close}
              </button>
            )}
          </div>
        )}
      </section>
      {state.minimised && (
        <aside aria-label={t.title} className="no-print fixed bottom-4 right-4 z-30">
          <button type="button" className={`${button} border-brand bg-brand text-brand-ink shadow-xl`} onClick={() => controller.restore()}>
            {t.restore}{' '}
            {state.unread > 0 && <span className="rounded-full bg-paper px-2 text-ink">{fill(t.unreadBadge, { count: state.unread })}</span>}
          </button>
          <p role="status" className="sr-only">
            {state.unread === 1 ? t.unreadOne : state.unread > 1 ? fill(t.unreadMany, { count: state.unread }) : ''}
          </p>
        </aside>
      )}
    </>
  );
}
