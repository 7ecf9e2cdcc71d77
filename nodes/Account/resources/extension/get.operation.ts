import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionIdOf, extensionLocator } from '../../../shared/extensions';
import { ringCentralJson } from '../../../shared/transport';
import { accountSpecOverrides } from '../../specOverrides';
import { simplifyExtension } from './simplify';
import { flatRecordOf, simplifySwitch } from '../../../shared/descriptions';

const properties: INodeProperties[] = [
	extensionLocator({
		description:
			'The user, call queue or other extension; pick it from the list, or give its ID or extension number. Empty (or "~" by ID) means the authorized user.',
	}),
	simplifySwitch(
		flatRecordOf(
			'ID, extension number, name, type, status, email, phones, department, job title, site, admin, time zone',
		),
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['extension'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const extensionId = await extensionIdOf(this, 'extension', itemIndex);
	const record = await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: `/restapi/v1.0/account/~/extension/${encodeURIComponent(extensionId)}` },
		accountSpecOverrides.extension.get,
		itemIndex,
	);
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyExtension(record) : record;
}
