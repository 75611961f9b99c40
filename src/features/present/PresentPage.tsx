import { ComingSoon } from '@/components/ui/ComingSoon';
import { en } from '@/strings/en';

export function PresentPage() {
  return <ComingSoon title={en.nav.present} text={en.comingSoon.present} />;
}
