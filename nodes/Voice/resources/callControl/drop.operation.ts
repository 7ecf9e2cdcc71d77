import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralRequest } from '../../../shared/transport';
import { voiceSpecOverrides } from '../../specOverrides';
import { sessionIdOf, sessionUrl } from './common';

/** Its fields, the call, are described with Get Session (getSession.operation.ts). */
export const description: INodeProperties[] = [];

/** Ends the call for everyone in it. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	await ringCentralRequest(
		this,
		{ method: 'DELETE', url: sessionUrl(sessionIdOf(this, itemIndex)) },
		voiceSpecOverrides.callControl.drop,
		itemIndex,
	);
	return { deleted: true };
}
