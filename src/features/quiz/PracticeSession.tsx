import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import btn from '@/components/ui/Button.module.css';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { cx } from '@/components/ui/cx';
import { useLeaveGuard, type LeaveTest } from '@/components/ui/leave-guard';
import { canSubmit, isCorrect, type QuizQuestion } from '@/domain/quiz';
import { addTime, reviewAnswers, toggleChoice } from '@/domain/quiz-session';
import { selectAddQuizAttempt, useAppStore } from '@/store';
import { recordMany } from '@/store/recording';
import { quizStrings } from '@/strings/quiz';
import { AnswerReview, SourceQuotes } from './AnswerReview';
import { makeAttempt, type FinishedQuiz, type QuizSpec } from './attempt';
import { Icon } from './Icons';
import { QuestionCard } from './QuestionCard';
import { optionInputId, stemText } from './question-text';
import styles from './Quiz.module.css';
import { useQuizKeys, type KeyHandler } from './quiz-keys';

interface PracticeSessionProps {
  spec: QuizSpec;
  questions: readonly QuizQuestion[];
  startedAt: number;
  categoryName: (id: string) => string;
  keysRef: RefObject<KeyHandler | null>;
  onFinish: (finished: FinishedQuiz) => void;
  /** Ended before any answer: nothing to save. */
  onLeave: () => void;
}

/** Practice: one question at a time, and after each answer why every option is right or wrong. */
const leavesThePage: LeaveTest = ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname;

export function PracticeSession({ spec, questions, startedAt, categoryName, keysRef, onFinish, onLeave }: PracticeSessionProps) {
  const addQuizAttempt = useAppStore(selectAddQuizAttempt);
  const baseId = useId();
  const [index, setIndex] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [revealed, setRevealed] = useState(false);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [times, setTimes] = useState<Record<string, number>>({});
  const [message, setMessage] = useState('');
  const [confirmEnd, setConfirmEnd] = useState(false);
  const shownAt = useRef(startedAt);
  const stemRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  // Answers are recorded as they are given; leaving only loses the attempt's summary, so ask first.
  const blocker = useLeaveGuard(leavesThePage);
  const question = questions[index];
  const total = questions.length;
  const last = index + 1 >= total;

  // A new question or its feedback takes focus, so a screen reader reads it and the shortcuts stay active.
  useEffect(() => {
    (revealed ? feedbackRef : stemRef).current?.focus();
  }, [index, revealed]);

  const toggle = (optionId: string): void => {
    if (revealed || !question) return;
    setSelected((current) => toggleChoice(question, current, optionId));
    setMessage('');
  };

  const chooseIndex = (i: number): void => {
    const option = question?.options[i];
    if (!option) return;
    toggle(option.id);
    document.getElementById(optionInputId(baseId, i))?.focus();
  };

  const submit = (): void => {
    if (revealed || !question) return;
    if (!canSubmit(question, selected)) {
      setMessage(quizStrings.question.needMore(question.choose));
      return;
    }
    const now = Date.now();
    const given = { [question.id]: selected };
    recordMany(reviewAnswers([question], given), { now });
    setAnswers((current) => ({ ...current, ...given }));
    setTimes((current) => addTime(current, question.id, now - shownAt.current));
    setRevealed(true);
    setMessage('');
  };

  const finish = (): void => {
    const answered = questions.filter((q) => Object.hasOwn(answers, q.id));
    if (answered.length === 0) {
      onLeave();
      return;
    }
    const attempt = makeAttempt(spec, answered, answers, times, startedAt, Date.now());
    addQuizAttempt(attempt);
    onFinish({ attempt, questions: answered, spec, timedOut: false, flagged: [] });
  };

  const next = (): void => {
    if (!revealed) return;
    if (last) {
      finish();
      return;
    }
    setIndex(index + 1);
    setSelected([]);
    setRevealed(false);
    shownAt.current = Date.now();
  };

  useQuizKeys(
    keysRef,
    {
      optionCount: question?.options.length ?? 0,
      choose: revealed ? undefined : chooseIndex,
      enter: revealed ? next : submit,
      next: revealed ? next : undefined,
    },
  );

  if (!question) return null;

  const right = revealed && isCorrect(question, selected);
  const meta = <span>{categoryName(question.category)}</span>;

  return (
    <div className={styles.session}>
      <div className={styles.bar}>
        <p className={styles.count}>{quizStrings.question.count(index, total)}</p>
        <span className={styles.progressTrack} aria-hidden="true">
          <span className={styles.progressFill} style={{ inlineSize: `${Math.round(((index + (revealed ? 1 : 0)) / total) * 100)}%` }} />
        </span>
      </div>
      {index === 0 && total < spec.length ? <p className={styles.note}>{quizStrings.question.fewer(total, spec.length)}</p> : null}

      {revealed ? (
        <>
          <section className={styles.question} aria-labelledby={`${baseId}-stem`}>
            <p className={styles.meta}>{meta}</p>
            <h2 id={`${baseId}-stem`} className={styles.stem}>
              {stemText(question)}
            </h2>
          </section>
          <section className={cx(styles.feedback, right ? styles.isRight : styles.isWrong)} aria-labelledby={`${baseId}-feedback`}>
            <h3 id={`${baseId}-feedback`} ref={feedbackRef} tabIndex={-1} className={styles.feedbackHeading}>
              <Icon name={right ? 'right' : 'wrong'} />
              {right ? quizStrings.feedback.right : quizStrings.feedback.wrong}
            </h3>
            <p className={styles.feedbackLead}>{right ? quizStrings.feedback.rightLead : quizStrings.feedback.wrongLead(question.choose)}</p>
            <AnswerReview question={question} selected={selected} />
            <SourceQuotes question={question} />
          </section>
          <div className={styles.controls}>
            <button type="button" className={cx(btn.button, btn.primary)} onClick={next} aria-keyshortcuts="N">
              {last ? quizStrings.question.finish : quizStrings.question.next}
            </button>
            <span className={styles.spacer} />
            {last ? null : (
              <button type="button" className={btn.button} onClick={() => setConfirmEnd(true)}>
                {quizStrings.question.end}
              </button>
            )}
          </div>
        </>
      ) : (
        <form
          className={styles.session}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <QuestionCard question={question} baseId={baseId} meta={meta} selected={selected} onToggle={toggle} stemRef={stemRef} />
          <p role="alert" className={styles.message}>
            {message}
          </p>
          <div className={styles.controls}>
            <button type="submit" className={cx(btn.button, btn.primary)} aria-keyshortcuts="Enter">
              {quizStrings.question.submit}
            </button>
            <span className={styles.spacer} />
            <button type="button" className={btn.button} onClick={() => setConfirmEnd(true)}>
              {quizStrings.question.end}
            </button>
          </div>
        </form>
      )}

      <p className={styles.keys}>
        <span className="visually-hidden">{quizStrings.keys.label}: </span>
        {quizStrings.keys.practice}
      </p>

      <ConfirmDialog
        open={confirmEnd}
        title={quizStrings.question.endTitle}
        confirmLabel={quizStrings.question.endConfirm}
        cancelLabel={quizStrings.question.keepGoing}
        onCancel={() => setConfirmEnd(false)}
        onConfirm={() => {
          setConfirmEnd(false);
          finish();
        }}
      >
        <p>{quizStrings.question.endText(Object.keys(answers).length)}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={quizStrings.question.leaveTitle}
        confirmLabel={quizStrings.question.leaveConfirm}
        cancelLabel={quizStrings.question.keepGoing}
        onCancel={blocker.reset}
        onConfirm={blocker.proceed}
      >
        <p>{quizStrings.question.leaveText}</p>
      </ConfirmDialog>
    </div>
  );
}
