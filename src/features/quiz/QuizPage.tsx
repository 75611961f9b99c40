import { ComingSoon } from '@/components/ui/ComingSoon';
import { en } from '@/strings/en';

export function QuizPage() {
  return <ComingSoon title={en.nav.quiz} text={en.comingSoon.quiz} />;
}
