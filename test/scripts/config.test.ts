/**
 * scripts/config.js is the one source of each area node's name, description, categories and aliases:
 * the generator writes the codexes and the spec-only node classes from it, and the hand-built node
 * classes must say the same. Every codex links to a README section that exists.
 */
import type { INodeType } from 'n8n-workflow';

import { RingCentralAccount } from '../../nodes/Account/RingCentralAccount.node';
import { RingCentralAddressBook } from '../../nodes/AddressBook/RingCentralAddressBook.node';
import { RingCentralAi } from '../../nodes/Ai/RingCentralAi.node';
import { RingCentralAnalytics } from '../../nodes/Analytics/RingCentralAnalytics.node';
import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { RingCentralProvisioning } from '../../nodes/Provisioning/RingCentralProvisioning.node';
import { RingCentralRolesAndPermissions } from '../../nodes/RolesAndPermissions/RingCentralRolesAndPermissions.node';
import { RingCentralSubscriptions } from '../../nodes/Subscriptions/RingCentralSubscriptions.node';
import { RingCentralTeamMessaging } from '../../nodes/TeamMessaging/RingCentralTeamMessaging.node';
import { RingCentralUtilities } from '../../nodes/Utilities/RingCentralUtilities.node';
import { RingCentralVideo } from '../../nodes/Video/RingCentralVideo.node';
import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { RingCentralWebinar } from '../../nodes/Webinar/RingCentralWebinar.node';
import packageJson from '../../package.json';
import { AREAS } from '../../scripts/config';
import { loadHandWritten } from '../../scripts/lib/handwritten';
import { NODE_CLASS_HEADER, anchorOf, headingsOf } from '../../scripts/lib/nodeFiles';
import { docText } from '../support/docs';

const NODE_CLASSES: Record<string, new () => INodeType> = {
	Account: RingCentralAccount,
	AddressBook: RingCentralAddressBook,
	Ai: RingCentralAi,
	Analytics: RingCentralAnalytics,
	Messaging: RingCentralMessaging,
	Provisioning: RingCentralProvisioning,
	RolesAndPermissions: RingCentralRolesAndPermissions,
	Subscriptions: RingCentralSubscriptions,
	TeamMessaging: RingCentralTeamMessaging,
	Utilities: RingCentralUtilities,
	Video: RingCentralVideo,
	Voice: RingCentralVoice,
	Webinar: RingCentralWebinar,
};

const areas = Object.entries(AREAS).map(([area, config]) => ({ area, ...config }));
const nodeClassOf = (folder: string) => new NODE_CLASSES[folder]();
const readCodex = (file: string) => JSON.parse(docText(file));

describe('scripts/config.js', () => {
	it('has a node class for every area, and every area node in it', () => {
		expect(areas.map(({ folder }) => folder).sort()).toEqual(Object.keys(NODE_CLASSES).sort());
	});

	it.each(areas)('agrees with the $folder node class', ({ folder, displayName, description }) => {
		const node = nodeClassOf(folder).description;
		expect({
			displayName: node.displayName,
			name: node.name,
			description: node.description,
			defaults: node.defaults,
		}).toEqual({
			displayName,
			name: `ringCentral${folder}`,
			description,
			defaults: { name: displayName },
		});
	});

	it.each(areas)('agrees with the $folder codex', ({ folder, categories, alias }) => {
		const codex = readCodex(`nodes/${folder}/RingCentral${folder}.node.json`);
		expect({ node: codex.node, categories: codex.categories, alias: codex.alias }).toEqual({
			node: `n8n-nodes-ringcentral.ringCentral${folder}`,
			categories,
			alias,
		});
	});

	it('names every area node of package.json, once', () => {
		const listed = (packageJson.n8n.nodes as string[]).filter(
			(file) => !/Trigger\.node\.js$/.test(file),
		);
		expect(listed.sort()).toEqual(
			areas.map(({ folder }) => `dist/nodes/${folder}/RingCentral${folder}.node.js`).sort(),
		);
	});

	it('marks exactly the node classes of areas without hand-built operations as generated', () => {
		const handBuiltFolders = new Set(loadHandWritten().map((h) => h.folder));
		for (const { folder } of areas) {
			const source = docText(`nodes/${folder}/RingCentral${folder}.node.ts`);
			expect({ folder, generated: source.startsWith(`${NODE_CLASS_HEADER}\n`) }).toEqual({
				folder,
				generated: !handBuiltFolders.has(folder),
			});
		}
		// Seven areas are spec-only today; a change here is a change of the package's shape.
		expect(
			areas.filter(({ folder }) => !handBuiltFolders.has(folder)).map((a) => a.folder),
		).toEqual([
			'Webinar',
			'Analytics',
			'Ai',
			'Provisioning',
			'RolesAndPermissions',
			'Subscriptions',
			'Utilities',
		]);
	});
});

describe('codex doc links', () => {
	const readmeAnchors = new Set([...headingsOf(docText('README.md'))].map(anchorOf));
	// Every node of the package has a codex beside its class.
	const codexFiles = (packageJson.n8n.nodes as string[]).map((file) =>
		file.replace(/^dist\//, '').replace(/\.js$/, '.json'),
	);

	it('cover all 15 nodes (13 areas and the 2 triggers)', () => {
		expect(codexFiles).toHaveLength(15);
	});

	it.each(codexFiles)('%s points at README sections that exist', (file) => {
		const { resources } = readCodex(file);
		const urls: string[] = [
			...resources.credentialDocumentation,
			...resources.primaryDocumentation,
		].map((doc: { url: string }) => doc.url);
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) {
			const [page, anchor] = url.split('#');
			expect({ url, page, anchorExists: readmeAnchors.has(anchor) }).toEqual({
				url,
				page: packageJson.homepage,
				anchorExists: true,
			});
		}
	});

	it('derive anchors the way GitHub does', () => {
		expect(
			[
				'RingCentral Voice',
				'Every RingCentral API area',
				'Use with the AI Agent',
				'Run it locally',
			].map(anchorOf),
		).toEqual([
			'ringcentral-voice',
			'every-ringcentral-api-area',
			'use-with-the-ai-agent',
			'run-it-locally',
		]);
	});
});
