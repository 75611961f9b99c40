/** Small decorative icons: a verdict or a flag always has its word next to it. */
type IconName = 'right' | 'wrong' | 'none' | 'flag';

export function Icon({ name }: { name: IconName }) {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      {name === 'right' && <path fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" d="m5 12.5 4.5 4.5L19 7" />}
      {name === 'wrong' && <path fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" d="M6 6l12 12M18 6 6 18" />}
      {name === 'none' && <path fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" d="M6 12h12" />}
      {name === 'flag' && <path fill="currentColor" d="M5 3h2v18H5zM8 4h10l-2.5 4L18 12H8z" />}
    </svg>
  );
}
