import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ContentError } from '@/domain/content-error';
import { Page } from '@/components/ui/Page';
import { en } from '@/strings/en';

/** Errors get a plain message; bad content lists every problem so an author can fix it. */
export function RouteError({ error }: { error: unknown }) {
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

interface BoundaryProps {
  /** A new key (the next page) clears the error. */
  resetKey: string;
  children: ReactNode;
}

/** Keeps the shell (header, navigation) when a page fails, and shows RouteError in its place. */
export class PageErrorBoundary extends Component<BoundaryProps, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.error ? <RouteError error={this.state.error} /> : this.props.children;
  }
}
