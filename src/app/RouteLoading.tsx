import { en } from '@/strings/en';

export function RouteLoading() {
  return (
    <p role="status" style={{ padding: '1.5rem' }}>
      {en.loading}
    </p>
  );
}
