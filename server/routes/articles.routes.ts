import { setPublicCache } from '../http/cache-headers';
import { articleDetailSchema } from '../schemas/event.schema';
import { idParams } from '../schemas/query-params';
import { getArticleDetail } from '../services/article.service';
import { problemResponses } from './problem-responses';
import { defineRoute } from './route';
import { readDbFor } from '../services/read-db';

export const articleRoute = defineRoute({
  operationId: 'getArticle',
  path: '/api/v1/articles/:id',
  summary: 'One article with its text and the quotes (offsets) that produced events',
  tags: ['articles'],
  params: idParams,
  responses: { 200: { description: 'the article', content: { 'application/json': articleDetailSchema } }, ...problemResponses(400, 404) },
  async handle({ params, req, res, ctx }) {
    const article = await getArticleDetail(readDbFor(ctx, req), params.id);
    setPublicCache(res);
    res.json(article);
  },
});
