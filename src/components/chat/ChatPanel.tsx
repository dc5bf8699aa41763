// The chat panel: a named, non-modal dialog in the corner (a sheet on small screens) that never
// traps focus. The page stays usable behind it, and the quick exit (z-40) stays above it. Whatever
// happens to the chat, the panel keeps a way to get help in view: the phone number and 112, or,
// when the line is closed, what is open now and when the chat opens again. It speaks the page's
// language and mirrors with it (logical sides: its corner is the inline end, bottom left on Arabic pages).
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { Phones } from './Phones';
import { opensAgainText, type PanelContact } from './config';
import { fillParts, formatNumber, pluralParts, type Part } from './parts';
import type { ChatController } from './controller';
import { isFallback, isLive, statusParts } from './state';

const button = 'rounded border-2 px-3 py-1 font-semibold';
const link = 'font-bold text-link';

const leave = () => document.dispatchEvent(new CustomEvent('stodlinjen:leave'));

/** One way to get help, as every list of them on the site shows it (src/components/contact/help-contacts.ts). */
function Contact({ contact, known }: { contact: PanelContact; known: readonly (string | undefined)[] }) {
  return (
    <li>
      {contact.lead && (
        <>
          <strong>
            <Phones text={contact.lead} known={known} link={false} />
          </strong>{' '}
        </>
      )}
      <a href={contact.href} className={link}>
        <Phones text={contact.label} known={known} link={false} />
      </a>
      {contact.after && (
        <>
          {' '}
          <Phones text={contact.after} known={known} link={false} />
        </>
      )}
      {contact.note && (
        <>
          {' '}
          (<Phones text={contact.note} known={known} link={false} />)
        </>
      )}
    </li>
  );
}

/** A text with its values (queue place, minutes, counts) isolated, so numbers keep their place in right-to-left text; phone numbers in its words linked where `link`. */
function Text({ parts, known, link = true }: { parts: readonly Part[]; known: readonly (string | undefined)[]; link?: boolean }) {
  return <>{parts.map((part, index) => (typeof part === 'string' ? <Phones key={index} text={part} known={known} link={link} /> : <bdi key={index}>{part.value}</bdi>))}</>;
}

export function ChatPanel({ controller }: { controller: ChatController }) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const { config } = controller;
  const { texts: t, hoursText, contacts } = config;
  // The numbers the panel's contacts dial (the line's own among them): dialled wherever its texts name them.
  const known = [...contacts.line, ...contacts.openNow].map((contact) => contact.number);
  const dialog = useRef<HTMLElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // "Avsluta chatten" asks once before ending; the quick exit never asks.
  const [confirming, setConfirming] = useState(false);
  const focusAfterConfirm = useRef(false);
  const live = isLive(state.phase);

  useEffect(() => {
    if (state.focusTick) dialog.current?.focus();
  }, [state.focusTick]);
  useEffect(() => {
    if (!live) setConfirming(false);
  }, [live]);
  useEffect(() => {
    // Focus follows the question: onto "Ja, avsluta" when asked, back to "Avsluta chatten" when not.
    if (focusAfterConfirm.current) (confirming ? confirmButton : endButton).current?.focus();
    focusAfterConfirm.current = false;
  }, [confirming]);

  if (state.phase === 'idle') return null;

  // With a frame on screen the conversation is kept when hiding the panel; without one, close it.
  const hide = () => (state.frameSrc ? controller.minimise() : controller.close());
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    hide();
  };
  const ask = (asking: boolean) => {
    focusAfterConfirm.current = true;
    setConfirming(asking);
  };
  // Outside the schedule the line's own phone is closed too: offer what is open now.
  const lineClosed = state.phase === 'closed' && state.scheduleClosed;
  const opensAgain = state.phase === 'closed' ? opensAgainText(config, new Date()) : '';
  const status = statusParts(state, config);
  const unread = state.unread > 0 ? pluralParts(config, config.plurals.unread, state.unread) : [];
  // Minimised, the one live region is the restore button's: it says what changed since.
  const changed = state.minimisedPhase !== null && state.phase !== state.minimisedPhase;
  const minimisedNews = [...(changed ? [...status, ' '] : []), ...unread];

  return (
    <>
      <section
        ref={dialog}
        role="dialog"
        aria-labelledby="chatt-rubrik"
        lang={config.lang}
        dir={config.dir}
        tabIndex={-1}
        hidden={state.minimised}
        onKeyDown={onKeyDown}
        className="no-print fixed bottom-0 end-0 z-30 flex max-h-[calc(100dvh-4rem)] w-full flex-col overflow-y-auto border-2 border-brand bg-paper text-ink shadow-xl sm:bottom-4 sm:end-4 sm:w-96 sm:rounded-lg"
      >
        <div className="flex flex-wrap items-center justify-between gap-2 bg-brand px-3 py-2 text-brand-ink">
          <h2 id="chatt-rubrik" className="text-lg font-bold">
            {t.title}
          </h2>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={`${button} border-exit-ink bg-exit text-exit-ink`} onClick={leave}>
              {t.quickExit}
            </button>
            <button type="button" className={`${button} border-current`} onClick={hide}>
              {state.frameSrc ? t.minimise : t.close}
            </button>
          </div>
        </div>
        <div className="flex flex-col gap-2 px-3 py-2">
          {/* The one live region while the panel is shown; the framed chat leaves status to it. */}
          <p role="status" className="font-semibold">
            <Text parts={status} known={known} />
          </p>
          {/* The service's own notice is its text, shown as it is: its numbers isolated, not dialled. */}
          {state.busy && live && <p>{state.notice ? <Phones text={state.notice} known={known} link={false} /> : <Phones text={t.busy} known={known} />}</p>}
          {state.stalled && (
            <p>
              <Phones text={t.stalled} known={known} />
            </p>
          )}
          {opensAgain && (
            <p>
              <Phones text={opensAgain} known={known} />
            </p>
          )}
          {lineClosed && <h3 className="font-semibold">{t.openNowHeading}</h3>}
          <ul className="flex flex-col gap-1">
            {(lineClosed ? contacts.openNow : contacts.line).map((contact) => (
              <Contact key={contact.href} contact={contact} known={known} />
            ))}
          </ul>
          {(isFallback(state.phase) || lineClosed) && (
            <div>
              <h3 className="mt-2 font-semibold">{t.hoursHeading}</h3>
              <ul>
                {hoursText.map((line) => (
                  <li key={line}>
                    <Phones text={line} known={known} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {!isFallback(state.phase) && (
            <p className="text-sm text-muted">
              <Phones text={t.anonymous} known={known} />
            </p>
          )}
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
        {live && !confirming && (
          <div className="flex justify-end px-3 py-2">
            <button ref={endButton} type="button" className={`${button} border-current text-exit`} onClick={() => ask(true)}>
              {t.end}
            </button>
          </div>
        )}
        {live && confirming && (
          <div role="group" aria-labelledby="chatt-avsluta" className="flex flex-col gap-2 px-3 py-2">
            <p id="chatt-avsluta">{t.confirmEnd}</p>
            <div className="flex flex-wrap justify-end gap-2">
              <button type="button" className={`${button} border-current`} onClick={() => ask(false)}>
                {t.confirmNo}
              </button>
              <button ref={confirmButton} type="button" className={`${button} border-current text-exit`} onClick={() => controller.end()}>
                {t.confirmYes}
              </button>
            </div>
          </div>
        )}
        {(state.phase === 'ended' || state.phase === 'unavailable' || state.phase === 'slow') && (
          <div className="flex flex-wrap justify-end gap-2 px-3 py-2">
            <button type="button" className={`${button} border-current`} onClick={() => controller.restart()}>
              {state.phase === 'ended' ? t.restart : t.retry}
            </button>
            {state.phase === 'ended' && (
              <button type="button" className={`${button} border-current`} onClick={() => controller.close()}>
                {t.close}
              </button>
            )}
          </div>
        )}
      </section>
      {state.minimised && (
        <aside aria-label={t.title} lang={config.lang} dir={config.dir} className="no-print fixed bottom-4 end-4 z-30">
          <button type="button" className={`${button} border-brand bg-brand text-brand-ink shadow-xl`} onClick={() => controller.restore()}>
            {t.restore}{' '}
            {state.unread > 0 && (
              <span className="rounded-full bg-paper px-2 text-ink">
                <Text parts={fillParts(t.unreadBadge, { count: formatNumber(config, state.unread) })} known={known} link={false} />
              </span>
            )}
          </button>
          <p role="status" className="sr-only">
            {/* Read out, never seen: nothing in it to reach with the keyboard. */}
            <Text parts={minimisedNews} known={known} link={false} />
          </p>
        </aside>
      )}
    </>
  );
}
