import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials } from '../shared/descriptions';
import { pollCallLog } from './callLog';
import { pollMessages } from './messages';
import { pollProperties } from './properties';

export class RingCentralPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RingCentral Poll Trigger',
		name: 'ringCentralPollTrigger',
		icon: {
			light: 'file:../../icons/ringcentral.svg',
			dark: 'file:../../icons/ringcentral.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["event"] }}',
		description:
			'Checks RingCentral for new messages, voicemail, calls and recordings on a schedule (for n8n instances RingCentral cannot reach)',
		defaults: { name: 'RingCentral Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		properties: [authenticationProperty, ...pollProperties],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		return event === 'newCall' || event === 'newRecording'
			? await pollCallLog(this)
			: await pollMessages(this);
	}
}
