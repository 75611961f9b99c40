import { ComingSoon } from '@/components/ui/ComingSoon';
import { en } from '@/strings/en';

export function ProgressPage() {
  return <ComingSoon title={en.nav.progress} text={en.comingSoon.progress} />;
}
