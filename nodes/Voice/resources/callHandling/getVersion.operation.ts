import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { extensionIdOf } from '../../../shared/extensions';
import { detectVersion } from './version';

/** Its one field, the user, is in fields.ts, shared with the rule operations. */
export const description: INodeProperties[] = [];

/** Which call handling the user's account has: answering rules (v1) or the new call handling (v2). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const extensionId = await extensionIdOf(this, 'extension', itemIndex);
	const version = await detectVersion(this, extensionId, itemIndex);
	return {
		extensionId,
		version,
		newCallHandling: version === 'v2',
		api:
			version === 'v2'
				? 'State-based and interaction rules (/restapi/v2/.../comm-handling)'
				: 'Answering rules (/restapi/v1.0/.../answering-rule)',
	};
}
