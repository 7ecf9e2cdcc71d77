import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { voiceSpecOverrides } from '../../specOverrides';
import { sessionIdOf, sessionIdProperty, sessionUrl } from './common';

export const description = updateDisplayOptions(
	{ show: { resource: ['callControl'], operation: ['getSession', 'drop'] } },
	[sessionIdProperty],
);

/** A call with all its parties and their status. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: sessionUrl(sessionIdOf(this, itemIndex)) },
		voiceSpecOverrides.callControl.getSession,
		itemIndex,
	);
}
