/** Every node with generated operations, and its generated resources. */
import type { INodeType } from 'n8n-workflow';

import { RingCentralAccount } from '../../nodes/Account/RingCentralAccount.node';
import { generatedResources as account } from '../../nodes/Account/generated';
import { RingCentralAddressBook } from '../../nodes/AddressBook/RingCentralAddressBook.node';
import { generatedResources as addressBook } from '../../nodes/AddressBook/generated';
import { RingCentralAi } from '../../nodes/Ai/RingCentralAi.node';
import { generatedResources as ai } from '../../nodes/Ai/generated';
import { RingCentralAnalytics } from '../../nodes/Analytics/RingCentralAnalytics.node';
import { generatedResources as analytics } from '../../nodes/Analytics/generated';
import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { generatedResources as messaging } from '../../nodes/Messaging/generated';
import { RingCentralProvisioning } from '../../nodes/Provisioning/RingCentralProvisioning.node';
import { generatedResources as provisioning } from '../../nodes/Provisioning/generated';
import { RingCentralRolesAndPermissions } from '../../nodes/RolesAndPermissions/RingCentralRolesAndPermissions.node';
import { generatedResources as roles } from '../../nodes/RolesAndPermissions/generated';
import { RingCentralSubscriptions } from '../../nodes/Subscriptions/RingCentralSubscriptions.node';
import { generatedResources as subscriptions } from '../../nodes/Subscriptions/generated';
import { RingCentralTeamMessaging } from '../../nodes/TeamMessaging/RingCentralTeamMessaging.node';
import { generatedResources as teamMessaging } from '../../nodes/TeamMessaging/generated';
import { RingCentralUtilities } from '../../nodes/Utilities/RingCentralUtilities.node';
import { generatedResources as utilities } from '../../nodes/Utilities/generated';
import { RingCentralVideo } from '../../nodes/Video/RingCentralVideo.node';
import { generatedResources as video } from '../../nodes/Video/generated';
import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { generatedResources as voice } from '../../nodes/Voice/generated';
import { RingCentralWebinar } from '../../nodes/Webinar/RingCentralWebinar.node';
import { generatedResources as webinar } from '../../nodes/Webinar/generated';
import type { GeneratedResource } from '../../nodes/shared/generatedNode';

export const GENERATED_NODES: Array<{ nodeType: INodeType; resources: GeneratedResource[] }> = [
	{ nodeType: new RingCentralAccount(), resources: account },
	{ nodeType: new RingCentralAddressBook(), resources: addressBook },
	{ nodeType: new RingCentralAi(), resources: ai },
	{ nodeType: new RingCentralAnalytics(), resources: analytics },
	{ nodeType: new RingCentralMessaging(), resources: messaging },
	{ nodeType: new RingCentralProvisioning(), resources: provisioning },
	{ nodeType: new RingCentralRolesAndPermissions(), resources: roles },
	{ nodeType: new RingCentralSubscriptions(), resources: subscriptions },
	{ nodeType: new RingCentralTeamMessaging(), resources: teamMessaging },
	{ nodeType: new RingCentralUtilities(), resources: utilities },
	{ nodeType: new RingCentralVideo(), resources: video },
	{ nodeType: new RingCentralVoice(), resources: voice },
	{ nodeType: new RingCentralWebinar(), resources: webinar },
];
