import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy routes load real chunks: give findBy/waitFor room on a busy machine.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // Tests in the node environment (the prerender) have no localStorage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
