import { lazy, Suspense } from 'react';
import { selectProgress, useAppStore } from '@/store';
import { START } from './step';
import { StepBox } from './StepBox';

// The plan needs the content and the scheduler: a new learner's first visit loads neither.
const PlannedStep = lazy(() => import('./PlannedStep').then((m) => ({ default: m.PlannedStep })));

/**
 * The one thing that helps most now: due reviews, then misconceptions, then
 * new items, then a quiz. A new learner is told to start without loading the
 * content; a returning learner's plan waits for it.
 */
export function NextStep() {
  const progress = useAppStore(selectProgress);
  if (Object.keys(progress.memory).length === 0) return <StepBox step={START} />;
  return (
    <Suspense fallback={<StepBox step={START}>{null}</StepBox>}>
      <PlannedStep progress={progress} />
    </Suspense>
  );
}

