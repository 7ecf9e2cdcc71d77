import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionIdOf } from '../../../shared/extensions';
import { ringCentralJson } from '../../../shared/transport';
import { videoSpecOverrides } from '../../specOverrides';
import { bridgeOutput, hostProperty } from './common';

/** The user; the Simplify switch is in common.ts (readSimplifyDescription). */
export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['meeting'], operation: ['getDefault'] } }, [
		{
			...hostProperty,
			description:
				'The user whose personal meeting room to get; leave empty for the authorized user',
		},
	]),
];

/** The user's default meeting: their personal meeting room (PMI). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const extensionId = await extensionIdOf(this, 'extension', itemIndex);
	const bridge = await ringCentralJson<IDataObject>(
		this,
		{
			method: 'GET',
			url: `/rcvideo/v2/account/~/extension/${encodeURIComponent(extensionId)}/bridges/default`,
		},
		videoSpecOverrides.meeting.getDefault,
		itemIndex,
	);
	return bridgeOutput(this, itemIndex, bridge);
}
