import type { Owner } from '@/domain/schema';

/** Each owner's icon, so ownership never rests on colour alone. Decorative: the word always goes with it. */
export function OwnerIcon({ owner, className }: { owner: Owner; className?: string | undefined }) {
  return (
    <svg className={className} viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      {owner === 'customer' && (
        <path
          fill="currentColor"
          d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm0 2c-4.4 0-8 2.2-8 5v2h16v-2c0-2.8-3.6-5-8-5Z"
        />
      )}
      {owner === 'aws' && (
        <path
          fill="currentColor"
          d="M18.5 10.1A6.5 6.5 0 0 0 6 8.4 5 5 0 0 0 6.5 18.4h11.8a4.2 4.2 0 0 0 .2-8.3Z"
        />
      )}
      {owner === 'shared' && (
        <g fill="none" stroke="currentColor" strokeWidth="2.4">
          <circle cx="8.5" cy="12" r="5.5" />
          <circle cx="15.5" cy="12" r="5.5" />
        </g>
      )}
    </svg>
  );
}
