/**
 * `npm run agent:add -- <username> [--name "Display Name"] [--reset]`: creates a help-desk agent for the console at
 * /agent (or, with --reset, gives an existing one a new password and authenticator). The password is read from
 * AGENT_PASSWORD or asked on the terminal; the authenticator key is printed once, to add to the agent's app.
 */
import readline from 'node:readline';
import { loadConfig } from '../bot/config';
import { resolveSecretsKey } from '../services/accounts/accountConfig';
import { PasswordHasher } from '../services/accounts/passwordHasher';
import { SecretBox } from '../services/accounts/secretBox';
import { RateLimiter } from '../services/limits/rateLimiter';
import { AgentAccounts } from '../services/handoff/agentAccounts';
import { createRepositories } from '../store/repositories';
import { openStore } from '../store/storeClient';

async function askHidden(question: string): Promise<string> {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing while the password is typed.
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text: string) => {
        if (text.includes(question)) process.stdout.write(text);
    };
    const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
    rl.close();
    process.stdout.write('\n');
    return answer;
}

async function main(): Promise<void> {
    const args = process.argv.slice(2);
    const username = args.find((arg) => !arg.startsWith('--'));
    const nameAt = args.indexOf('--name');
    const displayName = nameAt >= 0 ? (args[nameAt + 1] ?? '') : (username ?? '');
    if (!username) {
        console.error('usage: npm run agent:add -- <username> [--name "Display Name"] [--reset]');
        process.exit(1);
    }
    const config = loadConfig();
    const password = process.env.AGENT_PASSWORD ?? (await askHidden('Password (at least 12 characters): '));
    const store = await openStore(config.DATABASE_URL);
    try {
        const repositories = createRepositories(store);
        const accounts = new AgentAccounts({
            agents: repositories.agents,
            sessions: repositories.agentSessions,
            signInLocks: repositories.signInLocks,
            limiter: new RateLimiter(repositories.rateLimits),
            hasher: new PasswordHasher(),
            secretBox: new SecretBox(resolveSecretsKey(config)),
            issuer: config.ORG_NAME,
            now: () => new Date(),
        });
        const enrolment = await accounts.create({ username, displayName, password, replace: args.includes('--reset') });
        console.log(`Agent "${username}" is ready. Add this key to their authenticator app (it is shown only now):`);
        console.log(`  key: ${enrolment.manualEntryKey}`);
        console.log(`  or open: ${enrolment.otpauthUri}`);
    } catch (error) {
        console.error(error instanceof RangeError ? error.message : error);
        process.exitCode = 1;
    } finally {
        await store.$disconnect();
    }
}

void main();
