/** Every exercise on the site, in order, with its link: the learner's progress counts over it. */
import { exercises } from '../exercises/catalogue.ts';
import type { ProgressEntry } from '../presentation/progress.ts';
import { exerciseRoute, sitePath } from '../presentation/urls.ts';

export const exerciseOrder: ProgressEntry[] = exercises.map((e) => ({ key: e.key, title: e.title, href: sitePath(exerciseRoute(e.page, e.id)) }));
