import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { ringCentralRequest } from '../../../shared/transport';
import { voiceSpecOverrides } from '../../specOverrides';
import { sessionIdOf, sessionUrl } from './common';

/** Ends the call for everyone in it. Its fields are those of Get Session. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	await ringCentralRequest(
		this,
		{ method: 'DELETE', url: sessionUrl(sessionIdOf(this, itemIndex)) },
		voiceSpecOverrides.callControl.drop,
		itemIndex,
	);
	return { deleted: true };
}
