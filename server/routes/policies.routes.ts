import type { Response } from 'express';
import { apiKeyOf } from '../middleware/auth';
import { setPublicCache } from '../http/cache-headers';
import { requestUrl } from '../http/request-url';
import { idParams } from '../schemas/query-params';
import { linkBody, policiesQuerySchema, policyDetailSchema, policyListSchema, policyMergeBody, renameBody, unlinkParams } from '../schemas/policy.schema';
import { getPolicyHistory, linkEvent, mergePolicies, renamePolicy, unlinkEvent, type PolicyChange } from '../services/policy-curation.service';
import { getPolicyDetail, listPolicies } from '../services/policy.service';
import { problemResponses } from './problem-responses';
import { defineRoute } from './route';
import { ifMatchVersion, versionTag } from './write-route';

/** Policies: reads are public like the timeline; changes need an editor key and If-Match with the policy's version. */

const changed = { 200: { description: "the policy's id and new version, with its new ETag" } };
const editErrors = problemResponses(400, 404, 409, 412, 428);

function sendChange(res: Response, change: PolicyChange): void {
  res.setHeader('ETag', versionTag(change.version));
  res.setHeader('Cache-Control', 'no-store');
  res.json(change);
}

export const policyRoutes = [
  defineRoute({
    operationId: 'listPolicies',
    path: '/api/v1/policies',
    summary: "Policies (an instrument or case followed through its life) holding an event that matches the timeline's filters",
    tags: ['policies'],
    query: policiesQuerySchema,
    responses: { 200: { description: 'one page of policies, by id', content: { 'application/json': policyListSchema } }, ...problemResponses(400) },
    async handle({ query, res, ctx }) {
      const page = await listPolicies(ctx.db, query);
      setPublicCache(res);
      res.json(page);
    },
  }),
  defineRoute({
    operationId: 'getPolicy',
    path: '/api/v1/policies/:id',
    summary: 'One policy: its events in order with their sources and the cue that linked each, its stage and status, its lifecycle steps',
    tags: ['policies'],
    params: idParams,
    responses: { 200: { description: 'the policy', content: { 'application/json': policyDetailSchema } }, ...problemResponses(400, 404) },
    async handle({ params, req, res, ctx }) {
      const policy = await getPolicyDetail(ctx.db, params.id, requestUrl(req).origin);
      setPublicCache(res);
      res.setHeader('ETag', versionTag(policy.version));
      res.json(policy);
    },
  }),
  defineRoute({
    operationId: 'getPolicyHistory',
    path: '/api/v1/policies/:id/history',
    summary: "A policy's change history, oldest first: the importer's links with their cues, and every editor's change",
    tags: ['policies'],
    params: idParams,
    responses: { 200: { description: 'the change history' }, ...problemResponses(400, 404) },
    async handle({ params, res, ctx }) {
      const history = await getPolicyHistory(ctx.db, params.id);
      if (history.version !== null) res.setHeader('ETag', versionTag(history.version));
      res.setHeader('Cache-Control', 'no-cache');
      res.json(history);
    },
  }),
  defineRoute({
    operationId: 'renamePolicy',
    method: 'patch',
    path: '/api/v1/policies/:id',
    summary: 'Rename a policy',
    tags: ['policies'],
    role: 'editor',
    params: idParams,
    body: renameBody,
    responses: { ...changed, ...editErrors },
    async handle({ params, body, req, res, ctx }) {
      sendChange(res, await renamePolicy(ctx.db, apiKeyOf(res), params.id, ifMatchVersion(req), body.name));
    },
  }),
  defineRoute({
    operationId: 'linkPolicyEvent',
    method: 'post',
    path: '/api/v1/policies/:id/events',
    summary: 'Link an event to this policy (an event in another policy: 409, unlink it there first)',
    tags: ['policies'],
    role: 'editor',
    params: idParams,
    body: linkBody,
    responses: { ...changed, ...editErrors },
    async handle({ params, body, req, res, ctx }) {
      sendChange(res, await linkEvent(ctx.db, apiKeyOf(res), params.id, ifMatchVersion(req), body.event_id));
    },
  }),
  defineRoute({
    operationId: 'unlinkPolicyEvent',
    method: 'delete',
    path: '/api/v1/policies/:id/events/:eventId',
    summary: 'Unlink an event from this policy; later imports never link that pair again',
    tags: ['policies'],
    role: 'editor',
    params: unlinkParams,
    responses: { ...changed, ...editErrors },
    async handle({ params, req, res, ctx }) {
      sendChange(res, await unlinkEvent(ctx.db, apiKeyOf(res), params.id, ifMatchVersion(req), params.eventId));
    },
  }),
  defineRoute({
    operationId: 'mergePolicies',
    method: 'post',
    path: '/api/v1/policies/:id/merge',
    summary: 'Merge another policy (body.from) into this one',
    tags: ['policies'],
    role: 'editor',
    params: idParams,
    body: policyMergeBody,
    responses: { ...changed, ...editErrors },
    async handle({ params, body, req, res, ctx }) {
      sendChange(res, await mergePolicies(ctx.db, apiKeyOf(res), params.id, ifMatchVersion(req), body.from, body.from_version));
    },
  }),
];
