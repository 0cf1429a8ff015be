export const id = 517;
export const ids = [517];
export const modules = {

/***/ 1517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assertOutputTarget: () => (/* binding */ assertOutputTarget),
/* harmony export */   writeOutputFile: () => (/* binding */ writeOutputFile),
/* harmony export */   writeStream: () => (/* binding */ writeStream)
/* harmony export */ });
/* unused harmony export OutputError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);



/** The report could not be written after the probes ran: exit 2 with one line, as for any usage error. */
class OutputError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PreflightError */ .wG {
    code = 'OP_ERR_OUTPUT';
}
/**
 * Refuses, before anything is probed, an `--output` that cannot take the report: a file the command
 * reads (the config, a shard report: it would be overwritten), a directory, a device or pipe (`/dev/full`, a FIFO: redirect stdout for
 * those), a file or directory this process cannot write.
 */
function assertOutputTarget(file, inputs) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file);
    const refuse = (why) => {
        throw new OutputError(`--output ${file}: ${why}; nothing was probed`);
    };
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target);
    }
    catch {
        stats = undefined;
    }
    if (stats) {
        if (stats.isDirectory())
            refuse('is a directory');
        if (inputs.some((input) => sameFile(target, input)))
            refuse('is a file this command reads (the config, or a report to merge)');
        if (!stats.isFile())
            refuse('is not a regular file (redirect the standard output to write to a device or pipe)');
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(stats ? target : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch (error) {
        refuse(`cannot write there (${error.code ?? String(error)})`);
    }
}
function sameFile(a, b) {
    try {
        const [x, y] = [(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(a), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(b)];
        return (x.dev === y.dev && x.ino === y.ino) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(a) === (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(b);
    }
    catch {
        return false;
    }
}
function writeOutputFile(file, text) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, text);
    }
    catch (error) {
        throw new OutputError(`--output ${file}: the report could not be written (${error.code ?? String(error)})`);
    }
}
/** Resolves when the stream took the text; a failing standard output (`> /dev/full`) is one line and exit 2. */
function writeStream(stream, text) {
    return new Promise((resolvePromise, reject) => {
        stream.write(text, (error) => {
            if (error)
                reject(new OutputError(`the report could not be written to the standard output (${error.code ?? error.message})`));
            else
                resolvePromise();
        });
    });
}


/***/ })

};
