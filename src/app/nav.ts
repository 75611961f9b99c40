import { en } from '@/strings/en';

/** The main navigation, in order. */
export const NAV_LINKS = [
  { to: '/', label: en.nav.home },
  { to: '/model', label: en.nav.model },
  { to: '/flashcards', label: en.nav.flashcards },
  { to: '/sort', label: en.nav.sort },
  { to: '/quiz', label: en.nav.quiz },
  { to: '/progress', label: en.nav.progress },
  { to: '/present', label: en.nav.present },
  { to: '/settings', label: en.nav.settings },
] as const;
