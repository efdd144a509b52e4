/** Write action plan: the writer lands with issue #4; until then the command says so. */
import { t } from '../core/messages';
import { userLocale } from './locale';
import { toast } from './menu';

export function writeActionPlan(): { sheet: string; message: string } {
  const message = t(userLocale(), 'plan.notYet');
  toast(message);
  return { sheet: '', message };
}
