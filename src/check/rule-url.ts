// The address of each rule's page in the handbook, which diagnostics carry (`url`), in the manner of
// ESLint's docs.url and remark-lint's links to each rule's readme.

/** The handbook's address: HANDBOOK_URL, else where `npm start` and `npm run dev` serve it. */
export function handbookUrl(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.HANDBOOK_URL ?? `http://${env.HOST ?? '127.0.0.1'}:${env.PORT ?? '4321'}${env.HANDBOOK_BASE ?? '/'}`;
  return given.endsWith('/') ? given : `${given}/`;
}

/** The path of a rule's page below the handbook's base. */
export function rulePath(id: string): string {
  return `rules/${id}/`;
}

export function ruleUrl(id: string, env: NodeJS.ProcessEnv = process.env): string {
  return new URL(rulePath(id), handbookUrl(env)).href;
}
