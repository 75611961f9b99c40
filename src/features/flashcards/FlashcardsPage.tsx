import { ComingSoon } from '@/components/ui/ComingSoon';
import { en } from '@/strings/en';

export function FlashcardsPage() {
  return <ComingSoon title={en.nav.flashcards} text={en.comingSoon.flashcards} />;
}
