import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { extensionIdOf, extensionLocator } from '../../../shared/extensions';
import { oncePerRun } from '../../../shared/perRun';
import { ringCentralJson } from '../../../shared/transport';

/** Extension features tell which call handling an account has (RingCentral's migration guide). */
export const FEATURES_META = { operationId: 'readExtensionFeatures' as const };

export type CallHandlingVersion = 'v1' | 'v2';

export const extensionProperty = extensionLocator({
	description:
		'Whose call handling; leave empty for the connected user. Other users need an administrator.',
});

export const versionProperty: INodeProperties = {
	displayName: 'Call Handling Version',
	name: 'callHandlingVersion',
	type: 'options',
	options: [
		{
			name: 'Detect Automatically',
			value: 'auto',
			description:
				'Ask RingCentral which one the account has (one extra request per run); recommended',
		},
		{
			name: 'Answering Rules (Legacy)',
			value: 'v1',
			description: 'The v1.0 answering-rule API, for accounts not yet upgraded',
		},
		{
			name: 'New Call Handling',
			value: 'v2',
			description: 'The v2 state-based and interaction rules of upgraded accounts',
		},
	],
	default: 'auto',
	description:
		'RingCentral is moving accounts from answering rules to the new call handling; the answering-rule API stops working for an upgraded account',
};

/** Whether the extension's account runs the new call handling: feature NewCallHandlingAndForwarding, param isNewBackendAvailable. */
export async function detectVersion(
	ctx: IExecuteFunctions,
	extensionId: string,
	itemIndex: number,
): Promise<CallHandlingVersion> {
	// Once per run and extension.
	return await oncePerRun(ctx, `callHandlingVersion:${extensionId}`, async () => {
		const body = await ringCentralJson<{ records?: IDataObject[] }>(
			ctx,
			{
				method: 'GET',
				url: `/restapi/v1.0/account/~/extension/${encodeURIComponent(extensionId)}/features`,
				qs: { featureId: 'NewCallHandlingAndForwarding' },
			},
			FEATURES_META,
			itemIndex,
		);
		const feature = (body.records ?? []).find(
			(record) => record.id === 'NewCallHandlingAndForwarding',
		);
		const param = ((feature?.params as IDataObject[] | undefined) ?? []).find(
			(p) => p.name === 'isNewBackendAvailable',
		);
		return feature?.available === true && String(param?.value).toLowerCase() === 'true'
			? 'v2'
			: 'v1';
	});
}

/** The extension and the call handling version to use for it (chosen, or detected). */
export async function callHandlingTarget(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<{ extensionId: string; version: CallHandlingVersion }> {
	const extensionId = await extensionIdOf(ctx, 'extension', itemIndex);
	const chosen = ctx.getNodeParameter('callHandlingVersion', itemIndex, 'auto') as
		| CallHandlingVersion
		| 'auto';
	return {
		extensionId,
		version: chosen === 'auto' ? await detectVersion(ctx, extensionId, itemIndex) : chosen,
	};
}

export const v1Url = (extensionId: string) =>
	`/restapi/v1.0/account/~/extension/${encodeURIComponent(extensionId)}/answering-rule`;
export const v2Url = (extensionId: string) =>
	`/restapi/v2/accounts/~/extensions/${encodeURIComponent(extensionId)}/comm-handling/voice`;

/** The states of the new call handling; their rules replace the business-hours and after-hours answering rules. */
export const STATE_IDS = ['work-hours', 'after-hours', 'dnd', 'forward-all-calls', 'agent'];
const V1_TO_V2: Record<string, string> = {
	'business-hours-rule': 'work-hours',
	'after-hours-rule': 'after-hours',
};
const V2_TO_V1: Record<string, string> = {
	'work-hours': 'business-hours-rule',
	'after-hours': 'after-hours-rule',
};

/** A rule ID as the version knows it: business-hours-rule ↔ work-hours, after-hours-rule ↔ after-hours. */
export function ruleIdFor(version: CallHandlingVersion, ruleId: string): string {
	return (version === 'v2' ? V1_TO_V2 : V2_TO_V1)[ruleId] ?? ruleId;
}
