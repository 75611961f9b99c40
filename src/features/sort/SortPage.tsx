import { ComingSoon } from '@/components/ui/ComingSoon';
import { en } from '@/strings/en';

export function SortPage() {
  return <ComingSoon title={en.nav.sort} text={en.comingSoon.sort} />;
}
