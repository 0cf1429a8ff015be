export const id = 41;
export const ids = [41];
export const modules = {

/***/ 3041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ repositoryRoot),
/* harmony export */   l: () => (/* binding */ readEdgeFunctions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _edge_functions_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1552);
/* harmony import */ var _sources_repository_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3470);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2746);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1236);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1395);
/**
 * The `edge-functions:` entries as declarations the edge-function checks take: paths resolved from the
 * repository root, the key-value store read, the config's requests in the checks' shape, and the rules
 * that tie fields to the kind (CloudFront Functions: viewer events, a runtime, a key-value store;
 * Lambda@Edge: include-body).
 */







/** Paths in the config are relative to the repository root: the folder holding `.github/` when the config lives there. */
function repositoryRoot(configFile) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(configFile));
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(folder) === '.github' ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(folder) : folder;
}
/**
 * The config's own functions in file order, then those the sources declare, each refined by the entry of
 * its name (the entry wins for every field it gives). An entry naming no discovered function must give
 * `kind`, `code` and `events`.
 */
function readEdgeFunctions(value, configFile, reader, discovered = []) {
    const byName = new Map(discovered.map((d) => [d.name, d]));
    const refinements = new Map();
    const own = [];
    if (Array.isArray(value)) {
        const root = repositoryRoot(configFile);
        const seen = new Map();
        value.forEach((item, index) => {
            const path = `edge-functions[${index}]`;
            const at = (key) => {
                const full = key === '' ? path : `${path}.${key}`;
                return { path: full, position: reader.positions.get(full) ?? reader.positions.get(path) ?? { line: 1, col: 1 } };
            };
            if (!(0,_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .isFields */ .Ce)(item) || typeof item.name !== 'string')
                return;
            const line = at('').position.line;
            const first = seen.get(item.name);
            if (first !== undefined)
                (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)(reader, at('name'), `duplicate edge function name "${item.name}" (already used on line ${first})`);
            else
                seen.set(item.name, line);
            const base = byName.get(item.name);
            if (!base) {
                const missing = ['kind', 'code', 'events'].filter((key) => item[key] === undefined);
                if (missing.length > 0) {
                    reportUnrefined(item.name, missing, at, discovered, reader);
                    return;
                }
            }
            const declaration = readEntry(item, base, root, configFile, line, at, reader);
            if (!declaration)
                return;
            if (base)
                refinements.set(item.name, declaration);
            else
                own.push(declaration);
        });
    }
    return [...own, ...discovered.map((d) => refinements.get(d.name) ?? d)];
}
/** An entry that refines nothing and lacks what a declaration needs: each missing key, and the discovered name it may mean. */
function reportUnrefined(name, missing, at, discovered, reader) {
    if (discovered.length === 0) {
        for (const key of missing)
            (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)(reader, { ...at(''), path: at(key).path }, 'is required');
        return;
    }
    const names = discovered.map((d) => d.name);
    const suggestion = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .closestMatch */ .h)(name, names);
    const hint = suggestion
        ? `; did you mean "${suggestion}"?`
        : `; the sources declare: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ' ...' : ''}`;
    (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)(reader, at('name'), `names no edge function read from sources and sets no ${missing.join(', ')}${hint}`);
}
function readEntry(item, base, root, configFile, line, at, reader) {
    const kind = (typeof item.kind === 'string' ? item.kind : base?.kind);
    if (kind === undefined)
        return undefined;
    const events = Array.isArray(item.events) ? item.events.filter((e) => typeof e === 'string') : [...(base?.events ?? [])];
    if (Array.isArray(item.events)) {
        events.forEach((event, i) => {
            if (!_edge_functions_types_js__WEBPACK_IMPORTED_MODULE_2__/* .EVENTS_OF_KIND */ .d3[kind].includes(event))
                (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)(reader, at(`events[${i}]`), `${event} cannot run a ${kind}: CloudFront Functions run on viewer-request and viewer-response only`);
        });
    }
    if (kind === 'lambda-edge' && item.runtime !== undefined)
        (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)(reader, at('runtime'), 'applies to cloudfront-function only');
    if (kind === 'cloudfront-function' && item['include-body'] === true)
        (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)(reader, at('include-body'), 'applies to lambda-edge only: CloudFront Functions cannot read the body');
    if (kind === 'lambda-edge' && item['key-value-store'] !== undefined)
        (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)(reader, at('key-value-store'), 'applies to cloudfront-function only');
    const runtime = item.runtime ?? base?.runtime;
    if (item['key-value-store'] !== undefined && runtime === 'cloudfront-js-1.0')
        (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)(reader, at('key-value-store'), 'needs runtime cloudfront-js-2.0: key-value stores are not available in 1.0');
    const declaration = base
        ? { ...base, kind, events }
        : { name: item.name, kind, file: '', declaredAt: { file: configFile, line }, events };
    if (typeof item.code === 'string') {
        const codePath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, item.code);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(codePath) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(codePath).isFile())
            (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)(reader, at('code'), `file not found: ${item.code} (paths are relative to ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), root) || '.'})`);
        // The code is run and quoted in reports: only a file of the repository, whatever links lead there.
        else if (new _sources_repository_files_js__WEBPACK_IMPORTED_MODULE_3__/* .RepositoryFiles */ .Y(root).place(codePath).kind !== 'file')
            (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)(reader, at('code'), 'must be a file inside the repository');
        declaration.file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, codePath).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        declaration.path = codePath;
        for (const key of ['code', 'codeLine', 'codeOnOneLine', 'codeElsewhere'])
            delete declaration[key];
    }
    if (typeof item.handler === 'string')
        declaration.handler = item.handler;
    else
        declaration.handler ??= 'handler';
    if (typeof item['include-body'] === 'boolean')
        declaration.includeBody = item['include-body'];
    else
        declaration.includeBody ??= false;
    if (Array.isArray(item.requests))
        declaration.requests = readRequests(item.requests);
    else
        declaration.requests ??= [];
    if (kind === 'cloudfront-function')
        declaration.runtime = runtime === 'cloudfront-js-1.0' ? 'cloudfront-js-1.0' : 'cloudfront-js-2.0';
    else
        delete declaration.runtime;
    if (typeof item['key-value-store'] === 'string') {
        const store = readStore((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, item['key-value-store']));
        if (typeof store === 'string')
            (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)(reader, at('key-value-store'), store);
        else
            declaration.keyValueStore = store;
    }
    return declaration;
}
function readRequests(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .isFields */ .Ce).map((request, index) => {
        const headers = (0,_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .isFields */ .Ce)(request.headers)
            ? Object.entries(request.headers).filter((e) => typeof e[1] === 'string')
            : [];
        const test = {
            name: `config#${index + 1}`,
            method: typeof request.method === 'string' ? request.method : 'GET',
            uri: typeof request.uri === 'string' ? request.uri : '/',
            querystring: typeof request.querystring === 'string' ? request.querystring : '',
            headers,
        };
        if (typeof request.body === 'string') {
            test.body = request.body;
            if (!headers.some(([name]) => name.toLowerCase() === 'content-length'))
                test.headers = [...headers, ['Content-Length', String(Buffer.byteLength(request.body))]];
        }
        return test;
    });
}
/** A JSON object of string keys and values; anything else is the problem to report. */
function readStore(file) {
    let data;
    try {
        data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        return error.code === 'ENOENT' ? `file not found: ${file}` : `is not valid JSON: ${error.message}`;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return 'must be a JSON object of keys and their values';
    const store = {};
    for (const [key, v] of Object.entries(data))
        store[key] = typeof v === 'string' ? v : JSON.stringify(v);
    return store;
}


/***/ }),

/***/ 1124:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ anchorsOf),
/* harmony export */   L3: () => (/* binding */ ALIAS_BUDGET_FACTOR),
/* harmony export */   M8: () => (/* binding */ measureDocument),
/* harmony export */   Ur: () => (/* binding */ subtreeSize),
/* harmony export */   Yk: () => (/* binding */ aliasBudget),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   rQ: () => (/* binding */ anchorBefore)
/* harmony export */ });
/* unused harmony export MIN_ALIAS_BUDGET */
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(591);
/**
 * Bounds on what a config file can make the loader do: a few hundred kilobytes of YAML must not turn
 * into minutes and gigabytes through aliases, nor into a stack overflow through nesting.
 */

/** Deeper than any config needs (the deepest field is five levels down); far below the stack's reach. */
const MAX_DEPTH = 64;
/**
 * Values an alias may stand for, in all: ten times the values written in the file, and never fewer
 * than this. A shared `health: *h` across ten thousand origins fits; three thousand origins sharing
 * three thousand headers each (nine million values from a 217 KB file) does not.
 */
const MIN_ALIAS_BUDGET = 100_000;
const ALIAS_BUDGET_FACTOR = 10;
/** Node count and depth of the document, without recursion (the nesting is what is being measured). */
function measureDocument(root) {
    let nodes = 0;
    let depth = 0;
    // Two parallel stacks, not a pair per node: a large config has hundreds of thousands of nodes.
    const stack = [root];
    const levels = [1];
    const push = (child, level) => {
        stack.push(child);
        levels.push(level);
    };
    while (stack.length > 0) {
        const node = stack.pop();
        const level = levels.pop();
        if (node === null || node === undefined)
            continue;
        nodes++;
        if (level > depth)
            depth = level;
        if (depth > MAX_DEPTH)
            break;
        if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (const item of node.items) {
                if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item)) {
                    push(item.key, level + 1);
                    push(item.value, level + 1);
                }
                else
                    push(item, level + 1);
            }
        }
        else if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node)) {
            push(node.key, level + 1);
            push(node.value, level + 1);
        }
    }
    return { nodes, depth };
}
function aliasBudget(documentNodes) {
    return { limit: Math.max(MIN_ALIAS_BUDGET, ALIAS_BUDGET_FACTOR * documentNodes), used: 0, exceeded: false, sizes: new WeakMap() };
}
/** How many values `node` stands for (its subtree; an alias inside counts as one, it is charged when followed). */
function subtreeSize(node, budget) {
    const known = budget.sizes.get(node);
    if (known !== undefined)
        return known;
    let size = 0;
    const stack = [node];
    while (stack.length > 0) {
        const next = stack.pop();
        if (next === null || next === undefined)
            continue;
        size++;
        stack.push(...children(next));
    }
    budget.sizes.set(node, size);
    return size;
}
function children(node) {
    if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return node.items.flatMap((item) => ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) ? [item.key, item.value] : [item]));
    if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node))
        return [node.key, node.value];
    if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        return [];
    return [];
}
/**
 * Every anchor in the document by name, in document order, from one pass: the yaml package's
 * `Alias#resolve` walks the whole document for each alias, which made a file of many aliases quadratic.
 */
function anchorsOf(root) {
    const anchors = new Map();
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node === null || node === undefined)
            continue;
        const anchor = node.anchor;
        const range = node.range;
        if (anchor && range && !(0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node)) {
            const list = anchors.get(anchor) ?? [];
            list.push({ start: range[0], node: node });
            anchors.set(anchor, list);
        }
        stack.push(...children(node));
    }
    for (const list of anchors.values())
        list.sort((a, b) => a.start - b.start);
    return anchors;
}
/** The node an alias at `start` names: the last anchor of that name before it (YAML lets a name be reused). */
function anchorBefore(anchors, name, start) {
    let found;
    for (const entry of anchors.get(name) ?? []) {
        if (entry.start >= start)
            break;
        found = entry.node;
    }
    return found;
}


/***/ }),

/***/ 2746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ isFields),
/* harmony export */   V8: () => (/* binding */ mergeOver),
/* harmony export */   k8: () => (/* binding */ withBuiltInDefaults)
/* harmony export */ });
/** How `defaults` and the built-in defaults combine with what an origin sets itself. */
function isFields(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The origin's own value wins; objects and maps merge per key; lists and scalars are replaced whole. */
function mergeOver(field, base, own) {
    if (own === undefined)
        return base;
    if (!isFields(base) || !isFields(own))
        return own;
    if (field.kind === 'object') {
        const merged = {};
        for (const [key, child] of entriesOf(field)) {
            const value = mergeOver(child, base[key], own[key]);
            if (value !== undefined)
                merged[key] = value;
        }
        return merged;
    }
    if (field.kind === 'map') {
        const overridden = new Set(Object.keys(own).map((key) => fold(field.caseInsensitiveKeys, key)));
        const inherited = Object.entries(base).filter(([key]) => !overridden.has(fold(field.caseInsensitiveKeys, key)));
        return { ...Object.fromEntries(inherited), ...own };
    }
    return own;
}
function fold(caseInsensitive, key) {
    return caseInsensitive ? key.toLowerCase() : key;
}
/** Each object field's entries, listed once: a config may merge ten thousand origins. */
const entries = new WeakMap();
function entriesOf(field) {
    let list = entries.get(field);
    if (!list)
        entries.set(field, (list = Object.entries(field.fields)));
    return list;
}
/** A copy with the built-in defaults filled in: every field that has one, inside every object that exists. */
function withBuiltInDefaults(field, value) {
    return fillDefaults(field, copy(value));
}
/** Fills `filled` (a copy already, nested objects too) in place. */
function fillDefaults(field, filled) {
    for (const [key, child] of entriesOf(field)) {
        const current = filled[key];
        if (current === undefined && child.default !== undefined) {
            filled[key] = copy(child.default);
        }
        else if (child.kind === 'object' && (isFields(current) || (current === undefined && !child.optIn))) {
            filled[key] = fillDefaults(child, isFields(current) ? current : {});
        }
    }
    return filled;
}
/** Deep copy of plain data; unlike structuredClone it keeps the INVALID marker (a symbol). */
function copy(value) {
    if (Array.isArray(value))
        return value.map(copy);
    if (!isFields(value))
        return value;
    const copied = {};
    for (const key of Object.keys(value))
        copied[key] = copy(value[key]);
    return copied;
}


/***/ }),

/***/ 591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vj: () => (/* binding */ isAlias),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   jn: () => (/* binding */ isScalar),
/* harmony export */   oP: () => (/* binding */ isSeq),
/* harmony export */   tO: () => (/* binding */ isPair)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * The YAML nodes the config reader walks: the yaml package's own, from its general parser, or the
 * line reader's plain objects of the same shape (block-yaml-reader.ts), which cost a fraction to
 * build. The predicates answer alike for both, so the walk cannot tell which reader read the file.
 */

function kindOf(node) {
    return typeof node === 'object' && node !== null ? node.kind : undefined;
}
function isScalar(node) {
    return kindOf(node) === 'scalar' || yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn(node);
}
function isMap(node) {
    return kindOf(node) === 'map' || yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh(node);
}
function isSeq(node) {
    return kindOf(node) === 'seq' || yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP(node);
}
function isPair(node) {
    return kindOf(node) === 'pair' || yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO(node);
}
/** Only the general parser reads aliases. */
function isAlias(node) {
    return yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj(node);
}


/***/ }),

/***/ 1395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ typeMismatch),
/* harmony export */   DS: () => (/* binding */ dereference),
/* harmony export */   cm: () => (/* binding */ childPath),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   uY: () => (/* binding */ INVALID),
/* harmony export */   z8: () => (/* binding */ report)
/* harmony export */ });
/* unused harmony export describeNode */
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(591);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1124);
/** What a walk over the YAML nodes carries along: where things are, and what went wrong so far. */


/** Marks a value that failed validation; a problem has been recorded for it. */
const INVALID = Symbol('invalid');
function positionOf(node, reader, fallback = { line: 1, col: 1 }) {
    const range = node?.range;
    return range ? reader.lines.linePos(range[0]) : fallback;
}
function report(reader, place, message) {
    reader.problems.push({
        file: reader.file,
        line: place.position.line,
        col: place.position.col,
        path: place.path === '' ? '(root)' : place.path,
        message,
    });
}
function childPath(parent, key) {
    return parent === '' ? key : `${parent}.${key}`;
}
/** `a list`, `a string`...: what the node is, for `must be X, not Y`. */
function describeNode(node) {
    if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'a mapping';
    if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'a list';
    if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        if (node.value === null)
            return 'empty';
        if (typeof node.value === 'string')
            return 'a string';
        if (typeof node.value === 'number')
            return 'a number';
        if (typeof node.value === 'boolean')
            return 'a boolean';
    }
    if (node === null || node === undefined)
        return 'empty';
    return 'another kind of value';
}
function typeMismatch(node, expected) {
    const actual = describeNode(node);
    const message = actual === 'empty' ? `must be ${expected}, but is empty` : `must be ${expected}, not ${actual}`;
    const written = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? (node.source ?? String(node.value)) : undefined;
    const quotable = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && (typeof node.value === 'number' || typeof node.value === 'boolean');
    return expected === 'a string' && quotable ? `${message} (quote it: "${written}")` : message;
}
/** Follows `*alias` to its anchored node; undefined (with a problem) when the anchor does not exist. */
function dereference(node, place, reader) {
    if (!(0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        return node;
    reader.anchors ??= (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .anchorsOf */ .EF)(reader.root);
    const target = (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .anchorBefore */ .rQ)(reader.anchors, node.source, node.range?.[0] ?? Number.MAX_SAFE_INTEGER);
    if (target === undefined)
        report(reader, place, `refers to an unknown anchor "*${node.source}"`);
    const budget = reader.aliases;
    if (target && budget) {
        if (budget.exceeded)
            return INVALID;
        budget.used += (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .subtreeSize */ .Ur)(target, budget);
        if (budget.used > budget.limit) {
            budget.exceeded = true;
            const limit = `${budget.limit} values (at most ${_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ALIAS_BUDGET_FACTOR */ .L3} times the file's own)`;
            report(reader, place, `aliases expand to more than ${limit}; put what origins share under defaults instead`);
            return INVALID;
        }
    }
    return target ?? INVALID;
}


/***/ }),

/***/ 1236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ closestMatch)
/* harmony export */ });
/* unused harmony export editDistance */
/** Levenshtein distance, case-insensitive: `Https-Port` is one slip from nothing, not ten. */
function editDistance(a, b) {
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
    for (let i = 1; i <= left.length; i++) {
        const current = [i];
        for (let j = 1; j <= right.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[right.length] ?? 0;
}
/** The candidate closest to `word` within two edits, the first listed on a tie; undefined when none is. */
function closestMatch(word, candidates) {
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}


/***/ }),

/***/ 1552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ isRequestEvent),
/* harmony export */   Dz: () => (/* binding */ EDGE_FUNCTION_KINDS),
/* harmony export */   d3: () => (/* binding */ EVENTS_OF_KIND),
/* harmony export */   ry: () => (/* binding */ CLOUDFRONT_RUNTIMES),
/* harmony export */   uQ: () => (/* binding */ EDGE_EVENTS)
/* harmony export */ });
const EDGE_FUNCTION_KINDS = ['cloudfront-function', 'lambda-edge'];
const EDGE_EVENTS = ['viewer-request', 'origin-request', 'origin-response', 'viewer-response'];
/** The events each kind can be associated with (CloudFront Functions: viewer events only, as the API says). */
const EVENTS_OF_KIND = {
    'cloudfront-function': ['viewer-request', 'viewer-response'],
    'lambda-edge': EDGE_EVENTS,
};
const CLOUDFRONT_RUNTIMES = ['cloudfront-js-1.0', 'cloudfront-js-2.0'];
function isRequestEvent(event) {
    return event === 'viewer-request' || event === 'origin-request';
}


/***/ }),

/***/ 2345:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded),
/* harmony export */   X: () => (/* binding */ readRegularFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

/**
 * A file read without trusting its name: only a regular file, opened without blocking (a FIFO or
 * `/proc/kmsg` would otherwise hang the run), of at most `maxBytes`, read no further than the size it
 * states (a pseudo-file that states 0 and holds more is refused). `noFollow` refuses a final symlink.
 */
function readBounded(file, maxBytes, options = {}) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | (options.noFollow ? node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW : 0));
    }
    catch (error) {
        return { refused: error.code === 'ENOENT' ? 'missing' : 'unreadable' };
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stats.isFile())
            return { refused: 'not-a-file' };
        if (stats.size > maxBytes)
            return { refused: 'too-large', size: stats.size };
        // One byte more than stated: a file that grows, or a pseudo-file that lies about its size, is refused.
        const buffer = Buffer.alloc(stats.size + 1);
        let length = 0;
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                break;
            length += read;
        }
        if (length > stats.size)
            return { refused: 'unreadable' };
        return { bytes: buffer.subarray(0, length) };
    }
    catch {
        return { refused: 'unreadable' };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * A file named by a config, read through `readBounded`; one answer for every refusal (and for an empty
 * file, which holds no certificate anyway), so a config cannot use the message to learn what exists.
 */
function readRegularFile(file, maxBytes) {
    const read = readBounded(file, maxBytes);
    return 'bytes' in read && read.bytes.length > 0 ? read.bytes : undefined;
}


/***/ }),

/***/ 3470:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ RepositoryFiles),
/* harmony export */   e: () => (/* binding */ MAX_CODE_FILE_BYTES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var _read_regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2345);
/**
 * Files a template or plan names (a Lambda's code folder, a CDK asset, a `file("…")`), read only inside
 * the repository: each path is resolved through its links and must stay below the repository root; every
 * file is read through one bounded reader (regular files only, never blocking, capped in size); links are
 * not followed inside a folder; and what one load may read is capped in files and bytes. A folder is
 * walked and weighed once per load, however many functions name it.
 */




/** One code file: far past any edge function's package (50 MB zipped at most). */
const MAX_CODE_FILE_BYTES = 64 * 1024 * 1024;
/** Files one folder may hold before the walk stops. */
const MAX_FOLDER_FILES = 5000;
/** Bytes read from one folder: past Lambda's 250 MB unzipped limit the package is refused whatever it zips to. */
const MAX_FOLDER_BYTES = 256 * 1024 * 1024;
/** What one load of the sources may read in all. */
const LOAD_BYTES = 512 * 1024 * 1024;
const LOAD_FILES = 50_000;
/** Past this many compressed bytes the package is over every limit: stop counting. */
const STOP_BYTES = 60 * 1024 * 1024;
/** A zip's own bytes per file (local header, central directory entry, name twice), roughly. */
const ZIP_ENTRY_OVERHEAD = 100;
class RepositoryFiles {
    root;
    realRoot;
    packages = new Map();
    bytesLeft = LOAD_BYTES;
    filesLeft = LOAD_FILES;
    /** Every file read, as reports name it: what the config's digest covers. */
    read = new Set();
    constructor(root) {
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
        this.realRoot = realOr(this.root);
    }
    /** `path` resolved through every link: inside the repository (as a path below `root`), else outside or missing. */
    place(path) {
        let real;
        try {
            real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
        }
        catch {
            return { kind: 'missing' };
        }
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.realRoot, real);
        if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
            return { kind: 'outside' };
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, rel);
        try {
            const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real);
            return stats.isFile()
                ? { kind: 'file', path: inside }
                : stats.isDirectory()
                    ? { kind: 'folder', path: inside }
                    : { kind: 'other', path: inside };
        }
        catch {
            return { kind: 'missing' };
        }
    }
    /** A file's text, if it is a regular file inside the repository within the bounds. */
    text(path) {
        const place = this.place(path);
        if (place.kind !== 'file')
            return undefined;
        const bytes = this.bytes(place.path);
        return bytes instanceof Buffer ? bytes.toString('utf8') : undefined;
    }
    /** `index.handler` → `index.js`, `index.mjs` or `index.cjs` in `folder` (a Node.js handler's module), inside the repository. */
    handlerFile(folder, handler) {
        const dot = handler.lastIndexOf('.');
        if (dot <= 0)
            return undefined;
        const module = handler.slice(0, dot);
        if (module.split('/').includes('..'))
            return undefined;
        for (const extension of ['.js', '.mjs', '.cjs']) {
            const place = this.place((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, `${module}${extension}`));
            if (place.kind === 'file')
                return place.path;
        }
        return undefined;
    }
    /** The package a file or folder (already placed inside the repository) makes, weighed once per load. */
    codePackage(place) {
        const cached = this.packages.get(place.path);
        if (cached)
            return cached;
        const made = this.weigh(place);
        this.packages.set(place.path, made);
        return made;
    }
    weigh(place) {
        if (place.kind === 'file' && place.path.endsWith('.zip')) {
            try {
                return { files: [place.path], bytes: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(place.path).size };
            }
            catch {
                return { files: [] };
            }
        }
        const listed = place.kind === 'file' ? { files: [place.path], complete: true } : this.walk(place.path);
        const files = [];
        let zipped = 0;
        let raw = 0;
        let complete = listed.complete;
        for (const file of listed.files) {
            if (zipped > STOP_BYTES)
                break;
            const bytes = raw > MAX_FOLDER_BYTES ? 'over' : this.bytes(file);
            // A file refused for its size, or a bound reached: what the package zips to is not known.
            if (bytes === 'over') {
                complete = false;
                break;
            }
            if (bytes === undefined)
                continue;
            files.push(file);
            raw += bytes.length;
            zipped += (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.deflateRawSync)(bytes).length + ZIP_ENTRY_OVERHEAD;
        }
        return complete || zipped > STOP_BYTES ? { files, bytes: zipped } : { files };
    }
    /** Regular files below `dir`, folder by folder in name order; links are neither followed nor listed. */
    walk(dir) {
        const files = [];
        const stack = [dir];
        while (stack.length > 0) {
            const current = stack.pop();
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            }
            catch {
                continue;
            }
            const folders = [];
            for (const entry of entries) {
                if (entry.isDirectory())
                    folders.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, entry.name));
                else if (entry.isFile()) {
                    if (files.length >= MAX_FOLDER_FILES)
                        return { files, complete: false };
                    files.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, entry.name));
                }
            }
            stack.push(...folders.reverse());
        }
        return { files, complete: true };
    }
    /** One file's bytes through the bounded reader, counted against the load's budget. */
    bytes(file) {
        if (this.filesLeft <= 0 || this.bytesLeft <= 0)
            return 'over';
        this.filesLeft--;
        const read = (0,_read_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readBounded */ .C)(file, Math.min(MAX_CODE_FILE_BYTES, this.bytesLeft), { noFollow: true });
        if (!('bytes' in read))
            return read.refused === 'too-large' ? 'over' : undefined;
        this.bytesLeft -= read.bytes.length;
        this.read.add(file);
        return read.bytes;
    }
}
function realOr(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return path;
    }
}


/***/ })

};
