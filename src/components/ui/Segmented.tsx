import type { ReactNode } from 'react';
import type { Owner } from '@/domain/schema';
import { OWNERS } from '@/domain/vocabulary';
import { en } from '@/strings/en';
import { cx } from './cx';
import { OwnerIcon } from './OwnerIcon';
import styles from './Segmented.module.css';

interface SegmentsProps {
  /** 'accent' marks the chosen segment in the accent colour; by default it takes the segment's own colour. */
  tone?: 'default' | 'accent';
  children: ReactNode;
}

/** A row of segments (radios) that wraps on narrow screens. */
export function Segments({ tone = 'default', children }: SegmentsProps) {
  return <div className={cx(styles.segments, tone === 'accent' && styles.accent)}>{children}</div>;
}

interface SegmentProps {
  name: string;
  /** The radio's value in the form's data (FormData), if anything reads it. */
  value?: string;
  checked: boolean;
  onChange: () => void;
  /** Draws the segment in this owner's colour. */
  owner?: Owner | undefined;
  children: ReactNode;
}

/** One choice of a segmented radio group: a native radio, drawn as a 44 px segment. */
export function Segment({ name, value, checked, onChange, owner, children }: SegmentProps) {
  return (
    <label className={cx(styles.segment, owner && styles[owner])}>
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} />
      <span>{children}</span>
    </label>
  );
}

interface OwnerSegmentsProps {
  legend: string;
  /** The first segment's label, for "no owner chosen". */
  anyLabel: string;
  name: string;
  value: Owner | undefined;
  onChange: (owner: Owner | undefined) => void;
}

/** Filter by owner: "any" and each owner, with its icon and colour, as one segmented radio group. */
export function OwnerSegments({ legend, anyLabel, name, value, onChange }: OwnerSegmentsProps) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
      <Segments>
        <Segment name={name} value="" checked={!value} onChange={() => onChange(undefined)}>
          {anyLabel}
        </Segment>
        {OWNERS.map((owner) => (
          <Segment key={owner} name={name} value={owner} owner={owner} checked={value === owner} onChange={() => onChange(owner)}>
            <OwnerIcon owner={owner} />
            {en.owner[owner]}
          </Segment>
        ))}
      </Segments>
    </fieldset>
  );
}
