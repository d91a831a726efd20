#!/usr/bin/env node
import { createRequire as __memleakCreateRequire } from 'node:module';
const require = __memleakCreateRequire(import.meta.url);
import {
  readChartJs
} from "./chunk-EVQ6PR2Z.js";
import "./chunk-KUK5EE3H.js";
export {
  readChartJs
};
