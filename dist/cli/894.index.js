export const id = 894;
export const ids = [894];
export const modules = {

/***/ 6894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeReports: () => (/* binding */ mergeReports)
/* harmony export */ });
/* unused harmony export MergeError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _findings_acceptance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9011);


/** Shard reports that cannot make one verdict: of different configs, overlapping, or missing a shard. Exit code 2. */
class MergeError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG {
    code = 'OP_ERR_MERGE';
}
/**
 * One report from the reports of every shard of one run: one verdict, the origins in config order (by
 * their config line, then name), the summary counted again. Refuses reports of different configs (their
 * config digests differ), reports without a shard, of different shard counts, two reports of one shard,
 * an origin or an edge function in two reports, and a missing shard: a merged verdict over part of the
 * origins would pass a gate that did not look. Edge functions run in shard 1 and are carried as they are.
 */
function mergeReports(shards) {
    const first = shards[0];
    if (!first)
        throw new MergeError('no shard reports to merge');
    const digest = first.report.configDigest;
    for (const { file, report } of shards) {
        if (!report.configDigest)
            throw new MergeError(`${file} has no config digest: it was written by a version that cannot be merged; run every shard again`);
        if (!report.shard)
            throw new MergeError(`${file} is not a shard report (it was run without --shard)`);
        if (report.configDigest !== digest) {
            throw new MergeError(`${file} was made from a different config than ${first.file} (${report.configDigest} vs ${digest}): ` +
                'run every shard on the same commit');
        }
    }
    const count = first.report.shard.count;
    const byIndex = new Map();
    for (const { file, report } of shards) {
        const { index, count: theirs } = report.shard;
        if (theirs !== count)
            throw new MergeError(`${file} is shard ${index}/${theirs} but ${first.file} is one of ${count}: every shard must split the origins the same way`);
        const other = byIndex.get(index);
        if (other)
            throw new MergeError(`shard ${index}/${count} is in both ${other} and ${file}`);
        byIndex.set(index, file);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length > 0)
        throw new MergeError(`missing shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')}: ` +
            'the verdict would leave those origins unchecked');
    const seen = new Map();
    for (const { file, report } of shards) {
        for (const origin of report.origins) {
            const other = seen.get(origin.name);
            if (other)
                throw new MergeError(`origin ${origin.name} is in both ${other} and ${file}`);
            seen.set(origin.name, file);
        }
    }
    // Edge functions run in shard 1 only: a function in two reports is a mix of runs, as an origin would be.
    const functionSeen = new Map();
    for (const { file, report } of shards) {
        for (const fn of report.functions ?? []) {
            const other = functionSeen.get(fn.name);
            if (other)
                throw new MergeError(`edge function ${fn.name} is in both ${other} and ${file}`);
            functionSeen.set(fn.name, file);
        }
    }
    const functions = [...shards].sort((a, b) => a.report.shard.index - b.report.shard.index).flatMap((s) => s.report.functions ?? []);
    const origins = shards.flatMap((s) => s.report.origins).sort(inConfigOrder);
    const starts = shards.map((s) => Date.parse(s.report.startedAt));
    const start = Math.min(...starts);
    const end = Math.max(...shards.map((s, i) => starts[i] + s.report.durationMs));
    const failOns = new Set(shards.map((s) => s.report.failOn));
    // Every shard judges the same accept entries by the same clock: a finding about one is kept once.
    const aboutConfig = [...shards.flatMap((s) => s.report.configFindings ?? []), ...unusedInEveryShard(shards)];
    const configFindings = [...new Map(aboutConfig.map((f) => [`${f.code}:${(0,_findings_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .entryLineOf */ .k$)(f)}`, f])).values()];
    const judged = [...origins, ...functions];
    const findings = [...judged.flatMap((o) => o.findings), ...configFindings].filter((f) => f.accepted === undefined);
    const accepted = judged.reduce((sum, o) => sum + o.findings.filter((f) => f.accepted !== undefined).length, 0);
    const merged = {
        version: 1,
        tool: first.report.tool,
        startedAt: new Date(start).toISOString(),
        durationMs: end - start,
        passed: shards.every((s) => s.report.passed),
        config: first.report.config,
        configDigest: digest,
        merged: { shards: count },
        overrides: first.report.overrides,
        summary: {
            origins: origins.length,
            ...(functions.length > 0 ? { functions: functions.length } : {}),
            failed: judged.filter((o) => !o.passed).length,
            errors: findings.filter((f) => f.severity === 'error').length,
            warnings: findings.filter((f) => f.severity === 'warning').length,
            notices: findings.filter((f) => f.severity === 'notice').length,
            accepted,
        },
        origins,
        configFindings,
        ...(functions.length > 0 ? { functions } : {}),
    };
    const failOn = failOns.size === 1 ? [...failOns][0] : undefined;
    if (failOn !== undefined)
        merged.failOn = failOn;
    return merged;
}
/** An `accept` entry that covered nothing in any shard (each having run its whole slice) covered nothing in the run. */
function unusedInEveryShard(shards) {
    const lists = shards.map((s) => s.report.shard?.unusedAccept);
    if (lists.some((list) => list === undefined))
        return [];
    const [first, ...others] = lists;
    return first.filter((finding) => others.every((list) => list.some((other) => (0,_findings_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .entryLineOf */ .k$)(other) === (0,_findings_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .entryLineOf */ .k$)(finding))));
}
function inConfigOrder(a, b) {
    return a.configLine - b.configLine || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}


/***/ })

};
