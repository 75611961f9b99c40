import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'react-router';
import { Page } from '@/components/ui/Page';
import { buildQuiz, examDeadline, type QuizQuestion } from '@/domain/quiz';
import { selectExamSession, selectStartExam, useAppStore } from '@/store';
import { useContent } from '@/store/content';
import { quizStrings } from '@/strings/quiz';
import { en } from '@/strings/en';
import type { FinishedQuiz, QuizSpec } from './attempt';
import { ExamRunner } from './ExamRunner';
import { PracticeSession } from './PracticeSession';
import styles from './Quiz.module.css';
import type { KeyHandler } from './quiz-keys';
import { QuizResult } from './QuizResult';
import { QuizSetup } from './QuizSetup';
import { RecentAttempts } from './RecentAttempts';

type View =
  | { readonly kind: 'setup' }
  | { readonly kind: 'practice'; readonly spec: QuizSpec; readonly questions: readonly QuizQuestion[]; readonly startedAt: number }
  | { readonly kind: 'result'; readonly finished: FinishedQuiz };

/**
 * The quiz: set up, practise or sit the exam, see the result. An exam in
 * progress lives in the store, so whenever there is one this page resumes it
 * (and submits it at once if its time ran out while the page was closed).
 */
export function QuizPage() {
  const content = useContent();
  const session = useAppStore(selectExamSession);
  const startExam = useAppStore(selectStartExam);
  const { search } = useLocation();
  const [view, setView] = useState<View>({ kind: 'setup' });
  // The exam that was already running when the page opened is "resumed"; one started here is not.
  const [openedWith] = useState(() => session?.startedAt ?? null);
  const keysRef = useRef<KeyHandler | null>(null);
  const names = useMemo(() => new Map(content.categories.map((c) => [c.id, c.name])), [content.categories]);
  const categoryName = (id: string): string => names.get(id) ?? id;

  const screen = session ? 'exam' : view.kind;
  // Each screen change puts focus on the page heading, as a page change does, except a new question, which focuses itself.
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    if (screen === 'setup' || screen === 'result') document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, [screen]);

  const start = (spec: QuizSpec): void => {
    const startedAt = Date.now();
    if (spec.mode === 'exam') {
      startExam({
        seed: spec.seed,
        length: spec.length,
        minutes: spec.minutes,
        categories: [...spec.categories],
        sources: spec.sources,
        startedAt,
        deadline: examDeadline(startedAt, spec.minutes),
        answers: {},
        flagged: [],
        index: 0,
        msPerQuestion: {},
      });
      setView({ kind: 'setup' });
      return;
    }
    setView({ kind: 'practice', spec, startedAt, questions: buildQuiz(content, spec) });
  };

  const title = screen === 'exam' ? quizStrings.examTitle : screen === 'practice' ? quizStrings.practiceTitle : screen === 'result' ? quizStrings.resultTitle : quizStrings.title;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => keysRef.current?.(event);

  return (
    // Single-key shortcuts work only while focus is inside the quiz (WCAG 2.1.4); clicking anywhere in it keeps them on.
    <div className={styles.quiz} tabIndex={-1} onKeyDown={onKeyDown}>
      <Page title={title} documentTitle={title === quizStrings.title ? en.nav.quiz : `${title} · ${en.nav.quiz}`} lead={screen === 'setup' ? quizStrings.lead : undefined}>
        {session ? (
          <ExamRunner
            key={session.startedAt}
            session={session}
            resumed={session.startedAt === openedWith}
            categoryName={categoryName}
            keysRef={keysRef}
            onSubmitted={(finished) => setView({ kind: 'result', finished })}
            onQuit={() => setView({ kind: 'setup' })}
          />
        ) : view.kind === 'practice' ? (
          <PracticeSession
            key={view.startedAt}
            spec={view.spec}
            questions={view.questions}
            startedAt={view.startedAt}
            categoryName={categoryName}
            keysRef={keysRef}
            onFinish={(finished) => setView({ kind: 'result', finished })}
            onLeave={() => setView({ kind: 'setup' })}
          />
        ) : view.kind === 'result' ? (
          <QuizResult
            finished={view.finished}
            categoryName={categoryName}
            onNew={() => setView({ kind: 'setup' })}
            onAgain={() => start({ ...view.finished.spec })}
          />
        ) : (
          <>
            <QuizSetup key={search} onStart={start} />
            <RecentAttempts />
          </>
        )}
      </Page>
    </div>
  );
}
