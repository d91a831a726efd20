#!/usr/bin/env node
import { createRequire as __memleakCreateRequire } from 'node:module';
const require = __memleakCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-KUK5EE3H.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare2) {
      return { validate, compare: compare2 };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/service/params.ts
var DEFAULT_BODY_LIMIT_BYTES = 10 * 1024 * 1024;
var repoParams = {
  type: "object",
  required: ["owner", "repo"],
  properties: {
    owner: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" },
    repo: { type: "string", pattern: "^[A-Za-z0-9._-]{1,100}$" }
  }
};

// src/core/thresholds.ts
var DEFAULT_THRESHOLDS = Object.freeze({
  min_bytes_per_op: 32,
  min_total_bytes: 16 * 1024,
  min_growing_share: 0.7,
  min_source_bytes_per_op: 16,
  min_source_total_bytes: 8 * 1024,
  min_source_batches: 3,
  max_sources: 10,
  min_native_bytes_per_op: 256,
  min_native_total_bytes: 1024 * 1024,
  min_batches: 4,
  regression_factor: 2
});
var SHARES = /* @__PURE__ */ new Set(["min_growing_share"]);
var COUNTS = /* @__PURE__ */ new Set(["min_source_batches", "max_sources", "min_batches"]);
var ThresholdError = class extends RangeError {
  constructor(threshold, message) {
    super(message);
    this.threshold = threshold;
    this.name = "ThresholdError";
  }
  threshold;
};
function resolveThresholds(overrides = {}) {
  const resolved = { ...DEFAULT_THRESHOLDS };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === void 0) continue;
    const refuse = (why) => new ThresholdError(name, `threshold "${name}" ${why}`);
    if (!Object.hasOwn(DEFAULT_THRESHOLDS, name)) throw new ThresholdError(name, `unknown threshold "${name}"; known: ${Object.keys(DEFAULT_THRESHOLDS).join(", ")}`);
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > Number.MAX_SAFE_INTEGER) {
      throw refuse(`must be a number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${JSON.stringify(value)}`);
    }
    if (SHARES.has(name) && value > 1) throw refuse(`is a share from 0 to 1, got ${value}`);
    if (COUNTS.has(name) && !Number.isInteger(value)) throw refuse(`must be a whole number, got ${value}`);
    if (name === "regression_factor" && value < 1) throw refuse(`must be at least 1, got ${value}`);
    resolved[name] = value;
  }
  if (resolved.min_batches < 3) throw new ThresholdError("min_batches", 'threshold "min_batches" must be at least 3: a trend needs two steps');
  return resolved;
}

// memleak-generated:schema-validators
var validateSnapshot = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://memleak-action.github.io/schemas/snapshot.v1.schema.json", "title": "memleak snapshot, version 1", "description": "What one collector measured for one leak test: the memory retained after each batch of repeated operations, in total and per allocation site. One file per test. Written by any collector (Python now, Node later, third parties) and read by the analysis core.", "type": "object", "required": ["format", "version", "test", "collector", "phases"], "additionalProperties": true, "properties": { "format": { "const": "memleak-snapshot" }, "version": { "const": 1 }, "test": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "The test's id, e.g. the pytest node id tests/test_cache.py::test_get." }, "file": { "type": "string", "maxLength": 4096, "description": "POSIX path of the test file, relative to the directory the tests ran in." }, "name": { "type": "string", "maxLength": 4096 } } }, "collector": { "type": "object", "required": ["name", "version"], "properties": { "name": { "type": "string", "maxLength": 200 }, "version": { "type": "string", "maxLength": 100 }, "runtime": { "type": "string", "maxLength": 200, "description": "e.g. CPython 3.11.7" }, "platform": { "type": "string", "maxLength": 200 }, "heap": { "enum": ["python", "js"], "description": "The heap whose allocations traced_bytes and the sites count: python (CPython's, through tracemalloc), js (a JavaScript engine's heap: V8's sampling heap profiler in the Node collector). It decides the kind of a heap leak in the report (python or js-heap). Absent: js when name is memleak-node (its snapshots from before this field), else python." } } }, "created_at": { "type": "string", "format": "date-time" }, "config": { "type": "object", "description": "The settings the test was measured with, as resolved from marker, ini file and environment.", "properties": { "batches": { "type": "integer", "minimum": 1, "maximum": 1e5 }, "batch_size": { "type": "integer", "minimum": 1, "maximum": 1e8 }, "warmup": { "type": "integer", "minimum": 0, "maximum": 1e5 }, "expect_errors": { "type": "boolean" }, "batch_size_auto": { "type": "boolean", "description": "batch_size was calibrated by timing (the 'auto' setting); batch_size holds the chosen number." }, "confirm": { "type": "boolean", "description": "Whether suspect tests get a confirmation phase." }, "traceback_depth": { "type": "integer", "minimum": 0, "maximum": 1e3, "description": "Frames recorded per allocation in the confirmation phase." }, "max_sites": { "type": "integer", "minimum": 0, "maximum": 1e5 }, "time_budget_s": { "type": "number", "minimum": 1e-3, "maximum": 86400, "description": "Seconds the test could take, all phases together; a phase that ran out says so in `stopped`." }, "allow_bytes_per_op": { "$ref": "#/$defs/bytes", "description": "Growth per operation this test may keep on purpose: the analyser raises its per-operation floor to it for this test." }, "allow_total_bytes": { "$ref": "#/$defs/bytes", "description": "Growth over the judged batches this test may keep on purpose: the analyser raises its total floor to it for this test." }, "soak": { "type": "object", "description": "A soak run (sampled by time; its phase has role 'soak'): the duration and interval asked for, and the test's own tiers in MB (2^20 bytes) per hour; absent tiers take the analyser's defaults (warning 1, failure 5).", "properties": { "duration_s": { "type": "number", "minimum": 0, "maximum": 31536e3 }, "interval_s": { "type": "number", "minimum": 0, "maximum": 31536e3 }, "warning_mb_per_hour": { "type": "number", "minimum": 0, "maximum": 1e9 }, "failure_mb_per_hour": { "type": "number", "minimum": 0, "maximum": 1e9 } } } } }, "phases": { "type": "array", "minItems": 1, "maxItems": 8, "description": "Measurement phases in the order they ran. The analyser judges the phase whose role is 'verdict' (the last phase when no phase has a role, as older collectors wrote); a phase whose role is 'attribution' only names the lines (its deep tracebacks charge library allocations to the user's line). The Python collector's are 'screen' (verdict) and, for suspect tests, 'confirm' (attribution); the Node collector's are 'screen' (verdict) and, for suspect tests, 'statements' (attribution: the suspect functions' retained bytes split by statement line).", "items": { "$ref": "#/$defs/phase" } }, "outcome": { "type": "object", "required": ["status"], "properties": { "status": { "enum": ["passed", "failed", "error", "skipped"], "description": "passed: measured to the end; failed: the body raised (without expect_errors) or an assertion failed; error: setup failed; skipped: nothing measured." }, "message": { "type": "string", "maxLength": 65536 } } }, "root": { "type": "string", "maxLength": 4096, "description": "Absolute directory the tests ran in: the paths in sites are relative to it." }, "endpoint": { "type": "object", "description": "Written by the endpoint profiler (memleak_pytest.endpoints): the test is an endpoint of a running service and its operations are sampled requests.", "properties": { "method": { "type": "string", "maxLength": 100 }, "route": { "type": "string", "maxLength": 4096, "description": "The route template (/items/{item_id}), or the path where no router names it." }, "sampling_rate": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "Share of the requests that were measured." }, "sampled": { "type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": "Requests measured, over all batches." } } }, "confirm_reason": { "type": "string", "maxLength": 4096, "description": "Why the collector ran a confirmation phase (which growth made the test suspect)." } }, "$defs": { "bytes": { "type": "number", "minimum": 0, "maximum": 1e15 }, "phase": { "type": "object", "required": ["name", "batches"], "properties": { "name": { "type": "string", "maxLength": 50, "description": "screen, confirm, or a collector's own name." }, "traceback_depth": { "type": "integer", "minimum": 0, "maximum": 1e3, "description": "Frames recorded per allocation (tracemalloc nframe)." }, "batches": { "type": "array", "minItems": 0, "maxItems": 1e5, "items": { "$ref": "#/$defs/batch" } }, "sites": { "type": "array", "maxItems": 1e5, "description": "Allocation sites, attributed to the innermost frame in the user's own code. sizes[i] and counts[i] are the bytes and blocks still alive at that site after batch i; one entry per batch.", "items": { "$ref": "#/$defs/site" } }, "object_types": { "type": "array", "maxItems": 1e4, "description": "Counts of live objects per type after each batch (for the types that grew); null where not sampled.", "items": { "type": "object", "required": ["type", "counts"], "properties": { "type": { "type": "string", "maxLength": 1e3 }, "counts": { "type": "array", "maxItems": 1e5, "items": { "type": ["integer", "null"], "minimum": 0, "maximum": 9007199254740991 } }, "sizes": { "type": "array", "maxItems": 1e5, "description": "Bytes of the live objects of this type (sys.getsizeof of each, without what they refer to) where counts is sampled; null elsewhere.", "items": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }] } } } } }, "unattributed_bytes": { "type": "array", "maxItems": 1e5, "items": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }] }, "description": "Bytes alive after each batch that no frame in the user's code allocated (library internals in a shallow phase)." }, "role": { "enum": ["verdict", "attribution", "soak"], "description": "verdict: the phase the analyser judges; attribution: a phase that only names the sources of growth; soak: a phase sampled by time (each batch is one interval and carries elapsed_s), judged as MB per hour." }, "stopped": { "type": "string", "maxLength": 4096, "description": "Why the phase ended before its planned batches (the time budget ran out, or operations slowed down batch after batch); absent when it ran to the end." }, "sampling_interval_bytes": { "type": "integer", "minimum": 1, "maximum": 1073741824, "description": "Node collector: the mean bytes between samples of V8's sampling heap profiler; traced_bytes and sites' sizes are its estimates (each sample scaled to the bytes it stands for)." } } }, "batch": { "type": "object", "required": ["operations", "traced_bytes"], "properties": { "warmup": { "type": "boolean", "description": "A warm-up batch: measured but never judged." }, "operations": { "type": "integer", "minimum": 0, "maximum": 1e8 }, "errors": { "type": "integer", "minimum": 0, "maximum": 1e8, "description": "Operations that raised (counted only with expect_errors)." }, "error_types": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0, "maximum": 1e8 } }, "duration_s": { "type": "number", "minimum": 0, "maximum": 1e9 }, "elapsed_s": { "type": "number", "minimum": 0, "maximum": 1e9, "description": "Soak phases: seconds from the start of the soak to this sample." }, "traced_bytes": { "$ref": "#/$defs/bytes", "description": "Bytes traced by the allocator hook (tracemalloc) after a full garbage collection, excluding the collector's own allocations." }, "rss_bytes": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }], "description": "Resident set size of the process after the batch; null where the platform cannot tell." }, "native_heap_bytes": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }], "description": "Bytes in use by the C allocator after the batch (glibc mallinfo2: uordblks + hblkhd), less tracemalloc's own tables: native evidence that memory freed earlier cannot mask, unlike RSS. null where the platform cannot tell." }, "heap_used_bytes": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }], "description": "Node collector: V8's heap in use after the batch's full collection, less compiled code (recorded, not judged: it moves by tens of KB with nothing retained)." }, "external_bytes": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }], "description": "Node collector: memory outside the JS heap that V8 is told about (process.memoryUsage().external: Buffers, ArrayBuffers, native addons) after the batch; judged like native_heap_bytes, as native-like growth with no file:line." }, "array_buffers_bytes": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }], "description": "Node collector: the part of external_bytes held by ArrayBuffers and Buffers (process.memoryUsage().arrayBuffers)." }, "cycles_collected": { "type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": "Objects the cycle collector freed during this batch (its automatic collections and the full collection after the batch): objects kept in reference cycles that reference counting could not free." }, "uncollectable": { "type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": "Objects the cycle collector found unreachable during this batch but could not free (added to gc.garbage)." } } }, "site": { "type": "object", "required": ["file", "line", "sizes"], "properties": { "file": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "POSIX path relative to the directory the tests ran in, or absolute when outside it." }, "line": { "type": "integer", "minimum": 0, "maximum": 1e8 }, "function": { "type": "string", "maxLength": 1e3 }, "code": { "type": "string", "maxLength": 2e3, "description": "The source line's text, stripped: lets a comparison match the line after it moves." }, "sizes": { "type": "array", "maxItems": 1e5, "items": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }] }, "description": "Bytes alive at this site after each batch; null for a batch the collector took no per-site detail of (a traced heap too large to snapshot after every batch)." }, "counts": { "type": "array", "maxItems": 1e5, "items": { "type": ["integer", "null"], "minimum": 0, "maximum": 9007199254740991 } }, "stack": { "type": "array", "maxItems": 1e3, "description": "Optional: the frames from the attributed frame outwards to the allocation (innermost last), for display.", "items": { "type": "object", "required": ["file", "line"], "properties": { "file": { "type": "string", "maxLength": 4096 }, "line": { "type": "integer", "minimum": 0, "maximum": 1e8 }, "function": { "type": "string", "maxLength": 1e3 } } } }, "retainer": { "$ref": "#/$defs/retainer" } } }, "retainer": { "type": "object", "required": ["path", "type", "root"], "description": "What keeps a site's objects alive: the long-lived object that holds them, found at the end of the confirm phase from live objects allocated at the site and their referrers (gc.get_referrers).", "properties": { "path": { "type": "string", "maxLength": 1e3, "description": "The holder's name from its root: `app.tasks._inflight`, `app.jobs.Job.registry`, `logging.Logger.manager.loggerDict`, `app.pricing.Quoter.quote` (an lru_cache); `[\u2026]` stands for a list item, `['key']` for a dict entry." }, "type": { "type": "string", "maxLength": 1e3, "description": "The holder's type: `list`, `dict`, `set`, `collections.deque`, `lru_cache`, or the leaked object's own type when no collection holds it (a string grown with +=)." }, "root": { "type": "string", "maxLength": 1e3, "description": "Where the path starts: `module app.tasks`, `class app.jobs.Job`, `closure of app.hooks.register`, or `object app.sessions.SessionStore` when only the test's fixtures or locals hold that object." } } } } };
var func1 = require_ucs2length().default;
var formats0 = require_formats().fullFormats["date-time"];
var schema34 = { "type": "object", "required": ["name", "batches"], "properties": { "name": { "type": "string", "maxLength": 50, "description": "screen, confirm, or a collector's own name." }, "traceback_depth": { "type": "integer", "minimum": 0, "maximum": 1e3, "description": "Frames recorded per allocation (tracemalloc nframe)." }, "batches": { "type": "array", "minItems": 0, "maxItems": 1e5, "items": { "$ref": "#/$defs/batch" } }, "sites": { "type": "array", "maxItems": 1e5, "description": "Allocation sites, attributed to the innermost frame in the user's own code. sizes[i] and counts[i] are the bytes and blocks still alive at that site after batch i; one entry per batch.", "items": { "$ref": "#/$defs/site" } }, "object_types": { "type": "array", "maxItems": 1e4, "description": "Counts of live objects per type after each batch (for the types that grew); null where not sampled.", "items": { "type": "object", "required": ["type", "counts"], "properties": { "type": { "type": "string", "maxLength": 1e3 }, "counts": { "type": "array", "maxItems": 1e5, "items": { "type": ["integer", "null"], "minimum": 0, "maximum": 9007199254740991 } }, "sizes": { "type": "array", "maxItems": 1e5, "description": "Bytes of the live objects of this type (sys.getsizeof of each, without what they refer to) where counts is sampled; null elsewhere.", "items": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }] } } } } }, "unattributed_bytes": { "type": "array", "maxItems": 1e5, "items": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }] }, "description": "Bytes alive after each batch that no frame in the user's code allocated (library internals in a shallow phase)." }, "role": { "enum": ["verdict", "attribution", "soak"], "description": "verdict: the phase the analyser judges; attribution: a phase that only names the sources of growth; soak: a phase sampled by time (each batch is one interval and carries elapsed_s), judged as MB per hour." }, "stopped": { "type": "string", "maxLength": 4096, "description": "Why the phase ended before its planned batches (the time budget ran out, or operations slowed down batch after batch); absent when it ran to the end." }, "sampling_interval_bytes": { "type": "integer", "minimum": 1, "maximum": 1073741824, "description": "Node collector: the mean bytes between samples of V8's sampling heap profiler; traced_bytes and sites' sizes are its estimates (each sample scaled to the bytes it stands for)." } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.operations === void 0 && (missing0 = "operations") || data.traced_bytes === void 0 && (missing0 = "traced_bytes")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.warmup !== void 0) {
          const _errs1 = errors;
          if (typeof data.warmup !== "boolean") {
            validate22.errors = [{ instancePath: instancePath + "/warmup", schemaPath: "#/properties/warmup/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.operations !== void 0) {
            let data1 = data.operations;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate22.errors = [{ instancePath: instancePath + "/operations", schemaPath: "#/properties/operations/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 > 1e8 || isNaN(data1)) {
                  validate22.errors = [{ instancePath: instancePath + "/operations", schemaPath: "#/properties/operations/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000" }];
                  return false;
                } else {
                  if (data1 < 0 || isNaN(data1)) {
                    validate22.errors = [{ instancePath: instancePath + "/operations", schemaPath: "#/properties/operations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.errors !== void 0) {
              let data2 = data.errors;
              const _errs5 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                validate22.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              if (errors === _errs5) {
                if (typeof data2 == "number" && isFinite(data2)) {
                  if (data2 > 1e8 || isNaN(data2)) {
                    validate22.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000" }];
                    return false;
                  } else {
                    if (data2 < 0 || isNaN(data2)) {
                      validate22.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                      return false;
                    }
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.error_types !== void 0) {
                let data3 = data.error_types;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      let data4 = data3[key0];
                      const _errs10 = errors;
                      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                        validate22.errors = [{ instancePath: instancePath + "/error_types/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/error_types/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      if (errors === _errs10) {
                        if (typeof data4 == "number" && isFinite(data4)) {
                          if (data4 > 1e8 || isNaN(data4)) {
                            validate22.errors = [{ instancePath: instancePath + "/error_types/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/error_types/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000" }];
                            return false;
                          } else {
                            if (data4 < 0 || isNaN(data4)) {
                              validate22.errors = [{ instancePath: instancePath + "/error_types/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/error_types/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        }
                      }
                      var valid1 = _errs10 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/error_types", schemaPath: "#/properties/error_types/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.duration_s !== void 0) {
                  let data5 = data.duration_s;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (typeof data5 == "number" && isFinite(data5)) {
                      if (data5 > 1e9 || isNaN(data5)) {
                        validate22.errors = [{ instancePath: instancePath + "/duration_s", schemaPath: "#/properties/duration_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" }];
                        return false;
                      } else {
                        if (data5 < 0 || isNaN(data5)) {
                          validate22.errors = [{ instancePath: instancePath + "/duration_s", schemaPath: "#/properties/duration_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    } else {
                      validate22.errors = [{ instancePath: instancePath + "/duration_s", schemaPath: "#/properties/duration_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.elapsed_s !== void 0) {
                    let data6 = data.elapsed_s;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (typeof data6 == "number" && isFinite(data6)) {
                        if (data6 > 1e9 || isNaN(data6)) {
                          validate22.errors = [{ instancePath: instancePath + "/elapsed_s", schemaPath: "#/properties/elapsed_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" }];
                          return false;
                        } else {
                          if (data6 < 0 || isNaN(data6)) {
                            validate22.errors = [{ instancePath: instancePath + "/elapsed_s", schemaPath: "#/properties/elapsed_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        }
                      } else {
                        validate22.errors = [{ instancePath: instancePath + "/elapsed_s", schemaPath: "#/properties/elapsed_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.traced_bytes !== void 0) {
                      let data7 = data.traced_bytes;
                      const _errs16 = errors;
                      const _errs17 = errors;
                      if (errors === _errs17) {
                        if (typeof data7 == "number" && isFinite(data7)) {
                          if (data7 > 1e15 || isNaN(data7)) {
                            validate22.errors = [{ instancePath: instancePath + "/traced_bytes", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                            return false;
                          } else {
                            if (data7 < 0 || isNaN(data7)) {
                              validate22.errors = [{ instancePath: instancePath + "/traced_bytes", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        } else {
                          validate22.errors = [{ instancePath: instancePath + "/traced_bytes", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.rss_bytes !== void 0) {
                        let data8 = data.rss_bytes;
                        const _errs19 = errors;
                        const _errs20 = errors;
                        let valid3 = false;
                        const _errs21 = errors;
                        const _errs22 = errors;
                        if (errors === _errs22) {
                          if (typeof data8 == "number" && isFinite(data8)) {
                            if (data8 > 1e15 || isNaN(data8)) {
                              const err0 = { instancePath: instancePath + "/rss_bytes", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            } else {
                              if (data8 < 0 || isNaN(data8)) {
                                const err1 = { instancePath: instancePath + "/rss_bytes", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                  vErrors = [err1];
                                } else {
                                  vErrors.push(err1);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err2 = { instancePath: instancePath + "/rss_bytes", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                          }
                        }
                        var _valid0 = _errs21 === errors;
                        valid3 = valid3 || _valid0;
                        const _errs24 = errors;
                        if (data8 !== null) {
                          const err3 = { instancePath: instancePath + "/rss_bytes", schemaPath: "#/properties/rss_bytes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                          if (vErrors === null) {
                            vErrors = [err3];
                          } else {
                            vErrors.push(err3);
                          }
                          errors++;
                        }
                        var _valid0 = _errs24 === errors;
                        valid3 = valid3 || _valid0;
                        if (!valid3) {
                          const err4 = { instancePath: instancePath + "/rss_bytes", schemaPath: "#/properties/rss_bytes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                          if (vErrors === null) {
                            vErrors = [err4];
                          } else {
                            vErrors.push(err4);
                          }
                          errors++;
                          validate22.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs20;
                          if (vErrors !== null) {
                            if (_errs20) {
                              vErrors.length = _errs20;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs19 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.native_heap_bytes !== void 0) {
                          let data9 = data.native_heap_bytes;
                          const _errs26 = errors;
                          const _errs27 = errors;
                          let valid5 = false;
                          const _errs28 = errors;
                          const _errs29 = errors;
                          if (errors === _errs29) {
                            if (typeof data9 == "number" && isFinite(data9)) {
                              if (data9 > 1e15 || isNaN(data9)) {
                                const err5 = { instancePath: instancePath + "/native_heap_bytes", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" };
                                if (vErrors === null) {
                                  vErrors = [err5];
                                } else {
                                  vErrors.push(err5);
                                }
                                errors++;
                              } else {
                                if (data9 < 0 || isNaN(data9)) {
                                  const err6 = { instancePath: instancePath + "/native_heap_bytes", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err6];
                                  } else {
                                    vErrors.push(err6);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err7 = { instancePath: instancePath + "/native_heap_bytes", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                              if (vErrors === null) {
                                vErrors = [err7];
                              } else {
                                vErrors.push(err7);
                              }
                              errors++;
                            }
                          }
                          var _valid1 = _errs28 === errors;
                          valid5 = valid5 || _valid1;
                          const _errs31 = errors;
                          if (data9 !== null) {
                            const err8 = { instancePath: instancePath + "/native_heap_bytes", schemaPath: "#/properties/native_heap_bytes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                            if (vErrors === null) {
                              vErrors = [err8];
                            } else {
                              vErrors.push(err8);
                            }
                            errors++;
                          }
                          var _valid1 = _errs31 === errors;
                          valid5 = valid5 || _valid1;
                          if (!valid5) {
                            const err9 = { instancePath: instancePath + "/native_heap_bytes", schemaPath: "#/properties/native_heap_bytes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err9];
                            } else {
                              vErrors.push(err9);
                            }
                            errors++;
                            validate22.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs27;
                            if (vErrors !== null) {
                              if (_errs27) {
                                vErrors.length = _errs27;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs26 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.heap_used_bytes !== void 0) {
                            let data10 = data.heap_used_bytes;
                            const _errs33 = errors;
                            const _errs34 = errors;
                            let valid7 = false;
                            const _errs35 = errors;
                            const _errs36 = errors;
                            if (errors === _errs36) {
                              if (typeof data10 == "number" && isFinite(data10)) {
                                if (data10 > 1e15 || isNaN(data10)) {
                                  const err10 = { instancePath: instancePath + "/heap_used_bytes", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" };
                                  if (vErrors === null) {
                                    vErrors = [err10];
                                  } else {
                                    vErrors.push(err10);
                                  }
                                  errors++;
                                } else {
                                  if (data10 < 0 || isNaN(data10)) {
                                    const err11 = { instancePath: instancePath + "/heap_used_bytes", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                      vErrors = [err11];
                                    } else {
                                      vErrors.push(err11);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err12 = { instancePath: instancePath + "/heap_used_bytes", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err12];
                                } else {
                                  vErrors.push(err12);
                                }
                                errors++;
                              }
                            }
                            var _valid2 = _errs35 === errors;
                            valid7 = valid7 || _valid2;
                            const _errs38 = errors;
                            if (data10 !== null) {
                              const err13 = { instancePath: instancePath + "/heap_used_bytes", schemaPath: "#/properties/heap_used_bytes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                              if (vErrors === null) {
                                vErrors = [err13];
                              } else {
                                vErrors.push(err13);
                              }
                              errors++;
                            }
                            var _valid2 = _errs38 === errors;
                            valid7 = valid7 || _valid2;
                            if (!valid7) {
                              const err14 = { instancePath: instancePath + "/heap_used_bytes", schemaPath: "#/properties/heap_used_bytes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                              if (vErrors === null) {
                                vErrors = [err14];
                              } else {
                                vErrors.push(err14);
                              }
                              errors++;
                              validate22.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs34;
                              if (vErrors !== null) {
                                if (_errs34) {
                                  vErrors.length = _errs34;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs33 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.external_bytes !== void 0) {
                              let data11 = data.external_bytes;
                              const _errs40 = errors;
                              const _errs41 = errors;
                              let valid9 = false;
                              const _errs42 = errors;
                              const _errs43 = errors;
                              if (errors === _errs43) {
                                if (typeof data11 == "number" && isFinite(data11)) {
                                  if (data11 > 1e15 || isNaN(data11)) {
                                    const err15 = { instancePath: instancePath + "/external_bytes", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" };
                                    if (vErrors === null) {
                                      vErrors = [err15];
                                    } else {
                                      vErrors.push(err15);
                                    }
                                    errors++;
                                  } else {
                                    if (data11 < 0 || isNaN(data11)) {
                                      const err16 = { instancePath: instancePath + "/external_bytes", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err16];
                                      } else {
                                        vErrors.push(err16);
                                      }
                                      errors++;
                                    }
                                  }
                                } else {
                                  const err17 = { instancePath: instancePath + "/external_bytes", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                  if (vErrors === null) {
                                    vErrors = [err17];
                                  } else {
                                    vErrors.push(err17);
                                  }
                                  errors++;
                                }
                              }
                              var _valid3 = _errs42 === errors;
                              valid9 = valid9 || _valid3;
                              const _errs45 = errors;
                              if (data11 !== null) {
                                const err18 = { instancePath: instancePath + "/external_bytes", schemaPath: "#/properties/external_bytes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err18];
                                } else {
                                  vErrors.push(err18);
                                }
                                errors++;
                              }
                              var _valid3 = _errs45 === errors;
                              valid9 = valid9 || _valid3;
                              if (!valid9) {
                                const err19 = { instancePath: instancePath + "/external_bytes", schemaPath: "#/properties/external_bytes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err19];
                                } else {
                                  vErrors.push(err19);
                                }
                                errors++;
                                validate22.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs41;
                                if (vErrors !== null) {
                                  if (_errs41) {
                                    vErrors.length = _errs41;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs40 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.array_buffers_bytes !== void 0) {
                                let data12 = data.array_buffers_bytes;
                                const _errs47 = errors;
                                const _errs48 = errors;
                                let valid11 = false;
                                const _errs49 = errors;
                                const _errs50 = errors;
                                if (errors === _errs50) {
                                  if (typeof data12 == "number" && isFinite(data12)) {
                                    if (data12 > 1e15 || isNaN(data12)) {
                                      const err20 = { instancePath: instancePath + "/array_buffers_bytes", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" };
                                      if (vErrors === null) {
                                        vErrors = [err20];
                                      } else {
                                        vErrors.push(err20);
                                      }
                                      errors++;
                                    } else {
                                      if (data12 < 0 || isNaN(data12)) {
                                        const err21 = { instancePath: instancePath + "/array_buffers_bytes", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                          vErrors = [err21];
                                        } else {
                                          vErrors.push(err21);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err22 = { instancePath: instancePath + "/array_buffers_bytes", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                    if (vErrors === null) {
                                      vErrors = [err22];
                                    } else {
                                      vErrors.push(err22);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid4 = _errs49 === errors;
                                valid11 = valid11 || _valid4;
                                const _errs52 = errors;
                                if (data12 !== null) {
                                  const err23 = { instancePath: instancePath + "/array_buffers_bytes", schemaPath: "#/properties/array_buffers_bytes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                  if (vErrors === null) {
                                    vErrors = [err23];
                                  } else {
                                    vErrors.push(err23);
                                  }
                                  errors++;
                                }
                                var _valid4 = _errs52 === errors;
                                valid11 = valid11 || _valid4;
                                if (!valid11) {
                                  const err24 = { instancePath: instancePath + "/array_buffers_bytes", schemaPath: "#/properties/array_buffers_bytes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err24];
                                  } else {
                                    vErrors.push(err24);
                                  }
                                  errors++;
                                  validate22.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs48;
                                  if (vErrors !== null) {
                                    if (_errs48) {
                                      vErrors.length = _errs48;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs47 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.cycles_collected !== void 0) {
                                  let data13 = data.cycles_collected;
                                  const _errs54 = errors;
                                  if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                                    validate22.errors = [{ instancePath: instancePath + "/cycles_collected", schemaPath: "#/properties/cycles_collected/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  if (errors === _errs54) {
                                    if (typeof data13 == "number" && isFinite(data13)) {
                                      if (data13 > 9007199254740991 || isNaN(data13)) {
                                        validate22.errors = [{ instancePath: instancePath + "/cycles_collected", schemaPath: "#/properties/cycles_collected/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                        return false;
                                      } else {
                                        if (data13 < 0 || isNaN(data13)) {
                                          validate22.errors = [{ instancePath: instancePath + "/cycles_collected", schemaPath: "#/properties/cycles_collected/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                  var valid0 = _errs54 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.uncollectable !== void 0) {
                                    let data14 = data.uncollectable;
                                    const _errs56 = errors;
                                    if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                                      validate22.errors = [{ instancePath: instancePath + "/uncollectable", schemaPath: "#/properties/uncollectable/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs56) {
                                      if (typeof data14 == "number" && isFinite(data14)) {
                                        if (data14 > 9007199254740991 || isNaN(data14)) {
                                          validate22.errors = [{ instancePath: instancePath + "/uncollectable", schemaPath: "#/properties/uncollectable/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                          return false;
                                        } else {
                                          if (data14 < 0 || isNaN(data14)) {
                                            validate22.errors = [{ instancePath: instancePath + "/uncollectable", schemaPath: "#/properties/uncollectable/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                            return false;
                                          }
                                        }
                                      }
                                    }
                                    var valid0 = _errs56 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "warmup": true, "operations": true, "errors": true, "error_types": true, "duration_s": true, "elapsed_s": true, "traced_bytes": true, "rss_bytes": true, "native_heap_bytes": true, "heap_used_bytes": true, "external_bytes": true, "array_buffers_bytes": true, "cycles_collected": true, "uncollectable": true }, "dynamicProps": false, "dynamicItems": false };
var schema42 = { "type": "object", "required": ["file", "line", "sizes"], "properties": { "file": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "POSIX path relative to the directory the tests ran in, or absolute when outside it." }, "line": { "type": "integer", "minimum": 0, "maximum": 1e8 }, "function": { "type": "string", "maxLength": 1e3 }, "code": { "type": "string", "maxLength": 2e3, "description": "The source line's text, stripped: lets a comparison match the line after it moves." }, "sizes": { "type": "array", "maxItems": 1e5, "items": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }] }, "description": "Bytes alive at this site after each batch; null for a batch the collector took no per-site detail of (a traced heap too large to snapshot after every batch)." }, "counts": { "type": "array", "maxItems": 1e5, "items": { "type": ["integer", "null"], "minimum": 0, "maximum": 9007199254740991 } }, "stack": { "type": "array", "maxItems": 1e3, "description": "Optional: the frames from the attributed frame outwards to the allocation (innermost last), for display.", "items": { "type": "object", "required": ["file", "line"], "properties": { "file": { "type": "string", "maxLength": 4096 }, "line": { "type": "integer", "minimum": 0, "maximum": 1e8 }, "function": { "type": "string", "maxLength": 1e3 } } } }, "retainer": { "$ref": "#/$defs/retainer" } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.file === void 0 && (missing0 = "file") || data.line === void 0 && (missing0 = "line") || data.sizes === void 0 && (missing0 = "sizes")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.file !== void 0) {
          let data0 = data.file;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (func1(data0) > 4096) {
                validate24.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                return false;
              } else {
                if (func1(data0) < 1) {
                  validate24.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              }
            } else {
              validate24.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.line !== void 0) {
            let data1 = data.line;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate24.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 > 1e8 || isNaN(data1)) {
                  validate24.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000" }];
                  return false;
                } else {
                  if (data1 < 0 || isNaN(data1)) {
                    validate24.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.function !== void 0) {
              let data2 = data.function;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data2 === "string") {
                  if (func1(data2) > 1e3) {
                    validate24.errors = [{ instancePath: instancePath + "/function", schemaPath: "#/properties/function/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                    return false;
                  }
                } else {
                  validate24.errors = [{ instancePath: instancePath + "/function", schemaPath: "#/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.code !== void 0) {
                let data3 = data.code;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === "string") {
                    if (func1(data3) > 2e3) {
                      validate24.errors = [{ instancePath: instancePath + "/code", schemaPath: "#/properties/code/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" }];
                      return false;
                    }
                  } else {
                    validate24.errors = [{ instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.sizes !== void 0) {
                  let data4 = data.sizes;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (Array.isArray(data4)) {
                      if (data4.length > 1e5) {
                        validate24.errors = [{ instancePath: instancePath + "/sizes", schemaPath: "#/properties/sizes/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                        return false;
                      } else {
                        var valid1 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data5 = data4[i0];
                          const _errs11 = errors;
                          const _errs12 = errors;
                          let valid2 = false;
                          const _errs13 = errors;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (typeof data5 == "number" && isFinite(data5)) {
                              if (data5 > 1e15 || isNaN(data5)) {
                                const err0 = { instancePath: instancePath + "/sizes/" + i0, schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" };
                                if (vErrors === null) {
                                  vErrors = [err0];
                                } else {
                                  vErrors.push(err0);
                                }
                                errors++;
                              } else {
                                if (data5 < 0 || isNaN(data5)) {
                                  const err1 = { instancePath: instancePath + "/sizes/" + i0, schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err1];
                                  } else {
                                    vErrors.push(err1);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err2 = { instancePath: instancePath + "/sizes/" + i0, schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                              if (vErrors === null) {
                                vErrors = [err2];
                              } else {
                                vErrors.push(err2);
                              }
                              errors++;
                            }
                          }
                          var _valid0 = _errs13 === errors;
                          valid2 = valid2 || _valid0;
                          const _errs16 = errors;
                          if (data5 !== null) {
                            const err3 = { instancePath: instancePath + "/sizes/" + i0, schemaPath: "#/properties/sizes/items/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                          }
                          var _valid0 = _errs16 === errors;
                          valid2 = valid2 || _valid0;
                          if (!valid2) {
                            const err4 = { instancePath: instancePath + "/sizes/" + i0, schemaPath: "#/properties/sizes/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err4];
                            } else {
                              vErrors.push(err4);
                            }
                            errors++;
                            validate24.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs12;
                            if (vErrors !== null) {
                              if (_errs12) {
                                vErrors.length = _errs12;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid1 = _errs11 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate24.errors = [{ instancePath: instancePath + "/sizes", schemaPath: "#/properties/sizes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.counts !== void 0) {
                    let data6 = data.counts;
                    const _errs18 = errors;
                    if (errors === _errs18) {
                      if (Array.isArray(data6)) {
                        if (data6.length > 1e5) {
                          validate24.errors = [{ instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                          return false;
                        } else {
                          var valid4 = true;
                          const len1 = data6.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            let data7 = data6[i1];
                            const _errs20 = errors;
                            if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7)) && data7 !== null) {
                              validate24.errors = [{ instancePath: instancePath + "/counts/" + i1, schemaPath: "#/properties/counts/items/type", keyword: "type", params: { type: schema42.properties.counts.items.type }, message: "must be integer,null" }];
                              return false;
                            }
                            if (errors === _errs20) {
                              if (typeof data7 == "number" && isFinite(data7)) {
                                if (data7 > 9007199254740991 || isNaN(data7)) {
                                  validate24.errors = [{ instancePath: instancePath + "/counts/" + i1, schemaPath: "#/properties/counts/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                  return false;
                                } else {
                                  if (data7 < 0 || isNaN(data7)) {
                                    validate24.errors = [{ instancePath: instancePath + "/counts/" + i1, schemaPath: "#/properties/counts/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                    return false;
                                  }
                                }
                              }
                            }
                            var valid4 = _errs20 === errors;
                            if (!valid4) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate24.errors = [{ instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs18 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.stack !== void 0) {
                      let data8 = data.stack;
                      const _errs22 = errors;
                      if (errors === _errs22) {
                        if (Array.isArray(data8)) {
                          if (data8.length > 1e3) {
                            validate24.errors = [{ instancePath: instancePath + "/stack", schemaPath: "#/properties/stack/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" }];
                            return false;
                          } else {
                            var valid5 = true;
                            const len2 = data8.length;
                            for (let i2 = 0; i2 < len2; i2++) {
                              let data9 = data8[i2];
                              const _errs24 = errors;
                              if (errors === _errs24) {
                                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                  let missing1;
                                  if (data9.file === void 0 && (missing1 = "file") || data9.line === void 0 && (missing1 = "line")) {
                                    validate24.errors = [{ instancePath: instancePath + "/stack/" + i2, schemaPath: "#/properties/stack/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                    return false;
                                  } else {
                                    if (data9.file !== void 0) {
                                      let data10 = data9.file;
                                      const _errs26 = errors;
                                      if (errors === _errs26) {
                                        if (typeof data10 === "string") {
                                          if (func1(data10) > 4096) {
                                            validate24.errors = [{ instancePath: instancePath + "/stack/" + i2 + "/file", schemaPath: "#/properties/stack/items/properties/file/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate24.errors = [{ instancePath: instancePath + "/stack/" + i2 + "/file", schemaPath: "#/properties/stack/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid6 = _errs26 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data9.line !== void 0) {
                                        let data11 = data9.line;
                                        const _errs28 = errors;
                                        if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                                          validate24.errors = [{ instancePath: instancePath + "/stack/" + i2 + "/line", schemaPath: "#/properties/stack/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                          return false;
                                        }
                                        if (errors === _errs28) {
                                          if (typeof data11 == "number" && isFinite(data11)) {
                                            if (data11 > 1e8 || isNaN(data11)) {
                                              validate24.errors = [{ instancePath: instancePath + "/stack/" + i2 + "/line", schemaPath: "#/properties/stack/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000" }];
                                              return false;
                                            } else {
                                              if (data11 < 0 || isNaN(data11)) {
                                                validate24.errors = [{ instancePath: instancePath + "/stack/" + i2 + "/line", schemaPath: "#/properties/stack/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid6 = _errs28 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data9.function !== void 0) {
                                          let data12 = data9.function;
                                          const _errs30 = errors;
                                          if (errors === _errs30) {
                                            if (typeof data12 === "string") {
                                              if (func1(data12) > 1e3) {
                                                validate24.errors = [{ instancePath: instancePath + "/stack/" + i2 + "/function", schemaPath: "#/properties/stack/items/properties/function/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate24.errors = [{ instancePath: instancePath + "/stack/" + i2 + "/function", schemaPath: "#/properties/stack/items/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid6 = _errs30 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate24.errors = [{ instancePath: instancePath + "/stack/" + i2, schemaPath: "#/properties/stack/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid5 = _errs24 === errors;
                              if (!valid5) {
                                break;
                              }
                            }
                          }
                        } else {
                          validate24.errors = [{ instancePath: instancePath + "/stack", schemaPath: "#/properties/stack/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs22 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.retainer !== void 0) {
                        let data13 = data.retainer;
                        const _errs32 = errors;
                        const _errs33 = errors;
                        if (errors === _errs33) {
                          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                            let missing2;
                            if (data13.path === void 0 && (missing2 = "path") || data13.type === void 0 && (missing2 = "type") || data13.root === void 0 && (missing2 = "root")) {
                              validate24.errors = [{ instancePath: instancePath + "/retainer", schemaPath: "#/$defs/retainer/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                              return false;
                            } else {
                              if (data13.path !== void 0) {
                                let data14 = data13.path;
                                const _errs35 = errors;
                                if (errors === _errs35) {
                                  if (typeof data14 === "string") {
                                    if (func1(data14) > 1e3) {
                                      validate24.errors = [{ instancePath: instancePath + "/retainer/path", schemaPath: "#/$defs/retainer/properties/path/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate24.errors = [{ instancePath: instancePath + "/retainer/path", schemaPath: "#/$defs/retainer/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid8 = _errs35 === errors;
                              } else {
                                var valid8 = true;
                              }
                              if (valid8) {
                                if (data13.type !== void 0) {
                                  let data15 = data13.type;
                                  const _errs37 = errors;
                                  if (errors === _errs37) {
                                    if (typeof data15 === "string") {
                                      if (func1(data15) > 1e3) {
                                        validate24.errors = [{ instancePath: instancePath + "/retainer/type", schemaPath: "#/$defs/retainer/properties/type/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate24.errors = [{ instancePath: instancePath + "/retainer/type", schemaPath: "#/$defs/retainer/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid8 = _errs37 === errors;
                                } else {
                                  var valid8 = true;
                                }
                                if (valid8) {
                                  if (data13.root !== void 0) {
                                    let data16 = data13.root;
                                    const _errs39 = errors;
                                    if (errors === _errs39) {
                                      if (typeof data16 === "string") {
                                        if (func1(data16) > 1e3) {
                                          validate24.errors = [{ instancePath: instancePath + "/retainer/root", schemaPath: "#/$defs/retainer/properties/root/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                                          return false;
                                        }
                                      } else {
                                        validate24.errors = [{ instancePath: instancePath + "/retainer/root", schemaPath: "#/$defs/retainer/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid8 = _errs39 === errors;
                                  } else {
                                    var valid8 = true;
                                  }
                                }
                              }
                            }
                          } else {
                            validate24.errors = [{ instancePath: instancePath + "/retainer", schemaPath: "#/$defs/retainer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs32 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "file": true, "line": true, "function": true, "code": true, "sizes": true, "counts": true, "stack": true, "retainer": true }, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.batches === void 0 && (missing0 = "batches")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          let data0 = data.name;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (func1(data0) > 50) {
                validate21.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" }];
                return false;
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.traceback_depth !== void 0) {
            let data1 = data.traceback_depth;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate21.errors = [{ instancePath: instancePath + "/traceback_depth", schemaPath: "#/properties/traceback_depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 > 1e3 || isNaN(data1)) {
                  validate21.errors = [{ instancePath: instancePath + "/traceback_depth", schemaPath: "#/properties/traceback_depth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" }];
                  return false;
                } else {
                  if (data1 < 0 || isNaN(data1)) {
                    validate21.errors = [{ instancePath: instancePath + "/traceback_depth", schemaPath: "#/properties/traceback_depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.batches !== void 0) {
              let data2 = data.batches;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  if (data2.length > 1e5) {
                    validate21.errors = [{ instancePath: instancePath + "/batches", schemaPath: "#/properties/batches/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                    return false;
                  } else {
                    if (data2.length < 0) {
                      validate21.errors = [{ instancePath: instancePath + "/batches", schemaPath: "#/properties/batches/minItems", keyword: "minItems", params: { limit: 0 }, message: "must NOT have fewer than 0 items" }];
                      return false;
                    } else {
                      var valid1 = true;
                      const len0 = data2.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs7 = errors;
                        if (!validate22(data2[i0], { instancePath: instancePath + "/batches/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs7 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/batches", schemaPath: "#/properties/batches/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sites !== void 0) {
                let data4 = data.sites;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (Array.isArray(data4)) {
                    if (data4.length > 1e5) {
                      validate21.errors = [{ instancePath: instancePath + "/sites", schemaPath: "#/properties/sites/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                      return false;
                    } else {
                      var valid2 = true;
                      const len1 = data4.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        const _errs10 = errors;
                        if (!validate24(data4[i1], { instancePath: instancePath + "/sites/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                          errors = vErrors.length;
                        }
                        var valid2 = _errs10 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/sites", schemaPath: "#/properties/sites/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.object_types !== void 0) {
                  let data6 = data.object_types;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (Array.isArray(data6)) {
                      if (data6.length > 1e4) {
                        validate21.errors = [{ instancePath: instancePath + "/object_types", schemaPath: "#/properties/object_types/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" }];
                        return false;
                      } else {
                        var valid3 = true;
                        const len2 = data6.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          let data7 = data6[i2];
                          const _errs13 = errors;
                          if (errors === _errs13) {
                            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                              let missing1;
                              if (data7.type === void 0 && (missing1 = "type") || data7.counts === void 0 && (missing1 = "counts")) {
                                validate21.errors = [{ instancePath: instancePath + "/object_types/" + i2, schemaPath: "#/properties/object_types/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                return false;
                              } else {
                                if (data7.type !== void 0) {
                                  let data8 = data7.type;
                                  const _errs15 = errors;
                                  if (errors === _errs15) {
                                    if (typeof data8 === "string") {
                                      if (func1(data8) > 1e3) {
                                        validate21.errors = [{ instancePath: instancePath + "/object_types/" + i2 + "/type", schemaPath: "#/properties/object_types/items/properties/type/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate21.errors = [{ instancePath: instancePath + "/object_types/" + i2 + "/type", schemaPath: "#/properties/object_types/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid4 = _errs15 === errors;
                                } else {
                                  var valid4 = true;
                                }
                                if (valid4) {
                                  if (data7.counts !== void 0) {
                                    let data9 = data7.counts;
                                    const _errs17 = errors;
                                    if (errors === _errs17) {
                                      if (Array.isArray(data9)) {
                                        if (data9.length > 1e5) {
                                          validate21.errors = [{ instancePath: instancePath + "/object_types/" + i2 + "/counts", schemaPath: "#/properties/object_types/items/properties/counts/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                                          return false;
                                        } else {
                                          var valid5 = true;
                                          const len3 = data9.length;
                                          for (let i3 = 0; i3 < len3; i3++) {
                                            let data10 = data9[i3];
                                            const _errs19 = errors;
                                            if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10)) && data10 !== null) {
                                              validate21.errors = [{ instancePath: instancePath + "/object_types/" + i2 + "/counts/" + i3, schemaPath: "#/properties/object_types/items/properties/counts/items/type", keyword: "type", params: { type: schema34.properties.object_types.items.properties.counts.items.type }, message: "must be integer,null" }];
                                              return false;
                                            }
                                            if (errors === _errs19) {
                                              if (typeof data10 == "number" && isFinite(data10)) {
                                                if (data10 > 9007199254740991 || isNaN(data10)) {
                                                  validate21.errors = [{ instancePath: instancePath + "/object_types/" + i2 + "/counts/" + i3, schemaPath: "#/properties/object_types/items/properties/counts/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                  return false;
                                                } else {
                                                  if (data10 < 0 || isNaN(data10)) {
                                                    validate21.errors = [{ instancePath: instancePath + "/object_types/" + i2 + "/counts/" + i3, schemaPath: "#/properties/object_types/items/properties/counts/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                    return false;
                                                  }
                                                }
                                              }
                                            }
                                            var valid5 = _errs19 === errors;
                                            if (!valid5) {
                                              break;
                                            }
                                          }
                                        }
                                      } else {
                                        validate21.errors = [{ instancePath: instancePath + "/object_types/" + i2 + "/counts", schemaPath: "#/properties/object_types/items/properties/counts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid4 = _errs17 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data7.sizes !== void 0) {
                                      let data11 = data7.sizes;
                                      const _errs21 = errors;
                                      if (errors === _errs21) {
                                        if (Array.isArray(data11)) {
                                          if (data11.length > 1e5) {
                                            validate21.errors = [{ instancePath: instancePath + "/object_types/" + i2 + "/sizes", schemaPath: "#/properties/object_types/items/properties/sizes/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                                            return false;
                                          } else {
                                            var valid6 = true;
                                            const len4 = data11.length;
                                            for (let i4 = 0; i4 < len4; i4++) {
                                              let data12 = data11[i4];
                                              const _errs23 = errors;
                                              const _errs24 = errors;
                                              let valid7 = false;
                                              const _errs25 = errors;
                                              const _errs26 = errors;
                                              if (errors === _errs26) {
                                                if (typeof data12 == "number" && isFinite(data12)) {
                                                  if (data12 > 1e15 || isNaN(data12)) {
                                                    const err0 = { instancePath: instancePath + "/object_types/" + i2 + "/sizes/" + i4, schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" };
                                                    if (vErrors === null) {
                                                      vErrors = [err0];
                                                    } else {
                                                      vErrors.push(err0);
                                                    }
                                                    errors++;
                                                  } else {
                                                    if (data12 < 0 || isNaN(data12)) {
                                                      const err1 = { instancePath: instancePath + "/object_types/" + i2 + "/sizes/" + i4, schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                      if (vErrors === null) {
                                                        vErrors = [err1];
                                                      } else {
                                                        vErrors.push(err1);
                                                      }
                                                      errors++;
                                                    }
                                                  }
                                                } else {
                                                  const err2 = { instancePath: instancePath + "/object_types/" + i2 + "/sizes/" + i4, schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                  if (vErrors === null) {
                                                    vErrors = [err2];
                                                  } else {
                                                    vErrors.push(err2);
                                                  }
                                                  errors++;
                                                }
                                              }
                                              var _valid0 = _errs25 === errors;
                                              valid7 = valid7 || _valid0;
                                              const _errs28 = errors;
                                              if (data12 !== null) {
                                                const err3 = { instancePath: instancePath + "/object_types/" + i2 + "/sizes/" + i4, schemaPath: "#/properties/object_types/items/properties/sizes/items/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                if (vErrors === null) {
                                                  vErrors = [err3];
                                                } else {
                                                  vErrors.push(err3);
                                                }
                                                errors++;
                                              }
                                              var _valid0 = _errs28 === errors;
                                              valid7 = valid7 || _valid0;
                                              if (!valid7) {
                                                const err4 = { instancePath: instancePath + "/object_types/" + i2 + "/sizes/" + i4, schemaPath: "#/properties/object_types/items/properties/sizes/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                if (vErrors === null) {
                                                  vErrors = [err4];
                                                } else {
                                                  vErrors.push(err4);
                                                }
                                                errors++;
                                                validate21.errors = vErrors;
                                                return false;
                                              } else {
                                                errors = _errs24;
                                                if (vErrors !== null) {
                                                  if (_errs24) {
                                                    vErrors.length = _errs24;
                                                  } else {
                                                    vErrors = null;
                                                  }
                                                }
                                              }
                                              var valid6 = _errs23 === errors;
                                              if (!valid6) {
                                                break;
                                              }
                                            }
                                          }
                                        } else {
                                          validate21.errors = [{ instancePath: instancePath + "/object_types/" + i2 + "/sizes", schemaPath: "#/properties/object_types/items/properties/sizes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid4 = _errs21 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/object_types/" + i2, schemaPath: "#/properties/object_types/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid3 = _errs13 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/object_types", schemaPath: "#/properties/object_types/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.unattributed_bytes !== void 0) {
                    let data13 = data.unattributed_bytes;
                    const _errs30 = errors;
                    if (errors === _errs30) {
                      if (Array.isArray(data13)) {
                        if (data13.length > 1e5) {
                          validate21.errors = [{ instancePath: instancePath + "/unattributed_bytes", schemaPath: "#/properties/unattributed_bytes/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                          return false;
                        } else {
                          var valid9 = true;
                          const len5 = data13.length;
                          for (let i5 = 0; i5 < len5; i5++) {
                            let data14 = data13[i5];
                            const _errs32 = errors;
                            const _errs33 = errors;
                            let valid10 = false;
                            const _errs34 = errors;
                            const _errs35 = errors;
                            if (errors === _errs35) {
                              if (typeof data14 == "number" && isFinite(data14)) {
                                if (data14 > 1e15 || isNaN(data14)) {
                                  const err5 = { instancePath: instancePath + "/unattributed_bytes/" + i5, schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" };
                                  if (vErrors === null) {
                                    vErrors = [err5];
                                  } else {
                                    vErrors.push(err5);
                                  }
                                  errors++;
                                } else {
                                  if (data14 < 0 || isNaN(data14)) {
                                    const err6 = { instancePath: instancePath + "/unattributed_bytes/" + i5, schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                      vErrors = [err6];
                                    } else {
                                      vErrors.push(err6);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err7 = { instancePath: instancePath + "/unattributed_bytes/" + i5, schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err7];
                                } else {
                                  vErrors.push(err7);
                                }
                                errors++;
                              }
                            }
                            var _valid1 = _errs34 === errors;
                            valid10 = valid10 || _valid1;
                            const _errs37 = errors;
                            if (data14 !== null) {
                              const err8 = { instancePath: instancePath + "/unattributed_bytes/" + i5, schemaPath: "#/properties/unattributed_bytes/items/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                              if (vErrors === null) {
                                vErrors = [err8];
                              } else {
                                vErrors.push(err8);
                              }
                              errors++;
                            }
                            var _valid1 = _errs37 === errors;
                            valid10 = valid10 || _valid1;
                            if (!valid10) {
                              const err9 = { instancePath: instancePath + "/unattributed_bytes/" + i5, schemaPath: "#/properties/unattributed_bytes/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                              if (vErrors === null) {
                                vErrors = [err9];
                              } else {
                                vErrors.push(err9);
                              }
                              errors++;
                              validate21.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs33;
                              if (vErrors !== null) {
                                if (_errs33) {
                                  vErrors.length = _errs33;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid9 = _errs32 === errors;
                            if (!valid9) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/unattributed_bytes", schemaPath: "#/properties/unattributed_bytes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs30 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.role !== void 0) {
                      let data15 = data.role;
                      const _errs39 = errors;
                      if (!(data15 === "verdict" || data15 === "attribution" || data15 === "soak")) {
                        validate21.errors = [{ instancePath: instancePath + "/role", schemaPath: "#/properties/role/enum", keyword: "enum", params: { allowedValues: schema34.properties.role.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid0 = _errs39 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.stopped !== void 0) {
                        let data16 = data.stopped;
                        const _errs40 = errors;
                        if (errors === _errs40) {
                          if (typeof data16 === "string") {
                            if (func1(data16) > 4096) {
                              validate21.errors = [{ instancePath: instancePath + "/stopped", schemaPath: "#/properties/stopped/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                              return false;
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/stopped", schemaPath: "#/properties/stopped/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid0 = _errs40 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.sampling_interval_bytes !== void 0) {
                          let data17 = data.sampling_interval_bytes;
                          const _errs42 = errors;
                          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                            validate21.errors = [{ instancePath: instancePath + "/sampling_interval_bytes", schemaPath: "#/properties/sampling_interval_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs42) {
                            if (typeof data17 == "number" && isFinite(data17)) {
                              if (data17 > 1073741824 || isNaN(data17)) {
                                validate21.errors = [{ instancePath: instancePath + "/sampling_interval_bytes", schemaPath: "#/properties/sampling_interval_bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1073741824 }, message: "must be <= 1073741824" }];
                                return false;
                              } else {
                                if (data17 < 1 || isNaN(data17)) {
                                  validate21.errors = [{ instancePath: instancePath + "/sampling_interval_bytes", schemaPath: "#/properties/sampling_interval_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                  return false;
                                }
                              }
                            }
                          }
                          var valid0 = _errs42 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "name": true, "traceback_depth": true, "batches": true, "sites": true, "object_types": true, "unattributed_bytes": true, "role": true, "stopped": true, "sampling_interval_bytes": true }, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.format === void 0 && (missing0 = "format") || data.version === void 0 && (missing0 = "version") || data.test === void 0 && (missing0 = "test") || data.collector === void 0 && (missing0 = "collector") || data.phases === void 0 && (missing0 = "phases")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.format !== void 0) {
          const _errs2 = errors;
          if ("memleak-snapshot" !== data.format) {
            validate20.errors = [{ instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "memleak-snapshot" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.version !== void 0) {
            const _errs3 = errors;
            if (1 !== data.version) {
              validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.test !== void 0) {
              let data2 = data.test;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  let missing1;
                  if (data2.id === void 0 && (missing1 = "id")) {
                    validate20.errors = [{ instancePath: instancePath + "/test", schemaPath: "#/properties/test/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    if (data2.id !== void 0) {
                      let data3 = data2.id;
                      const _errs6 = errors;
                      if (errors === _errs6) {
                        if (typeof data3 === "string") {
                          if (func1(data3) > 4096) {
                            validate20.errors = [{ instancePath: instancePath + "/test/id", schemaPath: "#/properties/test/properties/id/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                            return false;
                          } else {
                            if (func1(data3) < 1) {
                              validate20.errors = [{ instancePath: instancePath + "/test/id", schemaPath: "#/properties/test/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                              return false;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/test/id", schemaPath: "#/properties/test/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid1 = _errs6 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data2.file !== void 0) {
                        let data4 = data2.file;
                        const _errs8 = errors;
                        if (errors === _errs8) {
                          if (typeof data4 === "string") {
                            if (func1(data4) > 4096) {
                              validate20.errors = [{ instancePath: instancePath + "/test/file", schemaPath: "#/properties/test/properties/file/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                              return false;
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/test/file", schemaPath: "#/properties/test/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid1 = _errs8 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data2.name !== void 0) {
                          let data5 = data2.name;
                          const _errs10 = errors;
                          if (errors === _errs10) {
                            if (typeof data5 === "string") {
                              if (func1(data5) > 4096) {
                                validate20.errors = [{ instancePath: instancePath + "/test/name", schemaPath: "#/properties/test/properties/name/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                return false;
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/test/name", schemaPath: "#/properties/test/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid1 = _errs10 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/test", schemaPath: "#/properties/test/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.collector !== void 0) {
                let data6 = data.collector;
                const _errs12 = errors;
                if (errors === _errs12) {
                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    let missing2;
                    if (data6.name === void 0 && (missing2 = "name") || data6.version === void 0 && (missing2 = "version")) {
                      validate20.errors = [{ instancePath: instancePath + "/collector", schemaPath: "#/properties/collector/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                      return false;
                    } else {
                      if (data6.name !== void 0) {
                        let data7 = data6.name;
                        const _errs14 = errors;
                        if (errors === _errs14) {
                          if (typeof data7 === "string") {
                            if (func1(data7) > 200) {
                              validate20.errors = [{ instancePath: instancePath + "/collector/name", schemaPath: "#/properties/collector/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                              return false;
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/collector/name", schemaPath: "#/properties/collector/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid2 = _errs14 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data6.version !== void 0) {
                          let data8 = data6.version;
                          const _errs16 = errors;
                          if (errors === _errs16) {
                            if (typeof data8 === "string") {
                              if (func1(data8) > 100) {
                                validate20.errors = [{ instancePath: instancePath + "/collector/version", schemaPath: "#/properties/collector/properties/version/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" }];
                                return false;
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/collector/version", schemaPath: "#/properties/collector/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid2 = _errs16 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data6.runtime !== void 0) {
                            let data9 = data6.runtime;
                            const _errs18 = errors;
                            if (errors === _errs18) {
                              if (typeof data9 === "string") {
                                if (func1(data9) > 200) {
                                  validate20.errors = [{ instancePath: instancePath + "/collector/runtime", schemaPath: "#/properties/collector/properties/runtime/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                  return false;
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/collector/runtime", schemaPath: "#/properties/collector/properties/runtime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid2 = _errs18 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data6.platform !== void 0) {
                              let data10 = data6.platform;
                              const _errs20 = errors;
                              if (errors === _errs20) {
                                if (typeof data10 === "string") {
                                  if (func1(data10) > 200) {
                                    validate20.errors = [{ instancePath: instancePath + "/collector/platform", schemaPath: "#/properties/collector/properties/platform/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/collector/platform", schemaPath: "#/properties/collector/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs20 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data6.heap !== void 0) {
                                let data11 = data6.heap;
                                const _errs22 = errors;
                                if (!(data11 === "python" || data11 === "js")) {
                                  validate20.errors = [{ instancePath: instancePath + "/collector/heap", schemaPath: "#/properties/collector/properties/heap/enum", keyword: "enum", params: { allowedValues: schema31.properties.collector.properties.heap.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid2 = _errs22 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/collector", schemaPath: "#/properties/collector/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs12 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.created_at !== void 0) {
                  let data12 = data.created_at;
                  const _errs23 = errors;
                  if (errors === _errs23) {
                    if (errors === _errs23) {
                      if (typeof data12 === "string") {
                        if (!formats0.validate(data12)) {
                          validate20.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                          return false;
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs23 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.config !== void 0) {
                    let data13 = data.config;
                    const _errs25 = errors;
                    if (errors === _errs25) {
                      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                        if (data13.batches !== void 0) {
                          let data14 = data13.batches;
                          const _errs27 = errors;
                          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                            validate20.errors = [{ instancePath: instancePath + "/config/batches", schemaPath: "#/properties/config/properties/batches/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs27) {
                            if (typeof data14 == "number" && isFinite(data14)) {
                              if (data14 > 1e5 || isNaN(data14)) {
                                validate20.errors = [{ instancePath: instancePath + "/config/batches", schemaPath: "#/properties/config/properties/batches/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" }];
                                return false;
                              } else {
                                if (data14 < 1 || isNaN(data14)) {
                                  validate20.errors = [{ instancePath: instancePath + "/config/batches", schemaPath: "#/properties/config/properties/batches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                  return false;
                                }
                              }
                            }
                          }
                          var valid3 = _errs27 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data13.batch_size !== void 0) {
                            let data15 = data13.batch_size;
                            const _errs29 = errors;
                            if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                              validate20.errors = [{ instancePath: instancePath + "/config/batch_size", schemaPath: "#/properties/config/properties/batch_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs29) {
                              if (typeof data15 == "number" && isFinite(data15)) {
                                if (data15 > 1e8 || isNaN(data15)) {
                                  validate20.errors = [{ instancePath: instancePath + "/config/batch_size", schemaPath: "#/properties/config/properties/batch_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000" }];
                                  return false;
                                } else {
                                  if (data15 < 1 || isNaN(data15)) {
                                    validate20.errors = [{ instancePath: instancePath + "/config/batch_size", schemaPath: "#/properties/config/properties/batch_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                    return false;
                                  }
                                }
                              }
                            }
                            var valid3 = _errs29 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data13.warmup !== void 0) {
                              let data16 = data13.warmup;
                              const _errs31 = errors;
                              if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                                validate20.errors = [{ instancePath: instancePath + "/config/warmup", schemaPath: "#/properties/config/properties/warmup/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              if (errors === _errs31) {
                                if (typeof data16 == "number" && isFinite(data16)) {
                                  if (data16 > 1e5 || isNaN(data16)) {
                                    validate20.errors = [{ instancePath: instancePath + "/config/warmup", schemaPath: "#/properties/config/properties/warmup/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" }];
                                    return false;
                                  } else {
                                    if (data16 < 0 || isNaN(data16)) {
                                      validate20.errors = [{ instancePath: instancePath + "/config/warmup", schemaPath: "#/properties/config/properties/warmup/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                }
                              }
                              var valid3 = _errs31 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data13.expect_errors !== void 0) {
                                const _errs33 = errors;
                                if (typeof data13.expect_errors !== "boolean") {
                                  validate20.errors = [{ instancePath: instancePath + "/config/expect_errors", schemaPath: "#/properties/config/properties/expect_errors/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                  return false;
                                }
                                var valid3 = _errs33 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data13.batch_size_auto !== void 0) {
                                  const _errs35 = errors;
                                  if (typeof data13.batch_size_auto !== "boolean") {
                                    validate20.errors = [{ instancePath: instancePath + "/config/batch_size_auto", schemaPath: "#/properties/config/properties/batch_size_auto/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                    return false;
                                  }
                                  var valid3 = _errs35 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data13.confirm !== void 0) {
                                    const _errs37 = errors;
                                    if (typeof data13.confirm !== "boolean") {
                                      validate20.errors = [{ instancePath: instancePath + "/config/confirm", schemaPath: "#/properties/config/properties/confirm/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                      return false;
                                    }
                                    var valid3 = _errs37 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data13.traceback_depth !== void 0) {
                                      let data20 = data13.traceback_depth;
                                      const _errs39 = errors;
                                      if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                                        validate20.errors = [{ instancePath: instancePath + "/config/traceback_depth", schemaPath: "#/properties/config/properties/traceback_depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      if (errors === _errs39) {
                                        if (typeof data20 == "number" && isFinite(data20)) {
                                          if (data20 > 1e3 || isNaN(data20)) {
                                            validate20.errors = [{ instancePath: instancePath + "/config/traceback_depth", schemaPath: "#/properties/config/properties/traceback_depth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" }];
                                            return false;
                                          } else {
                                            if (data20 < 0 || isNaN(data20)) {
                                              validate20.errors = [{ instancePath: instancePath + "/config/traceback_depth", schemaPath: "#/properties/config/properties/traceback_depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                              return false;
                                            }
                                          }
                                        }
                                      }
                                      var valid3 = _errs39 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data13.max_sites !== void 0) {
                                        let data21 = data13.max_sites;
                                        const _errs41 = errors;
                                        if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                                          validate20.errors = [{ instancePath: instancePath + "/config/max_sites", schemaPath: "#/properties/config/properties/max_sites/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                          return false;
                                        }
                                        if (errors === _errs41) {
                                          if (typeof data21 == "number" && isFinite(data21)) {
                                            if (data21 > 1e5 || isNaN(data21)) {
                                              validate20.errors = [{ instancePath: instancePath + "/config/max_sites", schemaPath: "#/properties/config/properties/max_sites/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" }];
                                              return false;
                                            } else {
                                              if (data21 < 0 || isNaN(data21)) {
                                                validate20.errors = [{ instancePath: instancePath + "/config/max_sites", schemaPath: "#/properties/config/properties/max_sites/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid3 = _errs41 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data13.time_budget_s !== void 0) {
                                          let data22 = data13.time_budget_s;
                                          const _errs43 = errors;
                                          if (errors === _errs43) {
                                            if (typeof data22 == "number" && isFinite(data22)) {
                                              if (data22 > 86400 || isNaN(data22)) {
                                                validate20.errors = [{ instancePath: instancePath + "/config/time_budget_s", schemaPath: "#/properties/config/properties/time_budget_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" }];
                                                return false;
                                              } else {
                                                if (data22 < 1e-3 || isNaN(data22)) {
                                                  validate20.errors = [{ instancePath: instancePath + "/config/time_budget_s", schemaPath: "#/properties/config/properties/time_budget_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e-3 }, message: "must be >= 0.001" }];
                                                  return false;
                                                }
                                              }
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/config/time_budget_s", schemaPath: "#/properties/config/properties/time_budget_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                              return false;
                                            }
                                          }
                                          var valid3 = _errs43 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data13.allow_bytes_per_op !== void 0) {
                                            let data23 = data13.allow_bytes_per_op;
                                            const _errs45 = errors;
                                            const _errs46 = errors;
                                            if (errors === _errs46) {
                                              if (typeof data23 == "number" && isFinite(data23)) {
                                                if (data23 > 1e15 || isNaN(data23)) {
                                                  validate20.errors = [{ instancePath: instancePath + "/config/allow_bytes_per_op", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                                                  return false;
                                                } else {
                                                  if (data23 < 0 || isNaN(data23)) {
                                                    validate20.errors = [{ instancePath: instancePath + "/config/allow_bytes_per_op", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                    return false;
                                                  }
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/config/allow_bytes_per_op", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                            }
                                            var valid3 = _errs45 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data13.allow_total_bytes !== void 0) {
                                              let data24 = data13.allow_total_bytes;
                                              const _errs48 = errors;
                                              const _errs49 = errors;
                                              if (errors === _errs49) {
                                                if (typeof data24 == "number" && isFinite(data24)) {
                                                  if (data24 > 1e15 || isNaN(data24)) {
                                                    validate20.errors = [{ instancePath: instancePath + "/config/allow_total_bytes", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                                                    return false;
                                                  } else {
                                                    if (data24 < 0 || isNaN(data24)) {
                                                      validate20.errors = [{ instancePath: instancePath + "/config/allow_total_bytes", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                      return false;
                                                    }
                                                  }
                                                } else {
                                                  validate20.errors = [{ instancePath: instancePath + "/config/allow_total_bytes", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                  return false;
                                                }
                                              }
                                              var valid3 = _errs48 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data13.soak !== void 0) {
                                                let data25 = data13.soak;
                                                const _errs51 = errors;
                                                if (errors === _errs51) {
                                                  if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                                    if (data25.duration_s !== void 0) {
                                                      let data26 = data25.duration_s;
                                                      const _errs53 = errors;
                                                      if (errors === _errs53) {
                                                        if (typeof data26 == "number" && isFinite(data26)) {
                                                          if (data26 > 31536e3 || isNaN(data26)) {
                                                            validate20.errors = [{ instancePath: instancePath + "/config/soak/duration_s", schemaPath: "#/properties/config/properties/soak/properties/duration_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 31536e3 }, message: "must be <= 31536000" }];
                                                            return false;
                                                          } else {
                                                            if (data26 < 0 || isNaN(data26)) {
                                                              validate20.errors = [{ instancePath: instancePath + "/config/soak/duration_s", schemaPath: "#/properties/config/properties/soak/properties/duration_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        } else {
                                                          validate20.errors = [{ instancePath: instancePath + "/config/soak/duration_s", schemaPath: "#/properties/config/properties/soak/properties/duration_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid6 = _errs53 === errors;
                                                    } else {
                                                      var valid6 = true;
                                                    }
                                                    if (valid6) {
                                                      if (data25.interval_s !== void 0) {
                                                        let data27 = data25.interval_s;
                                                        const _errs55 = errors;
                                                        if (errors === _errs55) {
                                                          if (typeof data27 == "number" && isFinite(data27)) {
                                                            if (data27 > 31536e3 || isNaN(data27)) {
                                                              validate20.errors = [{ instancePath: instancePath + "/config/soak/interval_s", schemaPath: "#/properties/config/properties/soak/properties/interval_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 31536e3 }, message: "must be <= 31536000" }];
                                                              return false;
                                                            } else {
                                                              if (data27 < 0 || isNaN(data27)) {
                                                                validate20.errors = [{ instancePath: instancePath + "/config/soak/interval_s", schemaPath: "#/properties/config/properties/soak/properties/interval_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                return false;
                                                              }
                                                            }
                                                          } else {
                                                            validate20.errors = [{ instancePath: instancePath + "/config/soak/interval_s", schemaPath: "#/properties/config/properties/soak/properties/interval_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid6 = _errs55 === errors;
                                                      } else {
                                                        var valid6 = true;
                                                      }
                                                      if (valid6) {
                                                        if (data25.warning_mb_per_hour !== void 0) {
                                                          let data28 = data25.warning_mb_per_hour;
                                                          const _errs57 = errors;
                                                          if (errors === _errs57) {
                                                            if (typeof data28 == "number" && isFinite(data28)) {
                                                              if (data28 > 1e9 || isNaN(data28)) {
                                                                validate20.errors = [{ instancePath: instancePath + "/config/soak/warning_mb_per_hour", schemaPath: "#/properties/config/properties/soak/properties/warning_mb_per_hour/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" }];
                                                                return false;
                                                              } else {
                                                                if (data28 < 0 || isNaN(data28)) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/config/soak/warning_mb_per_hour", schemaPath: "#/properties/config/properties/soak/properties/warning_mb_per_hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                  return false;
                                                                }
                                                              }
                                                            } else {
                                                              validate20.errors = [{ instancePath: instancePath + "/config/soak/warning_mb_per_hour", schemaPath: "#/properties/config/properties/soak/properties/warning_mb_per_hour/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid6 = _errs57 === errors;
                                                        } else {
                                                          var valid6 = true;
                                                        }
                                                        if (valid6) {
                                                          if (data25.failure_mb_per_hour !== void 0) {
                                                            let data29 = data25.failure_mb_per_hour;
                                                            const _errs59 = errors;
                                                            if (errors === _errs59) {
                                                              if (typeof data29 == "number" && isFinite(data29)) {
                                                                if (data29 > 1e9 || isNaN(data29)) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/config/soak/failure_mb_per_hour", schemaPath: "#/properties/config/properties/soak/properties/failure_mb_per_hour/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" }];
                                                                  return false;
                                                                } else {
                                                                  if (data29 < 0 || isNaN(data29)) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/config/soak/failure_mb_per_hour", schemaPath: "#/properties/config/properties/soak/properties/failure_mb_per_hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              } else {
                                                                validate20.errors = [{ instancePath: instancePath + "/config/soak/failure_mb_per_hour", schemaPath: "#/properties/config/properties/soak/properties/failure_mb_per_hour/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid6 = _errs59 === errors;
                                                          } else {
                                                            var valid6 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate20.errors = [{ instancePath: instancePath + "/config/soak", schemaPath: "#/properties/config/properties/soak/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid3 = _errs51 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs25 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.phases !== void 0) {
                      let data30 = data.phases;
                      const _errs61 = errors;
                      if (errors === _errs61) {
                        if (Array.isArray(data30)) {
                          if (data30.length > 8) {
                            validate20.errors = [{ instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items" }];
                            return false;
                          } else {
                            if (data30.length < 1) {
                              validate20.errors = [{ instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                              return false;
                            } else {
                              var valid7 = true;
                              const len0 = data30.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                const _errs63 = errors;
                                if (!validate21(data30[i0], { instancePath: instancePath + "/phases/" + i0, parentData: data30, parentDataProperty: i0, rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                  errors = vErrors.length;
                                }
                                var valid7 = _errs63 === errors;
                                if (!valid7) {
                                  break;
                                }
                              }
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs61 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.outcome !== void 0) {
                        let data32 = data.outcome;
                        const _errs64 = errors;
                        if (errors === _errs64) {
                          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                            let missing3;
                            if (data32.status === void 0 && (missing3 = "status")) {
                              validate20.errors = [{ instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                              return false;
                            } else {
                              if (data32.status !== void 0) {
                                let data33 = data32.status;
                                const _errs66 = errors;
                                if (!(data33 === "passed" || data33 === "failed" || data33 === "error" || data33 === "skipped")) {
                                  validate20.errors = [{ instancePath: instancePath + "/outcome/status", schemaPath: "#/properties/outcome/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.outcome.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid8 = _errs66 === errors;
                              } else {
                                var valid8 = true;
                              }
                              if (valid8) {
                                if (data32.message !== void 0) {
                                  let data34 = data32.message;
                                  const _errs67 = errors;
                                  if (errors === _errs67) {
                                    if (typeof data34 === "string") {
                                      if (func1(data34) > 65536) {
                                        validate20.errors = [{ instancePath: instancePath + "/outcome/message", schemaPath: "#/properties/outcome/properties/message/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/outcome/message", schemaPath: "#/properties/outcome/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid8 = _errs67 === errors;
                                } else {
                                  var valid8 = true;
                                }
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs64 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.root !== void 0) {
                          let data35 = data.root;
                          const _errs69 = errors;
                          if (errors === _errs69) {
                            if (typeof data35 === "string") {
                              if (func1(data35) > 4096) {
                                validate20.errors = [{ instancePath: instancePath + "/root", schemaPath: "#/properties/root/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                return false;
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/root", schemaPath: "#/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid0 = _errs69 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.endpoint !== void 0) {
                            let data36 = data.endpoint;
                            const _errs71 = errors;
                            if (errors === _errs71) {
                              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                if (data36.method !== void 0) {
                                  let data37 = data36.method;
                                  const _errs73 = errors;
                                  if (errors === _errs73) {
                                    if (typeof data37 === "string") {
                                      if (func1(data37) > 100) {
                                        validate20.errors = [{ instancePath: instancePath + "/endpoint/method", schemaPath: "#/properties/endpoint/properties/method/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/endpoint/method", schemaPath: "#/properties/endpoint/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid9 = _errs73 === errors;
                                } else {
                                  var valid9 = true;
                                }
                                if (valid9) {
                                  if (data36.route !== void 0) {
                                    let data38 = data36.route;
                                    const _errs75 = errors;
                                    if (errors === _errs75) {
                                      if (typeof data38 === "string") {
                                        if (func1(data38) > 4096) {
                                          validate20.errors = [{ instancePath: instancePath + "/endpoint/route", schemaPath: "#/properties/endpoint/properties/route/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                          return false;
                                        }
                                      } else {
                                        validate20.errors = [{ instancePath: instancePath + "/endpoint/route", schemaPath: "#/properties/endpoint/properties/route/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid9 = _errs75 === errors;
                                  } else {
                                    var valid9 = true;
                                  }
                                  if (valid9) {
                                    if (data36.sampling_rate !== void 0) {
                                      let data39 = data36.sampling_rate;
                                      const _errs77 = errors;
                                      if (errors === _errs77) {
                                        if (typeof data39 == "number" && isFinite(data39)) {
                                          if (data39 > 1 || isNaN(data39)) {
                                            validate20.errors = [{ instancePath: instancePath + "/endpoint/sampling_rate", schemaPath: "#/properties/endpoint/properties/sampling_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                            return false;
                                          } else {
                                            if (data39 <= 0 || isNaN(data39)) {
                                              validate20.errors = [{ instancePath: instancePath + "/endpoint/sampling_rate", schemaPath: "#/properties/endpoint/properties/sampling_rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                              return false;
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/endpoint/sampling_rate", schemaPath: "#/properties/endpoint/properties/sampling_rate/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                          return false;
                                        }
                                      }
                                      var valid9 = _errs77 === errors;
                                    } else {
                                      var valid9 = true;
                                    }
                                    if (valid9) {
                                      if (data36.sampled !== void 0) {
                                        let data40 = data36.sampled;
                                        const _errs79 = errors;
                                        if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
                                          validate20.errors = [{ instancePath: instancePath + "/endpoint/sampled", schemaPath: "#/properties/endpoint/properties/sampled/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                          return false;
                                        }
                                        if (errors === _errs79) {
                                          if (typeof data40 == "number" && isFinite(data40)) {
                                            if (data40 > 9007199254740991 || isNaN(data40)) {
                                              validate20.errors = [{ instancePath: instancePath + "/endpoint/sampled", schemaPath: "#/properties/endpoint/properties/sampled/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                              return false;
                                            } else {
                                              if (data40 < 0 || isNaN(data40)) {
                                                validate20.errors = [{ instancePath: instancePath + "/endpoint/sampled", schemaPath: "#/properties/endpoint/properties/sampled/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid9 = _errs79 === errors;
                                      } else {
                                        var valid9 = true;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs71 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.confirm_reason !== void 0) {
                              let data41 = data.confirm_reason;
                              const _errs81 = errors;
                              if (errors === _errs81) {
                                if (typeof data41 === "string") {
                                  if (func1(data41) > 4096) {
                                    validate20.errors = [{ instancePath: instancePath + "/confirm_reason", schemaPath: "#/properties/confirm_reason/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/confirm_reason", schemaPath: "#/properties/confirm_reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs81 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateLitellmSnapshot = validate27;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length > 1e7) {
        validate27.errors = [{ instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 1e7 }, message: "must NOT have more than 10000000 items" }];
        return false;
      } else {
        var valid0 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing0;
              if (data0.batch === void 0 && (missing0 = "batch") || data0.current_mb === void 0 && (missing0 = "current_mb")) {
                validate27.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
              } else {
                if (data0.batch !== void 0) {
                  let data1 = data0.batch;
                  const _errs3 = errors;
                  if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
                    validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/batch", schemaPath: "#/items/properties/batch/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs3) {
                    if (typeof data1 == "number" && isFinite(data1)) {
                      if (data1 > 1e5 || isNaN(data1)) {
                        validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/batch", schemaPath: "#/items/properties/batch/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" }];
                        return false;
                      } else {
                        if (data1 < 0 || isNaN(data1)) {
                          validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/batch", schemaPath: "#/items/properties/batch/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.request !== void 0) {
                    let data2 = data0.request;
                    const _errs5 = errors;
                    if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                      validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/request", schemaPath: "#/items/properties/request/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs5) {
                      if (typeof data2 == "number" && isFinite(data2)) {
                        if (data2 > 9007199254740991 || isNaN(data2)) {
                          validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/request", schemaPath: "#/items/properties/request/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                          return false;
                        } else {
                          if (data2 < 0 || isNaN(data2)) {
                            validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/request", schemaPath: "#/items/properties/request/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        }
                      }
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.current_mb !== void 0) {
                      let data3 = data0.current_mb;
                      const _errs7 = errors;
                      if (errors === _errs7) {
                        if (typeof data3 == "number" && isFinite(data3)) {
                          if (data3 > 1e9 || isNaN(data3)) {
                            validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/current_mb", schemaPath: "#/items/properties/current_mb/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" }];
                            return false;
                          } else {
                            if (data3 < 0 || isNaN(data3)) {
                              validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/current_mb", schemaPath: "#/items/properties/current_mb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        } else {
                          validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/current_mb", schemaPath: "#/items/properties/current_mb/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                      }
                      var valid1 = _errs7 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.peak_mb !== void 0) {
                        let data4 = data0.peak_mb;
                        const _errs9 = errors;
                        if (errors === _errs9) {
                          if (typeof data4 == "number" && isFinite(data4)) {
                            if (data4 > 1e9 || isNaN(data4)) {
                              validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/peak_mb", schemaPath: "#/items/properties/peak_mb/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" }];
                              return false;
                            } else {
                              if (data4 < 0 || isNaN(data4)) {
                                validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/peak_mb", schemaPath: "#/items/properties/peak_mb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                return false;
                              }
                            }
                          } else {
                            validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/peak_mb", schemaPath: "#/items/properties/peak_mb/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                          }
                        }
                        var valid1 = _errs9 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.had_error !== void 0) {
                          const _errs11 = errors;
                          if (typeof data0.had_error !== "boolean") {
                            validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/had_error", schemaPath: "#/items/properties/had_error/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                            return false;
                          }
                          var valid1 = _errs11 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.top_consumers !== void 0) {
                            let data6 = data0.top_consumers;
                            const _errs13 = errors;
                            if (errors === _errs13) {
                              if (Array.isArray(data6)) {
                                if (data6.length > 1e5) {
                                  validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/top_consumers", schemaPath: "#/items/properties/top_consumers/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                                  return false;
                                } else {
                                  var valid2 = true;
                                  const len1 = data6.length;
                                  for (let i1 = 0; i1 < len1; i1++) {
                                    let data7 = data6[i1];
                                    const _errs15 = errors;
                                    if (errors === _errs15) {
                                      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                        let missing1;
                                        if (data7.file === void 0 && (missing1 = "file") || data7.size_mb === void 0 && (missing1 = "size_mb")) {
                                          validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/top_consumers/" + i1, schemaPath: "#/items/properties/top_consumers/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                          return false;
                                        } else {
                                          if (data7.file !== void 0) {
                                            let data8 = data7.file;
                                            const _errs17 = errors;
                                            if (errors === _errs17) {
                                              if (typeof data8 === "string") {
                                                if (func1(data8) > 8192) {
                                                  validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/top_consumers/" + i1 + "/file", schemaPath: "#/items/properties/top_consumers/items/properties/file/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" }];
                                                  return false;
                                                }
                                              } else {
                                                validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/top_consumers/" + i1 + "/file", schemaPath: "#/items/properties/top_consumers/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid3 = _errs17 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data7.size_mb !== void 0) {
                                              let data9 = data7.size_mb;
                                              const _errs19 = errors;
                                              if (errors === _errs19) {
                                                if (typeof data9 == "number" && isFinite(data9)) {
                                                  if (data9 > 1e9 || isNaN(data9)) {
                                                    validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/top_consumers/" + i1 + "/size_mb", schemaPath: "#/items/properties/top_consumers/items/properties/size_mb/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" }];
                                                    return false;
                                                  } else {
                                                    if (data9 < 0 || isNaN(data9)) {
                                                      validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/top_consumers/" + i1 + "/size_mb", schemaPath: "#/items/properties/top_consumers/items/properties/size_mb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                      return false;
                                                    }
                                                  }
                                                } else {
                                                  validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/top_consumers/" + i1 + "/size_mb", schemaPath: "#/items/properties/top_consumers/items/properties/size_mb/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                  return false;
                                                }
                                              }
                                              var valid3 = _errs19 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data7.count !== void 0) {
                                                let data10 = data7.count;
                                                const _errs21 = errors;
                                                if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                                                  validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/top_consumers/" + i1 + "/count", schemaPath: "#/items/properties/top_consumers/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                  return false;
                                                }
                                                if (errors === _errs21) {
                                                  if (typeof data10 == "number" && isFinite(data10)) {
                                                    if (data10 > 9007199254740991 || isNaN(data10)) {
                                                      validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/top_consumers/" + i1 + "/count", schemaPath: "#/items/properties/top_consumers/items/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                      return false;
                                                    } else {
                                                      if (data10 < 0 || isNaN(data10)) {
                                                        validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/top_consumers/" + i1 + "/count", schemaPath: "#/items/properties/top_consumers/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                }
                                                var valid3 = _errs21 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/top_consumers/" + i1, schemaPath: "#/items/properties/top_consumers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs15 === errors;
                                    if (!valid2) {
                                      break;
                                    }
                                  }
                                }
                              } else {
                                validate27.errors = [{ instancePath: instancePath + "/" + i0 + "/top_consumers", schemaPath: "#/items/properties/top_consumers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid1 = _errs13 === errors;
                          } else {
                            var valid1 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            } else {
              validate27.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var validateReport = validate28;
var schema48 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://memleak-action.github.io/schemas/report.v1.schema.json", "title": "memleak report, version 1", "description": "The analysis core's verdicts for one run of leak tests, optionally compared with a baseline. Written by `memleak run|analyze|compare`, the GitHub Action and the service; read by all of them and by external checks.", "type": "object", "required": ["format", "version", "status", "tests"], "properties": { "format": { "const": "memleak-report" }, "version": { "const": 1 }, "status": { "enum": ["pass", "fail"], "description": "fail when the fail-on policy is met (default without a baseline: any leak; after a comparison: a new or regressed leak), when the test command failed (see command), or when a test is inconclusive or error and settings.fail_on_inconclusive is true." }, "status_reason": { "type": "string", "maxLength": 2e3 }, "generated_at": { "type": "string", "format": "date-time" }, "tool": { "type": "object", "properties": { "name": { "type": "string", "maxLength": 100 }, "version": { "type": "string", "maxLength": 100 } } }, "settings": { "type": "object", "description": "The thresholds and policy the verdicts were computed with.", "properties": { "fail_on": { "enum": ["new-leak", "any-leak", "never"] }, "fail_on_inconclusive": { "type": "boolean", "description": "Whether inconclusive and error tests fail the run. Absent (reports written before it existed) means false." }, "thresholds": { "type": "object", "additionalProperties": { "type": "number", "minimum": 0, "maximum": 9007199254740991 } } } }, "summary": { "type": "object", "properties": { "tests": { "$ref": "#/$defs/count" }, "leak": { "$ref": "#/$defs/count" }, "ok": { "$ref": "#/$defs/count" }, "inconclusive": { "$ref": "#/$defs/count" }, "error": { "$ref": "#/$defs/count" }, "new_leaks": { "$ref": "#/$defs/count" }, "fixed": { "$ref": "#/$defs/count" } } }, "tests": { "type": "array", "maxItems": 1e5, "items": { "$ref": "#/$defs/test" } }, "baseline": { "type": "object", "description": "Present after a comparison: where the baseline came from, or why there was none.", "properties": { "found": { "type": "boolean" }, "reason": { "type": "string", "maxLength": 2e3 }, "commit": { "type": "string", "maxLength": 100 }, "ref": { "type": "string", "maxLength": 1e3 }, "run_url": { "type": "string", "maxLength": 2e3 }, "created_at": { "type": "string", "maxLength": 100 }, "source": { "type": "string", "maxLength": 100 } } }, "missing_tests": { "type": "array", "description": "Tests in the baseline that the head did not run.", "items": { "type": "string", "maxLength": 4096 } }, "command": { "type": "object", "description": "How the test command that wrote the snapshots ended, when the report comes from running it (memleak run, the action's run mode). A non-zero exit_code fails the report.", "required": ["exit_code"], "properties": { "exit_code": { "type": "integer" } } }, "problems": { "type": "array", "description": "Input that could not be used, each with its file and JSON pointer; every other file was still analysed.", "items": { "type": "object", "required": ["file", "message"], "properties": { "file": { "type": "string", "maxLength": 4096 }, "pointer": { "type": "string", "maxLength": 4096 }, "message": { "type": "string", "maxLength": 4096 } } } } }, "$defs": { "count": { "type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": "Tests, operations, batches or errors: a non-negative safe integer (exact in a JavaScript number, fits PostgreSQL bigint)." }, "bytes": { "type": "number", "minimum": -9007199254740991, "maximum": 9007199254740991, "description": "Bytes, or bytes per operation: finite and within \xB1(2^53 \u2212 1), so a figure is exact in a JavaScript number and fits PostgreSQL bigint. Growth may be negative." }, "line": { "type": "integer", "minimum": 1, "maximum": 2147483647, "description": "A 1-based source line: a signed 32-bit integer, as GitHub's annotations and PostgreSQL integer take it." }, "verdict": { "enum": ["leak", "ok", "inconclusive", "error"] }, "change": { "enum": ["new-leak", "still-leaking", "fixed", "regressed", "unchanged", "new-test"] }, "test": { "type": "object", "required": ["id", "verdict", "sources"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "The test's id (pytest node id)." }, "verdict": { "$ref": "#/$defs/verdict" }, "kind": { "enum": ["python", "js-heap", "native", "error-path", "bounded", null], "description": "What kind of growth: python (a leak of Python's traced allocations, with lines), js-heap (the same on a JavaScript heap: V8's, from the Node collector; the snapshot's collector.heap says which), native (memory outside the language's heap, no file:line: the C allocator's bytes in use or RSS for Python, external memory such as Buffers and ArrayBuffers for Node), error-path (growth while operations fail, either heap), bounded (growth that levelled off: not a leak)." }, "reason": { "type": "string", "maxLength": 4096, "description": "Why this verdict, in words." }, "snapshot": { "type": "string", "maxLength": 4096, "description": "The snapshot file the verdict came from." }, "operations": { "$ref": "#/$defs/count" }, "batches": { "$ref": "#/$defs/count" }, "errors": { "$ref": "#/$defs/count" }, "growth_bytes": { "$ref": "#/$defs/bytes" }, "growth_per_op_bytes": { "$ref": "#/$defs/bytes", "description": "Growth per operation the verdict is about (traced bytes; native bytes for a native leak): the same figure its reason gives." }, "rss_growth_per_op_bytes": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }] }, "detection_limit_bytes_per_op": { "$ref": "#/$defs/bytes", "minimum": 0, "description": "Growth per operation the evidence could not tell from none: the larger of the per-operation floor and the total floor divided by the judged operations. When it is above the floor, the verdict is inconclusive, never ok." }, "series": { "type": "object", "description": "Memory after each judged batch, for charts.", "properties": { "operations_per_batch": { "$ref": "#/$defs/count" }, "traced_bytes": { "type": "array", "maxItems": 1e5, "items": { "$ref": "#/$defs/bytes" } }, "rss_bytes": { "type": "array", "maxItems": 1e5, "items": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }] } } } }, "sources": { "type": "array", "description": "Leaking allocation sites, ranked by growth, largest first.", "items": { "$ref": "#/$defs/source" } }, "change": { "$ref": "#/$defs/change" }, "baseline": { "type": "object", "properties": { "verdict": { "$ref": "#/$defs/verdict" }, "growth_per_op_bytes": { "$ref": "#/$defs/bytes" } } }, "object_growth": { "type": "array", "maxItems": 10, "description": "Object types whose live objects grew per operation in the confirm phase (gc-tracked objects: instances, dicts, lists, functions...), largest bytes first, at most 10.", "items": { "type": "object", "required": ["type", "count_per_op"], "properties": { "type": { "type": "string", "maxLength": 1e3, "description": "module.QualifiedName (builtins without a module): dict, app.sessions.Session." }, "count_per_op": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Objects of this type kept per operation." }, "bytes_per_op": { "$ref": "#/$defs/bytes", "description": "Their bytes per operation (sys.getsizeof of each object, without what it refers to); absent when the snapshot has no sizes." } } } }, "cycles": { "type": "object", "required": ["collected_per_op", "uncollectable"], "description": "Reference cycles in the judged batches: objects only the cycle collector could free (not a leak by itself: memory that waits for a collection), and objects it could not free at all (gc.garbage).", "properties": { "collected_per_op": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Objects freed by the cycle collector per operation." }, "uncollectable": { "$ref": "#/$defs/count", "description": "Objects left in gc.garbage over the judged batches." } } }, "soak": { "$ref": "#/$defs/soak" } } }, "soak": { "type": "object", "description": "A soak: memory sampled by time, judged as a rate in MB (2^20 bytes) per hour, the OLS slope of memory over elapsed time with its 95 % Student-t interval. The rates are absent when there were too few samples to fit one; tier is absent when the interval could not decide it (the verdict is then inconclusive). failure makes the verdict leak; warning and acceptable make it ok.", "required": ["duration_s", "interval_s", "tiers"], "properties": { "duration_s": { "type": "number", "minimum": 0, "maximum": 1e9, "description": "Seconds from the first judged sample to the last." }, "interval_s": { "type": "number", "minimum": 0, "maximum": 1e9, "description": "Seconds between samples (the interval asked for, else the median spacing)." }, "mb_per_hour": { "$ref": "#/$defs/rate" }, "mb_per_hour_low": { "$ref": "#/$defs/rate" }, "mb_per_hour_high": { "$ref": "#/$defs/rate" }, "tier": { "enum": ["acceptable", "warning", "failure"] }, "tiers": { "type": "object", "required": ["warning_mb_per_hour", "failure_mb_per_hour"], "properties": { "warning_mb_per_hour": { "type": "number", "minimum": 0, "maximum": 1e9 }, "failure_mb_per_hour": { "type": "number", "minimum": 0, "maximum": 1e9 } } } } }, "rate": { "type": "number", "minimum": -1e12, "maximum": 1e12, "description": "MB (2^20 bytes) per hour; may be negative." }, "source": { "type": "object", "required": ["file", "line"], "properties": { "file": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "POSIX path relative to the directory the command ran in." }, "line": { "$ref": "#/$defs/line" }, "function": { "type": "string", "maxLength": 1e3 }, "code": { "type": "string", "maxLength": 2e3 }, "growth_bytes": { "$ref": "#/$defs/bytes" }, "bytes_per_op": { "$ref": "#/$defs/bytes" }, "batches_grown": { "$ref": "#/$defs/count" }, "change": { "enum": ["new", "existing"], "description": "After a comparison: whether the baseline already leaked here (matched by file, function and the line's text)." }, "retainer": { "$ref": "#/$defs/retainer" } } }, "retainer": { "type": "object", "required": ["path", "type", "root"], "description": "What keeps this source's objects alive (from the snapshot's site retainer): displayed `path (type) \u2190 root`, e.g. `app.tasks._inflight (set) \u2190 module app.tasks`.", "properties": { "path": { "type": "string", "maxLength": 1e3, "description": "The holder's name from its root: app.jobs.Job.registry, logging.Logger.manager.loggerDict." }, "type": { "type": "string", "maxLength": 1e3, "description": "The holder's type: list, dict, set, lru_cache, ..." }, "root": { "type": "string", "maxLength": 1e3, "description": "module X, class X, closure of X, or object X (an object only the test's fixtures or locals hold)." } } } } };
var schema56 = { "type": "object", "required": ["id", "verdict", "sources"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "The test's id (pytest node id)." }, "verdict": { "$ref": "#/$defs/verdict" }, "kind": { "enum": ["python", "js-heap", "native", "error-path", "bounded", null], "description": "What kind of growth: python (a leak of Python's traced allocations, with lines), js-heap (the same on a JavaScript heap: V8's, from the Node collector; the snapshot's collector.heap says which), native (memory outside the language's heap, no file:line: the C allocator's bytes in use or RSS for Python, external memory such as Buffers and ArrayBuffers for Node), error-path (growth while operations fail, either heap), bounded (growth that levelled off: not a leak)." }, "reason": { "type": "string", "maxLength": 4096, "description": "Why this verdict, in words." }, "snapshot": { "type": "string", "maxLength": 4096, "description": "The snapshot file the verdict came from." }, "operations": { "$ref": "#/$defs/count" }, "batches": { "$ref": "#/$defs/count" }, "errors": { "$ref": "#/$defs/count" }, "growth_bytes": { "$ref": "#/$defs/bytes" }, "growth_per_op_bytes": { "$ref": "#/$defs/bytes", "description": "Growth per operation the verdict is about (traced bytes; native bytes for a native leak): the same figure its reason gives." }, "rss_growth_per_op_bytes": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }] }, "detection_limit_bytes_per_op": { "$ref": "#/$defs/bytes", "minimum": 0, "description": "Growth per operation the evidence could not tell from none: the larger of the per-operation floor and the total floor divided by the judged operations. When it is above the floor, the verdict is inconclusive, never ok." }, "series": { "type": "object", "description": "Memory after each judged batch, for charts.", "properties": { "operations_per_batch": { "$ref": "#/$defs/count" }, "traced_bytes": { "type": "array", "maxItems": 1e5, "items": { "$ref": "#/$defs/bytes" } }, "rss_bytes": { "type": "array", "maxItems": 1e5, "items": { "anyOf": [{ "$ref": "#/$defs/bytes" }, { "type": "null" }] } } } }, "sources": { "type": "array", "description": "Leaking allocation sites, ranked by growth, largest first.", "items": { "$ref": "#/$defs/source" } }, "change": { "$ref": "#/$defs/change" }, "baseline": { "type": "object", "properties": { "verdict": { "$ref": "#/$defs/verdict" }, "growth_per_op_bytes": { "$ref": "#/$defs/bytes" } } }, "object_growth": { "type": "array", "maxItems": 10, "description": "Object types whose live objects grew per operation in the confirm phase (gc-tracked objects: instances, dicts, lists, functions...), largest bytes first, at most 10.", "items": { "type": "object", "required": ["type", "count_per_op"], "properties": { "type": { "type": "string", "maxLength": 1e3, "description": "module.QualifiedName (builtins without a module): dict, app.sessions.Session." }, "count_per_op": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Objects of this type kept per operation." }, "bytes_per_op": { "$ref": "#/$defs/bytes", "description": "Their bytes per operation (sys.getsizeof of each object, without what it refers to); absent when the snapshot has no sizes." } } } }, "cycles": { "type": "object", "required": ["collected_per_op", "uncollectable"], "description": "Reference cycles in the judged batches: objects only the cycle collector could free (not a leak by itself: memory that waits for a collection), and objects it could not free at all (gc.garbage).", "properties": { "collected_per_op": { "type": "number", "minimum": 0, "maximum": 1e15, "description": "Objects freed by the cycle collector per operation." }, "uncollectable": { "$ref": "#/$defs/count", "description": "Objects left in gc.garbage over the judged batches." } } }, "soak": { "$ref": "#/$defs/soak" } } };
var schema57 = { "enum": ["leak", "ok", "inconclusive", "error"] };
var schema74 = { "enum": ["new-leak", "still-leaking", "fixed", "regressed", "unchanged", "new-test"] };
var schema68 = { "type": "object", "required": ["file", "line"], "properties": { "file": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "POSIX path relative to the directory the command ran in." }, "line": { "$ref": "#/$defs/line" }, "function": { "type": "string", "maxLength": 1e3 }, "code": { "type": "string", "maxLength": 2e3 }, "growth_bytes": { "$ref": "#/$defs/bytes" }, "bytes_per_op": { "$ref": "#/$defs/bytes" }, "batches_grown": { "$ref": "#/$defs/count" }, "change": { "enum": ["new", "existing"], "description": "After a comparison: whether the baseline already leaked here (matched by file, function and the line's text)." }, "retainer": { "$ref": "#/$defs/retainer" } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.file === void 0 && (missing0 = "file") || data.line === void 0 && (missing0 = "line")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.file !== void 0) {
          let data0 = data.file;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (func1(data0) > 4096) {
                validate30.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                return false;
              } else {
                if (func1(data0) < 1) {
                  validate30.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              }
            } else {
              validate30.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.line !== void 0) {
            let data1 = data.line;
            const _errs3 = errors;
            const _errs4 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate30.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/$defs/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs4) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 > 2147483647 || isNaN(data1)) {
                  validate30.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/$defs/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" }];
                  return false;
                } else {
                  if (data1 < 1 || isNaN(data1)) {
                    validate30.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/$defs/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.function !== void 0) {
              let data2 = data.function;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (typeof data2 === "string") {
                  if (func1(data2) > 1e3) {
                    validate30.errors = [{ instancePath: instancePath + "/function", schemaPath: "#/properties/function/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                    return false;
                  }
                } else {
                  validate30.errors = [{ instancePath: instancePath + "/function", schemaPath: "#/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.code !== void 0) {
                let data3 = data.code;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (typeof data3 === "string") {
                    if (func1(data3) > 2e3) {
                      validate30.errors = [{ instancePath: instancePath + "/code", schemaPath: "#/properties/code/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" }];
                      return false;
                    }
                  } else {
                    validate30.errors = [{ instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.growth_bytes !== void 0) {
                  let data4 = data.growth_bytes;
                  const _errs10 = errors;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (typeof data4 == "number" && isFinite(data4)) {
                      if (data4 > 9007199254740991 || isNaN(data4)) {
                        validate30.errors = [{ instancePath: instancePath + "/growth_bytes", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                        return false;
                      } else {
                        if (data4 < -9007199254740991 || isNaN(data4)) {
                          validate30.errors = [{ instancePath: instancePath + "/growth_bytes", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: -9007199254740991 }, message: "must be >= -9007199254740991" }];
                          return false;
                        }
                      }
                    } else {
                      validate30.errors = [{ instancePath: instancePath + "/growth_bytes", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.bytes_per_op !== void 0) {
                    let data5 = data.bytes_per_op;
                    const _errs13 = errors;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (typeof data5 == "number" && isFinite(data5)) {
                        if (data5 > 9007199254740991 || isNaN(data5)) {
                          validate30.errors = [{ instancePath: instancePath + "/bytes_per_op", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                          return false;
                        } else {
                          if (data5 < -9007199254740991 || isNaN(data5)) {
                            validate30.errors = [{ instancePath: instancePath + "/bytes_per_op", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: -9007199254740991 }, message: "must be >= -9007199254740991" }];
                            return false;
                          }
                        }
                      } else {
                        validate30.errors = [{ instancePath: instancePath + "/bytes_per_op", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                      }
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.batches_grown !== void 0) {
                      let data6 = data.batches_grown;
                      const _errs16 = errors;
                      const _errs17 = errors;
                      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                        validate30.errors = [{ instancePath: instancePath + "/batches_grown", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      if (errors === _errs17) {
                        if (typeof data6 == "number" && isFinite(data6)) {
                          if (data6 > 9007199254740991 || isNaN(data6)) {
                            validate30.errors = [{ instancePath: instancePath + "/batches_grown", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                            return false;
                          } else {
                            if (data6 < 0 || isNaN(data6)) {
                              validate30.errors = [{ instancePath: instancePath + "/batches_grown", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        }
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.change !== void 0) {
                        let data7 = data.change;
                        const _errs19 = errors;
                        if (!(data7 === "new" || data7 === "existing")) {
                          validate30.errors = [{ instancePath: instancePath + "/change", schemaPath: "#/properties/change/enum", keyword: "enum", params: { allowedValues: schema68.properties.change.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid0 = _errs19 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.retainer !== void 0) {
                          let data8 = data.retainer;
                          const _errs20 = errors;
                          const _errs21 = errors;
                          if (errors === _errs21) {
                            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                              let missing1;
                              if (data8.path === void 0 && (missing1 = "path") || data8.type === void 0 && (missing1 = "type") || data8.root === void 0 && (missing1 = "root")) {
                                validate30.errors = [{ instancePath: instancePath + "/retainer", schemaPath: "#/$defs/retainer/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                return false;
                              } else {
                                if (data8.path !== void 0) {
                                  let data9 = data8.path;
                                  const _errs23 = errors;
                                  if (errors === _errs23) {
                                    if (typeof data9 === "string") {
                                      if (func1(data9) > 1e3) {
                                        validate30.errors = [{ instancePath: instancePath + "/retainer/path", schemaPath: "#/$defs/retainer/properties/path/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate30.errors = [{ instancePath: instancePath + "/retainer/path", schemaPath: "#/$defs/retainer/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid6 = _errs23 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data8.type !== void 0) {
                                    let data10 = data8.type;
                                    const _errs25 = errors;
                                    if (errors === _errs25) {
                                      if (typeof data10 === "string") {
                                        if (func1(data10) > 1e3) {
                                          validate30.errors = [{ instancePath: instancePath + "/retainer/type", schemaPath: "#/$defs/retainer/properties/type/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                                          return false;
                                        }
                                      } else {
                                        validate30.errors = [{ instancePath: instancePath + "/retainer/type", schemaPath: "#/$defs/retainer/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid6 = _errs25 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data8.root !== void 0) {
                                      let data11 = data8.root;
                                      const _errs27 = errors;
                                      if (errors === _errs27) {
                                        if (typeof data11 === "string") {
                                          if (func1(data11) > 1e3) {
                                            validate30.errors = [{ instancePath: instancePath + "/retainer/root", schemaPath: "#/$defs/retainer/properties/root/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate30.errors = [{ instancePath: instancePath + "/retainer/root", schemaPath: "#/$defs/retainer/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid6 = _errs27 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate30.errors = [{ instancePath: instancePath + "/retainer", schemaPath: "#/$defs/retainer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": { "file": true, "line": true, "function": true, "code": true, "growth_bytes": true, "bytes_per_op": true, "batches_grown": true, "change": true, "retainer": true }, "dynamicProps": false, "dynamicItems": false };
var schema79 = { "type": "object", "description": "A soak: memory sampled by time, judged as a rate in MB (2^20 bytes) per hour, the OLS slope of memory over elapsed time with its 95 % Student-t interval. The rates are absent when there were too few samples to fit one; tier is absent when the interval could not decide it (the verdict is then inconclusive). failure makes the verdict leak; warning and acceptable make it ok.", "required": ["duration_s", "interval_s", "tiers"], "properties": { "duration_s": { "type": "number", "minimum": 0, "maximum": 1e9, "description": "Seconds from the first judged sample to the last." }, "interval_s": { "type": "number", "minimum": 0, "maximum": 1e9, "description": "Seconds between samples (the interval asked for, else the median spacing)." }, "mb_per_hour": { "$ref": "#/$defs/rate" }, "mb_per_hour_low": { "$ref": "#/$defs/rate" }, "mb_per_hour_high": { "$ref": "#/$defs/rate" }, "tier": { "enum": ["acceptable", "warning", "failure"] }, "tiers": { "type": "object", "required": ["warning_mb_per_hour", "failure_mb_per_hour"], "properties": { "warning_mb_per_hour": { "type": "number", "minimum": 0, "maximum": 1e9 }, "failure_mb_per_hour": { "type": "number", "minimum": 0, "maximum": 1e9 } } } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.duration_s === void 0 && (missing0 = "duration_s") || data.interval_s === void 0 && (missing0 = "interval_s") || data.tiers === void 0 && (missing0 = "tiers")) {
        validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.duration_s !== void 0) {
          let data0 = data.duration_s;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 == "number" && isFinite(data0)) {
              if (data0 > 1e9 || isNaN(data0)) {
                validate32.errors = [{ instancePath: instancePath + "/duration_s", schemaPath: "#/properties/duration_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" }];
                return false;
              } else {
                if (data0 < 0 || isNaN(data0)) {
                  validate32.errors = [{ instancePath: instancePath + "/duration_s", schemaPath: "#/properties/duration_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              }
            } else {
              validate32.errors = [{ instancePath: instancePath + "/duration_s", schemaPath: "#/properties/duration_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.interval_s !== void 0) {
            let data1 = data.interval_s;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 > 1e9 || isNaN(data1)) {
                  validate32.errors = [{ instancePath: instancePath + "/interval_s", schemaPath: "#/properties/interval_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" }];
                  return false;
                } else {
                  if (data1 < 0 || isNaN(data1)) {
                    validate32.errors = [{ instancePath: instancePath + "/interval_s", schemaPath: "#/properties/interval_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                }
              } else {
                validate32.errors = [{ instancePath: instancePath + "/interval_s", schemaPath: "#/properties/interval_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mb_per_hour !== void 0) {
              let data2 = data.mb_per_hour;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (typeof data2 == "number" && isFinite(data2)) {
                  if (data2 > 1e12 || isNaN(data2)) {
                    validate32.errors = [{ instancePath: instancePath + "/mb_per_hour", schemaPath: "#/$defs/rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000" }];
                    return false;
                  } else {
                    if (data2 < -1e12 || isNaN(data2)) {
                      validate32.errors = [{ instancePath: instancePath + "/mb_per_hour", schemaPath: "#/$defs/rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000" }];
                      return false;
                    }
                  }
                } else {
                  validate32.errors = [{ instancePath: instancePath + "/mb_per_hour", schemaPath: "#/$defs/rate/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.mb_per_hour_low !== void 0) {
                let data3 = data.mb_per_hour_low;
                const _errs8 = errors;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (typeof data3 == "number" && isFinite(data3)) {
                    if (data3 > 1e12 || isNaN(data3)) {
                      validate32.errors = [{ instancePath: instancePath + "/mb_per_hour_low", schemaPath: "#/$defs/rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000" }];
                      return false;
                    } else {
                      if (data3 < -1e12 || isNaN(data3)) {
                        validate32.errors = [{ instancePath: instancePath + "/mb_per_hour_low", schemaPath: "#/$defs/rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000" }];
                        return false;
                      }
                    }
                  } else {
                    validate32.errors = [{ instancePath: instancePath + "/mb_per_hour_low", schemaPath: "#/$defs/rate/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.mb_per_hour_high !== void 0) {
                  let data4 = data.mb_per_hour_high;
                  const _errs11 = errors;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (typeof data4 == "number" && isFinite(data4)) {
                      if (data4 > 1e12 || isNaN(data4)) {
                        validate32.errors = [{ instancePath: instancePath + "/mb_per_hour_high", schemaPath: "#/$defs/rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000" }];
                        return false;
                      } else {
                        if (data4 < -1e12 || isNaN(data4)) {
                          validate32.errors = [{ instancePath: instancePath + "/mb_per_hour_high", schemaPath: "#/$defs/rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000" }];
                          return false;
                        }
                      }
                    } else {
                      validate32.errors = [{ instancePath: instancePath + "/mb_per_hour_high", schemaPath: "#/$defs/rate/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.tier !== void 0) {
                    let data5 = data.tier;
                    const _errs14 = errors;
                    if (!(data5 === "acceptable" || data5 === "warning" || data5 === "failure")) {
                      validate32.errors = [{ instancePath: instancePath + "/tier", schemaPath: "#/properties/tier/enum", keyword: "enum", params: { allowedValues: schema79.properties.tier.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.tiers !== void 0) {
                      let data6 = data.tiers;
                      const _errs15 = errors;
                      if (errors === _errs15) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          let missing1;
                          if (data6.warning_mb_per_hour === void 0 && (missing1 = "warning_mb_per_hour") || data6.failure_mb_per_hour === void 0 && (missing1 = "failure_mb_per_hour")) {
                            validate32.errors = [{ instancePath: instancePath + "/tiers", schemaPath: "#/properties/tiers/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data6.warning_mb_per_hour !== void 0) {
                              let data7 = data6.warning_mb_per_hour;
                              const _errs17 = errors;
                              if (errors === _errs17) {
                                if (typeof data7 == "number" && isFinite(data7)) {
                                  if (data7 > 1e9 || isNaN(data7)) {
                                    validate32.errors = [{ instancePath: instancePath + "/tiers/warning_mb_per_hour", schemaPath: "#/properties/tiers/properties/warning_mb_per_hour/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" }];
                                    return false;
                                  } else {
                                    if (data7 < 0 || isNaN(data7)) {
                                      validate32.errors = [{ instancePath: instancePath + "/tiers/warning_mb_per_hour", schemaPath: "#/properties/tiers/properties/warning_mb_per_hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                } else {
                                  validate32.errors = [{ instancePath: instancePath + "/tiers/warning_mb_per_hour", schemaPath: "#/properties/tiers/properties/warning_mb_per_hour/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                  return false;
                                }
                              }
                              var valid4 = _errs17 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data6.failure_mb_per_hour !== void 0) {
                                let data8 = data6.failure_mb_per_hour;
                                const _errs19 = errors;
                                if (errors === _errs19) {
                                  if (typeof data8 == "number" && isFinite(data8)) {
                                    if (data8 > 1e9 || isNaN(data8)) {
                                      validate32.errors = [{ instancePath: instancePath + "/tiers/failure_mb_per_hour", schemaPath: "#/properties/tiers/properties/failure_mb_per_hour/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000" }];
                                      return false;
                                    } else {
                                      if (data8 < 0 || isNaN(data8)) {
                                        validate32.errors = [{ instancePath: instancePath + "/tiers/failure_mb_per_hour", schemaPath: "#/properties/tiers/properties/failure_mb_per_hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                        return false;
                                      }
                                    }
                                  } else {
                                    validate32.errors = [{ instancePath: instancePath + "/tiers/failure_mb_per_hour", schemaPath: "#/properties/tiers/properties/failure_mb_per_hour/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                    return false;
                                  }
                                }
                                var valid4 = _errs19 === errors;
                              } else {
                                var valid4 = true;
                              }
                            }
                          }
                        } else {
                          validate32.errors = [{ instancePath: instancePath + "/tiers", schemaPath: "#/properties/tiers/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs15 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": { "duration_s": true, "interval_s": true, "mb_per_hour": true, "mb_per_hour_low": true, "mb_per_hour_high": true, "tier": true, "tiers": true }, "dynamicProps": false, "dynamicItems": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.verdict === void 0 && (missing0 = "verdict") || data.sources === void 0 && (missing0 = "sources")) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (func1(data0) > 4096) {
                validate29.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                return false;
              } else {
                if (func1(data0) < 1) {
                  validate29.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              }
            } else {
              validate29.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.verdict !== void 0) {
            let data1 = data.verdict;
            const _errs3 = errors;
            if (!(data1 === "leak" || data1 === "ok" || data1 === "inconclusive" || data1 === "error")) {
              validate29.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/$defs/verdict/enum", keyword: "enum", params: { allowedValues: schema57.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.kind !== void 0) {
              let data2 = data.kind;
              const _errs5 = errors;
              if (!(data2 === "python" || data2 === "js-heap" || data2 === "native" || data2 === "error-path" || data2 === "bounded" || data2 === null)) {
                validate29.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema56.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.reason !== void 0) {
                let data3 = data.reason;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (typeof data3 === "string") {
                    if (func1(data3) > 4096) {
                      validate29.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                      return false;
                    }
                  } else {
                    validate29.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.snapshot !== void 0) {
                  let data4 = data.snapshot;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (typeof data4 === "string") {
                      if (func1(data4) > 4096) {
                        validate29.errors = [{ instancePath: instancePath + "/snapshot", schemaPath: "#/properties/snapshot/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                        return false;
                      }
                    } else {
                      validate29.errors = [{ instancePath: instancePath + "/snapshot", schemaPath: "#/properties/snapshot/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.operations !== void 0) {
                    let data5 = data.operations;
                    const _errs10 = errors;
                    const _errs11 = errors;
                    if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                      validate29.errors = [{ instancePath: instancePath + "/operations", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs11) {
                      if (typeof data5 == "number" && isFinite(data5)) {
                        if (data5 > 9007199254740991 || isNaN(data5)) {
                          validate29.errors = [{ instancePath: instancePath + "/operations", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                          return false;
                        } else {
                          if (data5 < 0 || isNaN(data5)) {
                            validate29.errors = [{ instancePath: instancePath + "/operations", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        }
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.batches !== void 0) {
                      let data6 = data.batches;
                      const _errs13 = errors;
                      const _errs14 = errors;
                      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                        validate29.errors = [{ instancePath: instancePath + "/batches", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      if (errors === _errs14) {
                        if (typeof data6 == "number" && isFinite(data6)) {
                          if (data6 > 9007199254740991 || isNaN(data6)) {
                            validate29.errors = [{ instancePath: instancePath + "/batches", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                            return false;
                          } else {
                            if (data6 < 0 || isNaN(data6)) {
                              validate29.errors = [{ instancePath: instancePath + "/batches", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        }
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.errors !== void 0) {
                        let data7 = data.errors;
                        const _errs16 = errors;
                        const _errs17 = errors;
                        if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                          validate29.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        if (errors === _errs17) {
                          if (typeof data7 == "number" && isFinite(data7)) {
                            if (data7 > 9007199254740991 || isNaN(data7)) {
                              validate29.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                              return false;
                            } else {
                              if (data7 < 0 || isNaN(data7)) {
                                validate29.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                return false;
                              }
                            }
                          }
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.growth_bytes !== void 0) {
                          let data8 = data.growth_bytes;
                          const _errs19 = errors;
                          const _errs20 = errors;
                          if (errors === _errs20) {
                            if (typeof data8 == "number" && isFinite(data8)) {
                              if (data8 > 9007199254740991 || isNaN(data8)) {
                                validate29.errors = [{ instancePath: instancePath + "/growth_bytes", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                return false;
                              } else {
                                if (data8 < -9007199254740991 || isNaN(data8)) {
                                  validate29.errors = [{ instancePath: instancePath + "/growth_bytes", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: -9007199254740991 }, message: "must be >= -9007199254740991" }];
                                  return false;
                                }
                              }
                            } else {
                              validate29.errors = [{ instancePath: instancePath + "/growth_bytes", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                              return false;
                            }
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.growth_per_op_bytes !== void 0) {
                            let data9 = data.growth_per_op_bytes;
                            const _errs22 = errors;
                            const _errs23 = errors;
                            if (errors === _errs23) {
                              if (typeof data9 == "number" && isFinite(data9)) {
                                if (data9 > 9007199254740991 || isNaN(data9)) {
                                  validate29.errors = [{ instancePath: instancePath + "/growth_per_op_bytes", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                  return false;
                                } else {
                                  if (data9 < -9007199254740991 || isNaN(data9)) {
                                    validate29.errors = [{ instancePath: instancePath + "/growth_per_op_bytes", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: -9007199254740991 }, message: "must be >= -9007199254740991" }];
                                    return false;
                                  }
                                }
                              } else {
                                validate29.errors = [{ instancePath: instancePath + "/growth_per_op_bytes", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                            }
                            var valid0 = _errs22 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.rss_growth_per_op_bytes !== void 0) {
                              let data10 = data.rss_growth_per_op_bytes;
                              const _errs25 = errors;
                              const _errs26 = errors;
                              let valid7 = false;
                              const _errs27 = errors;
                              const _errs28 = errors;
                              if (errors === _errs28) {
                                if (typeof data10 == "number" && isFinite(data10)) {
                                  if (data10 > 9007199254740991 || isNaN(data10)) {
                                    const err0 = { instancePath: instancePath + "/rss_growth_per_op_bytes", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                                    if (vErrors === null) {
                                      vErrors = [err0];
                                    } else {
                                      vErrors.push(err0);
                                    }
                                    errors++;
                                  } else {
                                    if (data10 < -9007199254740991 || isNaN(data10)) {
                                      const err1 = { instancePath: instancePath + "/rss_growth_per_op_bytes", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: -9007199254740991 }, message: "must be >= -9007199254740991" };
                                      if (vErrors === null) {
                                        vErrors = [err1];
                                      } else {
                                        vErrors.push(err1);
                                      }
                                      errors++;
                                    }
                                  }
                                } else {
                                  const err2 = { instancePath: instancePath + "/rss_growth_per_op_bytes", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                  if (vErrors === null) {
                                    vErrors = [err2];
                                  } else {
                                    vErrors.push(err2);
                                  }
                                  errors++;
                                }
                              }
                              var _valid0 = _errs27 === errors;
                              valid7 = valid7 || _valid0;
                              const _errs30 = errors;
                              if (data10 !== null) {
                                const err3 = { instancePath: instancePath + "/rss_growth_per_op_bytes", schemaPath: "#/properties/rss_growth_per_op_bytes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err3];
                                } else {
                                  vErrors.push(err3);
                                }
                                errors++;
                              }
                              var _valid0 = _errs30 === errors;
                              valid7 = valid7 || _valid0;
                              if (!valid7) {
                                const err4 = { instancePath: instancePath + "/rss_growth_per_op_bytes", schemaPath: "#/properties/rss_growth_per_op_bytes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err4];
                                } else {
                                  vErrors.push(err4);
                                }
                                errors++;
                                validate29.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs26;
                                if (vErrors !== null) {
                                  if (_errs26) {
                                    vErrors.length = _errs26;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs25 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.detection_limit_bytes_per_op !== void 0) {
                                let data11 = data.detection_limit_bytes_per_op;
                                const _errs32 = errors;
                                const _errs33 = errors;
                                if (errors === _errs33) {
                                  if (typeof data11 == "number" && isFinite(data11)) {
                                    if (data11 > 9007199254740991 || isNaN(data11)) {
                                      validate29.errors = [{ instancePath: instancePath + "/detection_limit_bytes_per_op", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                      return false;
                                    } else {
                                      if (data11 < -9007199254740991 || isNaN(data11)) {
                                        validate29.errors = [{ instancePath: instancePath + "/detection_limit_bytes_per_op", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: -9007199254740991 }, message: "must be >= -9007199254740991" }];
                                        return false;
                                      }
                                    }
                                  } else {
                                    validate29.errors = [{ instancePath: instancePath + "/detection_limit_bytes_per_op", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                    return false;
                                  }
                                }
                                if (errors === _errs32) {
                                  if (typeof data11 == "number" && isFinite(data11)) {
                                    if (data11 < 0 || isNaN(data11)) {
                                      validate29.errors = [{ instancePath: instancePath + "/detection_limit_bytes_per_op", schemaPath: "#/properties/detection_limit_bytes_per_op/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid0 = _errs32 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.series !== void 0) {
                                  let data12 = data.series;
                                  const _errs35 = errors;
                                  if (errors === _errs35) {
                                    if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                      if (data12.operations_per_batch !== void 0) {
                                        let data13 = data12.operations_per_batch;
                                        const _errs37 = errors;
                                        const _errs38 = errors;
                                        if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                                          validate29.errors = [{ instancePath: instancePath + "/series/operations_per_batch", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                          return false;
                                        }
                                        if (errors === _errs38) {
                                          if (typeof data13 == "number" && isFinite(data13)) {
                                            if (data13 > 9007199254740991 || isNaN(data13)) {
                                              validate29.errors = [{ instancePath: instancePath + "/series/operations_per_batch", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                              return false;
                                            } else {
                                              if (data13 < 0 || isNaN(data13)) {
                                                validate29.errors = [{ instancePath: instancePath + "/series/operations_per_batch", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid10 = _errs37 === errors;
                                      } else {
                                        var valid10 = true;
                                      }
                                      if (valid10) {
                                        if (data12.traced_bytes !== void 0) {
                                          let data14 = data12.traced_bytes;
                                          const _errs40 = errors;
                                          if (errors === _errs40) {
                                            if (Array.isArray(data14)) {
                                              if (data14.length > 1e5) {
                                                validate29.errors = [{ instancePath: instancePath + "/series/traced_bytes", schemaPath: "#/properties/series/properties/traced_bytes/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                                                return false;
                                              } else {
                                                var valid12 = true;
                                                const len0 = data14.length;
                                                for (let i0 = 0; i0 < len0; i0++) {
                                                  let data15 = data14[i0];
                                                  const _errs42 = errors;
                                                  const _errs43 = errors;
                                                  if (errors === _errs43) {
                                                    if (typeof data15 == "number" && isFinite(data15)) {
                                                      if (data15 > 9007199254740991 || isNaN(data15)) {
                                                        validate29.errors = [{ instancePath: instancePath + "/series/traced_bytes/" + i0, schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                        return false;
                                                      } else {
                                                        if (data15 < -9007199254740991 || isNaN(data15)) {
                                                          validate29.errors = [{ instancePath: instancePath + "/series/traced_bytes/" + i0, schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: -9007199254740991 }, message: "must be >= -9007199254740991" }];
                                                          return false;
                                                        }
                                                      }
                                                    } else {
                                                      validate29.errors = [{ instancePath: instancePath + "/series/traced_bytes/" + i0, schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid12 = _errs42 === errors;
                                                  if (!valid12) {
                                                    break;
                                                  }
                                                }
                                              }
                                            } else {
                                              validate29.errors = [{ instancePath: instancePath + "/series/traced_bytes", schemaPath: "#/properties/series/properties/traced_bytes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid10 = _errs40 === errors;
                                        } else {
                                          var valid10 = true;
                                        }
                                        if (valid10) {
                                          if (data12.rss_bytes !== void 0) {
                                            let data16 = data12.rss_bytes;
                                            const _errs45 = errors;
                                            if (errors === _errs45) {
                                              if (Array.isArray(data16)) {
                                                if (data16.length > 1e5) {
                                                  validate29.errors = [{ instancePath: instancePath + "/series/rss_bytes", schemaPath: "#/properties/series/properties/rss_bytes/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                                                  return false;
                                                } else {
                                                  var valid14 = true;
                                                  const len1 = data16.length;
                                                  for (let i1 = 0; i1 < len1; i1++) {
                                                    let data17 = data16[i1];
                                                    const _errs47 = errors;
                                                    const _errs48 = errors;
                                                    let valid15 = false;
                                                    const _errs49 = errors;
                                                    const _errs50 = errors;
                                                    if (errors === _errs50) {
                                                      if (typeof data17 == "number" && isFinite(data17)) {
                                                        if (data17 > 9007199254740991 || isNaN(data17)) {
                                                          const err5 = { instancePath: instancePath + "/series/rss_bytes/" + i1, schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                                                          if (vErrors === null) {
                                                            vErrors = [err5];
                                                          } else {
                                                            vErrors.push(err5);
                                                          }
                                                          errors++;
                                                        } else {
                                                          if (data17 < -9007199254740991 || isNaN(data17)) {
                                                            const err6 = { instancePath: instancePath + "/series/rss_bytes/" + i1, schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: -9007199254740991 }, message: "must be >= -9007199254740991" };
                                                            if (vErrors === null) {
                                                              vErrors = [err6];
                                                            } else {
                                                              vErrors.push(err6);
                                                            }
                                                            errors++;
                                                          }
                                                        }
                                                      } else {
                                                        const err7 = { instancePath: instancePath + "/series/rss_bytes/" + i1, schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                        if (vErrors === null) {
                                                          vErrors = [err7];
                                                        } else {
                                                          vErrors.push(err7);
                                                        }
                                                        errors++;
                                                      }
                                                    }
                                                    var _valid1 = _errs49 === errors;
                                                    valid15 = valid15 || _valid1;
                                                    const _errs52 = errors;
                                                    if (data17 !== null) {
                                                      const err8 = { instancePath: instancePath + "/series/rss_bytes/" + i1, schemaPath: "#/properties/series/properties/rss_bytes/items/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                      if (vErrors === null) {
                                                        vErrors = [err8];
                                                      } else {
                                                        vErrors.push(err8);
                                                      }
                                                      errors++;
                                                    }
                                                    var _valid1 = _errs52 === errors;
                                                    valid15 = valid15 || _valid1;
                                                    if (!valid15) {
                                                      const err9 = { instancePath: instancePath + "/series/rss_bytes/" + i1, schemaPath: "#/properties/series/properties/rss_bytes/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                      if (vErrors === null) {
                                                        vErrors = [err9];
                                                      } else {
                                                        vErrors.push(err9);
                                                      }
                                                      errors++;
                                                      validate29.errors = vErrors;
                                                      return false;
                                                    } else {
                                                      errors = _errs48;
                                                      if (vErrors !== null) {
                                                        if (_errs48) {
                                                          vErrors.length = _errs48;
                                                        } else {
                                                          vErrors = null;
                                                        }
                                                      }
                                                    }
                                                    var valid14 = _errs47 === errors;
                                                    if (!valid14) {
                                                      break;
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate29.errors = [{ instancePath: instancePath + "/series/rss_bytes", schemaPath: "#/properties/series/properties/rss_bytes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid10 = _errs45 === errors;
                                          } else {
                                            var valid10 = true;
                                          }
                                        }
                                      }
                                    } else {
                                      validate29.errors = [{ instancePath: instancePath + "/series", schemaPath: "#/properties/series/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs35 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.sources !== void 0) {
                                    let data18 = data.sources;
                                    const _errs54 = errors;
                                    if (errors === _errs54) {
                                      if (Array.isArray(data18)) {
                                        var valid17 = true;
                                        const len2 = data18.length;
                                        for (let i2 = 0; i2 < len2; i2++) {
                                          const _errs56 = errors;
                                          if (!validate30(data18[i2], { instancePath: instancePath + "/sources/" + i2, parentData: data18, parentDataProperty: i2, rootData, dynamicAnchors })) {
                                            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid17 = _errs56 === errors;
                                          if (!valid17) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate29.errors = [{ instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs54 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.change !== void 0) {
                                      let data20 = data.change;
                                      const _errs57 = errors;
                                      if (!(data20 === "new-leak" || data20 === "still-leaking" || data20 === "fixed" || data20 === "regressed" || data20 === "unchanged" || data20 === "new-test")) {
                                        validate29.errors = [{ instancePath: instancePath + "/change", schemaPath: "#/$defs/change/enum", keyword: "enum", params: { allowedValues: schema74.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid0 = _errs57 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.baseline !== void 0) {
                                        let data21 = data.baseline;
                                        const _errs59 = errors;
                                        if (errors === _errs59) {
                                          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                            if (data21.verdict !== void 0) {
                                              let data22 = data21.verdict;
                                              const _errs61 = errors;
                                              if (!(data22 === "leak" || data22 === "ok" || data22 === "inconclusive" || data22 === "error")) {
                                                validate29.errors = [{ instancePath: instancePath + "/baseline/verdict", schemaPath: "#/$defs/verdict/enum", keyword: "enum", params: { allowedValues: schema57.enum }, message: "must be equal to one of the allowed values" }];
                                                return false;
                                              }
                                              var valid19 = _errs61 === errors;
                                            } else {
                                              var valid19 = true;
                                            }
                                            if (valid19) {
                                              if (data21.growth_per_op_bytes !== void 0) {
                                                let data23 = data21.growth_per_op_bytes;
                                                const _errs63 = errors;
                                                const _errs64 = errors;
                                                if (errors === _errs64) {
                                                  if (typeof data23 == "number" && isFinite(data23)) {
                                                    if (data23 > 9007199254740991 || isNaN(data23)) {
                                                      validate29.errors = [{ instancePath: instancePath + "/baseline/growth_per_op_bytes", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                      return false;
                                                    } else {
                                                      if (data23 < -9007199254740991 || isNaN(data23)) {
                                                        validate29.errors = [{ instancePath: instancePath + "/baseline/growth_per_op_bytes", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: -9007199254740991 }, message: "must be >= -9007199254740991" }];
                                                        return false;
                                                      }
                                                    }
                                                  } else {
                                                    validate29.errors = [{ instancePath: instancePath + "/baseline/growth_per_op_bytes", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                  }
                                                }
                                                var valid19 = _errs63 === errors;
                                              } else {
                                                var valid19 = true;
                                              }
                                            }
                                          } else {
                                            validate29.errors = [{ instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs59 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.object_growth !== void 0) {
                                          let data24 = data.object_growth;
                                          const _errs66 = errors;
                                          if (errors === _errs66) {
                                            if (Array.isArray(data24)) {
                                              if (data24.length > 10) {
                                                validate29.errors = [{ instancePath: instancePath + "/object_growth", schemaPath: "#/properties/object_growth/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" }];
                                                return false;
                                              } else {
                                                var valid22 = true;
                                                const len3 = data24.length;
                                                for (let i3 = 0; i3 < len3; i3++) {
                                                  let data25 = data24[i3];
                                                  const _errs68 = errors;
                                                  if (errors === _errs68) {
                                                    if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                                      let missing1;
                                                      if (data25.type === void 0 && (missing1 = "type") || data25.count_per_op === void 0 && (missing1 = "count_per_op")) {
                                                        validate29.errors = [{ instancePath: instancePath + "/object_growth/" + i3, schemaPath: "#/properties/object_growth/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                        return false;
                                                      } else {
                                                        if (data25.type !== void 0) {
                                                          let data26 = data25.type;
                                                          const _errs70 = errors;
                                                          if (errors === _errs70) {
                                                            if (typeof data26 === "string") {
                                                              if (func1(data26) > 1e3) {
                                                                validate29.errors = [{ instancePath: instancePath + "/object_growth/" + i3 + "/type", schemaPath: "#/properties/object_growth/items/properties/type/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate29.errors = [{ instancePath: instancePath + "/object_growth/" + i3 + "/type", schemaPath: "#/properties/object_growth/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid23 = _errs70 === errors;
                                                        } else {
                                                          var valid23 = true;
                                                        }
                                                        if (valid23) {
                                                          if (data25.count_per_op !== void 0) {
                                                            let data27 = data25.count_per_op;
                                                            const _errs72 = errors;
                                                            if (errors === _errs72) {
                                                              if (typeof data27 == "number" && isFinite(data27)) {
                                                                if (data27 > 1e15 || isNaN(data27)) {
                                                                  validate29.errors = [{ instancePath: instancePath + "/object_growth/" + i3 + "/count_per_op", schemaPath: "#/properties/object_growth/items/properties/count_per_op/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                                                                  return false;
                                                                } else {
                                                                  if (data27 < 0 || isNaN(data27)) {
                                                                    validate29.errors = [{ instancePath: instancePath + "/object_growth/" + i3 + "/count_per_op", schemaPath: "#/properties/object_growth/items/properties/count_per_op/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              } else {
                                                                validate29.errors = [{ instancePath: instancePath + "/object_growth/" + i3 + "/count_per_op", schemaPath: "#/properties/object_growth/items/properties/count_per_op/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid23 = _errs72 === errors;
                                                          } else {
                                                            var valid23 = true;
                                                          }
                                                          if (valid23) {
                                                            if (data25.bytes_per_op !== void 0) {
                                                              let data28 = data25.bytes_per_op;
                                                              const _errs74 = errors;
                                                              const _errs75 = errors;
                                                              if (errors === _errs75) {
                                                                if (typeof data28 == "number" && isFinite(data28)) {
                                                                  if (data28 > 9007199254740991 || isNaN(data28)) {
                                                                    validate29.errors = [{ instancePath: instancePath + "/object_growth/" + i3 + "/bytes_per_op", schemaPath: "#/$defs/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                    return false;
                                                                  } else {
                                                                    if (data28 < -9007199254740991 || isNaN(data28)) {
                                                                      validate29.errors = [{ instancePath: instancePath + "/object_growth/" + i3 + "/bytes_per_op", schemaPath: "#/$defs/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: -9007199254740991 }, message: "must be >= -9007199254740991" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate29.errors = [{ instancePath: instancePath + "/object_growth/" + i3 + "/bytes_per_op", schemaPath: "#/$defs/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid23 = _errs74 === errors;
                                                            } else {
                                                              var valid23 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    } else {
                                                      validate29.errors = [{ instancePath: instancePath + "/object_growth/" + i3, schemaPath: "#/properties/object_growth/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid22 = _errs68 === errors;
                                                  if (!valid22) {
                                                    break;
                                                  }
                                                }
                                              }
                                            } else {
                                              validate29.errors = [{ instancePath: instancePath + "/object_growth", schemaPath: "#/properties/object_growth/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs66 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.cycles !== void 0) {
                                            let data29 = data.cycles;
                                            const _errs77 = errors;
                                            if (errors === _errs77) {
                                              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                                let missing2;
                                                if (data29.collected_per_op === void 0 && (missing2 = "collected_per_op") || data29.uncollectable === void 0 && (missing2 = "uncollectable")) {
                                                  validate29.errors = [{ instancePath: instancePath + "/cycles", schemaPath: "#/properties/cycles/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                  return false;
                                                } else {
                                                  if (data29.collected_per_op !== void 0) {
                                                    let data30 = data29.collected_per_op;
                                                    const _errs79 = errors;
                                                    if (errors === _errs79) {
                                                      if (typeof data30 == "number" && isFinite(data30)) {
                                                        if (data30 > 1e15 || isNaN(data30)) {
                                                          validate29.errors = [{ instancePath: instancePath + "/cycles/collected_per_op", schemaPath: "#/properties/cycles/properties/collected_per_op/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000" }];
                                                          return false;
                                                        } else {
                                                          if (data30 < 0 || isNaN(data30)) {
                                                            validate29.errors = [{ instancePath: instancePath + "/cycles/collected_per_op", schemaPath: "#/properties/cycles/properties/collected_per_op/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                          }
                                                        }
                                                      } else {
                                                        validate29.errors = [{ instancePath: instancePath + "/cycles/collected_per_op", schemaPath: "#/properties/cycles/properties/collected_per_op/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid25 = _errs79 === errors;
                                                  } else {
                                                    var valid25 = true;
                                                  }
                                                  if (valid25) {
                                                    if (data29.uncollectable !== void 0) {
                                                      let data31 = data29.uncollectable;
                                                      const _errs81 = errors;
                                                      const _errs82 = errors;
                                                      if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                                                        validate29.errors = [{ instancePath: instancePath + "/cycles/uncollectable", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                        return false;
                                                      }
                                                      if (errors === _errs82) {
                                                        if (typeof data31 == "number" && isFinite(data31)) {
                                                          if (data31 > 9007199254740991 || isNaN(data31)) {
                                                            validate29.errors = [{ instancePath: instancePath + "/cycles/uncollectable", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                            return false;
                                                          } else {
                                                            if (data31 < 0 || isNaN(data31)) {
                                                              validate29.errors = [{ instancePath: instancePath + "/cycles/uncollectable", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                      }
                                                      var valid25 = _errs81 === errors;
                                                    } else {
                                                      var valid25 = true;
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate29.errors = [{ instancePath: instancePath + "/cycles", schemaPath: "#/properties/cycles/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs77 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.soak !== void 0) {
                                              const _errs84 = errors;
                                              if (!validate32(data.soak, { instancePath: instancePath + "/soak", parentData: data, parentDataProperty: "soak", rootData, dynamicAnchors })) {
                                                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                                errors = vErrors.length;
                                              }
                                              var valid0 = _errs84 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": { "id": true, "verdict": true, "kind": true, "reason": true, "snapshot": true, "operations": true, "batches": true, "errors": true, "growth_bytes": true, "growth_per_op_bytes": true, "rss_growth_per_op_bytes": true, "detection_limit_bytes_per_op": true, "series": true, "sources": true, "change": true, "baseline": true, "object_growth": true, "cycles": true, "soak": true }, "dynamicProps": false, "dynamicItems": false };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.format === void 0 && (missing0 = "format") || data.version === void 0 && (missing0 = "version") || data.status === void 0 && (missing0 = "status") || data.tests === void 0 && (missing0 = "tests")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.format !== void 0) {
          const _errs1 = errors;
          if ("memleak-report" !== data.format) {
            validate28.errors = [{ instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "memleak-report" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.version !== void 0) {
            const _errs2 = errors;
            if (1 !== data.version) {
              validate28.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.status !== void 0) {
              let data2 = data.status;
              const _errs3 = errors;
              if (!(data2 === "pass" || data2 === "fail")) {
                validate28.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema48.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.status_reason !== void 0) {
                let data3 = data.status_reason;
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (typeof data3 === "string") {
                    if (func1(data3) > 2e3) {
                      validate28.errors = [{ instancePath: instancePath + "/status_reason", schemaPath: "#/properties/status_reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" }];
                      return false;
                    }
                  } else {
                    validate28.errors = [{ instancePath: instancePath + "/status_reason", schemaPath: "#/properties/status_reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.generated_at !== void 0) {
                  let data4 = data.generated_at;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (errors === _errs6) {
                      if (typeof data4 === "string") {
                        if (!formats0.validate(data4)) {
                          validate28.errors = [{ instancePath: instancePath + "/generated_at", schemaPath: "#/properties/generated_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                          return false;
                        }
                      } else {
                        validate28.errors = [{ instancePath: instancePath + "/generated_at", schemaPath: "#/properties/generated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.tool !== void 0) {
                    let data5 = data.tool;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        if (data5.name !== void 0) {
                          let data6 = data5.name;
                          const _errs10 = errors;
                          if (errors === _errs10) {
                            if (typeof data6 === "string") {
                              if (func1(data6) > 100) {
                                validate28.errors = [{ instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" }];
                                return false;
                              }
                            } else {
                              validate28.errors = [{ instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid1 = _errs10 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data5.version !== void 0) {
                            let data7 = data5.version;
                            const _errs12 = errors;
                            if (errors === _errs12) {
                              if (typeof data7 === "string") {
                                if (func1(data7) > 100) {
                                  validate28.errors = [{ instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" }];
                                  return false;
                                }
                              } else {
                                validate28.errors = [{ instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid1 = _errs12 === errors;
                          } else {
                            var valid1 = true;
                          }
                        }
                      } else {
                        validate28.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.settings !== void 0) {
                      let data8 = data.settings;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                          if (data8.fail_on !== void 0) {
                            let data9 = data8.fail_on;
                            const _errs16 = errors;
                            if (!(data9 === "new-leak" || data9 === "any-leak" || data9 === "never")) {
                              validate28.errors = [{ instancePath: instancePath + "/settings/fail_on", schemaPath: "#/properties/settings/properties/fail_on/enum", keyword: "enum", params: { allowedValues: schema48.properties.settings.properties.fail_on.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid2 = _errs16 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data8.fail_on_inconclusive !== void 0) {
                              const _errs17 = errors;
                              if (typeof data8.fail_on_inconclusive !== "boolean") {
                                validate28.errors = [{ instancePath: instancePath + "/settings/fail_on_inconclusive", schemaPath: "#/properties/settings/properties/fail_on_inconclusive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                              }
                              var valid2 = _errs17 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data8.thresholds !== void 0) {
                                let data11 = data8.thresholds;
                                const _errs19 = errors;
                                if (errors === _errs19) {
                                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                    for (const key0 in data11) {
                                      let data12 = data11[key0];
                                      const _errs22 = errors;
                                      if (errors === _errs22) {
                                        if (typeof data12 == "number" && isFinite(data12)) {
                                          if (data12 > 9007199254740991 || isNaN(data12)) {
                                            validate28.errors = [{ instancePath: instancePath + "/settings/thresholds/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/settings/properties/thresholds/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                            return false;
                                          } else {
                                            if (data12 < 0 || isNaN(data12)) {
                                              validate28.errors = [{ instancePath: instancePath + "/settings/thresholds/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/settings/properties/thresholds/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                              return false;
                                            }
                                          }
                                        } else {
                                          validate28.errors = [{ instancePath: instancePath + "/settings/thresholds/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/settings/properties/thresholds/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs22 === errors;
                                      if (!valid3) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate28.errors = [{ instancePath: instancePath + "/settings/thresholds", schemaPath: "#/properties/settings/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid2 = _errs19 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        } else {
                          validate28.errors = [{ instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.summary !== void 0) {
                        let data13 = data.summary;
                        const _errs24 = errors;
                        if (errors === _errs24) {
                          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                            if (data13.tests !== void 0) {
                              let data14 = data13.tests;
                              const _errs26 = errors;
                              const _errs27 = errors;
                              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                                validate28.errors = [{ instancePath: instancePath + "/summary/tests", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              if (errors === _errs27) {
                                if (typeof data14 == "number" && isFinite(data14)) {
                                  if (data14 > 9007199254740991 || isNaN(data14)) {
                                    validate28.errors = [{ instancePath: instancePath + "/summary/tests", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                    return false;
                                  } else {
                                    if (data14 < 0 || isNaN(data14)) {
                                      validate28.errors = [{ instancePath: instancePath + "/summary/tests", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                }
                              }
                              var valid4 = _errs26 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data13.leak !== void 0) {
                                let data15 = data13.leak;
                                const _errs29 = errors;
                                const _errs30 = errors;
                                if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                                  validate28.errors = [{ instancePath: instancePath + "/summary/leak", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs30) {
                                  if (typeof data15 == "number" && isFinite(data15)) {
                                    if (data15 > 9007199254740991 || isNaN(data15)) {
                                      validate28.errors = [{ instancePath: instancePath + "/summary/leak", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                      return false;
                                    } else {
                                      if (data15 < 0 || isNaN(data15)) {
                                        validate28.errors = [{ instancePath: instancePath + "/summary/leak", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                        return false;
                                      }
                                    }
                                  }
                                }
                                var valid4 = _errs29 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data13.ok !== void 0) {
                                  let data16 = data13.ok;
                                  const _errs32 = errors;
                                  const _errs33 = errors;
                                  if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                                    validate28.errors = [{ instancePath: instancePath + "/summary/ok", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  if (errors === _errs33) {
                                    if (typeof data16 == "number" && isFinite(data16)) {
                                      if (data16 > 9007199254740991 || isNaN(data16)) {
                                        validate28.errors = [{ instancePath: instancePath + "/summary/ok", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                        return false;
                                      } else {
                                        if (data16 < 0 || isNaN(data16)) {
                                          validate28.errors = [{ instancePath: instancePath + "/summary/ok", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                  var valid4 = _errs32 === errors;
                                } else {
                                  var valid4 = true;
                                }
                                if (valid4) {
                                  if (data13.inconclusive !== void 0) {
                                    let data17 = data13.inconclusive;
                                    const _errs35 = errors;
                                    const _errs36 = errors;
                                    if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                                      validate28.errors = [{ instancePath: instancePath + "/summary/inconclusive", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs36) {
                                      if (typeof data17 == "number" && isFinite(data17)) {
                                        if (data17 > 9007199254740991 || isNaN(data17)) {
                                          validate28.errors = [{ instancePath: instancePath + "/summary/inconclusive", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                          return false;
                                        } else {
                                          if (data17 < 0 || isNaN(data17)) {
                                            validate28.errors = [{ instancePath: instancePath + "/summary/inconclusive", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                            return false;
                                          }
                                        }
                                      }
                                    }
                                    var valid4 = _errs35 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data13.error !== void 0) {
                                      let data18 = data13.error;
                                      const _errs38 = errors;
                                      const _errs39 = errors;
                                      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                                        validate28.errors = [{ instancePath: instancePath + "/summary/error", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      if (errors === _errs39) {
                                        if (typeof data18 == "number" && isFinite(data18)) {
                                          if (data18 > 9007199254740991 || isNaN(data18)) {
                                            validate28.errors = [{ instancePath: instancePath + "/summary/error", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                            return false;
                                          } else {
                                            if (data18 < 0 || isNaN(data18)) {
                                              validate28.errors = [{ instancePath: instancePath + "/summary/error", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                              return false;
                                            }
                                          }
                                        }
                                      }
                                      var valid4 = _errs38 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data13.new_leaks !== void 0) {
                                        let data19 = data13.new_leaks;
                                        const _errs41 = errors;
                                        const _errs42 = errors;
                                        if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                                          validate28.errors = [{ instancePath: instancePath + "/summary/new_leaks", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                          return false;
                                        }
                                        if (errors === _errs42) {
                                          if (typeof data19 == "number" && isFinite(data19)) {
                                            if (data19 > 9007199254740991 || isNaN(data19)) {
                                              validate28.errors = [{ instancePath: instancePath + "/summary/new_leaks", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                              return false;
                                            } else {
                                              if (data19 < 0 || isNaN(data19)) {
                                                validate28.errors = [{ instancePath: instancePath + "/summary/new_leaks", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid4 = _errs41 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data13.fixed !== void 0) {
                                          let data20 = data13.fixed;
                                          const _errs44 = errors;
                                          const _errs45 = errors;
                                          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                                            validate28.errors = [{ instancePath: instancePath + "/summary/fixed", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                          }
                                          if (errors === _errs45) {
                                            if (typeof data20 == "number" && isFinite(data20)) {
                                              if (data20 > 9007199254740991 || isNaN(data20)) {
                                                validate28.errors = [{ instancePath: instancePath + "/summary/fixed", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                return false;
                                              } else {
                                                if (data20 < 0 || isNaN(data20)) {
                                                  validate28.errors = [{ instancePath: instancePath + "/summary/fixed", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                  return false;
                                                }
                                              }
                                            }
                                          }
                                          var valid4 = _errs44 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate28.errors = [{ instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs24 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.tests !== void 0) {
                          let data21 = data.tests;
                          const _errs47 = errors;
                          if (errors === _errs47) {
                            if (Array.isArray(data21)) {
                              if (data21.length > 1e5) {
                                validate28.errors = [{ instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                                return false;
                              } else {
                                var valid12 = true;
                                const len0 = data21.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  const _errs49 = errors;
                                  if (!validate29(data21[i0], { instancePath: instancePath + "/tests/" + i0, parentData: data21, parentDataProperty: i0, rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid12 = _errs49 === errors;
                                  if (!valid12) {
                                    break;
                                  }
                                }
                              }
                            } else {
                              validate28.errors = [{ instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs47 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.baseline !== void 0) {
                            let data23 = data.baseline;
                            const _errs50 = errors;
                            if (errors === _errs50) {
                              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                if (data23.found !== void 0) {
                                  const _errs52 = errors;
                                  if (typeof data23.found !== "boolean") {
                                    validate28.errors = [{ instancePath: instancePath + "/baseline/found", schemaPath: "#/properties/baseline/properties/found/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                    return false;
                                  }
                                  var valid13 = _errs52 === errors;
                                } else {
                                  var valid13 = true;
                                }
                                if (valid13) {
                                  if (data23.reason !== void 0) {
                                    let data25 = data23.reason;
                                    const _errs54 = errors;
                                    if (errors === _errs54) {
                                      if (typeof data25 === "string") {
                                        if (func1(data25) > 2e3) {
                                          validate28.errors = [{ instancePath: instancePath + "/baseline/reason", schemaPath: "#/properties/baseline/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" }];
                                          return false;
                                        }
                                      } else {
                                        validate28.errors = [{ instancePath: instancePath + "/baseline/reason", schemaPath: "#/properties/baseline/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid13 = _errs54 === errors;
                                  } else {
                                    var valid13 = true;
                                  }
                                  if (valid13) {
                                    if (data23.commit !== void 0) {
                                      let data26 = data23.commit;
                                      const _errs56 = errors;
                                      if (errors === _errs56) {
                                        if (typeof data26 === "string") {
                                          if (func1(data26) > 100) {
                                            validate28.errors = [{ instancePath: instancePath + "/baseline/commit", schemaPath: "#/properties/baseline/properties/commit/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate28.errors = [{ instancePath: instancePath + "/baseline/commit", schemaPath: "#/properties/baseline/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid13 = _errs56 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                    if (valid13) {
                                      if (data23.ref !== void 0) {
                                        let data27 = data23.ref;
                                        const _errs58 = errors;
                                        if (errors === _errs58) {
                                          if (typeof data27 === "string") {
                                            if (func1(data27) > 1e3) {
                                              validate28.errors = [{ instancePath: instancePath + "/baseline/ref", schemaPath: "#/properties/baseline/properties/ref/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                                              return false;
                                            }
                                          } else {
                                            validate28.errors = [{ instancePath: instancePath + "/baseline/ref", schemaPath: "#/properties/baseline/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid13 = _errs58 === errors;
                                      } else {
                                        var valid13 = true;
                                      }
                                      if (valid13) {
                                        if (data23.run_url !== void 0) {
                                          let data28 = data23.run_url;
                                          const _errs60 = errors;
                                          if (errors === _errs60) {
                                            if (typeof data28 === "string") {
                                              if (func1(data28) > 2e3) {
                                                validate28.errors = [{ instancePath: instancePath + "/baseline/run_url", schemaPath: "#/properties/baseline/properties/run_url/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate28.errors = [{ instancePath: instancePath + "/baseline/run_url", schemaPath: "#/properties/baseline/properties/run_url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid13 = _errs60 === errors;
                                        } else {
                                          var valid13 = true;
                                        }
                                        if (valid13) {
                                          if (data23.created_at !== void 0) {
                                            let data29 = data23.created_at;
                                            const _errs62 = errors;
                                            if (errors === _errs62) {
                                              if (typeof data29 === "string") {
                                                if (func1(data29) > 100) {
                                                  validate28.errors = [{ instancePath: instancePath + "/baseline/created_at", schemaPath: "#/properties/baseline/properties/created_at/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" }];
                                                  return false;
                                                }
                                              } else {
                                                validate28.errors = [{ instancePath: instancePath + "/baseline/created_at", schemaPath: "#/properties/baseline/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid13 = _errs62 === errors;
                                          } else {
                                            var valid13 = true;
                                          }
                                          if (valid13) {
                                            if (data23.source !== void 0) {
                                              let data30 = data23.source;
                                              const _errs64 = errors;
                                              if (errors === _errs64) {
                                                if (typeof data30 === "string") {
                                                  if (func1(data30) > 100) {
                                                    validate28.errors = [{ instancePath: instancePath + "/baseline/source", schemaPath: "#/properties/baseline/properties/source/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate28.errors = [{ instancePath: instancePath + "/baseline/source", schemaPath: "#/properties/baseline/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid13 = _errs64 === errors;
                                            } else {
                                              var valid13 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate28.errors = [{ instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs50 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.missing_tests !== void 0) {
                              let data31 = data.missing_tests;
                              const _errs66 = errors;
                              if (errors === _errs66) {
                                if (Array.isArray(data31)) {
                                  var valid14 = true;
                                  const len1 = data31.length;
                                  for (let i1 = 0; i1 < len1; i1++) {
                                    let data32 = data31[i1];
                                    const _errs68 = errors;
                                    if (errors === _errs68) {
                                      if (typeof data32 === "string") {
                                        if (func1(data32) > 4096) {
                                          validate28.errors = [{ instancePath: instancePath + "/missing_tests/" + i1, schemaPath: "#/properties/missing_tests/items/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                          return false;
                                        }
                                      } else {
                                        validate28.errors = [{ instancePath: instancePath + "/missing_tests/" + i1, schemaPath: "#/properties/missing_tests/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid14 = _errs68 === errors;
                                    if (!valid14) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate28.errors = [{ instancePath: instancePath + "/missing_tests", schemaPath: "#/properties/missing_tests/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs66 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.command !== void 0) {
                                let data33 = data.command;
                                const _errs70 = errors;
                                if (errors === _errs70) {
                                  if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                    let missing1;
                                    if (data33.exit_code === void 0 && (missing1 = "exit_code")) {
                                      validate28.errors = [{ instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                      return false;
                                    } else {
                                      if (data33.exit_code !== void 0) {
                                        let data34 = data33.exit_code;
                                        if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                                          validate28.errors = [{ instancePath: instancePath + "/command/exit_code", schemaPath: "#/properties/command/properties/exit_code/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                          return false;
                                        }
                                      }
                                    }
                                  } else {
                                    validate28.errors = [{ instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs70 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.problems !== void 0) {
                                  let data35 = data.problems;
                                  const _errs74 = errors;
                                  if (errors === _errs74) {
                                    if (Array.isArray(data35)) {
                                      var valid16 = true;
                                      const len2 = data35.length;
                                      for (let i2 = 0; i2 < len2; i2++) {
                                        let data36 = data35[i2];
                                        const _errs76 = errors;
                                        if (errors === _errs76) {
                                          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                            let missing2;
                                            if (data36.file === void 0 && (missing2 = "file") || data36.message === void 0 && (missing2 = "message")) {
                                              validate28.errors = [{ instancePath: instancePath + "/problems/" + i2, schemaPath: "#/properties/problems/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                              return false;
                                            } else {
                                              if (data36.file !== void 0) {
                                                let data37 = data36.file;
                                                const _errs78 = errors;
                                                if (errors === _errs78) {
                                                  if (typeof data37 === "string") {
                                                    if (func1(data37) > 4096) {
                                                      validate28.errors = [{ instancePath: instancePath + "/problems/" + i2 + "/file", schemaPath: "#/properties/problems/items/properties/file/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate28.errors = [{ instancePath: instancePath + "/problems/" + i2 + "/file", schemaPath: "#/properties/problems/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid17 = _errs78 === errors;
                                              } else {
                                                var valid17 = true;
                                              }
                                              if (valid17) {
                                                if (data36.pointer !== void 0) {
                                                  let data38 = data36.pointer;
                                                  const _errs80 = errors;
                                                  if (errors === _errs80) {
                                                    if (typeof data38 === "string") {
                                                      if (func1(data38) > 4096) {
                                                        validate28.errors = [{ instancePath: instancePath + "/problems/" + i2 + "/pointer", schemaPath: "#/properties/problems/items/properties/pointer/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate28.errors = [{ instancePath: instancePath + "/problems/" + i2 + "/pointer", schemaPath: "#/properties/problems/items/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid17 = _errs80 === errors;
                                                } else {
                                                  var valid17 = true;
                                                }
                                                if (valid17) {
                                                  if (data36.message !== void 0) {
                                                    let data39 = data36.message;
                                                    const _errs82 = errors;
                                                    if (errors === _errs82) {
                                                      if (typeof data39 === "string") {
                                                        if (func1(data39) > 4096) {
                                                          validate28.errors = [{ instancePath: instancePath + "/problems/" + i2 + "/message", schemaPath: "#/properties/problems/items/properties/message/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate28.errors = [{ instancePath: instancePath + "/problems/" + i2 + "/message", schemaPath: "#/properties/problems/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid17 = _errs82 === errors;
                                                  } else {
                                                    var valid17 = true;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate28.errors = [{ instancePath: instancePath + "/problems/" + i2, schemaPath: "#/properties/problems/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid16 = _errs76 === errors;
                                        if (!valid16) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate28.errors = [{ instancePath: instancePath + "/problems", schemaPath: "#/properties/problems/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs74 === errors;
                                } else {
                                  var valid0 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": { "format": true, "version": true, "status": true, "status_reason": true, "generated_at": true, "tool": true, "settings": true, "summary": true, "tests": true, "baseline": true, "missing_tests": true, "command": true, "problems": true }, "dynamicProps": false, "dynamicItems": false };

// src/core/validate.ts
function schemaProblem(file, errors, what) {
  const error = errors?.[0];
  if (!error) return { file, pointer: "", message: `not a valid ${what}` };
  const pointer = error.instancePath || "";
  const detail = error.keyword === "enum" || error.keyword === "const" ? `${error.message} (${JSON.stringify(error.params)})` : error.message ?? "is invalid";
  const missing = error.keyword === "required" ? `${pointer}/${error.params.missingProperty}` : pointer;
  return { file, pointer: missing, message: `${what}: ${missing || "(root)"} ${detail}` };
}
function parseJson(file, text) {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = Number(/at position (\d+)/.exec(reason)?.[1] ?? Number.NaN);
    const atEnd = /end of (JSON )?input/i.test(reason) || position >= text.trimEnd().length - 1;
    const truncated = atEnd ? " (the file looks truncated)" : "";
    return { problem: { file, pointer: "", message: `not valid JSON${truncated}: ${reason}` } };
  }
}

// schemas/report.v1.schema.json
var report_v1_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://memleak-action.github.io/schemas/report.v1.schema.json",
  title: "memleak report, version 1",
  description: "The analysis core's verdicts for one run of leak tests, optionally compared with a baseline. Written by `memleak run|analyze|compare`, the GitHub Action and the service; read by all of them and by external checks.",
  type: "object",
  required: ["format", "version", "status", "tests"],
  properties: {
    format: { const: "memleak-report" },
    version: { const: 1 },
    status: { enum: ["pass", "fail"], description: "fail when the fail-on policy is met (default without a baseline: any leak; after a comparison: a new or regressed leak), when the test command failed (see command), or when a test is inconclusive or error and settings.fail_on_inconclusive is true." },
    status_reason: { type: "string", maxLength: 2e3 },
    generated_at: { type: "string", format: "date-time" },
    tool: {
      type: "object",
      properties: { name: { type: "string", maxLength: 100 }, version: { type: "string", maxLength: 100 } }
    },
    settings: {
      type: "object",
      description: "The thresholds and policy the verdicts were computed with.",
      properties: {
        fail_on: { enum: ["new-leak", "any-leak", "never"] },
        fail_on_inconclusive: { type: "boolean", description: "Whether inconclusive and error tests fail the run. Absent (reports written before it existed) means false." },
        thresholds: { type: "object", additionalProperties: { type: "number", minimum: 0, maximum: 9007199254740991 } }
      }
    },
    summary: {
      type: "object",
      properties: {
        tests: { $ref: "#/$defs/count" },
        leak: { $ref: "#/$defs/count" },
        ok: { $ref: "#/$defs/count" },
        inconclusive: { $ref: "#/$defs/count" },
        error: { $ref: "#/$defs/count" },
        new_leaks: { $ref: "#/$defs/count" },
        fixed: { $ref: "#/$defs/count" }
      }
    },
    tests: {
      type: "array",
      maxItems: 1e5,
      items: { $ref: "#/$defs/test" }
    },
    baseline: {
      type: "object",
      description: "Present after a comparison: where the baseline came from, or why there was none.",
      properties: {
        found: { type: "boolean" },
        reason: { type: "string", maxLength: 2e3 },
        commit: { type: "string", maxLength: 100 },
        ref: { type: "string", maxLength: 1e3 },
        run_url: { type: "string", maxLength: 2e3 },
        created_at: { type: "string", maxLength: 100 },
        source: { type: "string", maxLength: 100 }
      }
    },
    missing_tests: {
      type: "array",
      description: "Tests in the baseline that the head did not run.",
      items: { type: "string", maxLength: 4096 }
    },
    command: {
      type: "object",
      description: "How the test command that wrote the snapshots ended, when the report comes from running it (memleak run, the action's run mode). A non-zero exit_code fails the report.",
      required: ["exit_code"],
      properties: { exit_code: { type: "integer" } }
    },
    problems: {
      type: "array",
      description: "Input that could not be used, each with its file and JSON pointer; every other file was still analysed.",
      items: {
        type: "object",
        required: ["file", "message"],
        properties: {
          file: { type: "string", maxLength: 4096 },
          pointer: { type: "string", maxLength: 4096 },
          message: { type: "string", maxLength: 4096 }
        }
      }
    }
  },
  $defs: {
    count: { type: "integer", minimum: 0, maximum: 9007199254740991, description: "Tests, operations, batches or errors: a non-negative safe integer (exact in a JavaScript number, fits PostgreSQL bigint)." },
    bytes: { type: "number", minimum: -9007199254740991, maximum: 9007199254740991, description: "Bytes, or bytes per operation: finite and within \xB1(2^53 \u2212 1), so a figure is exact in a JavaScript number and fits PostgreSQL bigint. Growth may be negative." },
    line: { type: "integer", minimum: 1, maximum: 2147483647, description: "A 1-based source line: a signed 32-bit integer, as GitHub's annotations and PostgreSQL integer take it." },
    verdict: { enum: ["leak", "ok", "inconclusive", "error"] },
    change: { enum: ["new-leak", "still-leaking", "fixed", "regressed", "unchanged", "new-test"] },
    test: {
      type: "object",
      required: ["id", "verdict", "sources"],
      properties: {
        id: { type: "string", minLength: 1, maxLength: 4096, description: "The test's id (pytest node id)." },
        verdict: { $ref: "#/$defs/verdict" },
        kind: { enum: ["python", "js-heap", "native", "error-path", "bounded", null], description: "What kind of growth: python (a leak of Python's traced allocations, with lines), js-heap (the same on a JavaScript heap: V8's, from the Node collector; the snapshot's collector.heap says which), native (memory outside the language's heap, no file:line: the C allocator's bytes in use or RSS for Python, external memory such as Buffers and ArrayBuffers for Node), error-path (growth while operations fail, either heap), bounded (growth that levelled off: not a leak)." },
        reason: { type: "string", maxLength: 4096, description: "Why this verdict, in words." },
        snapshot: { type: "string", maxLength: 4096, description: "The snapshot file the verdict came from." },
        operations: { $ref: "#/$defs/count" },
        batches: { $ref: "#/$defs/count" },
        errors: { $ref: "#/$defs/count" },
        growth_bytes: { $ref: "#/$defs/bytes" },
        growth_per_op_bytes: { $ref: "#/$defs/bytes", description: "Growth per operation the verdict is about (traced bytes; native bytes for a native leak): the same figure its reason gives." },
        rss_growth_per_op_bytes: { anyOf: [{ $ref: "#/$defs/bytes" }, { type: "null" }] },
        detection_limit_bytes_per_op: { $ref: "#/$defs/bytes", minimum: 0, description: "Growth per operation the evidence could not tell from none: the larger of the per-operation floor and the total floor divided by the judged operations. When it is above the floor, the verdict is inconclusive, never ok." },
        series: {
          type: "object",
          description: "Memory after each judged batch, for charts.",
          properties: {
            operations_per_batch: { $ref: "#/$defs/count" },
            traced_bytes: { type: "array", maxItems: 1e5, items: { $ref: "#/$defs/bytes" } },
            rss_bytes: { type: "array", maxItems: 1e5, items: { anyOf: [{ $ref: "#/$defs/bytes" }, { type: "null" }] } }
          }
        },
        sources: {
          type: "array",
          description: "Leaking allocation sites, ranked by growth, largest first.",
          items: { $ref: "#/$defs/source" }
        },
        change: { $ref: "#/$defs/change" },
        baseline: {
          type: "object",
          properties: {
            verdict: { $ref: "#/$defs/verdict" },
            growth_per_op_bytes: { $ref: "#/$defs/bytes" }
          }
        },
        object_growth: {
          type: "array",
          maxItems: 10,
          description: "Object types whose live objects grew per operation in the confirm phase (gc-tracked objects: instances, dicts, lists, functions...), largest bytes first, at most 10.",
          items: {
            type: "object",
            required: ["type", "count_per_op"],
            properties: {
              type: { type: "string", maxLength: 1e3, description: "module.QualifiedName (builtins without a module): dict, app.sessions.Session." },
              count_per_op: { type: "number", minimum: 0, maximum: 1e15, description: "Objects of this type kept per operation." },
              bytes_per_op: { $ref: "#/$defs/bytes", description: "Their bytes per operation (sys.getsizeof of each object, without what it refers to); absent when the snapshot has no sizes." }
            }
          }
        },
        cycles: {
          type: "object",
          required: ["collected_per_op", "uncollectable"],
          description: "Reference cycles in the judged batches: objects only the cycle collector could free (not a leak by itself: memory that waits for a collection), and objects it could not free at all (gc.garbage).",
          properties: {
            collected_per_op: { type: "number", minimum: 0, maximum: 1e15, description: "Objects freed by the cycle collector per operation." },
            uncollectable: { $ref: "#/$defs/count", description: "Objects left in gc.garbage over the judged batches." }
          }
        },
        soak: { $ref: "#/$defs/soak" }
      }
    },
    soak: {
      type: "object",
      description: "A soak: memory sampled by time, judged as a rate in MB (2^20 bytes) per hour, the OLS slope of memory over elapsed time with its 95 % Student-t interval. The rates are absent when there were too few samples to fit one; tier is absent when the interval could not decide it (the verdict is then inconclusive). failure makes the verdict leak; warning and acceptable make it ok.",
      required: ["duration_s", "interval_s", "tiers"],
      properties: {
        duration_s: { type: "number", minimum: 0, maximum: 1e9, description: "Seconds from the first judged sample to the last." },
        interval_s: { type: "number", minimum: 0, maximum: 1e9, description: "Seconds between samples (the interval asked for, else the median spacing)." },
        mb_per_hour: { $ref: "#/$defs/rate" },
        mb_per_hour_low: { $ref: "#/$defs/rate" },
        mb_per_hour_high: { $ref: "#/$defs/rate" },
        tier: { enum: ["acceptable", "warning", "failure"] },
        tiers: {
          type: "object",
          required: ["warning_mb_per_hour", "failure_mb_per_hour"],
          properties: {
            warning_mb_per_hour: { type: "number", minimum: 0, maximum: 1e9 },
            failure_mb_per_hour: { type: "number", minimum: 0, maximum: 1e9 }
          }
        }
      }
    },
    rate: { type: "number", minimum: -1e12, maximum: 1e12, description: "MB (2^20 bytes) per hour; may be negative." },
    source: {
      type: "object",
      required: ["file", "line"],
      properties: {
        file: { type: "string", minLength: 1, maxLength: 4096, description: "POSIX path relative to the directory the command ran in." },
        line: { $ref: "#/$defs/line" },
        function: { type: "string", maxLength: 1e3 },
        code: { type: "string", maxLength: 2e3 },
        growth_bytes: { $ref: "#/$defs/bytes" },
        bytes_per_op: { $ref: "#/$defs/bytes" },
        batches_grown: { $ref: "#/$defs/count" },
        change: { enum: ["new", "existing"], description: "After a comparison: whether the baseline already leaked here (matched by file, function and the line's text)." },
        retainer: { $ref: "#/$defs/retainer" }
      }
    },
    retainer: {
      type: "object",
      required: ["path", "type", "root"],
      description: "What keeps this source's objects alive (from the snapshot's site retainer): displayed `path (type) \u2190 root`, e.g. `app.tasks._inflight (set) \u2190 module app.tasks`.",
      properties: {
        path: { type: "string", maxLength: 1e3, description: "The holder's name from its root: app.jobs.Job.registry, logging.Logger.manager.loggerDict." },
        type: { type: "string", maxLength: 1e3, description: "The holder's type: list, dict, set, lru_cache, ..." },
        root: { type: "string", maxLength: 1e3, description: "module X, class X, closure of X, or object X (an object only the test's fixtures or locals hold)." }
      }
    }
  }
};

// src/core/limits.ts
var problemFields = report_v1_schema_default.properties.problems.items.properties;
var baselineFields = report_v1_schema_default.properties.baseline.properties;
var LIMITS = {
  /** Characters in a source's path and in a snapshot's file name. */
  path: report_v1_schema_default.$defs.source.properties.file.maxLength,
  snapshot: report_v1_schema_default.$defs.test.properties.snapshot.maxLength,
  /** Source lines, 1-based. */
  line: { min: report_v1_schema_default.$defs.line.minimum, max: report_v1_schema_default.$defs.line.maximum },
  problem: { file: problemFields.file.maxLength, pointer: problemFields.pointer.maxLength, message: problemFields.message.maxLength },
  statusReason: report_v1_schema_default.properties.status_reason.maxLength,
  testReason: report_v1_schema_default.$defs.test.properties.reason.maxLength
};
var MAX_PROBLEMS_PER_FILE = 20;
var ELLIPSIS = "\u2026";
function clip(text, max) {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return text.slice(0, end) + ELLIPSIS;
}
function fitProblem(problem) {
  return {
    file: clip(problem.file, LIMITS.problem.file),
    ...problem.pointer !== void 0 && { pointer: clip(problem.pointer, LIMITS.problem.pointer) },
    message: clip(problem.message, LIMITS.problem.message)
  };
}
function fitReport(report) {
  const tooLong = (text, max) => typeof text === "string" && text.length > max;
  return {
    ...report,
    ...tooLong(report.status_reason, LIMITS.statusReason) && { status_reason: clip(report.status_reason, LIMITS.statusReason) },
    tests: report.tests.map((test) => tooLong(test.reason, LIMITS.testReason) ? { ...test, reason: clip(test.reason, LIMITS.testReason) } : test),
    ...report.problems && { problems: report.problems.map(fitProblem) },
    ...report.baseline && { baseline: fitBaseline(report.baseline) }
  };
}
function fitBaseline(baseline) {
  const fitted = { ...baseline };
  for (const [name, rule] of Object.entries(baselineFields)) {
    const value = fitted[name];
    if (typeof value === "string" && rule.maxLength !== void 0) fitted[name] = clip(value, rule.maxLength);
  }
  return fitted;
}
function siteFault(file, line) {
  if (file.length === 0) return { field: "file", message: "the path is empty" };
  if (file.length > LIMITS.path) return { field: "file", message: `the path is ${file.length} characters long, over the ${LIMITS.path} a report holds` };
  if (!Number.isSafeInteger(line) || line < LIMITS.line.min || line > LIMITS.line.max) {
    return { field: "line", message: `line ${line} is outside ${LIMITS.line.min}..${LIMITS.line.max}` };
  }
  return void 0;
}

// src/core/traceback-line.ts
var OPEN = 'File "';
var CLOSE = '", line ';
var MAX_LINE_DIGITS = 10;
function parseTracebackLine(text) {
  const first = text.slice(0, firstLineBreak(text));
  const open = first.indexOf(OPEN);
  const notATraceback = { fault: `it is not a '  File "PATH", line N' line` };
  if (open < 0) return notATraceback;
  let close = first.lastIndexOf(CLOSE);
  while (close >= open + OPEN.length && !isDigit(first.charCodeAt(close + CLOSE.length))) close = first.lastIndexOf(CLOSE, close - 1);
  if (close < open + OPEN.length) return notATraceback;
  const path = first.slice(open + OPEN.length, close);
  if (path.length === 0) return { fault: "it names no file" };
  let start = close + CLOSE.length;
  let end = start;
  while (end < first.length && isDigit(first.charCodeAt(end))) end += 1;
  while (start < end - 1 && first.charCodeAt(start) === 48) start += 1;
  if (end - start > MAX_LINE_DIGITS) return { fault: `its line number has ${end - start} digits, out of range` };
  return { path, line: Number(first.slice(start, end)) };
}
function firstLineBreak(text) {
  const newline = text.indexOf("\n");
  const carriageReturn = text.indexOf("\r");
  if (newline < 0) return carriageReturn < 0 ? text.length : carriageReturn;
  return carriageReturn < 0 ? newline : Math.min(newline, carriageReturn);
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}

// src/core/statistics.ts
var scratch = new Float64Array(64);
function sortScratch(n) {
  if (n > 32) return scratch.subarray(0, n).sort();
  for (let i = 1; i < n; i++) {
    const value = scratch[i];
    let j = i - 1;
    while (j >= 0 && scratch[j] > value) {
      scratch[j + 1] = scratch[j];
      j -= 1;
    }
    scratch[j + 1] = value;
  }
  return scratch;
}
function medianOfScratch(n, hasNaN) {
  if (n === 0) return 0;
  const sorted = hasNaN ? scratch.subarray(0, n).sort() : sortScratch(n);
  const middle = n >> 1;
  return n % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function fill(values) {
  if (scratch.length < values.length) scratch = new Float64Array(Math.max(values.length, scratch.length * 2));
  let hasNaN = false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== value) hasNaN = true;
    scratch[i] = value;
  }
  return hasNaN;
}
function median(values) {
  return medianOfScratch(values.length, fill(values));
}

// src/core/trend.ts
var FLUCTUATION_SHARE = 0.25;
var STEADY_SHARE = 0.25;
var LARGE_STEP_FACTOR = 4;
var FLOOR_RISE_SHARE = 0.4;
function mayGrow(series, floors) {
  if (series.length < 2 || series[series.length - 1] - series[0] < floors.total) return false;
  let growingSteps = 0;
  for (let i = 1; i < series.length; i++) if (series[i] > series[i - 1]) growingSteps += 1;
  return growingSteps >= floors.steps;
}
function measureTrend(series, operations) {
  const stepsPerOp = [];
  let growingSteps = 0;
  let operationsAfterFirst = 0;
  let largestStep = 0;
  let smallestPerOp = Infinity;
  let rise = 0;
  let fall = 0;
  for (let i = 1; i < series.length; i++) {
    const ops = Math.max(1, operations[i] ?? 1);
    const step = series[i] - series[i - 1];
    operationsAfterFirst += ops;
    stepsPerOp.push(step / ops);
    smallestPerOp = Math.min(smallestPerOp, step / ops);
    if (step > 0) {
      growingSteps += 1;
      rise += step;
    } else {
      fall -= step;
    }
    largestStep = Math.max(largestStep, step);
  }
  const steps = stepsPerOp.length;
  const perOp = median(stepsPerOp);
  const lateSteps = Math.min(steps, Math.max(2, Math.ceil(steps / 3)));
  const late = stepsPerOp.slice(steps - lateSteps);
  const net = steps > 0 ? series[series.length - 1] - series[0] : 0;
  const predicted = perOp * operationsAfterFirst;
  let lateOperations = 0;
  for (let i = series.length - lateSteps; i < series.length; i++) lateOperations += Math.max(1, operations[i] ?? 1);
  const lateNet = steps > 0 ? series[series.length - 1] - series[series.length - 1 - lateSteps] : 0;
  const troughs = troughsOf(series, operations);
  return {
    perOp,
    net,
    growingShare: steps ? growingSteps / steps : 0,
    growingSteps,
    steps,
    latePerOp: median(late),
    consistency: predicted > 0 ? net / predicted : 0,
    largestStep,
    smallestPerOp: steps ? smallestPerOp : 0,
    rise,
    fall,
    amortizedPerOp: operationsAfterFirst ? net / operationsAfterFirst : 0,
    lateAmortizedPerOp: lateOperations ? lateNet / lateOperations : 0,
    troughNet: troughs.net,
    troughPerOp: troughs.perOp
  };
}
function troughsOf(series, operations) {
  const third = Math.floor(series.length / 3);
  if (third < 2) return { net: 0, perOp: 0 };
  const lowest = (from, to) => {
    let at = from;
    for (let i = from + 1; i < to; i++) if (series[i] < series[at]) at = i;
    return at;
  };
  const [first, middle, last] = [lowest(0, third), lowest(third, series.length - third), lowest(series.length - third, series.length)];
  const range = Math.max(...series) - Math.min(...series);
  const net = series[last] - series[first];
  if (!(series[first] < series[middle] && series[middle] < series[last]) || net < FLOOR_RISE_SHARE * range) return { net: 0, perOp: 0 };
  let between = 0;
  for (let i = first + 1; i <= last; i++) between += Math.max(1, operations[i] ?? 1);
  return { net, perOp: net / Math.max(1, between) };
}
function largeStep(series, operations, trend) {
  return (i) => (series[i] - series[i - 1]) / Math.max(1, operations[i] ?? 1) > LARGE_STEP_FACTOR * Math.max(trend.latePerOp, 1);
}
function judgeTrend(trend, floors, series, operations) {
  const judgement = judgeSteps(trend, floors);
  if (judgement.kind === "growing" || trend.net < floors.total) return judgement;
  if (judgement.kind === "noisy" && trend.amortizedPerOp < floors.perOp) return { kind: "fluctuates", trend };
  if (judgement.kind === "cancels-out" || judgement.kind === "fluctuates") {
    const rising = trend.troughPerOp >= floors.perOp && trend.troughNet >= floors.total && trend.amortizedPerOp >= floors.perOp;
    return rising ? { kind: "growing", trend: { ...trend, perOp: trend.troughPerOp } } : judgement;
  }
  const everyStep = trend.steps >= floors.steps && trend.smallestPerOp >= STEADY_SHARE * floors.perOp;
  const steady = trend.fall < FLUCTUATION_SHARE * trend.rise;
  if (!series || !operations || trend.amortizedPerOp < floors.perOp || !steady) return judgement;
  const laterRuns = largeStepRuns(series, operations, trend);
  if (everyStep && laterRuns >= 1 || laterRuns >= 2) {
    if (trend.lateAmortizedPerOp >= floors.perOp) return { kind: "growing", trend: { ...trend, perOp: trend.amortizedPerOp } };
    return { kind: "staircase", trend };
  }
  return judgement;
}
function largeStepRuns(series, operations, trend) {
  const large = largeStep(series, operations, trend);
  let i = 1;
  while (i < series.length && large(i)) i += 1;
  let runs = 0;
  for (; i < series.length; i++) if (large(i) && !large(i - 1)) runs += 1;
  return runs;
}
function judgeSteps(trend, floors) {
  if (trend.perOp < floors.perOp) {
    if (trend.net < floors.total) return { kind: "flat", trend };
    if (trend.fall >= FLUCTUATION_SHARE * trend.rise) return { kind: "fluctuates", trend };
    if (trend.largestStep >= 0.5 * trend.net) return { kind: "one-time", trend };
    return { kind: trend.latePerOp < 0.5 * trend.amortizedPerOp ? "levelled-off" : "below-floor", trend };
  }
  if (trend.net < floors.total || trend.growingSteps < floors.steps) return { kind: "flat", trend };
  if (trend.consistency < 0.5) return { kind: "cancels-out", trend };
  if (trend.latePerOp < Math.max(floors.perOp, 0.25 * trend.perOp)) return { kind: "levelled-off", trend };
  if (trend.growingShare < floors.share) return { kind: "noisy", trend };
  return { kind: "growing", trend };
}
function coarsen(operations, values, maxSteps) {
  const steps = operations.length - 1;
  if (steps <= maxSteps) return { operations: [...operations], values: values.map((series) => [...series]) };
  const keep = [];
  for (let k = 0; k <= maxSteps; k++) keep.push(Math.round(k * steps / maxSteps));
  const merged = keep.map((index, k) => {
    if (k === 0) return operations[0];
    let sum2 = 0;
    for (let i = keep[k - 1] + 1; i <= index; i++) sum2 += operations[i];
    return sum2;
  });
  return { operations: merged, values: values.map((series) => keep.map((index) => series[index] ?? null)) };
}

// src/core/format.ts
var UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];
function formatBytes(bytes) {
  const sign = bytes < 0 ? "-" : "";
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${sign}${value.toFixed(digits)} ${UNITS[unit]}`;
}
var COUNT = new Intl.NumberFormat("en-US");
function formatCount(count) {
  return COUNT.format(count);
}
var COLLATOR = new Intl.Collator();
function compareText(a, b) {
  return COLLATOR.compare(a, b);
}

// src/core/sources.ts
function growingSites(sites, operations, floors) {
  const found = [];
  for (const site of sites) {
    if (!mayGrow(site.sizes, { ...floors, total: Math.max(1, floors.total) })) continue;
    const judgement = judgeTrend(measureTrend(site.sizes, operations), floors);
    if (judgement.kind === "growing") found.push({ site, trend: judgement.trend });
  }
  return found.sort((a, b) => b.trend.net - a.trend.net);
}
function rankSources(found, testFile, max) {
  return found.map(({ site, trend }) => ({
    source: {
      file: site.file,
      line: site.line,
      ...site.function !== void 0 && { function: site.function },
      ...site.code !== void 0 && { code: site.code },
      growth_bytes: trend.net,
      bytes_per_op: round(trend.perOp),
      batches_grown: trend.growingSteps,
      ...site.retainer && { retainer: { path: site.retainer.path, type: site.retainer.type, root: site.retainer.root } }
    },
    testCode: isTestCode(site.file, testFile)
  })).sort((a, b) => Number(a.testCode) - Number(b.testCode) || b.source.growth_bytes - a.source.growth_bytes || compareText(a.source.file, b.source.file) || a.source.line - b.source.line).slice(0, max).map(({ source }) => source);
}
var TEST_CODE = [/(?:^|\/)tests?\//, /(?:^|\/)test_[^/]*\.py$/, /_test\.py$/, /(?:^|\/)conftest\.py$/, /\.(?:test|spec)\.[cm]?[jt]sx?$/];
function isTestCode(file, testFile) {
  return file === testFile || TEST_CODE.some((pattern) => pattern.test(file));
}
function round(value) {
  return Math.round(value * 100) / 100;
}

// src/core/objects.ts
var MAX_OBJECT_TYPES = 10;
var MAX_TYPE_NAME = 1e3;
function objectGrowth(phase) {
  const grown = [];
  for (const entry of phase.object_types ?? []) {
    const sampled = entry.counts.flatMap((count2, index) => count2 === null ? [] : [index]);
    if (sampled.length < 2 || entry.counts.length !== phase.batches.length) continue;
    const first = sampled[0];
    const last = sampled[sampled.length - 1];
    const operations = phase.batches.slice(first + 1, last + 1).reduce((total, batch) => total + batch.operations, 0);
    const count = entry.counts[last] - entry.counts[first];
    if (operations <= 0 || count <= 0) continue;
    const before = entry.sizes?.[first];
    const after = entry.sizes?.[last];
    grown.push({
      type: entry.type.slice(0, MAX_TYPE_NAME),
      count_per_op: round(count / operations),
      ...typeof before === "number" && typeof after === "number" && { bytes_per_op: round(Math.max(0, after - before) / operations) }
    });
  }
  grown.sort((a, b) => (b.bytes_per_op ?? 0) - (a.bytes_per_op ?? 0) || b.count_per_op - a.count_per_op || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  return grown.length ? grown.slice(0, MAX_OBJECT_TYPES) : void 0;
}
function cycles(phase) {
  const judged = phase.batches.filter((batch) => !batch.warmup);
  if (!judged.length || judged.some((batch) => batch.cycles_collected === void 0)) return void 0;
  const operations = judged.reduce((total, batch) => total + batch.operations, 0);
  const collected = judged.reduce((total, batch) => total + batch.cycles_collected, 0);
  const uncollectable = judged.reduce((total, batch) => total + (batch.uncollectable ?? 0), 0);
  if (collected === 0 && uncollectable === 0) return void 0;
  return { collected_per_op: round(collected / Math.max(1, operations)), uncollectable };
}
function formatRetainer(retainer) {
  return `${retainer.path} (${retainer.type}) \u2190 ${retainer.root}`;
}
function formatObjectGrowth(growth, max = 3) {
  const shown = growth.slice(0, max).map((entry) => `${entry.type} +${entry.count_per_op}/op${entry.bytes_per_op !== void 0 ? ` (${formatBytes(entry.bytes_per_op)}/op)` : ""}`);
  return growth.length > max ? `${shown.join(", ")}, ${growth.length - max} more` : shown.join(", ");
}
function formatCycles(found) {
  return `${found.collected_per_op} objects/op freed only by the cycle collector, ${formatCount(found.uncollectable)} uncollectable (gc.garbage)`;
}

// src/core/measurement.ts
function fromSnapshotV1(snapshot, file, problems) {
  const roles = snapshot.phases.map((phase2) => phase2.role);
  const judgedRole = roles.includes("soak") ? "soak" : "verdict";
  const verdictIndex = roles.includes(judgedRole) ? roles.indexOf(judgedRole) : snapshot.phases.length - 1;
  const phase = snapshot.phases[verdictIndex];
  const judged = judgedBatches(phase);
  const attributionIndex = roles.indexOf("attribution");
  const attributionPhase = attributionIndex >= 0 && attributionIndex !== verdictIndex ? snapshot.phases[attributionIndex] : void 0;
  const outcome = snapshot.outcome;
  const config = snapshot.config ?? {};
  const sampledTypes = [...snapshot.phases].reverse().find((candidate) => candidate.object_types?.length);
  const grownTypes = sampledTypes && objectGrowth(sampledTypes);
  const cyclesFound = cycles(phase);
  return {
    testId: snapshot.test.id,
    snapshot: file,
    heap: heapOf(snapshot.collector),
    ...snapshot.test.file !== void 0 && { testFile: snapshot.test.file },
    failure: outcome && (outcome.status === "failed" || outcome.status === "error") ? outcome.message || `the test ${outcome.status}` : void 0,
    skipped: outcome?.status === "skipped",
    operations: judged.map((i) => phase.batches[i].operations),
    errors: judged.map((i) => phase.batches[i].errors ?? 0),
    traced: judged.map((i) => phase.batches[i].traced_bytes),
    rss: judged.map((i) => phase.batches[i].rss_bytes ?? null),
    nativeHeap: judged.map((i) => phase.batches[i].native_heap_bytes ?? null),
    ...judged.some((i) => phase.batches[i].external_bytes !== void 0) && { external: judged.map((i) => phase.batches[i].external_bytes ?? null) },
    sites: judgedSites(phase, verdictIndex, judged, file, problems),
    ...attributionPhase && {
      attribution: {
        operations: judgedBatches(attributionPhase).map((i) => attributionPhase.batches[i].operations),
        sites: judgedSites(attributionPhase, attributionIndex, judgedBatches(attributionPhase), file, problems),
        ...attributionPhase.stopped !== void 0 && { stopped: attributionPhase.stopped }
      }
    },
    ...phase.stopped !== void 0 && { stopped: phase.stopped },
    ...(config.allow_bytes_per_op !== void 0 || config.allow_total_bytes !== void 0) && {
      allowance: {
        ...config.allow_bytes_per_op !== void 0 && { bytesPerOp: config.allow_bytes_per_op },
        ...config.allow_total_bytes !== void 0 && { totalBytes: config.allow_total_bytes }
      }
    },
    ...grownTypes && { objectGrowth: grownTypes },
    ...cyclesFound && { cycles: cyclesFound },
    ...phase.role === "soak" && { soak: soakSamples(phase, judged, config.soak) }
  };
}
function heapOf(collector) {
  return collector.heap ?? (collector.name === "memleak-node" ? "js" : "python");
}
function soakSamples(phase, judged, config) {
  const batches = judged.map((i) => phase.batches[i]);
  const rss = batches.map((batch) => batch.rss_bytes ?? null);
  const useRss = rss.length > 0 && rss.every((value) => value !== null);
  const ended = [];
  phase.batches.reduce((total, batch) => {
    ended.push(total + (batch.duration_s ?? 0));
    return ended[ended.length - 1];
  }, 0);
  return {
    elapsed: judged.map((i) => phase.batches[i].elapsed_s ?? ended[i]),
    bytes: useRss ? rss : batches.map((batch) => batch.traced_bytes),
    series: useRss ? "rss" : "traced",
    ...config?.interval_s !== void 0 && { intervalS: config.interval_s },
    ...config?.duration_s !== void 0 && { plannedS: config.duration_s },
    tiers: {
      ...config?.warning_mb_per_hour !== void 0 && { warning_mb_per_hour: config.warning_mb_per_hour },
      ...config?.failure_mb_per_hour !== void 0 && { failure_mb_per_hour: config.failure_mb_per_hour }
    }
  };
}
function judgedBatches(phase) {
  const judged = [];
  phase.batches.forEach((batch, index) => {
    if (!batch.warmup) judged.push(index);
  });
  return judged;
}
function judgedSites(phase, phaseIndex, judged, file, problems) {
  const sites = [];
  (phase.sites ?? []).forEach((site, index) => {
    if (site.sizes.length !== phase.batches.length) {
      problems.push({
        file,
        pointer: `/phases/${phaseIndex}/sites/${index}/sizes`,
        message: `site ${site.file}:${site.line} has ${site.sizes.length} sizes for ${phase.batches.length} batches; the site was left out`
      });
      return;
    }
    const fault = siteFault(site.file, site.line);
    if (fault) {
      problems.push({ file, pointer: `/phases/${phaseIndex}/sites/${index}/${fault.field}`, message: `site ${clip(site.file, 200)}:${site.line}: ${fault.message}; the site was left out` });
      return;
    }
    const sizes = judged.map((i) => site.sizes[i]);
    if (sizes.some((size) => size === null)) return;
    sites.push({ file: site.file, line: site.line, function: site.function, code: site.code, sizes, ...site.retainer && { retainer: site.retainer } });
  });
  return sites;
}
var MB = 1024 * 1024;
function fromLitellm(entries, file, testId, root, problems) {
  const batches = /* @__PURE__ */ new Map();
  entries.forEach((entry, at) => {
    const batch = batches.get(entry.batch) ?? { operations: 0, errors: 0, traced: 0 };
    batch.operations += 1;
    if (entry.had_error) batch.errors += 1;
    batch.traced = entry.current_mb * MB;
    if (entry.top_consumers) {
      batch.consumers = entry.top_consumers;
      batch.consumersAt = at;
    }
    batches.set(entry.batch, batch);
  });
  const ordered = [...batches.entries()].sort((a, b) => a[0] - b[0]).slice(1).map(([, batch]) => batch);
  const siteSizes = /* @__PURE__ */ new Map();
  let leftOut = 0;
  let firstUnlisted;
  ordered.forEach((batch, index) => {
    (batch.consumers ?? []).forEach((consumer, at) => {
      const located = consumerSite(consumer.file, root);
      if ("fault" in located) {
        const pointer = `/${batch.consumersAt}/top_consumers/${at}/file`;
        leftOut += 1;
        if (leftOut <= MAX_PROBLEMS_PER_FILE) problems.push({ file, pointer, message: `top_consumers entry "${clip(consumer.file, 200)}": ${located.fault}; left out` });
        else firstUnlisted ??= pointer;
        return;
      }
      const key = `${located.path}:${located.line}`;
      const site = siteSizes.get(key) ?? { file: located.path, line: located.line, sizes: new Array(ordered.length).fill(0) };
      site.sizes[index] = consumer.size_mb * MB;
      siteSizes.set(key, site);
    });
  });
  if (firstUnlisted !== void 0) {
    problems.push({ file, pointer: firstUnlisted, message: `${leftOut - MAX_PROBLEMS_PER_FILE} more top_consumers entries, from this one on, are not usable traceback lines either; left out` });
  }
  return {
    testId,
    snapshot: file,
    heap: "python",
    operations: ordered.map((batch) => batch.operations),
    errors: ordered.map((batch) => batch.errors),
    traced: ordered.map((batch) => batch.traced),
    rss: ordered.map(() => null),
    nativeHeap: ordered.map(() => null),
    sites: [...siteSizes.values()]
  };
}
function consumerSite(text, root) {
  const parsed = parseTracebackLine(text);
  if ("fault" in parsed) return parsed;
  const path = relativePath(parsed.path, root);
  const fault = siteFault(path, parsed.line);
  return fault ? { fault: fault.message } : { path, line: parsed.line };
}
function relativePath(path, root) {
  const posix = path.replaceAll("\\", "/");
  if (!root) return posix;
  const base = withoutTrailingSlashes(root.replaceAll("\\", "/")) + "/";
  return posix.startsWith(base) ? posix.slice(base.length) : posix;
}
function withoutTrailingSlashes(path) {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end -= 1;
  return path.slice(0, end);
}

// src/core/soak.ts
var MB2 = 1024 * 1024;
var DEFAULT_SOAK_TIERS = Object.freeze({ warning_mb_per_hour: 1, failure_mb_per_hour: 5 });
var MIN_SOAK_SAMPLES = 4;
var RATE_LIMIT = 1e12;
var T975 = [
  12.7062,
  4.3027,
  3.1824,
  2.7764,
  2.5706,
  2.4469,
  2.3646,
  2.306,
  2.2622,
  2.2281,
  2.201,
  2.1788,
  2.1604,
  2.1448,
  2.1314,
  2.1199,
  2.1098,
  2.1009,
  2.093,
  2.086,
  2.0796,
  2.0739,
  2.0687,
  2.0639,
  2.0595,
  2.0555,
  2.0518,
  2.0484,
  2.0452,
  2.0423
];
var Z975 = 1.959963984540054;
function tQuantile975(df) {
  if (!(df >= 1)) throw new RangeError(`degrees of freedom must be at least 1, got ${df}`);
  if (df <= T975.length) return T975[Math.floor(df) - 1];
  const z = Z975;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4);
}
function olsSlope(x, y) {
  const n = Math.min(x.length, y.length);
  if (n < 3) return void 0;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i];
    meanY += y[i];
  }
  meanX /= n;
  meanY /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - meanX) ** 2;
    sxy += (x[i] - meanX) * (y[i] - meanY);
  }
  if (!(sxx > 0)) return void 0;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (y[i] - intercept - slope * x[i]) ** 2;
  const halfWidth = tQuantile975(n - 2) * Math.sqrt(sse / (n - 2) / sxx);
  return { slope, low: slope - halfWidth, high: slope + halfWidth, halfWidth };
}
function soakTiers(own) {
  return {
    warning_mb_per_hour: own?.warning_mb_per_hour ?? DEFAULT_SOAK_TIERS.warning_mb_per_hour,
    failure_mb_per_hour: own?.failure_mb_per_hour ?? DEFAULT_SOAK_TIERS.failure_mb_per_hour
  };
}
function judgeSoak(samples, base, stopped) {
  const tiers = soakTiers(samples.tiers);
  const n = Math.min(samples.elapsed.length, samples.bytes.length);
  const measuredS = n > 0 ? samples.elapsed[n - 1] - samples.elapsed[0] : 0;
  const soak = { duration_s: round3(measuredS), interval_s: round3(samples.intervalS ?? medianStep(samples.elapsed)), tiers };
  const what = samples.series === "rss" ? "resident memory" : "traced Python memory";
  const ended = stopped ? `; ${stopped}` : "";
  const fit = n >= MIN_SOAK_SAMPLES ? olsSlope(samples.elapsed, samples.bytes) : void 0;
  if (!fit) {
    return {
      ...base,
      verdict: "inconclusive",
      kind: null,
      soak,
      reason: `soak too short to decide: ${n} sample(s) over ${duration(measuredS)}, at least ${MIN_SOAK_SAMPLES} are needed (run longer or sample more often)${ended}`
    };
  }
  const perHour = (bytesPerSecond) => round3(Math.max(-RATE_LIMIT, Math.min(RATE_LIMIT, bytesPerSecond * 3600 / MB2)));
  const rate = perHour(fit.slope);
  const low = perHour(fit.low);
  const high = perHour(fit.high);
  const limit = perHour(fit.halfWidth);
  const growth = Math.round(fit.slope * measuredS);
  const operations = base.operations;
  const measured = {
    ...base,
    kind: null,
    growth_bytes: growth,
    growth_per_op_bytes: operations > 0 ? Math.round(growth / operations) : 0,
    soak: { ...soak, mb_per_hour: rate, mb_per_hour_low: low, mb_per_hour_high: high }
  };
  const figure = `${what} grew ${mbh(rate)} (95 % interval ${mbh(low)} to ${mbh(high)}) over ${duration(measuredS)}, ${formatCount(n)} samples`;
  const W = tiers.warning_mb_per_hour;
  const F = tiers.failure_mb_per_hour;
  if (fit.high * 3600 < W * MB2) {
    return { ...measured, verdict: "ok", soak: { ...measured.soak, tier: "acceptable" }, reason: `soak acceptable: ${figure}, below the warning tier of ${mbh(W)}${ended}` };
  }
  if (fit.low * 3600 >= W * MB2) {
    const half = Math.floor(n / 2);
    const late = n - half >= MIN_SOAK_SAMPLES ? olsSlope(samples.elapsed.slice(half, n), samples.bytes.slice(half, n)) : void 0;
    if (late && late.high * 3600 < W * MB2) {
      const lateFigure = `${mbh(perHour(late.slope))} (95 % interval ${mbh(perHour(late.low))} to ${mbh(perHour(late.high))})`;
      return {
        ...measured,
        kind: "bounded",
        verdict: "ok",
        soak: { ...measured.soak, mb_per_hour: perHour(late.slope), mb_per_hour_low: perHour(late.low), mb_per_hour_high: perHour(late.high), tier: "acceptable" },
        reason: `soak acceptable (bounded): ${figure} over the whole run, but ${lateFigure} in its second half, below the warning tier of ${mbh(W)}: it grew early and levelled off, as a cache or buffer filling up does${ended}`
      };
    }
    if (late && late.high < fit.low && late.low * 3600 < F * MB2) {
      return {
        ...measured,
        verdict: "inconclusive",
        reason: `soak too short to decide: ${figure} over the whole run, but only ${mbh(perHour(late.slope))} (95 % interval up to ${mbh(perHour(late.high))}) in its second half: slowing down as a cache filling up does; the detection limit in the second half is ${mbh(perHour(late.halfWidth))}: run longer to tell${ended}`
      };
    }
    if (fit.slope * 3600 >= F * MB2) {
      return { ...measured, verdict: "leak", soak: { ...measured.soak, tier: "failure" }, reason: `soak failure (leak): ${figure}, at or above the failure tier of ${mbh(F)}${ended}` };
    }
    return { ...measured, verdict: "ok", soak: { ...measured.soak, tier: "warning" }, reason: `soak warning: ${figure}, above the warning tier of ${mbh(W)} and below the failure tier of ${mbh(F)}${ended}` };
  }
  return {
    ...measured,
    verdict: "inconclusive",
    reason: `soak too short or too noisy to decide: ${figure}, an interval that spans the warning tier of ${mbh(W)}; the detection limit is ${mbh(limit)} (the smallest growth this run could tell from none): run longer${ended}`
  };
}
function mbh(value) {
  return `${rateNumber(value)} MB/hour`;
}
function rateNumber(value) {
  const abs = Math.abs(value);
  return value.toFixed(abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3);
}
function duration(seconds) {
  if (seconds >= 3600) return `${(seconds / 3600).toFixed(1)} h`;
  if (seconds >= 60) return `${(seconds / 60).toFixed(1)} min`;
  return `${seconds.toFixed(1)} s`;
}
function medianStep(elapsed) {
  const steps = elapsed.slice(1).map((value, i) => value - elapsed[i]).sort((a, b) => a - b);
  if (steps.length === 0) return 0;
  const middle = steps.length >> 1;
  return steps.length % 2 ? steps[middle] : (steps[middle - 1] + steps[middle]) / 2;
}
function round3(value) {
  return Math.round(value * 1e3) / 1e3;
}

// src/core/verdict.ts
var MAX_STEPS = 16;
var HEAPS = {
  python: { kind: "python", traced: "traced Python allocations", outside: "the interpreter's allocator", more: "the pytest collector: raise time_budget or batch_size" },
  js: { kind: "js-heap", traced: "the JS heap", outside: "the JS heap", more: "the Node collector: raise batches or batchSize" }
};
function judgeMeasurement(measurement, thresholds) {
  const operations = sum(measurement.operations);
  const errors = sum(measurement.errors);
  const base = {
    id: measurement.testId,
    verdict: "ok",
    kind: null,
    reason: "",
    snapshot: measurement.snapshot,
    operations,
    batches: measurement.traced.length,
    errors,
    growth_bytes: 0,
    growth_per_op_bytes: 0,
    rss_growth_per_op_bytes: null,
    series: {
      operations_per_batch: measurement.operations[0] ?? 0,
      traced_bytes: measurement.traced,
      rss_bytes: measurement.rss
    },
    sources: [],
    ...measurement.objectGrowth && { object_growth: measurement.objectGrowth },
    ...measurement.cycles && { cycles: measurement.cycles }
  };
  const stopped = measurement.stopped ? `; the measurement stopped early: ${measurement.stopped}` : "";
  if (measurement.failure !== void 0) {
    return { ...base, verdict: "error", reason: `the test did not run to the end: ${measurement.failure.slice(0, 1e3).replace(/\s+/g, " ").trim()}` };
  }
  if (measurement.skipped) return { ...base, verdict: "inconclusive", reason: "the test was skipped: nothing was measured" };
  if (measurement.soak) return judgeSoak(measurement.soak, base, measurement.stopped);
  if (measurement.traced.length < thresholds.min_batches) {
    return {
      ...base,
      verdict: "inconclusive",
      reason: measurement.stopped ? `too short to decide: the measurement stopped after ${measurement.traced.length} judged batch(es) (${formatCount(operations)} operations), at least ${thresholds.min_batches} are needed: ${measurement.stopped}` : `too short to decide: ${measurement.traced.length} judged batches, at least ${thresholds.min_batches} are needed (raise batches)`
    };
  }
  const floors = floorsOf(measurement, thresholds);
  const sites = measurement.sites;
  const external = measurement.external ?? measurement.traced.map(() => null);
  const coarse = coarsen(measurement.operations, [measurement.traced, measurement.rss, measurement.nativeHeap, external, ...sites.map((site) => site.sizes)], MAX_STEPS);
  const [traced, rss, heap, outside, ...siteSizes] = coarse.values;
  const judgedOperations = sum(coarse.operations.slice(1));
  const limit = Math.max(floors.perOp, floors.total / Math.max(1, judgedOperations));
  const trendFloors = { perOp: floors.perOp, total: floors.total, share: thresholds.min_growing_share, steps: thresholds.min_source_batches };
  const tracedTrend = measureTrend(traced, coarse.operations);
  const judgement = judgeTrend(tracedTrend, trendFloors, traced, coarse.operations);
  const rssTrend = complete(rss) ? measureTrend(rss, coarse.operations) : null;
  const measured = { ...base, growth_bytes: tracedTrend.net, rss_growth_per_op_bytes: rssTrend ? round(rssTrend.perOp) : null, detection_limit_bytes_per_op: round(limit) };
  const verdictSites = growingSites(
    sites.map((site, index) => ({ ...site, sizes: siteSizes[index] })),
    coarse.operations,
    { perOp: thresholds.min_source_bytes_per_op, total: thresholds.min_source_total_bytes, share: thresholds.min_growing_share, steps: thresholds.min_source_batches }
  );
  const hidden = hiddenRate(verdictSites);
  const hiddenLeak = judgement.kind !== "growing" && hidden.perOp >= floors.perOp && hidden.latePerOp >= floors.perOp && hidden.net >= floors.total;
  if (judgement.kind === "growing" || hiddenLeak) {
    const rate = judgement.kind === "growing" ? judgement.trend : hidden;
    const perOp = round(judgement.kind === "growing" ? rate.amortizedPerOp : rate.perOp);
    const growth = `retained ${formatBytes(perOp)} per operation, growing in ${rate.growingSteps} of ${rate.steps} batches (${formatBytes(rate.net)} over ${formatCount(judgedOperations)} operations)`;
    const outsideHeap = externalLeak(outside, coarse.operations, floors, thresholds);
    const how = (judgement.kind === "growing" ? "" : "; the total hides it among other allocations, its sources do not") + (outsideHeap ? `; outside the JS heap, external memory (Buffers, ArrayBuffers) grew ${formatBytes(outsideHeap.perOp)} per operation too` : "");
    const leaking = {
      ...measured,
      verdict: "leak",
      growth_bytes: rate.net,
      growth_per_op_bytes: perOp,
      sources: rankSources(attributed(measurement, thresholds) ?? verdictSites, measurement.testFile, thresholds.max_sources)
    };
    const cut = measurement.attribution?.stopped;
    const noLine = leaking.sources.length === 0 && cut ? `; no source line: the phase that names lines stopped before its sites grew in ${thresholds.min_source_batches} batches (${cut}); run it longer (${HEAPS[measurement.heap].more})` : "";
    if (errors > 0) {
      return { ...leaking, kind: "error-path", reason: `leak on the error path: ${growth} while ${formatCount(errors)} of ${formatCount(operations)} operations raised${how}${stopped}${noLine}` };
    }
    return { ...leaking, kind: HEAPS[measurement.heap].kind, reason: `leak: ${growth}${how}${stopped}${noLine}` };
  }
  const native = complete(outside) ? externalLeak(outside, coarse.operations, floors, thresholds) : nativeLeak(heap, rssTrend, tracedTrend, coarse.operations, floors, thresholds, measurement.heap);
  if (native) {
    return { ...measured, verdict: "leak", kind: "native", growth_per_op_bytes: round(native.perOp), reason: `${native.reason}${stopped}` };
  }
  const notLeak = notALeak(judgement, floors, judgedOperations, limit, measurement.heap);
  return { ...measured, growth_per_op_bytes: round(tracedTrend.perOp), ...notLeak, reason: `${notLeak.reason}${stopped}` };
}
function floorsOf(measurement, thresholds) {
  const allowance = measurement.allowance ?? {};
  const perOp = Math.max(thresholds.min_bytes_per_op, allowance.bytesPerOp ?? 0);
  const total = Math.max(thresholds.min_total_bytes, allowance.totalBytes ?? 0);
  return { perOp, total, allowed: perOp > thresholds.min_bytes_per_op || total > thresholds.min_total_bytes, basePerOp: thresholds.min_bytes_per_op };
}
function hiddenRate(found) {
  const add = (pick) => found.reduce((total, { trend }) => total + pick(trend), 0);
  const net = add((trend) => trend.net);
  const steps = found[0]?.trend.steps ?? 0;
  const growingSteps = found[0]?.trend.growingSteps ?? 0;
  return { perOp: add((trend) => trend.perOp), net, growingSteps, steps, growingShare: steps ? growingSteps / steps : 0, latePerOp: add((trend) => trend.latePerOp), consistency: 1, largestStep: 0, smallestPerOp: 0, rise: net, fall: 0, amortizedPerOp: 0, lateAmortizedPerOp: 0, troughNet: 0, troughPerOp: 0 };
}
function attributed(measurement, thresholds) {
  const phase = measurement.attribution;
  if (!phase) return void 0;
  const coarse = coarsen(phase.operations, phase.sites.map((site) => site.sizes), MAX_STEPS);
  const sites = phase.sites.map((site, index) => ({ ...site, sizes: coarse.values[index] }));
  const found = growingSites(sites, coarse.operations, { perOp: thresholds.min_source_bytes_per_op, total: 0, share: thresholds.min_growing_share, steps: thresholds.min_source_batches });
  return found.length ? found : void 0;
}
function nativeLeak(heap, rss, traced, operations, floors, thresholds, tracedHeap) {
  const { traced: tracedName, outside } = HEAPS[tracedHeap];
  const share = thresholds.min_growing_share;
  const steps = thresholds.min_source_batches;
  const perOpFloor = Math.max(thresholds.min_native_bytes_per_op, floors.perOp);
  const tracedPerOp = Math.max(0, traced.perOp);
  if (complete(heap)) {
    const trend = measureTrend(heap, operations);
    const native2 = judgeTrend({ ...trend, perOp: trend.perOp - tracedPerOp }, { perOp: perOpFloor, total: floors.total, share, steps });
    if (native2.kind !== "growing") return void 0;
    const perOp2 = round(trend.perOp - tracedPerOp);
    return {
      perOp: perOp2,
      reason: `native leak: memory in use by the C allocator grew ${formatBytes(perOp2)} per operation in ${trend.growingSteps} of ${trend.steps} batches (${formatBytes(trend.net)}) while ${tracedName} stayed flat; no file:line can be named for memory allocated outside ${outside}`
    };
  }
  if (!rss) return void 0;
  const native = judgeTrend({ ...rss, perOp: rss.perOp - tracedPerOp }, { perOp: perOpFloor, total: Math.max(thresholds.min_native_total_bytes, floors.total), share, steps });
  if (native.kind !== "growing") return void 0;
  const perOp = round(rss.perOp - tracedPerOp);
  return {
    perOp,
    reason: `native leak: resident memory grew ${formatBytes(perOp)} per operation in ${rss.growingSteps} of ${rss.steps} batches (${formatBytes(rss.net)}) while ${tracedName} stayed flat; no file:line can be named for memory allocated outside ${outside}`
  };
}
function externalLeak(external, operations, floors, thresholds) {
  if (!complete(external)) return void 0;
  const trend = measureTrend(external, operations);
  const judged = judgeTrend(trend, { perOp: Math.max(thresholds.min_native_bytes_per_op, floors.perOp), total: floors.total, share: thresholds.min_growing_share, steps: thresholds.min_source_batches });
  if (judged.kind !== "growing") return void 0;
  const perOp = round(trend.perOp);
  return {
    perOp,
    reason: `native-like leak: memory outside the JS heap (external: Buffers, ArrayBuffers, native addons) grew ${formatBytes(perOp)} per operation in ${trend.growingSteps} of ${trend.steps} batches (${formatBytes(trend.net)}) while the JS heap stayed flat; no file:line can be named for bytes allocated outside the heap`
  };
}
function notALeak(judgement, floors, judgedOperations, limit, heap) {
  const { trend } = judgement;
  const ops = formatCount(judgedOperations);
  const more = HEAPS[heap].more;
  const canJudge = `growth below ${formatBytes(limit)} per operation cannot be judged with ${ops} operations; run more operations (${more}) or lower min_total_bytes`;
  const allowance = floors.allowed ? `, the floor this test allows itself` : "";
  if (trend.steps >= 2 && trend.smallestPerOp > floors.perOp) {
    return {
      verdict: "inconclusive",
      kind: null,
      reason: trend.net < floors.total ? `grew in all ${trend.steps} batches (at least ${formatBytes(trend.smallestPerOp)} per operation), ${formatBytes(trend.net)} in total, below the ${formatBytes(floors.total)} floor: ${canJudge}` : `grew in all ${trend.steps} batches and still ${formatBytes(trend.latePerOp)} per operation in the last ones: a cache that fills slowly looks the same; run more operations (${more}) to tell`
    };
  }
  if (floors.allowed && trend.amortizedPerOp >= floors.basePerOp) {
    return {
      verdict: "ok",
      kind: null,
      reason: `within this test's allowance: grew ${formatBytes(round(trend.amortizedPerOp))} per operation (${formatBytes(trend.net)} over ${ops} operations); it allows ${formatBytes(floors.perOp)} per operation and ${formatBytes(floors.total)} in total`
    };
  }
  const seen = describe(judgement, floors, more);
  if (seen.verdict === "inconclusive") return seen;
  if (limit > floors.perOp) {
    return { verdict: "inconclusive", kind: null, reason: `${seen.reason}, but ${canJudge} (the floor of ${formatBytes(floors.perOp)} needs ${formatCount(Math.ceil(floors.total / floors.perOp))})` };
  }
  return { ...seen, reason: `${seen.reason} (detection limit ${formatBytes(limit)} per operation over ${ops} operations${allowance})` };
}
function describe(judgement, floors, more) {
  const { trend } = judgement;
  switch (judgement.kind) {
    case "flat":
      if (trend.perOp >= floors.perOp) {
        return { verdict: "ok", kind: null, reason: `no steady growth: ${formatBytes(trend.net)} in total, below the ${formatBytes(floors.total)} floor, although ${trend.growingSteps} of ${trend.steps} batches grew (${formatBytes(trend.perOp)} per operation at the median)` };
      }
      return { verdict: "ok", kind: null, reason: `no steady growth: ${formatBytes(trend.perOp)} per operation (floor ${formatBytes(floors.perOp)}), ${formatBytes(trend.net)} in total` };
    case "one-time":
      return { verdict: "ok", kind: null, reason: `one-time growth of ${formatBytes(trend.net)}, then flat: most batches did not grow (lazy initialisation is not a leak)` };
    case "fluctuates":
      return { verdict: "ok", kind: null, reason: `memory moves up and down with no steady trend (rises of ${formatBytes(trend.rise)} and falls of ${formatBytes(trend.fall)}, ${formatBytes(trend.perOp)} per operation at the median)` };
    case "levelled-off":
      return { verdict: "ok", kind: "bounded", reason: `bounded growth: ${formatBytes(trend.net)} early on (${formatBytes(round(trend.perOp))} per operation at the median), then levelled off (${formatBytes(trend.latePerOp)} per operation in the last batches), as a cache filling up does` };
    case "below-floor":
      return { verdict: "ok", kind: null, reason: `steady growth below the floor: ${formatBytes(round(trend.perOp))} per operation at the median (${formatBytes(trend.latePerOp)} in the last batches), under the ${formatBytes(floors.perOp)} floor that counts as a leak, ${formatBytes(trend.net)} in total; lower --min-bytes-per-op to judge growth this small` };
    case "cancels-out":
      return { verdict: "ok", kind: null, reason: `memory rises and falls (a sawtooth): net growth of ${formatBytes(trend.net)} is far below what ${formatBytes(trend.perOp)} per operation would add up to` };
    case "noisy":
      return { verdict: "inconclusive", kind: null, reason: `too irregular to decide: ${formatBytes(trend.perOp)} per operation, but only ${trend.growingSteps} of ${trend.steps} batches grew; run more batches to settle it` };
    case "staircase":
      return {
        verdict: "inconclusive",
        kind: null,
        reason: `grew in ${trend.growingSteps === trend.steps ? "all" : `${trend.growingSteps} of`} ${trend.steps} batches, ${formatBytes(round(trend.amortizedPerOp))} per operation over the run but ${formatBytes(round(Math.max(0, trend.lateAmortizedPerOp)))} in the last batches: a container growing in rare large steps and a cache that filled early look alike here; run more operations (${more}) to tell`
      };
  }
}
function complete(series) {
  return series.length > 0 && series.every((value) => value !== null);
}
function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}

// src/core/render/escape.ts
var ZERO_WIDTH_SPACE = "&#8203;";
var SIGNIFICANT = /[&<>"'\\`*_[\]()!~|${}]|[@#]|\b[gG][hH]-(?=\d)|:\/\/|\b[wW]{3}\./g;
var CONTROL_CHARACTERS = /[\p{Cc}\p{Zl}\p{Zp}]+/gu;
var INVISIBLE_CHARACTERS = new RegExp("\\p{Default_Ignorable_Code_Point}+", "gu");
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function wellFormed(text) {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}
function neutralise(match) {
  if (match.length === 1) {
    return match === "@" || match === "#" ? `${match}${ZERO_WIDTH_SPACE}` : `&#${match.codePointAt(0)};`;
  }
  return `${match[0]}${ZERO_WIDTH_SPACE}${match.slice(1)}`;
}
function visibleText(text) {
  return wellFormed(text).replace(CONTROL_CHARACTERS, " ").replace(INVISIBLE_CHARACTERS, "\uFFFD");
}
function escapeMarkdown(text) {
  return visibleText(text).replace(SIGNIFICANT, neutralise);
}
function clip2(text, max) {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}\u2026`;
}
function encodePath(path) {
  return path.split("/").map((segment) => encodeURIComponent(wellFormed(segment)).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function mermaidLabel(text, max = 60) {
  return clip2(text.replace(/[^A-Za-z0-9 _.:/\-[\],=]/g, " ").replace(/\s+/g, " ").trim(), max);
}
var PLAIN_SIGNIFICANT = /\\(?=[!-/:-@[-`{-~])|[`*[\]<|~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|&(?=#?[A-Za-z0-9]+;)/gu;
function escapePlainMarkdown(text) {
  return visibleText(text).replace(PLAIN_SIGNIFICANT, (match) => `\\${match}`);
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return wellFormed(String(text)).replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}
function jsonForScript(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

// src/core/status.ts
var NAMED_TESTS = 3;
var REASON_LIMIT = 2e3;
function isNewLeak(test) {
  if (test.verdict !== "leak") return false;
  return test.change === void 0 || test.change === "new-leak" || test.change === "regressed" || test.change === "new-test";
}
function isUnjudged(test) {
  return test.verdict === "inconclusive" || test.verdict === "error";
}
function summarize(tests) {
  const count = (verdict) => tests.filter((test) => test.verdict === verdict).length;
  return {
    tests: tests.length,
    leak: count("leak"),
    ok: count("ok"),
    inconclusive: count("inconclusive"),
    error: count("error"),
    new_leaks: tests.filter(isNewLeak).length,
    fixed: tests.filter((test) => test.change === "fixed").length
  };
}
function policyOf(settings) {
  return { failOn: settings?.fail_on ?? "new-leak", failOnInconclusive: settings?.fail_on_inconclusive ?? false };
}
function decideStatus(tests, policy, command) {
  const clauses = statusClauses(tests, policy, command);
  const fails = clauses.some((clause) => clause.cause !== void 0);
  return { status: fails ? "fail" : "pass", status_reason: clip2(clauses.map((clause) => clause.text).join("; "), REASON_LIMIT) };
}
function failureCauses(report) {
  return statusClauses(report.tests, policyOf(report.settings), report.command).flatMap((clause) => clause.cause ? [clause.cause] : []);
}
function statusClauses(tests, policy, command) {
  const summary = summarize(tests);
  const clauses = [leakClause(summary, policy.failOn)];
  if (command && command.exit_code !== 0) {
    clauses.push({ cause: "command", text: `tests failed: the test command exited with status ${command.exit_code}, so some tests failed or could not run (see its output)` });
  }
  const unjudged = tests.filter(isUnjudged);
  if (unjudged.length > 0) {
    const counted = policy.failOnInconclusive === true;
    const named = unjudged.slice(0, NAMED_TESTS).map((test) => clip2(test.id, 200));
    const more = unjudged.length > NAMED_TESTS ? `, and ${unjudged.length - NAMED_TESTS} more` : "";
    const what = `${unjudged.length} test(s) could not be judged (${unjudgedLabel(summary)}: ${named.join(", ")}${more})`;
    clauses.push(counted ? { cause: "unjudged", text: `${what} (fail-on-inconclusive)` } : { text: `${what}; fail-on-inconclusive is off, so they do not fail the run` });
  }
  const warned = tests.filter((test) => test.soak?.tier === "warning");
  if (warned.length > 0) {
    const named = warned.slice(0, NAMED_TESTS).map((test) => clip2(test.id, 200));
    const more = warned.length > NAMED_TESTS ? `, and ${warned.length - NAMED_TESTS} more` : "";
    clauses.push({ text: `${warned.length} soak test(s) in the warning tier (${named.join(", ")}${more}); a warning does not fail the run` });
  }
  const rank = { leak: 0, command: 1, unjudged: 2 };
  return clauses.sort((a, b) => (a.cause ? rank[a.cause] : 3) - (b.cause ? rank[b.cause] : 3));
}
function leakClause(summary, failOn) {
  if (failOn === "never") return { text: `fail-on is "never": ${summary.leak} leaking test(s) reported, not failed` };
  if (failOn === "any-leak") return summary.leak > 0 ? { cause: "leak", text: `${summary.leak} test(s) leak (fail-on: any-leak)` } : { text: "no test leaks" };
  if (summary.new_leaks > 0) return { cause: "leak", text: `${summary.new_leaks} new or regressed leak(s) (fail-on: new-leak)` };
  return summary.leak > 0 ? { text: `no new leak; ${summary.leak} test(s) leaked on the baseline already` } : { text: "no test leaks" };
}
function unjudgedLabel(summary) {
  return [summary.inconclusive > 0 ? `${summary.inconclusive} inconclusive` : "", summary.error > 0 ? `${summary.error} error` : ""].filter(Boolean).join(", ");
}
function statusHeadline(report, words) {
  const unjudged = unjudgedLabel(report.summary);
  return `${report.status === "fail" ? words.fail : words.pass}${unjudged ? `, ${unjudged}` : ""}`;
}
function statusDetail(report) {
  const { summary } = report;
  const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const leaks = summary.new_leaks > 0 ? plural(summary.new_leaks, "new leak") : summary.leak > 0 ? plural(summary.leak, "leak") : "";
  const exitCode = report.command?.exit_code ?? 0;
  const command = exitCode !== 0 ? `the test command failed (exit status ${exitCode})` : "";
  return [command, leaks].filter(Boolean).join(", ") || `no leaks in ${plural(summary.tests, "test")}`;
}

// src/core/analyze.ts
var TOOL_NAME = "memleak";
function analyze(files, options) {
  const thresholds = resolveThresholds(options.thresholds);
  const policy = { failOn: options.failOn ?? "new-leak", failOnInconclusive: options.failOnInconclusive ?? false };
  const problems = [];
  const tests = [];
  const seen = /* @__PURE__ */ new Map();
  for (const input of files) {
    const listed = problems.length;
    const read = readMeasurement(input, options.root, problems);
    collapseProblems(problems, listed, input.file);
    if (!read) continue;
    const { measurement, idPointer } = read;
    const earlier = seen.get(measurement.testId);
    if (earlier !== void 0) {
      const message = `this file repeats test "${clip(measurement.testId, 1e3)}", already read from ${clip(earlier, 1e3)}; left out`;
      problems.push({ file: input.file, ...idPointer !== void 0 && { pointer: idPointer }, message });
      continue;
    }
    seen.set(measurement.testId, input.file);
    tests.push(judgeMeasurement(measurement, thresholds));
  }
  tests.sort((a, b) => compareText(a.id, b.id));
  return fitReport({
    format: "memleak-report",
    version: 1,
    ...decideStatus(tests, policy, options.command),
    generated_at: options.now.toISOString(),
    tool: { name: TOOL_NAME, version: options.toolVersion ?? "0.0.0" },
    settings: { fail_on: policy.failOn, fail_on_inconclusive: policy.failOnInconclusive, thresholds },
    summary: summarize(tests),
    tests,
    problems,
    ...options.command ? { command: options.command } : {}
  });
}
function readMeasurement(input, root, problems) {
  if (input.file.length > LIMITS.snapshot) {
    problems.push({ file: input.file, message: `the file's path is ${input.file.length} characters long, over the ${LIMITS.snapshot} a report holds; left out` });
    return void 0;
  }
  const { value, problem } = parseJson(input.file, input.text);
  if (problem) {
    problems.push(problem);
    return void 0;
  }
  if (Array.isArray(value)) {
    if (!validateLitellmSnapshot(value)) {
      problems.push(schemaProblem(input.file, validateLitellmSnapshot.errors, "LiteLLM-style snapshot"));
      return void 0;
    }
    const testId = testIdFromFileName(input.file);
    if (testId === "") {
      problems.push({ file: input.file, message: `a LiteLLM-style snapshot's test is named after its file, and this file's name gives an empty test id; left out` });
      return void 0;
    }
    return { measurement: fromLitellm(value, input.file, testId, root, problems) };
  }
  if (!validateSnapshot(value)) {
    problems.push(schemaProblem(input.file, validateSnapshot.errors, "snapshot"));
    return void 0;
  }
  return { measurement: fromSnapshotV1(value, input.file, problems), idPointer: "/test/id" };
}
function collapseProblems(problems, from, file) {
  if (problems.length - from <= MAX_PROBLEMS_PER_FILE + 1) return;
  const rest = problems.splice(from + MAX_PROBLEMS_PER_FILE);
  problems.push({ file, ...rest[0].pointer !== void 0 && { pointer: rest[0].pointer }, message: `${rest.length} more problems in this file, from this one on, were not listed` });
}
function testIdFromFileName(file) {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.json$/i, "");
}

// src/core/compare.ts
function compare(baseline, head, options) {
  const thresholds = resolveThresholds(head.settings?.thresholds);
  const recorded = policyOf(head.settings);
  const policy = { failOn: options.failOn ?? recorded.failOn, failOnInconclusive: options.failOnInconclusive ?? recorded.failOnInconclusive ?? false };
  const baseTests = new Map((baseline?.tests ?? []).map((test) => [test.id, test]));
  const tests = head.tests.map((test) => compareTest(baseline ? baseTests.get(test.id) : void 0, test, baseline !== null, thresholds));
  const headIds = new Set(head.tests.map((test) => test.id));
  const missing = baseline ? baseline.tests.filter((test) => !headIds.has(test.id)).map((test) => test.id) : [];
  return fitReport({
    ...head,
    // The head's command outcome travels with it: a comparison does not make failed tests pass.
    ...decideStatus(tests, policy, head.command),
    generated_at: options.now.toISOString(),
    settings: { fail_on: policy.failOn, fail_on_inconclusive: policy.failOnInconclusive, thresholds },
    summary: summarize(tests),
    tests,
    // Without a baseline the provenance still says where one was looked for (an expired artifact's run).
    baseline: baseline ? { found: true, ...options.baseline } : { found: false, ...options.baseline, reason: options.baseline?.reason ?? "no baseline was found: every leak counts as new" },
    missing_tests: missing
  });
}
function compareTest(base, head, haveBaseline, thresholds) {
  const { change: _previousChange, baseline: _previousBaseline, ...fresh } = head;
  if (!base) {
    const change = !haveBaseline && head.verdict === "leak" ? "new-leak" : "new-test";
    return { ...fresh, change, sources: head.sources.map((source) => ({ ...source, change: "new" })) };
  }
  const baseRate = base.growth_per_op_bytes ?? 0;
  const headRate = head.growth_per_op_bytes ?? 0;
  return {
    ...fresh,
    change: changeOf(base, head, baseRate, headRate, thresholds),
    baseline: { verdict: base.verdict, growth_per_op_bytes: baseRate },
    sources: matchSources(base.sources ?? [], head.sources)
  };
}
function changeOf(base, head, baseRate, headRate, thresholds) {
  const wasLeaking = base.verdict === "leak";
  if (head.verdict === "leak") {
    if (!wasLeaking) return "new-leak";
    const clearlyFaster = headRate > thresholds.regression_factor * baseRate && headRate - baseRate >= thresholds.min_bytes_per_op;
    return clearlyFaster ? "regressed" : "still-leaking";
  }
  return wasLeaking && head.verdict === "ok" ? "fixed" : "unchanged";
}
function sourceKey(source) {
  const code = source.code?.trim().replace(/\s+/g, " ");
  return code ? `${source.file}\0${source.function ?? ""}\0${code}` : `${source.file}\0${source.line}`;
}
function matchSources(base, head) {
  const known = new Set(base.map(sourceKey));
  return head.map((source) => ({ ...source, change: known.has(sourceKey(source)) ? "existing" : "new" }));
}

// src/core/types.ts
function isHeapLeakKind(kind) {
  return kind === "python" || kind === "js-heap";
}

// src/core/report-complete.ts
function completeReport(file, report) {
  let thresholds;
  try {
    thresholds = resolveThresholds(report.settings?.thresholds);
  } catch (error) {
    if (!(error instanceof ThresholdError)) throw error;
    const pointer = `/settings/thresholds/${error.threshold}`;
    return { problem: { file, pointer, message: `report: ${pointer} ${error.message}` } };
  }
  const tests = report.tests.map(completeTest);
  const { baseline, command, ...rest } = report;
  return {
    report: {
      ...rest,
      status_reason: report.status_reason ?? "",
      settings: {
        fail_on: report.settings?.fail_on ?? "new-leak",
        ...report.settings?.fail_on_inconclusive !== void 0 && { fail_on_inconclusive: report.settings.fail_on_inconclusive },
        thresholds
      },
      ...command?.exit_code !== void 0 && { command: { exit_code: command.exit_code } },
      summary: summarize(tests),
      tests,
      ...baseline ? { baseline: { ...baseline, found: baseline.found ?? false } } : {},
      problems: report.problems ?? []
      // each problem's file and message are required by the schema
    }
  };
}
function completeTest(test) {
  const { series, baseline, soak, object_growth: objectGrowth2, cycles: cycles2, ...rest } = test;
  return {
    ...rest,
    // The schema requires each entry's type and count_per_op, and both of cycles' figures.
    ...objectGrowth2 && { object_growth: objectGrowth2 },
    ...cycles2 && { cycles: cycles2 },
    kind: test.kind ?? null,
    reason: test.reason ?? "",
    operations: test.operations ?? 0,
    batches: test.batches ?? 0,
    errors: test.errors ?? 0,
    growth_bytes: test.growth_bytes ?? 0,
    growth_per_op_bytes: test.growth_per_op_bytes ?? 0,
    rss_growth_per_op_bytes: test.rss_growth_per_op_bytes ?? null,
    series: { operations_per_batch: series?.operations_per_batch ?? 0, traced_bytes: series?.traced_bytes ?? [], rss_bytes: series?.rss_bytes ?? [] },
    sources: test.sources.map(completeSource),
    ...baseline?.verdict ? { baseline: { verdict: baseline.verdict, growth_per_op_bytes: baseline.growth_per_op_bytes ?? 0 } } : {},
    // report.v1 requires a soak's duration, interval and both tiers; its rates and tier may be absent.
    ...soak ? { soak } : {}
  };
}
function completeSource(source) {
  const { retainer, ...rest } = source;
  return { ...rest, ...retainer && { retainer }, growth_bytes: source.growth_bytes ?? 0, bytes_per_op: source.bytes_per_op ?? 0, batches_grown: source.batches_grown ?? 0 };
}

// src/core/report-io.ts
function parseReport(input) {
  const { value, problem } = parseJson(input.file, input.text);
  if (problem) return { problems: [problem] };
  if (!validateReport(value)) return { problems: [schemaProblem(input.file, validateReport.errors, "report")] };
  const completed = completeReport(input.file, value);
  return completed.report ? { report: completed.report, problems: [] } : { problems: [completed.problem] };
}

// src/service/auth/api-tokens.ts
import { createHash, randomBytes } from "node:crypto";
var PREFIX = "mlk_";
function generateApiToken() {
  return PREFIX + randomBytes(32).toString("base64url");
}
function looksLikeApiToken(token) {
  return token.startsWith(PREFIX);
}
function hashApiToken(token) {
  return createHash("sha256").update(token).digest("hex");
}

export {
  isHeapLeakKind,
  DEFAULT_THRESHOLDS,
  ThresholdError,
  resolveThresholds,
  require_ucs2length,
  require_formats,
  validateReport,
  schemaProblem,
  parseJson,
  report_v1_schema_default,
  fitReport,
  formatBytes,
  formatCount,
  compareText,
  formatRetainer,
  formatObjectGrowth,
  formatCycles,
  mbh,
  rateNumber,
  visibleText,
  escapeMarkdown,
  clip2 as clip,
  encodePath,
  mermaidLabel,
  escapePlainMarkdown,
  escapeHtml,
  jsonForScript,
  isUnjudged,
  policyOf,
  failureCauses,
  statusHeadline,
  statusDetail,
  analyze,
  compare,
  parseReport,
  generateApiToken,
  looksLikeApiToken,
  hashApiToken,
  DEFAULT_BODY_LIMIT_BYTES,
  repoParams
};
