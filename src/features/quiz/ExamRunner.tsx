import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import btn from '@/components/ui/Button.module.css';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { cx } from '@/components/ui/cx';
import { Segment, Segments } from '@/components/ui/Segmented';
import { buildQuiz, type QuizQuestion } from '@/domain/quiz';
import { addTime, examOverview, reviewAnswers, toggleChoice, type QuestionStatus } from '@/domain/quiz-session';
import { selectAbandonExam, selectFinishExam, selectUpdateExam, useAppStore } from '@/store';
import { recordMany } from '@/store/recording';
import { useContent } from '@/store/content';
import type { ExamSession } from '@/store/study-slice';
import { quizStrings } from '@/strings/quiz';
import { makeAttempt, type FinishedQuiz, type QuizSpec } from './attempt';
import { ExamTimer } from './ExamTimer';
import { Icon } from './Icons';
import { QuestionCard } from './QuestionCard';
import { optionInputId, stemText } from './question-text';
import styles from './Quiz.module.css';
import { useQuizKeys, type KeyHandler } from './quiz-keys';

const FILTERS = ['all', 'unanswered', 'flagged'] as const;
type Filter = (typeof FILTERS)[number];

interface ExamRunnerProps {
  session: ExamSession;
  /** The session was already running when the page opened (a reload, or coming back to the tab). */
  resumed: boolean;
  categoryName: (id: string) => string;
  keysRef: RefObject<KeyHandler | null>;
  onSubmitted: (finished: FinishedQuiz) => void;
  onQuit: () => void;
}

function StatusTags({ status }: { status: QuestionStatus }) {
  return (
    <span className={styles.tags}>
      {status.answered ? (
        <span className={cx(styles.verdict, styles.isNeutral)}>
          <Icon name="right" />
          {quizStrings.exam.statusAnswered}
        </span>
      ) : (
        <span className={cx(styles.verdict, styles.isWrong)}>
          <Icon name="none" />
          {status.partial ? quizStrings.exam.statusPartial : quizStrings.exam.statusUnanswered}
        </span>
      )}{' '}
      {status.flagged ? (
        <span className={cx(styles.verdict, styles.isNeutral)}>
          <Icon name="flag" />
          {quizStrings.exam.statusFlagged}
        </span>
      ) : null}
    </span>
  );
}

function JumpButton({ status, question, onJump }: { status: QuestionStatus; question: QuizQuestion | undefined; onJump: (index: number) => void }) {
  return (
    <button type="button" className={styles.jump} onClick={() => onJump(status.index)}>
      <span className={styles.jumpTitle}>{quizStrings.exam.reviewItem(status.index)}</span> <StatusTags status={status} />{' '}
      <span className={styles.jumpStem}>{question ? stemText(question) : null}</span>
    </button>
  );
}

/**
 * The exam simulation: the session lives in the store (answers, flags, where
 * the learner is, the wall-clock deadline), so a reload resumes it with its
 * true remaining time; the questions are rebuilt from its seed. Nothing is
 * recorded until the exam is submitted, since answers can change until then.
 */
export function ExamRunner({ session, resumed, categoryName, keysRef, onSubmitted, onQuit }: ExamRunnerProps) {
  const content = useContent();
  const updateExam = useAppStore(selectUpdateExam);
  const finishExam = useAppStore(selectFinishExam);
  const abandonExam = useAppStore(selectAbandonExam);
  const { seed, length, minutes, sources, categories, answers, flagged, deadline } = session;
  const questions = useMemo(() => buildQuiz(content, { length, seed, sources, categories }), [content, length, seed, sources, categories]);
  const overview = useMemo(() => examOverview(questions, answers, flagged), [questions, answers, flagged]);
  const baseId = useId();
  const [reviewing, setReviewing] = useState(false);
  const [filter, setFilter] = useState<Filter>('all');
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const [confirmQuit, setConfirmQuit] = useState(false);
  const enteredAt = useRef<number | null>(null);
  const submitted = useRef(false);
  const stemRef = useRef<HTMLHeadingElement>(null);
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const index = Math.min(session.index, Math.max(0, questions.length - 1));
  const question = questions[index];
  const selected = question ? (answers[question.id] ?? []) : [];
  const isFlagged = question ? flagged.includes(question.id) : false;
  const last = index + 1 >= questions.length;

  // A question's time runs while it is on screen (time away from the page is not put on any question).
  useEffect(() => {
    enteredAt.current = reviewing ? null : Date.now();
  }, [index, reviewing]);

  useEffect(() => {
    (reviewing ? reviewRef : stemRef).current?.focus();
  }, [index, reviewing]);

  /** The time per question including the stretch on the current one, which restarts now. */
  const timesNow = (): Record<string, number> => {
    const at = enteredAt.current;
    const now = Date.now();
    if (!question || at === null) return session.msPerQuestion;
    enteredAt.current = now;
    return addTime(session.msPerQuestion, question.id, now - at);
  };

  const goTo = (target: number): void => {
    if (target < 0 || target >= questions.length) return;
    updateExam({ index: target, msPerQuestion: timesNow() });
    setReviewing(false);
  };

  const openReview = (): void => {
    updateExam({ msPerQuestion: timesNow() });
    setFilter('all');
    setReviewing(true);
  };

  const toggle = (optionId: string): void => {
    if (!question || reviewing) return;
    updateExam({ answers: { ...answers, [question.id]: toggleChoice(question, selected, optionId) } });
  };

  const chooseIndex = (i: number): void => {
    const option = question?.options[i];
    if (!option || reviewing) return;
    toggle(option.id);
    document.getElementById(optionInputId(baseId, i))?.focus();
  };

  const toggleFlag = (): void => {
    if (!question || reviewing) return;
    updateExam({ flagged: isFlagged ? flagged.filter((id) => id !== question.id) : [...flagged, question.id] });
  };

  const next = (): void => {
    if (reviewing) return;
    if (last) openReview();
    else goTo(index + 1);
  };

  const spec: QuizSpec = { mode: 'exam', length, minutes, categories, sources, seed };

  const submit = (timedOut: boolean): void => {
    if (submitted.current) return;
    submitted.current = true;
    const now = Date.now();
    const attempt = makeAttempt(spec, questions, answers, timesNow(), session.startedAt, timedOut ? Math.min(now, deadline) : now);
    recordMany(reviewAnswers(questions, answers), { now });
    finishExam(attempt);
    onSubmitted({ attempt, questions, spec, timedOut, flagged });
  };

  const requestSubmit = (): void => {
    if (overview.unanswered > 0) setConfirmSubmit(true);
    else submit(false);
  };

  useQuizKeys(
    keysRef,
    {
      optionCount: reviewing ? 0 : (question?.options.length ?? 0),
      choose: chooseIndex,
      enter: reviewing ? undefined : next,
      next: reviewing ? undefined : next,
      flag: reviewing ? undefined : toggleFlag,
    },
  );

  if (!question) {
    return (
      <div className={styles.session}>
        <p role="alert" className={styles.note}>
          {quizStrings.exam.missing}
        </p>
        <div className={styles.controls}>
          <button
            type="button"
            className={btn.button}
            onClick={() => {
              abandonExam();
              onQuit();
            }}
          >
            {quizStrings.exam.discard}
          </button>
        </div>
      </div>
    );
  }

  const shown = overview.questions.filter((s) => filter === 'all' || (filter === 'flagged' ? s.flagged : !s.answered));

  return (
    <div className={styles.session}>
      <div className={styles.bar}>
        <p className={styles.count}>{reviewing ? quizStrings.exam.answeredOf(overview.answered, questions.length) : quizStrings.question.count(index, questions.length)}</p>
        <span className={styles.progressTrack} aria-hidden="true">
          <span className={styles.progressFill} style={{ inlineSize: `${Math.round((overview.answered / questions.length) * 100)}%` }} />
        </span>
        <ExamTimer deadline={deadline} onExpire={() => submit(true)} />
      </div>
      {resumed ? (
        <p role="status" className={styles.note}>
          {quizStrings.exam.resumed}
        </p>
      ) : null}

      {reviewing ? (
        <section className={styles.question} aria-labelledby={`${baseId}-review`}>
          <h2 id={`${baseId}-review`} ref={reviewRef} tabIndex={-1} className={styles.stem}>
            {quizStrings.exam.reviewTitle}
          </h2>
          <p className={styles.instruction}>{quizStrings.exam.reviewSummary(overview.answered, overview.unanswered, overview.flagged)}</p>
          <fieldset className={styles.fieldset}>
            <legend>{quizStrings.exam.reviewFilterLegend}</legend>
            <Segments tone="accent">
              {FILTERS.map((value) => (
                <Segment key={value} name={`${baseId}-filter`} checked={filter === value} onChange={() => setFilter(value)}>
                  {quizStrings.exam.reviewFilters[value]}
                </Segment>
              ))}
            </Segments>
          </fieldset>
          {shown.length ? (
            <ul className={styles.reviewList} aria-label={quizStrings.exam.reviewListLabel}>
              {shown.map((status) => (
                <li key={status.id}>
                  <JumpButton status={status} question={questions[status.index]} onJump={goTo} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{quizStrings.exam.reviewNone[filter]}</p>
          )}
          <div className={styles.controls}>
            <button type="button" className={btn.button} onClick={() => goTo(index)}>
              {quizStrings.exam.backToQuestion(index)}
            </button>
            <button type="button" className={cx(btn.button, btn.primary)} onClick={requestSubmit}>
              {quizStrings.exam.submit}
            </button>
          </div>
        </section>
      ) : (
        <>
          <QuestionCard
            question={question}
            baseId={baseId}
            selected={selected}
            onToggle={toggle}
            stemRef={stemRef}
            meta={
              <>
                <span>{categoryName(question.category)}</span>
                {isFlagged ? (
                  <span className={styles.flagMark}>
                    <Icon name="flag" />
                    {quizStrings.exam.flagged}
                  </span>
                ) : null}
              </>
            }
          />
          <div className={styles.controls}>
            <button type="button" className={btn.button} onClick={() => goTo(index - 1)} disabled={index === 0}>
              {quizStrings.exam.previous}
            </button>
            <button type="button" className={cx(btn.button, isFlagged && styles.flagOn)} aria-pressed={isFlagged} aria-keyshortcuts="F" onClick={toggleFlag}>
              <Icon name="flag" />
              {quizStrings.exam.flag}
            </button>
            <button type="button" className={cx(btn.button, btn.primary)} aria-keyshortcuts="N Enter" onClick={next}>
              {last ? quizStrings.exam.review : quizStrings.exam.next}
            </button>
          </div>
          <div className={styles.controls}>
            {last ? null : (
              <button type="button" className={btn.button} onClick={openReview}>
                {quizStrings.exam.review}
              </button>
            )}
            <button type="button" className={btn.button} onClick={requestSubmit}>
              {quizStrings.exam.submit}
            </button>
            <span className={styles.spacer} />
            <button type="button" className={btn.button} onClick={() => setConfirmQuit(true)}>
              {quizStrings.exam.quit}
            </button>
          </div>
          <p className={styles.keys}>
            <span className="visually-hidden">{quizStrings.keys.label}: </span>
            {quizStrings.keys.exam}
          </p>
        </>
      )}

      <ConfirmDialog
        open={confirmSubmit}
        title={quizStrings.exam.submitTitle}
        confirmLabel={quizStrings.exam.submitConfirm}
        cancelLabel={quizStrings.exam.cancel}
        onCancel={() => setConfirmSubmit(false)}
        onConfirm={() => {
          setConfirmSubmit(false);
          submit(false);
        }}
      >
        <p>{quizStrings.exam.submitText(overview.unanswered)}</p>
        {overview.flagged ? <p>{quizStrings.exam.submitFlagged(overview.flagged)}</p> : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmQuit}
        title={quizStrings.exam.quitTitle}
        confirmLabel={quizStrings.exam.quitConfirm}
        cancelLabel={quizStrings.exam.cancel}
        danger
        onCancel={() => setConfirmQuit(false)}
        onConfirm={() => {
          setConfirmQuit(false);
          abandonExam();
          onQuit();
        }}
      >
        <p>{quizStrings.exam.quitText}</p>
      </ConfirmDialog>
    </div>
  );
}
