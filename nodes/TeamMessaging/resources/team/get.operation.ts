import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { itemUrl, teamIdOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

/** Its fields are in common.ts (teamDescription), shared with other operations. */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: itemUrl('team', teamIdOf(this, itemIndex)) },
		teamMessagingSpecOverrides.team.get,
		itemIndex,
	);
}
