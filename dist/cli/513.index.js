export const id = 513;
export const ids = [513];
export const modules = {

/***/ 8894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listEdgeFunctions: () => (/* binding */ listEdgeFunctions)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _config_edge_function_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3041);
/* harmony import */ var _edge_functions_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1593);
/* harmony import */ var _engine_run_functions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(473);
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4079);
/**
 * What `validate` says of the config's edge functions: each one (name, kind, runtime, events, file:line)
 * and the findings read from its code and declaration alone (syntax, deployment rules); nothing runs.
 */





async function listEdgeFunctions(config) {
    const lines = [];
    const findings = [];
    const configFile = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)((0,_config_edge_function_config_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRoot */ .H)(config.file), config.file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    for (const declaration of config.edgeFunctions ?? []) {
        const result = await (0,_edge_functions_check_js__WEBPACK_IMPORTED_MODULE_2__/* .checkEdgeFunction */ .o)(declaration, { staticOnly: true });
        const runtime = result.runtime ? ` ${result.runtime}` : '';
        const events = result.events.join(', ') || 'no event associated';
        lines.push(`edge function ${result.name}: ${result.kind}${runtime}, ${events}, ${result.file}:${result.line}`);
        const own = result.findings.map(_engine_run_functions_js__WEBPACK_IMPORTED_MODULE_3__/* .edgeFunctionFinding */ .v).sort(_findings_severity_js__WEBPACK_IMPORTED_MODULE_4__/* .bySeverity */ .Np);
        for (const finding of own) {
            const file = finding.file !== undefined && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(finding.file) === config.file ? configFile : finding.file;
            lines.push(`  ${finding.severity.toUpperCase()} ${finding.code} ${file}:${finding.line}`, `    ${finding.message}`);
        }
        findings.push(...own);
    }
    return { lines, findings };
}


/***/ })

};
