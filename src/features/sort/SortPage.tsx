import { useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { buildRound, parseRoundSpec, roundSearch, roundSpecProblem, type SortRound, type SortRoundSpec } from '@/domain/sort';
import { useContent } from '@/store/content';
import { SortRoundView } from './SortRoundView';
import { SortStart } from './SortStart';
import { FEEDBACK_PARAM, feedbackFrom, type FeedbackMode, type LinkProblem } from './sort-labels';

/** A "retry my mistakes" round, played at the URL of the round it retries (links do not carry item lists). */
interface Override {
  readonly search: string;
  readonly spec: SortRoundSpec;
  readonly n: number;
}

type View = { readonly kind: 'start'; readonly problem?: LinkProblem } | { readonly kind: 'round'; readonly round: SortRound };

/** Where a learner asked to see the round from the start screen, focus goes to the round's heading. */
interface FocusState {
  readonly focusRound: true;
}

function isFocusState(state: unknown): state is FocusState {
  return typeof state === 'object' && state !== null && 'focusRound' in state && state.focusRound === true;
}

function searchFor(spec: Pick<SortRoundSpec, 'kind' | 'service' | 'seed'>, feedback: FeedbackMode): string {
  return `?${roundSearch(spec)}${feedback === 'end' ? `&${FEEDBACK_PARAM}=end` : ''}`;
}

/** The start screen's address for a kind of round, keeping the learner's choices. */
function startSearch(spec: Pick<SortRoundSpec, 'kind' | 'service'>, feedback: FeedbackMode): string {
  const params = new URLSearchParams({ kind: spec.kind });
  if (spec.kind === 'service' && spec.service) params.set('service', spec.service);
  if (feedback === 'end') params.set(FEEDBACK_PARAM, 'end');
  return `?${params.toString()}`;
}

/** A seed from the clock, taken in an event handler (never during render). */
const clockSeed = (): number => Date.now() >>> 0;

/**
 * /sort shows the start screen; /sort?kind=…&seed=… plays that exact round.
 * A link without a seed opens the start screen with its choices made.
 */
export function SortPage() {
  const { items } = useContent();
  const location = useLocation();
  const navigate = useNavigate();
  const { search } = location;
  const [override, setOverride] = useState<Override | null>(null);
  const active = override?.search === search ? override : null;

  const view = useMemo((): View => {
    const params = new URLSearchParams(search);
    if (!params.has('seed')) return { kind: 'start' };
    const spec = parseRoundSpec(params, 0);
    // parseRoundSpec falls back to the seed it is given when the link's is unreadable: two fallbacks that differ tell.
    if (parseRoundSpec(params, 1).seed !== spec.seed) return { kind: 'start', problem: 'invalid-link-seed' };
    const wanted = active?.spec ?? spec;
    const problem = roundSpecProblem(items, wanted);
    return problem ? { kind: 'start', problem } : { kind: 'round', round: buildRound(items, wanted) };
  }, [items, search, active]);

  const feedback = feedbackFrom(new URLSearchParams(search));

  if (view.kind === 'start') {
    return (
      <SortStart
        key={search}
        problem={view.problem}
        onStart={(spec, mode) => navigate({ search: searchFor({ ...spec, seed: clockSeed() }, mode) }, { state: { focusRound: true } satisfies FocusState })}
      />
    );
  }

  const { round } = view;
  return (
    <SortRoundView
      key={`${search}#${active?.n ?? 0}`}
      round={round}
      feedback={feedback}
      retry={active !== null}
      focusOnStart={isFocusState(location.state) || active !== null}
      link={searchFor(round, feedback)}
      onRetry={(spec) => setOverride({ search, spec, n: (active?.n ?? 0) + 1 })}
      onPlayAgain={() => {
        setOverride(null);
        navigate({ search: searchFor({ kind: round.kind, service: round.service, seed: clockSeed() }, feedback) }, { state: { focusRound: true } satisfies FocusState });
      }}
      onLeave={() => {
        setOverride(null);
        navigate({ search: startSearch(round, feedback) });
      }}
    />
  );
}
