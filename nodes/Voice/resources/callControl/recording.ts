import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { ID_SHAPES, optionalId, invalidInput } from '../../../shared/validation';
import { voiceSpecOverrides } from '../../specOverrides';
import { partyAction, sessionUrl } from './common';

const recordingIdProperty: INodeProperties = {
	displayName: 'Recording ID',
	name: 'recordingId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 4009541023',
	description:
		'The recording ID that Start Recording returned; empty means the latest recording of the party',
};

/** The recording to pause or resume: the one given, or the party's latest. */
async function recordingPath(
	ctx: IExecuteFunctions,
	itemIndex: number,
	sessionId: string,
	partyId: string,
): Promise<string> {
	let id = optionalId(
		ctx.getNode(),
		itemIndex,
		'Recording ID',
		ctx.getNodeParameter('recordingId', itemIndex, ''),
		ID_SHAPES.token,
		'Map the "id" of Start Recording, or leave it empty.',
	);
	if (!id) {
		const party = await ringCentralJson<{ recordings?: IDataObject[] }>(
			ctx,
			{ method: 'GET', url: `${sessionUrl(sessionId)}/parties/${encodeURIComponent(partyId)}` },
			voiceSpecOverrides.callControl.getParty,
			itemIndex,
		);
		const latest = (party.recordings ?? []).at(-1);
		if (!latest?.id) {
			throw invalidInput(
				ctx.getNode(),
				itemIndex,
				'Recording ID',
				'the call is not being recorded',
				'Start the recording first (Call Control → Start Recording).',
			);
		}
		id = String(latest.id);
	}
	return `recordings/${encodeURIComponent(id)}`;
}

/** Pause (`active: false`) or resume (`active: true`) an on-demand recording. */
export function recordingSwitch(operation: 'pauseRecording' | 'resumeRecording') {
	const active = operation === 'resumeRecording';
	return partyAction(operation, {
		method: 'PATCH',
		path: recordingPath,
		fields: [recordingIdProperty],
		// The spec requires the brand; "~" is the brand of the connected user.
		qs: { brandId: '~' },
		body: () => ({ active }),
	});
}
