export const id = 636;
export const ids = [636];
export const modules = {

/***/ 636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ACTION_REF: () => (/* binding */ DEFAULT_ACTION_REF),
/* harmony export */   L: () => (/* binding */ workflowText)
/* harmony export */ });
/* unused harmony export DEFAULT_CONFIG_PATH */
/* harmony import */ var _yaml_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5399);

/** The action as a workflow `uses:` it; replace it with this action's repository at a pinned tag or commit. */
const DEFAULT_ACTION_REF = 'your-org/origin-preflight@v0';
const DEFAULT_CONFIG_PATH = '.github/origin-preflight.yml';
/**
 * One workflow for the three ways the gate runs: pull requests that touch the config or the templates it
 * reads (annotations, the sticky comment), a nightly sweep of every origin (certificates expire between
 * pull requests: the expiry issue), and a manual run of chosen origins or checks.
 */
function workflowText(plan) {
    const watched = [
        plan.configPath,
        ...plan.sources.cloudformation,
        ...plan.sources.terraformDirs.map((dir) => `${dir === '.' ? '' : `${dir}/`}**.tf`),
    ];
    // Synthesized in the job: the CDK app's own files are what a pull request changes.
    if (plan.sources.cdkOut)
        watched.push(...(plan.sources.cdkOut.gitignored ? ['cdk.json', 'bin/**', 'lib/**'] : [plan.sources.cdkOut.glob]));
    const lines = [
        '# Written by `origin-preflight init`: the gate on pull requests, a nightly sweep, and a manual run.',
        'name: origin-preflight',
        'on:',
        '  pull_request:',
        '    paths:',
        ...watched.map((path) => `      - ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlScalar */ .E)(path.includes('*') ? path : (0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .literalPathPattern */ .T)(path))}`),
        '  schedule:',
        "    - cron: '17 5 * * *'        # every night: certificates expire between pull requests",
        '  workflow_dispatch:',
        '    inputs:',
        '      origins:',
        '        description: Origins to check, comma separated (empty checks all)',
        '        required: false',
        "        default: ''",
        '      only:',
        '        description: Check families, comma separated, among dns, ports, tls, certificate, http (empty runs all)',
        '        required: false',
        "        default: ''",
        'permissions:',
        '  contents: read',
        '  pull-requests: write          # the sticky comment on pull requests',
        '  issues: write                 # the expiry issue the nightly sweep keeps',
        ...(plan.sarif ? ['  security-events: write        # the SARIF upload to code scanning'] : []),
        'jobs:',
        '  preflight:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v5',
        ...synthSteps(plan.sources),
        ...terraformSteps(plan.sources),
        `      - uses: ${plan.actionRef}`,
        '        with:',
        ...(plan.configPath === DEFAULT_CONFIG_PATH ? [] : [`          config: ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlScalar */ .E)(plan.configPath)}`]),
        '          origins: ${{ inputs.origins }}',
        '          only: ${{ inputs.only }}',
        '          expiry-issue: true      # acted on by the sweep and full manual runs only',
        ...(plan.sarif ? ['          sarif-path: origin-preflight.sarif'] : []),
        '        # env:                    # the ${VAR} values the config reads, from the repository secrets',
        '        #   ORIGIN_VERIFY_SECRET: ${{ secrets.ORIGIN_VERIFY_SECRET }}',
    ];
    if (plan.sarif) {
        lines.push('      - if: ${{ !cancelled() }}', '        uses: github/codeql-action/upload-sarif@v4', '        with:', '          sarif_file: origin-preflight.sarif', '          category: origin-preflight');
    }
    return `${lines.join('\n')}\n`;
}
/** cdk.out is not committed: synthesize it before the gate reads it. */
function synthSteps(sources) {
    if (!sources.cdkOut?.gitignored)
        return [];
    return [
        '      - uses: actions/setup-node@v5',
        '        with:',
        '          node-version: 24',
        '      - run: npm ci && npx cdk synth --quiet   # writes cdk.out/, which the config reads',
    ];
}
/** Terraform is read from a plan, which needs the provider's credentials: left for the team to enable. */
function terraformSteps(sources) {
    return sources.terraformDirs.flatMap((dir) => [
        `      # - run: terraform -chdir=${dir} init -input=false && terraform -chdir=${dir} plan -input=false -out=tfplan`,
        `      # - run: terraform -chdir=${dir} show -json tfplan > ${dir}/plan.json`,
    ]);
}


/***/ }),

/***/ 5399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ yamlScalar),
/* harmony export */   T: () => (/* binding */ literalPathPattern)
/* harmony export */ });
/** A YAML scalar for a path or name: plain where that reads the same, double-quoted (JSON escapes) otherwise. */
function yamlScalar(value) {
    return /^[A-Za-z0-9_./-][A-Za-z0-9_./*-]*$/.test(value) && !/^(true|false|yes|no|on|off|null|~)$/i.test(value)
        ? value
        : JSON.stringify(value);
}
/**
 * A file path as a literal pattern of a workflow's `paths:` filter, where `*`, `?`, `+`, `[`, `]` and a
 * leading `!` are pattern characters: each is escaped with `\`.
 */
function literalPathPattern(path) {
    return path.replace(/[*?+[\]\\]/g, '\\$&').replace(/^!/, '\\!');
}


/***/ })

};
