#!/usr/bin/env node
import { createRequire as __memleakCreateRequire } from 'node:module';
const require = __memleakCreateRequire(import.meta.url);
import {
  openStorage
} from "./chunk-N7U4U3VU.js";
import "./chunk-KUK5EE3H.js";
export {
  openStorage
};
