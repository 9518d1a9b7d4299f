import { z } from 'zod';
import { reasonSchema } from '../article-fields';

export const articleRetractedV1Schema = z.object({ reason: reasonSchema });
export type ArticleRetractedV1 = z.infer<typeof articleRetractedV1Schema>;
