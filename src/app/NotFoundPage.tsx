import { Link } from 'react-router';
import { Page } from '@/components/ui/Page';
import { en } from '@/strings/en';

export function NotFoundPage() {
  return (
    <Page title={en.notFound.title} lead={en.notFound.text}>
      <Link to="/">{en.notFound.home}</Link>
    </Page>
  );
}
