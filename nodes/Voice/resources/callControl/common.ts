import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ownExtensionId } from '../../../shared/extensions';
import { ringCentralJson, ringCentralRequest } from '../../../shared/transport';
import type { OperationMeta } from '../../../shared/types';
import { ID_SHAPES, optionalId, requireId, invalidInput } from '../../../shared/validation';
import { resourceLocator } from '../../../shared/locators';
import { voiceSpecOverrides } from '../../specOverrides';

export const sessionIdProperty: INodeProperties = {
	displayName: 'Telephony Session ID',
	name: 'telephonySessionId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 's-a0d7e6f8c1b2...',
	description: 'The call: "telephonySessionId" of an active call, a call event or Call Out',
};

const partyIdProperty: INodeProperties = {
	displayName: 'Party ID',
	name: 'partyId',
	type: 'string',
	default: '',
	placeholder: 'p-a0d7e6f8c1b2...',
	description:
		'Who in the call to act on: the party ID of an active call ("partyId") or of a call event; empty means your own party in the call',
};

/** A device of the user (desk phone, softphone...) that places, answers or picks up calls. */
export function deviceLocator(
	name: string,
	displayName: string,
	description: string,
	required: boolean,
): INodeProperties {
	return resourceLocator(
		{
			name,
			displayName,
			description,
			searchListMethod: 'searchDevices',
			listPlaceholder: 'Select a device...',
			idPattern: '[0-9]+',
			idPlaceholder: '800000101',
			idFormat: 'A device ID is a number',
		},
		{ required },
	);
}

/** The value of a device locator: digits, or undefined when empty and optional. */
export function deviceIdOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	field: string,
	required: boolean,
): string | undefined {
	return (required ? requireId : optionalId)(
		ctx.getNode(),
		itemIndex,
		field,
		ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }),
		ID_SHAPES.digits,
		'Pick one of your devices from the list, or give its numeric ID.',
	);
}

export function sessionIdOf(ctx: IExecuteFunctions, itemIndex: number): string {
	return requireId(
		ctx.getNode(),
		itemIndex,
		'Telephony Session ID',
		ctx.getNodeParameter('telephonySessionId', itemIndex, ''),
		ID_SHAPES.telephony,
		'Map the "telephonySessionId" of an active call or call event.',
	);
}

export const sessionUrl = (sessionId: string) =>
	`/restapi/v1.0/account/~/telephony/sessions/${encodeURIComponent(sessionId)}`;

/** The party to act on: the one given, or the connected user's own (live) party in the session. */
export async function partyIdOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	sessionId: string,
): Promise<string> {
	const given = optionalId(
		ctx.getNode(),
		itemIndex,
		'Party ID',
		ctx.getNodeParameter('partyId', itemIndex, ''),
		ID_SHAPES.telephony,
		'Map the "partyId" of an active call, or leave it empty for your own party.',
	);
	if (given) return given;
	const [session, me] = await Promise.all([
		ringCentralJson<{
			parties?: Array<{ id: string; extensionId?: string; status?: { code?: string } }>;
		}>(
			ctx,
			{ method: 'GET', url: sessionUrl(sessionId) },
			voiceSpecOverrides.callControl.getSession,
			itemIndex,
		),
		ownExtensionId(ctx, itemIndex),
	]);
	const mine = (session.parties ?? []).filter(
		(party) =>
			String(party.extensionId) === me &&
			!['Disconnected', 'Gone'].includes(String(party.status?.code)),
	);
	if (mine.length !== 1) {
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Party ID',
			`${mine.length ? 'you have several parties' : 'you have no party'} in call ${sessionId}`,
			'Give the Party ID of the participant to act on (see Call Control → Get Session).',
		);
	}
	return mine[0].id;
}

/**
 * A party action of Call Control: its fields (session, party and its own), and a request to
 * `.../parties/{partyId}/<path>` with the body it builds. An empty answer (204) becomes
 * `{ success: true, telephonySessionId, partyId }`.
 */
export function partyAction(
	operation: keyof typeof voiceSpecOverrides.callControl,
	config: {
		fields?: INodeProperties[];
		method?: IHttpRequestMethods;
		path:
			| string
			| ((
					ctx: IExecuteFunctions,
					itemIndex: number,
					sessionId: string,
					partyId: string,
			  ) => Promise<string> | string);
		body?: (ctx: IExecuteFunctions, itemIndex: number) => IDataObject | undefined;
		qs?: IDataObject;
		meta?: OperationMeta;
	},
) {
	const description = updateDisplayOptions(
		{ show: { resource: ['callControl'], operation: [operation] } },
		[sessionIdProperty, partyIdProperty, ...(config.fields ?? [])],
	);
	async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		const sessionId = sessionIdOf(this, itemIndex);
		const body = config.body?.(this, itemIndex);
		const partyId = await partyIdOf(this, itemIndex, sessionId);
		const path =
			typeof config.path === 'string'
				? config.path
				: await config.path(this, itemIndex, sessionId, partyId);
		// n8n leaves out an empty object body; an endpoint that requires a body gets "{}" as text.
		const emptyBody = body !== undefined && Object.keys(body).length === 0;
		const response = await ringCentralRequest(
			this,
			{
				method: config.method ?? 'POST',
				url: `${sessionUrl(sessionId)}/parties/${encodeURIComponent(partyId)}${path ? `/${path}` : ''}`,
				...(emptyBody
					? { body: '{}', headers: { 'Content-Type': 'application/json' } }
					: body
						? { body }
						: {}),
				...(config.qs ? { qs: config.qs } : {}),
			},
			config.meta ?? voiceSpecOverrides.callControl[operation],
			itemIndex,
		);
		const result = response.body;
		return result && typeof result === 'object'
			? (result as IDataObject)
			: { success: true, telephonySessionId: sessionId, partyId };
	}
	return { description, execute };
}
