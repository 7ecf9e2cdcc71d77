import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { nothingToChange } from '../../../shared/validation';
import { videoSpecOverrides } from '../../specOverrides';
import { bridgeOutput, bridgeUrl, findMeeting, simplifyProperty } from './common';
import { bridgeBody, settingsCollection } from './settings';

export const description = updateDisplayOptions(
	{ show: { resource: ['meeting'], operation: ['update'] } },
	[settingsCollection(false), simplifyProperty],
);

/** Changes only the chosen fields (PATCH); everything else stays as it is. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = bridgeBody(
		this.getNode(),
		itemIndex,
		this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
	);
	if (Object.keys(body).length === 0) {
		throw nothingToChange(this.getNode(), itemIndex);
	}
	const { id } = await findMeeting(this, itemIndex);
	const bridge = await ringCentralJson<IDataObject>(
		this,
		{ method: 'PATCH', url: bridgeUrl(id), body },
		videoSpecOverrides.meeting.update,
		itemIndex,
	);
	return bridgeOutput(this, itemIndex, bridge);
}
