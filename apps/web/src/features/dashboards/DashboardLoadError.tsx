import { describeError } from '../../shared/errors/describe-error';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';

const FINAL = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

/** A dashboard could not be loaded: the reason in words, and "Try again" where that may help. */
export function DashboardLoadError({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const described = describeError(error);
  return <ErrorNotice title={title} message={described.message} onRetry={described.code && FINAL.has(described.code) ? undefined : onRetry} />;
}
