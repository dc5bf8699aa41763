// The "Publicering" tool: what the publish worker last did and is doing, what the live build
// warned about (each warning a link to its document), and which articles are overdue for review.
// Read only. All decisions about the data are in ./status.ts; this file fetches and lays out.
import { Badge, Box, Button, Card, Container, Flex, Heading, Spinner, Stack, Text } from '@sanity/ui';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useClient, type Tool } from 'sanity';
import { IntentLink } from 'sanity/router';
import { apiVersion } from '../../env';
import { OVERDUE_REVIEW_FILTER } from '../../../src/lib/review';
import { overdueView, readStatusResponse, statusRequestHeaders, statusView, type KnownDocument, type OverdueReview, type StatusResult } from './status';
import { todayIn } from '../../../src/lib/today';

export type PublishingToolOptions = { statusUrl: string; statusToken: string };

/** How often the open tool asks the worker again: a publish takes tens of seconds. */
const REFRESH_MS = 10_000;
const FETCH_TIMEOUT_MS = 8_000;

const DOCUMENTS_QUERY = `*[_id in $ids]{ _id, _type, "title": coalesce(title, name) }`;
const OVERDUE_QUERY = `*[_type == "article" && ${OVERDUE_REVIEW_FILTER}]{ "documentId": _id, "title": coalesce(title, ""), nextReview }`;

type StatusState = { result: StatusResult | null; fetchedAt: Date | null; loading: boolean };

function useWorkerStatus(statusUrl: string, statusToken: string) {
  const [state, setState] = useState<StatusState>({ result: null, fetchedAt: null, loading: !!statusUrl });
  const refresh = useCallback(async () => {
    if (!statusUrl) return;
    setState((previous) => ({ ...previous, loading: true }));
    let result: StatusResult;
    try {
      const response = await fetch(statusUrl, { cache: 'no-store', headers: statusRequestHeaders(statusToken), signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      result = readStatusResponse(statusUrl, { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() }, { tokenSent: !!statusToken });
    } catch {
      result = { ok: false, errors: [`Publiceringstjänsten (${statusUrl}) svarar inte. Webbplatsen påverkas inte av det; försök igen om en stund.`] };
    }
    setState({ result, fetchedAt: new Date(), loading: false });
  }, [statusUrl, statusToken]);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  return { ...state, refresh };
}

/** Types and titles of the documents the status names, for links that open them for editing. */
function useDocuments(ids: string[]) {
  const client = useClient({ apiVersion });
  const [documents, setDocuments] = useState<ReadonlyMap<string, KnownDocument>>(new Map());
  const key = ids.join('\n');
  useEffect(() => {
    if (!key) return;
    let current = true;
    client
      .fetch<Array<{ _id: string; _type: string; title: string | null }>>(DOCUMENTS_QUERY, { ids: key.split('\n') }, { perspective: 'published' })
      .then((found) => current && setDocuments(new Map(found.map((doc) => [doc._id, { type: doc._type, title: doc.title ?? undefined }]))))
      // Without them the links still open the document by id; the Studio looks up its type.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client, key]);
  return documents;
}

/** Overdue reviews as the Studio sees them now; null until answered or when the query fails. */
function useOverdueReviews(today: string, refreshedAt: Date | null) {
  const client = useClient({ apiVersion });
  const [reviews, setReviews] = useState<OverdueReview[] | null>(null);
  useEffect(() => {
    let current = true;
    client
      .fetch<OverdueReview[]>(OVERDUE_QUERY, { today }, { perspective: 'published' })
      .then((found) => current && setReviews(found))
      .catch(() => current && setReviews(null));
    return () => {
      current = false;
    };
  }, [client, today, refreshedAt]);
  return reviews;
}

function DocumentLink({ documentId, type, children }: { documentId: string; type?: string; children: ReactNode }) {
  return (
    <IntentLink intent="edit" params={type ? { id: documentId, type } : { id: documentId }}>
      {children}
    </IntentLink>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card as="section" padding={4} radius={2} border>
      <Stack gap={4}>
        <Heading as="h2" size={1}>
          {title}
        </Heading>
        {children}
      </Stack>
    </Card>
  );
}

function StatusSections({ result, now }: { result: Extract<StatusResult, { ok: true }>; now: Date }) {
  const { status } = result;
  const ids = useMemo(() => [...new Set([...status.warnings.map((w) => w.documentId), ...(status.lastFailure?.documents.map((d) => d.documentId) ?? [])])].sort(), [status]);
  const view = statusView(status, now, useDocuments(ids));
  return (
    <>
      <Card padding={4} radius={2} tone={view.activity.tone === 'caution' ? 'caution' : 'transparent'} border>
        <Flex align="center" gap={3}>
          {status.state === 'building' && <Spinner muted />}
          <Text>{view.activity.text}</Text>
        </Flex>
      </Card>

      <Section title="Senaste lyckade publicering">
        {view.lastSuccess ? (
          <Stack gap={3}>
            <Text>
              {view.lastSuccess.when} ({view.lastSuccess.at})
            </Text>
            <Text muted>
              Bygget tog {view.lastSuccess.duration} och gav {view.lastSuccess.pages}.
            </Text>
          </Stack>
        ) : (
          <Text>Ingen publicering har lyckats sedan publiceringstjänsten startade.</Text>
        )}
      </Section>

      {view.lastFailure && (
        <Card as="section" padding={4} radius={2} tone={view.lastFailure.superseded ? 'transparent' : 'critical'} border>
          <Stack gap={4}>
            <Heading as="h2" size={1}>
              {view.lastFailure.superseded ? 'Tidigare misslyckad publicering' : 'Senaste publiceringen misslyckades'}
            </Heading>
            <Text>
              {view.lastFailure.when} ({view.lastFailure.at}).{' '}
              {view.lastFailure.superseded ? 'En senare publicering har lyckats, så webbplatsen är aktuell.' : 'Besökarna ser fortfarande den senast lyckade versionen av webbplatsen.'}
            </Text>
            <Text weight="semibold">Orsak: {view.lastFailure.reason}</Text>
            {view.lastFailure.documents.length > 0 && (
              <Stack as="ul" gap={3}>
                {view.lastFailure.documents.map((doc) => (
                  <Box as="li" key={`${doc.documentId}/${doc.field}`}>
                    <Text>
                      <DocumentLink documentId={doc.documentId} type={doc.type}>
                        {doc.title}
                      </DocumentLink>
                      {doc.field && ` – fält: ${doc.field}`}
                    </Text>
                  </Box>
                ))}
              </Stack>
            )}
          </Stack>
        </Card>
      )}

      <Section title={`Varningar i det publicerade bygget (${view.warningCount})`}>
        {view.warningGroups.length === 0 ? (
          <Text>Inga varningar: allt publicerat innehåll kom med på webbplatsen.</Text>
        ) : (
          <Stack gap={4}>
            <Text muted>Det som varningen gäller saknas på webbplatsen tills det är rättat och publicerat igen.</Text>
            <Stack as="ul" gap={4}>
              {view.warningGroups.map((group) => (
                <Stack as="li" gap={2} key={group.documentId}>
                  <Text weight="semibold">
                    <DocumentLink documentId={group.documentId} type={group.type}>
                      {group.title}
                    </DocumentLink>
                  </Text>
                  <Stack as="ul" gap={2} paddingLeft={3}>
                    {group.warnings.map((warning) => (
                      <Box as="li" key={`${warning.field}/${warning.message}`}>
                        <Text size={1}>
                          {warning.field ? `${warning.field}: ` : ''}
                          {warning.message}
                        </Text>
                      </Box>
                    ))}
                  </Stack>
                </Stack>
              ))}
            </Stack>
          </Stack>
        )}
      </Section>
    </>
  );
}

function OverdueSection({ reviews }: { reviews: ReturnType<typeof overdueView> }) {
  return (
    <Section title={`Försenade granskningar (${reviews.length})`}>
      {reviews.length === 0 ? (
        <Text>Inga artiklar har en försenad granskning.</Text>
      ) : (
        <Stack as="ul" gap={3}>
          {reviews.map((review) => (
            <Flex as="li" key={review.documentId} gap={3} align="center" wrap="wrap">
              <Text>
                <DocumentLink documentId={review.documentId} type="article">
                  {review.title}
                </DocumentLink>
              </Text>
              <Badge tone="caution">
                granskas senast {review.nextReview}, {review.late}
              </Badge>
            </Flex>
          ))}
        </Stack>
      )}
    </Section>
  );
}

export function PublishingTool({ tool }: { tool: Tool<PublishingToolOptions> }) {
  const statusUrl = tool.options?.statusUrl ?? '';
  const { result, fetchedAt, loading, refresh } = useWorkerStatus(statusUrl, tool.options?.statusToken ?? '');
  const now = fetchedAt ?? new Date();
  const today = todayIn(undefined, now);
  const studioOverdue = useOverdueReviews(today, fetchedAt);
  const overdue = overdueView(studioOverdue, result?.ok ? result.status.overdueReviews : [], today);

  return (
    <Container width={2} paddingX={4} paddingY={5}>
      <Stack gap={4}>
        <Flex align="center" justify="space-between" gap={3} wrap="wrap">
          <Heading as="h1" size={3}>
            Publicering
          </Heading>
          {statusUrl && <Button text="Uppdatera" mode="ghost" onClick={() => void refresh()} disabled={loading} />}
        </Flex>
        <Text muted role="status">
          {!statusUrl
            ? 'Publiceringsstatusen visas inte: Studion har ingen adress till publiceringstjänsten (SANITY_STUDIO_PUBLISH_STATUS_URL).'
            : loading && !fetchedAt
              ? 'Hämtar status …'
              : fetchedAt && `Status hämtad ${fetchedAt.toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm' })}; uppdateras var tionde sekund.`}
        </Text>

        {result && !result.ok && (
          <Card padding={4} radius={2} tone="critical" border>
            <Stack gap={3}>
              <Heading as="h2" size={1}>
                Statusen kunde inte läsas
              </Heading>
              <Stack as="ul" gap={2}>
                {result.errors.map((error) => (
                  <Box as="li" key={error}>
                    <Text size={1}>{error}</Text>
                  </Box>
                ))}
              </Stack>
            </Stack>
          </Card>
        )}
        {result?.ok && <StatusSections result={result} now={now} />}

        <OverdueSection reviews={overdue} />
      </Stack>
    </Container>
  );
}
