import owners from '@/components/ui/Owner.module.css';
import type { BucketId } from '@/domain/sort';
import { BUCKET_TONES } from './sort-labels';
import styles from './Sort.module.css';

/** A bucket's colour class: the shared owner colours for an owner's tone, Sort's own for allowed and prohibited. */
export function toneClass(bucket: BucketId): string | undefined {
  const tone = BUCKET_TONES[bucket];
  return tone === 'allowed' || tone === 'prohibited' ? styles[tone] : owners[tone];
}
