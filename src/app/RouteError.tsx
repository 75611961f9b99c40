import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ContentError } from '@/domain/validate';
import { Page } from '@/components/ui/Page';
import { en } from '@/strings/en';
import { NotFoundPage } from './NotFoundPage';

/** Errors get a plain message; bad content lists every problem so an author can fix it. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (error instanceof ContentError) {
    return (
      <Page title={en.errors.contentTitle} lead={en.errors.contentText}>
        <ul>
          {error.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </Page>
    );
  }
  return (
    <Page title={en.errors.title} lead={en.errors.unexpected}>
      <button type="button" onClick={() => window.location.reload()}>
        {en.errors.reload}
      </button>
    </Page>
  );
}
