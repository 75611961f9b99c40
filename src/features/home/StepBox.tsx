import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { en } from '@/strings/en';
import styles from './HomePage.module.css';
import type { Step } from './step';



export function StepBox({ step, children }: { step: Step; children?: ReactNode }) {
  return (
    <section className={styles.next} aria-labelledby="next-title">
      <h2 id="next-title" className={styles.nextTitle}>
        {en.next.title}
      </h2>
      {children ?? (
        <>
          <p>{step.text}</p>
          <p className={styles.nextActions}>
            <Link className={styles.cta} to={step.to}>
              {step.label}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

