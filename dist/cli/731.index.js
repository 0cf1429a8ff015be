export const id = 731;
export const ids = [731,636];
export const modules = {

/***/ 1877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ integerRangeMessage),
/* harmony export */   j: () => (/* binding */ listInProse)
/* harmony export */ });
/**
 * A small declarative language for the config file's fields. One description drives both the
 * validator (interpret.ts) and the published JSON Schema (schema.ts), so the two cannot disagree.
 */
/** `a, b or c`, the way people list choices. */
function listInProse(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
/** The message for an integer outside its ranges; ports read `must be 80, 443 or 1024-65535`. */
function integerRangeMessage(field) {
    const [only] = field.ranges;
    if (field.ranges.length === 1 && only) {
        const [min, max] = only;
        if (min === max)
            return `must be ${min}`;
        if (max === Number.MAX_SAFE_INTEGER)
            return `must be an integer >= ${min}`;
        return `must be an integer from ${min} to ${max}`;
    }
    return `must be ${listInProse(field.ranges.map(([min, max]) => (min === max ? `${min}` : `${min}-${max}`)))}`;
}


/***/ }),

/***/ 9801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ hostnameProblem)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1877);


const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
/**
 * Why `value` is not a bare DNS hostname, or undefined when it is. URLs and `host:port` are common
 * slips (the edge's console shows them side by side), so those get a corrected value to copy.
 */
function hostnameProblem(value) {
    if (value === '')
        return 'must not be empty';
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(value) !== 0)
        return 'must be a domain name, not an IP address (list IPs under addresses)';
    const scheme = SCHEME.exec(value)?.[0] ?? '';
    let rest = value.slice(scheme.length);
    const slash = rest.indexOf('/');
    const path = slash >= 0 ? rest.slice(slash) : '';
    rest = slash >= 0 ? rest.slice(0, slash) : rest;
    const colon = rest.lastIndexOf(':');
    const port = colon >= 0 && /^\d*$/.test(rest.slice(colon + 1)) ? rest.slice(colon) : '';
    const host = rest.slice(0, rest.length - port.length);
    const extras = [scheme && 'a scheme', port && 'a port', path && 'a path'].filter((part) => part !== '');
    if (extras.length > 0 && host !== '') {
        const portHint = port ? ' (ports are set with http-port and https-port)' : '';
        return `must be a bare hostname, without ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .listInProse */ .j)(extras)}: write "${host}"${portHint}`;
    }
    if (value.endsWith('.'))
        return 'must not end with "."';
    if (value.length > 253)
        return 'must be at most 253 characters long';
    for (const label of value.split('.')) {
        if (label === '')
            return 'must not contain an empty label ("..")';
        if (label.length > 63)
            return `label "${label}" is longer than 63 characters`;
        if (!LABEL.test(label)) {
            return `label "${label}" may contain only letters, digits and "-", and must not start or end with "-"`;
        }
    }
    if (/^\d+$/.test(value.split('.').pop() ?? ''))
        return 'must not end with an all-numeric label';
    return undefined;
}


/***/ }),

/***/ 6731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WORKFLOW_PATH: () => (/* binding */ WORKFLOW_PATH),
  init: () => (/* binding */ init)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/config/hostname.js
var hostname = __webpack_require__(9801);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/init/yaml-text.js
var yaml_text = __webpack_require__(5399);
;// CONCATENATED MODULE: ./lib/init/config-file.js

/** The config `init` writes: the origins given by domain, the templates found, and what to fill in next. */
function configText(plan) {
    const lines = [
        '# origin-preflight: the origins behind the CDN or load balancer, probed the way the edge connects to them.',
        '# The JSON Schema of this file is schema/origin-preflight.schema.json in the origin-preflight repository.',
        'version: 1',
        '',
        'defaults:',
        commented(`  edge: ${plan.edge}`, 'cloudfront | alb | clb | generic: whose rules and limits apply'),
        '  protocol-policy: https-only   # http-only | https-only | match-viewer',
        '  certificate:',
        '    warn-days: 30               # CERT_EXPIRES_SOON as a warning below this many days',
        '    fail-days: 7                # ... as an error below this many days',
        '  fail-on: error                # error | warning | never',
    ];
    lines.push(...sourceLines(plan.sources));
    if (plan.domains.length > 0) {
        lines.push('', 'origins:');
        for (const domain of plan.domains) {
            lines.push(`  - name: ${domain}`, `    domain: ${domain}`);
        }
        lines.push('    # health: { path: /healthz }   # optional: one HTTP exchange, as the edge would make it');
    }
    lines.push('', '# accept:                       # findings the team lives with for a while; each entry expires', '#   - code: CERT_SIGNATURE_WEAK', '#     origin: legacy-*           # optional glob over origin names', '#     reason: the vendor renews in January', '#     until: 2030-01-31          # at most 180 days ahead', '');
    return lines.join('\n');
}
/** `text`, then the comment from column 32 (or after two spaces), as the hand-written examples align them. */
function commented(text, comment) {
    return `${text.padEnd(30)}  # ${comment}`;
}
function sourceLines(found) {
    const active = [...found.cloudformation.map((path) => `  - cloudformation: ${(0,yaml_text/* yamlScalar */.E)(path)}`)];
    if (found.cdkOut)
        active.push(`  - cloudformation: ${(0,yaml_text/* yamlScalar */.E)(found.cdkOut.glob)}   # the templates \`cdk synth\` writes`);
    const planned = found.terraformDirs.flatMap((dir) => [
        `#   - terraform-plan: ${(0,yaml_text/* yamlScalar */.E)(`${dir}/plan.json`)}   # \`terraform show -json\` of a saved plan of ${dir}`,
        `#     terraform-dir: ${(0,yaml_text/* yamlScalar */.E)(dir)}`,
    ]);
    if (active.length === 0 && planned.length === 0)
        return [];
    const lines = ['', '# Origins read from the infrastructure code that declares the distributions.'];
    if (active.length > 0)
        lines.push('sources:', ...active);
    if (planned.length > 0) {
        lines.push('# Terraform is read from a plan (the .tf files give the lines): produce plan.json in the workflow, where the', '# provider has credentials, then uncomment these.', ...(active.length > 0 ? [] : ['# sources:']), ...planned);
    }
    return lines;
}

;// CONCATENATED MODULE: ./lib/init/discover.js


/** Bounds of the walk: a repository is small, a checkout with a stray node_modules is not. */
const MAX_ENTRIES = 20_000;
const MAX_DEPTH = 12;
const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Folders that hold generated or third-party files, never the repository's own templates. */
const SKIPPED_DIRS = new Set(['node_modules', 'cdk.out', '.git', '.terraform', '.aws-sam', 'dist', 'vendor']);
const TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template)$/i;
const CLOUDFRONT_TYPE = 'AWS::CloudFront::Distribution';
const TERRAFORM_DISTRIBUTION = /resource\s+"aws_cloudfront_distribution"/;
function discoverSources(root) {
    const found = { cloudformation: [], terraformDirs: [] };
    const terraform = new Set();
    let visited = 0;
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            if (++visited > MAX_ENTRIES)
                return;
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (depth < MAX_DEPTH && !SKIPPED_DIRS.has(entry.name) && !(entry.name.startsWith('.') && entry.name !== '.github'))
                    walk(path, depth + 1);
            }
            else if (entry.isFile()) {
                if (TEMPLATE_EXTENSIONS.test(entry.name) &&
                    declares(path, (text) => text.includes(CLOUDFRONT_TYPE) && text.includes('Resources'))) {
                    found.cloudformation.push(toPosix((0,external_node_path_.relative)(root, path)));
                }
                else if (entry.name.endsWith('.tf') && declares(path, (text) => TERRAFORM_DISTRIBUTION.test(text))) {
                    terraform.add(toPosix((0,external_node_path_.relative)(root, dir)) || '.');
                }
            }
        }
    };
    walk(root, 0);
    found.terraformDirs = [...terraform].sort();
    const cdkOut = cdkTemplates(root);
    if (cdkOut)
        found.cdkOut = cdkOut;
    return found;
}
function cdkTemplates(root) {
    const dir = (0,external_node_path_.join)(root, 'cdk.out');
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return undefined;
    }
    const declaring = names.filter((name) => name.endsWith('.template.json') && declares((0,external_node_path_.join)(dir, name), (text) => text.includes(CLOUDFRONT_TYPE)));
    if (declaring.length === 0)
        return undefined;
    return { glob: 'cdk.out/*.template.json', gitignored: gitignores(root, 'cdk.out') };
}
/** Whether the root .gitignore names the folder: then a checkout lacks it and the workflow must synthesize it. */
function gitignores(root, folder) {
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, '.gitignore'), 'utf8')
            .split(/\r?\n/)
            .some((line) => line.trim().replace(/^\//, '').replace(/\/$/, '') === folder);
    }
    catch {
        return false;
    }
}
function declares(file, test) {
    try {
        if ((0,external_node_fs_.statSync)(file).size > MAX_FILE_BYTES)
            return false;
        return test((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return false;
    }
}
function toPosix(path) {
    return path.split(external_node_path_.sep).join('/');
}
function foundAny(found) {
    return found.cloudformation.length > 0 || found.cdkOut !== undefined || found.terraformDirs.length > 0;
}

// EXTERNAL MODULE: ./lib/init/workflow-file.js
var workflow_file = __webpack_require__(636);
;// CONCATENATED MODULE: ./lib/init/init.js







const WORKFLOW_PATH = '.github/workflows/origin-preflight.yml';
/**
 * Writes the config and the workflow, never over an existing file (checked for both before either is
 * written). Origins come from the domains given and from the templates found in the repository.
 */
function init(options) {
    const domains = [...new Set(options.domains)];
    for (const domain of domains) {
        const problem = (0,hostname/* hostnameProblem */.R)(domain);
        if (problem)
            throw new errors/* UsageError */.eb(`--domain ${domain}: ${problem}`);
    }
    const configPath = toRootRelative(options.root, options.configPath);
    const config = (0,external_node_path_.resolve)(options.root, configPath);
    const workflow = (0,external_node_path_.resolve)(options.root, WORKFLOW_PATH);
    for (const file of [config, workflow]) {
        if ((0,external_node_fs_.existsSync)(file))
            throw new errors/* FileExistsError */.ng(`${(0,external_node_path_.relative)(options.root, file)} already exists; init never overwrites a file (move it away to start again)`);
    }
    const sources = discoverSources(options.root);
    if (domains.length === 0 && !foundAny(sources)) {
        throw new errors/* UsageError */.eb('no origins: name them with --domain (the origin domains the edge connects to); ' +
            'no CloudFormation, CDK or Terraform distribution was found in this folder');
    }
    const texts = [
        [config, configText({ domains, edge: options.edge, sources })],
        [workflow, (0,workflow_file/* workflowText */.L)({ configPath, sources, actionRef: options.actionRef ?? workflow_file.DEFAULT_ACTION_REF, sarif: options.sarif })],
    ];
    for (const [file, text] of texts) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        // `wx`: a file that appeared since the check above is still never overwritten.
        (0,external_node_fs_.writeFileSync)(file, text, { flag: 'wx' });
    }
    return { written: texts.map(([file]) => file), config, domains, sources };
}
function toRootRelative(root, path) {
    const relativePath = (0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.relative)(root, path) : path;
    if (relativePath.startsWith('..'))
        throw new errors/* UsageError */.eb(`--config ${path}: must be inside the repository (${root})`);
    return relativePath.split('\\').join('/');
}


/***/ }),

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
