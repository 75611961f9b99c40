import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy routes load real chunks: give findBy/waitFor room on a busy machine.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // The app's store saves when the browser is idle: write what is pending now, as a closing page would,
  // before the test's window goes away.
  if (typeof window !== 'undefined') window.dispatchEvent(new Event('pagehide'));
  // Tests in the node environment (the prerender) have no localStorage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
