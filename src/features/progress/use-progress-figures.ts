import { useMemo } from 'react';
import { activityByDay, masteryByCategory, misconceptions, readiness, studyStreak } from '@/domain/insights';
import { dueForecast, dueItemIds } from '@/domain/progress';
import type { Content } from '@/domain/schema';
import type { Progress } from '@/domain/progress-schema';
import type { Settings } from '@/store/settings-slice';

/** Parses the learner's YYYY-MM-DD exam date as the start of that local day. */
export function examTime(examDate: string | null): number | undefined {
  if (!examDate) return undefined;
  const [y, m, d] = examDate.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  return new Date(y, m - 1, d, 9, 0).getTime();
}

/** Everything the Progress page shows, derived from progress at `now` (computed once per change). */
export function useProgressFigures(content: Content, progress: Progress, settings: Settings, now: number, offset: number) {
  return useMemo(() => {
    const ids = content.items.map((item) => item.id);
    const forecast = dueForecast(progress, ids, now, 8, offset);
    return {
      mastery: masteryByCategory(progress, content.items, content.categories, now),
      misconceptions: misconceptions(progress, content.items),
      streak: studyStreak(progress, now, offset),
      activity: activityByDay(progress, offset),
      readiness: readiness(progress, ids, now, examTime(settings.examDate)),
      dueNow: dueItemIds(progress, ids, now).length,
      // forecast[0] counts everything due by the end of today; the next seven days follow.
      forecast: forecast.slice(1),
      answers: progress.events.length + Object.values(progress.folded).reduce((sum, t) => sum + t.reviews, 0),
    };
  }, [content, progress, settings.examDate, now, offset]);
}
