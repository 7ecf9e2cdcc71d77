import type { IDataObject, IExecuteFunctions, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { headerValue } from '../../../shared/headers';
import { parseRetryAfter } from '../../../shared/rateLimit';
import { ringCentralRequest } from '../../../shared/transport';
import { voiceSpecOverrides } from '../../specOverrides';

/** What a RingOut came to: answered by the callee, failed (busy, no answer...), still ringing, or not waited for. */
type RingOutOutcome = 'answered' | 'failed' | 'inProgress' | 'timedOut';

interface RingOutStatus extends IDataObject {
	id: string;
	status?: { callStatus?: string; callerStatus?: string; calleeStatus?: string };
}

/** The outcome of a RingOut status: in progress, answered by the callee, or failed (busy, no answer, rejected...). */
export function outcomeOf(status: RingOutStatus['status']): Exclude<RingOutOutcome, 'timedOut'> {
	const call = status?.callStatus;
	if (!call || call === 'InProgress') return 'inProgress';
	if (call === 'Success' || (call === 'Finished' && status?.calleeStatus === 'Success'))
		return 'answered';
	return 'failed';
}

export async function readRingOut(
	ctx: IExecuteFunctions,
	id: string,
	itemIndex: number,
): Promise<IN8nHttpFullResponse> {
	return await ringCentralRequest(
		ctx,
		{
			method: 'GET',
			url: `/restapi/v1.0/account/~/extension/~/ring-out/${encodeURIComponent(id)}`,
		},
		voiceSpecOverrides.ringOut.getStatus,
		itemIndex,
	);
}

function retryAfterOf(response: IN8nHttpFullResponse): number | undefined {
	const value = headerValue(response.headers, 'retry-after');
	return value === undefined ? undefined : parseRetryAfter(value);
}

/**
 * Polls a RingOut's status until the callee answers or the call fails, at most `timeoutSeconds`: every
 * `intervalSeconds`, or later when RingCentral's answer asks for it with `Retry-After`. Status reads are
 * Light requests paced by the shared pacer. The RingOut was placed already: a failure here never places it
 * again, and the error says so.
 */
export async function waitForRingOut(
	ctx: IExecuteFunctions,
	started: RingOutStatus,
	itemIndex: number,
	timeoutSeconds: number,
	intervalSeconds: number,
): Promise<IDataObject> {
	const deadline = Date.now() + timeoutSeconds * 1000;
	let current = started;
	let waitMs = intervalSeconds * 1000;
	let checks = 0;
	for (;;) {
		const outcome = outcomeOf(current.status);
		if (outcome !== 'inProgress') return { ...current, outcome, statusChecks: checks };
		const remaining = deadline - Date.now();
		if (remaining <= 0) return { ...current, outcome: 'timedOut', statusChecks: checks };
		await sleep(Math.min(waitMs, remaining));
		let response: IN8nHttpFullResponse;
		try {
			response = await readRingOut(ctx, started.id, itemIndex);
		} catch (error) {
			const cause = error as Error & { description?: string };
			throw new NodeOperationError(
				ctx.getNode(),
				`The RingOut call ${started.id} was placed, but its status could not be read: ${cause.message}`,
				{
					itemIndex,
					description:
						`Do not run this item again to retry: that would place a second call. Check the call with RingOut → Get Status (ID ${started.id}) or in the call log. ${cause.description ?? ''}`.trim(),
				},
			);
		}
		checks++;
		current = { ...(response.body as RingOutStatus), id: started.id };
		const retryAfter = retryAfterOf(response);
		waitMs = Math.max(intervalSeconds * 1000, retryAfter ?? 0);
	}
}
