import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import type { Page, YouthSummary } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Paragraph } from '../../components/Heading';
import type { WorkItem } from '../worklist/types';
import { YouthCards } from './YouthCards';

/** Which youth list: the coach's own, or the youth of the lead's team(s), optionally of one coach; `q` searches by name. */
export interface YouthListParams { scope: 'mine' | 'team'; teamId?: string; coachId?: string; q?: string }

/** A page holds fifty: a coach's caseload (about twenty running) fits on one, a team's does not. */
const PAGE = 50;

function youthUrl(p: YouthListParams, limit: number, after: string) {
  const params = new URLSearchParams({ scope: p.scope, limit: String(limit) });
  if (p.teamId) params.set('teamId', p.teamId);
  if (p.coachId) params.set('coachId', p.coachId);
  if (p.q) params.set('q', p.q);
  if (after) params.set('after', after);
  return `/api/youth?${params.toString()}`;
}

export const youthListKey = (p: YouthListParams) => ['youth', p.scope, p.teamId ?? '', p.coachId ?? '', p.q ?? ''];

/** The list a page at a time: running trajectories first, then by name. */
export function useYouthPages(p: YouthListParams) {
  const query = useInfiniteQuery({
    queryKey: youthListKey(p),
    queryFn: ({ pageParam }) => get<Page<YouthSummary>>(youthUrl(p, PAGE, pageParam)),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((pg) => pg.items) ?? [], total: query.data?.pages[0]?.total ?? null };
}

/**
 * Every youth of a list, page after page — for a choice that must offer all of them (whose
 * youth to hand over, who may join a group), never for a list to read through.
 */
export async function fetchAllYouth(p: YouthListParams): Promise<YouthSummary[]> {
  const all: YouthSummary[] = [];
  let after = '';
  do {
    const page = await get<Page<YouthSummary>>(youthUrl(p, 200, after));
    all.push(...page.items);
    after = page.nextCursor ?? '';
  } while (after);
  return all;
}

/**
 * The cards of a paged list, "50 van 117" and a button for the next page. After loading more,
 * focus goes to the first new youth, so a keyboard or screen-reader user goes on where the list
 * grew instead of starting over at the top.
 */
export function PagedYouthCards({ list, signals }: { list: ReturnType<typeof useYouthPages>; signals?: Map<string, WorkItem> }) {
  const { t } = useTranslation();
  const wrapper = useRef<HTMLDivElement>(null);
  // The index of the first new card, focused once the new page is on the screen.
  const focusAt = useRef<number | null>(null);
  const shown = list.items.length;
  useEffect(() => {
    if (focusAt.current === null || shown <= focusAt.current) return;
    wrapper.current?.querySelectorAll<HTMLAnchorElement>('.spil-card__link')[focusAt.current]?.focus();
    focusAt.current = null;
  }, [shown]);
  const more = () => {
    focusAt.current = shown;
    void list.fetchNextPage();
  };
  if (list.isPending) return <Paragraph>{t('common.loading')}</Paragraph>;
  if (list.isError) return <Alert type="error">{t('errors.loadFailed')}</Alert>;
  return (
    <div ref={wrapper}>
      <YouthCards items={list.items} headingLevel={3} signals={signals} />
      {list.total !== null && list.hasNextPage ? (
        <div className="spil-actions">
          <Paragraph small>{t('youthList.shown', { shown: list.items.length, total: list.total })}</Paragraph>
          <Button onClick={more} busy={list.isFetchingNextPage} disabled={list.isFetchingNextPage}>{t('youthList.more')}</Button>
        </div>
      ) : null}
      {list.isFetchNextPageError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
    </div>
  );
}
